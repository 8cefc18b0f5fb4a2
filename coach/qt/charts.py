"""QtCharts charts of the history (minutes, breaks, walks, pain), coloured from the palette."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCharts import (
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
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.core.history import Bar, PainChart, weekday_short
from coach.core.i18n import Context
from coach.qt import design
from coach.qt.chart_axes import days_ticks, empty_note, fit_x_labels, nice_range, set_titles, set_x_labels


def _series(scheme: design.Colours) -> dict[str, QColor]:
    """One colour per data series, from the design's scheme: blue, orange, green, red, grey.

    Before and after differ in line style and marker shape too, so no meaning rests on colour alone.
    """
    return {
        name: QColor(colour)
        for name, colour in (
            ("bars", scheme.accent),
            ("adherence", scheme.warning),
            ("walks", scheme.success),
            ("before", scheme.accent),
            ("after", scheme.danger),
            ("trend", scheme.muted),
        )
    }


VALUE_LABELS_UP_TO = 12  # bars carry their value as text when there are this few
HEADROOM = 1.12  # room above the tallest bar for its value
BAR_MARGIN = 0.3  # empty space, in bars, between the y axis and the first bar (and after the last)


class Charts(Context):
    """The translation context of the charts' texts."""


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
        return cls(window, text, grid, _series(design.DARK if dark else design.LIGHT), dark)

    @classmethod
    def for_print(cls) -> ChartColours:
        """Black on white, for the PDF report."""
        return cls(
            QColor("white"),
            QColor("black"),
            QColor("#C8C8C8"),
            _series(design.LIGHT),
            False,
        )


def _chart(title: str | Sequence[str], colours: ChartColours, font: QFont | None) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundBrush(QBrush(colours.background))
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    chart.setBackgroundRoundness(0)
    chart.setPlotAreaBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    set_titles(chart, [title] if isinstance(title, str) else title)
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
    title: str | Sequence[str],
    name: str,
    colours: ChartColours,
    colour: str = "bars",
    unit: str = "",
    maximum: float | None = None,
    font: QFont | None = None,
    empty_text: str = "",
    zero_is_empty: bool = True,
) -> QChart:
    """One bar per entry of ``bars`` (a missing value draws no bar), named ``name`` in the legend.

    When no bar has a value (or every value is zero and ``zero_is_empty``), the plot says
    ``empty_text`` instead. The x-axis labels are thinned to what fits; see :func:`fit_x_labels`.
    """
    chart = _chart(title, colours, font)
    bar_set = QBarSet(name)
    bar_set.setColor(colours.series[colour])
    bar_set.setBorderColor(colours.series[colour].darker(130))
    bar_set.setLabelColor(colours.text)  # above the bar, on the background
    if font is not None:
        bar_set.setLabelFont(font)
    for bar in bars:  # whole numbers on screen; the description keeps the decimals
        bar_set.append(0.0 if bar.value is None else float(round(bar.value)))
    empty = all(bar.value is None or (zero_is_empty and not bar.value) for bar in bars)
    series = QBarSeries()
    series.append(bar_set)
    series.setBarWidth(0.7)
    if len(bars) <= VALUE_LABELS_UP_TO and not empty:
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(6)
    chart.addSeries(series)
    categories = QCategoryAxis()
    categories.setRange(-0.5 - BAR_MARGIN, len(bars) - 0.5 + BAR_MARGIN)
    categories.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    categories.setGridLineVisible(False)  # no line through the bars
    _style_axis(categories, colours, font)
    values = QValueAxis()
    top, step = (
        (maximum, maximum / 5)
        if maximum is not None
        else nice_range(max((b.value or 0 for b in bars), default=0))
    )
    values.setRange(0, top * HEADROOM)
    values.setTickType(QValueAxis.TickType.TicksDynamic)  # ticks at round numbers, none in the headroom
    values.setTickAnchor(0)
    values.setTickInterval(step)
    values.setLabelFormat("%d")
    if unit:
        values.setTitleText(unit)
    _style_axis(values, colours, font)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    chart.legend().setVisible(False)  # one series: the title names it
    daily = all(bar.start == bar.end for bar in bars)
    short = [weekday_short(bar.start) for bar in bars] if daily and len(bars) <= 7 else None
    set_x_labels(
        chart, categories, [(float(i), bar.label) for i, bar in enumerate(bars)], _bar_steps(bars), short
    )
    if empty and empty_text:
        empty_note(chart, empty_text, colours.text, font)
    return chart


def _bar_steps(bars: Sequence[Bar]) -> tuple[int, ...]:
    """Every how many bars a label may go: days by 1, 2 or 7; weeks and months by 1, 2, 3 or 6."""
    if all(bar.start == bar.end for bar in bars):
        return (1, 2, 7, 14)
    return (1, 2, 3, 4, 6, 12)


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
    title: str | Sequence[str] | None = None,
    font: QFont | None = None,
) -> QChart:
    """Ratings before (solid line, round markers) and after (dashed, square markers), and the trend (dotted).

    ``title`` defaults to "Pain before and after sessions (0–10)" in the user's language (with
    "weekly averages" when the points are); an empty chart says so in its plot area.
    """
    if title is None:
        long = (
            Charts.tr("Pain, weekly averages (0–10)")
            if data.averaged
            else Charts.tr("Pain before and after sessions (0–10)")
        )
        title = (long, Charts.tr("Pain (0–10)"))
    chart = _chart(title, colours, font)
    origin = datetime.combine(start, time())

    def points(ratings: Sequence[tuple[datetime, float]]) -> list[QPointF]:
        return [QPointF(_x(at, origin, tz), value) for at, value in ratings]

    shown: list[QLineSeries | QScatterSeries] = []
    before, after = colours.series["before"], colours.series["after"]
    if data.before:
        shown.append(_line(points(data.before), Charts.tr("Before"), before, Qt.PenStyle.SolidLine))
        shown.append(
            _markers(points(data.before), before, QScatterSeries.MarkerShape.MarkerShapeCircle, before)
        )
    if data.after:
        after_points = points(data.after)
        shown.append(_line(after_points, Charts.tr("After"), after, Qt.PenStyle.DashLine))
        shown.append(
            _markers(after_points, after, QScatterSeries.MarkerShape.MarkerShapeRectangle, colours.background)
        )
    if data.trend is not None:
        name = Charts.tr("Trend")
        shown.append(_line(points(list(data.trend)), name, colours.series["trend"], Qt.PenStyle.DotLine))
    days = (end - start).days + 1
    x_axis = QCategoryAxis()
    pad = max(0.3, days / 40) if days <= 62 else 0.0  # markers clear of the axes, about 2.5 % each side
    x_axis.setRange(-pad, days + pad)
    x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    y_axis = QValueAxis()
    y_axis.setRange(0, 10.4)  # room for a marker at 10
    y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
    y_axis.setTickAnchor(0)
    y_axis.setTickInterval(2)
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
    ticks, steps = days_ticks(start, end)
    short = [weekday_short(start + timedelta(days=o)) for o in range(days)] if days <= 7 else None
    set_x_labels(chart, x_axis, ticks, steps, short)
    if not shown:
        empty_note(chart, Charts.tr("No pain ratings in this period"), colours.text, font)
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
        fit_x_labels(self.chart())
