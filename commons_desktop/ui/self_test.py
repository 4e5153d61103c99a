"""`commons-desktop --self-test`: does this installation work? Prints a report and exits 0 only if every check
passed (1 otherwise). For whoever installs or packages the app, and for the smoke tests of the installers.

Checks: SQLCipher (version 4 or later: a vault created, written, reopened, a wrong passphrase refused), FTS5
(the person written is found), age encryption (pyrage), the keyring policy, the Qt platform plugin of this
system (loaded from its file, which names a missing system library), fonts, image formats, the translations
(ours and Qt's, English and French), the file-type registration, and every module of the app with every module
its code imports anywhere (nothing a bundle left out). The checks without Qt live in services/self_test.py.

Like the `commons` command's output, the report is in English: it is read by whoever supports the install.
Without a display (no DISPLAY or WAYLAND_DISPLAY) the checks that need a running Qt use the offscreen platform;
the native plugin is still loaded from its file.
"""

from __future__ import annotations

import dis
import importlib
import importlib.util
import os
import pkgutil
import platform
import sys
import types
from collections.abc import Iterable
from pathlib import Path

from .. import APP_NAME, __version__
from ..services import self_test as checks
from ..services.self_test import Check

# The Qt platform plugin each system needs (file names: libqxcb.so, qwindows.dll, libqcocoa.dylib).
NATIVE_PLATFORM = {"linux": "xcb", "win32": "windows", "darwin": "cocoa"}
REQUIRED_IMAGE_FORMATS = ("png", "jpeg", "gif")
# Standard modules that exist only on some systems (the app imports them only there).
PLATFORM_MODULES = {"fcntl": "posix", "termios": "posix", "pwd": "posix", "grp": "posix", "resource": "posix",
                    "winreg": "nt", "msvcrt": "nt", "_winapi": "nt", "winsound": "nt"}


# -- Qt checks -------------------------------------------------------------------------------------------------
def platform_check() -> Check:
    """Load this system's platform plugin from its file (before any QApplication: a plugin whose libraries are
    missing would abort it). The loader's error names the missing library."""
    from PySide6.QtCore import QLibraryInfo, QPluginLoader, qVersion

    name = NATIVE_PLATFORM.get(checks.system(), "xcb")
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    files = sorted(p for p in folder.glob(f"*q{name}.*") if p.suffix in (".so", ".dll", ".dylib"))
    facts: dict[str, object] = {"qt": qVersion(), "plugin": name, "folder": str(folder)}
    if not files:
        facts["error"] = "no plugin file"
        return Check("qt_platform", False, facts)
    loader = QPluginLoader(str(files[0]))
    ok = loader.load()
    facts["file"] = str(files[0])
    if not ok:
        facts["error"] = loader.errorString()
    return Check("qt_platform", ok, facts)


def _application(native_ok: bool):
    """The QApplication the remaining checks run in: the native platform when there is a display and its plugin
    loads, offscreen otherwise."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        headless = checks.system() == "linux" and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if (headless or not native_ok) and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication([sys.argv[0] if sys.argv else "commons-desktop"])
    return app


def fonts_check() -> Check:
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families()
    return Check("fonts", bool(families), {"count": len(families), "first": families[:3]})


def images_check() -> Check:
    from PySide6.QtGui import QImageReader

    formats = sorted({bytes(f).decode() for f in QImageReader.supportedImageFormats()})
    missing = [f for f in REQUIRED_IMAGE_FORMATS if f not in formats]
    return Check("images", not missing, {"formats": formats, "missing": missing})


def translations_check(app) -> Check:
    """Our catalogues load and translate (French; English holds the plural forms), and Qt's own French
    catalogue (the buttons of standard dialogs) is there."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    from .i18n import I18N, Translations

    facts: dict[str, object] = {"folder": str(I18N)}
    ours = {lang: QTranslator().load(str(I18N / f"commons_{lang}.qm")) for lang in ("en", "fr")}
    facts["catalogues"] = sorted(lang for lang, loaded in ours.items() if loaded)
    translations = Translations(app)
    translations.apply("fr")
    facts["fr_people"] = QCoreApplication.translate("MainWindow", "People")
    translations.apply("en")
    facts["en_plural"] = QCoreApplication.translate("MainWindow", "%1: %n people", "", 1)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    facts["qtbase_fr"] = QTranslator().load("qtbase_fr", qt_folder)
    ok = (all(ours.values()) and facts["fr_people"] not in ("", "People") and facts["en_plural"] == "%1: 1 person"
          and bool(facts["qtbase_fr"]))
    return Check("translations", ok, facts)


