"""services/session.config_folder: the config folder (the device id's) is platformdirs' user_config_dir, found without
loading platformdirs where its rule is XDG's (a one-shot `commons search` needs this folder only); the other folders
are platformdirs' still, found when first asked for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from commons_desktop.services import session

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("xdg", [None, "", "/srv/conf", "/srv/conf/", "relative/conf", "~/conf", " /srv/x"])
@pytest.mark.parametrize("home", [None, "/home/ana", "/home/ana/", "/", "relative", ""])
def test_the_config_folder_is_platformdirs_own(monkeypatch, xdg, home):
    for name, value in (("XDG_CONFIG_HOME", xdg), ("HOME", home)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    try:
        expected = Path(platformdirs.user_config_dir(session.APP))
    except RuntimeError as exc:  # (no home platformdirs can use: it says so, and so does config_folder)
        with pytest.raises(RuntimeError):
            session.config_folder()
        assert "home" in str(exc)
        return
    assert session.config_folder() == expected


def test_the_default_folders_are_platformdirs_own():
    dirs = session.AppDirs.default()
    assert dirs == session.AppDirs(Path(platformdirs.user_data_dir(session.APP)),
                                   Path(platformdirs.user_config_dir(session.APP)),
                                   Path(platformdirs.user_cache_dir(session.APP)),
                                   Path(platformdirs.user_documents_dir()))
    assert session.Session.default().dirs == dirs


def test_a_device_identity_is_read_without_loading_platformdirs(tmp_path):
    code = ("import sys\nfrom commons_desktop.services.session import Session\n"
            "s = Session.default()\nfirst = s._identity()\nassert s._identity() == first\n"
            "print('platformdirs' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
                               "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
    assert (tmp_path / "config" / session.APP / "device.json").is_file()
