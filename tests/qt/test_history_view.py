"""The History page: numbers from the stats functions, ranges, the day table, the pain note, report, export."""

from __future__ import annotations

import csv
import json
import re
import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCharts import QBarSeries, QChartView, QLineSeries
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QHeaderView

from coach.core import stats
from coach.core.clock import ManualClock
from coach.core.history import Range
from coach.core.session_log import SessionLog
from coach.qt.history_view import DAY_ROLE, HistoryView
from coach.tools.demo_history import fill, fill_bulk

BERLIN = ZoneInfo("Europe/Berlin")
END = date(2026, 2, 15)  # a Sunday


@pytest.fixture(scope="module")
def month_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("history") / "log.db"
    fill(path, weeks=4, seed=1, end=END, tz=BERLIN)
    return path


@pytest.fixture
def month(month_path):
    with SessionLog(month_path, ManualClock()) as log:
        yield log


def make_view(qtbot, log, today=END) -> HistoryView:
    view = HistoryView(log, BERLIN, lambda: today)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view


def bar_values(panel: QChartView) -> list[float]:
    (series,) = [s for s in panel.chart().series() if isinstance(s, QBarSeries)]
    (bar_set,) = series.barSets()
    return [bar_set.at(i) for i in range(bar_set.count())]


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def test_the_month_view_shows_the_numbers_of_the_stats_functions(qtbot, month):
    view = make_view(qtbot, month)
    shown = Range.around("month", END)
    assert view.shown == shown and view.range_label.text() == "February 2026"
    assert view.day_list.count() == 15  # 1 to 15 February, newest first
    assert view.day_list.item(0).data(DAY_ROLE) == END
    assert view.day_list.item(14).data(DAY_ROLE) == date(2026, 2, 1)
    minutes = stats.minutes_per_day(month, shown.start, shown.end, BERLIN)
    assert bar_values(view.minutes_chart) == [round(v) for v in minutes.values()]
    adherence = stats.break_adherence(month, shown.start, shown.end, BERLIN)
    assert bar_values(view.adherence_chart) == [
        round(100 * a.rate) if a.rate else 0 for a in adherence.values()
    ]
    walks = stats.walks_per_week(month, shown.start, shown.end, BERLIN)
    assert bar_values(view.walks_chart) == list(walks.values())
    series = stats.pain_series(month, shown.start, shown.end, BERLIN)
    lines = {s.name(): s for s in view.pain_chart.chart().series() if isinstance(s, QLineSeries)}
    assert lines["Before"].count() == sum(p.before is not None for p in series)
    assert lines["After"].count() == sum(p.after is not None for p in series)
    assert "Trend" in lines
    sessions = month.sessions(since=END, until=END, tz=BERLIN)
    walks_today = month.walks(since=END, until=END, tz=BERLIN)
    summary = view.day_list.item(0).text()
    if sessions:
        assert f"{len(sessions)} session" in summary
    if walks_today:
        assert f"{len(walks_today)} walk" in summary


def test_days_with_nothing_are_greyed(qtbot, month):
    view = make_view(qtbot, month)
    view.set_span("year")
    first_logged = END - timedelta(days=27)
    assert view.day_list.count() == 28  # from the first day logged: none before Coach was used
    assert view.day_list.item(27).data(DAY_ROLE) == first_logged
    dim = view.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    for row in range(view.day_list.count()):
        item = view.day_list.item(row)
        empty = item.text().endswith("nothing logged")
        assert (item.foreground().color() == dim) == empty


def test_an_empty_log_lists_no_days_and_says_why(qtbot, tmp_path):
    with SessionLog(tmp_path / "log.db", ManualClock()) as log:
        view = make_view(qtbot, log)
        view.set_span("year")
        assert view.day_list.count() == 0
        assert view.day_title.text().startswith("Nothing logged yet")


def test_switching_week_month_year_and_stepping(qtbot, month):
    view = make_view(qtbot, month)
    with qtbot.waitSignal(view.range_changed) as blocker:
        view.span_buttons["week"].click()
    assert blocker.args == [Range.around("week", END)]
    assert view.range_label.text() == "9 – 15 Feb 2026" and view.day_list.count() == 7
    assert not view.next_button.isEnabled() and view.previous_button.isEnabled()
    assert view.previous_button.accessibleName() == "Previous week"
    view.previous_button.click()
    assert view.shown == Range.around("week", date(2026, 2, 2))
    assert view.next_button.isEnabled()
    view.day_list.setCurrentRow(4)  # Wednesday 4 February
    view.span_buttons["month"].click()
    assert view.shown == Range.around("month", END)
    assert view.day_list.currentItem().data(DAY_ROLE) == date(2026, 2, 4)  # the chosen day stays chosen
    view.previous_button.click()
    assert view.range_label.text() == "January 2026" and view.day_list.count() == 13  # from the 19th
    view.span_buttons["year"].click()
    assert (
        view.range_label.text() == "2026"
        and view.minutes_chart.chart().title() == "Minutes of exercise per month"
    )
    assert len(bar_values(view.minutes_chart)) == 12 and not view.previous_button.isEnabled()
    view.step(1)  # no future years
    assert view.shown.span == "year" and view.range_label.text() == "2026"
    view.span_buttons["week"].click()
    view.previous_button.click()
    view.previous_button.click()
    view.today_button.click()
    assert view.shown == Range.around("week", END)
    assert view.day_list.currentItem().data(DAY_ROLE) == END


