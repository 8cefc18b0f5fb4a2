"""One D-Bus connection for calls and signals: a reader thread hands each reply to its caller and
passes signals on. Needed because some servers (dunst) send ActionInvoked only to the connection
that sent the Notify call, so calls and signals must share a connection."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from collections.abc import Callable
from concurrent.futures import Future

from jeepney import HeaderFields, Message, MessageType

from coach.platform.dbusconn import open_connection

log = logging.getLogger(__name__)

_REPLIES = (MessageType.method_return, MessageType.error)


class RoutedConnection:
    """A connection to the bus at ``address`` read by a daemon thread.

    ``on_signal(message)`` runs on the reader thread for every signal received: keep it short
    and never make calls from it (hand the work to another thread instead).
    """

    def __init__(
        self, address: str, on_signal: Callable[[Message], None], *, name: str = "coach-dbus-reader"
    ) -> None:
        """Connect (PlatformUnavailable if that fails) and start reading."""
        self._conn = open_connection(address)
        self._on_signal = on_signal
        self._send_lock = threading.Lock()
        self._waiting: dict[int, Future[Message]] = {}
        self._dead: Exception | None = None
        self._closing = False
        self._thread = threading.Thread(target=self._read, name=name, daemon=True)
        self._thread.start()

    @property
    def alive(self) -> bool:
        return self._dead is None and self._thread.is_alive()

    def call(self, message: Message, timeout_s: float) -> Message:
        """Send a method call and wait for its reply (or error reply) message.

        Raises:
            TimeoutError: no reply in time.
            ConnectionError: the connection is closed or was lost.
        """
        future: Future[Message] = Future()
        with self._send_lock:
            if self._dead is not None:
                raise ConnectionError(str(self._dead))
            serial = next(self._conn.outgoing_serial)
            self._waiting[serial] = future
            try:
                self._conn.send(message, serial=serial)
            except OSError as exc:
                self._waiting.pop(serial, None)
                raise ConnectionError(f"cannot send to the bus: {exc}") from exc
        try:
            return future.result(timeout=timeout_s)
        finally:
            self._waiting.pop(serial, None)

    def _read(self) -> None:
        reason: Exception = ConnectionError("the connection to the bus was closed")
        try:
            while True:
                message = self._conn.receive()
                kind = message.header.message_type
                if kind in _REPLIES:
                    serial = message.header.fields.get(HeaderFields.reply_serial, -1)
                    future = self._waiting.pop(serial, None)
                    if future is not None:
                        future.set_result(message)
                elif kind is MessageType.signal:
                    self._on_signal(message)
        except OSError as exc:
            if not self._closing:
                log.warning("lost the connection to the bus: %s", exc)
                reason = ConnectionError(f"lost the connection to the bus: {exc}")
        except Exception as exc:
            log.exception("the D-Bus reader failed")
            reason = ConnectionError(f"the D-Bus reader failed: {exc}")
        finally:
            with self._send_lock:
                self._dead = reason
                waiting, self._waiting = self._waiting, {}
                self._conn.close()
            for future in waiting.values():
                future.set_exception(reason)

    def close(self) -> None:
        """Wake the reader by shutting the socket down, and wait for it to end."""
        self._closing = True
        with contextlib.suppress(OSError):  # the reader may have closed it already
            self._conn.sock.shutdown(socket.SHUT_RDWR)
        self._thread.join(timeout=5.0)
        if self._thread.is_alive():
            log.warning("the D-Bus reader did not stop")
