"""Asking again about bending: after a stop for pain, and when the week's pain rises."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from coach.core.bending import avoiding, directions_to_ask, rising_pain_question, week_ratings
from coach.core.clock import ManualClock
from coach.core.session_log import SessionLog
from coach.core.settings import Settings
from tests.helpers.factories import make_exercise

TZ = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 1, 5)
DAY = 24 * 3600


@pytest.mark.parametrize(
    ("kw", "settings", "expected"),
    [
        ({"bends_forward": True}, Settings(), ("forward",)),
        ({"bends_backward": True}, Settings(), ("backward",)),
        ({"bends_forward": True, "bends_backward": True}, Settings(), ("forward", "backward")),
        ({}, Settings(), ("forward", "backward")),  # a neutral move: either may be the trouble
        ({}, Settings(avoid_backward_bending=True), ("forward",)),
        ({"bends_forward": True}, Settings(avoid_forward_bending=True), ()),
    ],
)
def test_directions_to_ask_after_a_stop_for_pain(kw, settings, expected):
    assert directions_to_ask(make_exercise("x", **kw), settings) == expected


def test_no_exercise_known_asks_both():
    assert directions_to_ask(None, Settings()) == ("forward", "backward")


def test_avoiding_sets_one_answer_and_keeps_the_rest():
    start = Settings(voice=True)
    assert avoiding(start, "forward") == Settings(voice=True, avoid_forward_bending=True)
    assert avoiding(start, "backward") == Settings(voice=True, avoid_backward_bending=True)
    with pytest.raises(ValueError, match="sideways"):
        avoiding(start, "sideways")


def _log_day(log, clock, before, after):
    sid = log.start_session("desk-break", "Desk break", 30, pain_before=before)
    log.finish_session(sid, "completed", 30)
    log.set_pain(sid, pain_after=after)
    clock.advance(DAY)


def test_rising_ratings_this_week_bring_the_question(tmp_path):
    clock = ManualClock()  # Monday 2026-01-05, 09:00 UTC
    log = SessionLog.open(tmp_path / "log.db", clock)
    for before in (2, 3, 5):
        _log_day(log, clock, before, None)
    today = date(2026, 1, 7)
    assert week_ratings(log, today, TZ) == ([2, 3, 5], [], [])
    question = rising_pain_question(log, today, TZ, Settings())
    assert question is not None and "bending forward or backward" in question
    assert rising_pain_question(log, today, TZ, Settings(avoid_forward_bending=True)) is not None
    both = Settings(avoid_forward_bending=True, avoid_backward_bending=True)
    assert rising_pain_question(log, today, TZ, both) is None


def test_steady_or_old_ratings_bring_nothing(tmp_path):
    clock = ManualClock()
    log = SessionLog.open(tmp_path / "log.db", clock)
    for before in (2, 3, 5):  # rising, but two weeks ago by the time we look
        _log_day(log, clock, before, None)
    assert rising_pain_question(log, date(2026, 1, 7), TZ, Settings()) is not None
    assert rising_pain_question(log, date(2026, 1, 21), TZ, Settings()) is None
    clock.advance(7 * DAY)  # steady ratings the week after: days 15 to 17 January
    for after in (3, 3, 3):
        _log_day(log, clock, None, after)
    assert week_ratings(log, date(2026, 1, 17), TZ) == ([], [3, 3, 3], [])
    assert rising_pain_question(log, date(2026, 1, 17), TZ, Settings()) is None


def test_rising_pain_after_walks_counts_too(tmp_path):
    clock = ManualClock()
    log = SessionLog.open(tmp_path / "log.db", clock)
    for pain in (1, 2, 4):
        log.record_walk(20, planned=True, pain=pain)
        clock.advance(DAY)
    assert week_ratings(log, date(2026, 1, 7), TZ)[2] == [1, 2, 4]
    assert rising_pain_question(log, date(2026, 1, 7), TZ, Settings()) is not None
