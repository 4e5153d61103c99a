"""HTML (from exchange/printables.py) to an A4 PDF with QTextDocument + QPdfWriter. Works offscreen; the
CLI reaches it by module name (cli/commands/exchange_export.py), the GUI through services/exports."""

from __future__ import annotations

import os
from pathlib import Path


def _app():
    from PySide6.QtGui import QGuiApplication  # no widgets: the CLI renders PDFs on a headless machine
    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app


def render_pdf(html: str, path: str | os.PathLike) -> None:
    """Write ``html`` as a PDF at ``path`` (A4, 15 mm margins), readable by the owner only from its first byte,
    all or nothing: it is written beside the target under a temporary name, then moved into place."""
    _app()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)  # never write through a file (or a link) someone left there
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # Qt keeps the mode of an existing file
    os.close(fd)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        writer.setTitle("Commons Desktop")
        writer.setCreator("Commons Desktop")
        doc = QTextDocument()
        doc.setHtml(html)
        doc.print_(writer)
        del writer  # flushes and closes the file
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
