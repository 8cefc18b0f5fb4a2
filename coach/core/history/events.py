"""The wording of one day's events in the History table."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import tzinfo

from coach.core.durations import format_duration
from coach.core.history.words import History, number
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.session_log import BreakRecord, PromptRecord, Record, SessionRecord, WalkRecord

OUTCOME_WORDS = {
    "completed": QT_TRANSLATE_NOOP("History", "completed"),
    "partial": QT_TRANSLATE_NOOP("History", "stopped early"),
    "stopped-for-pain": QT_TRANSLATE_NOOP("History", "stopped for pain"),
}
BREAK_WORDS = {
    "notice": QT_TRANSLATE_NOOP("History", "Break coming up"),
    "prompted": QT_TRANSLATE_NOOP("History", "Break due"),
    "taken": QT_TRANSLATE_NOOP("History", "Break taken"),
    "postponed": QT_TRANSLATE_NOOP("History", "Break postponed"),
    "skipped": QT_TRANSLATE_NOOP("History", "Break skipped"),
    "natural": QT_TRANSLATE_NOOP("History", "Natural break"),
}
PROMPT_WORDS = {
    "heat-pack": QT_TRANSLATE_NOOP("History", "Heat pack"),
    "warm-up": QT_TRANSLATE_NOOP("History", "Warm-up"),
    "walk": QT_TRANSLATE_NOOP("History", "Walk reminder"),
}
PROMPT_EVENTS = {
    "prompted": QT_TRANSLATE_NOOP("History", "reminder shown"),
    "done": QT_TRANSLATE_NOOP("History", "done"),
    "postponed": QT_TRANSLATE_NOOP("History", "postponed"),
    "skipped": QT_TRANSLATE_NOOP("History", "skipped"),
}


@dataclass(frozen=True)
class EventRow:
    """One line of the day table: local time, what happened, and the details."""

    time: str
    what: str
    detail: str
    kind: str  # "session", "break", "walk" or "prompt"


def _pain_pair(before: int | None, after: int | None) -> str:
    return History.tr("pain {before} → {after}").format(
        before="–" if before is None else before, after="–" if after is None else after
    )


def _word(words: dict[str, str], key: str) -> str:
    """The translated word for ``key``, or ``key`` itself when there is none."""
    return translate("History", words[key]) if key in words else key


def _describe(record: Record) -> tuple[str, str, str]:
    if isinstance(record, SessionRecord):
        outcome = History.tr("unfinished") if record.ended is None else _word(OUTCOME_WORDS, record.outcome)
        done, planned = format_duration(record.seconds_done), format_duration(record.seconds_planned)
        whole = record.seconds_done >= record.seconds_planned  # played to the end: its length says it all
        parts = [
            record.routine_name,
            done if whole else History.tr("{done} of {planned}").format(done=done, planned=planned),
            outcome,
        ]
        if record.pain_before is not None or record.pain_after is not None:
            parts.append(_pain_pair(record.pain_before, record.pain_after))
        if record.note:
            parts.append(f"“{record.note}”")
        return "session", History.tr("Session"), " · ".join(parts)
    if isinstance(record, BreakRecord):
        parts = []
        if record.routine_id:
            parts.append(record.routine_id)
        if record.seconds:
            if record.event == "natural":
                parts.append(History.tr("away {duration}").format(duration=format_duration(record.seconds)))
            else:
                parts.append(format_duration(record.seconds))
        if record.detail:
            parts.append(record.detail)
        return "break", _word(BREAK_WORDS, record.event), " · ".join(parts)
    if isinstance(record, WalkRecord):
        parts = []
        if record.minutes is not None:
            parts.append(History.tr("{minutes} min").format(minutes=number(record.minutes)))
        elif record.ended is None:
            parts.append(History.tr("not finished"))
        if record.pain is not None:
            parts.append(History.tr("pain {rating}").format(rating=record.pain))
        if record.needed_flexion_break:
            parts.append(History.tr("needed a forward-bend rest"))
        if record.note:
            parts.append(f"“{record.note}”")
        return "walk", History.tr("Planned walk") if record.planned else History.tr("Walk"), " · ".join(parts)
    assert isinstance(record, PromptRecord)
    detail = _word(PROMPT_EVENTS, record.event)
    if record.detail:
        detail += f" · {record.detail}"
    return "prompt", _word(PROMPT_WORDS, record.kind), detail


def event_rows(records: Iterable[Record], tz: tzinfo) -> list[EventRow]:
    """The table rows for ``records`` (from ``SessionLog.day_events``), in the order given."""
    rows = []
    for record in records:
        kind, what, detail = _describe(record)
        rows.append(EventRow(record.when.astimezone(tz).strftime("%H:%M"), what, detail, kind))
    return rows
