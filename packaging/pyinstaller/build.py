"""Build the one-folder bundle (`make bundle`): PyInstaller with commons.spec, then the report of what is in it.

    .venv/bin/python packaging/pyinstaller/build.py [--dist dist] [--work build/pyinstaller]

The result is DIST/commons-desktop/ with the `commons-desktop` and `commons` executables (and on macOS
DIST/Commons Desktop.app). PyInstaller builds for the system it runs on.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import meta  # noqa: E402
import report  # noqa: E402


def build(dist: Path, work: Path, quiet: bool = False, cache: Path | None = None) -> Path:
    """Build into ``dist`` (PyInstaller's work files in ``work``: a rebuild with nothing changed is quicker;
    its cache of processed binaries in ``cache``, else its default under the user's cache folder); returns the
    bundle folder."""
    import commons_desktop

    if commons_desktop.__version__ != meta.version():
        sys.exit(f"the installed package says {commons_desktop.__version__} but pyproject.toml says {meta.version()}: "
                 "reinstall it (make venv) so that the bundle carries the version")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(HERE / "commons.spec")]
    env = {**os.environ, **({"PYINSTALLER_CONFIG_DIR": str(cache)} if cache else {})}
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL if quiet else None, env=env)
    return dist / "commons-desktop"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", default=str(meta.ROOT / "dist"))
    parser.add_argument("--work", default=str(meta.ROOT / "build" / "pyinstaller"))
    args = parser.parse_args()
    start = time.monotonic()
    bundle = build(Path(args.dist), Path(args.work))
    print(report.text(bundle, Path(args.work) / "commons" / "dropped.json", time.monotonic() - start))


if __name__ == "__main__":
    main()
