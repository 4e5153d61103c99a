"""Desktop integration (top-level resources/): one application id everywhere, one version, validators, icons,
file types recognised by name (and a bundle by its age header), and the self-test of a development install
registered through packaging/linux/install-integration.sh."""

from __future__ import annotations

import configparser
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import commons_desktop
from commons_desktop.services import self_test

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import meta  # noqa: E402

RES = ROOT / "resources"
APP_ID = meta.app_id()
DESKTOP = RES / f"{APP_ID}.desktop"
METAINFO = RES / f"{APP_ID}.metainfo.xml"
MIME = RES / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_one_application_id_and_one_version_everywhere():
    assert APP_ID == commons_desktop.APP_ID and re.fullmatch(r"[a-z]+\.[a-z]+\.[A-Za-z]+", APP_ID)
    assert commons_desktop.__version__ == meta.version()  # pyproject -> package metadata (else: make venv)
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    info = ET.parse(METAINFO).getroot()
    assert info.findtext("id") == APP_ID
    assert info.findtext("launchable") == DESKTOP.name
    assert [r.get("version") for r in info.iter("release")][0] == meta.version()  # newest first
    assert {i.get("name") for i in ET.parse(MIME).getroot().iter(f"{MIME_NS}generic-icon")} == {APP_ID}
    launch = (ROOT / "commons_desktop" / "ui" / "launch.py").read_text()
    assert "setDesktopFileName(APP_ID)" in launch
    takes_the_id = ("packaging/linux/install-integration.sh", "packaging/windows/build-installer.py",
                    "packaging/windows/commons-desktop.nsi", "packaging/pyinstaller/commons.spec")
    for path in takes_the_id:
        text = (ROOT / path).read_text()
        assert "app-id" in text or "APP_ID" in text or "app_id" in text, path
    for path in takes_the_id + ("packaging/linux/build-deb.sh", "packaging/macos/build-dmg.sh",
                                "packaging/smoke_test.py", ".github/workflows/release.yml", "Makefile"):
        text = (ROOT / path).read_text()
        assert meta.version() not in text and APP_ID not in text, f"{path} writes the version or the id itself"


