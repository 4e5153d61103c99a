"""Whether this computer is online, as the system tells Qt (QNetworkInformation: NetworkManager, glib, the
platform's own), and when that changes. Without a backend that can tell, the computer is taken as online: a sync
then simply finds the servers unreachable, and says so."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QNetworkInformation

from .signals import emit

Reachability = QNetworkInformation.Reachability
OFFLINE = (Reachability.Disconnected,)  # Local and Site: a server on the local network may still be reached


class NetworkWatch(QObject):
    changed = Signal(bool)   # online

    def __init__(self, parent: QObject | None = None, *, use_system: bool = True):
        super().__init__(parent)
        self.online = True
        self.info: QNetworkInformation | None = None
        if use_system and self._load():
            self.info = QNetworkInformation.instance()
            self.online = self.info.reachability() not in OFFLINE
            self.info.reachabilityChanged.connect(self.reachability_changed)

    @staticmethod
    def _load() -> bool:
        if QNetworkInformation.instance() is not None:
            return True
        try:
            return bool(QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability))
        except (RuntimeError, TypeError):
            return False

    def reachability_changed(self, reachability: Reachability) -> None:
        """The system's reachability (Qt calls this; so may a test, with the same values)."""
        online = reachability not in OFFLINE
        if online != self.online:
            self.online = online
            emit(self.changed, online)
