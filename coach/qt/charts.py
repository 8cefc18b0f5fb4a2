"""QtCharts charts of the history (minutes, breaks, walks, pain), coloured from the palette."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.core.history import Bar, History, PainChart, month_abbr, weekday_abbr
from coach.core.i18n import Context

# Okabe–Ito colours, told apart by most colour-blind people; lighter ones on dark backgrounds.
_LIGHT = {"bars": "#0072B2", "adherence": "#B35900", "walks": "#007A5A", "before": "#0072B2",
          "after": "#C0392B", "trend": "#4D4D4D"}  # fmt: skip
_DARK = {"bars": "#56B4E9", "adherence": "#E69F00", "walks": "#3DC9A4", "before": "#56B4E9",
         "after": "#FF8A65", "trend": "#D0D0D0"}  # fmt: skip
VALUE_LABELS_UP_TO = 12  # bars carry their value as text when there are this few
LABEL_PADDING = 12  # pixels QtCharts keeps beside an axis label before it elides it
HEADROOM = 1.12  # room above the tallest bar for its value


class Charts(Context):
    """The translation context of the charts' texts."""


def _day_month(day: date) -> str:
    return History.tr("{day} {month}").format(day=day.day, month=month_abbr(day.month))


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


@dataclass(frozen=True)
class ChartColours:
    """The colours of a chart: background, text, grid and one colour per data series."""

    background: QColor
    text: QColor
    grid: QColor
    series: dict[str, QColor]
    dark: bool

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColours:
        dark = is_dark(palette)
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(
            (window.red() * 3 + text.red()) // 4,
            (window.green() * 3 + text.green()) // 4,
            (window.blue() * 3 + text.blue()) // 4,
        )
        names = _DARK if dark else _LIGHT
        return cls(window, text, grid, {k: QColor(v) for k, v in names.items()}, dark)

    @classmethod
    def for_print(cls) -> ChartColours:
        """Black on white, for the PDF report."""
        return cls(
            QColor("white"),
            QColor("black"),
            QColor("#C8C8C8"),
            {k: QColor(v) for k, v in _LIGHT.items()},
            False,
        )


def _chart(title: str, colours: ChartColours, font: QFont | None) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundBrush(QBrush(colours.background))
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    chart.setBackgroundRoundness(0)
    chart.setPlotAreaBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setTitle(title)
    chart.setTitleBrush(QBrush(colours.text))
    base = QFont(font) if font is not None else QFont(chart.titleFont())
    heading = QFont(base)
    heading.setBold(True)
    chart.setTitleFont(heading)
    legend = chart.legend()
    legend.setLabelColor(colours.text)
    legend.setFont(base)
    legend.setShowToolTips(True)
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
    return chart


def _style_axis(axis, colours: ChartColours, font: QFont | None) -> None:
    axis.setLabelsColor(colours.text)
    axis.setLinePen(QPen(colours.grid))
    axis.setGridLineColor(colours.grid)
    axis.setTitleBrush(QBrush(colours.text))
    if font is not None:
        axis.setLabelsFont(font)
        axis.setTitleFont(font)


def bar_chart(
    bars: Sequence[Bar],
    *,
    title: str,
    name: str,
    colours: ChartColours,
    colour: str = "bars",
    unit: str = "",
    maximum: float | None = None,
    font: QFont | None = None,
) -> QChart:
    """One bar per entry of ``bars`` (a missing value draws no bar), named ``name`` in the legend."""
    chart = _chart(title, colours, font)
    bar_set = QBarSet(name)
    bar_set.setColor(colours.series[colour])
    bar_set.setBorderColor(colours.series[colour].darker(130))
    bar_set.setLabelColor(colours.text)  # above the bar, on the background
    if font is not None:
        bar_set.setLabelFont(font)
    for bar in bars:  # whole numbers on screen; the description keeps the decimals
        bar_set.append(0.0 if bar.value is None else float(round(bar.value)))
    series = QBarSeries()
    series.append(bar_set)
    series.setBarWidth(0.7)
    if len(bars) <= VALUE_LABELS_UP_TO:
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(6)
    chart.addSeries(series)
    categories = _bar_axis(bars)
    _style_axis(categories, colours, font)
    values = QValueAxis()
    top = maximum if maximum is not None else _nice(max((b.value or 0 for b in bars), default=0))
    values.setRange(0, top * HEADROOM)
    values.setTickType(QValueAxis.TickType.TicksDynamic)  # ticks at round numbers, none in the headroom
    values.setTickAnchor(0)
    values.setTickInterval(top / 5 if maximum is not None else top / 4)
    values.setLabelFormat("%d")
    if unit:
        values.setTitleText(unit)
    _style_axis(values, colours, font)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    chart.legend().setVisible(False)  # one series: the title names it
    return chart


