"""What the bundle leaves out of what PyInstaller collected, and why (used by commons.spec).

PySide6's hooks collect every Qt plugin of the modules the app imports, and those plugins pull in the
libraries they link: QML/Quick (virtual keyboard, Lottie images, the Quick widgets), the PDF module, the
network stack's TLS backends, the SQL drivers, and the build host's GTK (the gtk3 platform theme). The app
uses QtCore, QtGui, QtWidgets, QtDBus, and QtNetwork for QNetworkInformation (the scheduled sync pauses while
the computer is offline: ui/network.py), with its networkinformation plugins, and for local sockets (a second app
opening an open vault asks the first to come to the front: ui/instances.py). Every rule says what it drops;
`tests/packaging` checks that the bundle still imports everything the app's code imports and that Qt still starts
from it (`commons-desktop --self-test`).
"""

from __future__ import annotations

import re
import sys

# The app's own catalogues are commons_<lang>.qm; of Qt's, it loads qtbase_<lang> (ui/i18n.py).
LANGUAGES = ("en", "fr")

# Qt platform plugins kept, per system: the native one(s), plus offscreen (headless runs, the self-test).
PLATFORMS = {
    "linux": ("xcb", "wayland", "wayland-egl", "offscreen"),
    "win32": ("windows", "offscreen"),
    "darwin": ("cocoa", "offscreen"),
}

# Plugin folders the app has no use for.
DROPPED_PLUGIN_DIRS = (
    "designer", "egldeviceintegrations", "generic", "qmllint", "qmltooling",
    "sqldrivers", "tls", "vectorimageformats", "wayland-graphics-integration-server", "multimedia",
    "position", "renderers", "scenegraph", "webview", "texttospeech", "virtualkeyboard",
)

# Single plugins that pull in a module the app does not use (or the host's GTK).
DROPPED_PLUGINS = (
    "platformthemes/libqgtk3",          # links the build host's GTK 3, Pango, Cairo, ATK...
    "platforminputcontexts/libqtvirtualkeyboardplugin",  # QML/Quick
    "imageformats/libqpdf", "imageformats/qpdf",         # QtPdf
    "iconengines/libqsvgicon", "iconengines/qsvgicon",   # no SVG icons: the icon is shipped as PNGs
    "platforms/libqvnc", "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqminimalegl",
    "platforms/libqvkkhrdisplay", "platforms/qdirect2d", "platforms/qminimal",
)

# Qt modules (libraries) the app never loads once the plugins above are gone.
DROPPED_QT_MODULES = (
    "Qml", "QmlModels", "QmlMeta", "QmlWorkerScript", "QmlCore", "Quick", "QuickWidgets", "QuickControls2",
    "QuickTemplates2", "QuickShapes", "QuickLayouts", "QuickDialogs2", "QuickParticles", "QuickTest",
    "VirtualKeyboard", "VirtualKeyboardQml", "Pdf", "PdfQuick", "PdfWidgets", "Sql", "Test",
    "Designer", "UiTools", "SvgWidgets", "OpenGLWidgets", "Concurrent", "Xml", "Help",
    "Lottie", "LottieVectorImageHelpers", "Multimedia", "PrintSupport",
    "WaylandCompositor", "WaylandEglCompositorHwIntegration", "Labs",
)

# Data of Python packages the app never reads. The app checks an IBAN with schwifty (services/settings.py): its
# format and checksum come from schwifty's IBAN registry; the bank registry (banks and BICs, 5 MB) is read only to
# look a bank up, which the app never does. pycountry (schwifty's country table) carries the names of every country
# in about 100 languages (22 MB of gettext catalogues) and tables of languages, subdivisions, currencies and scripts;
# the app never asks for a translated country name, and schwifty reads only the countries' table.
DROPPED_DATA = (
    ("schwifty/bank_registry/", "schwifty's bank registry (the app checks IBANs, it never looks a bank up)"),
    ("pycountry/locales/", "pycountry's translations of country names (never asked for)"),
    # of pycountry's tables schwifty reads the countries (ISO 3166-1) only: not languages, subdivisions, currencies
    ("pycountry/databases/iso639", "pycountry's languages (schwifty reads only the countries)"),
    ("pycountry/databases/iso3166-2", "pycountry's subdivisions (schwifty reads only the countries)"),
    ("pycountry/databases/iso3166-3", "pycountry's former countries (schwifty reads only the countries)"),
    ("pycountry/databases/iso4217", "pycountry's currencies (schwifty reads only the countries)"),
    ("pycountry/databases/iso15924", "pycountry's scripts (schwifty reads only the countries)"),
)

