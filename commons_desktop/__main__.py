"""``python -m commons_desktop``: the desktop application."""

import sys

from .app import main

sys.exit(main())
