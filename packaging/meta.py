"""What every build script asks of the project: its one version number, its application id, its name.

    python3 packaging/meta.py version     -> 0.1.0   (from pyproject.toml: the one place it is written)
    python3 packaging/meta.py app-id      -> the reverse-DNS id of the desktop file, icons, metainfo, MIME file
    python3 packaging/meta.py name        -> Commons Desktop
    python3 packaging/meta.py homepage    -> the project's address (pyproject [project.urls] Homepage)

Needs only Python >= 3.11 (tomllib): the Windows and macOS runners call it before anything is installed.
"""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def project() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]


def version() -> str:
    return project()["version"]


def homepage() -> str:
    return project()["urls"]["Homepage"]


def _constant(name: str) -> str:
    """A string constant of commons_desktop/__init__.py, read without importing the package."""
    tree = ast.parse((ROOT / "commons_desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise LookupError(name)


def app_id() -> str:
    return _constant("APP_ID")


def name() -> str:
    return _constant("APP_NAME")


# The two file types, as every system names them. The vault (an SQLCipher database) has no magic: its file starts
# with the random salt. A bundle is an age file and starts with "age-encryption.org/v1".
FILE_TYPES = (
    {"ext": "commons", "mime": "application/x-commons-vault", "uti": "vault", "role": "Editor",
     "en": "Commons Desktop vault", "fr": "Coffre Commons Desktop"},
    {"ext": "commonsx", "mime": "application/x-commons-bundle", "uti": "bundle", "role": "Viewer",
     "en": "Commons Desktop bundle", "fr": "Paquet Commons Desktop"},
)


def numeric_version() -> tuple[int, int, int, int]:
    """0.1.0 -> (0, 1, 0, 0); the numeric part only (Windows resources and macOS want digits)."""
    digits = []
    for part in version().split(".")[:4]:
        num = "".join(ch for ch in part if ch.isdigit()) or "0"
        digits.append(int(num.lstrip("0") or "0"))
    return tuple((digits + [0, 0, 0, 0])[:4])


def windows_version_info() -> str:
    """The version resource of the Windows executables (PyInstaller's version-file syntax)."""
    v = numeric_version()
    strings = {"CompanyName": name(), "FileDescription": name(), "FileVersion": version(),
               "InternalName": "commons-desktop", "LegalCopyright": "AGPL-3.0-or-later",
               "OriginalFilename": "commons-desktop.exe", "ProductName": name(), "ProductVersion": version()}
    items = ", ".join(f"StringStruct({k!r}, {val!r})" for k, val in strings.items())
    return (f"VSVersionInfo(ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0, OS=0x40004, "
            f"fileType=0x1, subtype=0x0, date=(0, 0)), kids=[StringFileInfo([StringTable('040904B0', [{items}])]), "
            f"VarFileInfo([VarStruct('Translation', [1033, 1200])])])")


def macos_info_plist() -> dict:
    """What "Commons Desktop.app"'s Info.plist adds to PyInstaller's: version, languages, the two file types."""
    uti = {t["uti"]: f"{app_id()}.{t['uti']}" for t in FILE_TYPES}
    return {
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "CFBundleDisplayName": name(),
        "CFBundleLocalizations": ["en", "fr"],
        "CFBundleDevelopmentRegion": "en",
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "AGPL-3.0-or-later",
        "CFBundleDocumentTypes": [
            {"CFBundleTypeName": t["en"], "CFBundleTypeRole": t["role"], "LSHandlerRank": "Owner",
             "LSItemContentTypes": [uti[t["uti"]]]} for t in FILE_TYPES
        ],
        "UTExportedTypeDeclarations": [
            {"UTTypeIdentifier": uti[t["uti"]], "UTTypeDescription": t["en"], "UTTypeConformsTo": ["public.data"],
             "UTTypeTagSpecification": {"public.filename-extension": [t["ext"]], "public.mime-type": [t["mime"]]}}
            for t in FILE_TYPES
        ],
    }


if __name__ == "__main__":
    answers = {"version": version, "app-id": app_id, "name": name, "homepage": homepage}
    if len(sys.argv) != 2 or sys.argv[1] not in answers:
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(answers)}")
    print(answers[sys.argv[1]]())