# Linux: of the build host's own libraries, the bundle keeps only Python's runtime (libpython and what its
# standard modules link). Qt's system libraries (X11, xcb, xkbcommon, fontconfig, freetype, GLib, D-Bus, EGL,
# the C++ runtime — a bundled libstdc++ older than the system's breaks the system's GL drivers) come from the
# system: the .deb names them in Depends, `make run` installs them (scripts/ensure-system-packages.sh). So the
# bundle is the same whatever the build host has installed, and it never carries the host's GTK.
PYTHON_RUNTIME = re.compile(r"^(libpython3|libssl\.|libcrypto\.|libffi\.|libz\.|libbz2\.|liblzma\.|libexpat\.|"
                            r"libmpdec\.|libuuid\.|libreadline\.|libtinfo\.|libncursesw\.|libsqlite3\.)")
SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")

_PLATFORM_FILE = re.compile(r"^(?:lib)?q(.+?)\.(?:so|dll|dylib)$")


def _platform() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


def _qt_module(name: str) -> str | None:
    """'libQt6Quick.so.6' / 'Qt6Quick.dll' / 'QtQuick' (a macOS framework) -> 'Quick'."""
    m = re.match(r"^(?:lib)?Qt6?([A-Za-z0-9]+?)(?:\.so.*|\.dll|\.dylib|\.framework.*)?$", name)
    return m.group(1) if m else None


def reason_to_drop(dest: str, src: str = "") -> str | None:
    """Why the file ``src`` that lands at ``dest`` (a path inside the bundle) is left out; None keeps it."""
    path = dest.replace("\\", "/")
    parts = path.split("/")
    base = parts[-1]
    for prefix, why in DROPPED_DATA:
        if path.startswith(prefix):
            return why
    if "/qml/" in f"/{path}" or base.startswith("PySide6/Qt/qml"):
        return "QML files"
    if "/translations/" in f"/{path}" and "PySide6" in path:
        keep = {f"qtbase_{lang}.qm" for lang in LANGUAGES}
        return None if base in keep else "Qt translation of another language or module"
    if "/plugins/" in f"/{path}":
        after = path.split("/plugins/", 1)[1]
        folder = after.split("/", 1)[0]
        if folder in DROPPED_PLUGIN_DIRS:
            return f"Qt plugins: {folder}"
        stem = after.rsplit(".", 1)[0]
        if any(stem == d or stem.startswith(d + ".") for d in DROPPED_PLUGINS):
            return f"Qt plugin {stem}"
        if folder == "platforms":
            m = _PLATFORM_FILE.match(base)
            if m and m.group(1) not in PLATFORMS[_platform()]:
                return f"Qt platform plugin {m.group(1)}"
        return None
    module = _qt_module(base) if "Qt" in base else None
    if module is not None and module in DROPPED_QT_MODULES:
        return f"Qt module {module}"
    if base.startswith("PySide6/Qt") or (parts[0] == "PySide6" and re.match(r"^Qt[A-Z]\w+\.(?:pyi|abi3\.so|pyd)$",
                                                                              base)):
        name = base.split(".", 1)[0][2:]
        if name in DROPPED_QT_MODULES:
            return f"PySide6 binding {name}"
    if _platform() == "linux" and src.startswith(SYSTEM_DIRS) and "/" not in path and not PYTHON_RUNTIME.match(base):
        return "system library (the .deb's Depends, make run's packages)"
    return None


def trim(toc, dropped: list[tuple[str, str]]):
    """The entries of a PyInstaller TOC that stay; what went, and why, is appended to ``dropped``."""
    kept = []
    for entry in toc:
        why = reason_to_drop(entry[0], str(entry[1] or ""))
        if why is None:
            kept.append(entry)
        else:
            dropped.append((entry[0], why))
    return kept
