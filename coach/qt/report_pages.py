"""Laying the visit report out on pages: text cut only between lines or table rows, charts whole.

A text block is split where no line, paragraph or table row would be cut (a table carried over
repeats its heading rows); a chart moves whole to the next page; the charts shrink a little when
that saves a page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import QChart
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPainter, QTextDocument, QTextTable
from PySide6.QtWidgets import QGraphicsScene

from coach.qt.chart_axes import fit_x_labels

CHART_WIDTH = 900  # the charts' own coordinates; they are scaled to the text width


@dataclass
class Text:
    doc: QTextDocument
    keep_together: bool = False  # start a new page rather than split it, if it fits on one


@dataclass
class Chart:
    chart: QChart
    scene: QGraphicsScene
    aspect: float  # height / width

    def set_aspect(self, aspect: float) -> None:
        """Lay the chart out at ``aspect`` (height / width), with the x labels that fit."""
        self.aspect = aspect
        self.chart.resize(QSizeF(CHART_WIDTH, CHART_WIDTH * aspect))
        self.chart.layout().activate()  # lay the chart out now: the plot area decides which labels fit
        fit_x_labels(self.chart)
        self.chart.layout().activate()  # and again, with those labels


@dataclass
class Placed:
    block: Text | Chart
    y: float
    offset: float  # for text: where in the document this slice starts
    height: float
    header: tuple[float, float] | None = None  # a table's heading rows repeated above the slice


def block_spans(doc: QTextDocument) -> list[tuple[float, float]]:
    """``(top, bottom)`` of every paragraph and table cell, in document coordinates."""
    layout = doc.documentLayout()
    spans = []
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        spans.append((rect.top(), rect.bottom()))
        block = block.next()
    return spans


def line_spans(doc: QTextDocument) -> list[tuple[float, float]]:
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
    together = _last_rows(doc)
    between_blocks = _lowest_cut(block_spans(doc) + together, start, limit)
    if between_blocks is not None and between_blocks - start >= (limit - start) * 2 / 3:
        return between_blocks
    return _lowest_cut(line_spans(doc) + together, start, limit) or between_blocks


def _last_rows(doc: QTextDocument) -> list[tuple[float, float]]:
    """The last two rows of each table as one span: a total row never starts a page alone."""
    layout, spans = doc.documentLayout(), []
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable) and frame.rows() >= frame.format().headerRowCount() + 2:
            last = frame.cellAt(frame.rows() - 1, 0).lastCursorPosition().block()
            spans.append(
                (_text_top(frame, frame.rows() - 2, layout), layout.blockBoundingRect(last).bottom())
            )
    return spans


def table_heads(doc: QTextDocument) -> list[tuple[tuple[float, float], float]]:
    """For each table with heading rows: ``((top, bottom) of those rows, bottom of the table)``."""
    layout, found = doc.documentLayout(), []
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable) or frame.format().headerRowCount() < 1:
            continue
        rows = frame.format().headerRowCount()
        if frame.rows() <= rows:
            continue
        last = frame.cellAt(frame.rows() - 1, 0).lastCursorPosition().block()
        boundary = _row_top(frame, rows, layout)  # between the heading rows and the first row of data
        first_text = min(
            layout.blockBoundingRect(frame.cellAt(0, c).firstCursorPosition().block()).top()
            for c in range(frame.columns())
        )
        padding = _text_top(frame, rows, layout) - boundary  # above a cell's text: padding and border
        found.append(((first_text - padding, boundary), layout.blockBoundingRect(last).bottom()))
    return found


def _row_top(table: QTextTable, row: int, layout) -> float:
    """Where ``row`` (not the first) begins: halfway between the row above's lowest text and its own."""
    above = max(
        layout.blockBoundingRect(table.cellAt(row - 1, c).lastCursorPosition().block()).bottom()
        for c in range(table.columns())
        if table.cellAt(row - 1, c).row() == row - 1  # not a cell spanning down from further up
    )
    return (above + _text_top(table, row, layout)) / 2


def _text_top(table: QTextTable, row: int, layout) -> float:
    return min(
        layout.blockBoundingRect(table.cellAt(row, c).firstCursorPosition().block()).top()
        for c in range(table.columns())
    )


def flow(blocks: list[Text | Chart], width: float, height: float, gap: float) -> list[list[Placed]]:
    pages: list[list[Placed]] = [[]]
    y = 0.0
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(block, Chart):
            tall = width * block.aspect
            if y + tall > height and y > 0:
                pages.append([])
                y = 0.0
            pages[-1].append(Placed(block, y, 0.0, tall))
            y += tall + gap
            continue
        total, offset = block.doc.size().height(), 0.0
        if block.keep_together and y > 0 and y + total > height and total <= height:
            pages.append([])
            y = 0.0
        keep_with_next = total < height * 0.12  # a lone heading moves with what follows it
        # ...with all of a chart, or with a few lines of text
        after = width * following.aspect if isinstance(following, Chart) else height * 0.25
        if keep_with_next and y + total + after > height and y > 0:
            pages.append([])
            y = 0.0
        heads = table_heads(block.doc)
        while offset < total - 0.5:
            # a table carried over from the last page starts with its heading rows again
            header = next((h for h, end in heads if h[1] <= offset + 0.5 and offset < end - 0.5), None)
            above = header[1] - header[0] if header else 0.0
            room = height - y - above
            if total - offset <= room:
                pages[-1].append(Placed(block, y, offset, total - offset, header))
                y += above + total - offset + gap
                break
            cut = _cut(block.doc, offset, offset + room)
            if cut is None and y > 0:
                pages.append([])
                y = 0.0
                continue
            cut = cut if cut is not None else offset + room
            pages[-1].append(Placed(block, y, offset, cut - offset, header))
            pages.append([])
            y, offset = 0.0, cut
    return [page for page in pages if page]


CHART_SCALES = (1.0, 0.88, 0.76)  # charts may shrink this far to save a page


def lay_out(blocks: list[Text | Chart], width: float, height: float, gap: float) -> list[list[Placed]]:
    """The pages, with the charts as large and the gaps as wide as they can be without adding a page."""
    charts = [b for b in blocks if isinstance(b, Chart)]
    natural = [c.aspect for c in charts]
    best: tuple[int, float, float] | None = None
    for spacing in (gap, gap / 2):
        for scale in CHART_SCALES:
            for chart, aspect in zip(charts, natural, strict=True):
                chart.aspect = aspect * scale
            pages = len(flow(blocks, width, height, spacing))
            if best is None or pages < best[0]:
                best = (pages, scale, spacing)
    assert best is not None
    _pages, scale, spacing = best
    for chart, aspect in zip(charts, natural, strict=True):
        chart.set_aspect(aspect * scale)
    return flow(blocks, width, height, spacing)


def paint(painter: QPainter, placed: Placed, x: float, top: float, width: float) -> None:
    block = placed.block
    if isinstance(block, Chart):
        target = QRectF(x, top + placed.y, width, placed.height)
        block.scene.render(painter, target, QRectF(0, 0, CHART_WIDTH, CHART_WIDTH * block.aspect))
        return
    y = top + placed.y
    if placed.header is not None:
        head_top, head_bottom = placed.header
        painter.save()
        painter.translate(x, y - head_top)
        block.doc.drawContents(painter, QRectF(0, head_top, width, head_bottom - head_top))
        painter.restore()
        y += head_bottom - head_top
    painter.save()
    painter.translate(x, y - placed.offset)
    block.doc.drawContents(painter, QRectF(0, placed.offset, width, placed.height))
    painter.restore()
