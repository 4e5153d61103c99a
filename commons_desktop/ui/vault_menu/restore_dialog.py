"""Restore from a backup: the backup chosen is read first (read-only) and what it holds is shown beside what the
vault holds now — its date, its counts, whether it is this vault's — before anything is replaced. A backup
taken before a passphrase change asks for the passphrase it was taken under. ``VaultSafety.restore`` does the
rest: the app lets go of the vault, restores (the current vault kept aside), and opens the restored one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CommonsError
from ...services import maintenance
from .. import format as fmt
from ..unlock.passphrase_field import PassphraseField
from ..unlock.unlock_panel import no_default_buttons
from .fitting import FittingDialog
from .words import describe

SHOWN = ("people", "organisations", "memberships", "contributions", "documents", "changes")


class RestoreDialog(FittingDialog):
    def __init__(self, safety, vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.safety, self.vault = safety, vault
        self.preview: maintenance.BackupPreview | None = None
        self.path: Path | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.file = QLabel(self.tr("No backup chosen yet."))
        self.file.setTextFormat(Qt.TextFormat.PlainText)
        self.file.setWordWrap(True)
        self.file.setAccessibleName(self.tr("Backup file"))
        self.choose_button = QPushButton(self.tr("Choose a backup…"))
        self.choose_button.clicked.connect(self.choose)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("dialogHeading")
        self.summary.hide()
        self.other_vault = QLabel()
        self.other_vault.setObjectName("danger")
        self.other_vault.setWordWrap(True)
        self.other_vault.hide()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Records"), self.tr("In the backup"),
                                              self.tr("In the vault now")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.hide()
        self.passphrase_label = QLabel(self.tr("This backup was taken under another passphrase (before a change of "
                                               "passphrase): type the passphrase the vault had then."))
        self.passphrase_label.setWordWrap(True)
        self.passphrase_field = PassphraseField(self.tr("Passphrase of the backup"))
        self.passphrase = self.passphrase_field.edit
        self.passphrase.returnPressed.connect(self.open_with_passphrase)
        self.open_button = QPushButton(self.tr("Open the backup"))
        self.open_button.clicked.connect(self.open_with_passphrase)
        self.passphrase_box = QWidget()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.passphrase_field, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self.passphrase_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.passphrase_label)
        box.addLayout(row)
        self.passphrase_box.hide()
        kept = maintenance.kept_aside_folder(Path(vault.path))
        self.note = QLabel(self.tr("Before it is replaced, the vault as it is now is kept in %1. Commons Desktop "
                                   "closes the vault, restores the backup and opens it again; unsaved changes are "
                                   "kept.").replace("%1", str(kept)))
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.restore_button = QPushButton(self.tr("Restore this backup"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file, 1)
        top.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.other_vault)
        layout.addWidget(self.table)
        layout.addWidget(self.passphrase_box)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addLayout(buttons)
        no_default_buttons(self)

    def choose(self) -> None:
        folder, _keep = self.safety.desktop.config.backup_choice(self.vault.path)
        last = maintenance.last_backup(self.vault)
        start = folder or (last[1] if last else str(maintenance.kept_aside_folder(Path(self.vault.path))))
        kinds = self.tr("Commons backups (*%1);;All files (*)").replace("%1", maintenance.BACKUP_SUFFIX)
        path = self.safety.desktop.window.ask.open_file(self.tr("Choose a backup"), kinds, start)
        if path:
            self.load(path)

    def load(self, path: str | Path) -> bool:
        """Read the backup at ``path`` with the vault's key and show what it holds; True when it could be read."""
        self.path = Path(path)
        self.file.setText(str(self.path))
        self.passphrase_field.clear()
        return self._preview(self.vault.key)

    def open_with_passphrase(self) -> None:
        if self.path is None or not self.passphrase.text():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            key = maintenance.backup_key(self.path, self.passphrase.text())
        except (CommonsError, OSError) as exc:
            self._failed(exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._preview(key, asked=True)

    def _preview(self, key, asked: bool = False) -> bool:
        self.preview = None
        self.restore_button.setEnabled(False)
        self.error.hide()
        try:
            preview = maintenance.preview_backup(self.path, key)
        except maintenance.BackupKeyMismatch:
            self.summary.hide()
            self.table.hide()
            self.other_vault.hide()
            self.passphrase_box.show()
            if asked:
                self.error.setText(self.tr("This passphrase does not open the backup either."))
                self.error.show()
                self.passphrase.selectAll()
            self.passphrase.setFocus()
            return False
        except (CommonsError, OSError) as exc:
            self._failed(exc)
            return False
        self.preview = preview
        self.passphrase_box.setVisible(asked)
        taken = fmt.moment(preview.taken, seconds=False) if preview.taken else self.tr("an unknown date")
        self.summary.setText(self.tr("Backup of “%1”, taken on %2.").replace("%1", preview.name).replace("%2", taken))
        self.summary.show()
        mine = self.vault.get_meta("vault_id") or ""
        self.other_vault.setText(self.tr("This is a backup of another vault (“%1”), not of this one: restoring it "
                                         "replaces this vault by that one.").replace("%1", preview.name))
        self.other_vault.setVisible(bool(preview.vault_id) and preview.vault_id != mine)
        now = maintenance.counts(self.vault)
        names = {"people": self.tr("People"), "organisations": self.tr("Organisations"),
                 "memberships": self.tr("Memberships"), "contributions": self.tr("Contributions"),
                 "documents": self.tr("Documents"), "changes": self.tr("Changes recorded")}
        self.table.setRowCount(len(SHOWN))
        locale = self.locale()
        for row, kind in enumerate(SHOWN):
            for column, text in enumerate((names[kind], locale.toString(preview.counts.get(kind, 0)),
                                           locale.toString(now.get(kind, 0)))):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(len(SHOWN)))
        self.table.setFixedHeight(height + 2 * self.table.frameWidth())
        self.table.show()
        self.restore_button.setEnabled(True)
        return True

    def _failed(self, exc: BaseException) -> None:
        self.preview = None
        self.summary.hide()
        self.table.hide()
        self.other_vault.hide()
        self.error.setText(describe(exc))
        self.error.show()

    def restore(self) -> None:
        if self.preview is None:
            return
        preview = self.preview
        self.accept()
        self.safety.restore(preview)
