"""The visit report: an A4 PDF for a doctor or physiotherapist, written with Qt's own PDF writer.

Text is laid out with QTextDocument and split between pages only where no line, paragraph or
table row would be cut; the charts are QtCharts drawn as vector graphics between the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCharts import QChart
from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument
from PySide6.QtWidgets import QGraphicsScene

from coach.core.durations import format_duration
from coach.core.files import atomic_path
from coach.core.history import Report, WeekRow, day_label, short_date
from coach.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from coach.core.safety import DISCLAIMER, DOCTOR_QUESTIONS
from coach.qt.charts import ChartColours, bar_chart, pain_chart
from coach.qt.safety_view import safety_html


class ReportText(Context):
    """The translation context of the visit report (English plurals without a translator)."""


TITLE = QT_TRANSLATE_NOOP("ReportText", "Coach — back care report")
DPI = 300
MARGIN_MM = 16
CHART_WIDTH = 900  # the charts' own coordinates; they are scaled to the text width
_CSS = """
h1 { font-size: 20pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 10pt; margin-bottom: 4pt; }
h3 { font-size: 11pt; margin-top: 8pt; margin-bottom: 2pt; }
h4 { font-size: 10pt; margin-top: 6pt; margin-bottom: 2pt; }
p, li { margin-top: 0; margin-bottom: 3pt; }
th { background-color: #E8E8E8; font-weight: bold; }
td, th { padding: 3pt; }
.small { font-size: 8.5pt; color: #444444; }
.box { background-color: #F2F2F2; }
"""


@dataclass
class _Text:
    doc: QTextDocument
    new_page: bool = False  # start on a fresh page (the warning signs make a sheet of their own)


@dataclass
class _Chart:
    chart: QChart
    scene: QGraphicsScene
    aspect: float  # height / width


@dataclass
class _Placed:
    block: _Text | _Chart
    y: float
    offset: float  # for text: where in the document this slice starts
    height: float


def _number(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _week_cells(row: WeekRow, label: str) -> str:
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
    return "".join(
        f"<td align='{'left' if i == 0 else 'right'}'>{escape(c)}</td>" for i, c in enumerate(cells)
    )


def _summary_html(data: Report) -> str:
    weeks = len(data.weeks)
    header = [
        ReportText.tr("Week of"),
        ReportText.tr("Sessions"),
        ReportText.tr("Minutes"),
        ReportText.tr("Breaks taken when due"),
        ReportText.tr("Walks"),
        ReportText.tr("Stopped for pain"),
        ReportText.tr("Pain before"),
        ReportText.tr("Pain after"),
    ]
    rows = "".join(f"<tr>{_week_cells(r, day_label(r.monday))}</tr>" for r in data.weeks)
    total = _week_cells(data.total, ReportText.tr("All weeks")).replace("<td", "<td style='font-weight:bold'")
    total_row = f"<tr>{total}</tr>"
    table = (
        "<table width='100%' border='1' cellspacing='0' cellpadding='3' style='border-color:#999999'>"
        f"<thead><tr>{''.join(f'<th>{escape(h)}</th>' for h in header)}</tr></thead>{rows}{total_row}</table>"
    )
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
        "Weeks run Monday to Sunday; the last one ends today. Breaks taken when due "
        "counts reminders that were taken out of those taken, skipped or left unanswered; postponed "
        "reminders count by how they finally ended. Pain is the person's own rating from 0 (none) to 10 (worst)."
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


def _stopped_html(data: Report) -> str:
    if not data.stopped:
        heading = escape(ReportText.tr("Sessions stopped because of pain"))
        return f"<h2>{heading}</h2><p>" + escape(ReportText.tr("None in this period.")) + "</p>"
    items = []
    for s in data.stopped:
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
    return f"<h2>{heading}</h2><ul>{''.join(items)}</ul>"


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


def _chart_font() -> QFont:
    font = QFont()
    font.setPixelSize(15)
    return font


def _blocks(data: Report, writer: QPdfWriter, width: float) -> list[_Text | _Chart]:
    font = QFont()
    font.setPointSizeF(9.5)

    def text(html: str, *, new_page: bool = False) -> _Text:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(_CSS)
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        doc.setTextWidth(width)
        return _Text(doc, new_page)

    def chart(made: QChart, aspect: float) -> _Chart:
        scene = QGraphicsScene()
        scene.addItem(made)
        made.resize(QSizeF(CHART_WIDTH, CHART_WIDTH * aspect))
        return _Chart(made, scene, aspect)

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
            pain_chart(pain, data.start, data.end, data.tz, colours=colours, title="", font=chart_font), 0.42
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
            ),
            0.32,
        ),
        text(_stopped_html(data)),
        text(_questions_html()),
        text(_red_flags_html(), new_page=True),
    ]


def _block_spans(doc: QTextDocument) -> list[tuple[float, float]]:
    """``(top, bottom)`` of every paragraph and table cell, in document coordinates."""
    layout = doc.documentLayout()
    spans = []
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        spans.append((rect.top(), rect.bottom()))
        block = block.next()
    return spans


def _line_spans(doc: QTextDocument) -> list[tuple[float, float]]:
    """``(top, bottom)`` of every line of text, in document coordinates."""
    layout = doc.documentLayout()
    spans = []
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            spans.append((top + line.y(), top + line.y() + line.height()))
        block = block.next()
    return spans


def _lowest_cut(spans: list[tuple[float, float]], start: float, limit: float) -> float | None:
    """The lowest bottom in (start, limit] that no span crosses."""
    best = None
    for _top, bottom in spans:
        if (
            start < bottom <= limit
            and (best is None or bottom > best)
            and not any(top + 0.5 < bottom < end - 0.5 for top, end in spans)
        ):
            best = bottom
    return best


def _cut(doc: QTextDocument, start: float, limit: float) -> float | None:
    """Where to end a page: between paragraphs or table rows if that wastes under a third of
    the space, else between two lines; None if not even one line fits."""
    between_blocks = _lowest_cut(_block_spans(doc), start, limit)
    if between_blocks is not None and between_blocks - start >= (limit - start) * 2 / 3:
        return between_blocks
    return _lowest_cut(_line_spans(doc), start, limit) or between_blocks


def _flow(blocks: list[_Text | _Chart], width: float, height: float, gap: float) -> list[list[_Placed]]:
    pages: list[list[_Placed]] = [[]]
    y = 0.0
    for block in blocks:
        if isinstance(block, _Chart):
            tall = width * block.aspect
            if y + tall > height and y > 0:
                pages.append([])
                y = 0.0
            pages[-1].append(_Placed(block, y, 0.0, tall))
            y += tall + gap
            continue
        if block.new_page and y > 0:
            pages.append([])
            y = 0.0
        total, offset = block.doc.size().height(), 0.0
        keep_with_next = total < height * 0.12  # a lone heading moves with what follows it
        if keep_with_next and y + total + height * 0.25 > height and y > 0:
            pages.append([])
            y = 0.0
        while offset < total - 0.5:
            room = height - y
            if total - offset <= room:
                pages[-1].append(_Placed(block, y, offset, total - offset))
                y += total - offset + gap
                break
            cut = _cut(block.doc, offset, offset + room)
            if cut is None and y > 0:
                pages.append([])
                y = 0.0
                continue
            cut = cut if cut is not None else offset + room
            pages[-1].append(_Placed(block, y, offset, cut - offset))
            pages.append([])
            y, offset = 0.0, cut
    return [page for page in pages if page]


def _paint(painter: QPainter, placed: _Placed, x: float, top: float, width: float) -> None:
    block = placed.block
    if isinstance(block, _Chart):
        target = QRectF(x, top + placed.y, width, placed.height)
        block.scene.render(painter, target, QRectF(0, 0, CHART_WIDTH, CHART_WIDTH * block.aspect))
        return
    painter.save()
    painter.translate(x, top + placed.y - placed.offset)
    block.doc.drawContents(painter, QRectF(0, placed.offset, width, placed.height))
    painter.restore()


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
        pages = _flow(_blocks(data, writer, width), width, full - footer, gap)
        for number, page in enumerate(pages, 1):
            if number > 1:
                writer.newPage()
            for placed in page:
                _paint(painter, placed, 0.0, 0.0, width)
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
