"""A believable history in a session log, for screenshots, benchmarks and tests.

``fill`` plays N weeks of a desk worker's days through the real ``SessionLog`` API with a
``ManualClock``; ``fill_bulk`` writes many years of rows at once for scale tests. Run
``python -m coach.tools.demo_history PATH [--weeks N] [--bulk N]``.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

from coach.core.clock import ManualClock, SystemClock
from coach.core.session_log import SessionLog, day_start, utc_text

Action = Callable[[SessionLog], None]
EVENING = ("evening-unwind", "Evening unwind", 600)


@dataclass
class _Day:
    """The actions of one day, run in time order."""

    day: date
    tz: tzinfo
    actions: list[tuple[datetime, int, Action]] = field(default_factory=list)

    def at(self, hour: float) -> datetime:
        """The UTC instant of a local time given in hours (9.5 is 09:30)."""
        minutes = round(hour * 60)
        local = datetime.combine(self.day, time(minutes // 60, minutes % 60), tzinfo=self.tz)
        return local.astimezone(UTC)

    def add(self, when: datetime, action: Action) -> None:
        self.actions.append((when, len(self.actions), action))


def _clamp(value: float) -> int:
    return max(0, min(10, round(value)))


class _Planner:
    """Decides what happens on each day; pain eases from about 5 to about 2.5 with noise."""

    def __init__(self, rng: random.Random, days: int, stopped_day: int) -> None:
        self.rng = rng
        self.days = days
        self.stopped_day = stopped_day
        self.session_ids: list[int] = []

    def pain(self, index: int) -> float:
        progress = index / max(1, self.days - 1)
        return 5.0 - 2.5 * progress + self.rng.gauss(0, 0.7)

    def session(
        self, plan: _Day, hour: float, routine: tuple[str, str, int], pain: float, *, stopped: bool = False
    ) -> None:
        rng = self.rng
        routine_id, name, planned = routine
        before = _clamp(pain) if rng.random() < 0.9 else None
        if stopped:
            before, done, outcome, after, note = (
                5,
                90,
                "stopped-for-pain",
                6,
                "Sharp twinge when bending forward",
            )
        elif rng.random() < 0.88:
            done, outcome, after, note = planned, "completed", None, None
        else:
            done, outcome, after, note = rng.randrange(planned // 4, planned - 30), "partial", None, None
        if before is not None and not stopped and rng.random() < 0.9:
            after = max(0, before - rng.choice((0, 1, 1, 1, 2)))
        start = plan.at(hour)
        holder: list[int] = []

        def begin(log: SessionLog) -> None:
            holder.append(log.start_session(routine_id, name, planned, pain_before=before))

        def end(log: SessionLog) -> None:
            log.finish_session(holder[0], outcome, done, pain_after=after, note=note)

        plan.add(start, begin)
        plan.add(start + timedelta(seconds=done), end)

    def workday_breaks(self, plan: _Day, lunch: tuple[float, float]) -> None:
        rng = self.rng
        hour = 8.5 + rng.random() * 0.3
        while True:
            hour += (40 + rng.random() * 20) / 60
            if lunch[0] - 0.3 < hour < lunch[1]:
                hour = lunch[1] + 0.1
                continue
            if hour > 17.2:
                return
            plan.add(plan.at(hour - 1 / 60), lambda log: log.record_break("notice"))
            plan.add(plan.at(hour), lambda log: log.record_break("prompted"))
            roll = rng.random()
            answer = plan.at(hour + 0.5 / 60)
            if roll < 0.74:
                seconds = rng.choice((60, 90, 120, 180))
                plan.add(answer, lambda log, s=seconds: log.record_break("taken", "desk-reset", seconds=s))
                hour += seconds / 3600
            elif roll < 0.86:
                plan.add(answer, lambda log: log.record_break("postponed", "desk-reset"))
                hour += 10 / 60
                plan.add(plan.at(hour), lambda log: log.record_break("prompted"))
                late = plan.at(hour + 0.5 / 60)
                if rng.random() < 0.75:
                    plan.add(late, lambda log: log.record_break("taken", "desk-reset", seconds=120))
                else:
                    plan.add(late, lambda log: log.record_break("skipped", "desk-reset"))
            elif roll < 0.96:
                plan.add(answer, lambda log: log.record_break("skipped", "desk-reset"))
            # otherwise the prompt goes unanswered and the next one follows

    def natural_break(self, plan: _Day, start: float, end: float) -> None:
        seconds = round((end - start) * 3600)
        plan.add(
            plan.at(end),
            lambda log: log.record_break("natural", seconds=seconds, detail="away from the desk"),
        )

    def walk(self, plan: _Day, hour: float, minutes: int, pain: float, *, planned: bool) -> None:
        rng = self.rng
        rating = _clamp(pain - 0.5 + rng.gauss(0, 0.6)) if rng.random() < 0.85 else None
        flexion = bool(rating is not None and rating >= 4 and rng.random() < 0.5)
        if planned:
            plan.add(plan.at(hour - 0.4), lambda log: log.record_prompt("heat-pack", "prompted"))
            if rng.random() < 0.7:
                plan.add(plan.at(hour - 0.38), lambda log: log.record_prompt("heat-pack", "done"))
            plan.add(plan.at(hour - 0.15), lambda log: log.record_prompt("warm-up", "prompted"))
            plan.add(plan.at(hour - 0.05), lambda log: log.record_prompt("warm-up", "done"))
            plan.add(plan.at(hour - 0.01), lambda log: log.record_prompt("walk", "prompted"))
        holder: list[int] = []

        def begin(log: SessionLog) -> None:
            holder.append(log.start_walk(planned))
            if planned:
                log.record_prompt("walk", "done", walk_id=holder[0])

        def end(log: SessionLog) -> None:
            log.finish_walk(holder[0], pain=rating, needed_flexion_break=flexion)

        plan.add(plan.at(hour), begin)
        plan.add(plan.at(hour + minutes / 60), end)

    def plan(self, index: int, day: date, tz: tzinfo) -> _Day:
        rng, plan = self.rng, _Day(day, tz)
        pain = self.pain(index)
        if day.weekday() < 5 and rng.random() > 0.05:
            lunch = (12.0 + rng.random() * 0.25, 13.0 + rng.random() * 0.25)
            if rng.random() < 0.75:
                self.session(
                    plan, 7.3 + rng.random() * 0.5, ("morning-mobility", "Morning mobility", 420), pain
                )
            self.workday_breaks(plan, lunch)
            self.natural_break(plan, lunch[0], lunch[1])
            if rng.random() < 0.8:
                self.walk(plan, lunch[0] + 0.2, rng.randrange(15, 36), pain, planned=True)
            if rng.random() < 0.3:
                start = 14.5 + rng.random()
                self.natural_break(plan, start, start + 0.4 + rng.random() * 0.5)
            if index != self.stopped_day and rng.random() < 0.55:
                self.session(plan, 18.5 + rng.random(), EVENING, pain)
        else:
            if rng.random() < 0.7:
                self.session(plan, 9.5 + rng.random(), ("morning-mobility", "Morning mobility", 420), pain)
            if rng.random() < 0.75:
                self.walk(plan, 11 + rng.random() * 4, rng.randrange(30, 61), pain, planned=False)
        if index == self.stopped_day:
            self.session(plan, 18.75, EVENING, pain, stopped=True)
        plan.actions.sort(key=lambda a: (a[0], a[1]))
        return plan


def fill(
    log_path: Path | str, weeks: int = 4, seed: int = 1, end: date | None = None, tz: tzinfo = UTC
) -> dict[str, int]:
    """Play ``weeks`` weeks ending on ``end`` (default today) into the log at ``log_path``.

    Returns how many rows each table gained.
    """
    end = end or SystemClock().now().astimezone(tz).date()
    days = weeks * 7
    first = end - timedelta(days=days - 1)
    rng = random.Random(seed)
    planner = _Planner(rng, days, stopped_day=days // 3)
    clock = ManualClock(wall=day_start(first, tz))
    with SessionLog(log_path, clock) as log:
        before = _counts(log)
        for index in range(days):
            for when, _order, action in planner.plan(index, first + timedelta(days=index), tz).actions:
                clock.wall = max(clock.wall, when)
                action(log)
        after = _counts(log)
    return {table: after[table] - before[table] for table in after}


def _counts(log: SessionLog) -> dict[str, int]:
    return {
        t: log.fetch(f"SELECT COUNT(*) FROM {t}")[0][0] for t in ("sessions", "breaks", "walks", "prompts")
    }


# -- bulk ------------------------------------------------------------------------------------

_BREAKS = ("notice", "prompted", "prompted", "taken", "taken", "taken", "postponed", "skipped", "natural")
_OUTCOMES = ("completed", "completed", "completed", "partial", "stopped-for-pain")


def _bulk_day(rng: random.Random, day: date, tz: tzinfo, pain: float) -> dict[str, list[tuple]]:
    base = day_start(day, tz)

    def stamp(hour: float) -> str:
        return utc_text(base + timedelta(minutes=round(hour * 60)))

    rows: dict[str, list[tuple]] = {"sessions": [], "breaks": [], "walks": [], "prompts": []}
    for _ in range(1 + int(rng.random() * 4)):
        hour = 7 + rng.random() * 13
        planned = rng.choice((300, 420, 600))
        outcome = rng.choice(_OUTCOMES)
        done = planned if outcome == "completed" else rng.randrange(60, planned, 30)
        before = _clamp(pain + rng.gauss(0, 1)) if rng.random() < 0.6 else None
        after = None if before is None else max(0, before - rng.choice((0, 1, 2)))
        rows["sessions"].append(
            ("desk-reset", "Desk reset", stamp(hour), stamp(hour + done / 3600), done, planned,
             outcome, before, after, None, "manual")
        )  # fmt: skip
    for _ in range(14 + int(rng.random() * 12)):
        event = rng.choice(_BREAKS)
        routine = None if event in ("notice", "natural") else "desk-reset"
        seconds = {"natural": 600 + int(rng.random() * 3000), "taken": 120}.get(event)
        rows["breaks"].append((stamp(8 + rng.random() * 9.5), event, routine, seconds))
    if rng.random() < 0.8:
        hour, minutes = 12 + rng.random(), 15 + int(rng.random() * 40)
        rows["walks"].append(
            (stamp(hour), stamp(hour + minutes / 60), minutes, 1, _clamp(pain + rng.gauss(0, 1)), 0)
        )
        rows["prompts"].extend(
            (stamp(hour - lead), kind, event)
            for lead, kind, event in ((0.4, "heat-pack", "prompted"), (0.15, "warm-up", "prompted"),
                                      (0.1, "warm-up", "done"), (0.01, "walk", "prompted"))
        )  # fmt: skip
    for table in rows:
        rows[table].sort(key=lambda r: r[2] if table == "sessions" else r[0])
    return rows


_INSERTS = {
    "sessions": "INSERT INTO sessions (routine_id, routine_name, started, ended, seconds_done, "
    "seconds_planned, outcome, pain_before, pain_after, note, source) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    "breaks": "INSERT INTO breaks (at, event, routine_id, seconds) VALUES (?, ?, ?, ?)",
    "walks": "INSERT INTO walks (started, ended, minutes, planned, pain, needed_flexion_break) "
    "VALUES (?, ?, ?, ?, ?, ?)",
    "prompts": "INSERT INTO prompts (at, kind, event) VALUES (?, ?, ?)",
}


def fill_bulk(
    log_path: Path | str, events: int = 100_000, seed: int = 1, end: date | None = None, tz: tzinfo = UTC
) -> dict[str, int]:
    """Write exactly ``events`` rows of heavy daily use, going back from ``end`` (default today).

    About 27 rows a day, so 100,000 events are roughly ten years. One transaction, ``executemany``.
    """
    end = end or SystemClock().now().astimezone(tz).date()
    SessionLog(log_path, ManualClock()).close()  # creates and upgrades the schema
    rng = random.Random(seed)
    days: list[dict[str, list[tuple]]] = []
    total, index = 0, 0
    while total < events:
        day = end - timedelta(days=index)
        rows = _bulk_day(rng, day, tz, 2.5 + 2.5 * min(1.0, index / 365) + rng.gauss(0, 0.5))
        days.append(rows)
        total += sum(len(r) for r in rows.values())
        index += 1
    extra = total - events
    oldest = days[-1]
    for table in ("breaks", "prompts", "walks", "sessions"):  # trim the oldest day to the exact count
        cut = min(extra, len(oldest[table]))
        del oldest[table][:cut]
        extra -= cut
    counts = {}
    conn = sqlite3.connect(log_path)
    try:
        with conn:
            for table, sql in _INSERTS.items():
                rows = [row for day_rows in reversed(days) for row in day_rows[table]]
                conn.executemany(sql, rows)
                counts[table] = len(rows)
    finally:
        conn.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    from coach.platform.timezone import local_zone

    parser = argparse.ArgumentParser(prog="python -m coach.tools.demo_history", description=__doc__)
    parser.add_argument("path", metavar="PATH", help="the session log to fill (created if missing)")
    parser.add_argument("--weeks", type=int, default=4, help="weeks of realistic days (default 4)")
    parser.add_argument("--bulk", type=int, metavar="N", help="instead write N rows of heavy use, fast")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--end", type=date.fromisoformat, metavar="YYYY-MM-DD", help="last day (default today)"
    )
    args = parser.parse_args(argv)
    zone = local_zone()
    if args.bulk:
        counts = fill_bulk(args.path, args.bulk, args.seed, args.end, zone)
    else:
        counts = fill(args.path, args.weeks, args.seed, args.end, zone)
    print(", ".join(f"{n} {table}" for table, n in counts.items()) + f" written to {args.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
