"""Issue 11 item 5: every file the app writes is all or nothing, on a full disk too.

Each writer -- backup, the automatic backup before a passphrase change, `doc get` (with and without --force),
CSV, .ods, .xlsx, vCard, JSON, bundle and PDF exports, the access-request report, settings, the device identity,
decrypted private copies -- is run against (a) a real tiny tmpfs filled up (mounted here; skipped with the reason where
mounting is impossible), (b) an injected file that fails after N bytes (the atomic helper's temporary file;
runs everywhere), and for the writers that write by path (SQLite, Qt) (c) a process whose files may not grow
past N bytes (RLIMIT_FSIZE; runs everywhere on POSIX). Each time: a one-line error, no file and no temporary
file left, an existing file untouched, no disclosure logged for an export that was not written."""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pyrage
import pytest

from commons_desktop.cli.main import main as commons_main
from commons_desktop.core.model import Address, Email, Person, Phone
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.people import People
from tests.conftest import PASSPHRASE
from tests.full_disk import COUNTS, fail_after, fill, mount_tmpfs, unmount

ROOT = Path(__file__).resolve().parents[2]
RECIPIENT = str(pyrage.x25519.Identity.generate().to_public())
ORIGINAL = secrets.token_bytes(19 * 1024)  # a file `doc get --force` must not destroy
LIMIT = 64 * 1024  # RLIMIT_FSIZE: above SQLite's 32 KB -shm, below every output


@pytest.fixture(scope="module")
def template(tmp_path_factory, vault_template):
    src, key = vault_template
    path = tmp_path_factory.mktemp("full-disk") / "club.commons"
    shutil.copyfile(src, path)
    with Vault.open(path, key=key) as v:
        ids = People(v).add_many([
            Person(given=f"Given{i}", family=f"Family{i}", emails=[Email(f"p{i}@example.org")],
                   phones=[Phone(f"+32 470 {i:06d}")], addresses=[Address(street=f"Rue {i}", city="Liège")],
                   notes=secrets.token_hex(200)) for i in range(600)])
        doc = Documents(v).add("Scan", secrets.token_bytes(60 * 1024), "scan.bin", "application/octet-stream",
                               [("person", ids[0])])
    return path, key, ids[0], doc.id


@pytest.fixture
def club(template, tmp_path):
    path, key, person, doc = template
    dst = tmp_path / "vault" / "club.commons"
    dst.parent.mkdir()
    shutil.copyfile(path, dst)
    return dst, key, person, doc


def writers(person: str, doc: str, out: Path) -> dict[str, list]:
    return {
        "backup": ["backup", "--to", out],
        "csv": ["export", "--format", "csv", "--to", out / "out.csv"],
        "ods": ["export", "--format", "ods", "--to", out / "out.ods"],
        "xlsx": ["export", "--format", "xlsx", "--to", out / "out.xlsx"],
        "vcard": ["export", "--format", "vcard", "--to", out / "out.vcf"],
        "json": ["export", "--format", "json", "--to", out / "out.json"],
        "bundle": ["export", "--format", "bundle", "--recipient", RECIPIENT, "--to", out / "out.commonsx"],
        "pdf-list": ["export", "--format", "pdf-list", "--to", out / "out.pdf"],
        "report": ["report", person, "--to", out / "report.pdf"],
        "doc get": ["doc", "get", doc, "--to", out / "doc.bin"],
        "doc get --force": ["doc", "get", doc, "--to", out / "kept.bin", "--force"],
    }


FILE_WRITERS = ["csv", "ods", "xlsx", "vcard", "json", "bundle", "doc get", "doc get --force"]  # file objects
PATH_WRITERS = ["backup", "pdf-list"]                                              # SQLite, Qt write by name


def disclosures(path: Path, key: str) -> int:
    with Vault.open(path, key=key) as v:
        return v.conn.execute("SELECT count(*) FROM disclosure").fetchone()[0]


def run(argv, vault: Path, *, limit: int | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), COMMONS_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")

    def cap():
        import resource
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return subprocess.run([sys.executable, "-m", "commons_desktop.cli", "--vault", str(vault), *map(str, argv)],
                          env=env, capture_output=True, text=True, timeout=180, preexec_fn=cap if limit else None)


def left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in ("filler", "kept.bin", ".commons-backups.lock"))


def assert_refused(r, name):
    assert r.returncode == 1, (name, r.returncode, r.stdout, r.stderr)
    assert len(r.stderr.splitlines()) == 1 and "Traceback" not in r.stderr, (name, r.stderr)


@pytest.mark.parametrize("name", list(writers("p", "d", Path())))
def test_each_writer_on_a_full_tmpfs(club, tmp_path, name):
    vault, key, person, doc = club
    out = mount_tmpfs(tmp_path / "disk", "4m")
    try:
        argv = writers(person, doc, out)[name]
        if name == "doc get --force":
            (out / "kept.bin").write_bytes(ORIGINAL)
        before = disclosures(vault, key)
        fill(out, 8 * 1024)
        r = run(argv, vault)
        assert_refused(r, name)
        assert left(out) == [], f"{name} left {left(out)} on a full disk"
        if name == "doc get --force":
            assert (out / "kept.bin").read_bytes() == ORIGINAL, "the existing file was destroyed"
        assert disclosures(vault, key) == before, "a disclosure was logged for a file that was not written"
        (out / "filler").unlink()
        r = run(argv, vault)  # room again: the same writer works there, owner-only
        assert r.returncode == 0, (name, r.stderr)
        made = [p for p in out.iterdir() if p.name not in ("filler", ".commons-backups.lock")]
        assert made and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in made), \
            [(p.name, oct(p.stat().st_mode)) for p in made]
    finally:
        unmount(out)


