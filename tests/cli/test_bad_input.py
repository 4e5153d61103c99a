"""Bad input to every command: the right exit code, exactly one line on stderr, no traceback, and the vault
holds what it held before (counts per entity and the change log)."""

from __future__ import annotations

import hashlib

import pytest

from commons_desktop.core.ids import uuid7
from commons_desktop.services import maintenance
from commons_desktop.vault.connection import Vault

from .conftest import DOC_LIMIT, snapshot

UNKNOWN = uuid7()

# every command that works on an existing vault, with valid arguments ({...} filled in below)
COMMANDS = {
    "info": ["info"],
    "check": ["check"],
    "passwd": ["passwd"],
    "person add": ["person", "add", "--given", "Noémie"],
    "person edit": ["person", "edit", "{person}", "--given", "Emi"],
    "person show": ["person", "show", "{person}"],
    "person list": ["person", "list"],
    "person delete": ["person", "delete", "{other}"],
    "person erase": ["person", "erase", "{other}", "--yes"],
    "org add": ["org", "add", "--name", "Collectif"],
    "org edit": ["org", "edit", "{org}", "--kind", "asbl"],
    "org show": ["org", "show", "{org}"],
    "org list": ["org", "list"],
    "org delete": ["org", "delete", "{org}"],
    "member join": ["member", "join", "{other}"],
    "member renew": ["member", "renew", "{membership}"],
    "member status": ["member", "status", "{person}"],
    "contribution add": ["contribution", "add", "{person}", "--amount", "5"],
    "contribution list": ["contribution", "list", "--person", "{person}"],
    "tag add": ["tag", "add", "nouveau", "{person}"],
    "tag remove": ["tag", "remove", "bureau", "{person}"],
    "tag list": ["tag", "list"],
    "search": ["search", "emilie"],
    "doc add": ["doc", "add", "{small}"],
    "doc add-version": ["doc", "add-version", "{document}", "{small}"],
    "doc get": ["doc", "get", "{document}", "--to", "{out}"],
    "doc list": ["doc", "list", "--linked-to", "{person}"],
    "doc versions": ["doc", "versions", "{document}"],
    "history": ["history", "{person}"],
    "backup": ["backup", "--to", "{backups}"],
    "restore": ["restore", "{backup}", "--yes"],
    "demo": ["demo", "--people", "3"],
}

# commands taking ids: which argument to replace by an id nothing has
UNKNOWN_ID = {
    "person edit": "{person}", "person show": "{person}", "person delete": "{other}", "person erase": "{other}",
    "org edit": "{org}", "org show": "{org}", "org delete": "{org}", "member join": "{other}",
    "member renew": "{membership}", "member status": "{person}", "contribution add": "{person}",
    "contribution list": "{person}", "tag add": "{person}", "tag remove": "{person}", "doc add": None,
    "doc add-version": "{document}", "doc get": "{document}", "doc list": "{person}", "doc versions": "{document}",
    "history": "{person}",
}

