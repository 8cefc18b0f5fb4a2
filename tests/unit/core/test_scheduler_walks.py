"""Tests for the scheduler's walk preparation prompts and walks."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from coach.core.plan import EntryKind
from coach.core.safety import FLEXION_BREAK_TIP, WALKING_CHECKLIST
from coach.core.scheduler import BreakScheduler, PromptOutcome, SchedulerState, WalkEnd, WithdrawReason
from coach.core.scheduler.walks import WALK_GRACE_S, WalkBook, walk_prompts
from coach.core.settings import MovementBreaks, Settings, TimeRange, Walk, WorkingHours
from tests.helpers.factories import make_exercise, make_routine
from tests.unit.core.test_scheduler import BERLIN, MONDAY_9, Sim

S = SchedulerState
WALK = Walk(at=time(12, 30), minutes=20, heat_pack_before_s=900, warm_up_before_s=300)


MONDAY = MONDAY_9.date()
RARE_BREAKS = MovementBreaks(every_s=4 * 3600)  # keeps movement breaks out of the way


def at(hhmm: str, day: date = MONDAY) -> datetime:
    return datetime.combine(day, time.fromisoformat(hhmm), tzinfo=BERLIN)


def walk_sim(start: str = "12:00", walks: tuple[Walk, ...] = (WALK,), **kw) -> Sim:
    kw.setdefault("movement_breaks", RARE_BREAKS)
    return Sim(Settings(walks=walks, **kw), start=at(start))


# -- the plan --------------------------------------------------------------------------------


def test_walk_prompts_come_from_the_day_plan_in_order_with_their_windows():
    prompts = walk_prompts(Settings(walks=(WALK,)), MONDAY, BERLIN)
    assert [p.kind for p in prompts] == [EntryKind.HEAT_PACK, EntryKind.WARM_UP, EntryKind.WALK]
    assert [p.at for p in prompts] == [at("12:15"), at("12:25"), at("12:30")]
    assert [p.until for p in prompts] == [at("12:25"), at("12:30"), at("12:50")]
    assert [p.routine for p in prompts] == ["heat-pack", "pre-walk-warm-up", "walk-flexion-break"]


def test_walk_prompts_only_on_the_walks_days_and_one_walk_per_time():
    twice = (WALK, Walk(at=time(12, 30), minutes=40))
    assert walk_prompts(Settings(walks=twice), date(2026, 1, 10), BERLIN) == []  # Saturday
    prompts = walk_prompts(Settings(walks=twice), MONDAY, BERLIN)
    assert len(prompts) == 3
    assert prompts[-1].until == at("12:50")


def test_walk_prompts_follow_local_time_on_a_daylight_saving_day():
    spring = date(2026, 3, 29)
    every_day = Walk(at=time(12, 30), days=("sun",))
    walk = walk_prompts(Settings(walks=(every_day,)), spring, BERLIN)[-1]
    assert walk.at == datetime(2026, 3, 29, 10, 30, tzinfo=UTC)  # 12:30 CEST
    autumn = walk_prompts(Settings(walks=(every_day,)), date(2026, 10, 25), BERLIN)[-1]
    assert autumn.at == datetime(2026, 10, 25, 11, 30, tzinfo=UTC)  # 12:30 CET


def test_the_book_gives_only_the_latest_prompt_still_making_sense():
    book = WalkBook(Settings(walks=(WALK,)), BERLIN, None)
    assert book.due(at("12:10")) == []
    assert [p.kind for p in book.due(at("12:27"))] == [EntryKind.WARM_UP]
    [walk] = book.due(at("12:31"))
    book.give(walk)
    assert book.due(at("12:20")) == []  # earlier prompts of the same walk are settled too
    assert book.due(at("14:00")) == []


# -- prompts in the scheduler ----------------------------------------------------------------


def test_optional_routines_missing_from_the_library_are_left_out():
    sim = walk_sim("12:10")
    sim.s = BreakScheduler(Settings(walks=(WALK,)), sim.clock, BERLIN, routines={})
    for name in ("heat_pack_due", "walk_due"):
        getattr(sim.s, name).connect(lambda value, name=name: sim.log.append((sim.hms, name, value)))
    sim.until("12:31")
    assert sim.values("heat_pack_due")[0].routine is None
    assert sim.values("walk_due")[0].flexion_routine is None


def test_heat_pack_warm_up_and_walk_prompts_at_their_times():
    sim = walk_sim()
    sim.until("12:35")
    assert sim.names() == ["heat_pack_due", "warm_up_due", "walk_due"]
    assert sim.when("heat_pack_due") == ["12:15:00"]
    assert sim.when("warm_up_due") == ["12:25:00"]
    assert sim.when("walk_due") == ["12:30:00"]
    heat, warm, walk = (sim.values(n)[0] for n in ("heat_pack_due", "warm_up_due", "walk_due"))
    assert (heat.routine, heat.walk, heat.walk_at) == ("heat-pack", WALK, at("12:30"))
    assert warm.routine == "pre-walk-warm-up"
    assert walk.checklist == WALKING_CHECKLIST
    assert walk.flexion_tip == FLEXION_BREAK_TIP
    assert (walk.minutes, walk.flexion_routine) == (20, "walk-flexion-break")


def test_each_prompt_fires_once_even_if_the_clock_goes_back():
    sim = walk_sim()
    sim.until("12:31")
    sim.clock.jump_wall(-20 * 60)  # back to 12:11
    sim.until("12:40")
    assert sim.names() == ["heat_pack_due", "warm_up_due", "walk_due"]


@pytest.mark.parametrize(
    ("wake", "expected"),
    [
        ("12:20", ["heat_pack_due"]),
        ("12:27", ["warm_up_due"]),
        ("12:31", ["walk_due"]),
        ("12:49", ["walk_due"]),
        ("14:00", []),
    ],
)
def test_after_a_suspend_only_the_prompt_that_still_makes_sense_fires(wake, expected):
    sim = walk_sim("12:00")
    sim.run(60)
    sim.suspend((at(wake) - sim.local).total_seconds())
    assert [n for n in sim.names() if n.endswith("_due")] == expected


def test_a_missed_walk_is_not_prompted_and_the_next_walk_is_tomorrows():
    sim = walk_sim("12:00")
    sim.run(60)
    assert sim.s.next_walk.at == at("12:30")
    sim.suspend(2 * 3600)
    assert sim.s.next_walk.at == at("12:30", date(2026, 1, 6))


def test_prompts_wait_while_away_and_come_if_still_in_time():
    sim = walk_sim("12:00")
    sim.until("12:24", "idle")
    assert sim.s.state is S.AWAY
    sim.until("12:28", "idle")
    sim.run(5)
    assert sim.names() == ["away_started", "natural_break", "warm_up_due"]


def test_prompts_wait_behind_a_full_screen_window():
    sim = walk_sim("12:20")
    sim.until("12:34", "call")
    assert sim.names() == []
    sim.run(5)
    assert sim.names() == ["walk_due"]


def test_prompts_wait_while_paused_and_outside_working_hours():
    sim = walk_sim("12:00")
    sim.s.pause(40 * 60)
    sim.until("12:45")
    assert sim.names() == ["pause_changed", "pause_changed", "walk_due"]
    early = walk_sim("12:00", working_hours=WorkingHours(mon=(TimeRange(time(13, 0), time(17, 0)),)))
    early.until("14:00")
    assert early.names() == []


def test_prompts_wait_during_a_break_and_come_after_it():
    sim = walk_sim("11:44", movement_breaks=MovementBreaks())
    sim.until("12:14")
    assert sim.s.take_break()
    sim.run(60, "idle")
    assert "heat_pack_due" not in sim.names()
    sim.s.break_finished()
    assert sim.names()[-1] == "heat_pack_due"


def test_a_day_plan_is_taken_afresh_after_new_settings():
    sim = walk_sim("12:00")
    later = Walk(at=time(13, 0), heat_pack_before_s=0, warm_up_before_s=0)
    sim.s.apply_settings(Settings(walks=(later,)))
    sim.until("13:05")
    assert sim.when("walk_due") == ["13:00:00"]


# -- walking ---------------------------------------------------------------------------------


def test_a_planned_walk_until_the_walker_is_back():
    sim = walk_sim("12:29")
    sim.run(60)
    sim.take()
    assert sim.s.start_walk(planned=True)
    assert sim.s.state is S.WALKING
    assert sim.s.status_text() == "On a walk"
    started = sim.values("walk_started")[0]
    assert (started.planned, started.walk, started.started) == (True, WALK, at("12:30"))
    answer = sim.values("prompt_answered")[0]
    assert (answer.kind, answer.outcome) == (EntryKind.WALK, PromptOutcome.DONE)
    sim.run(40)  # still at the desk, clicking: the walk goes on
    sim.run(25 * 60, "idle")  # out: no breaks, no natural break
    sim.run(5)
    assert sim.names() == ["walk_started", "prompt_answered", "walk_done"]
    done = sim.values("walk_done")[0]
    assert done.started == at("12:30")
    assert done.ended == at("12:55") + timedelta(seconds=45)
    assert done.minutes == pytest.approx(25.75, abs=0.06)
    assert done.planned
    assert sim.s.state is S.SITTING
    assert sim.s.sitting_s == 0


def test_going_for_a_walk_from_the_tray_is_unplanned_outside_a_walks_window():
    sim = walk_sim("10:00")
    assert sim.s.start_walk()
    started = sim.values("walk_started")[0]
    assert (started.planned, started.walk) == (False, None)


def test_a_walk_in_the_preparation_window_is_the_planned_walk():
    sim = walk_sim("12:00")
    sim.until("12:20")
    assert sim.s.start_walk()
    assert sim.values("walk_started")[0].planned
    sim.until("12:40", "idle")
    sim.run(5)
    sim.until("13:00")
    assert "walk_due" not in sim.names()  # that walk is done


def test_starting_a_walk_withdraws_a_due_break():
    sim = walk_sim("10:00", movement_breaks=MovementBreaks())
    sim.run(1800)
    assert sim.s.start_walk()
    assert sim.values("break_withdrawn")[0].reason is WithdrawReason.WALK
    assert not sim.s.start_walk()


def test_skip_walk_and_answers_to_preparation_prompts():
    sim = walk_sim("12:14")
    assert not sim.s.skip_walk()
    sim.until("12:31")
    assert sim.s.answer_prompt(EntryKind.HEAT_PACK, done=True)
    assert not sim.s.answer_prompt(EntryKind.HEAT_PACK, done=True)
    assert sim.s.answer_prompt(EntryKind.WARM_UP, done=False)
    assert sim.s.skip_walk()
    outcomes = [(a.kind, a.outcome) for a in sim.values("prompt_answered")]
    assert outcomes == [
        (EntryKind.HEAT_PACK, PromptOutcome.DONE),
        (EntryKind.WARM_UP, PromptOutcome.SKIPPED),
        (EntryKind.WALK, PromptOutcome.SKIPPED),
    ]
    assert sim.s.next_walk.at == at("12:30", date(2026, 1, 6))
    with pytest.raises(ValueError, match="heat-pack and warm-up"):
        sim.s.answer_prompt(EntryKind.WALK, done=True)


def test_end_walk_by_hand_and_a_short_lock_does_not_end_it():
    sim = walk_sim("10:00")
    sim.s.start_walk()
    sim.run(60, "locked")
    sim.run(30)
    assert sim.s.state is S.WALKING
    sim.run(600)
    assert sim.s.end_walk()
    assert not sim.s.end_walk()
    assert sim.values("walk_done")[0].minutes == pytest.approx(11.5)


def test_without_idle_detection_a_walk_ends_on_unlock_or_wake():
    sim = walk_sim("10:00")
    sim.s.start_walk()
    sim.run(1200, "blind-locked")
    sim.run(5, "blind")
    assert sim.values("walk_done")[0].minutes == pytest.approx(20.1, abs=0.1)
    sim.s.start_walk()
    sim.run(10, "blind")
    sim.suspend(900, wake="blind")
    assert len(sim.values("walk_done")) == 2
    assert sim.values("walk_done")[1].minutes == pytest.approx(15.2, abs=0.1)


@pytest.mark.parametrize("mode", ["blind", "typing", "call"])
def test_a_walk_with_no_return_seen_ends_by_itself_at_its_planned_minutes_plus_grace(mode):
    sim = walk_sim("12:29", movement_breaks=MovementBreaks())
    sim.run(60)
    assert sim.s.start_walk(planned=True)
    started = sim.values("walk_started")[0]
    assert started.minutes == 20
    assert started.ends_by == at("12:30") + timedelta(seconds=20 * 60 + WALK_GRACE_S)
    assert not sim.s.start_walk()  # no second walk during one
    assert sim.values("walk_started") == [started]
    limit = 20 * 60 + WALK_GRACE_S
    sim.run(limit - 10, mode)  # no idle source, or typing all along: no return is ever seen
    assert sim.s.state is S.WALKING
    assert sim.s.next_deadline() == pytest.approx(sim.clock.mono + 10)
    sim.run(10, mode)
    assert sim.s.state is S.SITTING
    [done] = sim.values("walk_done")
    assert done.how == WalkEnd.TIMED_OUT
    assert done.ended == at("12:50")  # taken as its planned length
    assert done.minutes == 20
    sim.run(30 * 60, mode)
    assert sim.s.state in (S.DUE, S.HELD)  # reminders resume (held behind a full-screen call)


def test_a_walk_from_the_tray_lasts_the_first_planned_walks_length_or_twenty_minutes():
    sim = walk_sim("10:00", walks=(Walk(at=time(15, 0), minutes=45),))
    sim.s.start_walk()
    assert sim.values("walk_started")[0].minutes == 45
    bare = walk_sim("10:00", walks=())
    bare.s.start_walk()
    assert bare.values("walk_started")[0].minutes == 20


def test_im_back_ends_the_walk_at_once_and_says_how():
    sim = walk_sim("10:00")
    sim.s.start_walk()
    sim.run(300, "blind")
    assert sim.s.end_walk()
    [done] = sim.values("walk_done")
    assert (done.how, done.minutes) == (WalkEnd.SAID, 5)
    sim.s.start_walk()
    sim.run(300, "idle")
    sim.run(5)
    assert sim.values("walk_done")[1].how == WalkEnd.BACK


def test_prompts_given_late_say_the_real_time_left_and_skip_a_step_that_no_longer_fits():
    sim = walk_sim("12:00")  # no library: heat 12:15-12:25, warm-up 12:25-12:30
    sim.until("12:15")
    [heat] = sim.values("heat_pack_due")
    assert (heat.seconds, heat.walk_in_s) == (600, 900)
    late = walk_sim("12:18")  # Coach started at 12:18: 7 min of heat fit before the warm-up
    late.run(5)
    [heat] = late.values("heat_pack_due")
    assert heat.seconds == pytest.approx(415) and heat.walk_in_s == pytest.approx(715)
    later = walk_sim("12:21")  # 4 min: too little for heat, so it is skipped, not overlapped
    later.until("12:25")
    assert later.names() == ["warm_up_due"]
    last = walk_sim("12:28")
    last.run(5)
    [warm] = last.values("warm_up_due")
    assert warm.seconds == pytest.approx(115) and warm.walk_in_s == pytest.approx(115)
    tight = walk_sim("12:29:30")  # under a minute to the walk: no warm-up, the walk comes at 12:30
    tight.until("12:31")
    assert tight.names() == ["walk_due"]


def test_a_heat_step_shorter_than_the_late_minimum_is_still_prompted_on_time():
    heat = make_routine(make_exercise("heat", hold_s=115), id="heat-pack")  # a 2-minute heat timer
    walk = Walk(at=time(12, 30), heat_pack_before_s=180, warm_up_before_s=60)
    sim = Sim(Settings(walks=(walk,), movement_breaks=RARE_BREAKS), start=at("12:20"))
    sim.s = BreakScheduler(sim.s.settings, sim.clock, BERLIN, routines={"heat-pack": heat})
    sim.s.heat_pack_due.connect(lambda v: sim.log.append((sim.hms, "heat_pack_due", v)))
    sim.until("12:28")
    [heat_due] = sim.values("heat_pack_due")
    assert heat_due.seconds == 120


def test_the_scheduler_prompts_the_same_sequence_coach_plan_prints():
    from coach.core.plan import day_plan

    heat = make_routine(make_exercise("heat", hold_s=715), id="heat-pack")  # 12 min
    warm = make_routine(make_exercise("warm", hold_s=145), id="pre-walk-warm-up")  # 2.5 min
    routines = {"heat-pack": heat, "pre-walk-warm-up": warm}
    sim = Sim(Settings(walks=(WALK,), movement_breaks=RARE_BREAKS), start=at("12:00"))
    sim.s = BreakScheduler(sim.s.settings, sim.clock, BERLIN, routines=routines)
    for name in ("heat_pack_due", "warm_up_due", "walk_due"):
        getattr(sim.s, name).connect(lambda v, name=name: sim.log.append((sim.hms, name, v)))
    sim.until("12:31")
    plan = day_plan(sim.s.settings, MONDAY, routines, BERLIN)
    printed = [f"{e.time:%H:%M:%S}" for e in plan if e.walk_at]
    assert printed == ["12:13:00", "12:25:00", "12:30:00"]
    assert [t for t, _n, _v in sim.log] == printed
    heat_due, warm_due = sim.values("heat_pack_due")[0], sim.values("warm_up_due")[0]
    assert heat_due.seconds == 720 and warm_due.seconds == 150


def test_a_walk_carries_on_past_the_end_of_working_hours():
    sim = walk_sim("17:20")
    sim.s.start_walk()
    sim.until("17:45", "idle")
    assert sim.s.state is S.WALKING
    sim.run(5)
    assert sim.s.state is S.OFF_HOURS
    assert sim.values("walk_done")[0].minutes == pytest.approx(25, abs=0.2)


def test_a_walk_on_a_daylight_saving_day_prompts_at_local_time():
    sunday = WorkingHours(sun=(TimeRange(time(8, 0), time(18, 0)),))
    walk = Walk(at=time(12, 30), days=("sun",), heat_pack_before_s=0, warm_up_before_s=0)
    for day in (date(2026, 3, 29), date(2026, 10, 25)):
        sim = Sim(Settings(working_hours=sunday, walks=(walk,)), start=at("00:30", day))
        sim.step = 60
        sim.until("12:40")
        assert sim.when("walk_due") == ["12:30:00"]


def test_preparation_for_a_walk_just_after_midnight_comes_the_evening_before():
    always = WorkingHours(**{day: (TimeRange(time(0), time(23, 59)),) for day in ("mon", "tue")})
    walk = Walk(at=time(0, 5), days=("tue",), heat_pack_before_s=900, warm_up_before_s=300)
    sim = walk_sim("23:30", walks=(walk,), working_hours=always)
    sim.until("23:59")
    assert sim.when("heat_pack_due") == ["23:50:00"]  # Monday evening, for Tuesday's 00:05 walk
    sim.step = 30
    sim.run(10 * 60)
    assert sim.when("warm_up_due") == ["00:00:00"] and sim.when("walk_due") == ["00:05:00"]
