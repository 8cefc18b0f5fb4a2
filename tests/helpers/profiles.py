"""The desktops Coach supports, each as the set of fake adapters and capabilities it offers.

A :class:`Desk` is the truth about the user (when they last typed, whether the screen is locked,
whether a full-screen window is in front, whether the computer sleeps); a
:class:`DesktopProfile` says what of that truth the desktop lets Coach see and how it lets Coach
reach the user. Day simulations (``tests/unit/sim/``) and presentation tests use the same list,
:data:`PROFILES`, so every supported desktop is exercised the same way.

Capabilities per profile (what the real adapters can read there):

============================  ====  ====  ====  ==========  ====  =============  =======
profile                       tray  idle  lock  full-screen  ntf   ntf actions    os
============================  ====  ====  ====  ==========  ====  =============  =======
x11-tray                      yes   yes   yes   yes         yes   yes            linux
x11-no-tray                   no    yes   yes   yes         yes   yes            linux
x11-no-screensaver-extension  yes   no    yes   no          yes   yes            linux
gnome-wayland                 no    yes   yes   no          yes   yes            linux
kde-wayland                   yes   no    yes   no          yes   yes            linux
windows                       yes   yes   yes   yes         yes   no             win32
macos                         yes   yes   yes   no          yes   no             darwin
no-notification-server        yes   yes   yes   yes         no    no             linux
server-without-actions        yes   yes   yes   yes         yes   no             linux
============================  ====  ====  ====  ==========  ====  =============  =======

"idle no" is clock mode: samples carry ``idle_s=None`` (with the lock state where a lock
source exists). ``monitor_factories()`` gives :class:`coach.platform.activity.MonitorFactories`
whose constructors succeed or raise ``PlatformUnavailable`` as that desktop's would, for tests
of the run-time chooser.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from coach.core.activity import ActivitySample
from coach.core.clock import ManualClock
from coach.platform.activity import MonitorFactories
from coach.platform.errors import PlatformUnavailable

SESSION_BUS = "unix:path=/run/user/1000/bus"


@dataclass
class Desk:
    """What the user really does, on a manual clock: the ground truth a desktop may see part of."""

    clock: ManualClock
    last_input: float = 0.0  # monotonic time of the last keyboard or mouse input
    locked: bool = False
    fullscreen: bool = False

    def __post_init__(self) -> None:
        self.last_input = self.clock.monotonic()

    def type(self) -> None:
        """Input just now."""
        self.last_input = self.clock.monotonic()

    @property
    def idle_s(self) -> float:
        return max(0.0, self.clock.monotonic() - self.last_input)


@dataclass
class FakeMonitor:
    """An activity monitor that reads the :class:`Desk` through a profile's capabilities."""

    desk: Desk
    name: str
    idle: bool
    lock: bool
    fullscreen: bool
    closed: bool = False

    def sample(self) -> ActivitySample:
        d = self.desk
        return ActivitySample(
            idle_s=d.idle_s if self.idle else None,
            locked=d.locked if self.lock else False,
            fullscreen=d.fullscreen if self.fullscreen else False,
        )

    def is_locked(self) -> bool | None:  # also usable as a LockSource
        return self.desk.locked if self.lock else None

    def close(self) -> None:
        self.closed = True


@dataclass
class FakeNotifier:
    """A notification server: records what was shown; ``press(key)`` clicks an action button."""

    name: str
    supports_actions: bool
    shown: list[tuple[str, str, list[tuple[str, str]]]] = field(default_factory=list)
    callbacks: list[Callable[[str], None] | None] = field(default_factory=list)
    closed: list[int] = field(default_factory=list)

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
        # a server without actions shows the text and drops the buttons
        self.shown.append((title, body, list(actions) if self.supports_actions else []))
        self.callbacks.append(on_action if self.supports_actions else None)
        return len(self.shown)

    def close_notification(self, notification_id: int) -> None:
        self.closed.append(notification_id)

    def press(self, key: str, index: int = -1) -> None:
        """Click ``key`` on notification ``index`` (the last by default)."""
        title, _body, actions = self.shown[index]
        callback = self.callbacks[index]
        if callback is None or key not in {k for k, _ in actions}:
            raise AssertionError(f"notification {title!r} has no {key!r} button: {actions}")
        callback(key)

    def close(self) -> None:
        pass


