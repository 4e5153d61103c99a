"""The release workflow (.github/workflows/release.yml) cannot run here; what can be checked is that it is
well-formed and does what issue 14 asks: each of the three systems builds its own installer from the one version
and runs the same smoke test; a tag that is not pyproject's version stops the release."""

from __future__ import annotations

import yaml

from .conftest import ROOT


def test_three_systems_build_and_smoke_test_their_installers():
    workflow = yaml.safe_load((ROOT / ".github/workflows/release.yml").read_text())
    jobs = workflow["jobs"]
    runners = {name: job["runs-on"] for name, job in jobs.items()}
    assert runners["linux"].startswith("ubuntu") and runners["windows"].startswith("windows")
    assert runners["macos"].startswith("macos")
    for name in ("linux", "windows", "macos"):
        steps = " ".join(str(step.get("run", "")) for step in jobs[name]["steps"])
        assert "packaging/smoke_test.py" in steps, name
        assert jobs[name]["needs"] == "version"
    linux = " ".join(str(s.get("run", "")) for s in jobs["linux"]["steps"])
    assert "make test" in linux and "make deb" in linux and "dpkg -P" in linux
    windows = " ".join(str(s.get("run", "")) for s in jobs["windows"]["steps"])
    assert "build-installer.py" in windows and '"/S"' in windows and "uninstall.exe" in windows
    macos = " ".join(str(s.get("run", "")) for s in jobs["macos"]["steps"])
    assert "build-dmg.sh" in macos
    version = " ".join(str(s.get("run", "")) for s in jobs["version"]["steps"])
    assert "packaging/meta.py version" in version and "exit 1" in version
    release = jobs["release"]
    assert set(release["needs"]) == {"version", "linux", "windows", "macos"}
    assert release["permissions"] == {"contents": "write"} and workflow["permissions"] == {"contents": "read"}
    assert "resources/screenshots" in " ".join(str(s.get("run", "")) for s in release["steps"])