INVALID = [  # (arguments, words the error line must contain)
    (["person", "add", "--given", "X", "--email", "not-an-email"], "email"),
    (["person", "add", "--given", "X", "--birth-date", "2020-02-30"], "birth date"),
    (["person", "add", "--given", "X", "--birth-date", "1700-01-01"], "birth date"),
    (["person", "add", "--notes", "no name"], "name"),
    (["person", "add", "--given", "X", "--phone", "call me"], "phone"),
    (["person", "add", "--given", "X", "--language", "French!"], "language"),
    (["person", "add", "--given", "X", "--custom", "no-equals-sign"], "custom field"),
    (["person", "add", "--given", "X", "--tag", ""], "tag"),
    (["person", "edit", "{person}", "--email", "a@b"], "email"),
    (["person", "edit", "{person}", "--given", "", "--family", ""], "name"),
    (["person", "edit", "{person}", "--remove-email", "someone@else.org"], "email"),
    (["org", "add", "--name", ""], "name"),
    (["org", "add", "--name", "N", "--website", "not a web site"], "website"),
    (["org", "edit", "{org}", "--email", "@nowhere"], "email"),
    (["member", "join", "{person}", "--start", "2026-13-01"], "start"),
    (["member", "join", "{person}", "--status", "sleeping"], "status"),
    (["member", "join", "{person}", "--start", "2026-02-01", "--end", "2026-01-01"], "end"),
    (["member", "join", "{person}", "--type", ""], "membership type"),
    (["member", "renew", "{membership}", "--until", "12/31/2026"], "until"),  # month first: never guessed
    (["member", "renew", "{membership}", "--until", "2024-01-01"], "end"),
    (["contribution", "add", "{person}", "--amount", "lots"], "amount"),
    (["contribution", "add", "{person}", "--amount", "-5"], "amount"),
    (["contribution", "add", "{person}", "--amount", "5", "--date", "2026-02-30"], "date"),
    (["contribution", "add", "{person}", "--amount", "5", "--currency", "EURO"], "currency"),
    (["contribution", "add", "{person}", "--amount", "5", "--method", "bitcoin"], "method"),
    (["contribution", "add", "{person}", "--amount", "5", "--period-start", "2026-02-01", "--period-end",
      "2026-01-01"], "period end"),
    (["tag", "add", "", "{person}"], "tag"),
    (["doc", "add", "{big}"], "limit"),
    (["doc", "add-version", "{document}", "{big}"], "limit"),
    (["doc", "add", "{small}", "--link", "{membership}"], "link"),
    (["doc", "add", "{small}", "--title", "x" * 300], "title"),
]

USAGE = [
    [],
    ["--vault"],
    ["nonsense"],
    ["person"],
    ["person", "show"],
    ["person", "list", "--limit", "ten"],
    ["person", "list", "--limit", "-1"],
    ["person", "list", "--sort", "shoe-size"],
    ["person", "erase", "{other}"],  # no --yes and no terminal to confirm on
    ["org", "add"],  # --name is required
    ["member", "join"],
    ["contribution", "add", "{person}"],  # --amount is required
    ["tag", "add", "lonely"],
    ["search"],
    ["search", "x", "--limit", "0"],
    ["doc", "get", "{document}"],  # --to is required
    ["doc", "get", "{document}", "--to", "{out}", "--version", "zero"],
    ["history", "--limit", "0"],
    ["backup"],
    ["backup", "--to", "{backups}", "--keep", "0"],
    ["restore", "{backup}"],  # no --yes and no terminal
    ["demo", "--people", "many"],
    ["--remember", "--forget", "info"],
]


@pytest.fixture(scope="module")
def files(populated_template, tmp_path_factory):
    d = tmp_path_factory.mktemp("inputs")
    (d / "small.txt").write_bytes(b"small")
    (d / "big.bin").write_bytes(b"x" * (DOC_LIMIT + 1))
    with Vault.open(populated_template.path, key=populated_template.key) as v:
        backup, _ = maintenance.backup_to(v, d / "made-backups")
    return {"small": d / "small.txt", "big": d / "big.bin", "out": d / "out.bin", "backups": d / "new-backups",
            "backup": backup}


@pytest.fixture
def fill(populated_template, files):
    t = populated_template
    values = {"{person}": t.person, "{other}": t.other_person, "{org}": t.organisation,
              "{membership}": t.membership, "{document}": t.document, **{f"{{{k}}}": str(v) for k, v in files.items()}}

    def fill_in(argv: list[str], **override: str) -> list[str]:
        table = {**values, **override}
        return [table.get(a, a) for a in argv]
    return fill_in


@pytest.fixture
def unchanged(populated_template, files):
    """Asserts at the end of the test that the shared vault and the files around it are as they were."""
    t = populated_template
    before = snapshot(t.path, t.key)
    yield
    assert snapshot(t.path, t.key) == before
    assert not files["out"].exists() and not files["backups"].exists()


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", [n for n in COMMANDS if n not in ("demo", "restore")])
def test_missing_vault_is_exit_1(cli, fill, tmp_path, unchanged, name, monkeypatch):
    monkeypatch.setenv("COMMONS_NEW_PASSPHRASE", "another one")
    missing = tmp_path / "nowhere.commons"
    r = cli("--vault", missing, *fill(COMMANDS[name]))
    assert r.code == 1, r
    assert f"no vault at {missing}" in r.one_error_line()
    assert not missing.exists()


