"""The lock screen: shown over the emptied main window after an auto-lock or Ctrl+L."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...services.session import Session
from ..signals import emit
from ..widgets.screen_fit import open_at
from .unlock_panel import UnlockPanel, no_default_buttons


class UnlockDialog(QDialog):
    opened = Signal(object)
    quit_requested = Signal()  # the Quit button: the desktop asks first when unsaved changes wait

    def __init__(self, session: Session, path: str | Path, parent: QWidget | None = None, note: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vault locked"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        open_at(self, 520, 300)  # (or the screen's room, when smaller)
        note = QLabel(note or self.tr("The vault was locked. Unsaved changes are kept and come back after unlocking."))
        note.setWordWrap(True)
        self.note = note
        self.panel = UnlockPanel(session)
        self.panel.set_vault_path(path, self.tr("<h2>The vault “%1” is locked</h2>").replace("%1", Path(path).stem))
        self.panel.remember.hide()
        self.panel.opened.connect(self.opened)
        quit_button = QPushButton(self.tr("Quit"))
        quit_button.clicked.connect(lambda: emit(self.quit_requested))
        bottom = QHBoxLayout()
        bottom.addWidget(quit_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.panel, 1)
        layout.addLayout(bottom)
        no_default_buttons(self)

    def reject(self) -> None:
        """Esc does not dismiss the lock screen: the vault stays locked until unlocked or quit."""
