"""Hostile input files against the real `commons` command: the peak memory (RSS) and the seconds each run took,
its exit code and its error line. Not part of `bench.run` (a full run writes about 1.2 GB of files and takes
minutes); run it by itself:

    python -m bench.hostile                   # every case, files in a temporary folder
    python -m bench.hostile --only csv-binary --only json-1m-people
    python -m bench.hostile --scale 0.1       # smaller files (a tenth of the rows and bytes)

Each case runs in its own process (the `commons` command's main, through ``--child``); the peak RSS is the
child's own high-water mark (``VmHWM`` of /proc/self/status, written by the child as it exits; not ``wait4``'s
ru_maxrss, which a process inherits from its parent across fork and exec, so a small case would read this
bench's own peak; a case killed at its timeout has no VmHWM and shows ru_maxrss, marked "≥"), so it covers
reading the file, checking it and, for accepted files, planning the import (always ``--dry-run``: nothing is
written). A case that runs longer than ``--timeout`` seconds is killed and shown
as such. The issue 11 figures (before/after) are in README.md's reliability section."""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import os
import random
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

PASSPHRASE = "hostile bench"
MB = 1024 * 1024


def _lines(path: Path, rows: int, make: Callable[[int], bytes], head: bytes = b"") -> None:
    with open(path, "wb") as fh:
        fh.write(head)
        batch: list[bytes] = []
        for n in range(rows):
            batch.append(make(n))
            if len(batch) >= 10_000:
                fh.write(b"".join(batch))
                batch.clear()
        fh.write(b"".join(batch))


def csv_binary(path: Path, scale: float) -> None:
    """44 MB of random bytes cut in 1,000,000 lines (the issue's 'garbage CSV of 1M rows')."""
    rng = random.Random(1)
    _lines(path, int(1_000_000 * scale), lambda n: rng.randbytes(43) + b"\n")


def csv_text_garbage(path: Path, scale: float) -> None:
    """1,000,000 lines of printable junk: text, but no header a person would write and no names."""
    rng = random.Random(2)
    alphabet = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?-_"
    _lines(path, int(1_000_000 * scale), lambda n: bytes(rng.choices(alphabet, k=43)) + b"\n")


def csv_commas(path: Path, scale: float) -> None:
    """One row of 1,000,000 commas after a header."""
    path.write_bytes(b"given,family\n" + b"," * int(1_000_000 * scale) + b"\n")


def csv_big(path: Path, scale: float) -> None:
    """345 MB: 1,000,000 people with a 300-character note each."""
    note = b"x" * 300
    _lines(path, int(1_000_000 * scale),
           lambda n: b"P%d,Family%d,p%d@example.org,%s\n" % (n, n, n, note), b"given,family,email,notes\n")


def csv_mixed(path: Path, scale: float) -> None:
    """UTF-8 lines, then a line in Windows-1252 (the mojibake case)."""
    path.write_bytes("given,family\nZoé,Martin\n".encode() + "Zoé,Dupont\n".encode("cp1252"))


def json_people(path: Path, scale: float) -> None:
    """461 MB: 1,000,000 people in the JSON export format."""
    head = b'{\n "format": "commons-desktop/records",\n "version": 1,\n "people": [\n'
    rng = random.Random(3)

    def person(n: int) -> bytes:
        ident = f"{n:08x}-{n & 0xFFFF:04x}-7{n & 0xFFF:03x}-8{n & 0xFFF:03x}-{rng.getrandbits(48):012x}"
        rec = {"id": ident, "given": f"Given{n}", "family": f"Family{n}", "emails": [
            {"address": f"p{n}@example.org", "kind": "home"}], "phones": [{"number": "+32 470 12 34 56",
                                                                           "kind": "mobile"}],
            "addresses": [{"street": "Rue de la Loi 16", "postcode": "1000", "city": "Bruxelles", "region": "",
                           "country": "Belgique", "kind": "home"}], "notes": "n" * 90, "tags": ["a", "b"]}
        return b"  " + json.dumps(rec).encode() + b",\n"
    count = int(1_000_000 * scale)
    _lines(path, count, person, head)
    with open(path, "ab") as fh:
        fh.write(b'  {"given": "Last", "family": "One"}\n ]\n}\n')


