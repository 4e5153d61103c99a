"""Exports of the whole federation (100,000 people; the vCard and the bundle also carry its 20,000
organisations, and the bundle everything linked to them) through the same services as the CLI, into a copy
of the federation (an export writes its disclosure log). Floors, in the same run:
- CSV: the same rows read with bare sqlcipher3 SELECTs plus the exported cells written by a bare ``csv.writer``;
- vCard: the same rows read bare plus a plain streaming line writer writing the same people and organisations as
  vCard lines into a file (bench/vcard_floor.py; no vCard library);
- bundle: the same work done by bare tools (within 1.5x), and the ``age`` tool (``age -r RECIPIENT``) encrypting the
  bundle's own plaintext (its signed zip)."""

from __future__ import annotations

import csv
import io
import os
import shutil
import statistics
import subprocess

import pyrage

from commons_desktop.exchange import bundle as bundle_format
from commons_desktop.services import bundles, exports

from . import exchange_data as xd
from . import vcard_floor
from .registry import Row, measurement
from .timing import now, timed

AGE = shutil.which("age") or "/usr/bin/age"
ENCRYPTIONS = 9  # the encryption row times each side this many times (alternated) and compares their medians
READS = {  # what each export reads, as bare SELECTs
    "person": "SELECT * FROM person WHERE deleted IS NULL ORDER BY sort_key, rid",
    "tags": "SELECT rt.entity_id, t.name FROM record_tag rt JOIN tag t ON t.rid = rt.tag_rid ORDER BY t.name",
    "membership": "SELECT * FROM membership WHERE deleted IS NULL",
    "organisation": "SELECT * FROM organisation WHERE deleted IS NULL ORDER BY sort_key, rid",
    "relationship": "SELECT * FROM relationship WHERE deleted IS NULL",
    "documents": "SELECT l.entity_id, v.media_type FROM document_link l JOIN document d ON d.id = l.document_id "
                 "JOIN document_version v ON v.document_id = d.id AND v.number = d.current_version "
                 "WHERE d.deleted IS NULL",
}
CSV_READS = ("person", "tags", "membership")
VCARD_READS = ("person", "tags", "organisation", "relationship", "documents")


def _vault(ctx):
    """One copy of the federation for the export rows (they add disclosure log entries, nothing else)."""
    cache = ctx.shared.setdefault("exports", {})
    if "path" not in cache:
        cache["path"] = xd.federation_copy(ctx, "export")
    return xd.open_copy(ctx, cache["path"])


def _bare_read(ctx, tables) -> float:
    conn = ctx.cipher()
    try:
        return timed(lambda: [conn.execute(READS[t]).fetchall() for t in tables])
    finally:
        conn.close()


def _bare_disclosure(ctx) -> float:
    """The rows the last export wrote to the disclosure log (one disclosure, one row per record carried), written
    again with bare sqlcipher3 into the same copy: one transaction, one executemany, the vault's pragmas."""
    conn = xd.bare_connection(ctx.shared["exports"]["path"], ctx.key_hex)
    try:
        last = conn.execute("SELECT * FROM disclosure ORDER BY rid DESC LIMIT 1").fetchone()
        rows = conn.execute("SELECT entity, entity_id FROM disclosure_record WHERE disclosure_rid = ?",
                            (last[0],)).fetchall()

        def write() -> None:
            conn.execute("BEGIN IMMEDIATE")
            cur = conn.execute("INSERT INTO disclosure(at, kind, recipients, destination, profile, selection, fields, "
                               "count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", last[1:])
            conn.executemany("INSERT INTO disclosure_record(disclosure_rid, entity, entity_id) VALUES (?, ?, ?)",
                             [(cur.lastrowid, e, i) for e, i in rows])
            conn.execute("COMMIT")
        return timed(write)
    finally:
        conn.close()


def _export(ctx, fmt: str) -> tuple[float, bytes, exports.WhatLeaves]:
    vault = _vault(ctx)
    target = ctx.work / f"export.{fmt}"
    try:
        start = now()
        leaves = exports.export_file(vault, exports.ExportSpec(fmt), target)
        seconds = now() - start
    finally:
        vault.close()
    data = target.read_bytes()
    target.unlink()
    return seconds, data, leaves