def mime_type_of(file_name: str) -> str:
    from PySide6.QtCore import QMimeDatabase

    return QMimeDatabase().mimeTypeForFile(file_name, QMimeDatabase.MatchMode.MatchExtension).name()


# -- every module the app imports ------------------------------------------------------------------------------
def _imports_of(code: types.CodeType, package: str) -> Iterable[tuple[str, tuple[str, ...]]]:
    """(absolute module name, from-list) of every import statement in ``code``, functions included."""
    instructions = list(dis.get_instructions(code))
    for i, ins in enumerate(instructions):
        if ins.opname != "IMPORT_NAME":
            continue
        level = instructions[i - 2].argval if i >= 2 and instructions[i - 2].opname == "LOAD_CONST" else 0
        names = instructions[i - 1].argval if i >= 1 and instructions[i - 1].opname == "LOAD_CONST" else None
        name = ins.argval
        if level:
            name = importlib.util.resolve_name("." * level + name, package) if name else \
                importlib.util.resolve_name("." * level, package)
        yield name, tuple(names or ())
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _imports_of(const, package)


def _here(module: str) -> bool:
    where = PLATFORM_MODULES.get(module.split(".", 1)[0])
    return where is None or where == os.name


def modules_check() -> Check:
    """Import every module of the app, then every module named by an import statement anywhere in their code
    (inside functions too, where the app imports lazily), and every name imported from a package that is a
    module of its own. A bundle that left one out fails here, not in front of a user."""
    import commons_desktop

    ours = sorted(m.name for m in pkgutil.walk_packages(commons_desktop.__path__, "commons_desktop.")
                  if not m.name.endswith(".__main__"))
    failures: list[str] = []
    wanted: dict[str, set[str]] = {}
    for name in ours:
        try:
            importlib.import_module(name)
            spec = importlib.util.find_spec(name)
            code = spec.loader.get_code(name) if spec and spec.loader else None
        except Exception as exc:  # noqa: BLE001
            failures.append(f"{name} ({type(exc).__name__}: {exc})")
            continue
        if code is None:
            failures.append(f"{name} (no code)")
            continue
        package = name if spec.submodule_search_locations else name.rpartition(".")[0]
        for module, names in _imports_of(code, package):
            wanted.setdefault(module, set()).update(names)
    others = sorted(m for m in wanted if not m.startswith("commons_desktop") and m != "__future__" and _here(m))
    for module in sorted(wanted):
        if module == "__future__" or not _here(module):
            continue
        try:
            loaded = importlib.import_module(module)
        except Exception as exc:  # noqa: BLE001
            failures.append(f"{module} ({type(exc).__name__}: {exc})")
            continue
        for item in sorted(wanted[module]):
            if item != "*" and not hasattr(loaded, item):
                try:
                    importlib.import_module(f"{module}.{item}")
                except Exception as exc:  # noqa: BLE001
                    failures.append(f"{module}.{item} ({type(exc).__name__}: {exc})")
    return Check("modules", not failures, {"ours": len(ours), "others": len(others), "failures": failures})


