"""What the numbers were measured on."""

from __future__ import annotations

import datetime
import os
import platform
import sqlite3

import sqlcipher3


def _cpu() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram() -> str:
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            kib = int(fh.readline().split()[1])
        return f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        return "unknown"


def describe() -> dict[str, str]:
    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    cipher_sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    conn.close()
    return {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpus (nproc)": str(os.cpu_count()),
        "cpu": _cpu(),
        "ram": _ram(),
        "python": platform.python_version(),
        "sqlcipher": f"{cipher} (SQLite {cipher_sqlite}, sqlcipher3 wheel)",
        "stdlib sqlite3": sqlite3.sqlite_version,
        "os": platform.platform(),
    }
