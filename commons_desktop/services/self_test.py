"""The installation's self-test, minus Qt: can this installation create, search and reopen an encrypted vault,
encrypt with age, find a keyring the way the app's policy allows, and is it registered for its file types?

`commons-desktop --self-test` (ui/self_test.py) runs these with the Qt checks and puts the report in words.
Each check returns facts (codes and parameters), never sentences.
"""

from __future__ import annotations

import configparser
import importlib
import os
import plistlib
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from .. import APP_ID

# The two file types (packaging/meta.py and resources/ say the same; tests/packaging checks they agree).
FILE_TYPES = {"commons": "application/x-commons-vault", "commonsx": "application/x-commons-bundle"}

# The keyring backend the app's policy accepts on each system (vault/keyring_store.ALLOWED_BACKENDS); on Linux, the
# Secret Service asked through secretstorage (which must be there: the library the keyring package's backend uses).
NATIVE_KEYRING = {
    "linux": ("commons_desktop.vault.keyring_store", "SecretServiceKeyring"),
    "darwin": ("keyring.backends.macOS", "Keyring"),
    "win32": ("keyring.backends.Windows", "WinVaultKeyring"),
}


@dataclass(frozen=True)
class Check:
    code: str
    ok: bool
    facts: dict[str, object] = field(default_factory=dict)


def system() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""


def vault_checks() -> list[Check]:
    """A real vault in a temporary folder: created, a person written and found by full-text search (accents
    ignored), closed, reopened with the passphrase, refused with a wrong one. Two checks: the SQLCipher engine
    (version 4 or later) and FTS5."""
    from ..core.errors import WrongPassphrase
    from ..core.model import Person
    from ..vault.connection import Vault
    from ..vault.engine import engine
    from ..vault.people import People
    from ..vault.search import search

    facts: dict[str, object] = {}
    found = 0
    refused = False
    engine_info = None
    try:
        with tempfile.TemporaryDirectory(prefix="commons-self-test-") as work:
            path = Path(work) / "self-test.commons"
            passphrase = "self-test " + os.urandom(8).hex()
            vault = Vault.create(path, passphrase, name="Self-test", device="self-test", author="self-test")
            try:
                engine_info = engine(vault)
                People(vault).add(Person(given="Émilie", family="Dupré"))
            finally:
                vault.close()
            vault = Vault.open(path, passphrase=passphrase, device="self-test", author="self-test")
            try:
                found = len(search(vault, "emilie dupre"))
            finally:
                vault.close()
            try:
                Vault.open(path, passphrase=passphrase + "!", device="self-test", author="self-test").close()
            except WrongPassphrase:
                refused = True
    except Exception as exc:  # noqa: BLE001 - a self-test reports every failure
        facts["error"] = f"{type(exc).__name__}: {exc}"
    if engine_info is not None:
        facts.update(cipher=engine_info.cipher_version, provider=engine_info.cipher_provider,
                     sqlite=engine_info.sqlite_version)
    facts.update(found=found, refused=refused)
    sqlcipher_ok = (engine_info is not None and engine_info.cipher_major >= 4 and refused and "error" not in facts)
    fts_ok = engine_info is not None and engine_info.fts5 and found == 1
    return [Check("sqlcipher", sqlcipher_ok, facts), Check("fts5", fts_ok, {"found": found})]


def age_check() -> Check:
    """An X25519 age round trip through pyrage (what bundles use)."""
    facts: dict[str, object] = {"pyrage": _version("pyrage")}
    try:
        import pyrage

        identity = pyrage.x25519.Identity.generate()
        secret = os.urandom(64)
        sealed = pyrage.encrypt(secret, [identity.to_public()])
        ok = sealed.startswith(b"age-encryption.org/v1") and pyrage.decrypt(sealed, [identity]) == secret
    except Exception as exc:  # noqa: BLE001
        facts["error"] = f"{type(exc).__name__}: {exc}"
        ok = False
    return Check("age", ok, facts)


