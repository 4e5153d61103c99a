"""Address labels and ID-1 member cards drawn at their exact places on the page (exchange/label_sheets.py
says where). Each label or card is drawn inside its own box only: text too long is shrunk, then cut with an
ellipsis, and clipped to the box besides — nothing ever runs onto the next label."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ...exchange import label_sheets
from ...exchange.label_sheets import Box
from ...exchange.printables import Card, Cards, Labels, PrintReport, PrintWords
from .canvas import Canvas, Fit

GREY = QColor(96, 96, 96)
OUTLINE = QColor(128, 128, 128)
SHEET = QColor(205, 205, 205)  # a preview's labels and cards, as the die-cut lines of the real sheet look


def label_padding(box: Box) -> tuple[float, float]:
    """(sides, top and bottom) in mm: room from the die-cut edge, smaller on small labels."""
    return min(4.0, box.width * 0.07), min(3.0, box.height * 0.08)


def label_sizes(sheet) -> tuple[float, float]:
    """(largest, smallest) font size in points of a sheet's labels: five lines fit the largest."""
    _side, pad = label_padding(sheet.box(0))
    inner = sheet.label_height - 2 * pad
    return max(6.0, min(11.0, round(inner / (5 * 0.42) * 4) / 4)), 5.5


def inner_box(box: Box) -> Box:
    side, pad = label_padding(box)
    return Box(box.x + side, box.y + pad, box.width - 2 * side, box.height - 2 * pad)


def draw_labels(canvas: Canvas, doc: Labels, words: PrintWords) -> PrintReport:
    report = PrintReport(items=len(doc.labels))
    placed = label_sheets.place(doc.sheet, len(doc.labels), doc.start)
    largest, smallest = label_sizes(doc.sheet)
    page = -1
    if not placed and (doc.outlines or canvas.preview):  # nothing to print: the page still shows the sheet
        if doc.outlines:
            _outlines(canvas, doc)
        else:
            _sheet_preview(canvas, doc.sheet)
        report.pages = 1
    for item in placed:
        if item.page != page:
            if page >= 0 and not canvas.next_page():
                break
            page = item.page
            report.pages += 1
            if doc.outlines:
                _outlines(canvas, doc)
            elif canvas.preview:
                _sheet_preview(canvas, doc.sheet)
        inner = inner_box(item.box)
        fit = canvas.fit(doc.labels[item.index], inner.width, inner.height, largest, smallest)
        _count(report, fit)
        top = inner.y + (inner.height - fit.height / canvas.unit) / 2  # centred on the label's height
        canvas.draw(fit, inner.x, max(inner.y, top), clip=item.box)
        canvas.step(item.index + 1, len(placed))
    return report


def _outlines(canvas: Canvas, doc: Labels) -> None:
    for box in doc.sheet.boxes():
        canvas.outline(box, 0.25, OUTLINE)


def _sheet_preview(canvas: Canvas, sheet) -> None:
    for box in sheet.boxes():
        canvas.outline(box, 0.3, SHEET)


def _count(report: PrintReport, fit: Fit) -> None:
    report.shrunk += fit.shrunk and not fit.cut
    report.cut += fit.cut


# -- member cards -------------------------------------------------------------------------------------------
CARD_PAD = 4.0  # mm inside the card's edge


def draw_cards(canvas: Canvas, doc: Cards, words: PrintWords) -> PrintReport:
    report = PrintReport(items=len(doc.cards))
    placed = label_sheets.place(doc.sheet, len(doc.cards), 1)
    page = -1
    if not placed:
        _card_page(canvas, doc)
        report.pages = 1
    for item in placed:
        if item.page != page:
            if page >= 0 and not canvas.next_page():
                break
            page = item.page
            report.pages += 1
            _card_page(canvas, doc)
        _card(canvas, report, item.box, doc.group, doc.cards[item.index], words)
        canvas.step(item.index + 1, len(placed))
    return report


def _card_page(canvas: Canvas, doc: Cards) -> None:
    for mark in label_sheets.cut_marks(doc.sheet):
        canvas.line(mark.x1, mark.y1, mark.x2, mark.y2, 0.2)
    if doc.outlines:
        for box in doc.sheet.boxes():
            canvas.outline(box, 0.25, OUTLINE)
    elif canvas.preview:
        _sheet_preview(canvas, doc.sheet)


def _card(canvas: Canvas, report: PrintReport, box: Box, group: str, card: Card, words: PrintWords) -> None:
    x, width = box.x + CARD_PAD, box.width - 2 * CARD_PAD
    fits: list[Fit] = []

    def put(text: str, top: float, height: float, largest: float, smallest: float, bold: bool = False,
            color=None) -> None:
        if not text:
            return
        fit = canvas.fit([text], width, height, largest, smallest, bold)
        fits.append(fit)
        canvas.draw(fit, x, box.y + top, clip=box, **({"color": color} if color is not None else {}))

    put(group, CARD_PAD, 5.0, 10.0, 6.0, bold=True)
    put(words("cards_title"), CARD_PAD + 5.2, 3.6, 7.0, 5.5, color=GREY)
    canvas.line(x, box.y + 13.5, x + width, box.y + 13.5, 0.3, GREY)
    put(card.name, 16.5, 8.0, 15.0, 8.0, bold=True)
    if card.number:
        put(words("card_number", card.number), 26.5, 5.0, 11.0, 7.0)
    if card.type:
        put(card.type, 33.0, 4.6, 10.0, 6.5, bold=True)
        valid = words("card_valid_until", words.day(card.end)) if card.end else words("card_no_end")
        put(valid, 38.5, 4.6, 10.0, 6.5)
    else:
        put(words("card_no_membership"), 33.0, 4.6, 10.0, 6.5)
    report.shrunk += any(f.shrunk for f in fits) and not any(f.cut for f in fits)
    report.cut += any(f.cut for f in fits)