@pytest.mark.parametrize("name", FILE_WRITERS)
@pytest.mark.parametrize("budget", [0, 1000, 50_000])
def test_each_file_writer_failing_after_n_bytes(club, tmp_path, monkeypatch, capsys, name, budget):
    vault, key, person, doc = club
    out = tmp_path / "out"
    out.mkdir()
    if name == "doc get --force":
        (out / "kept.bin").write_bytes(ORIGINAL)
    before = disclosures(vault, key)
    monkeypatch.setenv("COMMONS_PASSPHRASE", PASSPHRASE)
    fail_after(monkeypatch, budget)
    code = commons_main(["--vault", str(vault), *map(str, writers(person, doc, out)[name])])
    err = capsys.readouterr().err
    assert code == 1 and len(err.splitlines()) == 1, (name, code, err)
    assert left(out) == [], f"{name} left {left(out)}"
    if name == "doc get --force":
        assert (out / "kept.bin").read_bytes() == ORIGINAL
    monkeypatch.undo()
    assert disclosures(vault, key) == before


@pytest.mark.parametrize("name", PATH_WRITERS)
def test_each_path_writer_in_a_process_whose_files_cannot_grow(club, tmp_path, name):
    vault, key, person, doc = club
    out = tmp_path / "out"
    out.mkdir()
    before = disclosures(vault, key)
    r = run(writers(person, doc, out)[name], vault, limit=LIMIT)
    COUNTS["injected failures"] += 1
    assert_refused(r, name)
    assert left(out) == [], f"{name} left {left(out)}"
    assert disclosures(vault, key) == before


def _passwd_refused(vault: Path, key: str, r) -> None:
    assert_refused(r, "passwd")
    backups = vault.with_name(vault.name + ".backups")
    assert not backups.exists() or [p for p in backups.iterdir() if p.name != ".commons-backups.lock"] == []
    with Vault.open(vault, passphrase=PASSPHRASE, readonly=True):
        pass  # the old passphrase still opens it: nothing was re-keyed


def test_passwd_on_a_full_disk_changes_nothing(club, tmp_path):
    vault, key, _, _ = club
    disk = mount_tmpfs(tmp_path / "disk", "16m")
    try:
        moved = disk / "club.commons"
        shutil.copyfile(vault, moved)
        new = tmp_path / "new.txt"
        new.write_text("a new passphrase for the vault\n")
        fill(disk, 64 * 1024)
        _passwd_refused(moved, key, run(["passwd", "--new-passphrase-file", new], moved))
    finally:
        unmount(disk)


def test_passwd_in_a_process_whose_files_cannot_grow(club, tmp_path):
    vault, key, _, _ = club
    new = tmp_path / "new.txt"
    new.write_text("a new passphrase for the vault\n")
    before = hashlib.sha256(vault.read_bytes()).hexdigest()
    _passwd_refused(vault, key, run(["passwd", "--new-passphrase-file", new], vault, limit=LIMIT))
    COUNTS["injected failures"] += 1
    assert hashlib.sha256(vault.read_bytes()).hexdigest() == before


def _settings_writer(folder: Path, name: str):
    """Write the settings file (over an existing one) or the device identity (made when it is missing)."""
    from commons_desktop.services.session import AppDirs, device_identity
    from commons_desktop.ui.config import DesktopConfig

    if name == "settings":
        config = DesktopConfig.load(folder)
        config.recent = [f"/some/vault-{i}.commons" for i in range(8)]
        config.save()
    else:
        device_identity(AppDirs(folder, folder, folder))


def _prepare(folder: Path, name: str) -> dict[str, bytes]:
    """An earlier settings file to keep; no device identity yet (so one is written). What must stay."""
    _settings_writer(folder, "settings")
    (folder / "desktop.json").write_text('{"recent": [], "idle_minutes": 5, "language": "fr"}')
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "filler"}


@pytest.mark.parametrize("name", ["settings", "device"])
def test_settings_files_on_a_full_disk_keep_the_old_ones(tmp_path, monkeypatch, name):
    folder = tmp_path / "config"
    folder.mkdir()
    kept = _prepare(folder, name)
    fail_after(monkeypatch, 10)
    with pytest.raises(OSError):
        _settings_writer(folder, name)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == kept
    disk = mount_tmpfs(tmp_path / "disk", "256k")
    try:
        kept = _prepare(disk, name)
        fill(disk, 0)
        with pytest.raises(OSError):
            _settings_writer(disk, name)
        assert {p.name: p.read_bytes() for p in disk.iterdir() if p.name != "filler"} == kept
    finally:
        unmount(disk)


def test_a_decrypted_private_copy_on_a_full_disk_leaves_nothing(tmp_path, monkeypatch):
    from commons_desktop.ui.documents.private_copies import PrivateCopies

    def files(base: Path) -> list[Path]:
        return [p for p in base.rglob("*") if p.is_file() and p.name not in ("filler", ".lock")]
    content = secrets.token_bytes(40 * 1024)
    copies = PrivateCopies(tmp_path / "runtime")
    (tmp_path / "runtime").mkdir()
    fail_after(monkeypatch, 1000)
    with pytest.raises(OSError):
        copies.write("letter.pdf", content)
    monkeypatch.undo()
    assert files(tmp_path / "runtime") == []
    copies.wipe()
    disk = mount_tmpfs(tmp_path / "disk", "256k")
    try:
        copies = PrivateCopies(disk)
        copies.write("first.pdf", b"x")  # the private folder exists
        fill(disk, 8 * 1024)
        with pytest.raises(OSError):
            copies.write("letter.pdf", content)
        assert [p.name for p in files(disk)] == ["1-first.pdf"]
        copies.wipe()
    finally:
        unmount(disk)
