"""Starting the Qt application: what app.py (the composition root) calls once it has read the command line."""

from __future__ import annotations

import sys


def run(*, demo: bool = False, vault: str | None = None, language: str | None = None, demo_people: int = 2000,
        session=None) -> int:
    from PySide6.QtWidgets import QApplication

    from ..services.session import Session
    from .config import DesktopConfig
    from .desktop import Desktop
    from .i18n import Translations
    from .style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Commons Desktop")
    app.setOrganizationName("Commons")
    app.setDesktopFileName("commons-desktop")
    session = session or Session.default()
    config = DesktopConfig.load(session.dirs.config)
    translations = Translations(app)
    translations.apply(language or config.language)
    apply_style(app)
    desktop = Desktop(session, config, translations=translations, demo_people=max(0, demo_people))
    app.aboutToQuit.connect(desktop.quit)
    if demo:
        desktop.open_demo()
    elif vault:
        desktop.start()
        desktop.start_dialog.choose_vault(vault)
    else:
        desktop.start()
    return app.exec()
