"""A page to draw on in millimetres (a QPdfWriter page, or an image for a preview), and text made to fit a box:
shrunk down to a smallest size, then cut with a visible ellipsis — never over the box's edge."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ...exchange.label_sheets import Box

FAMILY = "DejaVu Sans"  # installed with the app's system packages; Qt falls back to a sans-serif elsewhere
STEP = 0.25              # font sizes are tried by quarter points
ELLIPSIS = "…"


@dataclass
class Fit:
    """Lines set in one font size: ``cut`` when something had to be left out (an ellipsis shows where)."""

    size: float
    lines: list[str]
    font: QFont
    metrics: QFontMetricsF
    shrunk: bool
    cut: bool

    @property
    def height(self) -> float:
        """The block's height in device units: the first line's full height, then one line spacing per line."""
        if not self.lines:
            return 0.0
        return self.metrics.height() + (len(self.lines) - 1) * self.metrics.lineSpacing()


class Canvas:
    """Draws on ``painter`` (a device of ``dpi`` dots per inch) in millimetres from the page's top left corner.
    ``next_page()`` asks the device for a new page: False when the device has only one (an image); ``preview``:
    drawing a picture for the screen rather than the file."""

    def __init__(self, painter: QPainter, dpi: float, next_page: Callable[[], bool], preview: bool = False,
                 progress: Callable[[int, int, str], None] | None = None):
        self.painter, self.dpi = painter, dpi
        self._progress = progress
        self.preview = preview  # an image on screen: the sheet's labels are shown faintly, as on the real sheet
        self.unit = dpi / 25.4  # device units in a millimetre
        self._next_page = next_page
        self._fonts: dict[tuple[float, bool], tuple[QFont, QFontMetricsF]] = {}

    def next_page(self) -> bool:
        return self._next_page()

    def step(self, done: int, total: int) -> None:
        """``done`` of ``total`` items drawn (every 100th, and the last): for a progress bar, and a job's cancel."""
        if self._progress is not None and (done % 100 == 0 or done == total):
            self._progress(done, total, "printing")

    # -- units ---------------------------------------------------------------------------------------------
    def mm(self, value: float) -> float:
        return value * self.unit

    def rect(self, box: Box) -> QRectF:
        return QRectF(self.mm(box.x), self.mm(box.y), self.mm(box.width), self.mm(box.height))

    def font(self, size: float, bold: bool = False) -> tuple[QFont, QFontMetricsF]:
        key = (size, bold)
        if key not in self._fonts:
            font = QFont(FAMILY)
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setKerning(True)
            font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters: a copied email or name is as written
            self._fonts[key] = (font, QFontMetricsF(font, self.painter.device()))
        return self._fonts[key]

    # -- text ----------------------------------------------------------------------------------------------
    def fit(self, lines: Sequence[str], width_mm: float, height_mm: float, largest: float, smallest: float,
            bold: bool = False, elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> Fit:
        """``lines`` in the largest size (by quarter points, from ``largest`` down to ``smallest``) at which they
        all fit in the box; at the smallest size, the lines that do not fit are left out (the last one shown
        ends with an ellipsis) and a line too wide is elided."""
        width, height = self.mm(width_mm), self.mm(height_mm)
        lines = [line.strip() for line in lines]
        steps = max(0, round((largest - smallest) / STEP))
        sizes = [largest - n * STEP for n in range(steps + 1)]  # largest first
        lo, hi, found = 0, len(sizes) - 1, None  # the first (largest) size that fits: fitting is monotonic
        while lo <= hi:
            mid = (lo + hi) // 2
            if self._fits(lines, sizes[mid], bold, width, height):
                found, hi = mid, mid - 1
            else:
                lo = mid + 1
        if found is not None:
            font, metrics = self.font(sizes[found], bold)
            return Fit(sizes[found], lines, font, metrics, found > 0, False)
        font, metrics = self.font(sizes[-1], bold)
        room = 0 if height < metrics.height() else 1 + int((height - metrics.height()) // metrics.lineSpacing())
        shown = lines[:max(room, 1)]  # a box smaller than one line still shows the start of its first line
        cut = len(shown) < len(lines)
        if cut:
            shown[-1] = f"{shown[-1]} {ELLIPSIS}"
        out = []
        for line in shown:
            elided = metrics.elidedText(line, elide, width)
            cut = cut or elided != line
            out.append(elided)
        return Fit(sizes[-1], out, font, metrics, bool(steps), cut)

    def _fits(self, lines: Sequence[str], size: float, bold: bool, width: float, height: float) -> bool:
        _font, metrics = self.font(size, bold)
        if lines and metrics.height() + (len(lines) - 1) * metrics.lineSpacing() > height:
            return False
        return all(metrics.horizontalAdvance(line) <= width for line in lines)

    def draw(self, fit: Fit, x_mm: float, y_mm: float, clip: Box | None = None,
             color: QColor | Qt.GlobalColor = Qt.GlobalColor.black) -> None:
        """The lines of ``fit`` with the first line's top at (x, y), clipped to ``clip``."""
        p = self.painter
        p.save()
        if clip is not None:
            p.setClipRect(self.rect(clip))
        p.setFont(fit.font)
        p.setPen(QColor(color))
        top = self.mm(y_mm) + fit.metrics.ascent()
        for n, line in enumerate(fit.lines):
            p.drawText(QPointF(self.mm(x_mm), top + n * fit.metrics.lineSpacing()), line)
        p.restore()

    def text_width(self, text: str, size: float, bold: bool = False) -> float:
        """In millimetres."""
        return self.font(size, bold)[1].horizontalAdvance(text) / self.unit

    # -- lines ---------------------------------------------------------------------------------------------
    def pen(self, width_mm: float, color: QColor | Qt.GlobalColor = Qt.GlobalColor.black) -> QPen:
        pen = QPen(QColor(color))
        pen.setWidthF(self.mm(width_mm))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        return pen

    def outline(self, box: Box, width_mm: float = 0.2, color: QColor | Qt.GlobalColor = Qt.GlobalColor.gray) -> None:
        p = self.painter
        p.save()
        p.setPen(self.pen(width_mm, color))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(self.rect(box))
        p.restore()

    def line(self, x1: float, y1: float, x2: float, y2: float, width_mm: float = 0.2,
             color: QColor | Qt.GlobalColor = Qt.GlobalColor.black) -> None:
        p = self.painter
        p.save()
        p.setPen(self.pen(width_mm, color))
        p.drawLine(QPointF(self.mm(x1), self.mm(y1)), QPointF(self.mm(x2), self.mm(y2)))
        p.restore()

    def fill(self, box: Box, color: QColor) -> None:
        self.painter.fillRect(self.rect(box), color)
