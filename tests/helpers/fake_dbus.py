"""A private D-Bus bus for tests, and a fake desktop on it: a notification server, GNOME's idle
monitor and screensaver, org.freedesktop.ScreenSaver and logind, all answered by one thread."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from jeepney import (
    DBusAddress,
    HeaderFields,
    Message,
    MessageType,
    message_bus,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.io.blocking import Proxy, open_dbus_connection

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

NOTIFICATIONS = "org.freedesktop.Notifications"
MUTTER = "org.gnome.Mutter.IdleMonitor"
FREEDESKTOP_SCREENSAVER = "org.freedesktop.ScreenSaver"
GNOME_SCREENSAVER = "org.gnome.ScreenSaver"
LOGIND = "org.freedesktop.login1"
ALL_NAMES = (NOTIFICATIONS, MUTTER, FREEDESKTOP_SCREENSAVER, GNOME_SCREENSAVER, LOGIND)
SESSION_PATH = "/org/freedesktop/login1/session/_32"
NOTIFICATIONS_OBJECT = DBusAddress("/org/freedesktop/Notifications", interface=NOTIFICATIONS)


@contextlib.contextmanager
def private_bus() -> Iterator[str]:
    """Run a dbus-daemon of our own (no service activation) and yield its address."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        raise RuntimeError("dbus-daemon is not installed")
    folder = Path(tempfile.mkdtemp(prefix="coach-bus-"))
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(socket=folder / "socket"), encoding="utf-8")
    process = subprocess.Popen(
        [daemon, f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not start")
        yield address
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()
        shutil.rmtree(folder, ignore_errors=True)


class FakeError(Exception):
    """Raised by a handler to send an error reply."""

    def __init__(self, name: str, text: str) -> None:
        super().__init__(text)
        self.name = name


@dataclass
class SentNotification:
    id: int
    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str
    actions: list[str]
    hints: dict
    expire_timeout: int
    sender: str


@dataclass
class FakeDesktop:
    """Owns well-known names on the bus at ``address`` and answers their methods from a thread.

    Change the attributes to change what it answers; names in ``silent`` get no reply at all
    (a hung service), and ``errors`` maps a method name to the error name it replies with.
    With ``unicast_signals`` the notification signals go only to the connection that sent the
    notification, as dunst does; otherwise they are broadcast, as GNOME Shell does.
    """

    address: str
    names: Iterable[str] = ALL_NAMES
    capabilities: list[str] = field(default_factory=lambda: ["actions", "body"])
    mutter_idle_ms: int = 0
    screensaver_idle_ms: int = 0
    gnome_active: bool = False
    freedesktop_active: bool = False
    locked_hint: bool = False
    session_active: bool = True
    unicast_signals: bool = False
    silent: set[str] = field(default_factory=set)
    errors: dict[str, str] = field(default_factory=dict)
    notifications: list[SentNotification] = field(default_factory=list)
    closed: list[int] = field(default_factory=list)
    sessions_asked: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._next_id = 0
        self._send_lock = threading.Lock()
        self._conn = open_dbus_connection(self.address)
        bus = Proxy(message_bus, self._conn, timeout=5)
        for name in self.names:
            (result,) = bus.RequestName(name, 4)  # DBUS_NAME_FLAG_DO_NOT_QUEUE
            assert result == 1, f"could not own {name}"
        self._handlers: dict[tuple[str, str], Callable[[Message], tuple[str, tuple]]] = {
            (NOTIFICATIONS, "GetCapabilities"): lambda m: ("as", (self.capabilities,)),
            (NOTIFICATIONS, "GetServerInformation"): lambda m: ("ssss", ("fake", "tests", "1.0", "1.2")),
            (NOTIFICATIONS, "Notify"): self._notify,
            (NOTIFICATIONS, "CloseNotification"): self._close_notification,
            (MUTTER, "GetIdletime"): lambda m: ("t", (self.mutter_idle_ms,)),
            (FREEDESKTOP_SCREENSAVER, "GetSessionIdleTime"): lambda m: ("u", (self.screensaver_idle_ms,)),
            (FREEDESKTOP_SCREENSAVER, "GetActive"): lambda m: ("b", (self.freedesktop_active,)),
            (GNOME_SCREENSAVER, "GetActive"): lambda m: ("b", (self.gnome_active,)),
            (LOGIND + ".Manager", "GetSession"): self._get_session,
            ("org.freedesktop.DBus.Properties", "Get"): self._get_property,
        }
        self._thread = threading.Thread(target=self._serve, name="fake-desktop", daemon=True)
        self._thread.start()

    # -- the server loop

    def _serve(self) -> None:
        try:
            while True:
                message = self._conn.receive()
                if message.header.message_type is MessageType.method_call:
                    self._dispatch(message)
        except OSError:
            pass  # closed by close()
        finally:
            self._conn.close()

    def _dispatch(self, message: Message) -> None:
        fields = message.header.fields
        key = (fields.get(HeaderFields.interface, ""), fields.get(HeaderFields.member, ""))
        if key[1] in self.silent:
            return
        handler = self._handlers.get(key)
        try:
            if key[1] in self.errors:
                raise FakeError(self.errors[key[1]], f"{key[1]} refused by the fake")
            if handler is None:
                raise FakeError("org.freedesktop.DBus.Error.UnknownMethod", f"no method {key}")
            signature, body = handler(message)
            reply = new_method_return(message, signature or None, body)
        except FakeError as exc:
            reply = new_error(message, exc.name, "s", (str(exc),))
        self._send(reply)

    def _send(self, message: Message) -> None:
        with self._send_lock:
            self._conn.send(message)

    # -- handlers

    def _notify(self, message: Message) -> tuple[str, tuple]:
        app_name, replaces_id, icon, summary, body, actions, hints, timeout = message.body
        if replaces_id:
            notification_id = replaces_id
        else:
            self._next_id += 1
            notification_id = self._next_id
        self.notifications.append(
            SentNotification(
                notification_id,
                app_name,
                replaces_id,
                icon,
                summary,
                body,
                actions,
                hints,
                timeout,
                message.header.fields[HeaderFields.sender],
            )
        )
        return "u", (notification_id,)

    def _close_notification(self, message: Message) -> tuple[str, tuple]:
        (notification_id,) = message.body
        self.closed.append(notification_id)
        self.emit_closed(notification_id, 3)
        return "", ()

    def _get_session(self, message: Message) -> tuple[str, tuple]:
        (session_id,) = message.body
        self.sessions_asked.append(session_id)
        return "o", (SESSION_PATH,)

    def _get_property(self, message: Message) -> tuple[str, tuple]:
        interface, name = message.body
        values = {"LockedHint": self.locked_hint, "Active": self.session_active}
        path = message.header.fields.get(HeaderFields.path)
        if path != SESSION_PATH or interface != LOGIND + ".Session" or name not in values:
            raise FakeError("org.freedesktop.DBus.Error.UnknownProperty", f"no {interface}.{name}")
        return "v", (("b", values[name]),)

    # -- what a test can ask for

    def emit_action(self, notification_id: int, key: str) -> None:
        """Send ActionInvoked, as a server does when a button is clicked."""
        self._emit(notification_id, "ActionInvoked", "us", (notification_id, key))

    def emit_closed(self, notification_id: int, reason: int = 2) -> None:
        self._emit(notification_id, "NotificationClosed", "uu", (notification_id, reason))

    def _emit(self, notification_id: int, member: str, signature: str, body: tuple) -> None:
        signal = new_signal(NOTIFICATIONS_OBJECT, member, signature, body)
        if self.unicast_signals:
            senders = [n.sender for n in self.notifications if n.id == notification_id]
            signal.header.fields[HeaderFields.destination] = senders[-1] if senders else ":1.999"
        self._send(signal)

    def close(self) -> None:
        """Leave the bus (its names go with it) and stop the thread."""
        with contextlib.suppress(OSError):
            self._conn.sock.shutdown(2)  # socket.SHUT_RDWR
        self._thread.join(timeout=5)
