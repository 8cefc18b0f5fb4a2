"""Line messages over a Unix socket, watched by Qt's event loop (QtNetwork stays unloaded)."""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Signal, Slot

log = logging.getLogger(__name__)

MAX_LINE = 4096


def available() -> bool:
    """Whether this system has Unix sockets that only their owner can reach (Linux, macOS)."""
    return os.name == "posix" and hasattr(socket, "AF_UNIX")


def private_dir() -> Path:
    """A folder only this user may enter: ``$XDG_RUNTIME_DIR``, else ``<tmp>/coach-<uid>``.

    Raises:
        OSError: the folder exists but belongs to someone else or is open to others.
    """
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    folder = Path(runtime) if runtime else Path(tempfile.gettempdir()) / f"coach-{os.getuid()}"
    if not runtime:
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
    st = os.lstat(folder)
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o077:
        raise OSError(f"{folder} is not a private folder of this user")
    return folder


def send(path: Path, message: str, timeout_s: float) -> bool:
    """Deliver one line to the server at ``path``; False if nobody answered."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(timeout_s)
        try:
            client.connect(str(path))
            client.sendall(message.encode() + b"\n")
        except OSError:
            return False
    return True


class LineServer(QObject):
    """Accepts connections at ``path`` and emits each line received.

    Signals:
        message_received(str): one line from a client, without its line break.
    """

    message_received = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        with contextlib.suppress(FileNotFoundError):
            path.unlink()  # the caller holds the lock: a socket left here is stale
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self._socket.bind(str(path))
            os.chmod(path, 0o600)
            self._socket.listen(4)
        except OSError:
            self._socket.close()
            raise
        self._socket.setblocking(False)
        self._notifier = QSocketNotifier(self._socket.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        self._clients: dict[int, tuple[socket.socket, QSocketNotifier, bytearray]] = {}

    @Slot()
    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._socket.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                log.warning("cannot accept a message: %s", exc)
                return
            client.setblocking(False)
            fd = client.fileno()
            notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._clients[fd] = (client, notifier, bytearray())
            notifier.activated.connect(lambda *_args, fd=fd: self._read(fd))

    def _read(self, fd: int) -> None:
        client, notifier, buffer = self._clients[fd]
        try:
            chunk = client.recv(MAX_LINE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        buffer += chunk
        *lines, rest = bytes(buffer).split(b"\n")
        buffer[:] = rest[:MAX_LINE]
        for line in lines:
            text = line.decode(errors="replace").strip()
            if text:
                self.message_received.emit(text)
        if not chunk:  # the client is done
            notifier.setEnabled(False)
            notifier.deleteLater()
            client.close()
            del self._clients[fd]

    def close(self) -> None:
        for client, notifier, _ in self._clients.values():
            notifier.setEnabled(False)
            client.close()
        self._clients.clear()
        self._notifier.setEnabled(False)
        self._socket.close()
        with contextlib.suppress(OSError):
            self.path.unlink()
