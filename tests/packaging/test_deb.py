"""The .deb (`make deb`): its name and metadata, its files, Depends covering every system library the bundle
links (the same set `make run` installs included), and — as root — a real `dpkg -i`, `dpkg -r`, `dpkg -P` on this
machine that leaves nothing behind but the user's data."""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT, meta

PACKAGE = "commons-desktop"


def control(deb: Path) -> dict[str, str]:
    text = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    fields, key = {}, None
    for line in text.splitlines():
        if line.startswith(" ") and key:
            fields[key] += "\n" + line
        else:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def depends(deb: Path) -> list[set[str]]:
    """Depends as a list of alternatives, each a set of package names."""
    return [{alt.split()[0] for alt in entry.split("|")} for entry in control(deb)["Depends"].split(",")]


def test_the_package_is_named_with_the_one_version_and_says_what_it_is(deb):
    fields = control(deb)
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip()
    assert deb.name == f"{PACKAGE}_{meta.version()}_{arch}.deb"
    assert (fields["Package"], fields["Version"], fields["Architecture"]) == (PACKAGE, meta.version(), arch)
    assert fields["Homepage"] == meta.homepage() and int(fields["Installed-Size"]) > 50_000
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    paths = [line.split()[5].lstrip(".") for line in listing.splitlines()]
    assert all(re.match(r"^/(opt/commons-desktop|usr/bin|usr/share/(applications|icons/hicolor|metainfo|mime/packages|"
                        r"doc/commons-desktop))(/|$)|^/$|^/opt/$|^/usr/$|^/usr/share/$|^/usr/share/icons/$|"
                        r"^/usr/share/mime/$|^/usr/share/doc/$", p) for p in paths), paths[:5]
    app_id = meta.app_id()
    for wanted in ("/opt/commons-desktop/commons-desktop", "/opt/commons-desktop/commons",
                   f"/usr/share/applications/{app_id}.desktop", f"/usr/share/metainfo/{app_id}.metainfo.xml",
                   f"/usr/share/mime/packages/{app_id}.xml", f"/usr/share/icons/hicolor/48x48/apps/{app_id}.png",
                   f"/usr/share/icons/hicolor/scalable/apps/{app_id}.svg", "/usr/share/doc/commons-desktop/copyright"):
        assert wanted in paths, wanted
    assert "usr/bin/commons -> /opt/commons-desktop/commons" in listing
    scripts = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(deb)], capture_output=True, check=True).stdout
    assert b"postinst" not in scripts and b"prerm" not in scripts  # dpkg's triggers refresh the caches


def test_the_installed_desktop_files_validate(installed):
    if shutil.which("appstreamcli") is None or shutil.which("desktop-file-validate") is None:
        pytest.skip("appstream and desktop-file-utils are not installed")
    done = subprocess.run(["appstreamcli", "validate-tree", "--no-net", str(installed.root)], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stdout
    desktop = installed.root / f"usr/share/applications/{meta.app_id()}.desktop"
    assert subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True).returncode == 0


def test_depends_cover_the_run_packages_and_every_system_library_the_bundle_links(deb, installed):
    wanted = depends(deb)
    names = set().union(*wanted)
    run = subprocess.run([str(ROOT / "scripts/ensure-system-packages.sh"), "--list", "run"], capture_output=True,
                         text=True, check=True).stdout.split()
    for entry in run:
        assert set(entry.split("|")) & names, entry
    bundled = {p.name for p in installed.opt.rglob("*.so*")}
    needed: set[str] = set()
    for path in installed.opt.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
            needed |= set(re.findall(r"\(NEEDED\).*\[(.+?)\]", dynamic))
    owners = _owners(sorted(needed - bundled))
    uncovered = [f"{library} ({', '.join(sorted(owners.get(library, ()))) or 'no package'})"
                 for library in sorted(needed - bundled) if not owners.get(library, set()) & names]
    assert uncovered == []


