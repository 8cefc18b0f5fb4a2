"""Session lock state from systemd-logind on the system bus (LockedHint and Active)."""

from __future__ import annotations

import logging

from jeepney import DBusAddress

from coach.platform.dbusconn import BusClient, DBusCallError, GuardedLockSource
from coach.platform.errors import PlatformUnavailable
from coach.platform.outage import Outage

log = logging.getLogger(__name__)

LOGIND = "org.freedesktop.login1"
LOGIND_MANAGER = DBusAddress(
    "/org/freedesktop/login1", bus_name=LOGIND, interface="org.freedesktop.login1.Manager"
)
SESSION_INTERFACE = "org.freedesktop.login1.Session"


class LogindLock(GuardedLockSource):
    """Reads the session's ``LockedHint`` (set by desktops that tell logind about their lock
    screen) and ``Active`` (False while another user's session or a text console is in front).

    Suspend is not watched here: the scheduler notices it from the jump between the wall clock
    and the monotonic clock.
    """

    name = "logind session lock"

    def __init__(self, bus_address: str, session_id: str | None = None, *, timeout_s: float = 0.5) -> None:
        """Connect to the system bus at ``bus_address`` and find our session.

        ``session_id`` is ``$XDG_SESSION_ID`` when known; otherwise logind's "auto" picks the
        caller's session, or the user's graphical one.
        """
        self._bus = BusClient(bus_address, timeout_s=timeout_s)
        try:
            (path,) = self._bus.call(LOGIND_MANAGER, "GetSession", "s", (session_id or "auto",))
            self._session = DBusAddress(path, bus_name=LOGIND, interface=SESSION_INTERFACE)
            self._read()
        except (DBusCallError, ValueError) as exc:
            self._bus.close()
            raise PlatformUnavailable(f"{self.name}: {exc}") from exc
        log.debug("logind session object: %s", path)
        self._outage = Outage(self.name)

    def _read(self) -> bool:
        locked = self._bus.get_property(self._session, SESSION_INTERFACE, "LockedHint")
        active = self._bus.get_property(self._session, SESSION_INTERFACE, "Active")
        return bool(locked) or not bool(active)
