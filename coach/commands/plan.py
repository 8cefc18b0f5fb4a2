"""``coach plan``: the day's working hours, walks with their reminders, and the break rule."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping
from datetime import date, time

from coach import paths
from coach.commands.log import local_zone, open_for_reading
from coach.core.clock import SystemClock
from coach.core.errors import SessionLogError
from coach.core.library_cache import load_cached
from coach.core.model import Routine
from coach.core.plan import PlanEntry, day_plan, movement_break_rule
from coach.core.rotation import break_rotation, done_today, next_break
from coach.core.settings import DAY_NAMES, DAYS, Settings, unknown_routines
from coach.core.settings_io import load_settings
from coach.core.terminal import safe

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def run_plan(date_text: str | None, as_json: bool, lang: str | None = None) -> int:
    """Print the plan for ``date_text`` (YYYY-MM-DD, default today); 2 for a bad date."""
    if date_text is None:
        day = date.today()
    else:
        try:
            if not _DATE.fullmatch(date_text.strip()):
                raise ValueError
            day = date.fromisoformat(date_text.strip())
        except ValueError:
            print(
                f"coach plan: {date_text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-01-05",
                file=sys.stderr,
            )
            return 2
    loaded = load_settings(paths.config_path(), SystemClock())
    if loaded.notice:
        print(safe(loaded.notice, keep_newlines=True), file=sys.stderr)
    elif loaded.created:
        print(f"Created {paths.config_path()} with the default settings.", file=sys.stderr)
    library = load_cached(paths.library_dirs(), paths.library_cache_path(), lang)
    routines = library.routines
    missing = unknown_routines(loaded.settings, routines)
    for problem in missing:
        print(safe(problem), file=sys.stderr)
    if missing and library.problems:
        print(
            f"(the exercise library has {len(library.problems)} problems; `coach validate` lists them)",
            file=sys.stderr,
        )
    entries = day_plan(loaded.settings, day, routines, local_zone())
    if as_json:
        json.dump([entry_row(e) for e in entries], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    spans = loaded.settings.working_hours.on(day)
    print(f"{DAY_NAMES[DAYS[day.weekday()]]} {day.isoformat()}")
    print(f"Working hours: {', '.join(str(s) for s in spans) if spans else 'none'}")
    print(f"Movement breaks: {movement_break_rule(loaded.settings, day, routines)}")
    for line in rotation_lines(loaded.settings, day, routines):
        print(safe(line))
    walks = [e for e in entries if e.kind in ("heat-pack", "warm-up", "walk")]
    if not walks:
        print("No walks planned.")
    if entries:
        print()
    for entry in entries:
        routine = f"  [{entry.routine}]" if entry.routine else ""
        print(f"  {_clock(entry.time)}  {entry.label}{routine}")
    return 0


def rotation_lines(settings: Settings, day: date, routines: Mapping[str, Routine]) -> list[str]:
    """The desk breaks that take turns and, for today, the one next in turn (from the log)."""
    rotation = break_rotation(routines, settings.movement_breaks.routine, settings)
    if len(rotation) < 2:
        return []
    lines = [f"  Desk breaks take turns: {' · '.join(r.name for r in rotation)}"]
    done: list[str] = []
    if day == date.today() and paths.database_path().is_file():
        try:
            with open_for_reading("plan") as session_log:
                done = done_today(session_log, day, local_zone())
        except SessionLogError as error:
            print(safe(f"coach plan: the log cannot tell which break is next: {error}"), file=sys.stderr)
    upcoming = next_break(routines, settings.movement_breaks.routine, settings, done)
    if upcoming is not None:
        when = "Next in turn" if day == date.today() else "First in turn"
        lines.append(f"  {when}: {upcoming.name}")
    return lines


def entry_row(entry: PlanEntry) -> dict[str, object]:
    """A JSON-ready row for one plan entry."""
    return {
        "time": _clock(entry.time),
        "kind": str(entry.kind),
        "routine": entry.routine,
        "label": entry.label,
        "minutes": entry.minutes,
    }


def _clock(moment: time) -> str:
    """``HH:MM``, with seconds only when a reminder lead time has them."""
    return moment.strftime("%H:%M:%S" if moment.second else "%H:%M")
