"""Packaging smoke tests: every test here carries the `packaging` mark (CI runs them through `make test`).

The bundle and the .deb are built once per session (fixtures in bundle_fixtures.py); each test then runs the
installed files the way a user's system would, headless or on a real X display (Xvfb)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from .xsession import XDisplay, missing_tools

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
BUILD_SECONDS: dict[str, float] = {}


def load(name: str, path: Path):
    """A script of packaging/ as a module (packaging/ is not a package: `packaging` is also pip's)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    spec.loader.exec_module(module)
    return module


meta = load("meta", PACKAGING / "meta.py")


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


# -- the bundle and the .deb, built once per session -------------------------------------------------------------
def _build_bundle(dist: Path) -> Path:
    """`make bundle`'s build (packaging/pyinstaller/build.py) into ``dist``. PyInstaller's work files and cache stay
    in build/ (the suite's HOME is temporary), so a second run with nothing changed takes less time."""
    build = load("build", PACKAGING / "pyinstaller" / "build.py")
    start = time.monotonic()
    folder = build.build(dist, ROOT / "build" / "pyinstaller-tests", quiet=True,
                         cache=ROOT / "build" / "pyinstaller-tests-cache")
    BUILD_SECONDS["bundle"] = time.monotonic() - start
    return folder


def _build_deb(bundle: Path, out: Path) -> Path:
    """`make deb`'s package of that bundle (gzip -1 instead of xz: the same files, built faster)."""
    start = time.monotonic()
    subprocess.run([str(PACKAGING / "linux" / "build-deb.sh"), str(bundle), str(out), "gzip"], check=True,
                   capture_output=True)
    BUILD_SECONDS["deb"] = time.monotonic() - start
    return next(out.glob("*.deb"))


def _deb_tools_missing() -> str | None:
    return next((tool for tool in ("dpkg-deb", "dpkg-shlibdeps") if shutil.which(tool) is None), None)


class Prebuild:
    """The bundle, then the .deb, built in a background thread (PyInstaller and dpkg-deb are subprocesses: the
    machine's other core) from the end of collection, while the tests before tests/packaging run; the fixtures
    wait for it and re-raise what it raised. Started only when a selected test needs them."""

    def __init__(self, factory: pytest.TempPathFactory):
        self.folders = factory.mktemp("dist"), factory.mktemp("deb")   # here: the thread makes no pytest folder
        self.bundle: Path | BaseException | None = None
        self.deb: Path | BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="prebuild-bundle", daemon=True)

    def _run(self) -> None:
        try:
            self.bundle = _build_bundle(self.folders[0])
        except BaseException as exc:  # noqa: BLE001 - handed to the fixture, which raises it in its test
            self.bundle = exc
            return
        if _deb_tools_missing() is None:
            try:
                self.deb = _build_deb(self.bundle, self.folders[1])
            except BaseException as exc:  # noqa: BLE001 - same
                self.deb = exc

    def result(self, name: str) -> Path:
        self.thread.join()
        value = getattr(self, name)
        if isinstance(value, BaseException):
            raise value
        return value


PREBUILD: list[Prebuild] = []


def pytest_collection_finish(session):
    wanted = {"bundle", "deb", "installed"}
    if importlib.util.find_spec("PyInstaller") is None or session.config.option.collectonly:
        return
    if any(wanted & set(getattr(item, "fixturenames", ())) for item in session.items):
        PREBUILD.append(Prebuild(session.config._tmp_path_factory))
        PREBUILD[0].thread.start()


def pytest_unconfigure(config):
    """A run that ended before its packaging tests (-x, Ctrl+C) waits for the build: no PyInstaller left writing into
    a temporary folder the run removes."""
    for prebuild in PREBUILD:
        prebuild.thread.join()


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """`make bundle`'s build into a temporary folder (started in the background at the end of collection)."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[packaging]'; make venv does)")
    if PREBUILD:
        return PREBUILD[0].result("bundle")
    return _build_bundle(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="session")
def deb(bundle, tmp_path_factory) -> Path:
    """`make deb`'s package of that bundle (gzip -1 instead of xz: the same files, built faster)."""
    missing = _deb_tools_missing()
    if missing:
        pytest.skip(f"no {missing} here (Debian/Ubuntu: dpkg-dev)")
    if PREBUILD:
        return PREBUILD[0].result("deb")
    return _build_deb(bundle, tmp_path_factory.mktemp("deb"))


@dataclass
class Installed:
    """The .deb unpacked into a temporary root: its files, as a system would have them."""

    root: Path
    bin: Path  # stands for /usr/bin: the package's links point at /opt, here at root/opt

    @property
    def opt(self) -> Path:
        return self.root / "opt" / "commons-desktop"

    def env(self, base: dict[str, str]) -> dict[str, str]:
        return {**base, "PATH": f"{self.bin}:{base.get('PATH', os.defpath)}",
                "XDG_DATA_DIRS": f"{self.root}/usr/share:/usr/share"}


@pytest.fixture(scope="session")
def installed(deb, tmp_path_factory) -> Installed:
    root = tmp_path_factory.mktemp("installed")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    subprocess.run(["update-mime-database", str(root / "usr/share/mime")], check=True, capture_output=True)
    bin_dir = tmp_path_factory.mktemp("bin")
    for name in ("commons", "commons-desktop"):
        link = root / "usr/bin" / name
        assert os.readlink(link) == f"/opt/commons-desktop/{name}"
        (bin_dir / name).symlink_to(root / "opt/commons-desktop" / name)
    return Installed(root, bin_dir)


@pytest.fixture
def headless_env(user_env) -> dict[str, str]:
    env = dict(user_env)
    for key in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(key, None)
    return env