def _owners(libraries: list[str]) -> dict[str, set[str]]:
    """The packages holding each library here (one `dpkg -S` for all of them, with the /lib and /usr/lib spellings
    of a merged /usr)."""
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout.splitlines()
    candidates: dict[str, str] = {}
    for library in libraries:
        for line in cache:
            if line.strip().startswith(library + " "):
                path = line.rsplit("=>", 1)[1].strip()
                real = os.path.realpath(path)
                for spelling in {path, real, real.replace("/usr/lib/", "/lib/"), real.replace("/lib/", "/usr/lib/", 1)}:
                    candidates[spelling] = library
    done = subprocess.run(["dpkg", "-S", *candidates], capture_output=True, text=True)
    owners: dict[str, set[str]] = {}
    for line in done.stdout.splitlines():
        packages, _, path = line.partition(": ")
        if path in candidates:
            owners.setdefault(candidates[path], set()).update(p.split(":")[0].strip() for p in packages.split(","))
    return owners


# -- a real install on this machine (root only) --------------------------------------------------------------------
WATCHED = ("/opt", "/usr/bin", "/usr/share/applications", "/usr/share/metainfo", "/usr/share/mime",
           "/usr/share/icons/hicolor", "/usr/share/doc")


def _files() -> set[str]:
    found = set()
    for top in WATCHED:
        for folder, dirs, files in os.walk(top):
            found |= {os.path.join(folder, name) for name in dirs + files}
    return found


def _status() -> str:
    return subprocess.run(["dpkg-query", "-W", "-f=${Status}", PACKAGE], capture_output=True, text=True).stdout


@contextlib.contextmanager
def _dpkg_turn():
    """One suite at a time on this machine installs the package (other worktrees run this test too), and dpkg
    runs as apt runs it: holding the frontend lock (waiting for any apt at work), with DPKG_FRONTEND_LOCKED set."""
    with open("/tmp/commons-desktop-dpkg-test.lock", "w") as ours, open("/var/lib/dpkg/lock-frontend", "w") as front:
        fcntl.flock(ours, fcntl.LOCK_EX)
        fcntl.lockf(front, fcntl.LOCK_EX)
        yield {**os.environ, "DPKG_FRONTEND_LOCKED": "1", "DEBIAN_FRONTEND": "noninteractive"}


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("dpkg") is None, reason="installs a package: root and dpkg")
def test_dpkg_install_remove_purge_leaves_only_the_users_data(deb, headless_env, tmp_path):
    with _dpkg_turn() as env:
        if "installed" in _status():
            pytest.skip(f"{PACKAGE} is installed on this machine: not touching it")
        before = _files()
        done = subprocess.run(["dpkg", "-i", str(deb)], env=env, capture_output=True, text=True)
        try:
            assert done.returncode == 0, done.stdout + done.stderr
            assert _status() == "install ok installed"
            user = {**headless_env, "COMMONS_PASSPHRASE": "pass phrase"}
            vault = tmp_path / "club.commons"
            version = subprocess.run(["/usr/bin/commons", "--version"], env=user, capture_output=True, text=True)
            assert version.stdout.strip() == f"commons {meta.version()}"
            assert subprocess.run(["/usr/bin/commons", "--vault", str(vault), "init"], env=user).returncode == 0
            check = subprocess.run(["/usr/bin/commons-desktop", "--self-test"], env=user, capture_output=True,
                                   text=True, timeout=300)
            assert check.returncode == 0, check.stdout  # the system's MIME database knows the types now
            assert "/usr/share/applications/" in check.stdout and "opened by /usr/bin/commons-desktop" in check.stdout
            assert os.path.exists("/usr/share/mime/application/x-commons-vault.xml")
        finally:
            removed = subprocess.run(["dpkg", "-r", PACKAGE], env=env, capture_output=True, text=True)
        assert removed.returncode == 0, removed.stderr
        assert _status() in ("", "unknown ok not-installed", "deinstall ok config-files")
        assert _files() == before  # no conffiles: removing already takes every file away
        purged = subprocess.run(["dpkg", "-P", PACKAGE], env=env, capture_output=True, text=True)
        assert purged.returncode == 0, purged.stderr
        assert _status() in ("", "unknown ok not-installed")
        assert _files() == before
        assert not os.path.exists("/opt/commons-desktop")
        assert vault.exists() and vault.stat().st_size > 0  # the user's vault stays
