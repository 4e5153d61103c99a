"""Starting the Qt application: what app.py (the composition root) calls once it has read the command line."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject

import commons_desktop

from .. import APP_ID, APP_NAME, __version__
from .file_types import file_kind


def app_icon():
    """The application's icon: the PNGs of resources/icons (beside the package in a source tree and in the
    bundle), else the icon theme's entry for the app id (an install that put them in the system's theme)."""
    from PySide6.QtGui import QIcon

    folder = Path(commons_desktop.__file__).resolve().parent.parent / "resources" / "icons" / "hicolor"
    icon = QIcon()
    for png in sorted(folder.glob(f"*/apps/{APP_ID}.png")):
        icon.addFile(str(png))
    return icon if not icon.isNull() else QIcon.fromTheme(APP_ID)


class FileRouter(QObject):
    """Files handed to the app — on the command line, or later by the system (macOS sends a FileOpen event on a
    double-click) — go where they belong: a vault (.commons) to its unlock page, a bundle (.commonsx) to the
    "receive a bundle" dialog as soon as a vault is unlocked."""

    def __init__(self, desktop):
        super().__init__(desktop)
        self.desktop = desktop
        self.pending_bundle: str | None = None
        desktop.vault_opened.connect(self._vault_opened)

    def open(self, path: str) -> None:
        kind = file_kind(path)
        if kind == "bundle":
            self.receive(path)
        elif kind == "vault":
            self.unlock(path)

    def unlock(self, path: str) -> None:
        desktop = self.desktop
        if desktop.vault is not None or desktop.unlock_dialog is not None:
            if desktop.window is not None:
                desktop.window.say(self.tr("Another vault is open: quit, then open %1.").replace("%1", Path(path).name))
            return
        if desktop.start_dialog is None:
            desktop.start()
        desktop.start_dialog.choose_vault(path)

    def receive(self, path: str) -> None:
        desktop = self.desktop
        if desktop.vault is not None and desktop.window is not None:
            desktop.window.exchange.open_bundle(path)
            return
        self.pending_bundle = path
        if desktop.start_dialog is None and desktop.unlock_dialog is None:
            desktop.start()

    def _vault_opened(self, _vault) -> None:
        path, self.pending_bundle = self.pending_bundle, None
        if path and self.desktop.window is not None:
            self.desktop.window.exchange.open_bundle(path)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.open(event.file())
            return True
        return False


def run(*, demo: bool = False, vault: str | None = None, bundle: str | None = None, language: str | None = None,
        demo_people: int = 2000, session=None) -> int:
    from PySide6.QtWidgets import QApplication

    from ..services.session import Session
    from .config import DesktopConfig
    from .desktop import Desktop
    from .i18n import Translations
    from .style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Commons")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    session = session or Session.default()
    config = DesktopConfig.load(session.dirs.config)
    translations = Translations(app)
    translations.apply(language or config.language)
    apply_style(app)
    desktop = Desktop(session, config, translations=translations, demo_people=max(0, demo_people))
    app.aboutToQuit.connect(desktop.quit)
    router = FileRouter(desktop)
    app.installEventFilter(router)
    if demo:
        desktop.open_demo()
    elif vault:
        router.unlock(vault)
    else:
        desktop.start()
    if bundle:
        router.receive(bundle)
    return app.exec()
