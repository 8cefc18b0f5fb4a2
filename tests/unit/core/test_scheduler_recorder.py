"""Tests for the scheduler recorder, writing to a real session log."""

from __future__ import annotations

from datetime import time

import pytest

from coach.core.errors import SessionLogError
from coach.core.plan import EntryKind
from coach.core.scheduler import SchedulerRecorder
from coach.core.session_log import SessionLog
from coach.core.settings import MovementBreaks, Settings, Walk
from coach.core.stats import break_adherence
from tests.unit.core.test_scheduler import BERLIN, MONDAY_9, Sim

WALK = Walk(at=time(12, 30), minutes=20, heat_pack_before_s=900, warm_up_before_s=300)


@pytest.fixture
def day(tmp_path):
    sim = Sim(Settings(walks=(WALK,)), start=MONDAY_9.replace(hour=11, minute=40))
    log = SessionLog(tmp_path / "log.db", sim.clock)
    recorder = SchedulerRecorder(sim.s, log)
    yield sim, log, recorder
    recorder.close()
    log.close()


def breaks(log):
    return [(b.event, b.routine_id, b.seconds, b.detail) for b in log.breaks()]


def test_breaks_prompts_and_a_walk_are_logged_as_they_happen(day):
    sim, log, recorder = day
    sim.until("12:10")
    assert sim.s.postpone()
    sim.until("12:15")
    assert sim.s.take_break()
    sim.run(60, "idle")
    assert sim.s.break_finished()
    sim.until("12:26")
    assert sim.s.answer_prompt(EntryKind.WARM_UP, done=True)
    sim.until("12:30")
    assert sim.s.start_walk(planned=True)
    sim.run(20 * 60, "idle")
    sim.run(5)
    assert recorder.awaiting_rating is not None
    assert log.walks()[0].ended is None  # until the user says how it went
    assert recorder.rate_walk(pain=3, needed_flexion_break=True, note="  ")
    assert not recorder.rate_walk(pain=4)
    sim.run(600, "idle")
    sim.run(5)

    assert breaks(log) == [
        ("notice", "desk-break", 60, None),
        ("prompted", "desk-break", 1800, None),
        ("postponed", "desk-break", 300, "postpone 1"),
        ("prompted", "desk-break", 2100, "postponed 1x before"),
        ("taken", "desk-break", None, None),
        ("natural", None, 605, "idle"),
    ]
    prompts = [(p.kind, p.event, p.walk_id) for p in log.prompts()]
    walk = log.walks()[0]
    assert prompts == [
        ("heat-pack", "prompted", None),
        ("warm-up", "prompted", None),
        ("warm-up", "done", None),
        ("walk", "prompted", None),
        ("walk", "done", walk.id),
    ]
    assert walk.planned
    assert walk.minutes == pytest.approx(20.1, abs=0.1)
    assert (walk.pain, walk.needed_flexion_break, walk.note) == (3, True, None)
    assert walk.ended is not None
    adherence = break_adherence(log, MONDAY_9.date(), MONDAY_9.date(), BERLIN)[MONDAY_9.date()]
    assert (adherence.taken, adherence.postponed, adherence.natural) == (1, 1, 1)


def test_withdrawn_prompts_are_logged_as_what_they_amount_to(tmp_path):
    sim = Sim(Settings(walks=(), movement_breaks=MovementBreaks(notice_s=0)))
    log = SessionLog(tmp_path / "log.db", sim.clock)
    SchedulerRecorder(sim.s, log)
    sim.run(1800)
    sim.s.start_walk()  # a walk is a movement break
    sim.run(300, "idle")
    sim.run(5)  # back from the walk
    sim.run(1800)
    sim.s.pause(600)  # pausing reminders declines the showing prompt
    sim.run(600)
    sim.run(1800)
    sim.run(400, "idle")  # leaving it: the natural break says it all
    sim.run(5)
    assert [(event, detail) for event, _, _, detail in breaks(log)] == [
        ("prompted", None),
        ("taken", "went for a walk"),
        ("prompted", None),
        ("skipped", "paused reminders"),
        ("prompted", None),
        ("natural", "idle"),
    ]
    assert len(log.walks()) == 1


def test_an_unrated_walk_is_finished_when_the_next_starts_or_on_close(tmp_path):
    sim = Sim(Settings(walks=()))
    log = SessionLog(tmp_path / "log.db", sim.clock)
    recorder = SchedulerRecorder(sim.s, log)
    sim.s.start_walk()
    sim.run(600, "idle")
    sim.run(5)
    sim.s.start_walk()
    first = log.walks()[0]
    assert (first.minutes, first.pain) == (pytest.approx(10.1, abs=0.1), None)
    assert first.ended is not None
    sim.run(300, "idle")
    sim.run(5)  # back, not rated yet
    recorder.close()
    assert all(w.ended is not None for w in log.walks())
    sim.s.start_walk()
    sim.s.end_walk()  # no longer followed
    assert len(log.walks()) == 2


