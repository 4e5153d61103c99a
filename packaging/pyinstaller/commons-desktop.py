"""Entry point of the bundled desktop app (PyInstaller runs this file as the `commons-desktop` executable)."""

import sys

from commons_desktop.app import main

sys.exit(main())
