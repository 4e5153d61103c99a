"""What is in a bundle, by part, and how big: `make bundle` prints it, the smoke tests check it."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

# (part, pattern on the path inside the bundle), first match wins.
PARTS = (
    ("Qt: ICU data and libraries", r"(^|/)(lib)?icu[a-z0-9]*[.-]"),
    ("Qt: plugins", r"PySide6/Qt/plugins/|PySide6/plugins/"),
    ("Qt: translations", r"PySide6/Qt/translations/|PySide6/translations/"),
    ("Qt: libraries", r"(^|/)(lib)?Qt6[A-Za-z]+|PySide6/Qt/lib/|QtCore|QtGui|QtWidgets|QtDBus|QtSvg"),
    ("PySide6 bindings", r"(^|/)(PySide6|shiboken6)/|libpyside6|libshiboken6"),
    ("SQLCipher (sqlcipher3)", r"(^|/)sqlcipher3/"),
    ("cryptography (bundle signatures)", r"(^|/)cryptography/|_cffi_backend|(^|/)_rust"),
    ("age (pyrage)", r"(^|/)pyrage/"),
    ("Python runtime", r"(^|/)(lib)?python3|base_library\.zip|python3\.\d+/|lib-dynload|(^|/)lib(ssl|crypto|ffi|z|bz2|"
                       r"lzma|expat|mpdec|uuid|readline|tinfo|ncursesw)\.|\.dll$|(^|/)[^/]*\.(pyd)$"),
    ("the app (commons_desktop, its resources)", r"(^|/)commons_desktop/|(^|/)resources/|commons[_-]desktop-"),
    ("executables", r"^(commons|commons-desktop)(\.exe)?$"),
)


def part_of(relative: str) -> str:
    for name, pattern in PARTS:
        if re.search(pattern, relative):
            return name
    return "other Python packages"


def files(bundle: Path) -> list[tuple[str, int]]:
    return sorted((p.relative_to(bundle).as_posix(), p.stat().st_size) for p in bundle.rglob("*")
                  if p.is_file() and not p.is_symlink())


def total_bytes(bundle: Path) -> int:
    return sum(size for _, size in files(bundle))


def text(bundle: Path, dropped_json: Path | None = None, seconds: float | None = None) -> str:
    listing = files(bundle)
    total = sum(size for _, size in listing)
    by_part: Counter[str] = Counter()
    count: Counter[str] = Counter()
    for relative, size in listing:
        by_part[part_of(relative)] += size
        count[part_of(relative)] += 1
    lines = [f"{bundle}: {total / 1e6:.1f} MB in {len(listing)} files"
             + (f", built in {seconds:.0f} s" if seconds is not None else "")]
    lines += [f"  {size / 1e6:7.1f} MB  {count[name]:5d} files  {name}" for name, size in by_part.most_common()]
    plugins = sorted(r.split("/plugins/", 1)[1] for r, _ in listing if "/plugins/" in r)
    lines.append("  Qt plugins kept: " + " ".join(plugins))
    if dropped_json and dropped_json.exists():
        dropped = json.loads(dropped_json.read_text())
        reasons = Counter(reason for _, reason in dropped)
        lines.append(f"  left out ({len(dropped)} files): "
                     + "; ".join(f"{reason} ({n})" for reason, n in reasons.most_common()))
    return "\n".join(lines)
