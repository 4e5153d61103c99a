"""One window per vault: a second Commons Desktop opening a vault that is already open in another one finds that
one and can ask it to come to the front, then quits.

The app that has a vault open listens on a local socket named after the vault (``QLocalServer``: a Unix socket
in the temporary folder, only its user may connect; a named pipe on Windows). The name is a hash of the user and
the vault's resolved path, so the same vault reached by another path (a symbolic link) meets the same window.
It answers two one-line requests: ``who`` (its process id, whether it is locked) and ``raise`` (it brings its
window to the front and answers ``ok``). A server whose app crashed leaves its socket file behind: the next
app finds nobody answering there, removes it and listens in its place (``QLocalServer.removeServer``). The lock
file beside the vault (vault/lockfile.py) names who has it open, with the process id and the host.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from .signals import emit

PREFIX = "commons-desktop-"
MAX_LINE = 256
TIMEOUT_MS = 1500


def server_name(vault_path: str | os.PathLike) -> str:
    try:
        resolved = Path(vault_path).resolve()
    except OSError:
        resolved = Path(os.path.abspath(vault_path))
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{os.path.normcase(str(resolved))}".encode()).hexdigest()
    return PREFIX + digest[:24]


@dataclass(frozen=True)
class Running:
    """Another Commons Desktop that has the vault open here."""
    pid: int
    locked: bool


class InstanceServer(QObject):
    """Listens for the requests of a second app while this one has ``vault_path`` open (or locked)."""

    raise_requested = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.server: QLocalServer | None = None
        self.path: Path | None = None
        self.locked = False

    def listen(self, vault_path: str | os.PathLike) -> bool:
        """Answer for this vault from now on; False when another app already answers for it."""
        if self.server is not None and self.path == Path(vault_path):
            return True
        self.close()
        if probe(vault_path) is not None:
            return False  # another app answers for this vault (listening would take its name over)
        name = server_name(vault_path)
        QLocalServer.removeServer(name)  # a socket nobody answers on: left behind by an app that crashed
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            server.deleteLater()
            return False
        server.newConnection.connect(self._accept)
        self.server, self.path = server, Path(vault_path)
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
        self.server, self.path = None, None

    @property
    def listening(self) -> bool:
        return self.server is not None and self.server.isListening()

    def _accept(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_LINE:  # not one of our requests: hang up
                socket.abort()
            return
        request = bytes(socket.readLine(MAX_LINE).data()).strip()
        if request == b"who":
            socket.write(json.dumps({"pid": os.getpid(), "locked": self.locked}).encode() + b"\n")
        elif request == b"raise":
            emit(self.raise_requested)
            socket.write(b"ok\n")
        else:
            socket.abort()
            return
        socket.flush()


def _ask(vault_path: str | os.PathLike, request: bytes, timeout_ms: int) -> bytes | None:
    """Send one request to the app answering for this vault; its one-line answer, None when nobody answers."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(vault_path))
    try:
        if not socket.waitForConnected(timeout_ms):
            return None
        socket.write(request + b"\n")
        if not socket.waitForBytesWritten(timeout_ms):
            return None
        while not socket.canReadLine():
            if socket.bytesAvailable() > MAX_LINE or not socket.waitForReadyRead(timeout_ms):
                return None
        return bytes(socket.readLine(MAX_LINE).data()).strip()
    finally:
        socket.abort()


def probe(vault_path: str | os.PathLike, timeout_ms: int = TIMEOUT_MS) -> Running | None:
    """The other Commons Desktop that has this vault open, None when there is none (or it does not answer)."""
    answer = _ask(vault_path, b"who", timeout_ms)
    if answer is None:
        return None
    try:
        data = json.loads(answer.decode("ascii"))
        return Running(int(data["pid"]), bool(data.get("locked", False)))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def ask_to_raise(vault_path: str | os.PathLike, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Ask the app that has this vault open to bring its window to the front; True when it said it did."""
    return _ask(vault_path, b"raise", timeout_ms) == b"ok"
