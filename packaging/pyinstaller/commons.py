"""Entry point of the bundled `commons` command (PyInstaller runs this file as the `commons` executable)."""

import sys

from commons_desktop.cli.main import main

sys.exit(main())
