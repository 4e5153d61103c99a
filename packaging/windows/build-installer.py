"""Build the Windows installer around a bundle (NSIS's makensis, on Windows or on Linux):

    python packaging/windows/build-installer.py BUNDLE_DIR OUT_DIR [--compressor zlib]

writes OUT_DIR/commons-desktop-<version>-windows-x64-setup.exe. The version and the application id come from
packaging/meta.py (pyproject.toml and the package), like every other artifact's.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import meta  # noqa: E402


def installer_name() -> str:
    return f"commons-desktop-{meta.version()}-windows-x64-setup.exe"


def build(bundle: Path, out: Path, compressor: str = "lzma") -> Path:
    makensis = shutil.which("makensis")
    if makensis is None:
        sys.exit("makensis not found: install NSIS (Debian: apt-get install nsis; Windows: choco install nsis)")
    out.mkdir(parents=True, exist_ok=True)
    target = out / installer_name()
    defines = {
        "VERSION": meta.version(), "NUMERIC_VERSION": ".".join(map(str, meta.numeric_version())),
        "APP_ID": meta.app_id(), "SOURCE": str(bundle.resolve()), "OUTFILE": str(target.resolve()),
        "ICON": str(meta.ROOT / "resources" / "icons" / "commons-desktop.ico"), "COMPRESSOR": compressor,
    }
    option = "/" if sys.platform == "win32" else "-"
    command = [makensis, f"{option}V2", *(f"{option}D{k}={v}" for k, v in defines.items()),
               str(HERE / "commons-desktop.nsi")]
    subprocess.run(command, check=True)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--compressor", default="lzma", choices=("lzma", "zlib", "bzip2"))
    args = parser.parse_args()
    print(build(args.bundle, args.out, args.compressor))


if __name__ == "__main__":
    main()
