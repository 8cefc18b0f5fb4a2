"""The desktop profiles agree with the run-time chooser of activity sources."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from coach.core.clock import ManualClock
from coach.platform.activity import detect_activity_monitor
from tests.helpers.profiles import PROFILES, Desk, DesktopProfile, profile

START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize("p", [p for p in PROFILES if p.idle], ids=lambda p: p.id)
def test_the_chooser_picks_the_profiles_idle_source(p: DesktopProfile):
    desk = Desk(ManualClock(wall=START))
    monitor = detect_activity_monitor(p.env, platform=p.platform, factories=p.monitor_factories(desk))
    assert monitor is not None
    assert monitor.name.split(" + ")[0] == p.monitor_name
    desk.clock.advance(42)
    desk.locked = True
    sample = monitor.sample()
    assert sample.idle_s == pytest.approx(42)
    assert sample.locked


def test_the_desk_is_seen_through_the_profiles_capabilities():
    desk = Desk(ManualClock(wall=START))
    desk.clock.advance(10)
    desk.locked = desk.fullscreen = True
    assert profile("x11-tray").sample(desk).idle_s == pytest.approx(10)
    assert profile("x11-tray").sample(desk).fullscreen
    kde = profile("kde-wayland").sample(desk)
    assert (kde.idle_s, kde.locked, kde.fullscreen) == (None, True, False)
    clock_mode = profile("x11-no-screensaver-extension").sample(desk)
    assert (clock_mode.idle_s, clock_mode.locked) == (None, False)


def test_notifiers_drop_buttons_where_the_server_has_no_actions():
    assert profile("no-notification-server").notifier() is None
    plain = profile("server-without-actions").notifier()
    assert plain is not None
    plain.notify("Break", "Stand up", [("start", "Start")], on_action=lambda key: None)
    assert plain.shown[-1][2] == []
    with pytest.raises(AssertionError, match="no 'start' button"):
        plain.press("start")
