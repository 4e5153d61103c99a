"""The member list on landscape A4 pages: a title that says what the list is (the collective, the selection, the
day, how many people), then one line per person in columns measured to their content. When the columns are wider
than the page, the type gets smaller (down to 7 pt), then the widest columns are narrowed and only the cells that
no longer fit are elided — an email loses its middle ("jean-pierre.dup…@example.org"), never wraps mid-word."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ...exchange.label_sheets import Box
from ...exchange.printables import ListRow, MemberList, PrintReport, PrintWords, selection_words
from .canvas import Canvas

PAGE = (297.0, 210.0)   # A4 landscape, mm
MARGIN = 12.0
CELL_PAD = 1.6          # mm each side of a cell
SPREAD = 12.0           # mm at most added to a column when the page has room to spare
SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)
HEADER_FILL = QColor(224, 224, 224)
STRIPE = QColor(244, 244, 244)
RULE = QColor(160, 160, 160)
ELIDE = {"email": Qt.TextElideMode.ElideMiddle}


@dataclass
class Layout:
    size: float
    widths: list[float]  # mm, one per column
    narrowed: bool       # some columns are narrower than their widest cell


def cells(doc: MemberList, row: ListRow, words: PrintWords) -> list[str]:
    out = []
    for column in doc.columns:
        if column == "membership":
            status = words.status(row.status) if row.status else ""
            out.append(words("status_until", status, words.day(row.until)) if status and row.until else status)
        else:
            out.append(getattr(row, column))
    return out


def headers(doc: MemberList, words: PrintWords) -> list[str]:
    return [words(f"col_{c}") for c in doc.columns]


def layout(canvas: Canvas, table: list[list[str]], head: list[str], room: float) -> Layout:
    """Column widths (mm) for ``room`` mm: each column as wide as its widest cell at the largest size that lets
    every column be whole; else at 7 pt, the widest columns narrowed to a common cap (the narrow ones keep their
    width). Room left over is shared out (see _spread)."""
    for size in SIZES:
        natural = _natural(canvas, table, head, size)
        if sum(natural) <= room:
            return Layout(size, _spread(natural, room), False)
    size = SIZES[-1]
    heads = [canvas.text_width(h, size, bold=True) + 2 * CELL_PAD for h in head]
    # a column never gets narrower than its header (or 12 mm)
    floor = [max(12.0, min(w, h)) for w, h in zip(natural, heads, strict=True)]
    cap = _cap(natural, floor, room)
    widths = [max(f, min(w, cap)) for w, f in zip(natural, floor, strict=True)]
    return Layout(size, _spread(widths, room), True)


def _natural(canvas: Canvas, table: list[list[str]], head: list[str], size: float) -> list[float]:
    widths = [canvas.text_width(h, size, bold=True) for h in head]
    for row in table:
        for n, text in enumerate(row):
            if text:
                widths[n] = max(widths[n], canvas.text_width(text, size))
    return [w + 2 * CELL_PAD for w in widths]


def _cap(natural: list[float], floor: list[float], room: float) -> float:
    """The largest cap such that sum(max(floor, min(width, cap))) fits in ``room`` (found by halving)."""
    lo, hi = 0.0, max(natural)
    for _ in range(40):
        mid = (lo + hi) / 2
        if sum(max(f, min(w, mid)) for w, f in zip(natural, floor, strict=True)) <= room:
            lo = mid
        else:
            hi = mid
    return lo


def _spread(widths: list[float], room: float) -> list[float]:
    """Room left over shared equally between the columns, at most SPREAD mm each: a list of two columns does not
    stretch them across a landscape page."""
    total = sum(widths)
    if not widths or total >= room:
        return widths
    extra = min(SPREAD, (room - total) / len(widths))
    return [w + extra for w in widths]


def draw_list(canvas: Canvas, doc: MemberList, words: PrintWords) -> PrintReport:
    room = PAGE[0] - 2 * MARGIN
    table = [cells(doc, row, words) for row in doc.rows]
    head = headers(doc, words)
    plan = layout(canvas, table, head, room)
    _font, metrics = canvas.font(plan.size)
    row_h = metrics.height() / canvas.unit + 1.6
    title_h = 17.0
    footer = 8.0
    per_page = max(1, int((PAGE[1] - 2 * MARGIN - title_h - footer - row_h) // row_h))
    pages = max(1, -(-len(table) // per_page))
    report = PrintReport(items=len(table))
    subtitle = words("list_subtitle", words("list_title"), selection_words(words, doc.selection),
                     words.day(doc.printed_on), words.people(len(table)))
    for page in range(pages):
        if page and not canvas.next_page():
            break
        report.pages += 1
        _title(canvas, doc.group or words("list_title"), subtitle, room)
        y = MARGIN + title_h
        _row(canvas, plan, head, y, row_h, report, bold=True, fill=HEADER_FILL, columns=doc.columns)
        y += row_h
        for n, cells_ in enumerate(table[page * per_page:(page + 1) * per_page]):
            _row(canvas, plan, cells_, y, row_h, report, fill=STRIPE if n % 2 else None, columns=doc.columns)
            y += row_h
            canvas.step(page * per_page + n + 1, len(table))
        canvas.line(MARGIN, y, MARGIN + sum(plan.widths), y, 0.2, RULE)
        page_words = canvas.fit([words("page", page + 1, pages)], room, footer, 8.0, 6.0)
        width = page_words.metrics.horizontalAdvance(page_words.lines[0]) / canvas.unit
        canvas.draw(page_words, MARGIN + room - width, PAGE[1] - MARGIN - page_words.height / canvas.unit)
    return report


def _title(canvas: Canvas, title: str, subtitle: str, room: float) -> None:
    fit = canvas.fit([title], room, 8.0, 16.0, 10.0, bold=True)
    canvas.draw(fit, MARGIN, MARGIN)
    fit = canvas.fit([subtitle], room, 5.0, 10.0, 7.0)
    canvas.draw(fit, MARGIN, MARGIN + 8.5, color=QColor(64, 64, 64))


def _row(canvas: Canvas, plan: Layout, texts: list[str], y: float, height: float, report: PrintReport, *,
         columns: tuple[str, ...], bold: bool = False, fill: QColor | None = None) -> None:
    room = sum(plan.widths)
    if fill is not None:
        canvas.fill(Box(MARGIN, y, room, height), fill)
    x = MARGIN
    cut = False
    for text, width, column in zip(texts, plan.widths, columns, strict=True):
        cell = Box(x, y, width, height)
        if text:
            fit = canvas.fit([text], width - 2 * CELL_PAD, height, plan.size, plan.size, bold,
                             ELIDE.get(column, Qt.TextElideMode.ElideRight))
            cut = cut or fit.cut
            canvas.draw(fit, x + CELL_PAD, y + (height - fit.height / canvas.unit) / 2, clip=cell)
        x += width
    report.cut += cut
