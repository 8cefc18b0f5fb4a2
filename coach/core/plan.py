"""A day's plan from the settings: working hours, walks and the reminders before each walk."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from coach.core.durations import format_duration
from coach.core.i18n import translate
from coach.core.model import Routine
from coach.core.settings import DAY_NAMES, DAYS, Settings, TimeRange, Walk, format_clock_time

HEAT_PACK_ROUTINE = "heat-pack"
FLEXION_BREAK_ROUTINE = "walk-flexion-break"  # a forward bend to take whenever a walk gets hard


class EntryKind(StrEnum):
    """What happens at a plan entry; entries at the same minute sort in this order."""

    WORK_START = "work-start"
    HEAT_PACK = "heat-pack"
    WARM_UP = "warm-up"
    WALK = "walk"
    WORK_END = "work-end"


_ORDER = {kind: i for i, kind in enumerate(EntryKind)}


@dataclass(frozen=True)
class PlanEntry:
    """One thing in a day's plan, at a local time of that day."""

    time: time
    kind: EntryKind
    label: str
    routine: str | None = None  # the routine to offer, where one applies
    minutes: int | None = None  # a walk's length
    walk_at: time | None = None  # the walk a heat-pack, warm-up or walk entry belongs to


@dataclass(frozen=True)
class PrepStep:
    """One step of a walk's sequence, ``start`` to ``end`` (UTC): heat pack, warm-up or the walk."""

    kind: EntryKind
    start: datetime
    end: datetime
    routine: str | None  # the routine to offer (its id, even when the library lacks it)

    @property
    def seconds(self) -> float:
        return (self.end - self.start).total_seconds()


@dataclass(frozen=True)
class WalkSequence:
    """A walk and its preparation on one day, planned backwards from the walk.

    The warm-up ends by the walk and the heat pack before the warm-up starts; each starts at
    its lead time before the walk (``warm_up_before``, ``heat_pack_before``) or earlier when
    its routine takes longer than that lead leaves (on a whole minute). ``shifted_from`` is the walk's set time
    when that time does not exist on ``day`` (clocks going forward): the walk is then at the
    first valid time after it, the moment the clocks jump.
    """

    walk: Walk
    day: date
    steps: tuple[PrepStep, ...]  # in order; the last is the walk itself
    shifted_from: time | None = None

    @property
    def at(self) -> datetime:
        return self.steps[-1].start

    def step(self, kind: EntryKind) -> PrepStep | None:
        return next((s for s in self.steps if s.kind is kind), None)


def fit_routine(routine: Routine, seconds: float) -> Routine:
    """``routine`` cut to take at most ``seconds``, where it is one timed hold (the heat pack's
    timer); any other routine is returned as it is (it is offered whole or not at all)."""
    if len(routine.items) != 1 or routine.duration_s <= seconds:
        return routine
    item = routine.items[0]
    if item.dose.reps != 1 or item.dose.sides != "none":
        return routine
    hold = max(60, item.dose.hold_s - math.ceil(routine.duration_s - seconds))
    return dataclasses.replace(
        routine, items=(dataclasses.replace(item, dose=dataclasses.replace(item.dose, hold_s=hold)),)
    )


def routine_seconds(routine_id: str, routines: Mapping[str, Routine] | None) -> int | None:
    """A routine's real length from the library, or None when it is not known."""
    routine = routines.get(routine_id) if routines is not None else None
    return None if routine is None else routine.duration_s


