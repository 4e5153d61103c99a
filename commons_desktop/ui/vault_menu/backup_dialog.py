"""Back up now: which folder (remembered for this vault), how many backups to keep there, and after how many days
without a backup the app reminds the user. The backup itself runs as a job (``VaultSafety.back_up``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services import maintenance
from .. import format as fmt
from ..unlock.unlock_panel import no_default_buttons
from .fitting import FittingDialog


class BackupDialog(FittingDialog):
    def __init__(self, safety, vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.safety, self.vault = safety, vault
        desktop = safety.desktop
        self.setWindowTitle(self.tr("Back up the vault"))
        folder, keep = desktop.config.backup_choice(vault.path)
        last = maintenance.last_backup(vault)
        self.chosen = folder or (last[1] if last else str(desktop.session.dirs.backups))
        intro = QLabel(self.tr("A backup is an encrypted copy of the vault: it opens with the vault's passphrase. "
                               "Keep backups on another disk or a USB stick, so that they survive the loss or "
                               "theft of this computer."))
        intro.setWordWrap(True)
        self.folder = QLabel(self.chosen)
        self.folder.setTextFormat(Qt.TextFormat.PlainText)
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.keep = QSpinBox()
        self.keep.setRange(1, 999)
        self.keep.setValue(keep)
        self.keep.setAccessibleName(self.tr("Backups kept in this folder"))
        self.remind = QSpinBox()
        self.remind.setRange(0, 365)
        self.remind.setSpecialValueText(self.tr("never"))
        self.remind.setSuffix(self.tr(" days"))
        self.remind.setValue(desktop.config.backup_reminder_days)
        self.remind.setAccessibleName(self.tr("Remind me when the last backup is older than"))
        if last:
            said = self.tr("Last backup: %1, into %2.").replace("%1", fmt.moment(last[0], seconds=False)).replace(
                "%2", last[1])
        else:
            said = self.tr("This vault has never been backed up.")
        self.last = QLabel(said)
        self.last.setTextFormat(Qt.TextFormat.PlainText)
        self.last.setWordWrap(True)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), where)
        form.addRow(self.tr("Backups kept there"), self.keep)
        form.addRow(self.tr("Remind me after"), self.remind)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.backup_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.last)
        layout.addStretch(1)
        layout.addLayout(buttons)
        no_default_buttons(self)
        self.backup_button.setDefault(True)

    def choose_folder(self) -> None:
        path = self.safety.desktop.window.ask.folder(self.tr("Folder for the backups"), self.chosen)
        if path:
            self.chosen = path
            self.folder.setText(path)

    def back_up(self) -> None:
        config = self.safety.desktop.config
        config.backup_reminder_days = self.remind.value()
        config.remember_backup_choice(self.vault.path, Path(self.chosen), self.keep.value())
        self.accept()
        self.safety.back_up(Path(self.chosen), self.keep.value())
