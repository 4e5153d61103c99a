"""The first page of a PDF as an image, made in memory: no decrypted byte of the document is written to disk.

With QtPdf (the PySide6-Addons wheel has it; PySide6-Essentials, which this project installs, does not), the page is
rendered in this process from a buffer. Otherwise poppler's ``pdftoppm`` renders it in a separate process that reads
the PDF on its standard input and writes the PNG to its standard output — no file on either side (strace: it opens
nothing for writing), bounded in time, memory and output, so a hostile PDF costs at most that process. Without
either, there is no preview (``None``) and the preview pane says so.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage

TIMEOUT = 20  # seconds for pdftoppm to render one page
MAX_PNG = 32 * 1024 * 1024  # bytes of PNG read back
MEMORY = 1024 * 1024 * 1024  # address space of the pdftoppm process (Linux, macOS)


def _with_qtpdf(content: bytes, width: int) -> QImage | None:
    try:  # by name: an optional module (the self-test imports every module an import statement names)
        QPdfDocument = importlib.import_module("PySide6.QtPdf").QPdfDocument  # noqa: N806 - Qt's class name
    except ImportError:
        return None
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return QImage()
    page = document.pagePointSize(0)
    height = int(width * page.height() / page.width()) if page.width() else width
    return document.render(0, QSize(width, height))


def pdftoppm() -> str | None:
    return shutil.which("pdftoppm")


def _bounded(command: list[str]) -> list[str]:
    """The command under util-linux's ``prlimit`` where there is one: at most MEMORY of address space, and no file
    of any size may be written (a preexec_fn would not be safe in a program with threads)."""
    limiter = shutil.which("prlimit") if sys.platform.startswith("linux") else None
    return [limiter, f"--as={MEMORY}", "--fsize=0", "--", *command] if limiter else command


def _with_pdftoppm(content: bytes, width: int) -> QImage | None:
    program = pdftoppm()
    if program is None:
        return None
    try:
        done = subprocess.run(  # noqa: S603 - a fixed program, the PDF on stdin
            _bounded([program, "-png", "-singlefile", "-f", "1", "-l", "1", "-scale-to-x", str(width),
                      "-scale-to-y", "-1", "-"]), input=content, capture_output=True, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return QImage()
    if done.returncode != 0 or not done.stdout or len(done.stdout) > MAX_PNG:
        return QImage()
    return QImage.fromData(done.stdout, "PNG")


def first_page(content: bytes, width: int = 800) -> QImage | None:
    """The first page, ``width`` pixels wide. None: nothing on this computer renders PDFs; a null image: this PDF
    could not be rendered (damaged, or not a PDF)."""
    image = _with_qtpdf(content, width)
    if image is None:
        image = _with_pdftoppm(content, width)
    return image
