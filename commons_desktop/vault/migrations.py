"""Numbered schema migrations, tracked in ``PRAGMA user_version``.

Never edit a released migration: add the next one. Every earlier version has a fixture vault in
tests/fixtures/vaults/ and a test that opens it. Before migrating an existing vault an encrypted
copy is written beside it (``<vault>.backups/``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..core.errors import NewerSchema
from ..core.hlc import HybridClock, Stamp

if TYPE_CHECKING:
    from .connection import Vault

_RECORD_COLUMNS = """
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    clocks TEXT NOT NULL DEFAULT '{}',
    deleted TEXT
"""

V1 = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE person (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    given TEXT NOT NULL DEFAULT '',
    family TEXT NOT NULL DEFAULT '',
    sort_key TEXT NOT NULL DEFAULT '',
    emails TEXT NOT NULL DEFAULT '[]',
    phones TEXT NOT NULL DEFAULT '[]',
    addresses TEXT NOT NULL DEFAULT '[]',
    city TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    languages TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    consents TEXT NOT NULL DEFAULT '[]',
    custom TEXT NOT NULL DEFAULT '{{}}',
    {_RECORD_COLUMNS}
);
CREATE INDEX person_sort ON person(sort_key, rid) WHERE deleted IS NULL;
CREATE INDEX person_city ON person(city) WHERE deleted IS NULL;

CREATE TABLE organisation (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    sort_key TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    emails TEXT NOT NULL DEFAULT '[]',
    phones TEXT NOT NULL DEFAULT '[]',
    addresses TEXT NOT NULL DEFAULT '[]',
    city TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    custom TEXT NOT NULL DEFAULT '{{}}',
    {_RECORD_COLUMNS}
);
CREATE INDEX organisation_sort ON organisation(sort_key, rid) WHERE deleted IS NULL;

-- email and phone values of people and organisations, normalised, for matching and duplicates
CREATE TABLE contact_point (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    value TEXT NOT NULL
);
CREATE INDEX contact_point_value ON contact_point(kind, value);
CREATE INDEX contact_point_owner ON contact_point(entity_id);

CREATE TABLE relationship (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    from_id TEXT NOT NULL REFERENCES person(id),
    to_id TEXT NOT NULL,
    to_entity TEXT NOT NULL CHECK (to_entity IN ('person', 'organisation')),
    role TEXT NOT NULL DEFAULT '',
    start TEXT,
    "end" TEXT,
    {_RECORD_COLUMNS}
);
CREATE INDEX relationship_from ON relationship(from_id);
CREATE INDEX relationship_to ON relationship(to_id);

CREATE TABLE membership (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL REFERENCES person(id),
    type TEXT NOT NULL DEFAULT 'member',
    status TEXT NOT NULL CHECK (status IN ('pending', 'active', 'lapsed', 'resigned', 'honorary')),
    start TEXT,
    "end" TEXT,
    notes TEXT NOT NULL DEFAULT '',
    {_RECORD_COLUMNS}
);
CREATE INDEX membership_person ON membership(person_id);
CREATE INDEX membership_status_end ON membership(status, "end") WHERE deleted IS NULL;

CREATE TABLE contribution (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL REFERENCES person(id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL,
    date TEXT NOT NULL,
    method TEXT NOT NULL,
    kind TEXT NOT NULL,
    period_start TEXT,
    period_end TEXT,
    notes TEXT NOT NULL DEFAULT '',
    {_RECORD_COLUMNS}
);
CREATE INDEX contribution_person ON contribution(person_id, date);
CREATE INDEX contribution_date ON contribution(date);

CREATE TABLE tag (
    rid INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created TEXT NOT NULL
);
CREATE TABLE record_tag (
    tag_rid INTEGER NOT NULL REFERENCES tag(rid) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (tag_rid, entity, entity_id)
) WITHOUT ROWID;
CREATE INDEX record_tag_record ON record_tag(entity_id);

-- append-only, field-grained: the audit history, the undo source, the unit of replication
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY,
    hlc TEXT NOT NULL,
    device TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL,
    fields TEXT
);
CREATE INDEX change_log_record ON change_log(entity_id, seq);
CREATE INDEX change_log_hlc ON change_log(hlc);

-- full-text search: rowid = the record's rid; body is built by vault/search.py
CREATE VIRTUAL TABLE person_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE VIRTUAL TABLE organisation_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
"""