@measurement("export csv")
def measure_csv(ctx) -> list[Row]:
    seconds, data, leaves = _export(ctx, "csv")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))

    def write() -> bytes:
        out = io.StringIO(newline="")
        csv.writer(out, lineterminator="\r\n").writerows(rows)
        return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
    writer = timed(write)
    read = _bare_read(ctx, CSV_READS)
    log = _bare_disclosure(ctx)
    floor = read + writer + log
    return [Row(f"export {leaves.people:,} people to CSV (select, read, write, log)", seconds, "s", floor,
                "bare sqlcipher3 SELECTs of the same rows + bare csv.writer of the same cells + bare executemany of "
                "the disclosure rows", "within 2x of floor", seconds <= 2 * floor,
                extra={"floor read s": round(read, 3), "floor csv.writer s": round(writer, 3),
                       "floor disclosure log s": round(log, 3), "file MB": round(len(data) / 1e6, 1),
                       "columns": len(rows[0])})]


@measurement("export vcard")
def measure_vcard(ctx) -> list[Row]:
    seconds, data, leaves = _export(ctx, "vcard")
    vault = _vault(ctx)
    try:
        collected = exports.gather(vault, exports.ExportSpec("vcard"))
        # the export reads its records as it writes them; the floor's writer gets them read already
        collected.people, collected.organisations = list(collected.people), list(collected.organisations)
    finally:
        vault.close()
    target = ctx.work / "floor.vcf"

    def write(data) -> None:
        with open(target, "w", encoding="utf-8", newline="") as out:
            vcard_floor.write(data, out)
    serialise = timed(lambda: write(collected))
    floor_mb = target.stat().st_size / 1e6
    target.unlink()
    collected = None  # (freed before the bare reads)
    read = _bare_read(ctx, VCARD_READS)
    log = _bare_disclosure(ctx)
    floor = read + serialise + log
    return [Row(f"export {leaves.people:,} people + {leaves.organisations:,} organisations to vCard 4.0", seconds,
                "s", floor, "bare sqlcipher3 SELECTs of the same rows + a plain streaming line writer of the same "
                "cards + bare executemany of the disclosure rows", "within 2x of floor", seconds <= 2 * floor,
                extra={"floor read s": round(read, 3), "floor line writer s": round(serialise, 3),
                       "floor disclosure log s": round(log, 3), "file MB": round(len(data) / 1e6, 1),
                       "floor file MB": round(floor_mb, 1)})]


BUNDLE_READS = {  # what a bundle of everything reads, as bare SELECTs (documents: their current content too)
    "person": READS["person"], "organisation": READS["organisation"], "tags": READS["tags"],
    "relationship": READS["relationship"], "membership": READS["membership"],
    "contribution": "SELECT * FROM contribution WHERE deleted IS NULL",
    "documents": "SELECT d.*, v.*, (SELECT group_concat(l.entity_id) FROM document_link l WHERE l.document_id = d.id) "
                 "FROM document d JOIN document_version v ON v.document_id = d.id AND v.number = d.current_version "
                 "WHERE d.deleted IS NULL",
}


