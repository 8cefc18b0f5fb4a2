"""Today's counts come from the log's rows."""

from datetime import date
from zoneinfo import ZoneInfo

from coach.core.clock import ManualClock
from coach.core.session_log import SessionLog
from coach.core.today import today_summary

TZ = ZoneInfo("Europe/Berlin")


def test_today_counts(tmp_path):
    clock = ManualClock()  # 2026-01-05 09:00 UTC, a Monday
    log = SessionLog.open(tmp_path / "log.db", clock)
    empty = today_summary(log, date(2026, 1, 5), TZ)
    assert empty.done_text == "no exercise yet" and empty.streak_text.startswith("Start a streak")
    log.record_break("prompted", "desk-break")
    log.record_break("postponed", "desk-break")
    log.record_break("prompted", "desk-break")
    sid = log.start_session("desk-break", "Desk break", 40)
    clock.advance(120)
    log.finish_session(sid, "completed", 90)
    log.record_break("taken", "desk-break", session_id=sid)
    log.record_break("natural", seconds=600)
    log.record_walk(20, planned=True)
    today = today_summary(log, date(2026, 1, 5), TZ)
    assert (today.prompted, today.taken, today.natural, today.sessions) == (2, 1, 1, 1)
    assert today.minutes == 1.5
    assert today.walks == 1
    assert today.done_text == "1 of 2 breaks taken · 2 min of exercise · 1 walk · 1 time away from the desk"
    assert today.streak_text == "Streak: 1 day in a row with exercise"
