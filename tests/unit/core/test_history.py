"""The History data: ranges, day summaries, event rows, chart data, the pain note and the report."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coach.core import history, stats
from coach.core.clock import ManualClock
from coach.core.history import Range
from coach.core.safety import DOCTOR_QUESTIONS
from coach.core.session_log import SessionLog
from coach.tools.demo_history import fill, fill_bulk

BERLIN = ZoneInfo("Europe/Berlin")
END = date(2026, 2, 15)  # a Sunday


@pytest.fixture(scope="module")
def month_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("history") / "log.db"
    fill(path, weeks=4, seed=3, end=END, tz=BERLIN)
    return path


@pytest.fixture
def month(month_path):
    with SessionLog(month_path, ManualClock()) as log:
        yield log


@pytest.fixture
def clock():
    return ManualClock(wall=datetime(2026, 2, 2, 8, 0, tzinfo=UTC))


@pytest.fixture
def log(tmp_path, clock):
    with SessionLog(tmp_path / "log.db", clock) as opened:
        yield opened


def local(moment: datetime) -> date:
    return moment.astimezone(BERLIN).date()


# -- ranges ----------------------------------------------------------------------------------


def test_ranges_around_a_day():
    assert Range.around("week", date(2026, 2, 11)) == Range("week", date(2026, 2, 9), date(2026, 2, 15))
    assert Range.around("month", date(2024, 2, 11)) == Range("month", date(2024, 2, 1), date(2024, 2, 29))
    assert Range.around("month", date(2026, 12, 31)).end == date(2026, 12, 31)
    assert Range.around("year", date(2026, 7, 4)) == Range("year", date(2026, 1, 1), date(2026, 12, 31))
    with pytest.raises(ValueError, match="unknown range"):
        Range.around("decade", END)


def test_ranges_step_over_month_and_year_ends():
    assert Range.around("week", date(2026, 1, 1)).shifted(-1).start == date(2025, 12, 22)
    assert Range.around("month", date(2026, 1, 31)).shifted(1) == Range.around("month", date(2026, 2, 1))
    assert Range.around("month", date(2026, 1, 15)).shifted(-1).start == date(2025, 12, 1)
    assert Range.around("month", date(2026, 1, 15)).shifted(-13).start == date(2024, 12, 1)
    assert Range.around("year", END).shifted(-2).start == date(2024, 1, 1)


def test_range_labels():
    assert Range.around("week", date(2026, 2, 11)).label == "9 – 15 Feb 2026"
    assert Range.around("week", date(2026, 3, 1)).label == "23 Feb – 1 Mar 2026"
    assert Range.around("week", date(2026, 1, 1)).label == "29 Dec 2025 – 4 Jan 2026"
    assert Range.around("month", END).label == "February 2026"
    assert Range.around("year", END).label == "2026"
    assert history.day_label(END) == "Sun 15 Feb"
    assert history.day_label(END, year=True) == "Sun 15 Feb 2026"


def test_first_logged_day(log, clock):
    assert history.first_logged_day(log, BERLIN) is None
    clock.wall = datetime(2026, 2, 3, 23, 30, tzinfo=UTC)  # already the 4th in Berlin
    log.record_prompt("walk", "prompted")
    clock.wall = datetime(2026, 2, 5, 9, 0, tzinfo=UTC)
    log.record_walk(20, planned=False)
    assert history.first_logged_day(log, BERLIN) == date(2026, 2, 4)


# -- days and events -------------------------------------------------------------------------


def test_day_summaries_count_what_the_rows_say(month):
    start, end = END - timedelta(days=27), END
    days = history.day_summaries(month, start, end, BERLIN)
    assert [d.day for d in days] == [start + timedelta(days=i) for i in range(28)]
    sessions = month.sessions(since=start, until=end, tz=BERLIN)
    breaks = month.breaks(since=start, until=end, tz=BERLIN)
    walks = month.walks(since=start, until=end, tz=BERLIN)
    minutes = stats.minutes_per_day(month, start, end, BERLIN)
    for summary in days:
        mine = [s for s in sessions if local(s.started) == summary.day]
        events = Counter(b.event for b in breaks if local(b.at) == summary.day)
        assert summary.sessions == len(mine)
        assert summary.minutes == pytest.approx(minutes[summary.day])
        assert summary.stopped_for_pain == sum(s.outcome == "stopped-for-pain" for s in mine)
        assert summary.pain_before_count == sum(s.pain_before is not None for s in mine)
        assert (summary.taken, summary.postponed, summary.skipped, summary.natural, summary.prompted) == (
            events["taken"], events["postponed"], events["skipped"], events["natural"], events["prompted"],
        )  # fmt: skip
        assert summary.walks == sum(local(w.started) == summary.day for w in walks)
    assert sum(d.sessions for d in days) == len(sessions)
    assert sum(d.stopped_for_pain for d in days) == 1  # the demo has exactly one


def test_a_day_summary_in_one_line():
    assert history.DaySummary(END).line() == "nothing logged"
    assert history.DaySummary(END).empty
    busy = history.DaySummary(
        END, sessions=2, seconds=840, stopped_for_pain=1, pain_before_sum=9, pain_before_count=2,
        pain_after_sum=3, pain_after_count=1, prompted=8, taken=6, postponed=1, skipped=1, natural=2,
        walks=1, walk_minutes=25.0,
    )  # fmt: skip
    assert busy.line() == (
        "2 sessions (14 min) · breaks: 6 taken, 1 postponed, 1 skipped, 2 natural · 1 walk (25 min) · "
        "pain 4.5 → 3 · 1 stopped for pain"
    )
    assert history.DaySummary(END, prompted=2).line() == "2 breaks due"
    assert history.DaySummary(END, reminders=1).line() == "1 walk reminder"
    assert not history.DaySummary(END, reminders=1).empty


def test_event_rows_describe_every_kind(log, clock):
    clock.wall = datetime(2026, 2, 2, 8, 0, tzinfo=UTC)  # 09:00 in Berlin
    sid = log.start_session("desk-reset", "Desk reset", 420, pain_before=4)
    clock.advance(200)
    log.finish_session(sid, "stopped-for-pain", 200, pain_after=6, note="twinge")
    clock.advance(600)
    log.record_break("taken", "desk-reset", seconds=120)
    log.record_break("natural", seconds=1800)
    log.record_break("skipped")
    clock.advance(600)
    log.record_prompt("heat-pack", "done")
    clock.advance(60)
    walk = log.start_walk(planned=True)
    clock.advance(1500)
    log.finish_walk(walk, pain=3, needed_flexion_break=True)
    log.start_walk(planned=False)
    rows = history.event_rows(log.day_events(date(2026, 2, 2), BERLIN), BERLIN)
    assert [(r.time, r.what, r.detail) for r in rows] == [
        ("09:00", "Session", "Desk reset · 3 min 20 s of 7 min · stopped for pain · pain 4 → 6 · “twinge”"),
        ("09:13", "Break taken", "desk-reset · 2 min"),
        ("09:13", "Natural break", "away 30 min"),
        ("09:13", "Break skipped", ""),
        ("09:23", "Heat pack", "done"),
        ("09:24", "Planned walk", "25 min · pain 3 · needed a forward-bend rest"),
        ("09:49", "Walk", "not finished"),
    ]
    assert [r.kind for r in rows] == ["session", "break", "break", "break", "prompt", "walk", "walk"]


def test_an_unfinished_session_says_so(log, clock):
    log.start_session("desk-reset", "Desk reset", 300)
    (row,) = history.event_rows(log.day_events(date(2026, 2, 2), UTC), UTC)
    assert row.detail == "Desk reset · 0 s of 5 min · unfinished"


# -- charts ----------------------------------------------------------------------------------


def test_minutes_per_day_and_per_month(month):
    shown = Range.around("month", END)
    bars = history.minutes_bars(month, shown, BERLIN)
    expected = stats.minutes_per_day(month, shown.start, shown.end, BERLIN)
    assert [b.value for b in bars] == list(expected.values())
    assert [b.label for b in bars][:3] == ["1", "2", "3"]
    week = history.minutes_bars(month, Range.around("week", END), BERLIN)
    assert [b.label for b in week] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    year = history.minutes_bars(month, Range.around("year", END), BERLIN)
    assert len(year) == 12 and year[0].label == "Jan"
    january = stats.minutes_per_day(month, date(2026, 1, 1), date(2026, 1, 31), BERLIN)
    assert year[0].value == pytest.approx(sum(january.values()))
    assert year[1].value == pytest.approx(sum(expected.values()))
    assert year[5].value == 0


def test_weekly_charts_use_the_stats_functions(month):
    shown = Range.around("month", END)
    adherence = stats.break_adherence(month, shown.start, shown.end, BERLIN)
    bars = history.adherence_bars(month, shown, BERLIN)
    assert [b.start for b in bars] == list(adherence)
    for bar, counts in zip(bars, adherence.values(), strict=True):
        assert bar.value == (None if counts.rate is None else round(100 * counts.rate, 1))
    walks = stats.walks_per_week(month, shown.start, shown.end, BERLIN)
    assert [b.value for b in history.walk_bars(month, shown, BERLIN)] == list(walks.values())


def test_the_week_view_shows_weeks_of_context(month):
    bars = history.adherence_bars(month, Range.around("week", END), BERLIN)
    assert len(bars) == history.WEEKS_OF_CONTEXT
    assert bars[-1].start == date(2026, 2, 9)
    assert bars[-1].label == "9 Feb"


def test_the_year_view_counts_by_month(month):
    shown = Range.around("year", END)
    walks = history.walk_bars(month, shown, BERLIN)
    assert sum(b.value for b in walks) == len(month.walks(since=shown.start, until=shown.end, tz=BERLIN))
    adherence = history.adherence_bars(month, shown, BERLIN)
    weekly = stats.break_adherence(month, shown.start, shown.end, BERLIN)
    feb = [a for monday, a in weekly.items() if (monday + timedelta(days=3)).month == 2]
    taken, asked = sum(a.taken for a in feb), sum(a.asked for a in feb)
    assert adherence[1].value == round(100 * taken / asked, 1)
    assert adherence[1].note == f"{taken} of {asked} taken"
    assert adherence[6].value is None and adherence[6].note == "no breaks due"


def test_the_pain_chart_has_a_trend_line(log, clock):
    for day, (before, after) in enumerate([(6, 5), (5, 4), (5, 3), (4, 3), (3, 2)]):
        clock.wall = datetime(2026, 2, 2 + day, 8, 0, tzinfo=UTC)
        sid = log.start_session("desk-reset", "Desk reset", 300, pain_before=before)
        log.finish_session(sid, "completed", 300, pain_after=after)
    chart = history.pain_chart(log, date(2026, 2, 1), date(2026, 2, 28), BERLIN)
    assert [v for _, v in chart.before] == [6, 5, 5, 4, 3]
    assert [v for _, v in chart.after] == [5, 4, 3, 3, 2]
    assert chart.trend_of == "before"
    (first, start_value), (last, end_value) = chart.trend
    assert first == chart.before[0][0] and last == chart.before[-1][0]
    assert start_value > end_value
    assert chart.slope_per_week == pytest.approx(-0.7 * 7)
    weekly = history.pain_chart(log, date(2026, 1, 1), date(2026, 12, 31), BERLIN, weekly=True)
    assert weekly.averaged and len(weekly.before) == 1
    assert weekly.before[0][1] == pytest.approx(23 / 5)


def test_no_ratings_no_trend(log):
    chart = history.pain_chart(log, date(2026, 2, 1), date(2026, 2, 28), BERLIN)
    assert chart.empty and chart.trend is None


# -- the pain note ---------------------------------------------------------------------------


def rate(log, clock, when: datetime, before=None, after=None) -> None:
    clock.wall = when
    sid = log.start_session("desk-reset", "Desk reset", 300, pain_before=before)
    log.finish_session(sid, "completed", 300, pain_after=after)


def test_no_note_for_steady_low_pain(log, clock):
    for day in range(6):
        rate(log, clock, datetime(2026, 2, 2 + day, 8, tzinfo=UTC), before=3, after=2)
    note = history.pain_note(log, date(2026, 2, 10), BERLIN)
    assert note.advice is None
    assert note.ratings == 12 and note.worst == 3
    assert note.facts == "12 pain ratings in the last 28 days; the highest was 3 out of 10."


def test_a_note_when_pain_rises(log, clock):
    for day, before in enumerate([2, 3, 4]):
        rate(log, clock, datetime(2026, 2, 2 + day, 8, tzinfo=UTC), before=before)
    advice = history.pain_note(log, date(2026, 2, 10), BERLIN).advice
    assert advice and "going up" in advice


def test_a_note_for_a_rating_of_seven_anywhere(log, clock):
    for day in range(4):
        rate(log, clock, datetime(2026, 2, 2 + day, 8, tzinfo=UTC), before=3, after=2)
    clock.wall = datetime(2026, 2, 7, 12, tzinfo=UTC)
    log.record_walk(30, planned=False, pain=7)
    note = history.pain_note(log, date(2026, 2, 10), BERLIN)
    assert note.advice and "7 out of 10" in note.advice
    assert note.worst == 7
    assert history.pain_note(log, date(2026, 3, 10), BERLIN).advice is None  # four weeks later


def test_no_note_without_ratings(log):
    note = history.pain_note(log, date(2026, 2, 10), BERLIN)
    assert note.advice is None and note.facts == "No pain ratings in the last 28 days."


# -- the report ------------------------------------------------------------------------------


def test_report_data_for_six_weeks(month):
    report = history.report_data(month, END, BERLIN, weeks=6)
    assert report.start == date(2026, 1, 5) and report.end == END
    assert [w.monday for w in report.weeks] == [date(2026, 1, 5) + timedelta(weeks=i) for i in range(6)]
    sessions = month.sessions(since=report.start, until=END, tz=BERLIN)
    assert report.total.sessions == len(sessions) == sum(w.sessions for w in report.weeks)
    assert report.total.minutes == pytest.approx(sum(s.seconds_done for s in sessions) / 60)
    befores = [s.pain_before for s in sessions if s.pain_before is not None]
    assert report.total.pain_before == pytest.approx(sum(befores) / len(befores))
    walks = stats.walks_per_week(month, report.start, END, BERLIN)
    assert [w.walks for w in report.weeks] == list(walks.values())
    adherence = stats.break_adherence(month, report.start, END, BERLIN)
    assert [w.adherence for w in report.weeks] == list(adherence.values())
    assert report.total.adherence.taken == sum(a.taken for a in adherence.values())
    assert len(report.stopped) == report.total.stopped_for_pain == 1
    assert report.stopped[0].note
    assert report.stopped[0].at.tzinfo is BERLIN
    assert len(report.adherence) == 6
    assert not report.empty
    assert report.trend.trend in ("falling", "steady", "rising")
    assert DOCTOR_QUESTIONS  # the report shows them; the view and PDF tests check that


def test_report_weeks_are_checked(month):
    with pytest.raises(ValueError, match="1 to 104 weeks"):
        history.report_data(month, END, BERLIN, weeks=0)


def test_an_empty_report(log):
    report = history.report_data(log, END, BERLIN, weeks=2)
    assert report.empty
    assert report.total.adherence_text == "none due"
    assert report.total.pain_before is None


# -- the demo history ------------------------------------------------------------------------


def test_the_demo_month_is_believable(month):
    start = END - timedelta(days=27)
    days = history.day_summaries(month, start, END, BERLIN)
    workdays = [d for d in days if d.day.weekday() < 5]
    busy = [d for d in workdays if d.prompted]
    assert len(busy) >= 0.8 * len(workdays)
    assert all(6 <= d.prompted <= 14 for d in busy)
    assert sum(d.taken for d in days) > 2 * sum(d.skipped + d.postponed for d in days)
    assert sum(d.natural for d in days) >= len(busy)
    assert sum(1 for d in days if d.walks) >= len(days) * 0.6
    assert all(d.sessions <= 3 for d in days)
    trend = stats.pain_trend(stats.pain_series(month, start, END, BERLIN), BERLIN)
    assert trend.slope_before is not None and trend.slope_before < 0  # slowly improving


def test_bulk_writes_exactly_the_events_asked_for(tmp_path):
    counts = fill_bulk(tmp_path / "bulk.db", events=5000, seed=2, end=END, tz=BERLIN)
    assert sum(counts.values()) == 5000
    with SessionLog(tmp_path / "bulk.db", ManualClock()) as log:
        for table, count in counts.items():
            assert log.fetch(f"SELECT COUNT(*) FROM {table}")[0][0] == count
        last = log.fetch("SELECT MAX(at) FROM breaks")[0][0]
        assert local(datetime.fromisoformat(last)) <= END
        days = history.day_summaries(log, END - timedelta(days=6), END, BERLIN)
        assert all(not d.empty for d in days)


def test_a_session_played_to_its_end_shows_its_length_once(log, clock):
    sid = log.start_session("desk-break", "Desk break", 38)
    clock.advance(38)
    log.finish_session(sid, "completed", 38)
    (row,) = history.event_rows(log.day_events(date(2026, 2, 2), UTC), UTC)
    assert row.detail == "Desk break · 38 s · completed"
