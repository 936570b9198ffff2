"""One window per data folder: a second start asks the running one to come to the front.

The running app listens on a QLocalServer whose name is made from the user and the data
folder, so two folders (or two people) never meet. A second start that finds the folder
locked connects, says "show", and ends once the running app has answered.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW = b"show\n"
SHOWN = b"shown\n"


def server_name(folder: Path) -> str:
    """A name for this user and data folder, short enough for every platform."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    digest = hashlib.sha256(f"{user}\0{Path(folder).resolve()}".encode()).hexdigest()
    return f"taper-desktop-{digest[:24]}"


def ask_running_to_show(folder: Path, timeout_ms: int = 3000) -> bool:
    """Ask the app running on folder to bring its window to the front; True once it has."""
    socket = QLocalSocket()
    timer = QElapsedTimer()
    timer.start()
    while True:  # the running app may be starting up and not listening yet
        socket.connectToServer(server_name(folder))
        if socket.waitForConnected(max(timeout_ms - timer.elapsed(), 1)):
            break
        if timer.elapsed() >= timeout_ms:
            return False
        QThread.msleep(100)
    socket.write(SHOW)
    socket.flush()
    answer = b""
    while SHOWN not in answer and socket.waitForReadyRead(timeout_ms):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return SHOWN in answer


class InstanceServer(QObject):
    """Listens for a second start on the same folder; show_requested asks for the window."""

    show_requested = Signal()

    def __init__(self, folder: Path, parent=None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(folder)
        # The folder's lock is held: a server of that name left by a crash is stale.
        QLocalServer.removeServer(name)
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if SHOW.strip() in bytes(socket.readAll().data()):
            self.show_requested.emit()
            socket.write(SHOWN)
            socket.flush()

    def close(self) -> None:
        self.server.close()