# -- the report ------------------------------------------------------------------------------------------------
def describe(check: Check) -> str:
    f = check.facts
    if "error" in f and check.code not in ("qt_platform",):
        return f"{_TITLES.get(check.code, check.code)}: {f['error']}"
    if check.code == "sqlcipher":
        return (f"SQLCipher {f.get('cipher', '?')} ({f.get('provider', '?')}, SQLite {f.get('sqlite', '?')}): a vault "
                f"was created, written and reopened; a wrong passphrase was "
                f"{'refused' if f.get('refused') else 'NOT refused'}")
    if check.code == "fts5":
        return f"full-text search (FTS5): {f.get('found', 0)} of 1 person found, accents ignored"
    if check.code == "age":
        return f"age encryption: pyrage {f.get('pyrage') or '?'}, X25519 round trip"
    if check.code == "keyring":
        used = f.get("used") or "none available now (the passphrase will be asked)"
        known = "known" if f.get("known") else "MISSING (keyring's backends were not found)"
        default = f"{f.get('default')} ({'allowed' if f.get('default_allowed') else 'refused by the policy'})"
        native = f.get("native") or "no native backend"
        return f"keyring {f.get('keyring') or '?'}: {native} {known}; in use: {used}; keyring's own choice: {default}"
    if check.code == "qt_platform":
        state = "loads" if check.ok else f"does NOT load: {f.get('error')}"
        return f"Qt {f.get('qt')}: platform plugin {f.get('plugin')} {state} ({f.get('file') or f.get('folder')}); " \
               f"running on {f.get('running', '?')}"
    if check.code == "fonts":
        return f"fonts: {f.get('count')} families ({', '.join(f.get('first') or []) or 'none'})"
    if check.code == "images":
        missing = f" — missing {', '.join(f['missing'])}" if f.get("missing") else ""
        return f"image formats: {' '.join(f.get('formats') or [])}{missing}"
    if check.code == "translations":
        return (f"translations: catalogues {', '.join(f.get('catalogues') or []) or 'none'} in {f.get('folder')}; "
                f"'People' in French: {f.get('fr_people')!r}; plural: {f.get('en_plural')!r}; Qt's French: "
                f"{'yes' if f.get('qtbase_fr') else 'no'}")
    if check.code == "file_types":
        parts = [f"{k} -> {v or 'unknown'}" for k, v in f.items() if k.startswith(".")]
        where = f.get("desktop_file") or f.get("info_plist")
        if "desktop_file" in f:
            where = f"{where or 'no desktop file'}, opened by {f.get('program') or 'no program found'}"
        return f"file types: {'; '.join(parts) or ', '.join(map(str, f.values()))}" + (f" ({where})" if where else "")
    if check.code == "modules":
        failures = f.get("failures") or []
        listed = f": cannot import {', '.join(failures[:8])}" if failures else ""
        return f"modules: the app's {f.get('ours')} and the {f.get('others')} they import{listed}"
    return f"{check.code}: {f}"


_TITLES = {"sqlcipher": "SQLCipher", "fts5": "full-text search (FTS5)", "age": "age encryption",
           "keyring": "keyring", "file_types": "file types", "modules": "modules", "translations": "translations"}


def run_checks() -> list[Check]:
    native = platform_check()
    app = _application(native.ok)
    native.facts["running"] = app.platformName()
    results = [native]
    results += checks.vault_checks()
    results += [checks.age_check(), checks.keyring_check(), fonts_check(), images_check(), translations_check(app),
                checks.file_types_check(mime_type_of), modules_check()]
    return results


def report(results: list[Check]) -> str:
    kind = "bundle" if getattr(sys, "frozen", False) else "Python package"
    lines = [f"{APP_NAME} {__version__} self-test ({platform.system()} {platform.machine()}, Python "
             f"{platform.python_version()}, {kind} at {Path(sys.executable).resolve().parent})"]
    lines += [f"  {'ok  ' if c.ok else 'FAIL'}  {describe(c)}" for c in results]
    failed = [c for c in results if not c.ok]
    lines.append(f"All {len(results)} checks passed." if not failed
                 else f"{len(failed)} of {len(results)} checks FAILED: {', '.join(c.code for c in failed)}.")
    return "\n".join(lines) + "\n"


def run(report_to: str | None = None) -> int:
    """Run every check; print the report (or write it to ``report_to``: a windowed app on Windows has no
    console); 0 when everything works, 1 otherwise."""
    results = run_checks()
    text = report(results)
    if report_to:
        Path(report_to).write_text(text, encoding="utf-8")
    if sys.stdout is not None:
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0 if all(c.ok for c in results) else 1