def walk_sequence(
    walk: Walk, day: date, tz: tzinfo, routines: Mapping[str, Routine] | None = None
) -> WalkSequence:
    """Heat pack, warm-up and walk for ``walk`` on ``day``, planned backwards from the walk.

    Durations come from the library (the heat-pack routine and ``warm_up_routine``); a routine
    the library lacks (or without ``routines``) is taken to fill its lead: the warm-up its
    ``warm_up_before``, the heat pack the rest of its ``heat_pack_before``. All arithmetic is on
    real (UTC) time, so a daylight-saving change inside the sequence shortens nothing, and
    preparation for a walk just after midnight falls on the evening before. This is the one
    plan both ``coach plan`` and the running scheduler use.
    """
    walk_at, shifted = wall_instant(day, walk.at, tz)
    walk_step = PrepStep(
        EntryKind.WALK, walk_at, walk_at + timedelta(minutes=walk.minutes), FLEXION_BREAK_ROUTINE
    )
    steps = [walk_step]
    next_start = walk_at
    if walk.warm_up_before_s:
        length = routine_seconds(walk.warm_up_routine, routines) or walk.warm_up_before_s
        start = walk_at - timedelta(seconds=walk.warm_up_before_s)
        if length > walk.warm_up_before_s:
            start = _minute_floor(walk_at - timedelta(seconds=length))
        steps.insert(
            0, PrepStep(EntryKind.WARM_UP, start, start + timedelta(seconds=length), walk.warm_up_routine)
        )
        next_start = start
    if walk.heat_pack_before_s:
        lead_left = walk.heat_pack_before_s - (walk.warm_up_before_s if walk.warm_up_before_s else 0)
        length = routine_seconds(HEAT_PACK_ROUTINE, routines) or max(lead_left, 60)
        start = min(
            walk_at - timedelta(seconds=walk.heat_pack_before_s),
            _minute_floor(next_start - timedelta(seconds=length)),
        )
        steps.insert(
            0, PrepStep(EntryKind.HEAT_PACK, start, start + timedelta(seconds=length), HEAT_PACK_ROUTINE)
        )
    return WalkSequence(walk, day, tuple(steps), walk.at if shifted else None)


def _minute_floor(moment: datetime) -> datetime:
    """Back to the whole minute, so steps start at times a person reads easily."""
    return moment.replace(second=0, microsecond=0)


def wall_instant(day: date, moment: time, tz: tzinfo) -> tuple[datetime, bool]:
    """The UTC instant a local ``day`` and ``moment`` name, and whether it had to be shifted.

    A time the clocks skip (02:30 on a spring-forward night) becomes the first valid time
    after it, the instant of the change (03:00); a repeated time (autumn) means its first
    occurrence.
    """
    naive = datetime.combine(day, moment)
    instant = naive.replace(tzinfo=tz).astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) == naive:
        return instant, False
    low = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)  # before the change: still the old offset
    high = instant  # after it
    while (high - low) > timedelta(seconds=1):  # the change lies between: find it to the second
        middle = low + (high - low) / 2
        if middle.astimezone(tz).utcoffset() == high.astimezone(tz).utcoffset():
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0), True


def day_plan(
    settings: Settings,
    day: date,
    routines: Mapping[str, Routine] | None = None,
    tz: tzinfo = UTC,
) -> list[PlanEntry]:
    """The plan for ``day`` in ``tz``, sorted by time, its labels in the user's language.

    Walks appear on their days, each with its preparation from :func:`walk_sequence`; the
    preparation for a walk just after midnight is on the evening before (in that day's plan,
    labelled for tomorrow's walk). A walk at a time the clocks skip is at the first valid time,
    and its label says so. With ``routines``, labels use routine names and the optional
    heat-pack and flexion-break routines are offered only when the library has them;
    without, their ids are given as they are.
    """
    entries: list[PlanEntry] = []
    for span in settings.working_hours.on(day):
        end = format_clock_time(span.end)
        label = translate("Plan", "Work starts (until {time})").format(time=end)
        entries.append(PlanEntry(span.start, EntryKind.WORK_START, label))
        entries.append(PlanEntry(span.end, EntryKind.WORK_END, translate("Plan", "Work ends")))
    for walk_day in (day, day + timedelta(days=1)):
        for sequence in walk_sequences(settings, walk_day, tz, routines):
            entries.extend(e for e in _walk_entries(sequence, day, tz, routines) if e is not None)
    entries.sort(key=lambda e: (e.time, _ORDER[e.kind]))
    return entries


def walk_sequences(
    settings: Settings, day: date, tz: tzinfo, routines: Mapping[str, Routine] | None = None
) -> list[WalkSequence]:
    """The sequences of the walks on ``day``; two walks at the same time are one (the first)."""
    walks: dict[time, Walk] = {}
    for walk in settings.walks:
        if walk.on(day):
            walks.setdefault(walk.at, walk)
    return [walk_sequence(walk, day, tz, routines) for walk in walks.values()]