def test_restore_of_a_missing_backup_is_exit_1(cli, fill, populated_template, tmp_path, unchanged):
    r = cli("--vault", populated_template.path, "restore", tmp_path / "nothing.commons-backup", "--yes")
    assert r.code == 1 and "no backup at" in r.one_error_line()


@pytest.mark.parametrize("name", list(COMMANDS))
def test_wrong_passphrase_is_exit_3(cli, fill, populated_template, unchanged, name, monkeypatch):
    monkeypatch.setenv("COMMONS_PASSPHRASE", "not the passphrase")
    monkeypatch.setenv("COMMONS_NEW_PASSPHRASE", "another one")
    digest = _digest(populated_template.path)
    r = cli("--vault", populated_template.path, *fill(COMMANDS[name]))
    assert r.code == 3, r
    assert "wrong passphrase" in r.one_error_line()
    assert _digest(populated_template.path) == digest


@pytest.mark.parametrize("name", list(COMMANDS))
def test_no_passphrase_and_no_terminal_is_exit_3(cli, fill, populated_template, unchanged, name, monkeypatch):
    monkeypatch.delenv("COMMONS_PASSPHRASE")
    r = cli("--vault", populated_template.path, *fill(COMMANDS[name]))
    assert r.code == 3, r
    assert "no passphrase given" in r.one_error_line()


@pytest.mark.parametrize("name", list(UNKNOWN_ID))
def test_unknown_id_is_exit_1(cli, fill, populated_template, unchanged, name):
    argv = COMMANDS[name] + (["--link", UNKNOWN] if UNKNOWN_ID[name] is None else [])
    override = {UNKNOWN_ID[name]: UNKNOWN} if UNKNOWN_ID[name] else {}
    r = cli("--vault", populated_template.path, *fill(argv, **override))
    assert r.code == 1, r
    line = r.one_error_line()
    assert f"with id {UNKNOWN}" in line


def test_unknown_tag_is_exit_1(cli, fill, populated_template, unchanged):
    r = cli("--vault", populated_template.path, *fill(["tag", "remove", "never-used", "{person}"]))
    assert r.code == 1 and "no tag with id never-used" in r.one_error_line()


def test_membership_renew_of_a_person_without_one_is_exit_1(cli, fill, populated_template, unchanged):
    r = cli("--vault", populated_template.path, *fill(["member", "renew", "{other}"]))
    assert r.code == 1 and "no membership for the person" in r.one_error_line()


@pytest.mark.parametrize(("argv", "field"), INVALID, ids=[" ".join(a[:3]) + f" {f}" for a, f in INVALID])
def test_invalid_input_is_exit_4_naming_the_field(cli, fill, populated_template, unchanged, argv, field):
    r = cli("--vault", populated_template.path, *fill(argv))
    assert r.code == 4, r
    assert field in r.one_error_line()


@pytest.mark.parametrize("argv", USAGE, ids=[" ".join(a) or "(nothing)" for a in USAGE])
def test_usage_errors_are_exit_2(cli, fill, populated_template, unchanged, argv):
    digest = _digest(populated_template.path)
    r = cli("--vault", populated_template.path, *fill(argv)) if argv[:1] != ["--vault"] else cli(*argv)
    assert r.code == 2, r
    r.one_error_line()
    assert _digest(populated_template.path) == digest


@pytest.mark.parametrize("name", list(COMMANDS))
def test_unknown_option_on_every_command_is_exit_2(cli, fill, populated_template, unchanged, name):
    r = cli("--vault", populated_template.path, *fill(COMMANDS[name]), "--no-such-option")
    assert r.code == 2, r
    assert "unrecognized arguments: --no-such-option" in r.one_error_line()


def test_no_vault_given_is_a_usage_error(cli):
    r = cli("info")
    assert r.code == 2 and "--vault" in r.one_error_line()


