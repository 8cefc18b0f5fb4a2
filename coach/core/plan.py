"""A day's plan from the settings: working hours, walks and the reminders before each walk."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
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


def day_plan(settings: Settings, day: date, routines: Mapping[str, Routine] | None = None) -> list[PlanEntry]:
    """The plan for ``day``, sorted by time, its labels in the user's language.

    Walks appear only on their days. A reminder that would fall before midnight (a walk
    just after 00:00 with a long heat-pack lead) is clamped to 00:00 of ``day``, so it is
    still given, only later. With ``routines``, labels use routine names and the optional
    heat-pack and flexion-break routines are offered only when the library has them;
    without, their ids are given as they are.
    """
    entries: list[PlanEntry] = []
    for span in settings.working_hours.on(day):
        end = format_clock_time(span.end)
        label = translate("Plan", "Work starts (until {time})").format(time=end)
        entries.append(PlanEntry(span.start, EntryKind.WORK_START, label))
        entries.append(PlanEntry(span.end, EntryKind.WORK_END, translate("Plan", "Work ends")))
    for walk in settings.walks:
        if walk.on(day):
            entries.extend(_walk_entries(walk, routines))
    entries.sort(key=lambda e: (e.time, _ORDER[e.kind]))
    return entries


def _walk_entries(walk: Walk, routines: Mapping[str, Routine] | None) -> list[PlanEntry]:
    at = format_clock_time(walk.at)
    out: list[PlanEntry] = []
    if walk.heat_pack_before_s:
        out.append(
            PlanEntry(
                _before(walk.at, walk.heat_pack_before_s),
                EntryKind.HEAT_PACK,
                translate("Plan", "Heat pack on for the {time} walk").format(time=at),
                _optional(HEAT_PACK_ROUTINE, routines),
                walk_at=walk.at,
            )
        )
    if walk.warm_up_before_s:
        out.append(
            PlanEntry(
                _before(walk.at, walk.warm_up_before_s),
                EntryKind.WARM_UP,
                translate("Plan", "Warm up for the {time} walk: {routine}").format(
                    time=at, routine=routine_title(walk.warm_up_routine, routines)
                ),
                walk.warm_up_routine,
                walk_at=walk.at,
            )
        )
    out.append(
        PlanEntry(
            walk.at,
            EntryKind.WALK,
            translate("Plan", "Walk for {minutes} min").format(minutes=walk.minutes),
            _optional(FLEXION_BREAK_ROUTINE, routines),
            minutes=walk.minutes,
            walk_at=walk.at,
        )
    )
    return out


def _optional(routine_id: str, routines: Mapping[str, Routine] | None) -> str | None:
    return routine_id if routines is None or routine_id in routines else None


def _before(moment: time, seconds: int) -> time:
    """``seconds`` before ``moment`` on the same day, or 00:00 if that is the day before."""
    total = max(0, moment.hour * 3600 + moment.minute * 60 + moment.second - seconds)
    return time(total // 3600, total // 60 % 60, total % 60)


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
