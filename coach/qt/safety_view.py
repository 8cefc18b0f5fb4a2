"""The safety guidance: the disclaimer, the stop rules and the red-flag checklist."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.safety import Urgency
from coach.core.safety_page import Section, safety_page
from coach.qt import design
from coach.qt.design import Icon, Space

# the words carry the meaning; the design system's icon (one shape and colour per level) shows it
MARKS = {
    Urgency.EMERGENCY: QT_TRANSLATE_NOOP("Safety", "Emergency"),
    Urgency.URGENT: QT_TRANSLATE_NOOP("Safety", "Today"),
    Urgency.SOON: QT_TRANSLATE_NOOP("Safety", "Soon"),
}
ICONS = {Urgency.EMERGENCY: Icon.EMERGENCY, Urgency.URGENT: Icon.URGENT, Urgency.SOON: Icon.SOON}


def _section_html(section: Section, *, icons: bool = True) -> str:
    if section.urgency is None:
        parts = [f"<h3>{escape(section.title)}</h3>"]
    else:
        urgency = Urgency(section.urgency)
        mark = translate("Safety", MARKS[urgency])
        icon = design.icon_html(ICONS[urgency], 18) + "&nbsp;" if icons else ""
        parts = [f"<h4>{icon}{escape(mark)}: {escape(section.title)}</h4>"]
    parts.extend(f"<p>{escape(text)}</p>" for text in section.paragraphs)
    tag = "ol" if section.numbered else "ul"
    entries = [escape(item) for item in section.items]
    entries += [f"<b>{escape(name)}</b>: {escape(text)}" for name, text in section.terms]
    if entries:
        parts.append(f"<{tag}>" + "".join(f"<li>{e}</li>" for e in entries) + f"</{tag}>")
    return "".join(parts)


def safety_html(
    intro: str | None = None, *, rules: bool = True, walking: bool = False, icons: bool = True
) -> str:
    """The guidance as simple rich text (also used by the first-run screen, the player and the
    report, which leaves out the ``icons``); ``walking`` adds the walking advice, the causes and the
    questions for a doctor."""
    page = safety_page(rules=rules, walking=walking)
    parts = []
    if intro:
        parts.append(f"<p><b>{escape(intro)}</b></p>")
    parts.extend(f"<p>{escape(text)}</p>" for text in page.intro)
    parts.extend(_section_html(section, icons=icons) for section in page.sections)
    return "".join(parts)


class SafetyView(QScrollArea):
    """Scrollable safety guidance; keyboard-scrollable and readable by screen readers."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        intro: str | None = None,
        rules: bool = True,
        walking: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self)
        self.label = QLabel(safety_html(intro, rules=rules, walking=walking), body)
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
