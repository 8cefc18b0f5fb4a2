"""One Coach per user: a lock file decides who runs; later starts ask the running one to come forward."""

from __future__ import annotations

import contextlib
import logging
import tempfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal, Slot

from coach.qt import unix_socket

if TYPE_CHECKING:  # imported when listening or sending: holding the lock needs only QtCore
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

from coach.core.files import check_regular, ensure_folder

log = logging.getLogger(__name__)


def server_name(data_dir: Path) -> str:
    """A socket name unique to this user's data folder (so test homes do not meet)."""
    # two checksums, not hashlib: that would load OpenSSL (3 MiB) into an idle tray app
    key = str(data_dir.resolve()).encode()
    return f"coach-{zlib.crc32(key):08x}{zlib.adler32(key):08x}"


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # only a dead owner makes it stale, never its age
    return lock


class SingleInstance(QObject):
    """Holds the instance lock and listens for messages from later starts.

    A crashed Coach leaves a stale lock; QLockFile sees that its process is gone and takes it
    over. Only the holder of the lock removes and re-creates the socket, so two starts at the
    same moment cannot both run.

    Signals:
        message_received(str): a later start sent this (e.g. ``show``).
    """

    message_received = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        try:
            ensure_folder(data_dir)
        except OSError as exc:  # e.g. a file where the folder should be; acquire() falls back
            log.warning("cannot create %s: %s", data_dir, exc.strerror or exc)
        lock_path = data_dir / "coach.lock"
        try:
            check_regular(lock_path, missing_ok=True)
        except OSError as exc:  # QLockFile would wait forever reading a pipe
            log.warning("cannot use the lock file %s: %s", lock_path, exc.strerror or exc)
            lock_path = Path(tempfile.gettempdir()) / f"{self.name}.lock"
        self.lock = _lock(lock_path)
        self.server: QLocalServer | unix_socket.LineServer | None = None

    def acquire(self, listen: bool = True) -> bool:
        """True if this process is the one Coach; then it starts listening, unless ``listen`` is
        False: then :meth:`listen` does (a later start meanwhile is told Coach is starting)."""
        if not self.lock.tryLock(100):
            if self.lock.error() is QLockFile.LockError.LockFailedError:
                return False  # another Coach holds it
            # the data folder cannot hold a lock file (missing, a file, read-only): Coach still
            # runs once, without its log, with the lock in the temporary folder
            fallback = Path(tempfile.gettempdir()) / f"{self.name}.lock"
            log.warning("cannot create the lock file %s; using %s", self.lock.fileName(), fallback)
            self.lock = _lock(fallback)
            if not self.lock.tryLock(100):
                return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer later starts (call once the lock is held).

        A Unix socket in a private folder where there is one (QtNetwork then stays unloaded:
        2 MiB less for an idle tray app), else a QLocalServer.
        """
        if unix_socket.available():
            try:
                server = unix_socket.LineServer(unix_socket.private_dir() / f"{self.name}.sock", self)
            except OSError as exc:
                log.warning("cannot listen on a Unix socket: %s; using QLocalServer", exc)
            else:
                server.message_received.connect(self.message_received)
                self.server = server
                return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # we hold the lock: any socket left is stale
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("cannot listen on %s: %s", self.name, server.errorString())
        server.newConnection.connect(self._on_connection)
        self.server = server

    def send(self, message: str, timeout_ms: int = 2000) -> bool:
        """Deliver ``message`` to the running Coach; False if none answered."""
        if unix_socket.available():
            with contextlib.suppress(OSError):
                path = unix_socket.private_dir() / f"{self.name}.sock"
                if unix_socket.send(path, message, timeout_ms / 1000):
                    return True
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(message.encode() + b"\n")
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()

    @Slot()
    def _on_connection(self) -> None:
        assert self.server is not None and not isinstance(self.server, unix_socket.LineServer)
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            text = bytes(socket.readLine().data()).decode(errors="replace").strip()
            if text:
                self.message_received.emit(text)
