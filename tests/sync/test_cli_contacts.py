"""`commons sync NAME --json` for a contacts server against a real Radicale: its counts (sent, received, conflicts,
requests as the server saw them), a second sync sending nothing, and a conflict from edits on both sides listed by
`commons conflicts list`."""

from __future__ import annotations

import json
import uuid

from commons_desktop.vault.connection import Vault
from commons_desktop.vault.people import People
from tests.cli.conftest import cli, cli_env  # noqa: F401 - the CLI fixtures
from tests.sync.conftest import PASSWORDS
from tests.sync.test_cli_servers import commons, fed_vault  # noqa: F401 - the federation vault and its CLI
from tests.sync.test_contacts import edit_there


def test_sync_json_counts_and_a_conflict_listed(commons, fed_vault, radicale, proxy, vault_key):  # noqa: F811
    path, _ = fed_vault
    book = f"/alice/{uuid.uuid4().hex}/"
    p = proxy(radicale.port)
    assert commons("server", "add", "book", "--kind", "carddav", "--url", p.url(book), "--user", "alice",
                   "--profile", "site", "--password-stdin", stdin=PASSWORDS["alice"] + "\n").code == 0
    assert commons("server", "test", "book", "--create").code == 0
    p.clear()
    r = commons("--json", "sync", "book")
    out = json.loads(r.out)["servers"]["book"]
    assert r.code == 0 and out == {"sent": 2, "received": 0, "deleted": 0, "conflicts": 0, "requests": p.count(),
                                   "error": None}
    p.clear()
    r = commons("--json", "sync", "book")
    out = json.loads(r.out)["servers"]["book"]
    assert r.code == 0 and out["sent"] == 0 and out["requests"] == p.count() <= 2
    with Vault.open(path, key=vault_key) as v:
        people = People(v)
        (emilie,) = [i for i in people.ids() if people.get(i).given == "Émilie"]
        people.update_fields(emilie, {"family": "Dupré-Ici"})
    edit_there(radicale, book, emilie, "Dupré", "Dupré-Là")
    p.clear()
    r = commons("--json", "sync", "book")
    out = json.loads(r.out)["servers"]["book"]
    assert r.code == 0 and out["received"] == 1 and out["conflicts"] == 1 and out["requests"] == p.count()
    listed = commons("conflicts", "list")
    assert listed.code == 0 and f"conflict: person {emilie} family" in listed.out
    assert "Dupré-Ici" in listed.out and "Dupré-Là" in listed.out
    assert "server book" in listed.out   # who set the other value: the contacts server, by its name
