"""Chart axes people can read: x labels thinned or shortened to fit, round y ticks, a note on an empty chart."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCharts import QCategoryAxis, QChart, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsTextItem

from coach.core.history import History, month_abbr, weekday_abbr

LABEL_PADDING = 10  # pixels beside an x-axis label that QtCharts needs before it elides it (measured: 5 to 9)


def _day_month(day: date) -> str:
    return History.tr("{day} {month}").format(day=day.day, month=month_abbr(day.month))


def set_x_labels(
    chart: QChart,
    axis: QCategoryAxis,
    ticks: list[tuple[float, str]],
    steps: tuple[int, ...],
    short: list[str] | None = None,
) -> None:
    """Remember the labels ``axis`` may show; :func:`fit_x_labels` puts up as many as fit.

    The choices, best first: every label, every label in its ``short`` form, then every
    ``steps[1]``-th label, and so on.
    """
    options = [(ticks, step) for step in steps]
    if short is not None:
        options.insert(1, ([(at, text) for (at, _), text in zip(ticks, short, strict=True)], 1))
    chart.setProperty(_TICKS, options)
    _apply(axis, *options[-1])


_TICKS = "coachXTicks"


def _apply(axis: QCategoryAxis, ticks: list[tuple[float, str]], step: int) -> None:
    for label in axis.categoriesLabels():
        axis.remove(label)
    for at, label in ticks[::step]:
        axis.append(label, at)


def fits(widest: float, shown: int, width: float) -> bool:
    """Whether ``shown`` labels, the widest ``widest`` pixels, fit an axis ``width`` wide.

    QtCharts gives each of n labels ``width / (n + 1)`` less some padding, and elides (or turns)
    a label that does not fit.
    """
    return widest + LABEL_PADDING <= width / (shown + 1)


_TITLES = "coachTitles"


def set_titles(chart: QChart, titles: Sequence[str]) -> None:
    """Title ``chart`` with the first of ``titles``; :func:`fit_x_labels` takes a shorter one when narrow."""
    chart.setProperty(_TITLES, list(titles))
    chart.setTitle(titles[0] if titles else "")


def _fit_title(chart: QChart) -> None:
    titles = chart.property(_TITLES)
    width = chart.size().width()
    if not titles or width <= 0:
        return
    metrics = QFontMetricsF(chart.titleFont())
    margins = chart.margins()
    room = width - margins.left() - margins.right() - 2 * LABEL_PADDING
    chosen = next((t for t in titles if metrics.horizontalAdvance(t) <= room), titles[-1])
    if chart.title() != chosen:
        chart.setTitle(chosen)


def fit_x_labels(chart: QChart) -> None:
    """Show every label of the x axis, or shorter ones, or every 2nd, 7th... so that none is cut or turned.

    The y axis of a short chart gets fewer ticks, and a narrow chart a shorter title, for the same reason.
    """
    _fit_title(chart)
    _fit_y_labels(chart)
    options = chart.property(_TICKS)
    width = chart.plotArea().width()
    if not options or width <= 0:
        return
    for axis in chart.axes(Qt.Orientation.Horizontal):
        if not isinstance(axis, QCategoryAxis):
            continue
        metrics = QFontMetricsF(axis.labelsFont())
        chosen = options[-1]
        for ticks, step in options:
            shown = ticks[::step]
            if shown and fits(max(metrics.horizontalAdvance(t) for _, t in shown), len(shown), width):
                chosen = (ticks, step)
                break
        wanted = [label for _, label in chosen[0][:: chosen[1]]]
        if axis.categoriesLabels() != wanted:
            _apply(axis, *chosen)


def _fit_y_labels(chart: QChart) -> None:
    """Space a value axis's ticks at least a line and a half apart (1, 2, 5 or 10 times its interval)."""
    height = chart.plotArea().height()
    if height <= 0:
        return
    for axis in chart.axes(Qt.Orientation.Vertical):
        if not isinstance(axis, QValueAxis) or axis.tickType() != QValueAxis.TickType.TicksDynamic:
            continue
        base = axis.property("coachInterval") or axis.tickInterval()
        axis.setProperty("coachInterval", base)
        line = QFontMetricsF(axis.labelsFont()).height() * 1.5
        span = (axis.max() - axis.min()) or 1.0
        steps = (1, 2.5, 5) if float(base * 2.5).is_integer() else (1, 2, 5)  # 0, 5, 10 rather than 0, 4, 8
        chosen = next((base * m for m in steps if height * base * m / span >= line), base * 10)
        if axis.tickInterval() != chosen:
            axis.setTickInterval(chosen)


