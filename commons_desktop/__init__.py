"""Commons Desktop: an encrypted member register and address book for collectives."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Commons Desktop"
# The one application id (reverse DNS): the desktop file, icons, AppStream metainfo, MIME package, the Qt
# desktop file name and the installers all use it (tests/packaging/test_resources.py checks).
APP_ID = "org.commonsdesktop.CommonsDesktop"

try:  # the one version number is pyproject.toml's; an installed package (or a bundle) carries it in its metadata
    __version__ = version("commons-desktop")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"
