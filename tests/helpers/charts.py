"""Reading what a QtCharts chart draws: its texts as placed, for tests that look for cut or turned labels."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import QChart
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem, QGraphicsTextItem

ELLIPSES = ("…", "...", "⋮")
_TEXT_ITEM = 8  # QGraphicsTextItem::Type (PySide6 does not export the constant)


@dataclass(frozen=True)
class DrawnText:
    """A text item of a chart: its plain text and rotation in degrees."""

    text: str
    rotation: float


def drawn_texts(chart: QChart) -> list[DrawnText]:
    """Every visible, non-empty text the chart draws: title, axis labels, legend, value labels, notes."""
    found: list[DrawnText] = []

    def visit(item: QGraphicsItem) -> None:
        for child in item.childItems():
            if not child.isVisible():
                continue
            if child.type() == _TEXT_ITEM:
                text_item = child.toGraphicsObject()
                text = text_item.toPlainText() if isinstance(text_item, QGraphicsTextItem) else ""
                if text:
                    found.append(DrawnText(text, child.rotation()))
            elif isinstance(child, QGraphicsSimpleTextItem) and child.text():
                found.append(DrawnText(child.text(), child.rotation()))
            visit(child)

    visit(chart)
    return found


def cut_or_turned(chart: QChart) -> list[DrawnText]:
    """The chart's texts that are elided or not upright (a vertical axis's title is meant to be turned)."""
    titles = {axis.titleText() for axis in chart.axes(Qt.Orientation.Vertical)}
    return [
        t
        for t in drawn_texts(chart)
        if (t.rotation and t.text not in titles) or any(e in t.text for e in ELLIPSES)
    ]
