"""Commons Desktop: an encrypted member register and address book for collectives."""

APP_NAME = "Commons Desktop"
# The one application id (reverse DNS): the desktop file, icons, AppStream metainfo, MIME package, the Qt
# desktop file name and the installers all use it (tests/packaging/test_resources.py checks).
APP_ID = "org.commonsdesktop.CommonsDesktop"



def __getattr__(name: str) -> str:
    """``__version__``, read when first asked for: the one version number is pyproject.toml's, and an installed
    package (or a bundle) carries it in its metadata. (Reading it loads importlib.metadata, ~20 ms: a `commons`
    command that does not print the version does not pay for it.)"""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("commons-desktop")
    except PackageNotFoundError:  # a source tree that was never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found
