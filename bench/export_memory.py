"""Peak memory of every export and import of the whole federation (issue 16: "Every export and import streams: peak
RSS <= 200 MB for any of them at 100,000 people (CSV, vCard, JSON, bundle, spreadsheet)"). Each one runs in a process
of its own (``python -m bench.export_memory FORMAT VAULT KEY FILE``, through the same services as the CLI, into a copy
of the federation), and its peak resident set is read from the kernel as it ends (``VmHWM`` of /proc/self/status:
the high-water mark of its own memory; not ``ru_maxrss``, which a process started from this one inherits: Linux keeps
the parent's peak across fork and exec), so what this bench process already holds never counts. The imports read
the incoming people of the import rows (bench/exchange_data.py: people new to the federation and people it already
has), as a file opened the way ``commons import`` opens it: the CSV and vCard files of the import rows; the
every-column CSV's table as .ods and .xlsx (the app's sheet writer); the JSON export and an exchange bundle of
another group's vault holding them (the bundle written by that group to this federation's group and accepted by
its fingerprint as a new partner: services.bundles open_bundle, preview, apply)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyrage

from . import exchange_data as xd
from .registry import Row, measurement

TARGET_MB = 200
TARGET = "peak RSS ≤ 200 MB for any of them at 100,000 people"
EXPORTS = ("csv", "ods", "xlsx", "vcard 4.0", "vcard 3.0", "json", "bundle")
IMPORTS = ("csv", "vcard", "json", "ods", "xlsx", "bundle")


def _child(what: str, vault_path: str, key_hex: str, file: str, accept: str = "") -> None:
    """One export (``export:FORMAT``) or import (``import:FORMAT``) in this process. An import reads the file as
    ``commons import FILE`` does (services.input_files.InputFile, its format guessed from it; a bundle accepted by
    the sender's fingerprint ``accept``)."""
    from commons_desktop.exchange.limits import DEFAULT
    from commons_desktop.exchange.plan import ImportOptions
    from commons_desktop.services import bundles, exports, imports
    from commons_desktop.services.input_files import InputFile
    from commons_desktop.vault.connection import Vault

    kind, fmt = what.split(":", 1)
    vault = Vault.open(Path(vault_path), key=key_hex, device="bench", author="bench")
    try:
        if kind == "import":
            options = ImportOptions(match=("email",), mode="create")
            with InputFile(file, DEFAULT.file_bytes) as data:
                if imports.guess_format(data, file) == "bundle":
                    got = bundles.open_bundle(vault, data.read(), accept_sender=accept)
                    done = bundles.apply(vault, got, options, preview=bundles.preview(vault, got, options))
                else:
                    source = imports.read(vault, data, name=file)
                    done = imports.apply(vault, source, options, preview=imports.preview(vault, source, options))
            print(done.created, done.updated)
        elif fmt == "bundle":
            recipient = str(pyrage.x25519.Identity.generate().to_public())
            bundles.write(vault, exports.ExportSpec("bundle"), file, keys=[recipient])
        else:
            version = "3.0" if fmt == "vcard 3.0" else "4.0"
            exports.export_file(vault, exports.ExportSpec(fmt.split()[0], vcard_version=version), file)
    finally:
        vault.close()
    print(_high_water_kb())


def _high_water_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def peak_mb(what: str, vault: Path, key_hex: str, file: Path, accept: str = "") -> float:
    """The peak RSS (MB) of one export or import run in a new process; an error if it fails."""
    return run_child(what, vault, key_hex, file, accept)[0]


def run_child(what: str, vault: Path, key_hex: str, file: Path, accept: str = "") -> tuple[float, list[int]]:
    """(the peak RSS in MB, the people an import created and updated) of one export or import run in a new
    process; an error if it fails."""
    done = subprocess.run([sys.executable, "-m", "bench.export_memory", what, str(vault), key_hex, str(file), accept],
                          capture_output=True, check=False)
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        raise RuntimeError(f"{what} failed: {err or done.returncode}")
    printed = [int(n) for n in done.stdout.split()]
    return printed[-1] / 1024, printed[:-1]  # KiB


@measurement("export memory")
def measure(ctx) -> list[Row]:
    people = ctx.sizes["people"]
    rows = []
    for fmt in EXPORTS:
        path = xd.federation_copy(ctx, "export-memory")
        target = ctx.work / "export-memory.out"
        try:
            mb = peak_mb(f"export:{fmt}", path, ctx.key_hex, target)
            size = target.stat().st_size / 1e6
        finally:
            target.unlink(missing_ok=True)
            xd.remove(path)
        rows.append(Row(f"peak RSS: export {people:,} people to {fmt} (a process of its own)", mb, "MB", None, "",
                        TARGET, mb <= TARGET_MB, extra={"file MB": round(size, 1)}))
    for fmt in IMPORTS:
        path = xd.federation_copy(ctx, "import-memory")
        incoming = ctx.work / f"import-memory.{'vcf' if fmt == 'vcard' else 'commonsx' if fmt == 'bundle' else fmt}"
        try:
            accept = _incoming(ctx, fmt, path, incoming)
            size = incoming.stat().st_size / 1e6
            mb, (created, updated) = run_child(f"import:{fmt}", path, ctx.key_hex, incoming, accept)
        finally:
            incoming.unlink(missing_ok=True)
            xd.remove(path)
        rows.append(Row(f"peak RSS: import {people:,} people from {fmt} (a process of its own)", mb, "MB", None, "",
                        TARGET, mb <= TARGET_MB,
                        extra={"file MB": round(size, 1), "created": created, "updated": updated}))
    return rows


def _incoming(ctx, fmt: str, vault: Path, file: Path) -> str:
    """Write the incoming file of ``fmt`` (for the vault at ``vault``); a bundle's sender fingerprint, else ''."""
    if fmt == "bundle":
        return xd.bundle_file(ctx, vault, file)
    if fmt == "json":
        file.write_bytes(xd.json_file(ctx).read_bytes())
    elif fmt in ("ods", "xlsx"):
        file.write_bytes(xd.sheet_file(ctx, fmt))
    else:
        file.write_bytes(xd.csv_file(ctx) if fmt == "csv" else xd.vcard_file(ctx))
    return ""


if __name__ == "__main__":
    _child(*sys.argv[1:6])
