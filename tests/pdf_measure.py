"""Measuring a PDF as it will print, with poppler's own tools (not with the code that drew it): where each word
is (pdftotext -bbox-layout), and where the ink is on a page rendered at 10 pixels per millimetre (pdftoppm), to
find a drawn line's position to a tenth of a millimetre."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

MM_PER_PT = 25.4 / 72
PX_PER_MM = 10  # pdftoppm -r 254
DARK = 200      # a pixel darker than this (0 black .. 255 white) is ink

needs_poppler = shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None


@dataclass(frozen=True)
class Word:
    page: int      # 0-based
    text: str
    x0: float      # mm from the page's left edge
    y0: float      # mm from the page's top edge
    x1: float
    y1: float


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
_LINE = re.compile(r"<line\b[^>]*>(.*?)</line>", re.S)


def words(pdf: Path) -> list[Word]:
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True,
                         timeout=120).stdout.decode()
    found, page = [], -1
    for token in re.finditer(r"<page [^>]*>|<word [^>]*>.*?</word>", out):
        text = token.group(0)
        if text.startswith("<page"):
            page += 1
            continue
        m = _WORD.match(text)
        x0, y0, x1, y1 = (float(m.group(i)) * MM_PER_PT for i in range(1, 5))
        found.append(Word(page, unescape(m.group(5)), x0, y0, x1, y1))
    return found


def lines(pdf: Path) -> list[list[str]]:
    """The words of each line pdftotext sees, in order (a word broken over two lines would show as two)."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True,
                         timeout=120).stdout.decode()
    return [[unescape(w.group(5)) for w in _WORD.finditer(line)] for line in _LINE.findall(out)]


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """Each page's (width, height) in mm."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True,
                         timeout=120).stdout.decode()
    return [(float(w) * MM_PER_PT, float(h) * MM_PER_PT) for w, h in _PAGE.findall(out)]


class Page:
    """One page rendered in grey at 10 px/mm; ``ink(y_mm, x0, x1)`` counts the inked pixels of a row segment."""

    _TABLE = bytes(1 if b < DARK else 0 for b in range(256))

    def __init__(self, pdf: Path, page: int, tmp: Path):
        prefix = tmp / f"p{page}"
        subprocess.run(["pdftoppm", "-r", str(int(PX_PER_MM * 25.4)), "-gray", "-f", str(page + 1), "-l",
                        str(page + 1), "-singlefile", str(pdf), str(prefix)], check=True, timeout=120)
        data = Path(f"{prefix}.pgm").read_bytes()
        magic, size, _maxval, self.pixels = data.split(b"\n", 3)
        assert magic == b"P5"
        self.width, self.height = map(int, size.split())
        self.ink_map = self.pixels.translate(self._TABLE)  # 1 where there is ink

    def row_ink(self, y: int, x0: int, x1: int) -> int:
        if not 0 <= y < self.height:
            return 0
        start = y * self.width
        return self.ink_map[start + max(0, x0):start + min(self.width, x1)].count(1)

    def column_ink(self, x: int, y0: int, y1: int) -> int:
        if not 0 <= x < self.width:
            return 0
        return self.ink_map[x + max(0, y0) * self.width:x + min(self.height, y1) * self.width:self.width].count(1)

    def horizontal_line(self, y_mm: float, x0_mm: float, x1_mm: float, window_mm: float = 2.0) -> float | None:
        """The y (mm) of the most inked row near ``y_mm`` between x0 and x1 — None when no row there is inked
        along most of that length."""
        return self._line(self.row_ink, y_mm, x0_mm, x1_mm, window_mm)

    def vertical_line(self, x_mm: float, y0_mm: float, y1_mm: float, window_mm: float = 2.0) -> float | None:
        return self._line(self.column_ink, x_mm, y0_mm, y1_mm, window_mm)

    @staticmethod
    def _line(ink, at_mm: float, a_mm: float, b_mm: float, window_mm: float) -> float | None:
        a, b = round(a_mm * PX_PER_MM), round(b_mm * PX_PER_MM)
        lo, hi = round((at_mm - window_mm) * PX_PER_MM), round((at_mm + window_mm) * PX_PER_MM)
        inked = [p for p in range(lo, hi + 1) if ink(p, a, b) >= 0.8 * (b - a)]
        runs: list[list[int]] = []  # a line is a few pixels thick: runs of neighbouring inked rows
        for p in inked:
            if runs and p == runs[-1][-1] + 1:
                runs[-1].append(p)
            else:
                runs.append([p])
        if not runs:
            return None
        middles = [(run[0] + run[-1] + 1) / 2 / PX_PER_MM for run in runs]
        return min(middles, key=lambda m: abs(m - at_mm))  # the line nearest to where it should be

    def ink_in(self, x0_mm: float, y0_mm: float, x1_mm: float, y1_mm: float) -> int:
        x0, x1 = round(x0_mm * PX_PER_MM), round(x1_mm * PX_PER_MM)
        return sum(self.row_ink(y, x0, x1) for y in range(round(y0_mm * PX_PER_MM), round(y1_mm * PX_PER_MM)))