def _bare_bundle(ctx, plaintext: bytes, recipient: str) -> dict[str, float]:
    """The same work as a bundle, done by bare tools: the bare SELECTs of what it carries, the stdlib json encoder
    writing the same records (parsed back from the bundle, untimed) in one call, zipfile deflating the same entries
    (level 6, as the bundle), an Ed25519 signature of the manifest, and the age tool encrypting the zip."""
    import json
    import zipfile

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    with zipfile.ZipFile(io.BytesIO(plaintext)) as zf:
        entries = {name: zf.read(name) for name in zf.namelist()}
    records = json.loads(entries["records.json"])
    conn = ctx.cipher()
    try:
        read = timed(lambda: [conn.execute(BUNDLE_READS[t]).fetchall() for t in BUNDLE_READS])
    finally:
        conn.close()
    encoded: dict[str, bytes] = {}
    serialise = timed(lambda: encoded.update(records=json.dumps(records, ensure_ascii=False).encode("utf-8")))
    entries["records.json"] = encoded["records"]
    key = Ed25519PrivateKey.generate()
    sign = timed(lambda: key.sign(entries["manifest.json"]))
    out = io.BytesIO()

    def deflate() -> None:
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for name, data in entries.items():
                zf.writestr(name, data)
    pack = timed(deflate)
    source = ctx.work / "bundle-plaintext.zip"
    source.write_bytes(out.getvalue())
    try:
        with open(source, "rb") as fh:
            age = timed(lambda: subprocess.run([AGE, "-r", recipient, "-o", "/dev/null"], stdin=fh, check=True))
    finally:
        source.unlink()
    return {"read": read, "json": serialise, "sign": sign, "zip": pack, "age": age}


def _encryptions(ctx, plaintext: bytes, recipient: str) -> tuple[float, float]:
    """The medians of ``ENCRYPTIONS`` timings of the age tool (``age -r``, the plaintext from a file, the ciphertext to
    /dev/null) and of the bundle's encryption step (bundle.encrypter: pyrage, the plaintext from memory, the ciphertext
    to /dev/null as age's: into memory it would add ~10-20 ms of fresh pages and copies to our side only) on the same
    plaintext, the two alternated: one timing of a call of 15-30 ms moves by 2x with whatever else the machine does."""
    source = ctx.work / "bundle-plaintext.zip"
    source.write_bytes(plaintext)
    ages: list[float] = []
    ours: list[float] = []

    def age() -> None:
        with open(source, "rb") as fh:
            subprocess.run([AGE, "-r", recipient, "-o", "/dev/null"], stdin=fh, check=True)

    def pyrage_step() -> None:
        with open(os.devnull, "wb", buffering=0) as out:
            bundle_format.encrypter(plaintext, recipients=[recipient])(out)
    try:
        for _ in range(ENCRYPTIONS):
            ages.append(timed(age))
            ours.append(timed(pyrage_step))
    finally:
        source.unlink()
    return statistics.median(ages), statistics.median(ours)


@measurement("export bundle")
def measure_bundle(ctx) -> list[Row]:
    identity = pyrage.x25519.Identity.generate()
    recipient = str(identity.to_public())
    vault = _vault(ctx)
    target = ctx.work / "export.commonsx"
    try:
        start = now()
        written = bundles.write(vault, exports.ExportSpec("bundle"), target, keys=[recipient])
        seconds = now() - start
    finally:
        vault.close()
    plaintext = pyrage.decrypt(target.read_bytes(), [identity])
    size = target.stat().st_size
    target.unlink()
    age, encrypt = _encryptions(ctx, plaintext, recipient)
    bare = _bare_bundle(ctx, plaintext, recipient)
    bare["log"] = _bare_disclosure(ctx)
    floor = sum(bare.values())
    counts = written.leaves.to_json()
    extra = {k: v for k, v in counts.items() if isinstance(v, int)}
    extra.update({"plaintext MB": round(len(plaintext) / 1e6, 1), "bundle MB": round(size / 1e6, 1),
                  **{f"floor {k} s": round(v, 3) for k, v in bare.items()}})
    return [
        Row(f"export bundle of {written.leaves.people:,} people + everything linked (gather, JSON, zip, sign, "
            "encrypt)", seconds, "s", floor, "bare SELECTs + stdlib json + zipfile + Ed25519 + age -r + bare "
            "disclosure rows, the same records and files", "within 1.5x of floor", seconds <= 1.5 * floor,
            extra=extra),
        Row("  bundle: the encryption step alone (pyrage, X25519; to /dev/null as age)", encrypt, "s", age,
            "age -r RECIPIENT, the same plaintext to /dev/null (median of 9, alternated)", "within 2x of floor",
            encrypt <= 2 * age),
        Row("  bundle: against the age tool alone (the floor the issue names)", seconds, "s", age,
            "age -r RECIPIENT encrypting the same plaintext (the signed zip; median of 9)"),
    ]
