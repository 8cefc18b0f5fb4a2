"""The settings model: frozen dataclasses with every default in one place, read from YAML."""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from coach.core.durations import format_duration
from coach.core.errors import Problem
from coach.core.validation import Checker, describe_type, dotted
from coach.core.yamlfile import Document, Path_

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAYS = DAYS[:5]
DAY_NAMES = dict(
    zip(DAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), strict=True)
)
MAX_WALKS = 20
MAX_RANGES_PER_DAY = 8
MINUTE = 60
HOUR = 60 * MINUTE

TOP_KEYS = (
    "movement_breaks",
    "working_hours",
    "walks",
    "sounds",
    "voice",
    "avoid_forward_bending",
    "avoid_backward_bending",
    "still_pictures",
)
FLAG_KEYS = ("sounds", "voice", "avoid_forward_bending", "avoid_backward_bending")
BREAK_KEYS = ("every", "routine", "style", "notice", "postpone", "max_postpones", "away_after")
WALK_KEYS = ("at", "days", "minutes", "heat_pack_before", "warm_up_before", "warm_up_routine")

_CLOCK = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")
_RANGE = re.compile(r"\s*(\S+?)\s*[-–]\s*(\S+)\s*")
_OFF = ("", "off", "none")
AUTO = "auto"  # a setting that follows the desktop


class BreakStyle(StrEnum):
    """How a movement break asks for attention."""

    NOTIFY = "notify"  # a desktop notification only
    PROMPT = "prompt"  # a small window with Start / Later / Skip
    OVERLAY = "overlay"  # a full-screen reminder


def parse_clock(value: object) -> time:
    """Read ``"HH:MM"`` (24-hour) as a time.

    Raises:
        ValueError: with a message fit to show a user.
    """
    match = _CLOCK.fullmatch(value.strip()) if isinstance(value, str) else None
    if not match:
        raise ValueError(f'{value!r} is not a time; write HH:MM on a 24-hour clock, e.g. "12:30"')
    return time(int(match[1]), int(match[2]))