def _bar_axis(bars: Sequence[Bar]) -> QBarCategoryAxis | QCategoryAxis:
    """A label under every bar when they are few, else a label (and grid line) every week or so."""
    if len(bars) <= VALUE_LABELS_UP_TO:
        axis = QBarCategoryAxis()
        axis.append([bar.label for bar in bars])
        axis.setGridLineVisible(False)
        return axis
    daily = all(bar.start == bar.end for bar in bars)
    step = 7 if daily else math.ceil(len(bars) / 8)
    axis = QCategoryAxis()
    axis.setRange(-0.5, len(bars) - 0.5)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for index in range(0, len(bars), step):
        bar = bars[index]
        axis.append(_day_month(bar.start) if daily else bar.label, index)
    return axis


def _days_axis(start: date, end: date) -> QCategoryAxis:
    """An x axis counted in days from ``start``: a label per day, per week or per month."""
    days = (end - start).days + 1
    axis = QCategoryAxis()
    axis.setRange(0, days)
    axis.setStartValue(0)
    if days <= 7:
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        for offset in range(days):
            day = start + timedelta(days=offset)
            axis.append(weekday_abbr(day), offset + 1)
    elif days <= 62:
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for offset in range(0, days, 7):
            day = start + timedelta(days=offset)
            axis.append(_day_month(day), offset)
    else:
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        years = start.year != end.year
        month = start.replace(day=1)
        while month <= end:
            following = (month + timedelta(days=32)).replace(day=1)
            label = month_abbr(month.month) + (f" {month.year % 100:02d}" if years else "")
            axis.append(label, min((following - start).days, days))
            month = following
    return axis


def _nice(top: float) -> float:
    """A round axis maximum at or above ``top``, four whole-numbered ticks apart."""
    for step in (1, 2, 3, 4, 5, 10, 15, 20, 25, 50, 75, 100, 250, 500, 1000, 2500, 5000):
        if top <= step * 4:
            return step * 4
    return float(math.ceil(top / 4) * 4)


def _x(moment: datetime, origin: datetime, tz: tzinfo) -> float:
    """Days from ``origin`` (local midnight) by the wall clock, so DST days stay one day wide."""
    return (moment.astimezone(tz).replace(tzinfo=None) - origin).total_seconds() / 86400


def _line(points: Sequence[QPointF], name: str, colour: QColor, style: Qt.PenStyle) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    pen = QPen(colour, 2.2, style)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    series.setPen(pen)
    series.append(list(points))
    return series


def _markers(
    points: Sequence[QPointF], colour: QColor, shape: QScatterSeries.MarkerShape, fill: QColor
) -> QScatterSeries:
    series = QScatterSeries()
    series.setMarkerShape(shape)
    series.setMarkerSize(9.0)
    series.setColor(fill)
    series.setBorderColor(colour)
    series.setPen(QPen(colour, 2))
    series.append(list(points))
    return series