V2 = f"""
CREATE TABLE document (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    current_version INTEGER NOT NULL DEFAULT 0,
    {_RECORD_COLUMNS}
);
CREATE TABLE document_version (
    rid INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES document(id),
    number INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    created TEXT NOT NULL,
    UNIQUE (document_id, number)
);
CREATE TABLE document_link (
    document_id TEXT NOT NULL REFERENCES document(id),
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (document_id, entity, entity_id)
) WITHOUT ROWID;
CREATE INDEX document_link_record ON document_link(entity_id);

CREATE TABLE saved_search (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    query TEXT NOT NULL DEFAULT '',
    filters TEXT NOT NULL DEFAULT '{{}}',
    {_RECORD_COLUMNS}
);

CREATE TABLE custom_field (
    entity TEXT NOT NULL CHECK (entity IN ('person', 'organisation')),
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    type TEXT NOT NULL DEFAULT 'text',
    PRIMARY KEY (entity, key)
) WITHOUT ROWID;

INSERT INTO meta(key, value) VALUES ('document_size_limit', '52428800')
    ON CONFLICT(key) DO NOTHING;
"""

# Exchange (issue 4, exchange helper): group identity, partners, export profiles, disclosure log,
# saved import mappings, and which partner a received record came from.
V3 = """
CREATE TABLE group_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    group_id TEXT NOT NULL,
    name TEXT NOT NULL,
    age_secret TEXT NOT NULL,
    age_recipient TEXT NOT NULL,
    signing_secret BLOB NOT NULL,
    signing_public TEXT NOT NULL,
    sequence INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL
);

CREATE TABLE partner (
    rid INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    group_id TEXT NOT NULL DEFAULT '',
    recipient TEXT NOT NULL,
    signing_public TEXT NOT NULL,
    fingerprint TEXT NOT NULL UNIQUE,
    sent_seq INTEGER NOT NULL DEFAULT 0,
    received_seq INTEGER NOT NULL DEFAULT 0,
    received_global INTEGER NOT NULL DEFAULT 0,
    added TEXT NOT NULL
);

CREATE TABLE export_profile (
    rid INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    selection TEXT NOT NULL DEFAULT '{}',
    fields TEXT NOT NULL DEFAULT '[]',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);

CREATE TABLE disclosure (
    rid INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    recipients TEXT NOT NULL DEFAULT '[]',
    destination TEXT NOT NULL DEFAULT '',
    profile TEXT NOT NULL DEFAULT '',
    selection TEXT NOT NULL DEFAULT '',
    fields TEXT NOT NULL DEFAULT '[]',
    count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE disclosure_record (
    disclosure_rid INTEGER NOT NULL REFERENCES disclosure(rid) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (disclosure_rid, entity_id)
) WITHOUT ROWID;
CREATE INDEX disclosure_record_entity ON disclosure_record(entity_id);

CREATE TABLE import_mapping (
    rid INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    columns TEXT NOT NULL DEFAULT '{}',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);

CREATE TABLE record_origin (
    entity_id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    partner_rid INTEGER NOT NULL REFERENCES partner(rid),
    received TEXT NOT NULL
) WITHOUT ROWID;
"""

# the people list sorts by any column: one index per sort expression of vault/people.py (_ORDER), so a
# page of 100 rows never sorts the whole table (measured: 390 ms a page by city at 100,000 people before)
V4 = """
DROP INDEX IF EXISTS person_city;
CREATE INDEX person_city_sort ON person(city COLLATE NOCASE, rid) WHERE deleted IS NULL;
CREATE INDEX person_given_sort ON person(given COLLATE NOCASE, rid) WHERE deleted IS NULL;
CREATE INDEX person_email_sort ON person(json_extract(emails, '$[0].address'), rid) WHERE deleted IS NULL;
CREATE INDEX person_phone_sort ON person(json_extract(phones, '$[0].number'), rid) WHERE deleted IS NULL;
CREATE INDEX person_updated_sort ON person(updated, rid) WHERE deleted IS NULL;
CREATE INDEX person_created_sort ON person(created, rid) WHERE deleted IS NULL;
"""

# search as you type starts at the first letter: a prefix index for one-letter prefixes too, so that 'l*' reads one
# doclist instead of merging every term that starts with l (measured at 100,000 people: the count of 'l', 52,440
# matches, 14 -> 4 ms; its first page 28 -> 18 ms). The index is rebuilt (the option cannot be altered), which also
# merges its segments. Bodies are copied as they are.
V5 = """
CREATE VIRTUAL TABLE person_fts_v5 USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
INSERT INTO person_fts_v5(rowid, body) SELECT rowid, body FROM person_fts ORDER BY rowid;
DROP TABLE person_fts;
ALTER TABLE person_fts_v5 RENAME TO person_fts;
CREATE VIRTUAL TABLE organisation_fts_v5 USING fts5(body, tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3');
INSERT INTO organisation_fts_v5(rowid, body) SELECT rowid, body FROM organisation_fts ORDER BY rowid;
DROP TABLE organisation_fts;
ALTER TABLE organisation_fts_v5 RENAME TO organisation_fts;
"""

