"""Statistics from the session log: local days across DST, weeks, adherence, pain trend, scale."""

from __future__ import annotations

import random
import sqlite3
import tempfile
from collections import Counter
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.core import stats
from coach.core.clock import ManualClock
from coach.core.session_log import SessionLog, utc_text

BERLIN = ZoneInfo("Europe/Berlin")
ZONES = [
    BERLIN,
    ZoneInfo("America/New_York"),
    ZoneInfo("Australia/Lord_Howe"),  # half-hour DST shift
    ZoneInfo("Asia/Kathmandu"),  # +05:45
    ZoneInfo("America/Sao_Paulo"),  # DST dropped in 2019
    UTC,
    timezone(timedelta(hours=-3, minutes=-30)),
]


def at(text: str) -> datetime:
    """A UTC instant written as ``2026-01-05 09:00``."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture
def clock():
    return ManualClock(wall=at("2026-01-05 09:00"))


@pytest.fixture
def log(tmp_path, clock):
    with SessionLog(tmp_path / "log.db", clock) as opened:
        yield opened


def session(log, clock, when: str, seconds: int = 300, **kw) -> int:
    clock.wall = at(when)
    sid = log.start_session(kw.pop("routine", "desk"), "Desk reset", 300, kw.pop("before", None))
    log.finish_session(sid, kw.pop("outcome", "completed"), seconds, kw.pop("after", None))
    return sid


def event(log, clock, when: str, name: str, **kw) -> None:
    clock.wall = at(when)
    log.record_break(name, **kw)


def bulk_insert(path: Path, table: str, rows: list[dict]) -> None:
    """Insert many rows in one transaction, straight through sqlite3 (test data only)."""
    if not rows:
        return
    columns = list(rows[0])
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                [tuple(r[c] for c in columns) for r in rows],
            )
    finally:
        conn.close()


# -- local days ------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    moment=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 1, 1)),
    zone=st.sampled_from(ZONES),
)
def test_local_day_sql_matches_python(moment, zone):
    instant = moment.replace(microsecond=0, tzinfo=UTC)
    expression, params = stats.local_day_sql(
        "started", zone, instant - timedelta(days=60), instant + timedelta(days=3)
    )
    conn = sqlite3.connect(":memory:")
    try:
        (day,) = conn.execute(
            f"WITH t(started) AS (VALUES (?)) SELECT {expression} FROM t",
            [utc_text(instant), *params],
        ).fetchone()
    finally:
        conn.close()
    assert day == instant.astimezone(zone).date().isoformat()


def test_dst_switches_are_exact_boundaries():
    expression, params = stats.local_day_sql(
        "started", BERLIN, at("2026-01-01 00:00"), at("2027-01-01 00:00")
    )
    assert expression.count("WHEN") == 2
    assert params[0] == "2026-03-29T01:00:00Z"
    assert params[1] == "+3600 seconds"
    assert params[2] == "2026-10-25T01:00:00Z"
    assert params[3:] == ["+7200 seconds", "+3600 seconds"]


def test_minutes_per_day_across_the_spring_dst_change(log, clock):
    session(log, clock, "2026-03-28 12:00", 300)  # 13:00 CET on the 28th
    session(log, clock, "2026-03-28 23:30", 600)  # 00:30 CET on the 29th
    session(log, clock, "2026-03-29 21:59", 120)  # 23:59 CEST on the 29th (a 23-hour day)
    session(log, clock, "2026-03-29 22:00", 60)  # 00:00 CEST on the 30th
    minutes = stats.minutes_per_day(log, date(2026, 3, 27), date(2026, 3, 30), BERLIN)
    assert minutes == {
        date(2026, 3, 27): 0.0,
        date(2026, 3, 28): 5.0,
        date(2026, 3, 29): 12.0,
        date(2026, 3, 30): 1.0,
    }
    in_utc = stats.minutes_per_day(log, date(2026, 3, 28), date(2026, 3, 29), UTC)
    assert in_utc == {date(2026, 3, 28): 15.0, date(2026, 3, 29): 3.0}


def test_minutes_per_day_across_the_autumn_dst_change(log, clock):
    session(log, clock, "2026-10-24 22:30", 60)  # 00:30 CEST on the 25th
    session(log, clock, "2026-10-25 22:59", 120)  # 23:59 CET on the 25th (a 25-hour day)
    session(log, clock, "2026-10-25 23:00", 180)  # 00:00 CET on the 26th
    minutes = stats.minutes_per_day(log, date(2026, 10, 24), date(2026, 10, 26), BERLIN)
    assert minutes == {date(2026, 10, 24): 0.0, date(2026, 10, 25): 3.0, date(2026, 10, 26): 3.0}


# -- streak ----------------------------------------------------------------------------------


def test_streak_of_an_empty_log_is_zero(log):
    assert stats.streak(log, date(2026, 1, 5), BERLIN) == 0


def test_streak_counts_up_to_today_or_yesterday(log, clock):
    for day in (3, 4, 5):
        session(log, clock, f"2026-01-0{day} 08:00")
    session(log, clock, "2026-01-02 08:00", seconds=0)  # opened but nothing done
    assert stats.streak(log, date(2026, 1, 5), BERLIN) == 3
    assert stats.streak(log, date(2026, 1, 6), BERLIN) == 3  # today has nothing yet
    assert stats.streak(log, date(2026, 1, 7), BERLIN) == 0
    assert stats.streak(log, date(2026, 1, 4), BERLIN) == 2  # later sessions are ignored


def test_streak_uses_local_days(log, clock):
    for day in (3, 4, 5):
        session(log, clock, f"2026-01-0{day} 08:00")
    session(log, clock, "2026-01-01 23:30")  # 00:30 on the 2nd in Berlin
    assert stats.streak(log, date(2026, 1, 5), BERLIN) == 4
    assert stats.streak(log, date(2026, 1, 5), UTC) == 3


def test_streak_across_the_spring_dst_change(log, clock):
    session(log, clock, "2026-03-28 12:00")  # the 28th
    session(log, clock, "2026-03-29 22:30")  # 00:30 CEST on the 30th, not the 29th
    assert stats.streak(log, date(2026, 3, 30), BERLIN) == 1
    assert stats.streak(log, date(2026, 3, 30), timezone(timedelta(hours=1))) == 2
    session(log, clock, "2026-03-29 21:30")  # 23:30 CEST on the 29th closes the gap
    assert stats.streak(log, date(2026, 3, 30), BERLIN) == 3


def test_a_long_streak_looks_back_far_enough(log, tmp_path):
    start = at("2025-01-01 10:00")
    rows = [
        {"routine_id": "d", "routine_name": "D", "started": utc_text(start + timedelta(days=i)),
         "seconds_done": 60, "seconds_planned": 60}
        for i in range(400) if i != 150
    ]  # fmt: skip
    bulk_insert(log.path, "sessions", rows)
    last = date(2025, 1, 1) + timedelta(days=399)
    assert stats.streak(log, last, BERLIN) == 249
    assert stats.streak(log, date(2025, 1, 1) + timedelta(days=149), BERLIN) == 150


# -- breaks ----------------------------------------------------------------------------------


@pytest.fixture
def two_weeks(log, clock):
    """Break events around the weeks of Monday 5 and Monday 12 January 2026 (Berlin, UTC+1)."""
    e = lambda when, name, **kw: event(log, clock, when, name, **kw)  # noqa: E731
    e("2026-01-04 22:58", "prompted")  # Sunday 23:58: previous week
    e("2026-01-04 23:01", "taken")  # Monday 00:01, but it answers Sunday's prompt
    e("2026-01-05 09:00", "prompted")
    e("2026-01-05 09:01", "taken")
    e("2026-01-05 10:00", "prompted")
    e("2026-01-05 10:01", "skipped")
    e("2026-01-05 11:00", "prompted")
    e("2026-01-05 11:01", "postponed")
    e("2026-01-05 11:11", "prompted")
    e("2026-01-05 11:12", "taken")
    e("2026-01-05 12:00", "notice")
    e("2026-01-05 12:01", "prompted")  # never answered
    e("2026-01-05 13:00", "prompted")
    e("2026-01-05 13:01", "taken")
    e("2026-01-05 14:00", "taken")  # started by hand, no prompt
    e("2026-01-05 15:00", "prompted")  # the user was away ...
    e("2026-01-05 15:20", "natural", seconds=1200)  # ... and came back
    e("2026-01-11 22:59", "prompted")  # Sunday 23:59
    e("2026-01-11 23:30", "skipped")  # Monday 00:30: counts for the week of the prompt
    e("2026-01-12 09:00", "prompted")
    e("2026-01-12 10:00", "prompted")  # the first one went unanswered; this one is still open
    return log


def test_break_adherence_per_week(two_weeks):
    weeks = stats.break_adherence(two_weeks, date(2026, 1, 7), date(2026, 1, 13), BERLIN)
    first = stats.Adherence(taken=4, skipped=2, unanswered=1, postponed=1, natural=1, natural_seconds=1200)
    assert weeks == {date(2026, 1, 5): first, date(2026, 1, 12): stats.Adherence(unanswered=1)}
    assert first.rate == pytest.approx(4 / 7)
    assert weeks[date(2026, 1, 12)].rate == 0.0


def test_break_adherence_of_one_week_sees_answers_across_its_edges(two_weeks):
    assert stats.break_adherence(two_weeks, date(2026, 1, 5), date(2026, 1, 11), BERLIN) == {
        date(2026, 1, 5): stats.Adherence(4, 2, 1, 1, 1, 1200)
    }
    assert stats.break_adherence(two_weeks, date(2026, 1, 12), date(2026, 1, 12), BERLIN) == {
        date(2026, 1, 12): stats.Adherence(unanswered=1)
    }
    previous = stats.break_adherence(two_weeks, date(2025, 12, 29), date(2025, 12, 29), BERLIN)
    assert previous == {date(2025, 12, 29): stats.Adherence(taken=1)}


def test_break_adherence_in_utc_moves_the_sunday_night_events(two_weeks):
    weeks = stats.break_adherence(two_weeks, date(2026, 1, 5), date(2026, 1, 12), UTC)
    # In UTC, Monday 00:01's "taken" is still Sunday and Monday 00:30's "skip" too; each
    # answers a Sunday prompt, so the week's counts do not change.
    assert weeks[date(2026, 1, 5)] == stats.Adherence(4, 2, 1, 1, 1, 1200)


def test_no_breaks_means_no_rate(log):
    assert stats.break_adherence(log, date(2026, 1, 5), date(2026, 1, 5), BERLIN)[
        date(2026, 1, 5)
    ].rate is None  # fmt: skip


# -- walks, pain -----------------------------------------------------------------------------


def test_walks_per_week_and_sessions_stopped_for_pain(log, clock):
    clock.wall = at("2026-01-11 21:30")  # Sunday 22:30 local
    log.record_walk(30, planned=True)  # started 22:00 local on Sunday
    clock.wall = at("2026-01-12 00:00")  # Monday 01:00 local
    log.record_walk(20, planned=False)  # started 00:40 local on Monday
    clock.wall = at("2026-01-14 12:00")
    log.start_walk(planned=True)  # not finished yet: still a walk
    assert stats.walks_per_week(log, date(2026, 1, 5), date(2026, 1, 18), BERLIN) == {
        date(2026, 1, 5): 1,
        date(2026, 1, 12): 2,
    }
    session(log, clock, "2026-01-05 08:00", outcome="stopped-for-pain", seconds=40)
    session(log, clock, "2026-01-11 23:30", outcome="stopped-for-pain", seconds=40)  # Mon local
    session(log, clock, "2026-01-06 08:00", outcome="partial", seconds=40)
    assert stats.stopped_for_pain(log, date(2026, 1, 5), date(2026, 1, 11), BERLIN) == 1
    assert stats.stopped_for_pain(log, date(2026, 1, 5), date(2026, 1, 11), UTC) == 2


def test_trend_slope():
    assert stats.trend_slope([(0, 1), (1, 3), (2, 5)]) == pytest.approx(2.0)
    assert stats.trend_slope([(0, 0), (1, 1), (2, 0), (3, 1)]) == pytest.approx(0.2)
    assert stats.trend_slope([(1, 4)]) is None
    assert stats.trend_slope([(1, 4), (1, 6)]) is None


def _points(*ratings):
    return [
        stats.PainPoint(at("2026-01-01 09:00") + timedelta(days=d), i, before, after)
        for i, (d, before, after) in enumerate(ratings)
    ]


@pytest.mark.parametrize(
    ("ratings", "trend", "slope"),
    [
        (((0, 6, 3), (7, 5, 3), (14, 4, 3)), "falling", -1.0),
        (((0, 2, None), (7, 3, None), (14, 4, None)), "rising", 1.0),
        (((0, 4, None), (7, 5, None), (14, 4, None), (21, 4, None)), "steady", -0.1),
        (((0, 4, None), (7, 5, None)), "not enough ratings", None),
        (((0, 4, None), (0.1, 5, None), (0.2, 6, None)), "not enough ratings", None),
        ((), "not enough ratings", None),
    ],
)
def test_pain_trend_words(ratings, trend, slope):
    result = stats.pain_trend(_points(*ratings), UTC)
    assert result.trend == trend
    if slope is None:
        assert result.slope_before is None
    else:
        assert result.slope_before == pytest.approx(slope)


def test_pain_trend_falls_back_to_ratings_after_sessions():
    result = stats.pain_trend(_points((0, None, 5), (3.5, 6, 4), (7, None, 3)), UTC)
    assert (result.trend, result.slope_before, result.slope_after) == ("falling", None, -2.0)
    assert (result.ratings_before, result.ratings_after) == (1, 3)
    assert (result.average_before, result.average_after) == (6.0, 4.0)


def test_pain_series_keeps_rated_sessions_in_order(log, clock):
    session(log, clock, "2026-01-06 08:00", before=5)
    session(log, clock, "2026-01-05 08:00", after=2)
    session(log, clock, "2026-01-05 09:00")
    series = stats.pain_series(log, date(2026, 1, 5), date(2026, 1, 6), BERLIN)
    assert [(p.at, p.before, p.after) for p in series] == [
        (at("2026-01-05 08:00"), None, 2),
        (at("2026-01-06 08:00"), 5, None),
    ]


# -- summary ---------------------------------------------------------------------------------


def test_summary_of_a_week(log, clock):
    session(log, clock, "2025-12-17 08:00", before=6)
    session(log, clock, "2025-12-24 08:00", before=5)
    session(log, clock, "2025-12-31 08:00", before=4)
    session(log, clock, "2026-01-04 08:00", 600)  # Sunday: streak, not this week
    session(log, clock, "2026-01-05 08:00", 300, after=2)  # Monday
    session(log, clock, "2026-01-06 08:00", 45, outcome="stopped-for-pain")
    session(log, clock, "2026-01-07 08:00", 255, before=3, after=1)  # Wednesday, today
    event(log, clock, "2026-01-05 10:00", "prompted")
    event(log, clock, "2026-01-05 10:01", "taken")
    event(log, clock, "2026-01-06 10:00", "prompted")
    event(log, clock, "2026-01-06 10:05", "postponed")
    event(log, clock, "2026-01-06 10:15", "prompted")
    event(log, clock, "2026-01-06 10:16", "skipped")
    event(log, clock, "2026-01-06 12:00", "natural", seconds=1800)
    clock.wall = at("2026-01-06 17:00")
    log.record_walk(25, planned=True)

    assert stats.summary(log, date(2026, 1, 7), BERLIN) == {
        "today": "2026-01-07",
        "streak_days": 4,
        "week_start": "2026-01-05",
        "week_minutes": 10.0,
        "week_sessions": 3,
        "week_walks": 1,
        "week_stopped_for_pain": 1,
        "break_adherence": 0.5,
        "breaks": {
            "taken": 1,
            "skipped": 1,
            "unanswered": 0,
            "postponed": 1,
            "natural": 1,
            "natural_minutes": 30.0,
        },
        "pain_trend": "falling",
        "pain": {
            "window_days": 28,
            "ratings_before": 4,
            "ratings_after": 2,
            "average_before": 4.5,
            "average_after": 1.5,
            "slope_before_per_week": -1.0,
            "slope_after_per_week": None,
        },
    }


def test_summary_of_an_empty_log(log):
    numbers = stats.summary(log, date(2026, 1, 5), BERLIN)
    assert numbers["streak_days"] == 0
    assert numbers["week_minutes"] == 0
    assert numbers["break_adherence"] is None
    assert numbers["pain_trend"] == "not enough ratings"


# -- properties ------------------------------------------------------------------------------

EVENTS = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=60 * 24 * 30),  # minutes into January 2026
        st.sampled_from(["notice", "prompted", "taken", "postponed", "skipped", "natural"]),
    ),
    max_size=60,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events=EVENTS, zone=st.sampled_from(ZONES))
def test_adherence_is_a_fraction_and_counts_each_answer_once(events, zone):
    start = at("2026-01-01 00:00")
    rows = [{"at": utc_text(start + timedelta(minutes=m)), "event": e} for m, e in sorted(events)]
    with tempfile.TemporaryDirectory() as folder, SessionLog(
        Path(folder) / "log.db", ManualClock()
    ) as log:  # fmt: skip
        bulk_insert(log.path, "breaks", rows)
        weeks = stats.break_adherence(log, date(2025, 12, 20), date(2026, 2, 10), zone)
    kinds = Counter(e for _, e in events)
    totals = Counter()
    for week in weeks.values():
        assert week.rate is None or 0 <= week.rate <= 1
        totals.update(taken=week.taken, skipped=week.skipped, postponed=week.postponed)
        totals.update(unanswered=week.unanswered, natural=week.natural)
    for kind in ("taken", "skipped", "postponed", "natural"):
        assert totals[kind] == kinds[kind]
    assert totals["unanswered"] <= max(0, kinds["prompted"] - 1)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sessions=st.lists(
        st.tuples(st.integers(min_value=0, max_value=60 * 24 * 60), st.integers(0, 600)),
        max_size=40,
    ),
    today_offset=st.integers(min_value=-2, max_value=62),
    zone=st.sampled_from(ZONES),
)
def test_streak_matches_a_day_by_day_count(sessions, today_offset, zone):
    start = at("2026-02-01 00:00")  # spans the March DST change in the northern zones
    rows = [
        {"routine_id": "r", "routine_name": "R", "started": utc_text(start + timedelta(minutes=m)),
         "seconds_done": s, "seconds_planned": 600}
        for m, s in sessions
    ]  # fmt: skip
    today = date(2026, 2, 1) + timedelta(days=today_offset)
    with tempfile.TemporaryDirectory() as folder, SessionLog(
        Path(folder) / "log.db", ManualClock()
    ) as log:  # fmt: skip
        bulk_insert(log.path, "sessions", rows)
        result = stats.streak(log, today, zone)
    active = {(start + timedelta(minutes=m)).astimezone(zone).date() for m, s in sessions if s > 0}
    day = today if today in active else today - timedelta(days=1)
    expected = 0
    while day in active:
        expected, day = expected + 1, day - timedelta(days=1)
    assert result == expected
    assert result <= len(active)


# -- scale -----------------------------------------------------------------------------------


_DAY_TEXT = [(date(2016, 1, 1) + timedelta(days=d)).isoformat() for d in range(3700)]


def _stamp(minute: int) -> str:
    """UTC text for a minute counted from 2016-01-01 00:00 UTC (fast enough for 100k rows)."""
    day, rest = divmod(minute, 1440)
    return f"{_DAY_TEXT[day]}T{rest // 60:02d}:{rest % 60:02d}:00Z"


def _ten_years(seed: int = 7) -> dict[str, list[dict]]:
    """About 100,000 mixed rows from 2016 to 2025, with every day of the last year active."""
    rng = random.Random(seed)
    roll = rng.random
    events = ["notice", "prompted", "prompted", "taken", "postponed", "skipped", "natural"]
    outcomes = ["completed", "completed", "partial", "stopped-for-pain"]
    sessions, breaks, walks = [], [], []
    for day in range(3653):
        base = day * 1440 + 6 * 60
        recent = day >= 3653 - 370
        for _ in range(1 + int(roll() * 4) if recent or roll() < 0.7 else 0):
            started = base + int(roll() * 16 * 60)
            sessions.append({
                "routine_id": "desk", "routine_name": "Desk reset",
                "started": _stamp(started), "ended": _stamp(started + 5),
                "seconds_done": 300 if recent else [0, 120, 300, 300][int(roll() * 4)],
                "seconds_planned": 300, "outcome": outcomes[int(roll() * 4)],
                "pain_before": int(roll() * 11) if roll() < 0.5 else None,
                "pain_after": int(roll() * 11) if roll() < 0.5 else None,
            })  # fmt: skip
        for _ in range(12 + int(roll() * 29)):
            breaks.append({
                "at": _stamp(base + int(roll() * 18 * 60)),
                "event": events[int(roll() * 7)], "seconds": 60 + int(roll() * 3000),
            })  # fmt: skip
        if roll() < 0.4:
            walks.append({
                "started": _stamp(base + int(roll() * 14 * 60)),
                "minutes": 5 + int(roll() * 55), "planned": int(roll() * 2),
            })  # fmt: skip
    breaks.sort(key=lambda r: r["at"])  # ids follow time, as the app writes them
    return {"sessions": sessions, "breaks": breaks, "walks": walks}


def _reference_adherence(breaks: list[dict], zone, monday: date) -> stats.Adherence:
    """The adherence rules, applied to plain Python rows."""
    week_of = lambda row: stats.week_start(  # noqa: E731
        datetime.fromisoformat(row["at"]).astimezone(zone).date()
    )
    counts: Counter = Counter()
    pending = None
    earlier = (monday - timedelta(days=14)).isoformat()  # the state resets at every event
    for row in (r for r in breaks if r["at"] >= earlier and r["event"] != "notice"):
        week, name = week_of(row), row["event"]
        if name == "prompted":
            if pending == monday:
                counts["unanswered"] += 1
            pending = week
        elif name == "natural":
            if week == monday:
                counts["natural"] += 1
                counts["natural_seconds"] += row["seconds"]
            pending = None
        else:
            if (pending or week) == monday:
                counts[name] += 1
            pending = None
    return stats.Adherence(**counts)


def test_ten_years_of_rows_give_the_same_answers_as_plain_python(tmp_path):
    data = _ten_years()
    assert sum(len(rows) for rows in data.values()) > 100_000
    with SessionLog(tmp_path / "log.db", ManualClock()) as log:
        for table, rows in data.items():
            bulk_insert(log.path, table, rows)
        today = date(2025, 12, 31)
        numbers = stats.summary(log, today, BERLIN)
        month = stats.minutes_per_day(log, date(2025, 3, 1), date(2025, 3, 31), BERLIN)
        march = log.sessions(since=date(2025, 3, 1), until=date(2025, 3, 31), tz=BERLIN)
        day = log.day_events(date(2025, 3, 30), BERLIN)

    def local(text: str) -> date:
        return datetime.fromisoformat(text).astimezone(BERLIN).date()

    sessions = data["sessions"]
    active = {local(s["started"]) for s in sessions if s["seconds_done"] > 0}
    streak, cursor = 0, today if today in active else today - timedelta(days=1)
    while cursor in active:
        streak, cursor = streak + 1, cursor - timedelta(days=1)
    assert streak >= 370
    assert numbers["streak_days"] == streak

    monday = stats.week_start(today)
    this_week = [s for s in sessions if monday <= local(s["started"]) <= today]
    assert numbers["week_sessions"] == len(this_week)
    assert numbers["week_minutes"] == round(sum(s["seconds_done"] for s in this_week) / 60, 1)
    assert numbers["week_stopped_for_pain"] == sum(s["outcome"] == "stopped-for-pain" for s in this_week)
    assert numbers["week_walks"] == sum(monday <= local(w["started"]) <= today for w in data["walks"])
    expected = _reference_adherence(data["breaks"], BERLIN, monday)
    assert numbers["breaks"]["taken"] == expected.taken
    assert numbers["breaks"]["unanswered"] == expected.unanswered
    assert numbers["break_adherence"] == (None if expected.rate is None else round(expected.rate, 3))

    in_march = [s for s in sessions if date(2025, 3, 1) <= local(s["started"]) <= date(2025, 3, 31)]
    assert len(march) == len(in_march)
    for d, minutes in month.items():
        assert minutes == sum(s["seconds_done"] for s in in_march if local(s["started"]) == d) / 60
    everything_that_day = [
        r
        for table, stamp in (("sessions", "started"), ("breaks", "at"), ("walks", "started"))
        for r in data[table]
        if "2025-03-29" <= r[stamp] < "2025-03-31" and local(r[stamp]) == date(2025, 3, 30)
    ]
    assert len(day) == len(everything_that_day)
    assert [e.when for e in day] == sorted(e.when for e in day)

    window = [s for s in sessions if today - timedelta(days=27) <= local(s["started"]) <= today]
    points = sorted(
        (datetime.fromisoformat(s["started"]), s["pain_before"])
        for s in window
        if s["pain_before"] is not None
    )
    origin = points[0][0]
    slope = stats.trend_slope([((t - origin).total_seconds() / 604800, v) for t, v in points])
    assert numbers["pain"]["ratings_before"] == len(points)
    assert numbers["pain"]["slope_before_per_week"] == round(slope, 2)


@pytest.mark.parametrize(
    ("table", "column"), [("sessions", "started"), ("breaks", "at"), ("walks", "started")]
)
def test_range_queries_use_the_timestamp_indexes(log, table, column):
    day, params = stats.local_day_sql(column, BERLIN, at("2026-03-01 00:00"), at("2026-04-01 00:00"))
    plan = log.fetch(
        f"EXPLAIN QUERY PLAN SELECT {day} AS day, COUNT(*) FROM {table} "
        f"WHERE {column} >= ? AND {column} < ? GROUP BY day",
        [*params, "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z"],
    )
    assert any(f"SEARCH {table} USING" in r[-1] and f"INDEX {table}_{column}" in r[-1] for r in plan)


def test_heat_pack_time_is_not_exercise(log, clock):
    from coach.core.history.days import day_summaries

    session(log, clock, "2026-01-05 08:00", 300)
    session(log, clock, "2026-01-05 09:00", 725, routine="heat-pack")
    session(log, clock, "2026-01-04 08:00", 725, routine="heat-pack")  # heat alone is no streak day
    today = date(2026, 1, 5)
    assert stats.minutes_per_day(log, today, today, BERLIN)[today] == 5.0
    numbers = stats.summary(log, today, BERLIN)
    assert (numbers["week_minutes"], numbers["week_sessions"], numbers["streak_days"]) == (5.0, 1, 1)
    (day,) = day_summaries(log, today, today, BERLIN)
    assert (day.sessions, day.minutes) == (1, 5.0)
