"""What the import and export rows work on: the incoming people (seeded, as a spreadsheet or address book of
another tool would hold them), their CSV and vCard files, copies of the federation to import into, and the
rows an operation added to a vault (read back to write them again bare, for the floors)."""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import sqlcipher3

from commons_desktop.core.model import Membership, Person
from commons_desktop.exchange import csv_io, csv_people, identity, sheet_write
from commons_desktop.exchange.collect import Collected
from commons_desktop.exchange.plan import ImportOptions
from commons_desktop.exchange.vcard_write import write_cards
from commons_desktop.services import bundles, demo_data, exports, imports
from commons_desktop.vault import exchange_store
from commons_desktop.vault.connection import Vault

KNOWN_EVERY = 10  # every 10th incoming person carries an email address the federation already holds
CSV_FIELDS = ("given", "family", "emails", "phones", "addresses", "birth_date", "languages", "notes", "consents",
              "tags", "membership")
CONTACT_FIELDS = ("given", "family", "emails", "phones", "addresses", "birth_date")
EXTRA_COLUMNS = ("contribution_amount", "contribution_date")  # a dues column, as Galette and spreadsheets have
# tables an import writes to, with the column that grows with every new row (rowid for those without rid/seq)
GROWING = {"person": "rid", "person_fts": "rowid", "organisation": "rid", "organisation_fts": "rowid",
           "contact_point": "rowid", "change_log": "seq", "tag": "rid", "membership": "rid", "contribution": "rid",
           "relationship": "rid"}
# record_tag has no rowid: its new rows are those of new records
NEW_TAGS = ("SELECT tag_rid, entity, entity_id FROM record_tag "
            "WHERE entity_id IN (SELECT id FROM person WHERE rid > ?) "
            "OR entity_id IN (SELECT id FROM organisation WHERE rid > ?) ORDER BY tag_rid, entity, entity_id")


def _cache(ctx) -> dict:
    return ctx.shared.setdefault("exchange", {})