def test_selecting_a_day_fills_the_table(qtbot, month):
    view = make_view(qtbot, month)
    for row in range(view.day_list.count()):
        day = view.day_list.item(row).data(DAY_ROLE)
        events = month.day_events(day, BERLIN)
        view.day_list.setCurrentRow(row)
        assert view.table.rowCount() == len(events)
        assert view.day_title.text().startswith(day.strftime("%a"))
        if events:
            first = events[0].when.astimezone(BERLIN).strftime("%H:%M")
            assert view.table.item(0, 0).text() == first
        else:
            assert view.day_title.text().endswith("nothing logged on this day")
    busy = next(r for r in range(view.day_list.count()) if "session" in view.day_list.item(r).text())
    view.day_list.setCurrentRow(busy)
    whats = {view.table.item(r, 1).text() for r in range(view.table.rowCount())}
    assert "Session" in whats


def rated(tmp_path, ratings: list[tuple[int | None, int | None]], walk_pain: int | None = None) -> SessionLog:
    clock = ManualClock(wall=datetime(2026, 2, 9, 8, 0, tzinfo=UTC))
    log = SessionLog(tmp_path / "rated.db", clock)
    for day, (before, after) in enumerate(ratings):
        clock.wall = datetime(2026, 2, 9 + day, 8, 0, tzinfo=UTC)
        sid = log.start_session("desk-reset", "Desk reset", 300, pain_before=before)
        clock.advance(300)
        log.finish_session(sid, "completed", 300, pain_after=after)
    if walk_pain is not None:
        log.record_walk(20, planned=True, pain=walk_pain)
    return log


def test_the_pain_note_appears_for_rising_pain(qtbot, tmp_path):
    with rated(tmp_path, [(2, 2), (3, 2), (5, 4)]) as log:
        view = make_view(qtbot, log)
        assert view.note_frame.isVisibleTo(view)
        assert "going up" in view.note_label.text()
        with qtbot.waitSignal(view.show_safety_requested):
            view.safety_button.click()


def test_the_pain_note_appears_for_a_seven(qtbot, tmp_path):
    with rated(tmp_path, [(3, 2), (3, 2), (2, 2)], walk_pain=7) as log:
        view = make_view(qtbot, log)
        assert view.note_frame.isVisibleTo(view)
        assert "7 out of 10" in view.note_label.text()
        assert "highest was 7" in view.note_label.text()


def test_no_pain_note_when_pain_is_steady(qtbot, tmp_path):
    with rated(tmp_path, [(3, 2), (3, 2), (3, 1), (2, 2)]) as log:
        view = make_view(qtbot, log)
        assert not view.note_frame.isVisibleTo(view)
        assert view.note.advice is None


def test_the_demo_month_brings_no_pain_note(qtbot, month):
    view = make_view(qtbot, month)
    assert view.note.worst is not None and view.note.worst < 7
    assert not view.note_frame.isVisibleTo(view)


def test_refresh_reads_what_was_just_logged(qtbot, tmp_path):
    clock = ManualClock(wall=datetime(2026, 2, 15, 9, 0, tzinfo=UTC))
    with SessionLog(tmp_path / "log.db", clock) as log:
        view = make_view(qtbot, log)
        assert view.day_list.count() == 0  # nothing logged yet
        assert not view.previous_button.isEnabled()
        sid = log.start_session("desk-reset", "Desk reset", 300, pain_before=3)
        clock.advance(300)
        log.finish_session(sid, "completed", 300, pain_after=1)
        view.refresh()
        assert view.day_list.item(0).text().endswith("1 session (5 min) · pain 3 → 1")
        assert view.table.rowCount() == 1
        assert bar_values(view.minutes_chart)[14] == 5


