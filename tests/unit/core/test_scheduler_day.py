"""A whole simulated working day through the scheduler, and the days the clocks change."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from coach.core.plan import EntryKind
from coach.core.scheduler import AwayReason, SchedulerState
from coach.core.settings import Settings, TimeRange, Walk, WorkingHours
from tests.unit.core.test_scheduler import BERLIN, MONDAY_9, Sim

S = SchedulerState
WALK = Walk(at=time(12, 30), minutes=20, heat_pack_before_s=900, warm_up_before_s=300)
ANSWERS = ("break_taken", "break_postponed", "break_skipped", "break_withdrawn")


def timeline(sim: Sim) -> list[tuple[str, str]]:
    return [(t[:5], n) for t, n, _ in sim.log if n != "state_changed"]


def test_a_working_day():
    sim = Sim(Settings(walks=(WALK,)), start=MONDAY_9.replace(hour=8, minute=55))
    s = sim.s
    assert s.state is S.OFF_HOURS

    # 09:00 work starts; a break at 09:30, taken: two minutes of exercise away from the keys
    sim.until("09:30")
    assert s.take_break()
    sim.until("09:32", "idle")
    assert s.break_finished()
    # 10:02 the next one: postponed twice, then only start or skip remain
    sim.until("10:02")
    assert s.postpone()
    sim.until("10:07")
    assert s.postpone()
    sim.until("10:12")
    assert not s.postpone()
    assert s.skip()
    # 10:30 coffee away from the desk for a quarter of an hour
    sim.until("10:30")
    sim.until("10:45", "idle")
    sim.run(5)
    # 11:10 a video call in full screen; the break due at 11:15 waits until it ends at 11:40
    sim.until("11:10")
    sim.until("11:40", "watching")
    assert s.state is S.HELD
    sim.run(5)
    assert s.take_break()
    sim.until("11:42", "idle")
    s.break_finished()
    # reminders paused for half an hour
    s.pause(30 * 60)
    sim.until("12:15")
    # walk preparation and the walk
    assert s.answer_prompt(EntryKind.HEAT_PACK, done=True)
    sim.until("12:25")
    assert s.answer_prompt(EntryKind.WARM_UP, done=True)
    sim.until("12:30")
    assert s.start_walk(planned=True)
    sim.until("12:31")  # still at the desk for a minute
    sim.until("12:53", "idle")
    sim.run(5)
    assert s.state is S.SITTING
    # lunch: the laptop sleeps from 13:00 to 13:45
    sim.until("13:00")
    sim.suspend(45 * 60)
    # the afternoon: every break taken at once
    while sim.local.time() < time(17, 45):
        sim.run(sim.step)
        if s.state is S.DUE:
            s.take_break()
            s.break_finished()

    assert timeline(sim) == [
        ("09:29", "break_notice"),
        ("09:30", "break_due"),
        ("09:30", "break_taken"),
        ("10:01", "break_notice"),
        ("10:02", "break_due"),
        ("10:02", "break_postponed"),
        ("10:07", "break_due"),
        ("10:07", "break_postponed"),
        ("10:12", "break_due"),
        ("10:12", "break_skipped"),
        ("10:35", "away_started"),
        ("10:45", "natural_break"),
        ("11:40", "break_due"),
        ("11:40", "break_taken"),
        ("11:42", "pause_changed"),
        ("12:12", "pause_changed"),
        ("12:15", "heat_pack_due"),
        ("12:15", "prompt_answered"),
        ("12:25", "warm_up_due"),
        ("12:25", "prompt_answered"),
        ("12:30", "walk_due"),
        ("12:30", "walk_started"),
        ("12:30", "prompt_answered"),
        ("12:53", "walk_done"),
        ("13:45", "away_started"),
        ("13:45", "natural_break"),
        ("14:14", "break_notice"),
        ("14:15", "break_due"),
        ("14:15", "break_taken"),
        ("14:44", "break_notice"),
        ("14:45", "break_due"),
        ("14:45", "break_taken"),
        ("15:14", "break_notice"),
        ("15:15", "break_due"),
        ("15:15", "break_taken"),
        ("15:44", "break_notice"),
        ("15:45", "break_due"),
        ("15:45", "break_taken"),
        ("16:14", "break_notice"),
        ("16:15", "break_due"),
        ("16:15", "break_taken"),
        ("16:44", "break_notice"),
        ("16:45", "break_due"),
        ("16:45", "break_taken"),
        ("17:14", "break_notice"),
        ("17:15", "break_due"),
        ("17:15", "break_taken"),
    ]
    coffee, lunch = sim.values("natural_break")
    assert (coffee.reason, coffee.seconds) == (AwayReason.IDLE, pytest.approx(15 * 60 + 5))
    assert (lunch.reason, lunch.seconds) == (AwayReason.SUSPEND, 45 * 60)
    walk = sim.values("walk_done")[0]
    assert walk.planned and walk.minutes == pytest.approx(23.1, abs=0.1)  # 12:30 to 12:53:05
    held = sim.values("break_due")[4]  # no notice: it fell in the call too
    assert held.sitting_s == pytest.approx(55 * 60, abs=5)  # 10:45 to 11:40, all of it sitting
    assert len(sim.values("break_due")) == sum(len(sim.values(a)) for a in ANSWERS)
    assert s.state is S.OFF_HOURS
    assert s.next_walk.at == datetime(2026, 1, 6, 12, 30, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("day", "offset_before", "offset_after"),
    [(date(2026, 3, 29), 1, 2), (date(2026, 10, 25), 2, 1)],
    ids=["spring-forward", "fall-back"],
)
def test_a_daylight_saving_day_keeps_local_times(day, offset_before, offset_after):
    sunday = WorkingHours(sun=(TimeRange(time(8, 0), time(18, 0)),))
    walk = Walk(at=time(12, 30), days=("sun",), heat_pack_before_s=900, warm_up_before_s=300)
    sim = Sim(Settings(working_hours=sunday, walks=(walk,)), start=datetime.combine(day, time(0, 30), BERLIN))
    sim.step = 30
    assert sim.local.utcoffset().total_seconds() == offset_before * 3600
    start_mono = sim.clock.mono
    sim.until("07:59", "blind")
    assert sim.s.state is S.OFF_HOURS
    sim.until("12:35", "blind")
    assert sim.local.utcoffset().total_seconds() == offset_after * 3600
    assert sim.when("heat_pack_due") == ["12:15:00"]
    assert sim.when("warm_up_due") == ["12:25:00"]
    assert sim.when("walk_due") == ["12:30:00"]
    assert sim.when("break_due")[0] == "08:30:00"  # hours began at 08:00 local
    elapsed_h = (sim.clock.mono - start_mono) / 3600
    assert elapsed_h == pytest.approx(12 + 5 / 60 + offset_before - offset_after)
    assert [n for n in sim.names() if n in ("away_started", "natural_break")] == []  # DST is no jump
    assert sim.clock.now().tzinfo is UTC
