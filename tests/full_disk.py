"""Full disks for the tests of every writer: a real tiny tmpfs (mounted when the tests run as root; the test is
skipped, saying why, where mounting is impossible), and an injected writer that fails after N bytes (the
atomic helper's temporary file, core.atomic.open_temp), which runs everywhere."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

COUNTS = {"tmpfs writes": 0, "injected failures": 0}  # what the suite tried (README's reliability figures)


class FailingFile:
    """A binary file that takes ``budget`` bytes, then fails as a full disk does (ENOSPC)."""

    def __init__(self, real, budget: int):
        self._real = real
        self._left = budget

    def write(self, data) -> int:
        data = bytes(data)
        if len(data) > self._left:
            self._real.write(data[:self._left])
            self._left = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._left -= len(data)
        return self._real.write(data)

    def __getattr__(self, name):
        return getattr(self._real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._real.close()


def fail_after(monkeypatch, budget: int) -> None:
    """Every file the atomic helper opens from now on fails after ``budget`` bytes."""
    from commons_desktop.core import atomic

    real = atomic.open_temp
    COUNTS["injected failures"] += 1
    monkeypatch.setattr(atomic, "open_temp", lambda path, mode: FailingFile(real(path, mode), budget))


def mount_tmpfs(where: Path, size: str) -> Path:
    """Mount a tmpfs of ``size`` (e.g. '256k') at ``where``; skip the test (saying why) when that is impossible."""
    where.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or not shutil.which("mount"):
        pytest.skip("no mount(8) here: the injected-writer test covers full disks on this machine")
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root: the injected-writer test covers full disks on this machine")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", f"commons-{uuid.uuid4().hex[:8]}",
                        str(where)], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({r.stderr.strip() or r.returncode}): the injected-writer test "
                    "covers full disks on this machine")
    return where


def unmount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill(folder: Path, leave: int) -> None:
    """Fill the file system of ``folder`` until about ``leave`` bytes are free."""
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    if free > leave:
        with open(folder / "filler", "wb") as fh:
            fh.write(b"\0" * (free - leave))
    COUNTS["tmpfs writes"] += 1


@pytest.fixture
def tiny_disk(tmp_path):
    """A 512 KB tmpfs, unmounted afterwards."""
    where = mount_tmpfs(tmp_path / "tiny", "512k")
    try:
        yield where
    finally:
        unmount(where)
