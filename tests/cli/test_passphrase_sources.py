"""Odd passphrase sources (issue 11 item 8): a passphrase file that is /dev/zero, /dev/urandom, a binary file or a
FIFO nobody writes, and passphrases that are not UTF-8 (a Latin-1 terminal: variable, file or prompt). Each is
refused in one line with exit 2, within bounded time and memory, and the vault is not touched. A pipe that does
give a passphrase (``--passphrase-file <(pass show club)``) still works."""

from __future__ import annotations

import os
import resource
import select
import subprocess
import sys
import threading
import time

import pytest

from commons_desktop.cli import passphrase
from commons_desktop.core.errors import UsageError
from tests.conftest import PASSPHRASE

from .conftest import ROOT, snapshot

MEMORY_CAP = 1024 * 1024 * 1024  # a child that reads /dev/zero whole dies of MemoryError instead of filling the box


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def commons(*argv, env: dict | None = None, timeout: float = 60) -> tuple[int, str, float]:
    """(exit code, stderr, seconds) of a real `commons` process with at most 1 GB of address space."""
    full = {k: v for k, v in os.environ.items() if k != "COMMONS_PASSPHRASE"}
    full.update(PYTHONPATH=str(ROOT), **(env or {}))
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "commons_desktop.cli", *map(str, argv)], env=full,
                          capture_output=True, text=True, timeout=timeout, preexec_fn=_cap_memory)
    return done.returncode, done.stderr, time.monotonic() - start


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("commons: error: ") and "Traceback" not in err, err
    return lines[0]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_as_passphrase_file_is_refused_at_once(club, device):
    before = snapshot(club.path, club.key)
    code, err, seconds = commons("--vault", club.path, "--passphrase-file", device, "info")
    assert code == 2, err
    assert "not a passphrase file" in one_line(err)
    assert seconds < 20
    assert snapshot(club.path, club.key) == before


def test_binary_and_multi_line_files_are_refused(cli, club, tmp_path, monkeypatch):
    monkeypatch.delenv("COMMONS_PASSPHRASE")
    for content, words in ((bytes(range(256)) * 4, "not UTF-8"), (b"pass\x00word\n", "NUL"),
                           (b"\x1b[31mred\n", "control"), (b"first\nsecond\n", "more than one line")):
        f = tmp_path / "secret.bin"
        f.write_bytes(content)
        r = cli("--vault", club.path, "--passphrase-file", f, "info")
        assert r.code == 2, r
        assert words in r.one_error_line()


def test_a_latin1_passphrase_file_variable_or_new_passphrase_is_refused_in_one_line(cli, club, tmp_path,
                                                                                      monkeypatch):
    f = tmp_path / "latin1.txt"
    f.write_bytes(b"caf\xe9\n")
    monkeypatch.delenv("COMMONS_PASSPHRASE")
    r = cli("--vault", club.path, "--passphrase-file", f, "info")
    assert r.code == 2 and "not UTF-8" in r.one_error_line()
    # what os.environ holds for a variable set in a Latin-1 terminal: the byte as a lone surrogate
    monkeypatch.setenv("COMMONS_PASSPHRASE", "caf\udce9")
    r = cli("--vault", club.path, "info")
    assert r.code == 2, r
    assert "COMMONS_PASSPHRASE" in r.one_error_line() and "UTF-8" in r.one_error_line()
    monkeypatch.setenv("COMMONS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COMMONS_NEW_PASSPHRASE", "nouv\udce9au")
    before = snapshot(club.path, club.key)
    r = cli("--vault", club.path, "passwd")
    assert r.code == 2 and "COMMONS_NEW_PASSPHRASE" in r.one_error_line()
    assert snapshot(club.path, club.key) == before


def test_a_latin1_variable_in_a_real_process(club):
    code, err, _ = commons("--vault", club.path, "info", env={"COMMONS_PASSPHRASE": "caf\udce9"})
    assert code == 2 and "not UTF-8" in one_line(err)


def test_a_fifo_nobody_writes_is_given_up_after_the_deadline(tmp_path):
    fifo = tmp_path / "pass.fifo"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(UsageError, match="nothing came"):
        passphrase.read_file(fifo, timeout=0.5)
    assert time.monotonic() - start < 5


def test_a_pipe_that_gives_its_passphrase_late_still_works(tmp_path):
    """What ``--passphrase-file <(pass show club)`` is: a pipe whose writer answers after a while."""
    fifo = tmp_path / "pass.fifo"
    os.mkfifo(fifo)

    def write_late():
        time.sleep(0.3)
        with open(fifo, "wb") as fh:
            fh.write(b"late but fine\n")

    thread = threading.Thread(target=write_late, daemon=True)
    thread.start()
    try:
        assert passphrase.read_file(fifo, timeout=10) == "late but fine"
    finally:
        thread.join(5)
        if thread.is_alive():  # nobody read: give the writer its reader, so that it ends
            os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
    r, w = os.pipe()
    os.write(w, b"from a pipe\n")
    os.close(w)
    try:
        assert passphrase.read_file(f"/proc/self/fd/{r}", timeout=5) == "from a pipe"
    finally:
        os.close(r)


@pytest.mark.slow
def test_a_fifo_nobody_writes_through_the_real_command(club, tmp_path):
    fifo = tmp_path / "pass.fifo"
    os.mkfifo(fifo)
    code, err, seconds = commons("--vault", club.path, "--passphrase-file", fifo, "info", timeout=60)
    assert code == 2 and "nothing came" in one_line(err)
    assert seconds < passphrase.PIPE_SECONDS + 10


def _prompted(argv: list[str], typed: bytes) -> tuple[int, str]:
    """Run `commons ARGV` on a real pseudo-terminal (its controlling terminal) and type ``typed`` at the prompt."""
    import pty
    env = {k: v for k, v in os.environ.items() if k != "COMMONS_PASSPHRASE"}
    env.update(PYTHONPATH=str(ROOT), LC_ALL="C.UTF-8", LANG="C.UTF-8")
    pid, fd = pty.fork()
    if pid == 0:  # the child: exec at once
        os.execve(sys.executable, [sys.executable, "-m", "commons_desktop.cli", *argv], env)
    output = b""
    deadline = time.monotonic() + 60
    sent = False
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # the child is gone
                    break
                if not chunk:
                    break
                output += chunk
            if not sent and b"assphrase" in output:
                os.write(fd, typed)
                sent = True
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(fd)
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace")


def test_a_passphrase_typed_in_a_latin1_terminal_is_refused_in_one_line(club):
    before = snapshot(club.path, club.key)
    code, output = _prompted(["--vault", str(club.path), "info"], b"caf\xe9\n")
    assert code == 2, output
    assert "passphrase typed is not UTF-8" in output and "Traceback" not in output and "unexpected" not in output
    assert snapshot(club.path, club.key) == before
    code, output = _prompted(["--vault", str(club.path), "info"], PASSPHRASE.encode() + b"\n")
    assert code == 0, output
