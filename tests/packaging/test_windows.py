"""The Windows installer (packaging/windows): built by NSIS around a small placeholder payload (PyInstaller
builds the real bundle only on Windows, in CI), then installed and uninstalled silently under wine: the files,
the Start menu entry, the two file types and the "Apps & features" entry come, then go, and nothing else."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import PACKAGING, load, meta

APP_ID = meta.app_id()


@pytest.fixture(scope="module")
def installer(tmp_path_factory) -> Path:
    if shutil.which("makensis") is None:
        pytest.skip("no makensis here (Debian/Ubuntu: nsis)")
    payload = tmp_path_factory.mktemp("payload")
    (payload / "_internal").mkdir()
    for name in ("commons-desktop.exe", "commons.exe", "_internal/base_library.zip"):
        (payload / name).write_text(f"placeholder for {name}\n")
    build = load("build_installer", PACKAGING / "windows" / "build-installer.py")
    return build.build(payload, tmp_path_factory.mktemp("setup"), compressor="zlib")


def test_the_installer_is_named_and_stamped_with_the_one_version(installer):
    assert installer.name == f"commons-desktop-{meta.version()}-windows-x64-setup.exe"
    data = installer.read_bytes()
    assert data[:2] == b"MZ"
    assert meta.version().encode("utf-16-le") in data  # the version resource (VIAddVersionKey)


def test_makensis_refuses_to_build_without_the_version(tmp_path):
    if shutil.which("makensis") is None:
        pytest.skip("no makensis here")
    done = subprocess.run(["makensis", "-V2", str(PACKAGING / "windows" / "commons-desktop.nsi")],
                          capture_output=True, text=True, cwd=tmp_path)
    assert "build with packaging/windows/build-installer.py" in done.stdout + done.stderr
    assert not list(tmp_path.iterdir())


class Wine:
    def __init__(self, prefix: Path, env: dict[str, str]):
        self.prefix = prefix
        self.env = {**env, "WINEPREFIX": str(prefix), "WINEDEBUG": "-all", "WINEARCH": "win64",
                    "WINEDLLOVERRIDES": "mscoree,mshtml="}  # no Mono or Gecko download prompts

    def run(self, *args: str, wait: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run(["wine", *args], env=self.env, capture_output=True, text=True, timeout=300)
        if wait:   # for every process of the prefix to end: the uninstaller re-launches itself
            subprocess.run(["wineserver", "-w"], env=self.env, timeout=300)
        return done

    def reg(self, key: str) -> str:
        """A registry key as `reg query` prints it. (`reg` ends with its answer: no wait for the wineserver, which
        lingers 3 s after its last program and serves the next query; waiting cost 3 s per query.)"""
        done = self.run("reg", "query", key, wait=False)
        return done.stdout.replace("\r", "") if done.returncode == 0 else ""

    def user_dir(self) -> Path:
        users = [p for p in (self.prefix / "drive_c" / "users").iterdir() if p.name != "Public"]
        return users[0]


def test_silent_install_and_uninstall_under_wine(installer, x_display, user_env, tmp_path):
    if shutil.which("wine") is None or shutil.which("wineserver") is None:
        pytest.skip("wine is not installed (Debian/Ubuntu amd64: apt-get install wine wine64)")
    wine = Wine(tmp_path / "wine", x_display.env(user_env))
    try:
        _install_and_uninstall(wine, installer)
    finally:
        subprocess.run(["wineserver", "-k"], env=wine.env, capture_output=True, timeout=60)


def _install_and_uninstall(wine: Wine, installer: Path) -> None:
    subprocess.run(["wineboot", "-i"], env=wine.env, capture_output=True, timeout=600)
    subprocess.run(["wineserver", "-w"], env=wine.env, timeout=300)
    home = wine.user_dir()
    before = {str(p.relative_to(home)) for p in home.rglob("*")}

    assert wine.run(str(installer), "/S").returncode == 0
    program = home / "AppData/Local/Programs/Commons Desktop"
    assert sorted(p.name for p in program.iterdir()) == ["_internal", "commons-desktop.exe", "commons.exe",
                                                          "uninstall.exe"]
    assert (home / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Commons Desktop.lnk").exists()
    for ext, kind in (("commons", "vault"), ("commonsx", "bundle")):
        assert f"{APP_ID}.{kind}" in wine.reg(rf"HKCU\Software\Classes\.{ext}")
        command = wine.reg(rf"HKCU\Software\Classes\{APP_ID}.{kind}\shell\open\command")
        assert r'Programs\Commons Desktop\commons-desktop.exe" "%1"' in command
    entry = wine.reg(rf"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{APP_ID}")
    assert f"DisplayVersion    REG_SZ    {meta.version()}" in entry and "/S" in entry
    (home / "AppData/Roaming/commons-desktop").mkdir(parents=True)  # the user's settings and vaults
    (home / "AppData/Roaming/commons-desktop/club.commons").write_bytes(os.urandom(4096))

    assert wine.run(str(program / "uninstall.exe").replace(str(wine.prefix / "drive_c"), "C:"), "/S").returncode == 0
    assert not program.exists()
    after = {str(p.relative_to(home)) for p in home.rglob("*")}
    assert {p for p in after - before if "commons" in p.lower() or "Commons" in p} == {
        "AppData/Roaming/commons-desktop", "AppData/Roaming/commons-desktop/club.commons"}
    for key in (r"HKCU\Software\Classes\.commons", r"HKCU\Software\Classes\.commonsx",
                rf"HKCU\Software\Classes\{APP_ID}.vault", rf"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall"
                rf"\{APP_ID}", rf"HKCU\Software\{APP_ID}"):
        assert wine.reg(key) == "", key
