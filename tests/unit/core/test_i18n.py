"""The core's pluggable translator: English by default, any translator once installed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coach.core import i18n
from coach.core.durations import format_duration
from coach.core.i18n import QT_TRANSLATE_NOOP, Context, english_plural, set_translator, translate
from coach.core.today import Today


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    set_translator(None)
    yield
    set_translator(None)


class Sample(Context):
    """A translation context for these tests."""


def dictionary(entries: dict[tuple[str, str], str | tuple[str, str]]) -> i18n.Translator:
    """A translator like ``QCoreApplication.translate``: unknown texts come back unchanged."""

    def translator(context: str, text: str, _disambiguation: str | None = None, n: int = -1) -> str:
        found = entries.get((context, text), text)
        if isinstance(found, tuple):
            found = found[0] if n == 1 else found[1]
        return found.replace("%n", str(n)) if n >= 0 else found

    return translator


def test_without_a_translator_the_english_source_comes_back() -> None:
    assert translate("Any", "Next break in {when}") == "Next break in {when}"
    assert Sample.tr("Hold") == "Hold"
    assert QT_TRANSLATE_NOOP("Safety", "Stop.") == "Stop."


@pytest.mark.parametrize(
    ("text", "n", "expected"),
    [
        ("%n walk(s)", 1, "1 walk"),
        ("%n walk(s)", 0, "0 walks"),
        ("%n walk(s)", 2, "2 walks"),
        ("%n match(es) found", 3, "3 matches found"),
        ("%n match(es) found", 1, "1 match found"),
        ("Saved a %n-page report", 4, "Saved a 4-page report"),
    ],
)
def test_english_plurals_follow_the_marks_in_the_text(text: str, n: int, expected: str) -> None:
    assert english_plural(text, n) == expected
    assert translate("Any", text, None, n) == expected


def test_an_installed_translator_is_used_with_the_context_and_count() -> None:
    set_translator(
        dictionary(
            {
                ("Sample", "Hold"): "Halten",
                ("Sample", "%n walk(s)"): ("%n Spaziergang", "%n Spaziergänge"),
            }
        )
    )
    assert Sample.tr("Hold") == "Halten"
    assert Sample.tr("%n walk(s)", "", 1) == "1 Spaziergang"
    assert Sample.tr("%n walk(s)", "", 3) == "3 Spaziergänge"
    assert translate("Other", "Hold") == "Hold"  # the context matters


def test_a_text_the_translator_does_not_know_keeps_english_plurals() -> None:
    set_translator(dictionary({}))  # like Qt with no translation loaded: "%n" filled in, "(s)" kept
    assert Sample.tr("%n day(s)", "", 1) == "1 day"
    assert Sample.tr("%n day(s)", "", 5) == "5 days"


def test_core_texts_go_through_the_translator() -> None:
    set_translator(
        dictionary(
            {
                ("Durations", "{n} h"): "{n} Std.",
                ("Durations", "{n} min"): "{n} Min.",
                ("TodayText", "%n walk(s)"): ("%n Spaziergang", "%n Spaziergänge"),
                ("TodayText", "Streak: %n day(s) in a row with exercise"): (
                    "Serie: %n Tag in Folge",
                    "Serie: %n Tage in Folge",
                ),
            }
        )
    )
    assert format_duration(3900) == "1 Std. 5 Min."
    today = Today(prompted=0, taken=0, natural=0, minutes=0, sessions=0, walks=2, streak_days=1)
    assert today.done_text == "no exercise yet · 2 Spaziergänge"
    assert today.streak_text == "Serie: 1 Tag in Folge"


def test_english_core_texts_are_unchanged() -> None:
    today = Today(prompted=3, taken=2, natural=1, minutes=12.4, sessions=2, walks=1, streak_days=4)
    assert today.done_text == "2 of 3 breaks taken · 12 min of exercise · 1 walk · 1 time away from the desk"
    assert today.streak_text == "Streak: 4 days in a row with exercise"
    assert format_duration(90) == "1 min 30 s"