def json_garbage(path: Path, scale: float) -> None:
    """A valid header, then 200 MB of junk where the records should be."""
    rng = random.Random(4)
    with open(path, "wb") as fh:
        fh.write(b'{"format": "commons-desktop/records", "version": 1, "people": [')
        for _ in range(int(200 * scale)):
            fh.write(base64.b64encode(rng.randbytes(3 * MB // 4)))


def json_deep(path: Path, scale: float) -> None:
    """A person nested 10 million lists deep."""
    depth = int(10_000_000 * scale)
    path.write_bytes(b'{"format": "commons-desktop/records", "version": 1, "people": [{"given": ' + b"[" * depth
                     + b"]" * depth + b"}]}")


def vcard_many(path: Path, scale: float) -> None:
    """500,000 vCards (173 MB)."""
    def card(n: int) -> bytes:
        return (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Given%d Family%d\r\nN:Family%d;Given%d;;;\r\n"
                b"EMAIL;TYPE=HOME:p%d@example.org\r\nTEL;TYPE=CELL:+32 470 12 34 56\r\n"
                b"ADR;TYPE=HOME:;;Rue de la Loi 16;Bruxelles;;1000;Belgique\r\nNOTE:%s\r\nEND:VCARD\r\n"
                % (n, n, n, n, n, b"n" * 120))
    _lines(path, int(500_000 * scale), card)


def _repeating(size: int) -> Callable[[Callable[[bytes], None]], None]:
    """Writes ``size`` bytes that deflate about 80:1 (a 16 KB random block, repeated: deflate reaches back 32 KB),
    a megabyte at a time."""
    block = random.Random(5).randbytes(16 * 1024)
    chunk = block * 64

    def feed(write: Callable[[bytes], None]) -> None:
        left = size
        while left > 0:
            write(chunk[:left])
            left -= len(chunk)
    return feed


def _deflated(size: int) -> tuple[bytes, int]:
    """(raw deflate stream of ``size`` repeating bytes, its CRC-32)."""
    comp = zlib.compressobj(1, zlib.DEFLATED, -15)
    out = io.BytesIO()
    crc = 0

    def write(data: bytes) -> None:
        nonlocal crc
        crc = zlib.crc32(data, crc)
        out.write(comp.compress(data))
    _repeating(size)(write)
    out.write(comp.flush())
    return out.getvalue(), crc


def _zip_of(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip of already deflated entries: (name, deflated bytes, CRC-32, uncompressed size)."""
    out = io.BytesIO()
    central = io.BytesIO()
    for name, deflated, crc, size in entries:
        offset = out.tell()
        raw = name.encode()
        out.write(struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(deflated), size, len(raw), 0))
        out.write(raw)
        out.write(deflated)
        central.write(struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 8, 0, 0x21, crc, len(deflated), size,
                                  len(raw), 0, 0, 0, 0, 0o100600 << 16, offset))
        central.write(raw)
    start = out.tell()
    cd = central.getvalue()
    out.write(cd)
    out.write(struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(cd), start, 0))
    return out.getvalue()


def bundle_bomb(path: Path, scale: float, *, signed_by=None, recipient: str = "") -> None:
    """A 16 MB bundle whose zip inflates to 1 GB: four document entries of 250 MB each, every size declared honestly,
    about 80:1 each (under the 200:1 per-entry ratio), encrypted to the vault's own key. Unsigned: the manifest is
    missing; ``signed_by``: a real manifest signed by that identity lists the entries with their true sizes."""
    from commons_desktop.exchange import bundle, identity
    size = int(250 * MB * scale)
    deflated, crc = _deflated(size)
    digest = hashlib.sha256()
    _repeating(size)(digest.update)
    sha = digest.hexdigest()
    entries = [(f"files/{sha[:-1]}{i}", deflated, crc, size) for i in range(4)]
    if signed_by is not None:
        records = b'{"format": "commons-desktop/records", "version": 1}\n'
        card = identity.card_of(signed_by)
        manifest = {"format": bundle.FORMAT, "version": bundle.VERSION, "created": "2026-12-03T00:00:00Z",
                    "sender": {"name": card.name, "group_id": card.group_id, "recipient": card.recipient,
                               "signing_key": card.signing_key, "fingerprint": card.fingerprint},
                    "recipients": [], "sequence": {}, "sender_sequence": 1, "selection": {}, "profile": "",
                    "fields": [], "counts": {}, "tombstones": [],
                    "records": {"path": "records.json", "sha256": hashlib.sha256(records).hexdigest(),
                                "size": len(records)},
                    "files": [{"path": name, "sha256": name[6:], "size": size} for name, *_ in entries]}
        body = json.dumps(manifest, sort_keys=True, indent=1).encode()
        sig = base64.b64encode(identity.sign(signed_by, body)) + b"\n"
        small = []
        for name, data in (("records.json", records), ("manifest.json", body), ("manifest.sig", sig)):
            comp = zlib.compressobj(6, zlib.DEFLATED, -15)
            small.append((name, comp.compress(data) + comp.flush(), zlib.crc32(data), len(data)))
        entries = small + entries
    path.write_bytes(bundle.encrypt(_zip_of(entries), recipients=[recipient]))


CASES: dict[str, tuple[str, Callable[[Path, float], None], str]] = {
    "csv-binary": ("csv", csv_binary, "44 MB of random bytes, 1,000,000 lines"),
    "csv-text-garbage": ("csv", csv_text_garbage, "44 MB of printable junk, 1,000,000 lines"),
    "csv-commas": ("csv", csv_commas, "one row of 1,000,000 commas"),
    "csv-mixed": ("csv", csv_mixed, "UTF-8 and Windows-1252 lines in one file"),
    "csv-345mb": ("csv", csv_big, "345 MB, 1,000,000 people"),
    "json-1m-people": ("json", json_people, "461 MB, 1,000,000 people"),
    "json-garbage": ("json", json_garbage, "a header, then 200 MB of junk"),
    "json-deep": ("json", json_deep, "one person nested 10,000,000 lists deep"),
    "vcard-500k": ("vcf", vcard_many, "500,000 vCards, 173 MB"),
    "bundle-bomb": ("commonsx", bundle_bomb, "16 MB bundle inflating to 1 GB, no signature"),
    "bundle-bomb-signed": ("commonsx", bundle_bomb, "the same, signed by a real sender nobody accepted"),
}


def make_file(name: str, file: str, recipient: str, scale: float) -> None:
    ext, make, _ = CASES[name]
    if ext == "commonsx":
        from commons_desktop.exchange import identity
        signer = identity.generate("Stranger") if name.endswith("signed") else None
        make(Path(file), scale, signed_by=signer, recipient=recipient)  # type: ignore[call-arg]
    else:
        make(Path(file), scale)


def high_water_kb() -> int:
    """This process's peak resident set (KiB): VmHWM, its own (ru_maxrss starts at the parent's)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def _child(report: str, argv: list[str]) -> None:
    """`commons ARGV` in this process; its VmHWM written to ``report`` as it exits (whatever its exit code)."""
    import atexit

    from commons_desktop.cli.main import main as commons
    atexit.register(lambda: Path(report).write_text(str(high_water_kb()), encoding="ascii"))
    raise SystemExit(commons(argv))


def run_case(vault: Path, file: Path, timeout: float) -> tuple[int | str, float, float | str, str]:
    """(exit code or 'killed', seconds, peak RSS in MB (VmHWM; '≥ N' when killed), first stderr line) of `commons
    import FILE --dry-run`."""
    env = dict(os.environ, COMMONS_PASSPHRASE=PASSPHRASE)
    report = file.with_name(file.name + ".hwm")
    report.unlink(missing_ok=True)
    start = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "bench.hostile", "--child", str(report), "--vault", str(vault),
                             "import", str(file), "--dry-run"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=env, start_new_session=True)
    deadline = start + timeout
    killed = False
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline and not killed:
            os.killpg(proc.pid, signal.SIGKILL)
            killed = True
        time.sleep(0.05)
    seconds = time.monotonic() - start
    err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines() if proc.stderr else []
    code: int | str = "killed" if killed else os.waitstatus_to_exitcode(status)
    peak: float | str = int(report.read_text("ascii")) / 1024 if report.exists() else f"≥ {usage.ru_maxrss / 1024:,.0f}"
    report.unlink(missing_ok=True)
    return code, seconds, peak, (err[0] if err else "")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        _child(argv[1], argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", choices=list(CASES))
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--timeout", type=float, default=900)
    parser.add_argument("--keep", metavar="DIR", help="make the files in DIR and keep them")
    parser.add_argument("--make", nargs=3, metavar=("CASE", "FILE", "RECIPIENT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.make:
        make_file(*args.make, args.scale)
        return 0
    from commons_desktop.services import partners
    from commons_desktop.vault.connection import Vault
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="hostile-"))
    folder.mkdir(parents=True, exist_ok=True)
    vault = folder / "bench.commons"
    if not vault.exists():
        Vault.create(vault, PASSPHRASE, name="hostile bench").close()
    with Vault.open(vault, passphrase=PASSPHRASE) as v:
        recipient = partners.show_identity(v)["recipient"]
    print("| case | file | exit | seconds | peak RSS (MB) | stderr |\n|---|---|---:|---:|---:|---|")
    for name in args.only or list(CASES):
        ext, _, what = CASES[name]
        file = folder / f"{name}.{ext}"
        if not file.exists():  # made by another process: a child's peak RSS starts at its parent's
            subprocess.run([sys.executable, "-m", "bench.hostile", "--scale", str(args.scale), "--make", name,
                            str(file), recipient], check=True)
        code, seconds, rss, err = run_case(vault, file, args.timeout)
        size = file.stat().st_size / MB
        shown = rss if isinstance(rss, str) else f"{rss:,.0f}"
        print(f"| {name} | {what} ({size:,.0f} MB) | {code} | {seconds:.1f} | {shown} | {err[:150]} |", flush=True)
    if not args.keep:
        import shutil
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