# issue 10 item 5: a member number on people (the association's own number: Galette's num_adh, a union card
# number), '' for none. Unique among live people when set (a tombstoned person's number may be given again; restoring
# them then fails with a typed error); the index also finds a number at once when an import matches on it. The
# list sorts by the number left-padded with zeros (vault/people.py _ORDER), so that 9 comes before 10.
V6 = """
ALTER TABLE person ADD COLUMN member_number TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX person_member_number ON person(member_number) WHERE member_number != '' AND deleted IS NULL;
CREATE INDEX person_member_number_sort ON person(substr('00000000000000000000000000000000000000000000000000'
    || member_number, -50), rid) WHERE deleted IS NULL;
"""

# the change log for replication (docs/changes.md): each change identified by (device, hlc), unique in the log; an
# update also says, per field, the clock of the value it replaced, and what happened to which element of a
# multi-valued field. Before this two connections of one app had a clock each and could stamp the same HLC: each later
# duplicate takes the next stamp free in its millisecond (_unique_changes) before the index is made.
CHANGES_IDENTIFIED = """
ALTER TABLE change_log ADD COLUMN replaced TEXT;
ALTER TABLE change_log ADD COLUMN elements TEXT;
"""
# the index on hlc becomes the unique one on (hlc, device): it still gives max(hlc) and the log in clock order, and
# a bulk write maintains one index of the log's clocks, not two
CHANGES_IDENTIFIED_INDEX = """
DROP INDEX change_log_hlc;
CREATE UNIQUE INDEX change_log_hlc ON change_log(hlc, device);
"""


def _unique_changes(c: Any) -> None:
    groups = c.execute("SELECT device, hlc FROM change_log GROUP BY device, hlc HAVING count(*) > 1").fetchall()
    for device, hlc in groups:
        seqs = [r[0] for r in c.execute("SELECT seq FROM change_log WHERE device = ? AND hlc = ? ORDER BY seq",
                                        (device, hlc))]
        stamp = Stamp.parse(hlc)
        for seq in seqs[1:]:
            while True:
                stamp = Stamp(stamp.wall_ms, stamp.counter + 1) if stamp.counter < HybridClock.MAX_COUNTER \
                    else Stamp(stamp.wall_ms + 1, 0)
                if not c.execute("SELECT 1 FROM change_log WHERE device = ? AND hlc = ?",
                                 (device, str(stamp))).fetchone():
                    break
            c.execute("UPDATE change_log SET hlc = ? WHERE seq = ?", (str(stamp), seq))


def _changes_identified(vault: Vault) -> None:
    c = vault.conn
    _script(c, CHANGES_IDENTIFIED)
    _unique_changes(c)
    _script(c, CHANGES_IDENTIFIED_INDEX)


# issue 13 (servers): the group's servers (a profile each: kind, the export profile it carries, its CA file, the
# remembered confirmation of plain http, its log) and their targets. A target is one (kind, URL, account): changing a
# server's URL or account points it at another target and leaves the old one's state as it was, so that nothing on
# the old server or in the vault is ever deleted for it. sync_item: what this vault last saw at each path of a target
# (the key of the record or document it carries there, the ETag and SHA-256 confirmed, a write sent but not yet
# confirmed, a conflict). Passwords are never here: in the OS keyring (vault/keyring_store.py).
V8 = """
CREATE TABLE sync_target (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('carddav', 'webdav', 'team')),
    url TEXT NOT NULL,
    account TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT '{}',
    created TEXT NOT NULL,
    UNIQUE (kind, url, account)
) WITHOUT ROWID;
CREATE TABLE sync_server (
    rid INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('carddav', 'webdav', 'team')),
    target_id TEXT NOT NULL REFERENCES sync_target(id),
    profile TEXT NOT NULL DEFAULT '',
    ca_file TEXT NOT NULL DEFAULT '',
    plain_http INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    last_run TEXT,
    last_success TEXT,
    last_error TEXT,
    last_status INTEGER,
    auth_failed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sync_item (
    target_id TEXT NOT NULL REFERENCES sync_target(id),
    path TEXT NOT NULL,
    key TEXT NOT NULL,
    etag TEXT,
    sha256 TEXT NOT NULL DEFAULT '',
    pending TEXT,
    conflict INTEGER NOT NULL DEFAULT 0,
    updated TEXT NOT NULL,
    PRIMARY KEY (target_id, path)
) WITHOUT ROWID;
CREATE INDEX sync_item_key ON sync_item(target_id, key);
"""


