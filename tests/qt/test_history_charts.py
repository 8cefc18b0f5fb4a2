"""The History charts are readable: no cut or turned text at two sizes in two languages, labels, empty states."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCharts import QCategoryAxis
from PySide6.QtCore import Qt

from coach.core.clock import ManualClock
from coach.core.history import month_abbr
from coach.core.session_log import SessionLog
from coach.qt.chart_axes import empty_note_text, fits, nice_range
from coach.qt.history_view import DAY_ROLE, HistoryView
from coach.qt.i18n import install_translators, remove_translators
from coach.tools.demo_history import fill
from tests.helpers.charts import cut_or_turned, drawn_texts

BERLIN = ZoneInfo("Europe/Berlin")
END = date(2026, 12, 3)  # a Thursday, early in a month
SIZES = [(1240, 740), (900, 560)]  # the page at 1280×800, and on a small laptop at 125 %


@pytest.fixture(scope="module")
def year_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("charts") / "log.db"
    fill(path, weeks=30, seed=3, end=END, tz=BERLIN)
    return path


@pytest.fixture(params=["en", "de"])
def language(request, qapp):
    if request.param == "de":
        install_translators(qapp, "de_DE")
    yield request.param
    if request.param == "de":
        remove_translators(qapp)


def open_view(qtbot, log, size, today=END) -> HistoryView:
    view = HistoryView(log, BERLIN, lambda: today)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitUntil(lambda: view.minutes_chart.chart().plotArea().width() > 0, timeout=2000)
    return view


def panels(view: HistoryView):
    return [view.minutes_chart, view.adherence_chart, view.pain_chart, view.walks_chart]


def x_labels(panel) -> list[str]:
    (axis,) = [a for a in panel.chart().axes(Qt.Orientation.Horizontal) if isinstance(a, QCategoryAxis)]
    return axis.categoriesLabels()


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "small"])
def test_no_chart_text_is_cut_or_turned(qtbot, year_path, language, size):
    with SessionLog(year_path, ManualClock()) as log:
        view = open_view(qtbot, log, size)
        for span in ("week", "month", "year"):
            view.set_span(span)
            for panel in panels(view):
                panel.chart().layout().activate()
                qtbot.waitUntil(lambda p=panel: p.chart().plotArea().width() > 0, timeout=2000)
                assert cut_or_turned(panel.chart()) == [], (span, panel.accessibleName())
                assert len(x_labels(panel)) >= 3, (span, panel.accessibleName(), x_labels(panel))
                texts = {t.text for t in drawn_texts(panel.chart())}
                assert set(x_labels(panel)) <= texts, (span, panel.accessibleName())  # none hidden


def test_the_year_view_labels_months_and_the_legend_is_whole(qtbot, year_path):
    with SessionLog(year_path, ManualClock()) as log:
        view = open_view(qtbot, log, SIZES[1])
        view.set_span("year")
        months = {month_abbr(m) for m in range(1, 13)}
        for panel in panels(view):
            assert set(x_labels(panel)) <= months and len(x_labels(panel)) >= 4
        texts = {t.text for t in drawn_texts(view.pain_chart.chart())}
        assert {"Before", "After", "Trend"} <= texts


def test_an_empty_log_says_so_in_every_chart(qtbot, tmp_path):
    with SessionLog(tmp_path / "log.db", ManualClock()) as log:
        view = open_view(qtbot, log, SIZES[0])
        for span in ("week", "month", "year"):
            view.set_span(span)
            notes = [empty_note_text(p.chart()) for p in panels(view)]
            assert notes == [
                "No exercise logged in this period",
                "No breaks were due in this period",
                "No pain ratings in this period",
                "No walks logged in this period",
            ]


def test_a_chart_with_data_has_no_empty_note(qtbot, year_path):
    with SessionLog(year_path, ManualClock()) as log:
        view = open_view(qtbot, log, SIZES[0])
        assert [empty_note_text(p.chart()) for p in panels(view)] == [None] * 4


def test_the_view_opens_on_a_period_with_data(qtbot, year_path, tmp_path):
    with SessionLog(year_path, ManualClock()) as log:
        early = open_view(qtbot, log, SIZES[0])  # the 3rd: this week, not a month of three days
        assert early.shown.span == "week" and early.shown.contains(END)
        later = open_view(qtbot, log, SIZES[0], today=date(2026, 12, 20))
        assert later.shown.span == "month" and later.shown.contains(date(2026, 12, 20))
        away = open_view(qtbot, log, SIZES[0], today=date(2027, 3, 10))  # nothing since December
        assert away.shown.span == "month" and away.shown.contains(END)
    with SessionLog(tmp_path / "log.db", ManualClock()) as empty:
        assert open_view(qtbot, empty, SIZES[0]).shown.span == "month"


def test_bars_stay_clear_of_the_y_axis(qtbot, year_path):
    with SessionLog(year_path, ManualClock()) as log:
        view = open_view(qtbot, log, SIZES[1])
        view.set_span("month")
        chart = view.minutes_chart.chart()
        (axis,) = [a for a in chart.axes(Qt.Orientation.Horizontal) if isinstance(a, QCategoryAxis)]
        assert axis.min() < -0.5 and axis.max() > len(view.data.minutes) - 0.5  # a margin each side


def test_nice_ranges_and_label_room():
    assert nice_range(296) == (300, 100)
    assert nice_range(17) == (20, 5)
    assert nice_range(7) == (8, 2)
    assert nice_range(3) == (3, 1)
    assert nice_range(0) == (1, 1)
    assert fits(20, 4, 200) and not fits(40, 4, 200)


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "small"])
def test_day_rows_and_event_details_are_whole(qtbot, year_path, language, size):
    with SessionLog(year_path, ManualClock()) as log:
        view = open_view(qtbot, log, size)
        view.set_span("month")
        assert view.day_list.count() == 3
        metrics = view.day_list.fontMetrics()
        for row in range(view.day_list.count()):
            item = view.day_list.item(row)
            rect = view.day_list.visualItemRect(item)
            room = rect.adjusted(4, 0, -4, 0)  # the item's own margins
            needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text())
            assert needed.height() <= rect.height(), item.text()
        details = view.table.horizontalHeader().sectionSize(2)
        for row in range(view.table.rowCount()):
            text = view.table.item(row, 2).text()
            needed = view.table.fontMetrics().boundingRect(
                0, 0, details - 8, 10_000, Qt.TextFlag.TextWordWrap, text
            )
            assert needed.height() <= view.table.rowHeight(row), text


def test_the_newest_day_with_something_logged_is_selected(qtbot, year_path):
    with SessionLog(year_path, ManualClock()) as log:
        view = open_view(qtbot, log, SIZES[0], today=date(2026, 12, 5))  # nothing on the 4th and 5th
        assert view.day_list.item(0).data(DAY_ROLE) == date(2026, 12, 5)
        assert view.day_list.currentItem().data(DAY_ROLE) == END
        assert view.table.rowCount() > 0
