"""In-app preview of a document, from memory only (no temporary file): images, text, and the first page of a PDF
(pdf_pages.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QStackedWidget, QWidget

from .file_kinds import kind_words
from .pdf_pages import first_page

TEXT_TYPES = ("application/json", "application/xml", "application/csv", "application/x-yaml")
MAX_TEXT = 2_000_000


def is_text(media_type: str) -> bool:
    return media_type.startswith("text/") or media_type in TEXT_TYPES


class DocumentPreview(QStackedWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(self.tr("Image preview"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.image)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text preview"))
        for widget in (self.message, scroll, self.text):
            self.addWidget(widget)
        self.image_page = scroll
        self.pixmap: QPixmap | None = None
        self.clear()

    def clear(self, text: str = "") -> None:
        self.pixmap = None
        self.image.clear()
        self.text.clear()
        self.message.setText(text or self.tr("Select a document to see it here."))
        self.setCurrentWidget(self.message)

    def show_content(self, content: bytes, media_type: str, file_name: str = "") -> str:
        """Show the bytes; returns 'image', 'pdf', 'text' or 'none'."""
        if media_type == "application/pdf":
            page = first_page(content, max(400, min(1200, self.width())))
            if page is None:
                self.clear(self.tr("PDF documents are not previewed on this computer (it has neither QtPdf nor "
                                   "poppler's pdftoppm). Use “Save a copy as…” to open it elsewhere."))
                return "none"
            if page.isNull():
                self.clear(self.tr("This PDF document could not be shown: it may be damaged."))
                return "none"
            self.pixmap = QPixmap.fromImage(page)
            self.image.setAccessibleName(self.tr("First page of the PDF document"))
            self._fit()
            self.setCurrentWidget(self.image_page)
            return "pdf"
        self.image.setAccessibleName(self.tr("Image preview"))
        if media_type.startswith("image/"):
            image = QImage.fromData(content)
            if not image.isNull():
                self.pixmap = QPixmap.fromImage(image)
                self._fit()
                self.setCurrentWidget(self.image_page)
                return "image"
        if is_text(media_type):
            self.text.setPlainText(content[:MAX_TEXT].decode("utf-8", errors="replace"))
            self.setCurrentWidget(self.text)
            return "text"
        self.clear(self.tr("No preview for this kind of file (%1). Use “Save a copy as…” to open it elsewhere.")
                   .replace("%1", kind_words(media_type, file_name)))
        return "none"

    def _fit(self) -> None:
        if self.pixmap is not None:
            size = self.size() * 0.95
            if self.pixmap.width() > size.width() or self.pixmap.height() > size.height():
                shown = self.pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation)
            else:
                shown = self.pixmap
            self.image.setPixmap(shown)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()
