"""`python -m commons_desktop.cli`: the same as the `commons` command."""

from .main import main

raise SystemExit(main())
