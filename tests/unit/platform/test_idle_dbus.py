"""The D-Bus idle and lock adapters against a fake desktop on a private bus."""

from __future__ import annotations

import logging
import time

import pytest

from coach.core.activity import ActivitySample
from coach.platform.activity import LockOnlyMonitor, detect_activity_monitor, senses
from coach.platform.errors import PlatformUnavailable
from coach.platform.idle_dbus import MutterIdleMonitor, ScreenSaverIdleMonitor, ScreenSaverLock
from coach.platform.lock_logind import LogindLock
from tests.helpers.fake_dbus import FakeDesktop


def test_mutter_idle_time_is_read_in_milliseconds(desktop, bus_address):
    desktop.mutter_idle_ms = 4_250
    monitor = MutterIdleMonitor(bus_address)
    try:
        sample = monitor.sample()
        assert sample.idle_s == pytest.approx(4.25)
        assert (sample.locked, sample.fullscreen) == (False, False)
        desktop.mutter_idle_ms = 90_000_000_000  # a uint64: more than a 32-bit counter holds
        assert monitor.sample().idle_s == pytest.approx(90_000_000.0)
    finally:
        monitor.close()


def test_freedesktop_screensaver_idle_time_is_read_in_milliseconds(desktop, bus_address):
    desktop.screensaver_idle_ms = 61_500
    monitor = ScreenSaverIdleMonitor(bus_address)
    try:
        assert monitor.sample().idle_s == pytest.approx(61.5)
    finally:
        monitor.close()


def test_a_missing_service_is_unavailable(bus_address):
    fake = FakeDesktop(bus_address, names=["org.freedesktop.Notifications"])
    try:
        with pytest.raises(PlatformUnavailable, match="NameHasNoOwner"):
            MutterIdleMonitor(bus_address)
        with pytest.raises(PlatformUnavailable, match="NameHasNoOwner"):
            ScreenSaverLock(bus_address, "gnome")
    finally:
        fake.close()


def test_kde_on_wayland_refusing_idle_time_is_unavailable(desktop, bus_address):
    desktop.errors["GetSessionIdleTime"] = "org.freedesktop.DBus.Error.NotSupported"
    with pytest.raises(PlatformUnavailable, match="NotSupported"):
        ScreenSaverIdleMonitor(bus_address)
    lock = ScreenSaverLock(bus_address, "freedesktop")  # its lock state still works
    try:
        assert lock.is_locked() is False
        desktop.freedesktop_active = True
        assert lock.is_locked() is True
    finally:
        lock.close()


def test_an_unusable_bus_address_is_unavailable():
    with pytest.raises(PlatformUnavailable, match="disabled"):
        MutterIdleMonitor("disabled:")
    with pytest.raises(PlatformUnavailable, match="cannot connect"):
        MutterIdleMonitor("unix:path=/nonexistent/coach-test-bus")


def test_a_hung_service_costs_one_timeout_then_is_left_alone(desktop, bus_address, caplog):
    monitor = MutterIdleMonitor(bus_address, timeout_s=0.2)
    try:
        desktop.silent.add("GetIdletime")
        with caplog.at_level(logging.WARNING):
            started = time.monotonic()
            assert monitor.sample().idle_s is None
            assert monitor.sample().idle_s is None  # not asked again yet
            elapsed = time.monotonic() - started
        assert 0.15 < elapsed < 1.5
        assert [r.getMessage() for r in caplog.records].count(
            "GNOME Mutter IdleMonitor stopped answering: GetIdletime: no reply within 0.2 s"
        ) == 1
    finally:
        monitor.close()


def test_a_service_that_leaves_gives_unknown_idle_time(desktop, bus_address):
    monitor = ScreenSaverIdleMonitor(bus_address)
    try:
        desktop.close()
        assert monitor.sample().idle_s is None
    finally:
        monitor.close()


def test_gnome_screensaver_lock_state(desktop, bus_address):
    lock = ScreenSaverLock(bus_address, "gnome")
    try:
        assert lock.name == "org.gnome.ScreenSaver lock state"
        assert lock.is_locked() is False
        desktop.gnome_active = True
        assert lock.is_locked() is True
    finally:
        lock.close()


def test_logind_lock_follows_locked_hint_and_active(desktop, bus_address):
    lock = LogindLock(bus_address, "c2")
    try:
        assert desktop.sessions_asked == ["c2"]
        assert lock.is_locked() is False
        desktop.locked_hint = True
        assert lock.is_locked() is True
        desktop.locked_hint = False
        desktop.session_active = False  # another session is in front
        assert lock.is_locked() is True
    finally:
        lock.close()


def test_logind_without_a_session_id_asks_for_auto(desktop, bus_address):
    LogindLock(bus_address).close()
    assert desktop.sessions_asked == ["auto"]


def test_chooser_on_gnome_wayland_uses_mutter_and_the_lock_sources(desktop, bus_address):
    env = {
        "XDG_SESSION_TYPE": "wayland",
        "XDG_CURRENT_DESKTOP": "ubuntu:GNOME",
        "WAYLAND_DISPLAY": "wayland-0",
        "DISPLAY": ":0",
        "DBUS_SESSION_BUS_ADDRESS": bus_address,
        "DBUS_SYSTEM_BUS_ADDRESS": bus_address,
        "XDG_SESSION_ID": "7",
    }
    monitor = detect_activity_monitor(env, platform="linux")
    assert monitor is not None
    try:
        assert monitor.name == (
            "GNOME Mutter IdleMonitor + org.gnome.ScreenSaver lock state + logind session lock"
        )
        desktop.mutter_idle_ms = 12_000
        assert monitor.sample().idle_s == pytest.approx(12.0)
        assert monitor.sample().locked is False
        desktop.gnome_active = True
        assert monitor.sample().locked is True
        desktop.gnome_active = False
        desktop.locked_hint = True
        assert monitor.sample().locked is True
    finally:
        monitor.close()


def test_chooser_on_kde_wayland_without_idle_time_still_sees_the_lock(desktop, bus_address, caplog):
    """KDE Plasma on Wayland refuses GetSessionIdleTime: a locked screen must still count as away."""
    desktop.errors["GetSessionIdleTime"] = "org.freedesktop.DBus.Error.NotSupported"
    desktop.errors["GetIdletime"] = "org.freedesktop.DBus.Error.UnknownMethod"
    env = {
        "XDG_SESSION_TYPE": "wayland",
        "XDG_CURRENT_DESKTOP": "KDE",
        "DBUS_SESSION_BUS_ADDRESS": bus_address,
        "DBUS_SYSTEM_BUS_ADDRESS": bus_address,  # the fake answers for logind as well
        "XDG_SESSION_ID": "2",
    }
    with caplog.at_level(logging.INFO, logger="coach.platform.activity"):
        monitor = detect_activity_monitor(env, platform="linux")
    try:
        assert isinstance(monitor, LockOnlyMonitor)
        assert monitor.name == ("org.freedesktop.ScreenSaver lock state + logind session lock (no idle time)")
        assert senses(monitor) == {"lock"}
        assert monitor.sample() == ActivitySample(idle_s=None, locked=False)
        desktop.freedesktop_active = True
        assert monitor.sample() == ActivitySample(idle_s=None, locked=True)
        desktop.freedesktop_active = False
        desktop.locked_hint = True
        assert monitor.sample().locked is True
    finally:
        monitor.close()
    messages = [r.getMessage() for r in caplog.records]
    assert "activity detection: no idle time; breaks follow the clock, a locked screen is away" in messages
    assert any("NotSupported" in m for m in messages)
