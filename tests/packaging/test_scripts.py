"""The set-up scripts: the packages `make run` installs, waiting for another apt instead of failing, and
`scripts/run-tests.sh` removing its temporary folder (issue 10, item 11)."""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest

from .conftest import ROOT

ENSURE = ROOT / "scripts" / "ensure-system-packages.sh"

# RECIPES.md "Qt on a real display": what Qt's xcb platform plugin links.
XCB_SET = ("libxcb-cursor0 libxcb-icccm4 libxcb-util1 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 "
           "libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon0 "
           "libx11-xcb1 libxkbcommon-x11-0").split()


def listed(which: str) -> list[str]:
    done = subprocess.run([str(ENSURE), "--list", which], capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_make_run_installs_the_libraries_of_the_xcb_platform():
    run = listed("run")
    assert set(XCB_SET) <= set(run)
    assert set(run) <= set(listed("test"))  # the suite starts the real window too


def test_make_run_and_make_test_go_through_the_one_script():
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^run: venv run-packages$", makefile, re.M)
    assert "scripts/ensure-system-packages.sh run" in makefile
    assert "scripts/ensure-system-packages.sh test" in makefile


def _hold(paths: list[str], seconds: float, held: threading.Event) -> None:
    """Take apt's locks the way apt does (fcntl), keep them ``seconds``, let them go."""
    fds = []
    for path in paths:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o640)
        fcntl.lockf(fd, fcntl.LOCK_EX)
        fds.append(fd)
    held.set()
    time.sleep(seconds)  # another package manager at work, from the script's point of view
    for fd in fds:
        os.close(fd)


def _installed(package: str) -> bool:
    done = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True)
    return "install ok installed" in done.stdout


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("apt-get") is None, reason="installs a package: root and apt")
def test_ensure_waits_for_the_apt_lock_instead_of_failing(tmp_path):
    """The real script, with a one-package list (`hello`, 50 kB), while this test holds apt's and dpkg's locks for
    a few seconds: it says it waits, then installs. (The script before the fix failed at once.)"""
    package = "hello"
    if _installed(package):
        pytest.skip(f"{package} is already installed here: nothing to install, nothing to wait for")
    script = tmp_path / "ensure.sh"
    text = ENSURE.read_text()
    text = re.sub(r"^RUN_PACKAGES=\(\n.*?^\)", f"RUN_PACKAGES=(\n    {package}\n)", text, flags=re.M | re.S)
    text = re.sub(r"^PACKAGES=\(\n.*?^\)", "PACKAGES=(\n)", text, flags=re.M | re.S)
    script.write_text(text)
    script.chmod(0o755)
    assert subprocess.run([str(script), "--list", "test"], capture_output=True, text=True).stdout.split() == [package]
    held = threading.Event()
    holder = threading.Thread(target=_hold, args=(["/var/lib/dpkg/lock-frontend", "/var/lib/apt/lists/lock"], 6,
                                                  held))
    holder.start()
    held.wait(60)
    start = time.monotonic()
    try:
        done = subprocess.run([str(script), "run"], capture_output=True, text=True, timeout=600)
        waited = time.monotonic() - start
        holder.join()
        assert done.returncode == 0, done.stderr
        assert "waiting for another package manager" in done.stderr
        assert waited >= 5
        assert _installed(package)
    finally:
        holder.join()
        subprocess.run(["apt-get", "-o", "DPkg::Lock::Timeout=600", "purge", "-y", "-qq", package],
                       capture_output=True, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    assert not _installed(package)


def test_run_tests_removes_its_temporary_folder(tmp_path):
    """scripts/run-tests.sh makes a temporary HOME/TMPDIR of a few hundred MB per run; it must be gone after the
    run (the script used to `exec` pytest, which dropped its clean-up trap), and pytest's status comes back."""
    probe = tmp_path / "probe" / "test_probe.py"
    probe.parent.mkdir()
    probe.write_text("import os\n\ndef test_root():\n    print('ROOT=' + os.environ['COMMONS_TEST_ROOT'])\n"
                     "    open(os.path.join(os.environ['TMPDIR'], 'left.txt'), 'w').write('x')\n"
                     "    assert os.environ.get('FAIL') != '1'\n")
    # (a short path: the keyring's socket, $T/run/keyring/control, must fit in a socket address's 108 bytes)
    chosen = Path(tempfile.mkdtemp(prefix="p-", dir=os.environ.get("COMMONS_TEST_ROOT", tmp_path)))
    # in memory (/dev/shm) where there is such a tmpfs, else /tmp; or where COMMONS_TEST_TMP says
    for fail, status, parent in (("0", 0, None), ("1", 1, chosen)):
        env = {**os.environ, "FAIL": fail}
        env.pop("COMMONS_TEST_TMP", None)
        if parent:
            env["COMMONS_TEST_TMP"] = str(parent)
        done = subprocess.run([str(ROOT / "scripts" / "run-tests.sh"), "-s", "-q", "-p", "no:randomly", str(probe)],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == status, done.stdout + done.stderr
        root = Path(re.search(r"ROOT=(\S+)", done.stdout).group(1))
        assert root.name.startswith("commons-tests.")
        assert str(root.parent) in ((str(parent),) if parent else ("/dev/shm", "/tmp")), root
        assert not os.path.exists(root), f"{root} was left behind"
    assert list(chosen.iterdir()) == []
    chosen.rmdir()


@pytest.mark.skipif(shutil.which("shellcheck") is None, reason="shellcheck is not installed")
def test_every_shell_script_passes_shellcheck():
    scripts = sorted(ROOT.glob("scripts/*.sh")) + sorted(ROOT.glob("packaging/*/*.sh")) + [ROOT / ".ci" / "run"]
    assert len(scripts) >= 7
    done = subprocess.run(["shellcheck", *map(str, scripts)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
