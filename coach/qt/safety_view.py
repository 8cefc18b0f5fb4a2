"""The safety guidance: the disclaimer, the stop rules and the red-flag checklist."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from coach.core.safety import DISCLAIMER, RED_FLAGS, STOP_RULES, Urgency

# glyphs every common UI font has (⛔ is missing from DejaVu Sans); the words carry the meaning
MARKS = {Urgency.EMERGENCY: "‼ Emergency", Urgency.URGENT: "⚠ Today", Urgency.SOON: "• Soon"}


def safety_html(intro: str | None = None, *, rules: bool = True) -> str:
    """The guidance as simple rich text (also used by the first-run screen and the report)."""
    parts = []
    if intro:
        parts.append(f"<p><b>{escape(intro)}</b></p>")
    parts.append(f"<p>{escape(DISCLAIMER)}</p>")
    if rules:
        parts.append("<h3>While you exercise</h3><ul>")
        parts.extend(f"<li>{escape(rule)}</li>" for rule in STOP_RULES)
        parts.append("</ul>")
    parts.append("<h3>Warning signs that need a doctor</h3>")
    for group in RED_FLAGS:
        parts.append(f"<h4>{escape(MARKS[group.urgency])}: {escape(group.title)}</h4>")
        parts.append(f"<p>{escape(group.action)}</p><ul>")
        parts.extend(f"<li>{escape(item)}</li>" for item in group.items)
        parts.append("</ul>")
    return "".join(parts)


class SafetyView(QScrollArea):
    """Scrollable safety guidance; keyboard-scrollable and readable by screen readers."""

    def __init__(
        self, parent: QWidget | None = None, *, intro: str | None = None, rules: bool = True
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self)
        self.label = QLabel(safety_html(intro, rules=rules), body)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setAccessibleName("Safety guidance")
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(body)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.setWidget(body)
