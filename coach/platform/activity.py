"""Chooses how to watch the user's activity on this desktop, at run time, and logs why."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from coach.core.activity import ActivityMonitor, ActivitySample
from coach.platform.dbusconn import session_bus_address, system_bus_address
from coach.platform.errors import PlatformUnavailable
from coach.platform.idle_dbus import MutterIdleMonitor, ScreenSaverIdleMonitor, ScreenSaverLock
from coach.platform.idle_x11 import X11Monitor
from coach.platform.lock_logind import LogindLock

log = logging.getLogger(__name__)

T = TypeVar("T")


class LockSource(Protocol):
    """Says whether the screen is locked; None when it cannot tell right now."""

    name: str

    def is_locked(self) -> bool | None: ...

    def close(self) -> None: ...


IDLE, LOCK, FULLSCREEN = "idle", "lock", "fullscreen"


def senses(monitor: ActivityMonitor | None) -> frozenset[str]:
    """What ``monitor`` can tell: "idle" time, the "lock" state, a "fullscreen" window in front."""
    if monitor is None:
        return frozenset()
    return frozenset(getattr(monitor, "senses", (IDLE,)))


class CombinedMonitor:
    """Idle time (and full-screen state) from one source, lock state from the others as well."""

    def __init__(self, idle: ActivityMonitor, locks: Sequence[LockSource]) -> None:
        self._idle = idle
        self._locks = list(locks)
        self.name = " + ".join([idle.name, *(lock.name for lock in self._locks)])
        self.senses = senses(idle) | ({LOCK} if self._locks else set())

    def sample(self) -> ActivitySample:
        reading = self._idle.sample()
        locked = reading.locked or any(lock.is_locked() for lock in self._locks)
        return ActivitySample(idle_s=reading.idle_s, locked=locked, fullscreen=reading.fullscreen)

    def close(self) -> None:
        for part in (self._idle, *self._locks):
            part.close()


def _windows_monitor() -> ActivityMonitor:
    from coach.platform.idle_windows import WindowsMonitor  # only where it can work

    return WindowsMonitor()


def _mac_monitor() -> ActivityMonitor:
    from coach.platform.idle_macos import MacMonitor  # only where it can work

    return MacMonitor()


class LockOnlyMonitor:
    """The lock state alone, where the desktop gives no idle time (KDE Plasma on Wayland).

    Breaks then follow the clock while the screen is unlocked, and a locked screen is away.
    """

    senses = frozenset({LOCK})

    def __init__(self, locks: Sequence[LockSource]) -> None:
        self._locks = list(locks)
        self.name = " + ".join(lock.name for lock in self._locks) + " (no idle time)"

    def sample(self) -> ActivitySample:
        return ActivitySample(idle_s=None, locked=any(lock.is_locked() for lock in self._locks))

    def close(self) -> None:
        for lock in self._locks:
            lock.close()


@dataclass(frozen=True)
class MonitorFactories:
    """The constructors the chooser tries; each raises PlatformUnavailable. Tests replace them."""

    windows: Callable[[], ActivityMonitor] = _windows_monitor
    macos: Callable[[], ActivityMonitor] = _mac_monitor
    x11: Callable[[str], ActivityMonitor] = X11Monitor  # X display name
    mutter: Callable[[str], ActivityMonitor] = MutterIdleMonitor  # session bus address
    screensaver_idle: Callable[[str], ActivityMonitor] = ScreenSaverIdleMonitor  # session bus address
    screensaver_lock: Callable[[str, str], LockSource] = ScreenSaverLock  # address, "gnome"/"freedesktop"
    logind: Callable[[str, str | None], LockSource] = LogindLock  # system bus address, session id


def session_kind(env: Mapping[str, str]) -> str:
    """ "wayland", "x11" or "none", from XDG_SESSION_TYPE, then WAYLAND_DISPLAY and DISPLAY.

    XDG_SESSION_TYPE says "tty" for an X server started with startx, so DISPLAY decides then.
    """
    declared = env.get("XDG_SESSION_TYPE", "").strip().lower()
    if declared in ("wayland", "x11"):
        return declared
    if env.get("WAYLAND_DISPLAY"):
        return "wayland"
    if env.get("DISPLAY"):
        return "x11"
    return "none"


def is_gnome(env: Mapping[str, str]) -> bool:
    """True for GNOME and the desktops built on its shell ("ubuntu:GNOME", "GNOME-Classic:GNOME")."""
    desktops = env.get("XDG_CURRENT_DESKTOP", "").lower().split(":")
    return any(name.startswith("gnome") for name in desktops)


class _Attempts:
    """Tries constructors in order and remembers why each one that failed could not work."""

    def __init__(self) -> None:
        self.skipped: list[str] = []

    def first(self, candidates: Sequence[tuple[str, Callable[[], T]]]) -> T | None:
        for label, make in candidates:
            try:
                return make()
            except PlatformUnavailable as exc:
                reason = exc.reason
                self.skipped.append(reason if reason.startswith(label) else f"{label}: {reason}")
        return None


def _dbus(make: Callable[[str], T], env: Mapping[str, str]) -> Callable[[], T]:
    return lambda: make(session_bus_address(env))


def detect_activity_monitor(
    env: Mapping[str, str] = os.environ,
    *,
    platform: str = sys.platform,
    factories: MonitorFactories | None = None,
) -> ActivityMonitor | None:
    """The best activity monitor for this desktop, or None when there is none.

    Order: Windows and macOS have one each. On Wayland, GNOME's Mutter idle monitor first on
    GNOME and org.freedesktop.ScreenSaver first elsewhere; XScreenSaver is never used on Wayland,
    where it only sees input sent to X11 windows. On X11, XScreenSaver (it also reports
    full-screen windows), then the D-Bus services. On Linux the lock state comes from the
    screensaver's GetActive and from logind as well, also where no idle source works (then a
    :class:`LockOnlyMonitor`). None means breaks follow the clock alone.
    """
    f = factories or MonitorFactories()
    tries = _Attempts()
    locks: list[LockSource] = []
    idle: ActivityMonitor | None
    if platform == "win32":
        idle = tries.first([("Windows", f.windows)])
    elif platform == "darwin":
        idle = tries.first([("macOS", f.macos)])
    else:
        kind, gnome = session_kind(env), is_gnome(env)
        mutter = ("GNOME Mutter IdleMonitor", _dbus(f.mutter, env))
        screensaver = ("org.freedesktop.ScreenSaver idle time", _dbus(f.screensaver_idle, env))
        dbus_order = [mutter, screensaver] if gnome else [screensaver, mutter]
        if kind == "wayland":
            tries.skipped.append("X11 XScreenSaver: a Wayland session (it would only see X11 windows)")
            idle = tries.first(dbus_order)
        elif kind == "x11":
            idle = tries.first([("X11 XScreenSaver", lambda: f.x11(env.get("DISPLAY", ""))), *dbus_order])
        else:
            tries.skipped.append("every desktop source: no graphical session (no WAYLAND_DISPLAY or DISPLAY)")
            idle = None
        if kind != "none":  # the lock state counts even where idle time is missing
            locks = _lock_sources(env, f, gnome, tries)
    for reason in tries.skipped:
        log.info("activity detection: skipped %s", reason)
    monitor: ActivityMonitor
    if idle is None and not locks:
        log.info("activity detection unavailable: breaks follow the clock")
        return None
    if idle is None:
        log.info("activity detection: no idle time; breaks follow the clock, a locked screen is away")
        monitor = LockOnlyMonitor(locks)
    else:
        monitor = CombinedMonitor(idle, locks) if locks else idle
    log.info("activity detection: using %s", monitor.name)
    return monitor


def _lock_sources(
    env: Mapping[str, str], f: MonitorFactories, gnome: bool, tries: _Attempts
) -> list[LockSource]:
    flavours = ["gnome", "freedesktop"] if gnome else ["freedesktop", "gnome"]
    screensaver = tries.first(
        [(f"org.{flavour}.ScreenSaver lock state", _lock_maker(f, env, flavour)) for flavour in flavours]
    )
    logind = tries.first(
        [
            (
                "logind session lock",
                lambda: f.logind(system_bus_address(env), env.get("XDG_SESSION_ID") or None),
            )
        ]
    )
    return [source for source in (screensaver, logind) if source is not None]


def _lock_maker(f: MonitorFactories, env: Mapping[str, str], flavour: str) -> Callable[[], LockSource]:
    return lambda: f.screensaver_lock(session_bus_address(env), flavour)