def pain_chart(
    data: PainChart,
    start: date,
    end: date,
    tz: tzinfo,
    *,
    colours: ChartColours,
    title: str | None = None,
    font: QFont | None = None,
) -> QChart:
    """Ratings before (solid line, round markers) and after (dashed, square markers), and the trend (dotted).

    ``title`` defaults to "Pain before and after sessions (0–10)" in the user's language.
    """
    if title is None:
        title = Charts.tr("Pain before and after sessions (0–10)")
    chart = _chart(title, colours, font)
    origin = datetime.combine(start, time())

    def points(ratings: Sequence[tuple[datetime, float]]) -> list[QPointF]:
        return [QPointF(_x(at, origin, tz), value) for at, value in ratings]

    shown: list[QLineSeries | QScatterSeries] = []
    before, after = colours.series["before"], colours.series["after"]
    if data.before:
        before_name = Charts.tr("Before (weekly, ●)") if data.averaged else Charts.tr("Before (●)")
        shown.append(_line(points(data.before), before_name, before, Qt.PenStyle.SolidLine))
        shown.append(
            _markers(points(data.before), before, QScatterSeries.MarkerShape.MarkerShapeCircle, before)
        )
    if data.after:
        after_points = points(data.after)
        after_name = Charts.tr("After (weekly, ■)") if data.averaged else Charts.tr("After (■)")
        shown.append(_line(after_points, after_name, after, Qt.PenStyle.DashLine))
        shown.append(
            _markers(after_points, after, QScatterSeries.MarkerShape.MarkerShapeRectangle, colours.background)
        )
    if data.trend is not None:
        name = Charts.tr("Trend")
        shown.append(_line(points(list(data.trend)), name, colours.series["trend"], Qt.PenStyle.DotLine))
    x_axis = _days_axis(start, end)
    y_axis = QValueAxis()
    y_axis.setRange(0, 10)
    y_axis.setTickCount(6)
    y_axis.setLabelFormat("%d")
    for axis in (x_axis, y_axis):
        _style_axis(axis, colours, font)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for series in shown:
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        if isinstance(series, QScatterSeries):
            for marker in chart.legend().markers(series):
                marker.setVisible(False)
    chart.legend().setVisible(bool(shown))
    if not shown:
        chart.setTitle(
            Charts.tr("{title} — no ratings in this period").format(title=title)
            if title
            else Charts.tr("No pain ratings in this period")
        )
    return chart


def describe_bars(bars: Sequence[Bar], unit: str) -> str:
    """The chart as text for screen readers."""
    parts = []
    for bar in bars:
        value = Charts.tr("none") if bar.value is None else f"{bar.value:g} {unit}".strip()
        parts.append(f"{bar.label}: {value}" + (f" ({bar.note})" if bar.note else ""))
    return "; ".join(parts)


def describe_pain(data: PainChart) -> str:
    if data.empty:
        return Charts.tr("No pain ratings in this period.")
    parts = [
        Charts.tr("{before} ratings before sessions, {after} after.").format(
            before=len(data.before), after=len(data.after)
        )
    ]
    if data.slope_per_week is not None:
        if data.trend_of == "before":
            text = Charts.tr("The trend of the ratings before sessions is {slope} points a week.")
        elif data.trend_of == "after":
            text = Charts.tr("The trend of the ratings after sessions is {slope} points a week.")
        else:
            text = "The trend of the ratings " + data.trend_of + " sessions is {slope} points a week."
        parts.append(text.format(slope=f"{data.slope_per_week:+.1f}"))
    return " ".join(parts)


class ChartPanel(QChartView):
    """A chart on screen, antialiased, reachable with Tab and described for screen readers."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumSize(260, 190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_chart(self, chart: QChart, description: str) -> None:
        old = self.chart()
        self.setChart(chart)
        chart.plotAreaChanged.connect(self._fit_labels)
        self._fit_labels()
        self.setAccessibleDescription(description)
        self.setToolTip(description if len(description) < 400 else "")
        if old is not None and old is not chart:
            old.deleteLater()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_labels()

    @Slot()
    def _fit_labels(self) -> None:
        """Turn the x-axis labels upright when they would not fit side by side (then Qt elides them)."""
        chart = self.chart()
        for axis in chart.axes(Qt.Orientation.Horizontal):
            if isinstance(axis, QCategoryAxis):
                labels = axis.categoriesLabels()
            elif isinstance(axis, QBarCategoryAxis):
                labels = axis.categories()
            else:
                continue
            if not labels:
                continue
            metrics = QFontMetricsF(axis.labelsFont())
            widest = max(metrics.horizontalAdvance(label) for label in labels)
            plot = chart.plotArea().width() or self.width() - 60.0  # before the first layout: a guess
            room = plot / (len(labels) + 1) - LABEL_PADDING  # as QtCharts divides the axis
            angle = 0 if widest <= room else -90
            if axis.labelsAngle() != angle:
                axis.setLabelsAngle(angle)
