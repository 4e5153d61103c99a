"""Imports of 100,000 people into a copy of the federation, matching by email (create-only: people already
there are skipped), the way the CLI and the desktop run them: read the file, preview (match, validate, plan),
then write the plan in one transaction. Each against its floor in the same run: the bare parse of the same
file (``csv.reader``; for vCard a plain streaming line reader, bench/vcard_floor.py, no vCard library) plus the rows
the import wrote, written again with bare sqlcipher3 ``executemany`` into another copy of the federation."""

from __future__ import annotations

import csv
import io

from commons_desktop.exchange.plan import ImportOptions
from commons_desktop.services import imports

from . import exchange_data as xd
from . import vcard_floor
from .registry import Row, measurement
from .timing import now, timed

OPTIONS = ImportOptions(match=("email",), mode="create")


def _import(ctx, name: str, data: bytes, fmt: str) -> dict:
    """Run one import into a fresh copy of the federation; the phases' seconds and the rows it added."""
    path = xd.federation_copy(ctx, f"import-{name}")
    vault = xd.open_copy(ctx, path)
    try:
        before = xd.high_marks(vault.conn)
        start = now()
        source = imports.read(vault, data, fmt=fmt)
        read = now()
        report = imports.preview(vault, source, OPTIONS)
        planned = now()
        done = imports.apply(vault, source, OPTIONS, preview=report)
        written = now()
        rows, columns = xd.rows_added(vault.conn, before)
    finally:
        vault.close()
        xd.remove(path)
    return {"read": read - start, "preview": planned - read, "write": written - planned, "total": written - start,
            "created": done.created, "skipped": done.skipped, "errors": len(done.errors), "rows": rows,
            "columns": columns}


def _bare_write(ctx, name: str, rows: dict, columns: dict) -> float:
    path = xd.federation_copy(ctx, f"import-{name}-bare")
    try:
        return xd.write_bare(path, ctx.key_hex, rows, columns)
    finally:
        xd.remove(path)


def _rows(ctx, label: str, name: str, data: bytes, fmt: str, parse, parse_label: str, target: str) -> list[Row]:
    got = _import(ctx, name, data, fmt)
    parse_s = timed(lambda: parse(data))
    write_s = _bare_write(ctx, name, got.pop("rows"), got.pop("columns")) if got["created"] else 0.0
    floor = parse_s + write_s
    count = ctx.sizes["people"]
    extra = {k: v for k, v in got.items() if k not in ("read", "preview", "write", "total")}
    extra.update({"file MB": round(len(data) / 1e6, 1), "floor parse s": round(parse_s, 3),
                  "floor write s": round(write_s, 3)})
    met = got["total"] <= 2 * floor
    if target.startswith("< 20 s") and count >= 100_000:
        met = met and got["total"] < 20
    return [
        Row(f"import {count:,} people from {label}, match by email (read + preview + write)", got["total"], "s",
            floor, f"bare {parse_label} + bare sqlcipher3 executemany of the rows it wrote", target, met, extra=extra),
        Row(f"  {label} import: read the file", got["read"], "s", parse_s, f"bare {parse_label}"),
        Row(f"  {label} import: preview (match, validate, plan)", got["preview"], "s"),
        Row(f"  {label} import: write (one transaction)", got["write"], "s", write_s or None,
            "bare sqlcipher3: 1 transaction, 1 executemany per table"),
    ]


def _parse_csv(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def _parse_vcard(data: bytes) -> list:
    with io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline="") as stream:
        return vcard_floor.read(stream)


@measurement("import csv")
def measure_csv(ctx) -> list[Row]:
    return (_rows(ctx, "CSV (contact columns)", "csv-contacts", xd.csv_file(ctx, contacts_only=True), "csv",
                  _parse_csv, "csv.reader", "< 20 s, within 2x of floor")
            + _rows(ctx, "CSV (every column)", "csv-full", xd.csv_file(ctx), "csv", _parse_csv, "csv.reader",
                    "within 2x of floor"))


@measurement("import vcard")
def measure_vcard(ctx) -> list[Row]:
    try:
        return _rows(ctx, "vCard 4.0", "vcard", xd.vcard_file(ctx), "vcard", _parse_vcard,
                     "plain streaming line reader", "within 2x of floor")
    finally:
        ctx.shared.pop("exchange", None)  # the incoming people and their files: no later row needs them