def empty_note(chart: QChart, text: str, colour: QColor, font: QFont | None) -> None:
    """``text`` in the middle of the plot area, wrapped to its width, instead of an empty grid."""
    for axis in chart.axes():
        axis.setGridLineVisible(False)
        if axis.orientation() == Qt.Orientation.Vertical:
            axis.setLabelsVisible(False)  # a scale of nothing; the x axis still names the days
    note = QGraphicsTextItem(chart)
    note.setDefaultTextColor(colour)
    if font is not None:
        note.setFont(font)
    note.setData(0, "empty-note")
    document = note.document()
    document.setPlainText(text)
    option = document.defaultTextOption()
    option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    document.setDefaultTextOption(option)

    def place() -> None:
        area = chart.plotArea()
        note.setTextWidth(max(40.0, area.width() - 16))
        box = note.boundingRect()
        note.setPos(area.center().x() - box.width() / 2, area.center().y() - box.height() / 2)

    chart.plotAreaChanged.connect(place)
    place()


def empty_note_text(chart: QChart) -> str | None:
    """The "no data" text a chart shows, or None."""
    for item in chart.childItems():
        if isinstance(item, QGraphicsTextItem) and item.data(0) == "empty-note":
            return item.toPlainText()
    return None


def days_ticks(start: date, end: date) -> tuple[list[tuple[float, str]], tuple[int, ...]]:
    """Labels for an x axis counted in days from ``start``: weekdays, day numbers, Mondays or months."""
    days = (end - start).days + 1
    if days <= 7:
        return [(o + 0.5, weekday_abbr(start + timedelta(days=o))) for o in range(days)], (1, 2, 7)

    if start.day == 1 and days <= 31:  # a calendar month: its day numbers
        return [(o + 0.5, str(o + 1)) for o in range(days)], (1, 2, 7, 14)
    if days <= 62:  # a few weeks: their Mondays
        mondays = [o for o in range(days) if (start + timedelta(days=o)).weekday() == 0]
        return [(o + 0.5, _day_month(start + timedelta(days=o))) for o in mondays], (1, 2, 3, 4)
    years = start.year != end.year
    ticks, month = [], start.replace(day=1)
    while month <= end:
        middle = (month + timedelta(days=14) - start).days
        if 0 <= middle <= days:  # a month less than half shown stays unlabelled: no label off the edge
            label = month_abbr(month.month) + (f" {month.year % 100:02d}" if years else "")
            ticks.append((float(middle), label))
        month = (month + timedelta(days=32)).replace(day=1)
    return ticks, (1, 2, 3, 6, 12)


def nice_range(top: float) -> tuple[float, float]:
    """A round axis maximum at or above ``top`` and its tick step: 1, 2 or 5 times a power of ten, at most 5 steps."""
    top = max(top, 1.0)
    magnitude = 10 ** math.floor(math.log10(top))
    for step in (magnitude / 10 * m for m in (1, 2, 5, 10, 20, 50)):
        if step >= 1 and math.ceil(top / step) <= 5:
            return math.ceil(top / step) * step, step
    return math.ceil(top / magnitude) * magnitude, magnitude  # pragma: no cover - the loop always returns