def test_doc_get_refuses_to_overwrite(cli, fill, populated_template, unchanged, tmp_path):
    target = tmp_path / "keep.txt"
    target.write_text("mine")
    r = cli("--vault", populated_template.path, *fill(["doc", "get", "{document}", "--to", str(target)]))
    assert r.code == 1 and "already exists" in r.one_error_line()
    assert target.read_text() == "mine"
    r = cli("--vault", populated_template.path, *fill(["doc", "get", "{document}", "--to", str(tmp_path)]))
    assert r.code == 1 and "is a folder" in r.one_error_line()
    r = cli("--vault", populated_template.path, *fill(["doc", "get", "{document}", "--version", "9", "--to",
                                                       str(tmp_path / "v9")]))
    assert r.code == 1 and "no document version" in r.one_error_line()


def test_unreadable_input_files_are_exit_1(cli, fill, populated_template, unchanged, tmp_path):
    r = cli("--vault", populated_template.path, "doc", "add", tmp_path / "absent.pdf")
    assert r.code == 1 and "cannot read" in r.one_error_line()
    r = cli("--vault", populated_template.path, "--passphrase-file", tmp_path / "absent.txt", "info")
    assert r.code == 3 or r.code == 0  # the variable comes first: the file is not even read
    r = cli("--vault", populated_template.path, *fill(["passwd", "--new-passphrase-file", str(tmp_path / "no")]))
    assert r.code == 1 and "cannot read the passphrase file" in r.one_error_line()


def test_a_vault_busy_with_another_writer_is_exit_3(cli, club, monkeypatch):
    from commons_desktop.vault import connection
    monkeypatch.setattr(connection, "BUSY_TIMEOUT", 0.2, raising=False)
    before = snapshot(club.path, club.key)
    with Vault.open(club.path, key=club.key) as other, other.transaction():
        r = cli("--vault", club.path, "person", "add", "--given", "Blocked")
    assert r.code == 3, r
    assert "locked" in r.one_error_line()
    assert snapshot(club.path, club.key) == before


def _feed_fifo(path, data: bytes, seconds: float = 3.0):
    """A writer for the FIFO at ``path``, if someone opens it for reading within ``seconds``."""
    import os
    import threading
    import time

    def write():
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # no reader (yet)
                time.sleep(0.02)
                continue
            os.set_blocking(fd, True)
            try:
                os.write(fd, data)
            except OSError:
                pass
            os.close(fd)
            return

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


def test_import_and_partner_card_refuse_what_is_not_a_regular_file(cli, club, tmp_path):
    """A FIFO or a device (/dev/zero) would block or fill the memory: refused before any reading, exit 4."""
    import os
    before = snapshot(club.path, club.key)
    fifo = tmp_path / "members.csv"
    os.mkfifo(fifo)
    writer = _feed_fifo(fifo, b"given,family\nFifo,Person\n")
    r = cli("--vault", club.path, "import", fifo, "--yes")
    writer.join(5)
    assert r.code == 4, r
    assert "not a regular file" in r.one_error_line()
    r = cli("--vault", club.path, "import", "/dev/zero", "--yes")
    assert r.code == 4 and "not a regular file" in r.one_error_line()
    card = tmp_path / "card.txt"
    os.mkfifo(card)
    writer = _feed_fifo(card, b"not a card")
    r = cli("--vault", club.path, "partner", "add", "Voisins", "--from-file", card)
    writer.join(5)
    assert r.code == 4 and "not a regular file" in r.one_error_line()
    assert snapshot(club.path, club.key) == before


def test_a_partner_card_file_is_read_within_a_bound(vault, tmp_path, monkeypatch):
    """Only the first bytes of a card file are ever read, whatever its size."""
    from commons_desktop.core.errors import InvalidInput
    from commons_desktop.services import input_files, partners

    asked: list[int] = []
    real = input_files.read_bounded
    monkeypatch.setattr(input_files, "read_bounded", lambda path, limit: asked.append(limit) or real(path, limit))
    big = tmp_path / "card.txt"
    big.write_bytes(b"x" * 200_000)
    with pytest.raises(InvalidInput):
        partners.add(vault, "Voisins", from_file=str(big))
    assert asked and asked[0] <= 64 * 1024
