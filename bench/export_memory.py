"""Peak memory of every export and import of the whole federation (issue 16: "Every export and import streams: peak
RSS <= 200 MB for any of them at 100,000 people (CSV, vCard, JSON, bundle, spreadsheet)"). Each one runs in a process
of its own (``python -m bench.export_memory FORMAT VAULT KEY FILE``, through the same services as the CLI, into a copy
of the federation), and its peak resident set is read from the kernel as it ends (``VmHWM`` of /proc/self/status:
the high-water mark of its own memory; not ``ru_maxrss``, which a process started from this one inherits: Linux keeps
the parent's peak across fork and exec), so what this bench process already holds never counts. The imports read
the incoming files of the import rows (bench/exchange_data.py: people new to the federation and people it already
has)."""

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
IMPORTS = ("csv", "vcard")


def _child(what: str, vault_path: str, key_hex: str, file: str) -> None:
    """One export (``export:FORMAT``) or import (``import:FORMAT``) in this process."""
    from commons_desktop.exchange.plan import ImportOptions
    from commons_desktop.services import bundles, exports, imports
    from commons_desktop.vault.connection import Vault

    kind, fmt = what.split(":", 1)
    vault = Vault.open(Path(vault_path), key=key_hex, device="bench", author="bench")
    try:
        if kind == "import":
            source = imports.read(vault, Path(file).read_bytes(), fmt=fmt)
            options = ImportOptions(match=("email",), mode="create")
            imports.apply(vault, source, options, preview=imports.preview(vault, source, options))
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


def peak_mb(what: str, vault: Path, key_hex: str, file: Path) -> float:
    """The peak RSS (MB) of one export or import run in a new process; an error if it fails."""
    done = subprocess.run([sys.executable, "-m", "bench.export_memory", what, str(vault), key_hex, str(file)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        raise RuntimeError(f"{what} failed: {err or done.returncode}")
    return int(done.stdout.split()[-1]) / 1024  # KiB


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
    for fmt, data in (("csv", xd.csv_file(ctx)), ("vcard", xd.vcard_file(ctx))):
        path = xd.federation_copy(ctx, "import-memory")
        incoming = ctx.work / f"import-memory.{fmt}"
        incoming.write_bytes(data)
        try:
            mb = peak_mb(f"import:{fmt}", path, ctx.key_hex, incoming)
        finally:
            incoming.unlink(missing_ok=True)
            xd.remove(path)
        rows.append(Row(f"peak RSS: import {people:,} people from {fmt} (a process of its own)", mb, "MB", None, "",
                        TARGET, mb <= TARGET_MB, extra={"file MB": round(len(data) / 1e6, 1)}))
    return rows


if __name__ == "__main__":
    _child(*sys.argv[1:5])
