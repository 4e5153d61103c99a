"""Labels, member cards and the member list as PDF files (QPainter on QPdfWriter, at exact millimetre
positions), or their first page as an image for a preview. The words come from the caller (ui/ or cli/):
``printer(words)`` is what services.exports.export_file is given."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path

from ...exchange.printables import Cards, Labels, MemberList, PrintReport, PrintWords
from ...services.progress import Progress
from .render import _app, new_writer, pdf_file

Document = Labels | Cards | MemberList
RESOLUTION = 1200  # dots per inch of the PDF's coordinates: a device unit is 0.02 mm


def _draw(canvas, doc: Document, words: PrintWords) -> PrintReport:
    from .member_list import draw_list
    from .sheets import draw_cards, draw_labels

    if isinstance(doc, Labels):
        return draw_labels(canvas, doc, words)
    if isinstance(doc, Cards):
        return draw_cards(canvas, doc, words)
    return draw_list(canvas, doc, words)


def _title(doc: Document, words: PrintWords) -> str:
    key = "labels_title" if isinstance(doc, Labels) else "cards_title" if isinstance(doc, Cards) else "list_title"
    group = getattr(doc, "group", "")
    return f"{group} — {words(key)}" if group else words(key)


def print_pdf(doc: Document, path: str | os.PathLike, progress: Progress | None = None, *,
              words: PrintWords) -> PrintReport:
    """Write ``doc`` as a PDF at ``path``, all or nothing; what was printed (pages, items shrunk or cut).
    ``progress`` hears (done, total, "printing") every 100 items; an exception it raises (a cancelled job)
    leaves no file."""
    _app()
    from PySide6.QtGui import QPainter

    from .canvas import Canvas

    with pdf_file(path) as tmp:
        writer = new_writer(Path(tmp), landscape=isinstance(doc, MemberList), resolution=RESOLUTION,
                            title=_title(doc, words))
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"the PDF could not be started: {Path(path).name}")
        try:
            report = _draw(Canvas(painter, RESOLUTION, writer.newPage, progress=progress), doc, words)
        finally:
            painter.end()  # writes the end of the file
        del writer
    return report


def printer(words: PrintWords) -> Callable[..., PrintReport]:
    """What services.exports.export_file is given: (document, path, progress) -> PrintReport."""
    return partial(print_pdf, words=words)


def preview(doc: Document, words: PrintWords, width_px: int = 420):
    """The first page of ``doc`` as a QImage ``width_px`` wide (the same drawing as the PDF, smaller)."""
    _app()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    from .canvas import Canvas

    landscape = isinstance(doc, MemberList)
    page_mm = (297.0, 210.0) if landscape else (210.0, 297.0)
    dpi = width_px / (page_mm[0] / 25.4)
    image = QImage(width_px, round(page_mm[1] / 25.4 * dpi), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        _draw(Canvas(painter, dpi, lambda: False, preview=True), doc, words)
        painter.setPen(Qt.GlobalColor.darkGray)  # the page's edge
        painter.drawRect(0, 0, image.width() - 1, image.height() - 1)
    finally:
        painter.end()
    return image