@dataclass(frozen=True)
class DesktopProfile:
    """One supported desktop: what Coach can detect there and how it can reach the user."""

    id: str
    label: str
    platform: str  # sys.platform: "linux", "win32", "darwin"
    env: Mapping[str, str]
    tray: bool  # a system tray (StatusNotifier/XEmbed host, Windows, macOS menu bar)
    idle: bool  # idle time is readable; False: breaks follow the clock
    lock: bool  # the lock state is readable
    fullscreen: bool  # a full-screen window in front is detectable
    notifications: bool  # a desktop notification server answers
    actions: bool  # notifications can carry buttons (Start / Later / Skip)
    monitor_name: str | None  # the activity source Coach should pick; None: clock mode

    @property
    def sees_idle(self) -> bool:
        """Coach reads idle time here (through the monitor it picks)."""
        return self.monitor_name is not None and self.idle

    @property
    def sees_lock(self) -> bool:
        """Coach reads the lock state here (through the monitor it picks)."""
        return self.monitor_name is not None and self.lock

    @property
    def presence_known(self) -> bool:
        """Coach can tell the user is away (idle time or at least the lock)."""
        return self.sees_idle or self.sees_lock

    def monitor(self, desk: Desk) -> FakeMonitor | None:
        """The activity monitor Coach ends up with on this desktop, or None (clock mode)."""
        if self.monitor_name is None:
            return None
        return FakeMonitor(desk, self.monitor_name, self.idle, self.lock, self.fullscreen)

    def sample(self, desk: Desk) -> ActivitySample:
        """What the app would hand the scheduler now (``idle_s=None`` without a monitor)."""
        monitor = self.monitor(desk)
        return ActivitySample(idle_s=None) if monitor is None else monitor.sample()

    def notifier(self) -> FakeNotifier | None:
        """The notification server, or None when there is none."""
        if not self.notifications:
            return None
        return FakeNotifier(f"{self.id} notifications", self.actions)

    def monitor_factories(self, desk: Desk) -> MonitorFactories:
        """Constructors as this desktop's adapters behave: the present ones read ``desk``."""

        def make(source: str, *, idle: bool, lock: bool, fullscreen: bool = False) -> Callable[..., FakeMonitor]:
            def construct(*_args: object) -> FakeMonitor:
                if source not in self._sources:
                    raise PlatformUnavailable(f"{source}: not on {self.label}")
                return FakeMonitor(desk, source, idle, lock, fullscreen)

            return construct

        return MonitorFactories(
            windows=make("Windows", idle=True, lock=True, fullscreen=True),
            macos=make("macOS", idle=True, lock=True),
            x11=make("X11 XScreenSaver", idle=True, lock=False, fullscreen=True),
            mutter=make("GNOME Mutter IdleMonitor", idle=True, lock=False),
            screensaver_idle=make("org.freedesktop.ScreenSaver idle time", idle=True, lock=False),
            screensaver_lock=make("ScreenSaver lock", idle=False, lock=True),
            logind=make("logind session lock", idle=False, lock=True),
        )

    @property
    def _sources(self) -> frozenset[str]:
        return _SOURCES[self.id]


def _linux_env(session: str, desktop: str) -> dict[str, str]:
    env = {"XDG_SESSION_TYPE": session, "XDG_CURRENT_DESKTOP": desktop, "DBUS_SESSION_BUS_ADDRESS": SESSION_BUS}
    env["DISPLAY" if session == "x11" else "WAYLAND_DISPLAY"] = ":0" if session == "x11" else "wayland-0"
    return env