def _walk_entries(
    sequence: WalkSequence, day: date, tz: tzinfo, routines: Mapping[str, Routine] | None
) -> list[PlanEntry | None]:
    """The entries of ``sequence`` that fall on ``day``."""
    walk = sequence.walk
    walk_local = sequence.at.astimezone(tz)
    at = format_clock_time(walk_local.time().replace(second=0, microsecond=0))
    tomorrow = walk_local.date() > day

    def entry(
        step: PrepStep, label: str, routine: str | None, minutes: int | None = None
    ) -> PlanEntry | None:
        local = step.start.astimezone(tz)
        if local.date() != day:
            return None
        return PlanEntry(local.time().replace(microsecond=0), step.kind, label, routine, minutes, walk.at)

    out: list[PlanEntry | None] = []
    heat, warm, go = (sequence.step(k) for k in (EntryKind.HEAT_PACK, EntryKind.WARM_UP, EntryKind.WALK))
    if heat is not None:
        label = (
            translate("Plan", "Heat pack on for tomorrow's {time} walk")
            if tomorrow
            else translate("Plan", "Heat pack on for the {time} walk")
        )
        out.append(entry(heat, label.format(time=at), _optional(HEAT_PACK_ROUTINE, routines)))
    if warm is not None:
        label = (
            translate("Plan", "Warm up for tomorrow's {time} walk: {routine}")
            if tomorrow
            else translate("Plan", "Warm up for the {time} walk: {routine}")
        )
        routine = routine_title(walk.warm_up_routine, routines)
        out.append(entry(warm, label.format(time=at, routine=routine), walk.warm_up_routine))
    assert go is not None
    label = translate("Plan", "Walk for {minutes} min").format(minutes=walk.minutes)
    if sequence.shifted_from is not None:
        label += " " + translate(
            "Plan", "({time} does not exist today: the clocks go forward, so the walk is at {valid})"
        ).format(time=format_clock_time(sequence.shifted_from), valid=at)
    if any(step.start.astimezone(tz).date() < walk_local.date() for step in sequence.steps):
        label += " " + translate("Plan", "(get ready the evening before)")
    out.append(entry(go, label, _optional(FLEXION_BREAK_ROUTINE, routines), walk.minutes))
    return out


def _optional(routine_id: str, routines: Mapping[str, Routine] | None) -> str | None:
    return routine_id if routines is None or routine_id in routines else None


def routine_title(routine_id: str, routines: Mapping[str, Routine] | None = None) -> str:
    """A routine's name and length from the library, or its id made readable."""
    routine = routines.get(routine_id) if routines is not None else None
    if routine is None:
        return routine_id.replace("-", " ").capitalize()
    return f"{routine.name} ({format_duration(routine.duration_s)})"


def movement_break_rule(
    settings: Settings, day: date | None = None, routines: Mapping[str, Routine] | None = None
) -> str:
    """One line on movement breaks, e.g. ``Every 30 min of sitting, between 09:00 and 17:30:
    Desk break (prompt)``; for ``day`` when given, else for the whole week."""
    mb = settings.movement_breaks
    hours = settings.working_hours
    if day is not None:
        spans = {hours.on(day)} - {()}
        none = f"No movement breaks on {DAY_NAMES[DAYS[day.weekday()]]}: no working hours"
    else:
        spans = {hours.on(d) for d in DAYS} - {()}
        none = "No movement breaks: no working hours are set"
    if not spans:
        return none
    when = _between(next(iter(spans))) if len(spans) == 1 else "during working hours"
    name = mb.routine.replace("-", " ").capitalize()
    if routines is not None and mb.routine in routines:
        name = routines[mb.routine].name
    return f"Every {format_duration(mb.every_s)} of sitting, {when}: {name} ({mb.style})"


def _between(spans: tuple[TimeRange, ...]) -> str:
    return ", and ".join(
        f"between {format_clock_time(s.start)} and {format_clock_time(s.end)}" for s in spans
    )