def incoming(ctx) -> tuple[list[Person], list[Membership | None], list[str]]:
    """(people, their membership or None, their contribution amount or ''), seeded. Their email addresses are new
    (numbered from 1,000,000, the federation's end below 100,000) except every KNOWN_EVERY-th person's first one,
    which is an address of a person already in the federation, with that person's names and birth date: those rows
    match (the same person: a row with another name would be another person sharing the address, see
    exchange/same_person.py)."""
    cache = _cache(ctx)
    if "people" in cache:
        return cache["people"]
    count, rng = ctx.sizes["people"], ctx.rng("incoming")
    known = _known_emails(ctx, count // KNOWN_EVERY + 1)
    people, memberships, dues = [], [], []
    for n in range(count):
        p = demo_data.person(rng, 1_000_000 + n)
        p.tags = demo_data.person_tags(rng)
        if n % KNOWN_EVERY == 0 and known:
            p.emails[0].address, p.given, p.family, p.birth_date = known[(n // KNOWN_EVERY) % len(known)]
        membership = None
        if rng.random() < 0.3:
            start = demo_data.ANCHOR - timedelta(days=rng.randrange(30, 3000))
            end = start + timedelta(days=365)
            membership = Membership("", "member", "active" if end >= demo_data.ANCHOR else "lapsed", start, end)
        people.append(p)
        memberships.append(membership)
        dues.append(f"{rng.choice((10, 15, 20, 25, 30))},00 €" if membership and rng.random() < 0.7 else "")
    cache["people"] = (people, memberships, dues)
    return cache["people"]


def _known_emails(ctx, count: int) -> list[tuple]:
    """(email, given, family, birth date) of people already in the federation."""
    conn = ctx.cipher()
    try:
        return [(email, given, family, date.fromisoformat(birth) if birth else None) for email, given, family, birth
                in conn.execute(
            "SELECT c.value, p.given, p.family, p.birth_date FROM contact_point c JOIN person p ON p.id = c.entity_id "
            "WHERE c.entity = 'person' AND c.kind = 'email' ORDER BY c.rowid LIMIT ?", (count,))]
    finally:
        conn.close()


def csv_file(ctx, *, contacts_only: bool = False) -> bytes:
    """The incoming people as a spreadsheet, ``;``-separated, UTF-8 with a BOM, no id column (another tool's ids
    mean nothing here). Every column: the app's own CSV export columns (emails and phones with their types,
    address, birth date, languages, notes, consents, tags, membership) and a dues amount and date, as Galette
    and association spreadsheets have. ``contacts_only``: given, family, email, email2, phone, street, postcode,
    city, country, birth_date: a plain contact list."""
    cache, key = _cache(ctx), ("csv", contacts_only)
    if key not in cache:
        _make_files(ctx)
    return cache[key]


def _make_files(ctx) -> None:
    """The three files at once; then the incoming Person objects are dropped (the rows that follow only read the
    files, and a smaller heap keeps the bench process closer to the app's)."""
    cache = _cache(ctx)
    for contacts_only in (True, False):
        key = ("csv", contacts_only)
        people, memberships, dues = incoming(ctx)
        if contacts_only:
            cols = [c for c in csv_people.columns_for(people, CONTACT_FIELDS)
                    if not c.endswith("_type") and c != "region"]
            rows = (csv_people.person_cells(p, cols) for p in people)
            cache[key] = csv_io.write_table(cols, rows, delimiter=";")
        else:
            cols = csv_people.columns_for(people, CSV_FIELDS)
            rows = (csv_people.person_cells(p, cols, m) + [amount, m.start.isoformat() if amount else ""]
                    for p, m, amount in zip(people, memberships, dues, strict=True))
            cache[key] = csv_io.write_table([*cols, *EXTRA_COLUMNS], rows, delimiter=";")
    cache["vcard"] = write_cards(Collected(people=incoming(ctx)[0]), "4.0")
    del cache["people"]


def vcard_file(ctx) -> bytes:
    """The incoming people as one vCard 4.0 address book (the app's own writer: N, FN, EMAIL, TEL, ADR, BDAY...)."""
    cache = _cache(ctx)
    if "vcard" not in cache:
        _make_files(ctx)
    return cache["vcard"]


def sheet_file(ctx, fmt: str) -> bytes:
    """The every-column CSV's table (the same header and cells) as an .ods or .xlsx spreadsheet, written by the
    app's own sheet writer (exchange/sheet_write.py: every cell typed as text, as its exports are)."""
    cache = _cache(ctx)
    if fmt not in cache:
        text = csv_file(ctx).decode("utf-8-sig")
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
        header = next(reader)
        out = io.BytesIO()
        sheet_write.writer(fmt, header, reader)(out)
        cache[fmt] = out.getvalue()
    return cache[fmt]


SENDER_PASSPHRASE = "another group's bench passphrase"


def sender_vault(ctx) -> Vault:
    """Another group's vault (its own identity), holding the incoming people: the every-column CSV imported into a
    new vault through the app's own import (services.imports), made once; opened again each time asked for."""
    cache = _cache(ctx)
    path = ctx.work / "sender.commons"
    if "sender key" not in cache:
        vault = Vault.create(path, SENDER_PASSPHRASE, name="Partner group", device="bench", author="bench")
        try:
            identity.ensure(vault)
            source = imports.read(vault, csv_file(ctx), fmt="csv")
            options = ImportOptions(match=("email",), mode="create")
            imports.apply(vault, source, options, preview=imports.preview(vault, source, options))
            cache["sender key"] = vault.key.hex
        finally:
            vault.close()
    return Vault.open(path, key=cache["sender key"], device="bench", author="bench")


def json_file(ctx) -> Path:
    """The incoming people as the app's JSON export (services.exports) of the other group's vault."""
    cache = _cache(ctx)
    if "json" not in cache:
        path = ctx.work / "incoming.json"
        vault = sender_vault(ctx)
        try:
            exports.export_file(vault, exports.ExportSpec("json"), path)
        finally:
            vault.close()
        cache["json"] = path
    return cache["json"]


def bundle_file(ctx, receiver: Path, out: Path) -> str:
    """An exchange bundle of everything the other group's vault holds (the incoming people), written by that group
    (services.bundles.write) to the group of the vault at ``receiver`` (a copy of the federation, given an identity
    if it has none, as opening a bundle would), which it knows as a partner. Returns the sender's fingerprint: what
    the receiving side accepts it by, as a new partner."""
    vault = Vault.open(receiver, key=ctx.key_hex, device="bench", author="bench")
    try:
        card = identity.card_of(identity.ensure(vault))
    finally:
        vault.close()
    sender = sender_vault(ctx)
    try:
        name = f"federation {card.fingerprint[:12]}"
        if not any(p.fingerprint == card.fingerprint for p in exchange_store.partners(sender)):
            exchange_store.add_partner(sender, name, card.group_id, card.recipient, card.signing_key,
                                       card.fingerprint)
        bundles.write(sender, exports.ExportSpec("bundle"), out, partners=[name])
        return identity.card_of(identity.ensure(sender)).fingerprint
    finally:
        sender.close()


def federation_copy(ctx, name: str) -> Path:
    """A fresh copy of the federation vault (its WAL was checkpointed when it was closed)."""
    path = ctx.work / f"{name}.commons"
    shutil.copyfile(ctx.vault_path, path)
    return path


def remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)


def open_copy(ctx, path: Path) -> Vault:
    return Vault.open(path, key=ctx.key_hex, device="bench", author="bench")


def high_marks(conn) -> dict[str, int]:
    return {t: conn.execute(f"SELECT coalesce(max({c}), 0) FROM {t}").fetchone()[0]  # noqa: S608
            for t, c in GROWING.items()}


def rows_added(conn, before: dict[str, int]) -> tuple[dict[str, list[tuple]], dict[str, list[str]]]:
    """Every row added since ``before`` (high_marks), per table, with the column names to insert them again."""
    rows, columns = {}, {}
    for table, col in GROWING.items():
        if table.endswith("_fts"):
            names = ["rowid", "body"]
        else:
            names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            names = (["rowid"] if col == "rowid" else []) + names
        select = ", ".join(names)
        found = conn.execute(f"SELECT {select} FROM {table} WHERE {col} > ? ORDER BY {col}",  # noqa: S608
                             (before[table],)).fetchall()
        if found:
            rows[table], columns[table] = found, names
    tagged = conn.execute(NEW_TAGS, (before["person"], before["organisation"])).fetchall()
    if tagged:
        rows["record_tag"], columns["record_tag"] = tagged, ["tag_rid", "entity", "entity_id"]
    return rows, columns


def bare_connection(path: Path, key_hex: str) -> sqlcipher3.Connection:
    """A bare sqlcipher3 connection with the vault's pragmas (WAL, synchronous FULL, 32 MB cache...)."""
    from .bulk_insert import PRAGMAS, _cipher
    conn = _cipher(path, key_hex)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


def write_bare(path: Path, key_hex: str, rows: dict[str, list[tuple]], columns: dict[str, list[str]],
               *, plain: bool = False) -> float:
    """Seconds to write these rows with bare sqlcipher3 (or stdlib sqlite3 on an unencrypted file): the vault's
    pragmas, one transaction, one executemany per table."""
    from .bulk_insert import _write_bare  # the same loop the bulk-insert floor times
    if plain:
        conn = sqlite3.connect(str(path), isolation_level=None)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    try:
        return _write_bare(conn, rows, columns)
    finally:
        conn.close()
