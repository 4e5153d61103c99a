"""Decrypted copies for other applications: a crashed instance's folder is wiped at the next start,
a running instance's folder is left alone."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from commons_desktop.ui.documents.private_copies import PrivateCopies, sweep_stale


def test_copies_left_by_a_crash_are_wiped_at_next_start(tmp_path):
    script = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from commons_desktop.ui.documents.private_copies import PrivateCopies
        copies = PrivateCopies(Path({str(tmp_path)!r}))
        copies.write("minutes.txt", b"SECRET-MINUTES")
        os._exit(0)  # a crash: no wipe
    """)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    left = [p for p in tmp_path.rglob("*") if p.is_file() and p.name != ".lock"]
    assert left and b"SECRET-MINUTES" in left[0].read_bytes()
    mine = PrivateCopies(tmp_path)  # the next start
    assert not any(tmp_path.iterdir())
    mine.write("other.txt", b"in use")
    assert sweep_stale(tmp_path) == 0  # our own folder is locked: left alone
    assert any(p.name.endswith("other.txt") for p in tmp_path.rglob("*"))
    mine.wipe()
    assert not any(tmp_path.iterdir())