def test_the_file_types_agree_everywhere():
    types = {t["ext"]: t["mime"] for t in meta.FILE_TYPES}
    assert types == self_test.FILE_TYPES
    declared = {m for m in desktop_entry()["MimeType"].split(";") if m}
    assert declared == set(types.values())
    info = ET.parse(METAINFO).getroot()
    assert {m.text for m in info.iter("mediatype")} == set(types.values())
    mime = {t.get("type"): [g.get("pattern") for g in t.iter(f"{MIME_NS}glob")]
            for t in ET.parse(MIME).getroot().iter(f"{MIME_NS}mime-type")}
    assert mime == {m: [f"*.{ext}"] for ext, m in types.items()}
    assert desktop_entry()["Exec"] == "commons-desktop %f"  # one file per start: app.py takes one FILE


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_the_desktop_file_is_valid():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    entry = desktop_entry()
    assert entry["Name"] == "Commons Desktop" and entry["GenericName[fr]"] and entry["Comment[fr]"]


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_the_metainfo_is_valid_and_its_screenshots_are_ours(tmp_path):
    done = subprocess.run(["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    root = tmp_path / "root"
    subprocess.run([str(ROOT / "packaging/linux/install-integration.sh"), str(root)], check=True)
    done = subprocess.run(["appstreamcli", "validate-tree", "--no-net", str(root)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    info = ET.parse(METAINFO).getroot()
    langs = {p.get("{http://www.w3.org/XML/1998/namespace}lang") for p in info.find("description").iter("p")}
    assert langs == {None, "fr"}
    images = list(info.iter("image"))
    assert images and {i.get("{http://www.w3.org/XML/1998/namespace}lang") for i in images} == {None, "fr"}
    for image in images:
        assert image.text.startswith(meta.homepage() + "/screenshots/")
        shot = RES / "screenshots" / image.text.rsplit("/", 1)[1]
        width, height = struct.unpack(">II", shot.read_bytes()[16:24])
        assert (width, height) == (int(image.get("width")), int(image.get("height")))


def test_icons_in_every_size():
    svg = RES / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
    assert ET.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    for size in ICON_SIZES:
        data = (RES / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == (size, size)
    ico = (RES / "icons/commons-desktop.ico").read_bytes()
    count = struct.unpack("<HHH", ico[:6])[2]
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert sizes == {16, 24, 32, 48, 64, 128, 256}
    icns = (RES / "icons/commons-desktop.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert all(kind in icns for kind in (b"icp4", b"ic07", b"ic09"))


@pytest.fixture
def registered(tmp_path):
    """The desktop integration installed in a temporary root, its MIME database built, and a PATH that finds
    the development `commons-desktop` (what a source install plus install-integration.sh gives)."""
    if shutil.which("update-mime-database") is None:
        pytest.skip("shared-mime-info is not installed")
    root = tmp_path / "root"
    subprocess.run([str(ROOT / "packaging/linux/install-integration.sh"), str(root)], check=True)
    subprocess.run(["update-mime-database", str(root / "usr/share/mime")], check=True, capture_output=True)
    return root


def _qt_mime(env: dict[str, str], *files: Path | str) -> list[str]:
    code = ("import sys\nfrom PySide6.QtCore import QMimeDatabase\ndb = QMimeDatabase()\n"
            "for f in sys.argv[1:]:\n    print(db.mimeTypeForFile(f).name())\n")
    done = subprocess.run([sys.executable, "-c", code, *map(str, files)], env=env, capture_output=True, text=True,
                          check=True)
    return done.stdout.split()


def test_the_file_types_are_recognised_by_name_and_a_bundle_by_its_header(registered, tmp_path):
    import pyrage

    env = {**os.environ, "XDG_DATA_DIRS": f"{registered}/usr/share:/usr/share"}
    bundle = tmp_path / "no-name"
    bundle.write_bytes(pyrage.encrypt(b"x" * 100, [pyrage.x25519.Identity.generate().to_public()]))
    vault = tmp_path / "vault-without-name"
    # what a vault looks like from outside: no magic to find. Fixed bytes: random ones sometimes begin as another
    # type's magic does (1 run in a few hundred began with '%': text/x-matlab)
    vault.write_bytes(random.Random(2026).randbytes(4096))
    named = tmp_path / "club.commons"
    named.write_bytes(vault.read_bytes())
    assert _qt_mime(env, named, tmp_path / "x.commonsx", bundle, vault) == [
        "application/x-commons-vault", "application/x-commons-bundle", "application/x-commons-bundle",
        "application/octet-stream"]


def test_the_self_test_of_a_registered_development_install_passes(registered, tmp_path):
    env = {**os.environ, "XDG_DATA_DIRS": f"{registered}/usr/share:/usr/share",
           "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}", "QT_QPA_PLATFORM": "offscreen"}
    report = tmp_path / "report.txt"
    done = subprocess.run([sys.executable, "-m", "commons_desktop", "--self-test", "--report-to", str(report)],
                          env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    assert report.read_text() == done.stdout
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"Commons Desktop {meta.version()} self-test")
    assert lines[-1] == "All 10 checks passed."
    for words in ("SQLCipher 4.", "FTS5", "pyrage", "keyring", "platform plugin xcb loads", "fonts", "jpeg",
                  "'Personnes'", ".commons -> application/x-commons-vault", "modules: the app's"):
        assert any(words in line and line.startswith("  ok") for line in lines), words


def test_the_self_test_says_what_is_not_registered(tmp_path):
    empty = tmp_path / "share"
    empty.mkdir()
    env = {**os.environ, "XDG_DATA_DIRS": str(empty), "XDG_DATA_HOME": str(empty), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "commons_desktop", "--self-test"], env=env, capture_output=True,
                          text=True, timeout=240)
    assert done.returncode == 1
    failed = [line for line in done.stdout.splitlines() if line.startswith("  FAIL")]
    assert len(failed) == 1 and "no desktop file" in failed[0], done.stdout
    assert done.stdout.splitlines()[-1] == "1 of 10 checks FAILED: file_types."
