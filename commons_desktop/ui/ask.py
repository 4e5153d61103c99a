"""Questions put to the user (a name, a yes/no, a file). Tests queue the next answers instead of
clicking through modal dialogs (the "next answer" seam KeePassXC's tests use)."""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def documents_folder() -> str:
    """Where file dialogs open: the user's Documents folder (the home folder where there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else str(Path.home())


def _in_documents(suggested: str) -> str:
    """A suggested file name alone goes into the Documents folder; a path is kept."""
    return str(Path(documents_folder()) / suggested) if suggested and Path(suggested).name == suggested else (
        suggested or documents_folder())


class Ask(QObject):
    strict = False  # tests: a question with no queued answer fails instead of opening a dialog

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.window = parent
        self.answers: deque[Any] = deque()
        self.asked: list[str] = []  # titles of the questions put, for tests

    def _next(self, title: str):
        self.asked.append(title)
        if self.answers:
            return True, self.answers.popleft()
        if self.strict:
            raise AssertionError(f"unexpected question: {title}")
        return False, None

    def text(self, title: str, label: str, default: str = "") -> str | None:
        queued, answer = self._next(title)
        if queued:
            return answer
        value, ok = QInputDialog.getText(self.window, title, label, QLineEdit.EchoMode.Normal, default)
        return value if ok else None

    def item(self, title: str, label: str, items: list[str], editable: bool = True) -> str | None:
        queued, answer = self._next(title)
        if queued:
            return answer
        value, ok = QInputDialog.getItem(self.window, title, label, items, 0, editable)
        return value if ok else None

    def confirm(self, title: str, text: str) -> bool:
        queued, answer = self._next(title)
        if queued:
            return bool(answer)
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        return QMessageBox.question(self.window, title, text, buttons) == QMessageBox.StandardButton.Yes

    def save_discard_cancel(self, title: str, text: str) -> str:
        """Unsaved changes: "save", "discard" or "cancel" (the dialog closed without a choice is "cancel")."""
        queued, answer = self._next(title)
        if queued:
            return str(answer)
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, self.window)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        chosen = box.standardButton(box.clickedButton()) if box.clickedButton() is not None else None
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(chosen, "cancel")

    def open_files(self, title: str, filters: str = "") -> list[str]:
        queued, answer = self._next(title)
        if queued:
            return list(answer or [])
        paths, _ = QFileDialog.getOpenFileNames(self.window, title, documents_folder(), filters)
        return paths

    def open_file(self, title: str, filters: str = "", start: str = "") -> str | None:
        queued, answer = self._next(title)
        if queued:
            return answer
        path, _ = QFileDialog.getOpenFileName(self.window, title, start or documents_folder(), filters)
        return path or None

    def save_file(self, title: str, suggested: str = "", filters: str = "") -> str | None:
        queued, answer = self._next(title)
        if queued:
            return answer
        path, _ = QFileDialog.getSaveFileName(self.window, title, _in_documents(suggested), filters)
        return path or None

    def folder(self, title: str, start: str = "") -> str | None:
        queued, answer = self._next(title)
        if queued:
            return answer
        return QFileDialog.getExistingDirectory(self.window, title, start or documents_folder()) or None

    def inform(self, title: str, text: str) -> None:
        queued, _ = self._next(title)
        if not queued:
            QMessageBox.information(self.window, title, text)
