"""Idle time and screen lock from desktop D-Bus services: GNOME's Mutter and org.freedesktop.ScreenSaver.

Units, as assumed here:
- ``org.gnome.Mutter.IdleMonitor.GetIdletime`` returns milliseconds (uint64).
- ``org.freedesktop.ScreenSaver.GetSessionIdleTime`` returns milliseconds (uint32), as KDE's
  screen locker does (it passes on KIdleTime's milliseconds). Some old screensavers answered in
  seconds; they would read as a near-zero idle time, which errs towards "the user is here".
  KDE on Wayland answers with a NotSupported error, so the probe rejects it.
- ``GetActive`` on either screensaver interface means "the screen is locked or the screensaver
  runs"; both count as "away" here.
"""

from __future__ import annotations

import logging

from jeepney import DBusAddress

from coach.core.activity import ActivitySample
from coach.platform.dbusconn import BusClient, DBusCallError, GuardedLockSource
from coach.platform.errors import PlatformUnavailable
from coach.platform.outage import Outage

log = logging.getLogger(__name__)

MUTTER_IDLE = DBusAddress(
    "/org/gnome/Mutter/IdleMonitor/Core",
    bus_name="org.gnome.Mutter.IdleMonitor",
    interface="org.gnome.Mutter.IdleMonitor",
)
FREEDESKTOP_SCREENSAVER = DBusAddress(
    "/org/freedesktop/ScreenSaver",
    bus_name="org.freedesktop.ScreenSaver",
    interface="org.freedesktop.ScreenSaver",
)
GNOME_SCREENSAVER = DBusAddress(
    "/org/gnome/ScreenSaver", bus_name="org.gnome.ScreenSaver", interface="org.gnome.ScreenSaver"
)
SCREENSAVERS = {"gnome": GNOME_SCREENSAVER, "freedesktop": FREEDESKTOP_SCREENSAVER}


class _DBusIdleMonitor:
    """Polls one idle-time method; the subclass names the service and the method."""

    name = ""
    senses = frozenset({"idle"})
    _service: DBusAddress
    _method = ""

    def __init__(self, bus_address: str, *, timeout_s: float = 0.5) -> None:
        """Connect to the session bus at ``bus_address`` and ask once (PlatformUnavailable if that fails)."""
        self._bus = BusClient(bus_address, timeout_s=timeout_s)
        try:
            first = self._read_idle_s()
        except DBusCallError as exc:
            self._bus.close()
            raise PlatformUnavailable(f"{self.name}: {exc}") from exc
        log.debug("%s answers: idle %.1f s", self.name, first)
        self._outage = Outage(self.name)

    def _read_idle_s(self) -> float:
        body = self._bus.call(self._service, self._method)
        if len(body) != 1 or not isinstance(body[0], int):
            raise DBusCallError(f"{self._method}: unexpected reply {body!r}")
        return body[0] / 1000.0

    def sample(self) -> ActivitySample:
        if not self._outage.ready():
            return ActivitySample(idle_s=None)
        try:
            idle_s = self._read_idle_s()
        except DBusCallError as exc:
            self._outage.failed(exc)
            return ActivitySample(idle_s=None)
        self._outage.succeeded()
        return ActivitySample(idle_s=idle_s)

    def close(self) -> None:
        self._bus.close()


class MutterIdleMonitor(_DBusIdleMonitor):
    """Idle time from GNOME's compositor (works on GNOME Wayland and X11)."""

    name = "GNOME Mutter IdleMonitor"
    _service = MUTTER_IDLE
    _method = "GetIdletime"


class ScreenSaverIdleMonitor(_DBusIdleMonitor):
    """Idle time from org.freedesktop.ScreenSaver (KDE on X11, some other desktops)."""

    name = "org.freedesktop.ScreenSaver idle time"
    _service = FREEDESKTOP_SCREENSAVER
    _method = "GetSessionIdleTime"


class ScreenSaverLock(GuardedLockSource):
    """Lock state from a screensaver service's ``GetActive`` (``flavour`` "gnome" or "freedesktop")."""

    def __init__(self, bus_address: str, flavour: str = "freedesktop", *, timeout_s: float = 0.5) -> None:
        self._service = SCREENSAVERS[flavour]
        self.name = f"{self._service.bus_name} lock state"
        self._bus = BusClient(bus_address, timeout_s=timeout_s)
        try:
            self._read()
        except DBusCallError as exc:
            self._bus.close()
            raise PlatformUnavailable(f"{self.name}: {exc}") from exc
        self._outage = Outage(self.name)

    def _read(self) -> bool:
        body = self._bus.call(self._service, "GetActive")
        if len(body) != 1 or not isinstance(body[0], bool):
            raise DBusCallError(f"GetActive: unexpected reply {body!r}")
        return body[0]