# counts that are kept, not recounted (issue 16): `info` read 615,000 change-log rows at every run. One row per kind
# of record in record_count, set here from the tables and kept by triggers on every write (whatever the writer: the
# repositories, bulk inserts, erasure, merges, imports, a received change), rolled back with the write. Live records
# only for the kinds with tombstones (a tombstone, a restore, an erasure of a live record move the count).
def _kept_count(kind: str, table: str) -> str:
    change = f"UPDATE record_count SET count = count + {{}} WHERE kind = '{kind}'"
    if table in ("tag", "change_log"):
        return f"""
INSERT INTO record_count(kind, count) SELECT '{kind}', count(*) FROM {table};
CREATE TRIGGER {table}_counted_insert AFTER INSERT ON {table} BEGIN {change.format(1)}; END;
CREATE TRIGGER {table}_counted_delete AFTER DELETE ON {table} BEGIN {change.format(-1)}; END;
"""
    return f"""
INSERT INTO record_count(kind, count) SELECT '{kind}', count(*) FROM {table} WHERE deleted IS NULL;
CREATE TRIGGER {table}_counted_insert AFTER INSERT ON {table} WHEN NEW.deleted IS NULL BEGIN {change.format(1)}; END;
CREATE TRIGGER {table}_counted_delete AFTER DELETE ON {table} WHEN OLD.deleted IS NULL BEGIN {change.format(-1)}; END;
CREATE TRIGGER {table}_counted_update AFTER UPDATE OF deleted ON {table}
    WHEN (OLD.deleted IS NULL) != (NEW.deleted IS NULL)
    BEGIN {change.format("iif(NEW.deleted IS NULL, 1, -1)")}; END;
"""


KEPT_COUNTS = "CREATE TABLE record_count (kind TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;" + "".join(
    _kept_count(kind, table) for kind, table in (
        ("people", "person"), ("organisations", "organisation"), ("relationships", "relationship"),
        ("memberships", "membership"), ("contributions", "contribution"), ("documents", "document"),
        ("saved_searches", "saved_search"), ("tags", "tag"), ("changes", "change_log")))


# issue 12 (merging changes from other laptops, vault/replication.py): what is queued for a person (a conflict: both
# values kept, the one with the greater clock showing; a notice: an edit that undid a delete or kept an element another
# laptop removed), and the changes received before the record they are about (kept until it arrives, then applied).
REPLICATION = """
CREATE TABLE conflict (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('conflict', 'notice')),
    code TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT,
    element TEXT,
    local TEXT,
    remote TEXT,
    local_hlc TEXT,
    remote_hlc TEXT NOT NULL,
    remote_device TEXT NOT NULL,
    created TEXT NOT NULL,
    resolved TEXT,
    resolution TEXT
);
CREATE INDEX conflict_open ON conflict(resolved, id);
CREATE INDEX conflict_record ON conflict(entity_id);
CREATE TABLE parked_change (
    device TEXT NOT NULL,
    hlc TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    change TEXT NOT NULL,
    PRIMARY KEY (device, hlc)
) WITHOUT ROWID;
CREATE INDEX parked_change_record ON parked_change(entity_id);
"""

# one vault-wide list of membership types (issue 15): records of their own (vault/codecs.py MEMBERSHIP_TYPE, their
# changes logged): the id is a stable code (what a membership's ``type`` column holds), with the collective's own
# label, a default fee and a duration in months (0: no end). The free text the memberships held becomes the list, each
# text its own type (code and label alike, the most used first), so nothing is lost and no membership row changes.
# Whatever writes a membership afterwards keeps the list whole (vault/memberships.py, Memberships.after_insert).
TYPES = f"""
CREATE TABLE membership_type (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    fee_minor INTEGER CHECK (fee_minor IS NULL OR fee_minor >= 0),
    currency TEXT NOT NULL DEFAULT 'EUR',
    months INTEGER NOT NULL DEFAULT 12 CHECK (months >= 0),
    position INTEGER NOT NULL DEFAULT 0,
    {_RECORD_COLUMNS}
)
"""


