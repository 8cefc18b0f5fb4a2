"""Each supported desktop, as its environment and D-Bus services: Coach picks the right adapters.

The Linux desktops run the real adapters against a fake desktop on a private bus (and a real
Xvfb for X11); Windows and macOS, which cannot run here, use stand-in constructors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from coach.core.activity import ActivitySample
from coach.core.clock import ManualClock
from coach.platform.activity import (
    FULLSCREEN,
    IDLE,
    LOCK,
    LockOnlyMonitor,
    MonitorFactories,
    detect_activity_monitor,
    senses,
)
from coach.platform.errors import PlatformUnavailable
from coach.platform.notify import detect_notifier
from coach.platform.session import Session, detect_session
from tests.helpers.fake_dbus import (
    FREEDESKTOP_SCREENSAVER,
    GNOME_SCREENSAVER,
    LOGIND,
    MUTTER,
    NOTIFICATIONS,
    FakeDesktop,
)
from tests.helpers.profiles import PROFILES, Desk


@dataclass(frozen=True)
class Linux:
    """A Linux desktop: its session variables, the services on its bus and what they refuse."""

    session: str  # "x11" or "wayland"
    desktop: str  # XDG_CURRENT_DESKTOP
    names: tuple[str, ...]
    capabilities: tuple[str, ...] = ("actions", "body")
    refused: tuple[str, ...] = ()  # idle methods answered with NotSupported
    xss: bool = True  # the X server has the screensaver extension

    def env(self, bus: str, display: str) -> dict[str, str]:
        env = {
            "XDG_SESSION_TYPE": self.session,
            "XDG_CURRENT_DESKTOP": self.desktop,
            "DBUS_SESSION_BUS_ADDRESS": bus,
            "DBUS_SYSTEM_BUS_ADDRESS": bus,  # the fake answers for logind too
            "XDG_SESSION_ID": "2",
        }
        if self.session == "x11":
            env["DISPLAY"] = display
        else:
            env["WAYLAND_DISPLAY"] = "wayland-0"
        return env


EVERYTHING = (NOTIFICATIONS, FREEDESKTOP_SCREENSAVER, LOGIND)
# each: the desktop, then the monitor Coach must pick, what it senses, and notification buttons
LINUX = {
    "x11-tray": (
        Linux("x11", "XFCE", EVERYTHING),
        "X11 XScreenSaver + org.freedesktop.ScreenSaver lock state + logind session lock",
        {IDLE, LOCK, FULLSCREEN},
        True,
    ),
    "x11-no-screensaver-extension": (
        Linux("x11", "XFCE", EVERYTHING, refused=("GetSessionIdleTime",), xss=False),
        "org.freedesktop.ScreenSaver lock state + logind session lock (no idle time)",
        {LOCK},
        True,
    ),
    "gnome-wayland": (
        Linux("wayland", "ubuntu:GNOME", (NOTIFICATIONS, MUTTER, GNOME_SCREENSAVER, LOGIND)),
        "GNOME Mutter IdleMonitor + org.gnome.ScreenSaver lock state + logind session lock",
        {IDLE, LOCK},
        True,
    ),
    "kde-wayland": (
        Linux("wayland", "KDE", EVERYTHING, refused=("GetSessionIdleTime",)),
        "org.freedesktop.ScreenSaver lock state + logind session lock (no idle time)",
        {LOCK},
        True,
    ),
    "no-notification-server": (
        Linux("x11", "XFCE", (FREEDESKTOP_SCREENSAVER, LOGIND)),
        "X11 XScreenSaver + org.freedesktop.ScreenSaver lock state + logind session lock",
        {IDLE, LOCK, FULLSCREEN},
        None,
    ),
    "server-without-actions": (
        Linux("x11", "XFCE", EVERYTHING, capabilities=("body",)),
        "X11 XScreenSaver + org.freedesktop.ScreenSaver lock state + logind session lock",
        {IDLE, LOCK, FULLSCREEN},
        False,
    ),
}


@pytest.fixture
def x_displays(request):
    """Both X servers, started only for the tests that use X11."""
    return request.getfixturevalue


@pytest.mark.parametrize("name", list(LINUX), ids=list(LINUX))
def test_each_linux_desktop_gets_its_adapters(name, bus_address, x_displays):
    linux, expected_monitor, expected_senses, actions = LINUX[name]
    desktop = FakeDesktop(bus_address, names=linux.names, capabilities=list(linux.capabilities))
    for method in linux.refused:
        desktop.errors[method] = "org.freedesktop.DBus.Error.NotSupported"
    display = ""
    if linux.session == "x11":
        display = x_displays("xvfb_display" if linux.xss else "xvfb_without_screensaver")
    env = linux.env(bus_address, display)
    monitor = detect_activity_monitor(env, platform="linux")
    notifier = detect_notifier(env, platform="linux", desktop_entry="org.coachapp.Coach")
    try:
        assert monitor is not None and monitor.name == expected_monitor
        assert senses(monitor) == expected_senses
        if actions is None:
            assert notifier is None
        else:
            assert notifier is not None and notifier.supports_actions is actions
        # the lock is seen on every Linux desktop, idle time or not
        desktop.freedesktop_active = desktop.gnome_active = True
        assert monitor.sample().locked is True
        desktop.freedesktop_active = desktop.gnome_active = False
        assert monitor.sample().locked is False
    finally:
        if monitor is not None:
            monitor.close()
        if notifier is not None:
            notifier.close()
        desktop.close()


def test_x11_without_the_screensaver_extension_and_no_lock_source_follows_the_clock(
    bus_address, xvfb_without_screensaver
):
    desktop = FakeDesktop(bus_address, names=(NOTIFICATIONS,))
    env = Linux("x11", "XFCE", ()).env(bus_address, xvfb_without_screensaver)
    try:
        assert detect_activity_monitor(env, platform="linux") is None
    finally:
        desktop.close()


def test_a_lock_only_monitor_reports_a_locked_screen_as_away_time_unknown():
    class Lock:
        name = "lock"
        locked: bool | None = False
        closed = False

        def is_locked(self):
            return self.locked

        def close(self):
            self.closed = True

    lock = Lock()
    monitor = LockOnlyMonitor([lock])
    assert monitor.sample() == ActivitySample(idle_s=None, locked=False)
    lock.locked = None  # cannot tell right now: not locked
    assert monitor.sample().locked is False
    lock.locked = True
    assert monitor.sample() == ActivitySample(idle_s=None, locked=True)
    monitor.close()
    assert lock.closed


@dataclass
class StandIn:
    name: str
    senses: frozenset[str]

    def sample(self) -> ActivitySample:
        return ActivitySample(idle_s=0.0)

    def close(self) -> None:
        pass


def _unavailable(*_args):
    raise PlatformUnavailable("not on this system")


@pytest.mark.parametrize(
    ("platform", "kind", "expected"),
    [("win32", "windows", {IDLE, LOCK, FULLSCREEN}), ("darwin", "macos", {IDLE})],
)
def test_windows_and_macos(platform, kind, expected):
    from coach.platform.idle_macos import MacMonitor
    from coach.platform.idle_windows import WindowsMonitor

    factories = MonitorFactories(
        windows=lambda: StandIn("Windows", WindowsMonitor.senses),
        macos=lambda: StandIn("macOS", MacMonitor.senses),
        x11=_unavailable,
        mutter=_unavailable,
        screensaver_idle=_unavailable,
        screensaver_lock=_unavailable,
        logind=_unavailable,
    )
    monitor = detect_activity_monitor({}, platform=platform, factories=factories)
    assert senses(monitor) == expected
    # no native notifier: news goes to the tray icon's messages, questions to the prompt window
    assert detect_notifier({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nowhere"}, platform=platform) is None
    assert detect_session({}, platform=platform) == Session(kind)


@pytest.mark.parametrize(
    ("env", "session"),
    [
        ({"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, Session("wayland", "GNOME")),
        ({"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"}, Session("wayland", "KDE")),
        ({"DISPLAY": ":0", "KDE_FULL_SESSION": "true"}, Session("x11", "KDE")),
        ({"DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "XFCE"}, Session("x11", "XFCE")),
        ({}, Session("none", "")),
    ],
)
def test_session_detection(env, session):
    assert detect_session(env, platform="linux") == session


def test_session_labels():
    assert Session("wayland", "KDE").label == "KDE on Wayland"
    assert Session("x11").label == "X11"
    assert Session("windows").label == "Windows"
    assert Session("none").label == "no graphical session"


@pytest.mark.parametrize(
    "p", [p for p in PROFILES if not p.idle and p.platform == "linux"], ids=lambda p: p.id
)
def test_desktops_without_idle_time_still_report_the_lock(p):
    """The day simulations' profiles: where idle time is missing, the lock sources are used."""
    desk = Desk(ManualClock(wall=datetime(2026, 1, 5, 8, 0, tzinfo=UTC)))
    monitor = detect_activity_monitor(p.env, platform=p.platform, factories=p.monitor_factories(desk))
    assert isinstance(monitor, LockOnlyMonitor) and senses(monitor) == {LOCK}
    assert monitor.sample() == ActivitySample(idle_s=None, locked=False)
    desk.locked = True
    assert monitor.sample() == ActivitySample(idle_s=None, locked=True)