_SOURCES: dict[str, frozenset[str]] = {
    "x11-tray": frozenset({"X11 XScreenSaver", "ScreenSaver lock", "logind session lock"}),
    "x11-no-tray": frozenset({"X11 XScreenSaver", "ScreenSaver lock", "logind session lock"}),
    "x11-no-screensaver-extension": frozenset({"ScreenSaver lock", "logind session lock"}),
    "gnome-wayland": frozenset({"GNOME Mutter IdleMonitor", "ScreenSaver lock", "logind session lock"}),
    "kde-wayland": frozenset({"ScreenSaver lock", "logind session lock"}),
    "windows": frozenset({"Windows"}),
    "macos": frozenset({"macOS"}),
    "no-notification-server": frozenset({"X11 XScreenSaver", "ScreenSaver lock", "logind session lock"}),
    "server-without-actions": frozenset({"X11 XScreenSaver", "ScreenSaver lock", "logind session lock"}),
}

PROFILES: tuple[DesktopProfile, ...] = (
    DesktopProfile(
        "x11-tray", "X11 with a tray", "linux", _linux_env("x11", "XFCE"),
        tray=True, idle=True, lock=True, fullscreen=True, notifications=True, actions=True,
        monitor_name="X11 XScreenSaver",
    ),
    DesktopProfile(
        "x11-no-tray", "X11 without a tray", "linux", _linux_env("x11", "i3"),
        tray=False, idle=True, lock=True, fullscreen=True, notifications=True, actions=True,
        monitor_name="X11 XScreenSaver",
    ),
    DesktopProfile(
        "x11-no-screensaver-extension", "X11 without the screensaver extension", "linux",
        _linux_env("x11", "XFCE"),
        tray=True, idle=False, lock=True, fullscreen=False, notifications=True, actions=True,
        monitor_name=None,
    ),
    DesktopProfile(
        "gnome-wayland", "GNOME on Wayland", "linux", _linux_env("wayland", "GNOME"),
        tray=False, idle=True, lock=True, fullscreen=False, notifications=True, actions=True,
        monitor_name="GNOME Mutter IdleMonitor",
    ),
    DesktopProfile(
        "kde-wayland", "KDE Plasma on Wayland", "linux", _linux_env("wayland", "KDE"),
        tray=True, idle=False, lock=True, fullscreen=False, notifications=True, actions=True,
        monitor_name="ScreenSaver lock",
    ),
    DesktopProfile(
        "windows", "Windows", "win32", {},
        tray=True, idle=True, lock=True, fullscreen=True, notifications=True, actions=False,
        monitor_name="Windows",
    ),
    DesktopProfile(
        "macos", "macOS", "darwin", {},
        tray=True, idle=True, lock=True, fullscreen=False, notifications=True, actions=False,
        monitor_name="macOS",
    ),
    DesktopProfile(
        "no-notification-server", "Linux without a notification server", "linux", _linux_env("x11", "XFCE"),
        tray=True, idle=True, lock=True, fullscreen=True, notifications=False, actions=False,
        monitor_name="X11 XScreenSaver",
    ),
    DesktopProfile(
        "server-without-actions", "A notification server without action buttons", "linux",
        _linux_env("x11", "XFCE"),
        tray=True, idle=True, lock=True, fullscreen=True, notifications=True, actions=False,
        monitor_name="X11 XScreenSaver",
    ),
)  # fmt: skip

PROFILE_IDS: tuple[str, ...] = tuple(p.id for p in PROFILES)


def profile(profile_id: str) -> DesktopProfile:
    """The profile named ``profile_id``."""
    for p in PROFILES:
        if p.id == profile_id:
            return p
    raise KeyError(f"no desktop profile {profile_id!r}; known: {', '.join(PROFILE_IDS)}")