def _membership_types(vault: Vault) -> None:
    """The table, and a type (a 'create' change, through the one change writer) for each text the memberships use."""
    from ..core.model import MembershipType
    from .memberships import MembershipTypes

    c = vault.conn
    _script(c, TYPES)
    used = [r[0] for r in c.execute("SELECT type FROM membership WHERE type <> '' GROUP BY type "
                                    "ORDER BY count(*) DESC, type")]
    MembershipTypes(vault).insert_many([MembershipType(code, None, "EUR", 12, code, n) for n, code in enumerate(used)],
                                       ids=used)


# issue 13 (contacts to CardDAV, two-way): per target, per published record, where its card is (href), the ETag and
# SHA-256 of the card last sent or received, the published fields' values last agreed with the server and their
# clocks (the base of the three-way merge, vault/cards.py), and a write sent whose answer was not seen yet
CARDS = """
CREATE TABLE card_item (
    target_id TEXT NOT NULL REFERENCES sync_target(id),
    entity TEXT NOT NULL CHECK (entity IN ('person', 'organisation')),
    record_id TEXT NOT NULL,
    href TEXT NOT NULL,
    etag TEXT,
    sha256 TEXT NOT NULL DEFAULT '',
    base TEXT NOT NULL DEFAULT '{}',
    clocks TEXT NOT NULL DEFAULT '{}',
    pending TEXT,
    updated TEXT NOT NULL,
    PRIMARY KEY (target_id, record_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX card_item_href ON card_item(target_id, href);
"""


# each step is its place in this list: V6 (member numbers) is schema 6, the change log's step 7; the servers' step,
# named V8, is 8; the kept counts (issue 16) 9; merging's (REPLICATION, issue 12) 10; the team's (TEAM, issue 12) 11;
# the membership types 12; the published cards (CARDS, issue 13) 13; the team's signing keys (TRUST, issue 12) 14
# issue 12 (the team): its id and keys, devices, segments published and applied (vault/team.py)
from .team import SCHEMA as TEAM  # noqa: E402
from .team import TRUST_SCHEMA as TRUST  # noqa: E402

MIGRATIONS: list[str | Callable[[Any], None]] = [V1, V2, V3, V4, V5, V6, _changes_identified, V8, KEPT_COUNTS,
                                                 REPLICATION, TEAM, _membership_types, CARDS, TRUST]
LATEST = len(MIGRATIONS)
CHANGES_VERSION = MIGRATIONS.index(_changes_identified) + 1
SERVERS_VERSION = MIGRATIONS.index(V8) + 1
KEPT_COUNTS_VERSION = MIGRATIONS.index(KEPT_COUNTS) + 1
REPLICATION_VERSION = MIGRATIONS.index(REPLICATION) + 1
TEAM_VERSION = MIGRATIONS.index(TEAM) + 1
TYPES_VERSION = MIGRATIONS.index(_membership_types) + 1
CARDS_VERSION = MIGRATIONS.index(CARDS) + 1
TRUST_VERSION = MIGRATIONS.index(TRUST) + 1


def migrate(vault: Vault, *, backup: bool = True, target: int = LATEST) -> list[int]:
    """Bring the vault to ``target``. Each step is one transaction. Returns the versions applied."""
    current = vault.schema_version
    if current > LATEST:
        raise NewerSchema(current, LATEST)
    if current >= target:
        return []
    if backup and current > 0:
        from .backup import backup_beside

        backup_beside(vault, reason=f"before-schema-{target}")
    applied = []
    for version in range(current + 1, target + 1):
        with vault.transaction() as c:
            step = MIGRATIONS[version - 1]
            if callable(step):  # a step written in Python: it is given the vault (in this transaction)
                step(vault)
            else:
                _script(c, step)
            c.execute(f"PRAGMA user_version = {version:d}")
        applied.append(version)
    return applied


def _script(c: Any, script: str) -> None:
    for statement in _statements(script):
        c.execute(statement)


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (the scripts hold no semicolons inside literals; a trigger's body,
    ``BEGIN ... END``, stays in its CREATE TRIGGER statement)."""
    lines = [ln for ln in script.splitlines() if not ln.strip().startswith("--")]
    out: list[str] = []
    pending = ""
    for part in "\n".join(lines).split(";"):
        pending = f"{pending};{part}" if pending else part
        text = pending.strip()
        if text.upper().startswith("CREATE TRIGGER") and not text.upper().endswith("END"):
            continue  # inside the trigger's body
        if text:
            out.append(text)
        pending = ""
    return out
