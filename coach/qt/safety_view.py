"""The safety guidance: the disclaimer, the stop rules and the red-flag checklist."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.safety import DISCLAIMER, RED_FLAGS, STOP_RULES, Urgency
from coach.qt import design
from coach.qt.design import Icon, Space

# the words carry the meaning; the design system's icon (one shape and colour per level) shows it
MARKS = {
    Urgency.EMERGENCY: QT_TRANSLATE_NOOP("Safety", "Emergency"),
    Urgency.URGENT: QT_TRANSLATE_NOOP("Safety", "Today"),
    Urgency.SOON: QT_TRANSLATE_NOOP("Safety", "Soon"),
}
ICONS = {Urgency.EMERGENCY: Icon.EMERGENCY, Urgency.URGENT: Icon.URGENT, Urgency.SOON: Icon.SOON}


def _safety(text: str) -> str:
    """A text of ``coach.core.safety`` in the user's language."""
    return translate("Safety", text)


def safety_html(intro: str | None = None, *, rules: bool = True, icons: bool = True) -> str:
    """The guidance as simple rich text (also used by the first-run screen and the report, which
    leaves out the ``icons``)."""
    parts = []
    if intro:
        parts.append(f"<p><b>{escape(intro)}</b></p>")
    parts.append(f"<p>{escape(_safety(DISCLAIMER))}</p>")
    if rules:
        heading = QCoreApplication.translate("Safety", "While you exercise")
        parts.append(f"<h3>{escape(heading)}</h3><ul>")
        parts.extend(f"<li>{escape(_safety(rule))}</li>" for rule in STOP_RULES)
        parts.append("</ul>")
    parts.append(
        "<h3>" + escape(QCoreApplication.translate("Safety", "Warning signs that need a doctor")) + "</h3>"
    )
    for group in RED_FLAGS:
        mark = design.icon_html(ICONS[group.urgency], 18) + "&nbsp;" if icons else ""
        parts.append(
            f"<h4>{mark}{escape(_safety(MARKS[group.urgency]))}: {escape(_safety(group.title))}</h4>"
        )
        parts.append(f"<p>{escape(_safety(group.action))}</p><ul>")
        parts.extend(f"<li>{escape(_safety(item))}</li>" for item in group.items)
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
        self.label.setAccessibleName(self.tr("Safety guidance"))
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(Space.L, Space.L, Space.L, Space.L)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.setWidget(body)
