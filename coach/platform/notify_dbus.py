"""Desktop notifications through the freedesktop Notifications D-Bus service, using jeepney.

jeepney is used instead of QtDBus because Notify's ``replaces_id`` must be a uint32, which
QtDBus could not produce from Python here.
"""

from __future__ import annotations

import html
import logging
import queue
import threading
from collections.abc import Callable, Sequence

from jeepney import DBusAddress, HeaderFields, MatchRule, Message, message_bus, new_method_call

from coach.paths import APP_ID
from coach.platform.dbusconn import DBusCallError, reply_body
from coach.platform.dbusrouter import RoutedConnection
from coach.platform.errors import PlatformUnavailable

log = logging.getLogger(__name__)

NOTIFICATIONS = DBusAddress(
    "/org/freedesktop/Notifications",
    bus_name="org.freedesktop.Notifications",
    interface="org.freedesktop.Notifications",
)
_SIGNALS = ("ActionInvoked", "NotificationClosed")
DISMISSED = "dismissed"  # the key passed on_action when the user closed a question unanswered
_CLOSED_UNANSWERED = (1, 2)  # NotificationClosed reasons: expired, dismissed by the user


class DBusNotifier:
    """Sends notifications to the desktop's notification server (GNOME Shell, KDE, dunst, …).

    Action buttons are sent only when the server lists the "actions" capability. A click calls
    ``on_action(key)`` on the thread "coach-notification-actions"; the key "default" is a click
    on the notification itself, where the server supports that; "dismissed" when the user
    closed it (or it expired) without a click. Each notification answers once. The callback
    may call ``notify`` again.
    """

    name = "freedesktop notifications (D-Bus)"

    def __init__(
        self,
        bus_address: str,
        *,
        app_name: str = "Coach",
        app_icon: str = "",
        desktop_entry: str = APP_ID,
        timeout_s: float = 2.0,
    ) -> None:
        """Connect to the session bus at ``bus_address`` and ask the server what it supports.

        ``app_icon`` is an icon name or an absolute file path; ``desktop_entry`` names our
        installed .desktop file without its suffix (``coach install-desktop``, the Flatpak), so
        the server can show the right name and icon and group Coach's notifications.
        """
        self._address = bus_address
        self._timeout_s = timeout_s
        self._app_name = app_name
        self._app_icon = app_icon
        self._hints = {"desktop-entry": ("s", desktop_entry)} if desktop_entry else {}
        self._lock = threading.Lock()  # the callbacks; held across Notify (see notify)
        self._connect_lock = threading.Lock()
        self._callbacks: dict[int, Callable[[str], None]] = {}
        self._signals: queue.SimpleQueue[Message | None] = queue.SimpleQueue()
        self._closed = False
        self._router = self._connect()
        try:
            (capabilities,) = self._call("GetCapabilities")
            self.server = self._server_name()
        except (DBusCallError, ValueError) as exc:
            self._router.close()
            raise PlatformUnavailable(f"no notification server: {exc}") from exc
        self.capabilities = frozenset(capabilities)
        self._dispatcher = threading.Thread(
            target=self._dispatch, name="coach-notification-actions", daemon=True
        )
        self._dispatcher.start()
        log.info("notification server: %s; capabilities: %s", self.server, " ".join(sorted(capabilities)))

    # -- the connection

    def _connect(self) -> RoutedConnection:
        router = RoutedConnection(self._address, self._signals.put, name="coach-notifications")
        try:
            for member in _SIGNALS:  # servers that broadcast their signals (GNOME Shell, KDE)
                rule = MatchRule(
                    type="signal",
                    sender=NOTIFICATIONS.bus_name,
                    interface=NOTIFICATIONS.interface,
                    path=NOTIFICATIONS.object_path,
                    member=member,
                )
                self._send(router, message_bus.AddMatch(rule), "AddMatch")
        except DBusCallError as exc:
            router.close()
            raise PlatformUnavailable(f"cannot listen for notification signals: {exc}") from exc
        return router

    def _send(self, router: RoutedConnection, message: Message, method: str) -> tuple:
        try:
            reply = router.call(message, self._timeout_s)
        except TimeoutError as exc:
            raise DBusCallError(f"{method}: no reply within {self._timeout_s:g} s") from exc
        except ConnectionError as exc:
            raise DBusCallError(f"{method}: {exc}") from exc
        return reply_body(reply, method)

    def _call(self, method: str, signature: str | None = None, body: tuple = ()) -> tuple:
        """Call a Notifications method, reconnecting first if the connection was lost."""
        with self._connect_lock:
            if self._closed:
                raise DBusCallError(f"{method}: the notifier is closed")
            if not self._router.alive:
                self._router.close()
                try:
                    self._router = self._connect()
                except PlatformUnavailable as exc:
                    raise DBusCallError(f"{method}: {exc.reason}") from exc
            router = self._router
        return self._send(router, new_method_call(NOTIFICATIONS, method, signature, body), method)

    def _server_name(self) -> str:
        try:
            name, vendor, version, _spec = self._call("GetServerInformation")
        except (DBusCallError, ValueError):
            return "unknown"
        return f"{name} {version} ({vendor})"

    # -- the Notifier interface

    @property
    def supports_actions(self) -> bool:
        return "actions" in self.capabilities

    def notify(
        self,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        on_action: Callable[[str], None] | None = None,
        *,
        replaces: int = 0,
        timeout_ms: int = -1,
    ) -> int:
        """Show (or replace) a notification; returns its id, or 0 if it could not be shown."""
        if self._closed:
            return 0
        flat = [part for pair in actions for part in pair] if self.supports_actions else []
        if "body-markup" in self.capabilities:
            body = html.escape(body, quote=False)
        args = (self._app_name, replaces, self._app_icon, title, body, flat, self._hints, timeout_ms)
        # Held across the call: an ActionInvoked that arrives right after the reply waits in
        # the dispatcher until the callback is registered.
        with self._lock:
            try:
                (notification_id,) = self._call("Notify", "susssasa{sv}i", args)
            except (DBusCallError, ValueError) as exc:
                log.warning("notification not shown: %s", exc)
                return 0
            if on_action is not None and flat:
                self._callbacks[notification_id] = on_action
            else:
                self._callbacks.pop(notification_id, None)
        log.debug("notification %d shown: %s", notification_id, title)
        return notification_id

    def close_notification(self, notification_id: int) -> None:
        with self._lock:
            self._callbacks.pop(notification_id, None)
        if not notification_id:
            return
        try:
            self._call("CloseNotification", "u", (notification_id,))
        except DBusCallError as exc:
            log.debug("could not close notification %d: %s", notification_id, exc)

    def close(self) -> None:
        """Disconnect and stop the threads; later calls do nothing. Shown notifications stay."""
        with self._connect_lock:
            if self._closed:
                return
            self._closed = True
        self._router.close()
        self._signals.put(None)
        if threading.current_thread() is not self._dispatcher:
            self._dispatcher.join(timeout=5.0)
        with self._lock:
            self._callbacks.clear()

    # -- signals, on the dispatcher thread

    def _dispatch(self) -> None:
        while (message := self._signals.get()) is not None:
            try:
                self._on_signal(message)
            except Exception:
                log.exception("handling a notification signal failed")

    def _on_signal(self, message: Message) -> None:
        fields = message.header.fields
        if fields.get(HeaderFields.interface) != NOTIFICATIONS.interface:
            return
        member, body = fields.get(HeaderFields.member), message.body
        if member == "ActionInvoked" and len(body) == 2:
            notification_id, key = body
        elif member == "NotificationClosed" and body:
            notification_id, reason = body[0], (body[1] if len(body) > 1 else 0)
            key = DISMISSED if reason in _CLOSED_UNANSWERED else ""
        else:
            return
        with self._lock:  # one answer per notification: a click, or its dismissal
            callback = self._callbacks.pop(notification_id, None)
        if callback is not None and key:
            log.debug("notification %d: action %r", notification_id, key)
            try:
                callback(key)
            except Exception:
                log.exception("the handler for notification action %r failed", key)
