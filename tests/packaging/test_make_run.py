"""`make run` on a fresh Debian/Ubuntu machine opens the main window (issue 10, item 11).

Qt's xcb platform plugin aborts when libraries it links are missing (libxcb-icccm4 and libxcb-keysyms1 on a
fresh Debian 12); `make run` installs them first (scripts/ensure-system-packages.sh run). Here `make run` itself
runs (the virtualenv step skipped: the suite already runs in it) on a real X server, as a new user: the demo
vault's main window must show, be captured, and close on Ctrl+Q with exit code 0."""

from __future__ import annotations

import subprocess

from .conftest import ROOT, stop


def test_make_run_opens_the_main_window(x_display, user_env, tmp_path):
    env = x_display.env(user_env)
    app = subprocess.Popen(["make", "--no-print-directory", "-o", ".venv/.installed-stamp", "run",
                            "RUN_ARGS=--demo-people 60 --lang en"], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        window = x_display.wait_window("— Commons Desktop$", app)
        assert x_display.title(window) == "Demo collective — Commons Desktop"
        shot = x_display.screenshot(tmp_path / "make-run.png")
        assert shot.stat().st_size > 10_000
        x_display.key(window, "ctrl+q")
        code = stop(app)
    except AssertionError as exc:
        app.kill()
        raise AssertionError(f"{exc}\n--- make run said:\n{app.communicate()[0]}") from None
    output = app.communicate()[0]
    assert code == 0, output
