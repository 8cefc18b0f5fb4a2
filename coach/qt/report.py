"""The visit report: an A4 PDF for a doctor or physiotherapist, written with Qt's own PDF writer.

Text is laid out with QTextDocument and split between pages only where no line, paragraph or
table row would be cut; the charts are QtCharts drawn as vector graphics between the text.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCharts import QChart
from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import QGraphicsScene

from coach.core.durations import format_duration
from coach.core.files import atomic_path
from coach.core.history import Report, WeekRow, day_label, short_date
from coach.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from coach.core.safety import DISCLAIMER, DOCTOR_QUESTIONS
from coach.qt.charts import ChartColours, bar_chart, pain_chart
from coach.qt.report_pages import Chart, Text, lay_out, paint
from coach.qt.safety_view import safety_html


class ReportText(Context):
    """The translation context of the visit report (English plurals without a translator)."""


TITLE = QT_TRANSLATE_NOOP("ReportText", "Coach — back care report")
DPI = 300
MARGIN_MM = 16
_CSS = """
h1 { font-size: 20pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 10pt; margin-bottom: 4pt; }
h3 { font-size: 11pt; margin-top: 8pt; margin-bottom: 2pt; }
h4 { font-size: 10pt; margin-top: 6pt; margin-bottom: 2pt; }
p, li { margin-top: 0; margin-bottom: 3pt; }
th { background-color: #E8E8E8; font-weight: bold; }
.note { font-size: 11pt; }
.small { font-size: 8.5pt; color: #444444; }
.box { background-color: #F2F2F2; }
"""


CELL_PADDING = 5  # around each table cell, in CSS pixels (about 1.3 mm)


def _number(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


TABLE_FONT = "font-size: 8pt; white-space: nowrap"  # every cell on one line


def _week_cells(row: WeekRow, label: str, *, bold: bool = False) -> str:
    cells = [
        label,
        str(row.sessions),
        f"{row.minutes:.0f}",
        row.adherence_text,
        str(row.walks),
        str(row.stopped_for_pain),
        _number(row.pain_before),
        _number(row.pain_after),
    ]
    style = TABLE_FONT + ("; font-weight: bold" if bold else "")
    return "".join(
        f"<td align='{'left' if i == 0 else 'right'}' style='{style}'>{escape(c)}</td>"
        for i, c in enumerate(cells)
    )


def table_header() -> tuple[list[str], str, list[str]]:
    """The weekly table's headings: six columns, then "Pain (0–10)" over "before" and "after"."""
    columns = [
        ReportText.tr("Week of"),
        ReportText.tr("Sessions"),
        ReportText.tr("Minutes"),
        ReportText.tr("Breaks taken"),
        ReportText.tr("Walks"),
        ReportText.tr("Stopped"),
    ]
    return columns, ReportText.tr("Pain (0–10)"), [ReportText.tr("before"), ReportText.tr("after")]


def _table_html(data: Report) -> str:
    columns, pain, pain_columns = table_header()
    first = "".join(
        f"<th rowspan='2' align='{'left' if i == 0 else 'right'}' valign='bottom' style='{TABLE_FONT}'>"
        f"{escape(h)}</th>"
        for i, h in enumerate(columns)
    )
    first += f"<th colspan='2' align='center' style='{TABLE_FONT}'>{escape(pain)}</th>"
    second = "".join(f"<th align='right' style='{TABLE_FONT}'>{escape(h)}</th>" for h in pain_columns)
    years = data.start.year != data.end.year  # then each week says which year it is in
    rows = "".join(f"<tr>{_week_cells(r, day_label(r.monday, year=years))}</tr>" for r in data.weeks)
    all_weeks = ReportText.tr("All weeks")
    total = f"<tr>{_week_cells(data.total, all_weeks, bold=True)}</tr>"
    return (
        f"<table width='100%' border='1' cellspacing='0' cellpadding='{CELL_PADDING}' "
        "style='border-collapse: collapse; border-color: #999999'>"
        f"<thead><tr>{first}</tr><tr>{second}</tr></thead>{rows}{total}</table>"
    )


def _summary_html(data: Report) -> str:
    weeks = len(data.weeks)
    table = _table_html(data)
    t = data.total
    trend = data.trend
    if trend.trend == "not enough ratings":
        trend_text = ReportText.tr("There are not enough pain ratings in this period to see a trend.")
    else:
        slope = trend.slope_before if trend.slope_before is not None else trend.slope_after
        if trend.trend == "rising":
            trend_text = ReportText.tr("Pain ratings were rising over the period ({slope} points a week).")
        elif trend.trend == "falling":
            trend_text = ReportText.tr("Pain ratings were falling over the period ({slope} points a week).")
        elif trend.trend == "steady":
            trend_text = ReportText.tr("Pain ratings were steady over the period ({slope} points a week).")
        else:
            trend_text = "Pain ratings were " + trend.trend + " over the period ({slope} points a week)."
        trend_text = trend_text.format(slope=f"{slope:+.1f}")
    facts = [
        ReportText.tr(
            "{sessions} exercise sessions, {total} in all (about {minutes} minutes a week)."
        ).format(
            sessions=t.sessions,
            total=format_duration(round(t.minutes) * 60),
            minutes=f"{t.minutes / weeks:.0f}",
        ),
        ReportText.tr(
            "Movement breaks taken when due: {rate}; {postponed} postponed, "
            "{natural} natural breaks away from the desk."
        ).format(rate=t.adherence_text, postponed=t.adherence.postponed, natural=t.adherence.natural),
        ReportText.tr("{walks} walks (about {per_week} a week).").format(
            walks=t.walks, per_week=f"{t.walks / weeks:.1f}"
        ),
        ReportText.tr("Sessions stopped because of pain: {count}.").format(count=t.stopped_for_pain),
        ReportText.tr("Average pain (0–10): {before} before sessions, {after} after.").format(
            before=_number(t.pain_before), after=_number(t.pain_after)
        ),
        trend_text,
    ]
    note = escape(ReportText.tr("Note:"))
    advice = f"<p><b>{note}</b> {escape(data.note.advice)}</p>" if data.note.advice else ""
    explanation = ReportText.tr(
        "Weeks run Monday to Sunday; the last one ends today. Breaks taken: the movement breaks taken "
        "when due, out of those taken, skipped or left unanswered; postponed reminders count by how they "
        "finally ended. Stopped: sessions stopped because of pain. Pain is the person's own rating from "
        "0 (none) to 10 (worst), averaged over the week."
    )
    summary = escape(ReportText.tr("Summary"))
    return (
        f"<h2>{summary}</h2><ul>" + "".join(f"<li>{escape(f)}</li>" for f in facts) + "</ul>" + advice + table
        + f"<p class='small'>{escape(explanation)}</p>"
    )  # fmt: skip


def _header_html(data: Report) -> str:
    weeks = len(data.weeks)
    period = ReportText.tr("<b>Period:</b> {start} to {end} (%n week(s))", "", weeks).format(
        start=escape(day_label(data.start, year=True)), end=escape(day_label(data.end, year=True))
    )
    made = ReportText.tr("Made by Coach on {date} from the person's own session log.").format(
        date=short_date(data.end)
    )
    return (
        f"<h1>{escape(translate('ReportText', TITLE))}</h1>"
        f"<p>{period}<br>{escape(made)}</p>"
        f"<table width='100%' cellpadding='6' class='box'><tr><td><i>{escape(translate('Safety', DISCLAIMER))}</i></td></tr></table>"
    )


MAX_STOPPED_LISTED = 20  # the report lists this many of the most recent sessions stopped for pain


def _stopped_html(data: Report) -> str:
    if not data.stopped:
        heading = escape(ReportText.tr("Sessions stopped because of pain"))
        return f"<h2>{heading}</h2><p>" + escape(ReportText.tr("None in this period.")) + "</p>"
    items = []
    for s in data.stopped[-MAX_STOPPED_LISTED:]:  # the most recent
        text = ReportText.tr("{day}, {time} — {routine}: stopped after {done} of {planned}").format(
            day=day_label(s.at.date(), year=True),
            time=f"{s.at:%H:%M}",
            routine=s.routine_name,
            done=format_duration(s.seconds_done),
            planned=format_duration(s.seconds_planned),
        )
        if s.pain_before is not None or s.pain_after is not None:
            text += ReportText.tr("; pain {before} → {after}").format(
                before=s.pain_before if s.pain_before is not None else "–",
                after=s.pain_after if s.pain_after is not None else "–",
            )
        item = escape(text) + (f"<br><i>“{escape(s.note)}”</i>" if s.note else "")
        items.append(f"<li>{item}</li>")
    heading = escape(
        ReportText.tr("Sessions stopped because of pain ({count})").format(count=len(data.stopped))
    )
    earlier = len(data.stopped) - len(items)
    more = ""
    if earlier:
        more = (
            "<p>"
            + escape(
                ReportText.tr(
                    "… and %n earlier one(s), not listed here (they are all in the log).", "", earlier
                )
            )
            + "</p>"
        )
    return f"<h2>{heading}</h2><ul>{''.join(items)}</ul>{more}"


def _questions_html() -> str:
    items = "".join(f"<li>{escape(translate('Safety', q))}</li>" for q in DOCTOR_QUESTIONS)
    heading = escape(ReportText.tr("Questions to ask at your visit"))
    space = escape(ReportText.tr("Space for your own questions and the answers:"))
    return (
        f"<h2>{heading}</h2><ol>" + items + "</ol>"
        f"<p class='small'>{space}</p>"
        "<p>______________________________________________________________________________</p>"
        "<p>______________________________________________________________________________</p>"
    )


def _red_flags_html() -> str:
    """The warning signs, without the disclaimer (already on page one) or symbols fonts may lack."""
    disclaimer = translate("Safety", DISCLAIMER)
    body = safety_html(None, rules=False, icons=False).replace(f"<p>{escape(disclaimer)}</p>", "", 1)
    return body.replace("<h3>", "<h2>", 1).replace("</h3>", "</h2>", 1)


def _document(html: str, writer: QPdfWriter, width: float, font: QFont) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(_CSS)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


def _nothing_html(data: Report) -> str:
    """The whole report when nothing was logged in its weeks."""
    heading = escape(ReportText.tr("Nothing to report yet"))
    text = ReportText.tr(
        "No exercise sessions, movement breaks or walks were logged in these %n week(s), so there are "
        "no numbers or charts to show.",
        "",
        len(data.weeks),
    )
    advice = ReportText.tr(
        "Coach logs each session, break and walk as it happens. Make a new report once it has been "
        "used for a few weeks; it then shows how often the exercises were done, how many breaks were "
        "taken and how pain changed."
    )
    return f"<h2>{heading}</h2><p class='note'>{escape(text)}</p><p>{escape(advice)}</p>"


def _chart_font() -> QFont:
    font = QFont()
    font.setPixelSize(15)
    return font


def _blocks(data: Report, writer: QPdfWriter, width: float) -> list[Text | Chart]:
    font = QFont()
    font.setPointSizeF(9.5)

    def text(html: str, *, keep_together: bool = False) -> Text:
        return Text(_document(html, writer, width, font), keep_together)

    if data.empty:
        return [text(_header_html(data)), text(_nothing_html(data))]

    def chart(made: QChart, aspect: float) -> Chart:
        scene = QGraphicsScene()
        scene.addItem(made)
        placed = Chart(made, scene, aspect)
        placed.set_aspect(aspect)
        return placed

    colours, chart_font = ChartColours.for_print(), _chart_font()
    pain = data.pain
    if pain.averaged:
        points = ReportText.tr(
            "Points are weekly averages of the ratings from 0 (no pain) to 10 (worst): before a session as a "
            "solid line with round markers, after it as a dashed line with square markers."
        )
    else:
        points = ReportText.tr(
            "Points are each session's ratings from 0 (no pain) to 10 (worst): before a session as a "
            "solid line with round markers, after it as a dashed line with square markers."
        )
    trend = ""
    if pain.slope_per_week is not None:
        if pain.trend_of == "after":
            trend = ReportText.tr(
                "The dotted line is the trend of the ratings after sessions ({slope} points a week)."
            )
        else:
            trend = ReportText.tr(
                "The dotted line is the trend of the ratings before sessions ({slope} points a week)."
            )
        trend = " " + trend.format(slope=f"{pain.slope_per_week:+.1f}")
    return [
        text(_header_html(data)),
        text(_summary_html(data)),
        text(
            "<h2>" + escape(ReportText.tr("Pain before and after sessions")) + "</h2>"
            f"<p class='small'>{escape(points)}{escape(trend)}</p>"
        ),
        chart(
            pain_chart(pain, data.start, data.end, data.tz, colours=colours, title="", font=chart_font), 0.3
        ),
        text("<h2>" + escape(ReportText.tr("Movement breaks taken when due, per week")) + "</h2>"),
        chart(
            bar_chart(
                data.adherence,
                title="",
                name=ReportText.tr("Breaks taken"),
                colours=colours,
                colour="adherence",
                maximum=100,
                unit=ReportText.tr("% taken"),
                font=chart_font,
                empty_text=ReportText.tr("No breaks were due in these weeks"),
                zero_is_empty=False,
            ),
            0.22,
        ),
        text(_stopped_html(data)),
        text(_questions_html(), keep_together=True),
        *(text(group, keep_together=True) for group in _groups(_red_flags_html())),
    ]


def _groups(html: str) -> list[str]:
    """The warning signs cut into their groups (the heading stays with the first), each kept on one page."""
    head, *groups = html.split("<h4>")
    if not groups:
        return [html]
    return [head + "<h4>" + groups[0], *("<h4>" + group for group in groups[1:])]


def _footer(painter: QPainter, data: Report, page: int, pages: int, rect: QRectF) -> None:
    font = QFont()
    font.setPointSizeF(7.5)
    painter.setFont(font)
    painter.setPen(QPen(QColor("#555555")))
    period = f"{short_date(data.start)} – {short_date(data.end)}"
    title = translate("ReportText", TITLE)
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, f"{title} · {period}")
    painter.drawText(
        rect,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
        ReportText.tr("Page {page} of {pages}").format(page=page, pages=pages),
    )


def render(data: Report, writer: QPdfWriter) -> int:
    """Lay the report out on ``writer``'s pages and paint it; returns the number of pages."""
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(DPI)
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    writer.setTitle(translate("ReportText", TITLE))
    writer.setCreator("Coach")
    area = QRectF(writer.pageLayout().paintRectPixels(DPI))
    width, full = area.width(), area.height()
    footer = DPI * 0.25  # a quarter inch for the page number line
    gap = DPI * 0.06
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF file cannot be created")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pages = lay_out(_blocks(data, writer, width), width, full - footer, gap)
        for number, page in enumerate(pages, 1):
            if number > 1:
                writer.newPage()
            for placed in page:
                paint(painter, placed, 0.0, 0.0, width)
            _footer(painter, data, number, len(pages), QRectF(0, 0, width, full))
    finally:
        painter.end()
    return len(pages)


def write_report(data: Report, path: Path | str) -> int:
    """Write the report to ``path`` (replaced only when complete); returns the number of pages."""
    with atomic_path(path) as temporary:
        writer = QPdfWriter(str(temporary))
        pages = render(data, writer)
        del writer  # flushes and closes the file
    return pages