def test_the_report_button_writes_a_pdf(qtbot, month, tmp_path, monkeypatch):
    target = tmp_path / "visit"
    asked = []
    monkeypatch.setattr(
        HistoryView,
        "ask_report_path",
        classmethod(lambda cls, parent, suggested: asked.append(suggested) or str(target)),
    )
    view = make_view(qtbot, month)
    view.report_weeks.setValue(4)
    with qtbot.waitSignal(view.report_written) as blocker:
        view.report_button.click()
    path = tmp_path / "visit.pdf"
    assert blocker.args == [str(path)]
    assert asked[0].endswith("coach-report-2026-02-15.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and pdf_pages(data) >= 2
    assert "page visit report" in view.status.text()


def test_the_export_button_writes_csv_and_json(qtbot, month, tmp_path, monkeypatch):
    answers = [(str(tmp_path / "log.csv"), "csv"), (str(tmp_path / "log.json"), "json")]
    monkeypatch.setattr(
        HistoryView, "ask_export_path", classmethod(lambda cls, parent, suggested: answers.pop(0))
    )
    total = sum(
        month.fetch(f"SELECT COUNT(*) FROM {t}")[0][0] for t in ("sessions", "breaks", "walks", "prompts")
    )
    view = make_view(qtbot, month)
    with qtbot.waitSignal(view.export_written):
        view.export_button.click()
    with (tmp_path / "log.csv").open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == total
    with qtbot.waitSignal(view.export_written):
        view.export_button.click()
    assert len(json.loads((tmp_path / "log.json").read_text(encoding="utf-8"))["records"]) == total
    assert view.status.text().startswith(f"Exported {total} records as JSON")


def test_cancelled_dialogs_and_write_errors(qtbot, month, tmp_path, monkeypatch):
    monkeypatch.setattr(HistoryView, "ask_report_path", classmethod(lambda cls, parent, suggested: None))
    monkeypatch.setattr(HistoryView, "ask_export_path", classmethod(lambda cls, parent, suggested: None))
    errors = []
    monkeypatch.setattr(
        HistoryView, "tell_error", classmethod(lambda cls, parent, title, text: errors.append(title))
    )
    view = make_view(qtbot, month)
    with qtbot.assertNotEmitted(view.report_written), qtbot.assertNotEmitted(view.export_written):
        view.report_button.click()
        view.export_button.click()
    missing = tmp_path / "no" / "folder"
    monkeypatch.setattr(
        HistoryView, "ask_export_path", classmethod(lambda cls, p, s: (str(missing / "x.csv"), "csv"))
    )
    monkeypatch.setattr(HistoryView, "ask_report_path", classmethod(lambda cls, p, s: str(missing / "x.pdf")))
    view.export_button.click()
    view.report_button.click()
    assert errors == ["The log was not exported", "The report was not saved"]
    assert not missing.exists()


def test_every_control_has_a_name_and_a_keyboard_path(qtbot, month):
    view = make_view(qtbot, month)
    found = [
        *view.findChildren(QAbstractButton),
        *view.findChildren(QAbstractSpinBox),
        *view.findChildren(QAbstractItemView),
        *view.findChildren(QChartView),
    ]
    controls = [c for c in found if not isinstance(c, QHeaderView) and not c.objectName().startswith("qt_")]
    assert len(controls) >= 14
    for control in controls:
        assert control.accessibleName() or control.text(), control
        assert control.focusPolicy() & view.today_button.focusPolicy().TabFocus, control
    assert view.minutes_chart.accessibleDescription().startswith("1: ")
    shortcuts = {b.shortcut().toString() for b in (view.previous_button, view.next_button, view.today_button)}
    assert shortcuts == {"Alt+Left", "Alt+Right", "Alt+Home"}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1f1f1f"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def test_charts_follow_the_palette(qtbot, month):
    view = make_view(qtbot, month)
    light = view.palette().color(QPalette.ColorRole.Window)
    assert view.minutes_chart.chart().backgroundBrush().color() == light
    view.setPalette(dark_palette())
    for panel in (view.minutes_chart, view.adherence_chart, view.walks_chart, view.pain_chart):
        chart = panel.chart()
        assert chart.backgroundBrush().color() == QColor("#2b2b2b")
        assert chart.titleBrush().color() == QColor("#e6e6e6")
    image = view.minutes_chart.grab().toImage()
    assert image.pixelColor(3, 3) == QColor("#2b2b2b")


@pytest.fixture(scope="module")
def heavy_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("heavy") / "log.db"
    fill_bulk(path, events=100_000, seed=1, end=END, tz=BERLIN)
    return path


def test_ten_years_of_heavy_use_open_and_switch(qtbot, heavy_path, capsys):
    with SessionLog(heavy_path, ManualClock()) as log:
        started = time.perf_counter()
        view = make_view(qtbot, log)
        opened = time.perf_counter() - started
        timings = {}
        for span in ("week", "year", "month"):
            started = time.perf_counter()
            view.set_span(span)
            timings[span] = time.perf_counter() - started
            shown = Range.around(span, END)
            assert view.shown == shown
            assert view.day_list.count() == (END - shown.start).days + 1
        view.previous_button.click()
        assert view.range_label.text() == "January 2026"
        minutes = stats.minutes_per_day(log, date(2026, 1, 1), date(2026, 1, 31), BERLIN)
        assert bar_values(view.minutes_chart) == [round(v) for v in minutes.values()]
        assert all(view.day_list.item(r).text().count("session") for r in range(view.day_list.count()))
    with capsys.disabled():
        print(
            f"\n100,000 events: opened in {opened * 1000:.0f} ms; "
            + ", ".join(f"{span} view {seconds * 1000:.0f} ms" for span, seconds in timings.items())
        )