def test_a_walk_under_way_at_quit_is_closed_at_its_planned_end_on_the_next_start_and_asked_once(tmp_path):
    sim = Sim(Settings(walks=(WALK,)), start=MONDAY_9.replace(hour=12, minute=29))
    log = SessionLog(tmp_path / "log.db", sim.clock)
    recorder = SchedulerRecorder(sim.s, log)
    sim.until("12:30")
    assert sim.s.start_walk(planned=True)
    sim.run(300, "typing")
    recorder.close()  # quit during the walk: the row stays open
    assert log.walks()[0].ended is None
    sim.suspend(3 * 3600)  # the next morning... or three hours later

    again = Sim(Settings(walks=(WALK,)), start=sim.local)
    second = SchedulerRecorder(again.s, log)
    done = second.recover_open_walks(again.s.settings, BERLIN, again.clock.now())
    assert done is not None and done.how == "recovered"
    assert done.ended.strftime("%H:%M") == "12:50"  # its planned end
    assert done.minutes == 20
    walk = log.walks()[0]
    assert walk.ended is not None and walk.ended.astimezone(BERLIN).strftime("%H:%M") == "12:50"
    assert second.rate_walk(pain=2, minutes=25)
    walk = log.walks()[0]
    assert (walk.pain, walk.minutes) == (2, 25)
    assert walk.ended.astimezone(BERLIN).strftime("%H:%M") == "12:50"  # a rating later moves nothing
    third = SchedulerRecorder(again.s, log)  # and a later start asks nothing
    assert third.recover_open_walks(again.s.settings, BERLIN, again.clock.now()) is None


def test_a_walk_left_open_ends_no_later_than_now_and_unplanned_walks_use_the_default_length(tmp_path):
    sim = Sim(Settings(walks=(Walk(at=time(16, 0), minutes=30),)), start=MONDAY_9.replace(hour=10))
    log = SessionLog(tmp_path / "log.db", sim.clock)
    walk_id = log.start_walk(planned=False)
    sim.run(600)
    recorder = SchedulerRecorder(sim.s, log)
    done = recorder.recover_open_walks(sim.s.settings, BERLIN, sim.clock.now())
    assert done is not None and done.minutes == 10  # crashed and restarted 10 min into a 30 min walk
    recorder.rate_walk()
    assert log.walks()[0].id == walk_id and log.walks()[0].minutes == 10
    log.start_walk(planned=False)
    sim.suspend(8 * 3600)
    done = recorder.recover_open_walks(sim.s.settings, BERLIN, sim.clock.now())
    assert done is not None and done.minutes == 30  # the default: the first planned walk's length


class BrokenLog:
    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise SessionLogError("cannot save a break event in the session log /x: the disk is full")

        return fail


def test_a_log_that_cannot_be_written_is_reported_once_and_the_scheduler_goes_on():
    sim = Sim(Settings(walks=()))
    recorder = SchedulerRecorder(sim.s, BrokenLog())
    failures = []
    recorder.failed.connect(failures.append)
    sim.run(1800)
    assert sim.s.skip()
    assert len(failures) == 1
    assert "disk is full" in failures[0]
    assert sim.names() == ["break_notice", "break_due", "break_skipped"]


def test_break_rows_name_the_routine_the_prompt_offered(tmp_path):
    sim = Sim(Settings(), start=MONDAY_9)
    log = SessionLog(tmp_path / "log.db", sim.clock)
    asked: list[str] = []

    def offered(configured: str) -> str:  # a rotation that moves on at every prompt
        asked.append(configured)
        return f"offer-{len(asked)}"

    recorder = SchedulerRecorder(sim.s, log, offered=offered)
    sim.until("09:35")
    assert sim.s.postpone()  # the answer keeps the routine its prompt offered
    sim.until("10:10")
    assert sim.s.skip()
    rows = [(event, routine) for event, routine, _s, _d in breaks(log)]
    recorder.close()
    log.close()
    assert set(asked) == {"desk-break"}
    assert "desk-break" not in {routine for _e, routine in rows}
    for (event, routine), (before_event, before_routine) in zip(rows[1:], rows, strict=False):
        if event in ("postponed", "skipped", "taken"):
            assert before_event == "prompted" and routine == before_routine
    assert [e for e, _r in rows].count("postponed") == 1 and rows[-1][0] == "skipped"
