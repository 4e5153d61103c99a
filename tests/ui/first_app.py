"""A first Commons Desktop for the second-instance tests, in a process of its own (offscreen): the real Desktop
opens VAULT (passphrase from COMMONS_PASSPHRASE; config and data in HOME_DIR). It prints "ready PID LISTENING"
once the vault is open, and "raised VISIBLE" each time another app asks it to come to the front. On stdin:
"lock" locks the vault, "quit" quits."""

from __future__ import annotations

import os
import sys
from pathlib import Path


class NoKeyring:
    def remember(self, path, key):
        from commons_desktop.core.errors import KeyringUnavailable
        raise KeyringUnavailable()

    def recall(self, path):
        return None

    def forget(self, path):
        return False


def main(vault: str, home: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtWidgets import QApplication

    from commons_desktop.services.session import AppDirs, Session
    from commons_desktop.ui.config import DesktopConfig
    from commons_desktop.ui.desktop import Desktop

    app = QApplication(sys.argv[:1])
    base = Path(home)
    dirs = AppDirs(base / "data", base / "config", base / "cache", base / "Documents")
    session = Session(dirs, NoKeyring())
    desktop = Desktop(session, DesktopConfig.load(dirs.config))
    desktop.raised.connect(lambda: print("raised", desktop.window.isVisible(), flush=True))
    app.aboutToQuit.connect(desktop.quit)
    desktop.show_vault(session.open_with_passphrase(vault, os.environ["COMMONS_PASSPHRASE"]))

    def command() -> None:
        line = sys.stdin.readline().strip()
        if line == "lock":
            desktop.lock()
            print("locked", flush=True)
        elif line in ("quit", ""):
            desktop.quit_from_lock()  # the Quit of the lock screen (QApplication.quit alone is refused there)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    print("ready", os.getpid(), desktop.instance.listening, flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
