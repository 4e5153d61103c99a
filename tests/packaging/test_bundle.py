"""The PyInstaller bundle (`make bundle`): small, nothing of what the app imports left out, every binary finds
its libraries (in the bundle or among the system packages `make run` and the .deb install)."""

from __future__ import annotations

import re
import subprocess

from .conftest import BUILD_SECONDS, PACKAGING, load

report = load("report", PACKAGING / "pyinstaller" / "report.py")

LIMIT = 150_000_000  # bytes unpacked (issue 14)


def test_the_bundle_is_small_and_holds_only_what_the_app_uses(bundle):
    listing = dict(report.files(bundle))
    total = sum(listing.values())
    print("\\n" + report.text(bundle, seconds=BUILD_SECONDS.get("bundle")))
    assert total < LIMIT, f"{total / 1e6:.1f} MB"
    assert (bundle / "commons").is_file() and (bundle / "commons-desktop").is_file()
    names = list(listing)
    forbidden = re.compile(r"/qml/|Qt6(Qml|Quick|Pdf|Sql|Test|VirtualKeyboard|Designer)|libqgtk3|"
                           r"(^|/)libgtk|(^|/)libgdk|(^|/)libxcb|(^|/)libX11|(^|/)libstdc\\+\\+|(^|/)libglib")
    assert [n for n in names if forbidden.search(n)] == []
    assert [n for n in names if "libQt6Network" in n]  # local sockets: the second app asks the first (ui/instances.py)
    translations = sorted(n.rsplit("/", 1)[1] for n in names if n.endswith(".qm"))
    assert translations == ["commons_en.qm", "commons_fr.qm", "qtbase_en.qm", "qtbase_fr.qm"]
    platforms = sorted(n.rsplit("/", 1)[1] for n in names if "/plugins/platforms/" in n)
    assert platforms == ["libqoffscreen.so", "libqwayland.so", "libqxcb.so"]
    icons = [n for n in names if n.startswith("_internal/resources/icons/hicolor/")]
    assert len(icons) == 8


def test_every_binary_of_the_bundle_finds_its_libraries(bundle):
    """ldd resolves every library each ELF file links: from the bundle, or from the system packages of
    `scripts/ensure-system-packages.sh run` (a missing xcb library is what made `make run` abort)."""
    missing = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\\x7fELF":
            done = subprocess.run(["ldd", str(path)], capture_output=True, text=True)
            missing += [f"{path.relative_to(bundle)}: {line.split()[0]}" for line in done.stdout.splitlines()
                        if "not found" in line]
    assert missing == []
