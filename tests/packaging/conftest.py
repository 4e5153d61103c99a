"""Packaging smoke tests: every test here carries the `packaging` mark (CI runs them through `make test`).

The bundle and the .deb are built once per session (fixtures in bundle_fixtures.py); each test then runs the
installed files the way a user's system would, headless or on a real X display (Xvfb)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from .xsession import XDisplay, missing_tools

ROOT = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.packaging)


@pytest.fixture
def x_display():
    missing = missing_tools()
    if missing:
        pytest.skip(f"no {', '.join(missing)} here (scripts/ensure-system-packages.sh test installs them)")
    display = XDisplay()
    yield display
    display.close()


@pytest.fixture
def user_env(tmp_path) -> dict[str, str]:
    """A fresh user: HOME and the XDG folders in a temporary folder, no vault or passphrase in the environment."""
    home = tmp_path / "user"
    env = dict(os.environ)
    for key in ("COMMONS_PASSPHRASE", "COMMONS_VAULT", "COMMONS_NEW_PASSPHRASE"):
        env.pop(key, None)
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_CACHE_HOME=str(home / ".cache"), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    for sub in (".local/share", ".config", ".cache"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    return env


def stop(app: subprocess.Popen, timeout: float = 30) -> int:
    """The app's exit code; killed (and the test then fails on the code) if it does not exit in time."""
    try:
        return app.wait(timeout)
    except subprocess.TimeoutExpired:
        app.kill()
        app.wait()
        return -9
