"""Issue 11 item 11: an erased person is gone from every table -- the disclosure log included (it keeps that each
disclosure happened, not who it named) -- and from every page of the file and every frame of its WAL, freed ones
included: the raw pages are decrypted with the key, in memory, and searched for the person's name, email, phone,
notes and document."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from commons_desktop.core.model import Contribution, Email, Membership, Person, Phone, Relationship
from commons_desktop.exchange.selection import Selection
from commons_desktop.services import exports
from commons_desktop.vault import tags
from commons_desktop.vault.connection import Vault, VaultKey
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.memberships import Contributions, Memberships
from commons_desktop.vault.people import People
from commons_desktop.vault.relationships import Relationships
from tests.conftest import PASSPHRASE
from tests.vault.raw_pages import find, plaintexts

ROOT = Path(__file__).resolve().parents[2]
TRACES = ["Quixotic", "Zébulon", "zebulon.q@exemple.org", "+32 470 99 88 77", "SECRETNOTEMARKER",
          "DOCUMENTMARKER"]


def test_erasure_leaves_no_trace_in_any_table_page_or_wal_frame(vault_path, vault_key, tmp_path):
    key = VaultKey.from_hex(vault_key)
    with Vault.open(vault_path, key=vault_key) as v:
        people = People(v)
        others = people.add_many([Person(given=f"Other{i}", family="Neighbour", notes="o" * 300)
                                  for i in range(200)])
        him = people.add(Person(given="Zébulon", family="Quixotic", emails=[Email("zebulon.q@exemple.org")],
                                phones=[Phone("+32 470 99 88 77")], notes="SECRETNOTEMARKER " * 400))
        tags.add_tag(v, "bureau", [him.id, others[0]])
        Memberships(v).add(Membership(him.id, "member", "active", date(2024, 1, 1)))
        Contributions(v).add(Contribution(him.id, Decimal("25.00"), "EUR", date(2024, 2, 1), "cheque"))
        Relationships(v).add(Relationship("household", him.id, others[1], "person"))
        Documents(v).add("Letter to Quixotic", b"DOCUMENTMARKER " * 2000, "quixotic-letter.txt", "text/plain",
                         [("person", him.id)])
        out = tmp_path / "out"
        out.mkdir()
        exports.export_file(v, exports.ExportSpec("csv", Selection(search="Quixotic")), out / "quixotic-list.csv")
        exports.export_file(v, exports.ExportSpec("vcard", Selection(ids=[him.id])), out / "zebulon.vcf")
        exports.export_file(v, exports.ExportSpec("csv", Selection(tag="bureau")), out / "bureau.csv")
        people.update(him.id, Person(given="Zébulon", family="Quixotic", notes="SECRETNOTEMARKER changed"))
        people.add_many([Person(given=f"Later{i}", notes="l" * 300) for i in range(100)])
        before = v.conn.execute("SELECT kind, count, fields FROM disclosure ORDER BY rid").fetchall()
    seen = " ".join(find(vault_path, key, TRACES))
    assert [t for t in TRACES if repr(t) not in seen] == [], "the test did not put every trace in the pages"

    env = dict(os.environ, PYTHONPATH=str(ROOT), COMMONS_PASSPHRASE=PASSPHRASE)
    r = subprocess.run([sys.executable, "-m", "commons_desktop.cli", "--vault", str(vault_path), "person", "erase",
                        him.id, "--yes"], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr

    leftovers = find(vault_path, key, TRACES)
    assert leftovers == [], f"erased data still on disk: {leftovers[:10]}"
    with Vault.open(vault_path, key=vault_key) as v:
        c = v.conn
        assert c.execute("SELECT kind, count, fields FROM disclosure ORDER BY rid").fetchall() == before
        assert c.execute("SELECT count(*) FROM disclosure_record WHERE entity_id = ?", (him.id,)).fetchone()[0] == 0
        destinations = [r[0] for r in c.execute("SELECT destination FROM disclosure ORDER BY rid")]
        assert destinations == ["", "", "bureau.csv"]  # the two that named him are blanked, the other is kept
        for (selection,) in c.execute("SELECT selection FROM disclosure"):
            assert him.id not in selection and "Quixotic" not in json.dumps(json.loads(selection))
        for table in ("person", "membership", "contribution", "relationship", "contact_point", "record_tag",
                      "document_link"):
            dump = " ".join(str(row) for row in c.execute(f"SELECT * FROM {table}"))  # noqa: S608
            assert him.id not in dump and "Quixotic" not in dump, table
        assert c.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert sum(1 for _ in plaintexts(vault_path, key)) > 10  # the scan did read the vault's pages
