"""The desktop app on the federation, offscreen, in a subprocess (so that the bench's own memory is not counted):
commons_desktop.ui.perf_probe, the UI's own probe, on the real widgets. From a raw-key unlock (no KDF) to the
first rows of the people list, a search keystroke to the updated list, and the resident memory after scrolling
the people list from top to bottom one screen at a time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .registry import Row, measurement

ROOT = Path(__file__).resolve().parent.parent


def probe(vault_path: Path, key_hex: str) -> tuple[dict, int, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "bench.desktop_probe", str(vault_path), key_hex], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=1800)
    lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
    if not lines:
        raise RuntimeError(f"desktop probe failed (exit {done.returncode}): {done.stderr[-2000:]}")
    return json.loads(lines[-1]), done.returncode, done.stderr


@measurement("desktop")
def measure(ctx) -> list[Row]:
    got, code, _ = probe(ctx.vault_path, ctx.key_hex)
    extra = {**got, "probe exit code": code}
    full = ctx.sizes["people"] >= 100_000
    unlock, keystroke, rss = got["unlock_to_rows_ms"], got["keystroke_p95_ms"], got["scroll_rss_mb"]
    return [
        Row(f"desktop: unlock (raw key) to first rows of {got['people']:,} people (open + main window + list)",
            unlock, "ms", target="< 500 ms", met=unlock < 500 if full else None, extra=extra),
        Row("desktop: search keystroke to updated list, p95 (people list, offscreen)", keystroke, "ms",
            target="< 50 ms", met=keystroke < 50 if full else None),
        Row(f"desktop: resident memory after scrolling the people list top to bottom ({got['scroll_steps']:,} "
            "screens)", rss, "MB", target="< 300 MB", met=rss < 300 if full else None),
    ]
