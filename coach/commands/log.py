"""``coach log`` and ``coach stats``: the session history and its statistics, without a window."""

from __future__ import annotations

import json
import re
import sys
from datetime import date, tzinfo

from coach import paths
from coach.core import stats
from coach.core.clock import SystemClock
from coach.core.durations import format_duration
from coach.core.errors import SessionLogError
from coach.core.session_log import SessionLog, SessionRecord
from coach.core.terminal import json_text, safe
from coach.platform.timezone import local_zone

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def open_for_reading(command: str) -> SessionLog:
    """The log opened read-only (never created, changed or moved), warning once about rows it skips.

    Raises:
        SessionLogError: the log cannot be read (a pipe, damaged, made by a newer Coach, busy).
    """
    session_log = SessionLog.open(paths.database_path(), SystemClock(), read_only=True)
    warning = session_log.skipped_warning()
    if warning:
        print(f"coach {command}: warning: {warning}", file=sys.stderr)
    return session_log


def _pain(value: int | None) -> str:
    return "–" if value is None else str(value)


def session_row(record: SessionRecord) -> dict:
    """One session as a JSON-ready object."""
    return {
        "id": record.id,
        "routine": record.routine_id,
        "routine_name": record.routine_name,
        "started": record.started.isoformat().replace("+00:00", "Z"),
        "ended": record.ended.isoformat().replace("+00:00", "Z") if record.ended else None,
        "seconds_done": record.seconds_done,
        "seconds_planned": record.seconds_planned,
        "outcome": record.outcome,
        "pain_before": record.pain_before,
        "pain_after": record.pain_after,
        "note": record.note,
        "source": record.source,
    }


def _print_table(records: list[SessionRecord], zone: tzinfo) -> None:
    header = f"{'When':<16}  {'Routine':<28}  {'Done / planned':<22}  {'Outcome':<16}  Pain"
    print(header)
    print("-" * len(header))
    for r in records:
        when = r.started.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        name = safe(r.routine_name)
        name = name if len(name) <= 28 else name[:27] + "…"
        done = f"{format_duration(r.seconds_done)} / {format_duration(r.seconds_planned)}"
        outcome = "unfinished" if r.ended is None else r.outcome
        pain = f"{_pain(r.pain_before)} → {_pain(r.pain_after)}"
        print(f"{when:<16}  {name:<28}  {done:<22}  {outcome:<16}  {pain}")
        if r.note:
            print(f"{'':<16}  note: {safe(r.note)}")


def run_log(as_json: bool, since: str | None) -> int:
    """Print the logged sessions, oldest first; ``since`` is a local date, YYYY-MM-DD."""
    first: date | None = None
    if since is not None:
        try:
            if not _DATE.fullmatch(since.strip()):
                raise ValueError
            first = date.fromisoformat(since.strip())
        except ValueError:
            print(f"coach log: --since wants a date such as 2026-01-05, got {since!r}", file=sys.stderr)
            return 2
    zone = local_zone()
    records: list[SessionRecord] = []
    try:
        with open_for_reading("log") as session_log:
            records = session_log.sessions(since=first, tz=zone)
    except SessionLogError as error:
        print(f"coach log: {error}", file=sys.stderr)
        return 1
    if as_json:
        sys.stdout.write(json_text(json.dumps([session_row(r) for r in records], indent=2, ensure_ascii=False)))
        sys.stdout.write("\n")
    elif not records:
        print(
            f"No sessions logged since {first.isoformat()}."
            if first
            else "No sessions logged yet. Finished and interrupted routines will show up here."
        )
    else:
        _print_table(records, zone)
    return 0


def _stats_text(numbers: dict) -> list[str]:
    days = numbers["streak_days"]
    breaks = numbers["breaks"]
    rate = numbers["break_adherence"]
    pain = numbers["pain"]
    monday = date.fromisoformat(numbers["week_start"])
    lines = [
        f"Streak: {days} day{'' if days == 1 else 's'} in a row with some exercise",
        f"This week (since {monday:%a %d %b}): {numbers['week_minutes']:g} min of exercise in "
        f"{numbers['week_sessions']} session(s), {numbers['week_walks']} walk(s)",
    ]
    if rate is None:
        lines.append("Breaks this week: none were due yet")
    else:
        lines.append(
            f"Breaks this week: {rate:.0%} taken ({breaks['taken']} taken, {breaks['skipped']} "
            f"skipped, {breaks['unanswered']} left unanswered)"
        )
    lines.append(
        f"  {breaks['postponed']} postponed; {breaks['natural']} natural break(s) away from "
        f"the desk ({breaks['natural_minutes']:g} min)"
    )
    trend = numbers["pain_trend"]
    if trend == "not enough ratings":
        lines.append(f"Pain (last {pain['window_days']} days): not enough ratings for a trend yet")
    else:
        slope = pain["slope_before_per_week"]
        if slope is None:
            slope = pain["slope_after_per_week"]
        lines.append(
            f"Pain (last {pain['window_days']} days): {trend} ({slope:+.1f} points a week; "
            f"average {pain['average_before'] if pain['average_before'] is not None else '–'} "
            f"before, {pain['average_after'] if pain['average_after'] is not None else '–'} after)"
        )
    if numbers["week_stopped_for_pain"]:
        lines.append(f"Sessions stopped for pain this week: {numbers['week_stopped_for_pain']}")
    return lines


def run_stats(as_json: bool) -> int:
    """Print the streak, this week's minutes, break adherence and the pain trend."""
    zone = local_zone()
    today = SystemClock().now().astimezone(zone).date()
    try:
        with open_for_reading("stats") as session_log:
            numbers = stats.summary(session_log, today, zone)
    except SessionLogError as error:
        print(f"coach stats: {error}", file=sys.stderr)
        return 1
    if as_json:
        json.dump(numbers, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print("\n".join(_stats_text(numbers)))
    return 0
