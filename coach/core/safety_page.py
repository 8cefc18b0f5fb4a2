"""The Safety page as plain data, in the user's language: shown in the window and by ``coach safety``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.safety import (
    CAUSES,
    DISCLAIMER,
    DOCTOR_QUESTIONS,
    MOVEMENT_REASSURANCE,
    PAIN_ON_A_WALK,
    REASSURANCE,
    RED_FLAGS,
    STOP_RULES,
    WALKING_CHECKLIST,
)

WHILE_YOU_EXERCISE = QT_TRANSLATE_NOOP("Safety", "While you exercise")
WARNING_SIGNS = QT_TRANSLATE_NOOP("Safety", "Warning signs that need a doctor")
ON_A_WALK = QT_TRANSLATE_NOOP("Safety", "Walking with a sore back")
PAIN_STARTS = QT_TRANSLATE_NOOP("Safety", "If pain starts on a walk")
WHY = QT_TRANSLATE_NOOP("Safety", "Why your back may hurt when you walk")
QUESTIONS = QT_TRANSLATE_NOOP("Safety", "Questions to ask your doctor")


@dataclass(frozen=True)
class Section:
    """One part of the page: a heading, paragraphs, then a list or named entries.

    ``level`` 1 is a main heading, 2 one under it (a group of warning signs); ``urgency`` is
    set on the warning-sign groups so a view can mark them.
    """

    key: str
    title: str
    level: int = 1
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    terms: tuple[tuple[str, str], ...] = ()  # (name, explanation)
    urgency: str | None = None
    numbered: bool = False

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"key": self.key, "title": self.title, "level": self.level}
        if self.urgency:
            data["urgency"] = self.urgency
        if self.paragraphs:
            data["paragraphs"] = list(self.paragraphs)
        if self.items:
            data["items"] = list(self.items)
        if self.terms:
            data["terms"] = [{"name": n, "text": t} for n, t in self.terms]
        return data


@dataclass(frozen=True)
class SafetyPage:
    """The disclaimer and reassurance on top, then the sections in reading order."""

    intro: tuple[str, ...]
    sections: tuple[Section, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {"intro": list(self.intro), "sections": [s.to_json() for s in self.sections]}


def _t(text: str) -> str:
    return translate("Safety", text)


def warning_sections() -> tuple[Section, ...]:
    """The heading of the warning signs and one section per group, most urgent first."""
    groups = tuple(
        Section(
            key=f"warning-signs-{group.urgency.value}",
            title=_t(group.title),
            level=2,
            paragraphs=(_t(group.action),),
            items=tuple(_t(i) for i in group.items),
            urgency=group.urgency.value,
        )
        for group in RED_FLAGS
    )
    return (Section("warning-signs", _t(WARNING_SIGNS)), *groups)


def safety_page(*, rules: bool = True, walking: bool = True) -> SafetyPage:
    """The whole page; ``rules`` adds the in-session stop rules, ``walking`` the walking advice,
    the causes and the questions for a doctor (the Safety page has all of it; the welcome
    shows only the disclaimer and the warning signs)."""
    intro = (_t(DISCLAIMER), _t(REASSURANCE), _t(MOVEMENT_REASSURANCE)) if walking else (_t(DISCLAIMER),)
    sections: list[Section] = []
    if rules:
        sections.append(
            Section("while-you-exercise", _t(WHILE_YOU_EXERCISE), items=tuple(map(_t, STOP_RULES)))
        )
    sections.extend(warning_sections())
    if walking:
        sections.append(Section("walking", _t(ON_A_WALK), items=tuple(map(_t, WALKING_CHECKLIST))))
        sections.append(Section("pain-on-a-walk", _t(PAIN_STARTS), items=tuple(map(_t, PAIN_ON_A_WALK))))
        sections.append(Section("causes", _t(WHY), terms=tuple((_t(c.name), _t(c.text)) for c in CAUSES)))
        sections.append(
            Section("questions", _t(QUESTIONS), items=tuple(map(_t, DOCTOR_QUESTIONS)), numbered=True)
        )
    return SafetyPage(intro, tuple(sections))


# the Safety view's words for each level; the text keeps its English tags (EMERGENCY, URGENT, SOON)
_URGENCY_WORDS = {
    "emergency": QT_TRANSLATE_NOOP("Safety", "Emergency"),
    "urgent": QT_TRANSLATE_NOOP("Safety", "Today"),
    "soon": QT_TRANSLATE_NOOP("Safety", "Soon"),
}


def _urgency_tag(urgency: str) -> str:
    """``EMERGENCY`` in English, the view's word for the level (``NOTFALL``) in another language."""
    word = _URGENCY_WORDS.get(urgency)
    translated = translate("Safety", word) if word else None
    return translated.upper() if translated and translated != word else urgency.upper()


def page_text(page: SafetyPage, width: int = 88) -> str:
    """The page as plain text for a terminal, wrapped at ``width`` columns."""
    import textwrap

    out: list[str] = []

    def para(text: str, indent: str = "", first: str | None = None) -> None:
        out.extend(
            textwrap.wrap(
                text, width, initial_indent=first if first is not None else indent, subsequent_indent=indent
            )
        )

    for text in page.intro:
        para(text)
        out.append("")
    for section in page.sections:
        marker = "=" if section.level == 1 else "-"
        title = section.title if section.urgency is None else f"[{_urgency_tag(section.urgency)}] {section.title}"
        out.extend([title, marker * len(title)])
        for text in section.paragraphs:
            para(text)
        for n, item in enumerate(section.items, 1):
            para(item, "    ", f"{n:>2}. " if section.numbered else "  * ")
        for name, text in section.terms:
            para(f"{name}: {text}", "    ", "  * ")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
