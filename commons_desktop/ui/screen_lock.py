"""Lock the vault when the desktop announces a screen lock over D-Bus (freedesktop, GNOME, MATE,
Cinnamon screensavers: ``ActiveChanged(true)``). Without a session bus this quietly does nothing."""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Signal, Slot

from .signals import emit

SCREENSAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
    ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
)


class ScreenLockWatcher(QObject):
    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.connected = False
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for path, interface in SCREENSAVERS:
            if bus.connect("", path, interface, "ActiveChanged", self, SLOT("on_active_changed(bool)")):
                self.connected = True

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        if active:
            emit(self.screen_locked)