def keyring_check() -> Check:
    """The keyring policy as it applies here: this system's secure backend must be known to keyring (declared in
    its entry points and importable: a bundle that lost them would silently fall back to the passphrase); which
    backend the app would use (none on a headless box is fine: the passphrase is asked); what keyring alone would
    have picked, and whether the policy refuses it."""
    import keyring

    from ..core.errors import KeyringUnavailable
    from ..vault.keyring_store import ALLOWED_BACKENDS, secure_backend

    native = NATIVE_KEYRING.get(system())
    facts: dict[str, object] = {"keyring": _version("keyring"), "native": ".".join(native) if native else ""}
    try:
        modules = {ep.value.split(":", 1)[0] for ep in metadata.entry_points(group="keyring.backends")}
        facts["known"] = True
        if native:
            module, name = native
            facts["known"] = hasattr(importlib.import_module(module), name) and (
                module in modules if module.startswith("keyring.") else bool(importlib.import_module("secretstorage")))
        try:
            chosen = secure_backend()
            facts["used"] = f"{type(chosen).__module__}.{type(chosen).__name__}"
        except KeyringUnavailable:
            facts["used"] = ""
        default = keyring.get_keyring()
        facts["default"] = f"{type(default).__module__}.{type(default).__name__}"
        facts["default_allowed"] = (type(default).__module__, type(default).__name__) in ALLOWED_BACKENDS
    except Exception as exc:  # noqa: BLE001
        facts["error"] = f"{type(exc).__name__}: {exc}"
        return Check("keyring", False, facts)
    return Check("keyring", bool(facts["known"]), facts)


def data_dirs() -> list[Path]:
    """XDG data folders, most important first (where desktop files and the MIME database live)."""
    home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    dirs = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    return [Path(home)] + [Path(d) for d in dirs.split(":") if d]


def _desktop_entry() -> tuple[Path | None, dict[str, str]]:
    for folder in data_dirs():
        path = folder / "applications" / f"{APP_ID}.desktop"
        if path.is_file():
            parser = configparser.ConfigParser(interpolation=None, strict=False)
            parser.optionxform = str  # type: ignore[assignment,method-assign]
            try:
                parser.read(path, encoding="utf-8")
                return path, dict(parser["Desktop Entry"])
            except (configparser.Error, KeyError, UnicodeDecodeError):
                return path, {}
    return None, {}


def _linux_file_types(mime_of: Callable[[str], str]) -> tuple[bool, dict[str, object]]:
    facts: dict[str, object] = {}
    ok = True
    for ext, mime in FILE_TYPES.items():
        seen = mime_of(f"file.{ext}")
        facts[f".{ext}"] = seen
        ok = ok and seen == mime
    path, entry = _desktop_entry()
    facts["desktop_file"] = str(path) if path else ""
    declared = {m for m in entry.get("MimeType", "").split(";") if m}
    facts["declared"] = sorted(declared)
    command = entry.get("Exec", "").split()
    program = command[0] if command else ""
    facts["program"] = (shutil.which(program) or "") if program else ""
    ok = ok and path is not None and set(FILE_TYPES.values()) <= declared and bool(facts["program"])
    return ok, facts


def _windows_file_types() -> tuple[bool, dict[str, object]]:
    import winreg  # noqa: PLC0415 - Windows only

    facts: dict[str, object] = {}
    ok = True
    for ext in FILE_TYPES:
        try:
            with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, f".{ext}") as key:
                progid = winreg.QueryValue(key, None)
            with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, rf"{progid}\shell\open\command") as key:
                command = winreg.QueryValue(key, None)
        except OSError:
            progid, command = "", ""
        facts[f".{ext}"] = command
        ok = ok and "commons-desktop" in command.lower()
    return ok, facts


def _macos_file_types() -> tuple[bool, dict[str, object]]:
    plist = Path(sys.executable).resolve().parent.parent / "Info.plist"
    facts: dict[str, object] = {"info_plist": str(plist) if plist.is_file() else ""}
    if not plist.is_file():
        return False, facts
    with open(plist, "rb") as f:
        info = plistlib.load(f)
    exported = {ext for decl in info.get("UTExportedTypeDeclarations", [])
                for ext in decl.get("UTTypeTagSpecification", {}).get("public.filename-extension", [])}
    handled = {t for doc in info.get("CFBundleDocumentTypes", []) for t in doc.get("LSItemContentTypes", [])}
    facts["extensions"] = sorted(exported)
    facts["handled"] = sorted(handled)
    return set(FILE_TYPES) <= exported and len(handled) >= len(FILE_TYPES), facts


def file_types_check(mime_of: Callable[[str], str]) -> Check:
    """Registered for .commons and .commonsx the way this system registers them: on Linux the MIME database
    (``mime_of`` asks it the type of a file name) and a desktop file that opens both; on Windows the registry;
    on macOS the app's Info.plist."""
    try:
        if system() == "win32":
            ok, facts = _windows_file_types()
        elif system() == "darwin":
            ok, facts = _macos_file_types()
        else:
            ok, facts = _linux_file_types(mime_of)
    except Exception as exc:  # noqa: BLE001
        ok, facts = False, {"error": f"{type(exc).__name__}: {exc}"}
    return Check("file_types", ok, facts)
