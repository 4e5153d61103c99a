"""PDF files, written by Qt (QPdfWriter) offscreen: HTML turned into A4 pages (the access report, the letters), and
the writer and file that ui/pdf/printer.py paints labels, cards and the member list on. The CLI reaches this
package by module name (cli/commands/exchange_export.py), the GUI through services/exports.

QPdfWriter does not report write errors (a full disk gives a truncated file and no error), so the file is
written through the one atomic helper (core/atomic.py) and checked complete -- header, trailer, and every
object where its cross-reference table says -- before it takes the destination's name."""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ...core.atomic import atomic_path

_TRAILER = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_SUBSECTION = re.compile(rb"\s*(\d+) (\d+)\s*")
_OBJECT = re.compile(rb"\d+ \d+ obj\b")


def _app():
    from PySide6.QtGui import QGuiApplication  # no widgets: the CLI renders PDFs on a headless machine
    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app


def pdf_problem(data: bytes) -> str:
    """Why ``data`` is not a complete PDF ('' when it is): it must start with the PDF header, end with the
    trailer, and every object its cross-reference table lists must start where the table says."""
    if not data.startswith(b"%PDF-"):
        return "no PDF header"
    match = _TRAILER.search(data[-4096:])
    if not match:
        return "no trailer (the file was cut short)"
    pos = int(match.group(1))
    if not data.startswith(b"xref", pos):
        return "the cross-reference table is not where the trailer says"
    pos += 4
    while True:
        sub = _SUBSECTION.match(data, pos)
        if not sub:
            break
        count = int(sub.group(2))
        pos = sub.end()
        for _ in range(count):
            entry = data[pos:pos + 20]
            if len(entry) < 18:
                return "the cross-reference table is cut short"
            if entry[17:18] == b"n" and not _OBJECT.match(data, int(entry[:10])):
                return f"an object is missing at offset {int(entry[:10])}"
            pos += 20
    if not data.startswith(b"trailer", pos):
        return "the cross-reference table is damaged"
    return ""


def check_pdf(path: Path) -> None:
    """Raise OSError (EIO) unless ``path`` holds a complete PDF."""
    problem = pdf_problem(Path(path).read_bytes())
    if problem:
        raise OSError(errno.EIO, f"the PDF could not be written completely ({problem}; is the disk full?)",
                      str(path))


@contextmanager
def pdf_file(path: str | os.PathLike) -> Iterator[Path]:
    """A temporary path to write the PDF at, beside ``path`` (created 0600 first: Qt keeps an existing file's
    mode); when the block ends without an error it is checked complete and takes ``path``'s name, else it is
    removed (core/atomic.py)."""
    with atomic_path(path, check=check_pdf) as out:
        yield out.temp


def new_writer(path: Path, *, landscape: bool = False, margins_mm: float = 0.0, resolution: int = 1200,
               title: str = "Commons Desktop"):
    """A QPdfWriter on A4 at ``path``. With no margins, painting coordinates start at the page's top left
    corner: ui/pdf/printer.py places labels from there, in device units of ``resolution`` dots per inch."""
    _app()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    writer = QPdfWriter(str(path))
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                     QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm),
                                     QPageLayout.Unit.Millimeter))
    writer.setResolution(resolution)
    writer.setTitle(title)
    writer.setCreator("Commons Desktop")
    return writer


def render_pdf(html: str, path: str | os.PathLike) -> None:
    """Write ``html`` as a PDF at ``path`` (A4, 15 mm margins), readable by the owner only from its first byte,
    all or nothing: written beside the target under a temporary name, checked complete, then moved into place."""
    _app()
    from PySide6.QtGui import QTextDocument

    with pdf_file(path) as tmp:
        writer = new_writer(tmp, margins_mm=15, resolution=300)
        doc = QTextDocument()
        doc.setHtml(html)
        doc.print_(writer)
        del writer  # flushes and closes the file