def format_clock_time(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


@dataclass(frozen=True, order=True)
class TimeRange:
    """Part of a day, from ``start`` up to (not including) ``end``."""

    start: time
    end: time

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(
                f"ends at {format_clock_time(self.end)}, which is not after its start "
                f"{format_clock_time(self.start)}"
            )

    def contains(self, moment: time) -> bool:
        return self.start <= moment.replace(tzinfo=None) < self.end

    def __str__(self) -> str:
        return f"{format_clock_time(self.start)}-{format_clock_time(self.end)}"

    @classmethod
    def parse(cls, value: object) -> TimeRange:
        """Read ``"09:00-17:30"``; raises ValueError with a message fit to show a user."""
        match = _RANGE.fullmatch(value) if isinstance(value, str) else None
        try:
            if not match:
                raise ValueError
            start, end = parse_clock(match[1]), parse_clock(match[2])
        except ValueError:
            raise ValueError(
                f'{value!r} is not a time range; write HH:MM-HH:MM, e.g. "09:00-17:30", or off'
            ) from None
        return cls(start, end)


_OFFICE_DAY = (TimeRange(time(9, 0), time(17, 30)),)


@dataclass(frozen=True)
class WorkingHours:
    """The hours of each day when Coach may prompt; an empty day has none."""

    mon: tuple[TimeRange, ...] = _OFFICE_DAY
    tue: tuple[TimeRange, ...] = _OFFICE_DAY
    wed: tuple[TimeRange, ...] = _OFFICE_DAY
    thu: tuple[TimeRange, ...] = _OFFICE_DAY
    fri: tuple[TimeRange, ...] = _OFFICE_DAY
    sat: tuple[TimeRange, ...] = ()
    sun: tuple[TimeRange, ...] = ()

    def on(self, day: str | date) -> tuple[TimeRange, ...]:
        """The ranges for a day name (``mon``..``sun``) or a date."""
        name = day if isinstance(day, str) else DAYS[day.weekday()]
        return getattr(self, name)

    def contains(self, when: datetime) -> bool:
        """Whether a local date and time falls inside working hours."""
        return any(r.contains(when.time()) for r in self.on(when.date()))

    @property
    def any(self) -> bool:
        return any(self.on(day) for day in DAYS)


@dataclass(frozen=True)
class MovementBreaks:
    """When and how Coach suggests getting up."""

    every_s: int = 30 * MINUTE  # of sitting
    routine: str = "desk-break"
    style: BreakStyle = BreakStyle.PROMPT
    notice_s: int = 1 * MINUTE  # heads-up before the break; 0 = none
    postpone_s: int = 5 * MINUTE
    max_postpones: int = 2
    away_after_s: int = 5 * MINUTE  # no input this long counts as away and resets sitting time


@dataclass(frozen=True)
class Walk:
    """A planned walk with optional heat-pack and warm-up prompts before it."""

    at: time = time(12, 30)
    days: tuple[str, ...] = WEEKDAYS
    minutes: int = 20
    heat_pack_before_s: int = 15 * MINUTE  # 0 = no heat-pack prompt
    warm_up_before_s: int = 5 * MINUTE  # 0 = no warm-up prompt
    warm_up_routine: str = "pre-walk-warm-up"

    def on(self, day: date) -> bool:
        return DAYS[day.weekday()] in self.days


@dataclass(frozen=True)
class SettingsSource:
    """Where loaded settings came from, so later checks can name the line."""

    path: Path
    lines: Mapping[Path_, int] = field(default_factory=lambda: MappingProxyType({}))
    walk_items: tuple[int, ...] = ()  # file position of each entry of Settings.walks

    def locate(self, where: Path_) -> tuple[Path_, int | None]:
        """Map a settings key path to the file's key path and its line."""
        walk = where[1] if len(where) >= 2 and where[0] == "walks" else None
        if isinstance(walk, int) and walk < len(self.walk_items):
            where = ("walks", self.walk_items[walk], *where[2:])
        return where, Document(self.path, None, self.lines).line(where)


@dataclass(frozen=True)
class Settings:
    """Everything a user can set in ``config.yaml``; ``Settings()`` is the defaults."""

    movement_breaks: MovementBreaks = field(default_factory=MovementBreaks)
    working_hours: WorkingHours = field(default_factory=WorkingHours)
    walks: tuple[Walk, ...] = (Walk(),)
    sounds: bool = True
    voice: bool = False  # spoken guidance, when a speech engine exists
    avoid_forward_bending: bool = False  # bending forward makes back or leg pain worse
    avoid_backward_bending: bool = False  # bending backward makes back or leg pain worse
    still_pictures: bool | None = None  # still pictures, no moving figure; None: as the desktop says
    source: SettingsSource | None = field(default=None, compare=False, repr=False)


# -- writing ---------------------------------------------------------------------------------


def compact_duration(seconds: int) -> str | int:
    """The shortest config spelling of a duration: ``30m``, ``1m30s``, ``1h``; 0 stays 0."""
    if seconds == 0:
        return 0
    hours, rest = divmod(seconds, HOUR)
    minutes, secs = divmod(rest, MINUTE)
    return "".join(f"{n}{u}" for n, u in ((hours, "h"), (minutes, "m"), (secs, "s")) if n)


def hours_value(ranges: tuple[TimeRange, ...]) -> str | list[str]:
    """A day's working hours as written in the file: ``off``, one range, or a list."""
    if not ranges:
        return "off"
    return str(ranges[0]) if len(ranges) == 1 else [str(r) for r in ranges]


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    """Plain data in the file's own spelling; :func:`read_settings` reads it back unchanged."""
    mb = settings.movement_breaks
    return {
        "movement_breaks": {
            "every": compact_duration(mb.every_s),
            "routine": mb.routine,
            "style": str(mb.style),
            "notice": compact_duration(mb.notice_s),
            "postpone": compact_duration(mb.postpone_s),
            "max_postpones": mb.max_postpones,
            "away_after": compact_duration(mb.away_after_s),
        },
        "working_hours": {d: hours_value(settings.working_hours.on(d)) for d in DAYS},
        "walks": [walk_to_dict(w) for w in settings.walks],
        "sounds": settings.sounds,
        "voice": settings.voice,
        "avoid_forward_bending": settings.avoid_forward_bending,
        "avoid_backward_bending": settings.avoid_backward_bending,
        "still_pictures": AUTO if settings.still_pictures is None else settings.still_pictures,
    }


def walk_to_dict(walk: Walk) -> dict[str, Any]:
    return {
        "at": format_clock_time(walk.at),
        "days": list(walk.days),
        "minutes": walk.minutes,
        "heat_pack_before": compact_duration(walk.heat_pack_before_s),
        "warm_up_before": compact_duration(walk.warm_up_before_s),
        "warm_up_routine": walk.warm_up_routine,
    }


# -- reading ---------------------------------------------------------------------------------


class _Checker(Checker):
    """A checker that also remembers which key paths had problems."""

    def __init__(self, doc: Document) -> None:
        super().__init__(doc)
        self.bad: set[Path_] = set()

    def report(self, where: Path_, message: str) -> None:
        self.bad.add(tuple(where))
        super().report(where, message)


@dataclass(frozen=True)
class ReadResult:
    """Settings read from a document: the usable values, the problems and where they were."""

    settings: Settings
    problems: tuple[Problem, ...]
    bad_paths: frozenset[Path_]


def read_settings(doc: Document) -> ReadResult:
    """Turn a parsed ``config.yaml`` into settings; every bad key falls back to its default.

    An empty document means all defaults. The document must otherwise be a mapping
    (``load_settings`` treats anything else as an unreadable file).
    """
    check = _Checker(doc)
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        raise TypeError("the settings document must be a mapping")
    defaults = Settings()
    check.keys(data, (), (), TOP_KEYS)
    breaks = _movement_breaks(check, data)
    hours = _working_hours(check, data)
    walks, walk_items = _walks(check, data)
    flags = {
        key: _or(check.boolean(data, key, (), getattr(defaults, key)), getattr(defaults, key))
        for key in FLAG_KEYS
    }
    settings = Settings(
        movement_breaks=breaks,
        working_hours=hours,
        walks=walks,
        still_pictures=_still_pictures(check, data),
        source=SettingsSource(doc.path, MappingProxyType(dict(doc.lines)), walk_items),
        **flags,
    )
    problems = sorted(check.problems, key=lambda p: p.line or 0)
    return ReadResult(settings, tuple(problems), frozenset(check.bad))


def _still_pictures(check: _Checker, data: dict[str, Any]) -> bool | None:
    """``true``, ``false``, or ``auto`` (the default: follow the desktop) as True, False or None."""
    value = data.get("still_pictures", AUTO)
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() == AUTO:
        return None
    check.report(("still_pictures",), f"expected true, false or auto, got {describe_type(value)}")
    return None


def _or(value: Any, default: Any) -> Any:
    return default if value is None else value


def _section(check: _Checker, data: dict[str, Any], key: str, what: str) -> dict[str, Any] | None:
    if key not in data:
        return None
    return check.mapping(data[key], (key,), what)


def _movement_breaks(check: _Checker, data: dict[str, Any]) -> MovementBreaks:
    d = MovementBreaks()
    section = _section(check, data, "movement_breaks", "movement break settings")
    if section is None:
        return d
    w: Path_ = ("movement_breaks",)
    check.keys(section, w, (), BREAK_KEYS)
    every = _or(check.duration(section, "every", w, MINUTE, 4 * HOUR, d.every_s), d.every_s)
    notice = check.duration(section, "notice", w, 0, 10 * MINUTE, d.notice_s)
    if notice is not None and notice >= every:
        if "notice" in section:  # a default heads-up that does not fit is silently dropped
            check.report(
                (*w, "notice"),
                f"{format_duration(notice)} is not shorter than the time between breaks "
                f"({format_duration(every)})",
            )
        notice = None
    if notice is None:
        notice = d.notice_s if d.notice_s < every else 0
    return MovementBreaks(
        every_s=every,
        routine=_or(check.ident(section, "routine", w), d.routine),
        style=BreakStyle(
            _or(check.choice(section, "style", w, [str(s) for s in BreakStyle], d.style), d.style)
        ),
        notice_s=notice,
        postpone_s=_or(check.duration(section, "postpone", w, MINUTE, 2 * HOUR, d.postpone_s), d.postpone_s),
        max_postpones=_or(
            check.integer(section, "max_postpones", w, 0, 10, d.max_postpones), d.max_postpones
        ),
        away_after_s=_or(
            check.duration(section, "away_after", w, MINUTE, 2 * HOUR, d.away_after_s),
            d.away_after_s,
        ),
    )


def _working_hours(check: _Checker, data: dict[str, Any]) -> WorkingHours:
    defaults = WorkingHours()
    section = _section(check, data, "working_hours", "working hours for each day")
    if section is None:
        return defaults
    check.keys(section, ("working_hours",), (), DAYS)
    days: dict[str, tuple[TimeRange, ...]] = {}
    for day in DAYS:
        if day in section:
            ranges = _day_hours(check, section[day], ("working_hours", day))
            days[day] = defaults.on(day) if ranges is None else ranges
        else:
            days[day] = ()
    return WorkingHours(**days)


def _day_hours(check: _Checker, value: Any, where: Path_) -> tuple[TimeRange, ...] | None:
    if value is None or value is False or (isinstance(value, str) and value.strip().lower() in _OFF):
        return ()
    items = value if isinstance(value, list) else [value]
    if len(items) > MAX_RANGES_PER_DAY:
        check.report(where, f"{len(items)} ranges; the limit is {MAX_RANGES_PER_DAY}")
        return None
    ranges: list[TimeRange] = []
    for i, item in enumerate(items):
        try:
            ranges.append(TimeRange.parse(item))
        except ValueError as exc:
            check.report((*where, i) if isinstance(value, list) else where, str(exc))
            return None
    try:
        return ordered_ranges(ranges)
    except ValueError as exc:
        check.report(where, str(exc))
        return None


def ordered_ranges(ranges: Iterable[TimeRange]) -> tuple[TimeRange, ...]:
    """A day's ranges in order; raises ValueError if two of them overlap."""
    ordered = tuple(sorted(ranges))
    for first, second in itertools.pairwise(ordered):
        if second.start < first.end:
            raise ValueError(f"ranges {first} and {second} overlap")
    return ordered


def _walks(check: _Checker, data: dict[str, Any]) -> tuple[tuple[Walk, ...], tuple[int, ...]]:
    if "walks" not in data:
        return Settings().walks, ()
    value = data["walks"]
    if value is None:
        return (), ()
    if not isinstance(value, list):
        check.report(
            ("walks",), f"expected a list of walks (each starting with '- at: ...'), got {_type(value)}"
        )
        return Settings().walks, ()
    if len(value) > MAX_WALKS:
        check.report(("walks",), f"{len(value)} walks; only the first {MAX_WALKS} are used")
    walks: list[Walk] = []
    positions: list[int] = []
    for i, item in enumerate(value[:MAX_WALKS]):
        walk = _walk(check, item, ("walks", i))
        if walk is not None:
            walks.append(walk)
            positions.append(i)
    return tuple(walks), tuple(positions)


def _walk(check: _Checker, item: Any, w: Path_) -> Walk | None:
    section = check.mapping(item, w, "a walk")
    if section is None:
        return None
    d = Walk()
    check.keys(section, w, ("at",), WALK_KEYS[1:])
    if "at" not in section:
        return None
    try:
        at = parse_clock(section["at"])
    except ValueError as exc:
        check.report((*w, "at"), f"{exc}; this walk is left out")
        return None
    days = _days(check, section, w)
    return Walk(
        at=at,
        days=d.days if days is None else days,
        minutes=_or(check.integer(section, "minutes", w, 1, 300, d.minutes), d.minutes),
        heat_pack_before_s=_or(
            check.duration(section, "heat_pack_before", w, 0, HOUR, d.heat_pack_before_s),
            d.heat_pack_before_s,
        ),
        warm_up_before_s=_or(
            check.duration(section, "warm_up_before", w, 0, HOUR, d.warm_up_before_s),
            d.warm_up_before_s,
        ),
        warm_up_routine=_or(check.ident(section, "warm_up_routine", w), d.warm_up_routine),
    )


def _days(check: _Checker, section: dict[str, Any], w: Path_) -> tuple[str, ...] | None:
    if "days" not in section:
        return None
    value = section["days"]
    if not isinstance(value, list) or not value:
        got = "an empty list" if value == [] else _type(value)
        check.report((*w, "days"), f"expected a list of days such as [mon, wed, fri], got {got}")
        return None
    seen: list[str] = []
    for i, entry in enumerate(value):
        name = entry.strip().lower() if isinstance(entry, str) else None
        if name not in DAYS:
            hint = difflib.get_close_matches(str(entry).lower(), DAYS, n=1, cutoff=0.5)
            suffix = f"; did you mean {hint[0]!r}?" if hint else ""
            check.report((*w, "days", i), f"{entry!r} is not a day; use {', '.join(DAYS)}{suffix}")
            return None
        if name in seen:
            check.report((*w, "days", i), f"{name!r} is listed twice")
            return None
        seen.append(name)
    return tuple(day for day in DAYS if day in seen)


def _type(value: Any) -> str:
    return describe_type(value)


# -- checks against the library --------------------------------------------------------------


ROUTINE_PURPOSES: dict[str, tuple[str, ...]] = {
    "routine": ("movement-break", "walk-break"),  # movement_breaks.routine: a break
    "warm_up_routine": ("warm-up",),  # a walk's warm-up: a warm-up, not the heat pack
}
_PURPOSE_NAMES = {"movement-break": "a break", "walk-break": "a break", "warm-up": "a warm-up"}


def _wanted_routines(settings: Settings) -> list[tuple[Path_, str]]:
    wanted: list[tuple[Path_, str]] = [(("movement_breaks", "routine"), settings.movement_breaks.routine)]
    wanted += [
        (("walks", i, "warm_up_routine"), walk.warm_up_routine)
        for i, walk in enumerate(settings.walks)
        if walk.warm_up_before_s
    ]
    return wanted


def unknown_routines(settings: Settings, routines: Iterable[str] | Mapping[str, Any]) -> list[Problem]:
    """A problem for each routine the settings name that the library does not have or that is
    for another purpose (the heat-pack timer as a warm-up, a session as a desk break).

    ``routines`` is the library's routines by id (purposes are checked) or just their ids.
    A walk's warm-up routine is only checked when its warm-up prompt is on.
    """
    return [problem for _where, problem in _routine_problems(settings, routines)]


def _routine_problems(
    settings: Settings, routines: Iterable[str] | Mapping[str, Any]
) -> list[tuple[Path_, Problem]]:
    known = sorted(set(routines))
    found: list[tuple[Path_, Problem]] = []
    source = settings.source
    for key, routine_id in _wanted_routines(settings):
        purposes = ROUTINE_PURPOSES[str(key[-1])]
        if routine_id in known:
            routine = routines.get(routine_id) if isinstance(routines, Mapping) else None
            purpose = getattr(routine, "purpose", None)
            if purpose is None or purpose in purposes:
                continue
            message = (
                f"{routine_id!r} is a {purpose} routine, not {_PURPOSE_NAMES[purposes[0]]}; "
                f"using {_default_routine(key)!r}"
            )
        else:
            hint = difflib.get_close_matches(routine_id, known, n=1, cutoff=0.6)
            message = f"no routine {routine_id!r} in the library" + (
                f"; did you mean {hint[0]!r}?" if hint else ""
            )
            if _default_routine(key) in known:  # the default is what Coach plays instead
                message += f" (using {_default_routine(key)!r})"
        where, line = source.locate(key) if source is not None else (key, None)
        path = source.path if source is not None else Path("config.yaml")
        found.append((key, Problem(path, line, f"{dotted(where)}: {message}")))
    return found


def _default_routine(where: Path_) -> str:
    return MovementBreaks().routine if where[0] == "movement_breaks" else Walk().warm_up_routine


def with_usable_routines(settings: Settings, routines: Mapping[str, Any]) -> tuple[Settings, list[Problem]]:
    """The settings with each routine that is missing or for another purpose replaced by its
    default (what Coach actually uses), and a ``config.yaml:LINE: message`` for each."""
    found = _routine_problems(settings, routines)
    if not found:
        return settings, []
    bad = {key for key, _problem in found}
    mb = settings.movement_breaks
    if ("movement_breaks", "routine") in bad:
        mb = replace(mb, routine=MovementBreaks().routine)
    walks = tuple(
        replace(walk, warm_up_routine=Walk().warm_up_routine)
        if ("walks", i, "warm_up_routine") in bad
        else walk
        for i, walk in enumerate(settings.walks)
    )
    return replace(settings, movement_breaks=mb, walks=walks), [problem for _key, problem in found]
