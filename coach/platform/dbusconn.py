"""A small blocking D-Bus client over jeepney: bus addresses, calls with time limits, reconnection."""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from typing import Any

from jeepney import (
    AuthenticationError,
    DBusAddress,
    HeaderFields,
    Message,
    MessageFlag,
    MessageType,
    new_method_call,
)
from jeepney.bus import get_connectable_addresses
from jeepney.io.blocking import DBusConnection, prep_socket

from coach.platform.errors import PlatformUnavailable
from coach.platform.outage import Outage

log = logging.getLogger(__name__)

DEFAULT_SYSTEM_BUS = "unix:path=/var/run/dbus/system_bus_socket"
PROPERTIES = "org.freedesktop.DBus.Properties"


def session_bus_address(env: Mapping[str, str]) -> str:
    """The session bus address from ``env``; PlatformUnavailable when there is none."""
    address = env.get("DBUS_SESSION_BUS_ADDRESS", "")
    if not address:
        raise PlatformUnavailable("no session bus (DBUS_SESSION_BUS_ADDRESS is not set)")
    return address


def system_bus_address(env: Mapping[str, str]) -> str:
    """The system bus address from ``env``, or the standard socket."""
    return env.get("DBUS_SYSTEM_BUS_ADDRESS", "") or DEFAULT_SYSTEM_BUS


def open_connection(address: str, *, timeout_s: float = 1.0) -> DBusConnection:
    """Connect and authenticate to the bus at ``address`` (a D-Bus address string).

    Raises:
        PlatformUnavailable: the address is unusable or nobody answers there.
    """
    try:
        socket_address = next(get_connectable_addresses(address))
    except (RuntimeError, ValueError, StopIteration) as exc:
        raise PlatformUnavailable(f"cannot use the D-Bus address {address!r}") from exc
    try:
        sock = prep_socket(socket_address, timeout=timeout_s)
    except (OSError, AuthenticationError) as exc:
        raise PlatformUnavailable(f"cannot connect to the D-Bus bus at {address!r}: {exc}") from exc
    try:
        return DBusConnection(sock)
    except Exception as exc:
        sock.close()
        raise PlatformUnavailable(f"the D-Bus bus at {address!r} did not greet us: {exc}") from exc


class DBusCallError(Exception):
    """A call failed: an error reply, no reply in time, or a lost connection.

    Attributes:
        error_name: the D-Bus error name of an error reply (e.g.
            ``org.freedesktop.DBus.Error.ServiceUnknown``), else None.
    """

    def __init__(self, message: str, error_name: str | None = None) -> None:
        super().__init__(message)
        self.error_name = error_name


def reply_body(reply: Message, method: str) -> tuple:
    """The arguments of a method's reply; DBusCallError if it is an error reply."""
    if reply.header.message_type is MessageType.error:
        name = reply.header.fields.get(HeaderFields.error_name)
        text = reply.body[0] if reply.body and isinstance(reply.body[0], str) else ""
        raise DBusCallError(f"{method}: {name}: {text}".rstrip(": "), error_name=name)
    return reply.body


class BusClient:
    """One connection to a bus, shared by the calls of one adapter; reconnects after a loss.

    Calls are serialised with a lock, so an adapter may be used from more than one thread.
    """

    def __init__(self, address: str, *, timeout_s: float = 0.5) -> None:
        """Connect to ``address`` (raises PlatformUnavailable if that fails)."""
        self.address = address
        self.timeout_s = timeout_s
        self._lock = threading.Lock()
        self._conn: DBusConnection | None = open_connection(address, timeout_s=max(timeout_s, 1.0))

    def call(
        self,
        address: DBusAddress,
        method: str,
        signature: str | None = None,
        body: tuple = (),
        *,
        auto_start: bool = False,
        timeout_s: float | None = None,
    ) -> tuple:
        """Call ``method`` and return the reply's arguments.

        ``auto_start=False`` asks the bus not to start a service just for this call.

        Raises:
            DBusCallError: an error reply, no reply within the time limit, or a lost connection.
        """
        message = new_method_call(address, method, signature, body)
        if not auto_start:
            message.header.flags |= MessageFlag.no_auto_start
        limit = self.timeout_s if timeout_s is None else timeout_s
        with self._lock:
            conn = self._conn
            if conn is None:
                try:
                    conn = self._conn = open_connection(self.address, timeout_s=max(limit, 1.0))
                except PlatformUnavailable as exc:
                    raise DBusCallError(exc.reason) from exc
            try:
                reply = conn.send_and_get_reply(message, timeout=limit)
            except TimeoutError as exc:
                raise DBusCallError(f"{method}: no reply within {limit:g} s") from exc
            except OSError as exc:
                self._drop()
                raise DBusCallError(f"{method}: the connection to the bus was lost ({exc})") from exc
        return reply_body(reply, method)

    def get_property(self, address: DBusAddress, interface: str, name: str) -> Any:
        """Read one property through org.freedesktop.DBus.Properties.Get."""
        props = DBusAddress(address.object_path, bus_name=address.bus_name, interface=PROPERTIES)
        (variant,) = self.call(props, "Get", "ss", (interface, name))
        return variant[1]

    def _drop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def close(self) -> None:
        with self._lock:
            self._drop()


class GuardedLockSource:
    """Shared behaviour of the D-Bus lock sources: a read guarded by an :class:`Outage`.

    Subclasses set ``self._bus`` (a ``BusClient``) and ``self._outage`` and implement ``_read()``.
    """

    _bus: Any
    _outage: Outage

    def _read(self) -> bool:
        raise NotImplementedError

    def is_locked(self) -> bool | None:
        """True when locked, False when not, None when the service does not answer."""
        if not self._outage.ready():
            return None
        try:
            locked = self._read()
        except DBusCallError as exc:
            self._outage.failed(exc)
            return None
        self._outage.succeeded()
        return locked

    def close(self) -> None:
        self._bus.close()
