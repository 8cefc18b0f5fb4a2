"""The day plan: working hours, walks and their reminders, and the movement-break rule."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from coach.core.plan import EntryKind, PlanEntry, day_plan, movement_break_rule, routine_title, walk_sequence
from coach.core.settings import BreakStyle, MovementBreaks, Settings, TimeRange, Walk, WorkingHours
from tests.helpers.factories import make_exercise, make_routine

MONDAY = date(2026, 1, 5)
SATURDAY = date(2026, 1, 10)
BERLIN = ZoneInfo("Europe/Berlin")


def rows(entries: list[PlanEntry]) -> list[tuple[str, str, str | None, str]]:
    return [(e.time.strftime("%H:%M"), str(e.kind), e.routine, e.label) for e in entries]


def test_a_default_weekday():
    assert rows(day_plan(Settings(), MONDAY)) == [
        ("09:00", "work-start", None, "Work starts (until 17:30)"),
        ("12:15", "heat-pack", "heat-pack", "Heat pack on for the 12:30 walk"),
        ("12:25", "warm-up", "pre-walk-warm-up", "Warm up for the 12:30 walk: Pre walk warm up"),
        ("12:30", "walk", "walk-flexion-break", "Walk for 20 min"),
        ("17:30", "work-end", None, "Work ends"),
    ]
    walk = day_plan(Settings(), MONDAY)[3]
    assert (walk.minutes, walk.walk_at) == (20, time(12, 30))


def test_a_default_weekend_day_is_empty():
    assert day_plan(Settings(), SATURDAY) == []
    assert day_plan(Settings(), date(2026, 1, 11)) == []


def test_a_walk_without_reminders():
    s = Settings(walks=(Walk(at=time(15), heat_pack_before_s=0, warm_up_before_s=0, minutes=10),))
    plan = day_plan(s, MONDAY)
    assert [e.kind for e in plan] == [EntryKind.WORK_START, EntryKind.WALK, EntryKind.WORK_END]
    assert plan[1] == PlanEntry(
        time(15), EntryKind.WALK, "Walk for 10 min", "walk-flexion-break", 10, time(15)
    )


def test_several_walks_on_their_own_days_in_time_order():
    s = Settings(
        working_hours=WorkingHours(sat=(TimeRange(time(10), time(14)),)),
        walks=(
            Walk(at=time(16), days=("sat",), heat_pack_before_s=0, warm_up_before_s=90),
            Walk(at=time(8), days=("mon", "sat"), heat_pack_before_s=600, warm_up_before_s=0),
            Walk(at=time(12, 30), days=("mon",)),
        ),
    )
    assert [(e.time, e.kind.value) for e in day_plan(s, SATURDAY)] == [
        (time(7, 50), "heat-pack"),
        (time(8), "walk"),
        (time(10), "work-start"),
        (time(14), "work-end"),
        (time(15, 58, 30), "warm-up"),
        (time(16), "walk"),
    ]
    monday = [(e.time.strftime("%H:%M"), e.kind.value) for e in day_plan(s, MONDAY)]
    assert monday == [
        ("07:50", "heat-pack"),
        ("08:00", "walk"),
        ("09:00", "work-start"),
        ("12:15", "heat-pack"),
        ("12:25", "warm-up"),
        ("12:30", "walk"),
        ("17:30", "work-end"),
    ]


def test_a_split_working_day():
    s = Settings(
        working_hours=WorkingHours(mon=(TimeRange(time(8), time(12)), TimeRange(time(13), time(17)))),
        walks=(),
    )
    assert rows(day_plan(s, MONDAY)) == [
        ("08:00", "work-start", None, "Work starts (until 12:00)"),
        ("12:00", "work-end", None, "Work ends"),
        ("13:00", "work-start", None, "Work starts (until 17:00)"),
        ("17:00", "work-end", None, "Work ends"),
    ]


def test_a_day_without_working_hours_still_has_its_walks():
    s = Settings(walks=(Walk(days=("sat",), heat_pack_before_s=0, warm_up_before_s=0),))
    assert [e.kind for e in day_plan(s, SATURDAY)] == [EntryKind.WALK]


def test_entries_at_the_same_minute_keep_a_fixed_order():
    s = Settings(walks=(Walk(at=time(17, 30), heat_pack_before_s=0, warm_up_before_s=0),))
    assert [e.kind for e in day_plan(s, MONDAY)][-2:] == [EntryKind.WALK, EntryKind.WORK_END]
    s = Settings(walks=(Walk(at=time(9), heat_pack_before_s=0, warm_up_before_s=0),))
    assert [e.kind for e in day_plan(s, MONDAY)][:2] == [EntryKind.WORK_START, EntryKind.WALK]


def test_preparation_for_a_walk_just_after_midnight_is_on_the_evening_before():
    s = Settings(walks=(Walk(at=time(0, 10), heat_pack_before_s=3600, warm_up_before_s=600),))
    tuesday = MONDAY + timedelta(days=1)
    assert [(e.time, e.kind.value) for e in day_plan(s, tuesday) if e.walk_at][:1] == [
        (time(0, 0), "warm-up")
    ]
    evening = [e for e in day_plan(s, MONDAY) if e.time >= time(23)]
    assert [(e.time, e.kind.value, e.label) for e in evening] == [
        (time(23, 10), "heat-pack", "Heat pack on for tomorrow's 00:10 walk"),
    ]
    walk_day = [e for e in day_plan(s, tuesday) if e.walk_at]
    assert [(e.time, e.kind.value) for e in walk_day] == [
        (time(0, 0), "warm-up"),
        (time(0, 10), "walk"),
        (time(23, 10), "heat-pack"),  # for Wednesday's walk
    ]
    assert walk_day[1].label == "Walk for 20 min (get ready the evening before)"
    sunday_night = day_plan(s, date(2026, 1, 4))  # the walk is on weekdays: Monday's prep is Sunday's
    assert [e.kind.value for e in sunday_night] == ["heat-pack"]


def _routine(routine_id: str, seconds: int):
    routine = make_routine(make_exercise(f"{routine_id}-x", hold_s=seconds - 5), id=routine_id)
    assert routine.duration_s == seconds  # 5 s to get ready, then the hold
    return routine


LIBRARY = {
    "heat-pack": _routine("heat-pack", 12 * 60),
    "pre-walk-warm-up": _routine("pre-walk-warm-up", 5 * 60),
}


def test_the_sequence_is_planned_backwards_from_real_durations_without_overlap():
    seq = walk_sequence(Walk(), MONDAY, BERLIN, LIBRARY)  # heat 15 min before, warm-up 5
    heat, warm, go = seq.steps
    local = [
        (s.kind.value, f"{s.start.astimezone(BERLIN):%H:%M}", f"{s.end.astimezone(BERLIN):%H:%M}")
        for s in seq.steps
    ]
    assert local == [
        ("heat-pack", "12:13", "12:25"),
        ("warm-up", "12:25", "12:30"),
        ("walk", "12:30", "12:50"),
    ]
    assert heat.end <= warm.start and warm.end <= go.start
    short = {**LIBRARY, "pre-walk-warm-up": _routine("pre-walk-warm-up", 150)}  # a 2.5-minute warm-up
    heat, warm, go = walk_sequence(Walk(), MONDAY, BERLIN, short).steps
    assert (warm.start.astimezone(BERLIN).strftime("%H:%M:%S"), warm.seconds) == ("12:25:00", 150)
    assert heat.end <= warm.start
    long = {**LIBRARY, "pre-walk-warm-up": _routine("pre-walk-warm-up", 9 * 60)}  # longer than its lead
    heat, warm, go = walk_sequence(Walk(), MONDAY, BERLIN, long).steps
    assert f"{warm.start.astimezone(BERLIN):%H:%M}" == "12:21" and warm.end == go.start
    assert f"{heat.start.astimezone(BERLIN):%H:%M}" == "12:09" and heat.end == warm.start


@pytest.mark.parametrize("lead", [(900, 300), (600, 0), (0, 300), (60, 60), (3600, 3600)])
def test_no_sequence_overlaps_whatever_the_leads(lead):
    walk = Walk(heat_pack_before_s=lead[0], warm_up_before_s=lead[1])
    for routines in (None, LIBRARY):
        steps = walk_sequence(walk, MONDAY, BERLIN, routines).steps
        for first, second in itertools.pairwise(steps):
            assert first.end <= second.start


def test_a_walk_at_a_time_the_clocks_skip_is_at_the_first_valid_time_and_says_so():
    spring = date(2026, 3, 29)
    walk = Walk(at=time(2, 30), days=("sun",))
    seq = walk_sequence(walk, spring, BERLIN, LIBRARY)
    assert seq.shifted_from == time(2, 30)
    assert seq.at == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # 03:00 CEST, the moment of the change
    heat, warm, _ = seq.steps
    assert f"{warm.start.astimezone(BERLIN):%H:%M}" == "01:55"  # 5 real minutes before, still CET
    assert f"{heat.start.astimezone(BERLIN):%H:%M}" == "01:43"
    plan = day_plan(Settings(walks=(walk,)), spring, LIBRARY, BERLIN)
    rows_ = [(f"{e.time:%H:%M}", e.kind.value) for e in plan]
    assert rows_ == [("01:43", "heat-pack"), ("01:55", "warm-up"), ("03:00", "walk")]
    assert plan[-1].label == (
        "Walk for 20 min (02:30 does not exist today: the clocks go forward, so the walk is at 03:00)"
    )
    autumn = walk_sequence(Walk(at=time(2, 30), days=("sun",)), date(2026, 10, 25), BERLIN, LIBRARY)
    assert autumn.shifted_from is None and autumn.at == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # the first


def test_with_a_library_labels_use_names_and_missing_extras_are_left_out():
    warm_up = make_routine(make_exercise("march", hold_s=60), id="pre-walk-warm-up", name="Loosen up")
    plan = day_plan(Settings(), MONDAY, {"pre-walk-warm-up": warm_up})
    by_kind = {e.kind: e for e in plan}
    assert by_kind[EntryKind.WARM_UP].label.startswith("Warm up for the 12:30 walk: Loosen up (")
    assert by_kind[EntryKind.HEAT_PACK].routine is None
    assert by_kind[EntryKind.WALK].routine is None
    heat = make_routine(id="heat-pack")
    flex = make_routine(id="walk-flexion-break")
    plan = day_plan(Settings(), MONDAY, {"heat-pack": heat, "walk-flexion-break": flex})
    by_kind = {e.kind: e for e in plan}
    assert by_kind[EntryKind.HEAT_PACK].routine == "heat-pack"
    assert by_kind[EntryKind.WALK].routine == "walk-flexion-break"
    assert by_kind[EntryKind.WARM_UP].routine == "pre-walk-warm-up"  # as configured, even if missing


def test_routine_title():
    routine = make_routine(make_exercise(hold_s=30), id="desk-break", name="Desk break")
    assert routine_title("desk-break") == "Desk break"
    assert routine_title("desk-break", {"desk-break": routine}).startswith("Desk break (")


def test_the_movement_break_rule():
    assert movement_break_rule(Settings()) == (
        "Every 30 min of sitting, between 09:00 and 17:30: Desk break (prompt)"
    )
    assert movement_break_rule(Settings(), MONDAY) == movement_break_rule(Settings())
    assert movement_break_rule(Settings(), SATURDAY) == ("No movement breaks on Saturday: no working hours")
    split = (TimeRange(time(8), time(12)), TimeRange(time(13), time(17)))
    s = Settings(
        movement_breaks=MovementBreaks(every_s=45 * 60, style=BreakStyle.OVERLAY, routine="hip-reset"),
        working_hours=WorkingHours(mon=split, tue=split, wed=split, thu=split, fri=split),
    )
    assert movement_break_rule(s) == (
        "Every 45 min of sitting, between 08:00 and 12:00, and between 13:00 and 17:00: Hip reset (overlay)"
    )
    named = {"hip-reset": make_routine(id="hip-reset", name="Hips, reset")}
    assert movement_break_rule(s, routines=named).endswith(": Hips, reset (overlay)")
    mixed = Settings(working_hours=WorkingHours(fri=(TimeRange(time(9), time(13)),)))
    assert movement_break_rule(mixed) == (
        "Every 30 min of sitting, during working hours: Desk break (prompt)"
    )
    assert movement_break_rule(mixed, date(2026, 1, 9)) == (
        "Every 30 min of sitting, between 09:00 and 13:00: Desk break (prompt)"
    )
    none = Settings(working_hours=WorkingHours(*[()] * 7))
    assert movement_break_rule(none) == "No movement breaks: no working hours are set"
