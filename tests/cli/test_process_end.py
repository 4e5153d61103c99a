"""How a `commons` process ends: once the command is done, without the interpreter's teardown when that teardown
would do nothing for the program (an eighth of a one-shot `commons search`), and with it — as Python always ends —
whenever something depends on it: another thread running, an exit handler, a file still open for writing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

# a probe process: an object whose finalizer says when the interpreter tears the program down, then the command
# line's `commons` (main() with no argv: the process's own command line, as the console script runs it)
PROBE = """
import sys
class Told:
    def __del__(self):
        print("torn down", file=sys.stderr, flush=True)
told = Told()
{before}
from commons_desktop.cli.main import main
sys.argv = ["commons", *{argv!r}]
code = main()
print("main returned", file=sys.stderr, flush=True)
sys.exit(code)
"""


def probe(tmp_path: Path, *argv: str, before: str = "") -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", PROBE.format(before=before, argv=list(argv))], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=120)


def test_a_finished_command_ends_the_process_without_the_teardown(tmp_path):
    done = probe(tmp_path, "--version")
    assert done.returncode == 0 and done.stdout.startswith("commons ")
    assert "main returned" not in done.stderr and "torn down" not in done.stderr, done.stderr


def test_the_exit_code_and_the_error_line_are_kept(tmp_path):
    done = probe(tmp_path, "--vault", str(tmp_path / "none.commons"), "search", "x")
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"commons: error: no vault at {tmp_path / 'none.commons'}"]


def test_the_whole_output_reaches_a_pipe(tmp_path):
    done = probe(tmp_path, "--help")
    assert done.returncode == 0 and "torn down" not in done.stderr
    assert done.stdout.rstrip().endswith("after today.") and done.stdout.count("\n") > 40


def test_a_file_left_open_for_writing_is_written_by_the_usual_exit(tmp_path):
    done = probe(tmp_path, "--version", before="kept = open('kept.txt', 'w'); kept.write('buffered, never flushed')")
    assert done.returncode == 0 and "main returned" in done.stderr and "torn down" in done.stderr
    assert (tmp_path / "kept.txt").read_text() == "buffered, never flushed"


def test_an_exit_handler_runs(tmp_path):
    done = probe(tmp_path, "--version", before="import atexit; atexit.register(print, 'handler ran')")
    assert done.returncode == 0 and done.stdout.endswith("handler ran\n") and "main returned" in done.stderr


def test_a_running_thread_is_waited_for(tmp_path):
    before = ("import threading, time\n"
              "def late():\n"
              "    time.sleep(0.5)\n"
              "    open('late.txt', 'w').write('done')\n"
              "threading.Thread(target=late).start()")
    done = probe(tmp_path, "--version", before=before)
    assert done.returncode == 0 and "main returned" in done.stderr
    assert (tmp_path / "late.txt").read_text() == "done"


def test_in_process_callers_get_the_code_back(tmp_path, capsys):
    from commons_desktop.cli.main import main

    assert main(["--vault", str(tmp_path / "none.commons"), "search", "x"]) == 1
