"""The chooser's decisions for different desktops, with stand-in adapters (no display, no bus)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import pytest

from coach.core.activity import ActivitySample
from coach.platform.activity import (
    CombinedMonitor,
    MonitorFactories,
    detect_activity_monitor,
    is_gnome,
    session_kind,
)
from coach.platform.dbusconn import DEFAULT_SYSTEM_BUS
from coach.platform.errors import PlatformUnavailable

SESSION_BUS = "unix:path=/run/user/1000/bus"


@dataclass
class StandIn:
    name: str
    idle_s: float | None = 1.0
    locked: bool | None = False
    closed: bool = False

    def sample(self) -> ActivitySample:
        return ActivitySample(idle_s=self.idle_s)

    def is_locked(self) -> bool | None:
        return self.locked

    def close(self) -> None:
        self.closed = True


@dataclass
class Recorder:
    """Factories that record their calls; names in ``working`` succeed, the rest are unavailable."""

    working: set[str]
    calls: list[tuple] = field(default_factory=list)
    made: dict[str, StandIn] = field(default_factory=dict)

    def _make(self, kind: str, *args):
        self.calls.append((kind, *args))
        if kind not in self.working:
            raise PlatformUnavailable(f"{kind} is not here")
        self.made[kind] = StandIn(kind)
        return self.made[kind]

    def factories(self) -> MonitorFactories:
        return MonitorFactories(
            windows=lambda: self._make("windows"),
            macos=lambda: self._make("macos"),
            x11=lambda display: self._make("x11", display),
            mutter=lambda address: self._make("mutter", address),
            screensaver_idle=lambda address: self._make("screensaver_idle", address),
            screensaver_lock=lambda address, flavour: self._make(f"{flavour}_lock", address),
            logind=lambda address, session: self._make("logind", address, session),
        )

    @property
    def kinds(self) -> list[str]:
        return [call[0] for call in self.calls]


ALL = {
    "windows",
    "macos",
    "x11",
    "mutter",
    "screensaver_idle",
    "gnome_lock",
    "freedesktop_lock",
    "logind",
}


def choose(env, working=ALL, platform="linux"):
    recorder = Recorder(set(working))
    monitor = detect_activity_monitor(env, platform=platform, factories=recorder.factories())
    return monitor, recorder


@pytest.mark.parametrize(
    ("env", "kind"),
    [
        ({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}, "wayland"),
        ({"XDG_SESSION_TYPE": "x11", "WAYLAND_DISPLAY": "wayland-0"}, "x11"),
        ({"XDG_SESSION_TYPE": "tty", "DISPLAY": ":0"}, "x11"),  # startx
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":1"}, "wayland"),
        ({"DISPLAY": ":0"}, "x11"),
        ({"XDG_SESSION_TYPE": "tty"}, "none"),
        ({}, "none"),
    ],
)
def test_session_kind(env, kind):
    assert session_kind(env) == kind


@pytest.mark.parametrize(
    ("desktop", "gnome"),
    [("GNOME", True), ("ubuntu:GNOME", True), ("GNOME-Classic:GNOME", True), ("KDE", False), ("", False)],
)
def test_is_gnome(desktop, gnome):
    assert is_gnome({"XDG_CURRENT_DESKTOP": desktop}) is gnome


def test_windows_and_macos_have_one_adapter_each():
    monitor, recorder = choose({"DISPLAY": ":0"}, platform="win32")
    assert monitor.name == "windows" and recorder.kinds == ["windows"]
    monitor, recorder = choose({}, platform="darwin")
    assert monitor.name == "macos" and recorder.kinds == ["macos"]
    monitor, recorder = choose({}, working=set(), platform="darwin")
    assert monitor is None


def test_gnome_wayland_uses_mutter_and_never_xscreensaver():
    env = {
        "XDG_SESSION_TYPE": "wayland",
        "XDG_CURRENT_DESKTOP": "ubuntu:GNOME",
        "DISPLAY": ":0",
        "DBUS_SESSION_BUS_ADDRESS": SESSION_BUS,
        "XDG_SESSION_ID": "3",
    }
    monitor, recorder = choose(env)
    assert isinstance(monitor, CombinedMonitor)
    assert monitor.name == "mutter + gnome_lock + logind"
    assert recorder.calls == [
        ("mutter", SESSION_BUS),
        ("gnome_lock", SESSION_BUS),
        ("logind", DEFAULT_SYSTEM_BUS, "3"),
    ]


def test_other_wayland_desktops_try_the_freedesktop_screensaver_first():
    env = {
        "WAYLAND_DISPLAY": "wayland-1",
        "XDG_CURRENT_DESKTOP": "KDE",
        "DBUS_SESSION_BUS_ADDRESS": SESSION_BUS,
    }
    monitor, recorder = choose(env, working={"screensaver_idle", "freedesktop_lock"})
    assert monitor.name == "screensaver_idle + freedesktop_lock"
    assert recorder.kinds == ["screensaver_idle", "freedesktop_lock", "logind"]


def test_wayland_falls_back_to_the_other_dbus_service_then_to_none(caplog):
    env = {
        "XDG_SESSION_TYPE": "wayland",
        "XDG_CURRENT_DESKTOP": "sway",
        "DBUS_SESSION_BUS_ADDRESS": SESSION_BUS,
    }
    monitor, recorder = choose(env, working={"mutter"})
    assert monitor.name == "mutter"
    assert recorder.kinds[:2] == ["screensaver_idle", "mutter"]
    with caplog.at_level(logging.INFO, logger="coach.platform.activity"):
        monitor, recorder = choose(env, working={"x11"})
    assert monitor is None
    assert recorder.kinds == ["screensaver_idle", "mutter", "freedesktop_lock", "gnome_lock", "logind"]
    messages = [r.getMessage() for r in caplog.records]
    assert (
        "activity detection: skipped X11 XScreenSaver: a Wayland session (it would only see X11 windows)"
        in (messages)
    )
    assert (
        "activity detection: skipped org.freedesktop.ScreenSaver idle time: screensaver_idle is not here"
        in (messages)
    )
    assert messages[-1] == "activity detection unavailable: breaks follow the clock"


def test_x11_uses_xscreensaver_with_the_display_and_adds_lock_sources(caplog):
    env = {
        "XDG_SESSION_TYPE": "x11",
        "DISPLAY": ":1",
        "XDG_CURRENT_DESKTOP": "XFCE",
        "DBUS_SESSION_BUS_ADDRESS": SESSION_BUS,
        "DBUS_SYSTEM_BUS_ADDRESS": "unix:path=/tmp/system",
    }
    with caplog.at_level(logging.INFO, logger="coach.platform.activity"):
        monitor, recorder = choose(env, working={"x11", "gnome_lock", "logind"})
    assert recorder.calls == [
        ("x11", ":1"),
        ("freedesktop_lock", SESSION_BUS),
        ("gnome_lock", SESSION_BUS),
        ("logind", "unix:path=/tmp/system", None),
    ]
    assert monitor.name == "x11 + gnome_lock + logind"
    assert caplog.records[-1].getMessage() == "activity detection: using x11 + gnome_lock + logind"


def test_x11_without_xscreensaver_falls_back_to_dbus():
    env = {"DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "GNOME", "DBUS_SESSION_BUS_ADDRESS": SESSION_BUS}
    monitor, recorder = choose(env, working={"mutter"})
    assert monitor.name == "mutter"
    assert recorder.kinds[:2] == ["x11", "mutter"]


def test_without_a_session_bus_only_xscreensaver_and_logind_are_tried(caplog):
    with caplog.at_level(logging.INFO, logger="coach.platform.activity"):
        monitor, recorder = choose({"DISPLAY": ":0"})
    assert recorder.kinds == ["x11", "logind"]
    assert monitor.name == "x11 + logind"
    assert any(
        "no session bus (DBUS_SESSION_BUS_ADDRESS is not set)" in r.getMessage() for r in caplog.records
    )


def test_a_text_console_gets_no_monitor():
    monitor, recorder = choose({"XDG_SESSION_TYPE": "tty", "DBUS_SESSION_BUS_ADDRESS": SESSION_BUS})
    assert monitor is None
    assert recorder.calls == []


def test_combined_monitor_merges_lock_sources_and_closes_them_all():
    idle = StandIn("idle", idle_s=42.0)
    first, second = StandIn("first", locked=None), StandIn("second", locked=False)
    combined = CombinedMonitor(idle, [first, second])
    assert combined.sample() == ActivitySample(idle_s=42.0, locked=False, fullscreen=False)
    second.locked = True
    assert combined.sample() == ActivitySample(idle_s=42.0, locked=True, fullscreen=False)
    combined.close()
    assert idle.closed and first.closed and second.closed
