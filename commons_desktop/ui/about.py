"""Help > About: the app's name, its one version number (pyproject's, through the package metadata), what it
is, its licence and the versions of the parts it runs on."""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import APP_ID, APP_NAME, __version__
from .launch import app_icon


def homepage() -> str:
    try:
        urls = metadata.metadata("commons-desktop").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return ""
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "homepage":
            return url.strip()
    return ""


class AboutBox(QMessageBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.setIconPixmap(app_icon().pixmap(64, 64))
        self.setTextFormat(Qt.TextFormat.RichText)
        version = self.tr("Version %1").replace("%1", __version__)
        self.setText(f"<h3>{escape(APP_NAME)}</h3><p>{escape(version)}</p>")
        url = homepage()
        link = f'<p><a href="{escape(url)}">{escape(url)}</a></p>' if url else ""
        self.setInformativeText(
            "<p>" + escape(self.tr("The encrypted member register and address book of a collective: everything stays "
                                   "encrypted on your computers, and only what you choose is shared.")) + "</p>"
            + link + "<p>" + escape(self.tr("Licence: %1").replace("%1", "AGPL-3.0-or-later")) + "</p><p><small>"
            + escape(f"Qt {qVersion()} · PySide6 {_version('PySide6-Essentials') or _version('PySide6')} · "
                     f"sqlcipher3 {_version('sqlcipher3')} · pyrage {_version('pyrage')} · {APP_ID}")
            + "</small></p>")
        self.setStandardButtons(QMessageBox.StandardButton.Close)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""
