"""The core's pluggable translator: English by default, any translator once installed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coach.core import i18n
from coach.core.clock import ManualClock
from coach.core.durations import format_duration
from coach.core.i18n import QT_TRANSLATE_NOOP, Context, english_plural, set_translator, translate
from coach.core.model import PURPOSE_TITLES, Dose, Sides
from coach.core.plan import day_plan
from coach.core.scheduler.hours import describe_until
from coach.core.session_log import SessionLog
from coach.core.settings import Settings
from coach.core.settings_io import load_settings
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


# -- the core's remaining user-visible texts: doses, plan labels, pause ends, file notices ----

MONDAY_9 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
ONE_PROBLEM = (
    "%n problem(s) in {path}. Each setting listed uses its default value instead, unknown keys "
    "are ignored, and the rest of the file applies. The file has not been changed."
)
GERMAN = dictionary(
    {
        ("Durations", "{n} min"): "{n} Min.",
        ("Dose", "{dose} hold"): "{dose} halten",
        ("Dose", "{dose}, each side"): "{dose}, je Seite",
        ("Dose", "{dose}, alternating sides"): "{dose}, Seiten im Wechsel",
        ("Dose", "{dose}, {rest} rest"): "{dose}, {rest} Pause dazwischen",
        ("Plan", "Work starts (until {time})"): "Arbeitsbeginn (bis {time})",
        ("Plan", "Work ends"): "Arbeitsende",
        ("Plan", "Heat pack on for the {time} walk"): "Wärmekissen auflegen für den Spaziergang um {time}",
        (
            "Plan",
            "Warm up for the {time} walk: {routine}",
        ): "Aufwärmen für den Spaziergang um {time}: {routine}",
        ("Plan", "Walk for {minutes} min"): "{minutes} Min. spazieren gehen",
        ("Scheduler", "tomorrow {time}"): "morgen {time}",
        ("Days", "Fri"): "Fr",
        ("SettingsFile", ONE_PROBLEM): ("%n Problem in {path}.", "%n Probleme in {path}."),
        ("SessionLog", "it is not a Coach session log"): "es kein Protokoll von Coach ist",
        (
            "SessionLog",
            "The session log could not be read because {reason}. It was kept as {aside} "
            "and a new, empty log was started at {path}.",
        ): "Ihr Protokoll konnte nicht gelesen werden, weil {reason}. Aufbewahrt als {aside}; neu: {path}.",
    }
)


def test_english_doses_plan_labels_and_pause_ends_are_unchanged() -> None:
    assert (
        Dose(hold_s=20, reps=3, sides=Sides.EACH, rest_s=10).describe()
        == "3 × 20 s hold, each side, 10 s rest"
    )
    assert Dose(hold_s=150, sides=Sides.ALTERNATE).describe() == "2 min 30 s, alternating sides"
    assert Dose(hold_s=45, rest_s=10).describe() == "45 s hold"  # one rep: no rest
    assert [e.label for e in day_plan(Settings(), MONDAY_9.date())] == [
        "Work starts (until 17:30)",
        "Heat pack on for the 12:30 walk",
        "Warm up for the 12:30 walk: Pre walk warm up",
        "Walk for 20 min",
        "Work ends",
    ]
    assert describe_until(MONDAY_9 + timedelta(hours=5), MONDAY_9, UTC) == "14:00"
    assert describe_until(MONDAY_9 + timedelta(days=1), MONDAY_9, UTC) == "tomorrow 09:00"
    assert describe_until(MONDAY_9 + timedelta(days=4), MONDAY_9, UTC) == "Fri 09:00"
    assert PURPOSE_TITLES["walk-break"] == "During a walk"


def test_doses_plan_labels_and_pause_ends_go_through_the_translator() -> None:
    set_translator(GERMAN)
    assert Dose(hold_s=20, reps=3, sides=Sides.EACH, rest_s=10).describe() == (
        "3 × 20 s halten, je Seite, 10 s Pause dazwischen"
    )
    assert Dose(hold_s=150, sides=Sides.ALTERNATE).describe() == "2 Min. 30 s, Seiten im Wechsel"
    assert [e.label for e in day_plan(Settings(), MONDAY_9.date())] == [
        "Arbeitsbeginn (bis 17:30)",
        "Wärmekissen auflegen für den Spaziergang um 12:30",
        "Aufwärmen für den Spaziergang um 12:30: Pre walk warm up",
        "20 Min. spazieren gehen",
        "Arbeitsende",
    ]
    assert describe_until(MONDAY_9 + timedelta(days=1), MONDAY_9, UTC) == "morgen 09:00"
    assert describe_until(MONDAY_9 + timedelta(days=4), MONDAY_9, UTC) == "Fr 09:00"


def test_the_settings_notice_counts_in_english_and_translates(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("voice: maybe\n", encoding="utf-8")
    english = load_settings(config).notice
    assert english is not None
    assert english.startswith(f"1 problem in {config}. Each setting listed uses its default value instead")
    set_translator(GERMAN)
    german = load_settings(config).notice
    assert german is not None
    first, problem = german.split("\n")
    assert first == f"1 Problem in {config}."
    assert problem.startswith(f"  {config}:1: ")  # FILE:LINE diagnostics stay English
    assert problem == english.split("\n")[1]


def recovery_notice(folder: Path) -> tuple[str | None, Path, Path]:
    """Open a log where another program's database lies: the notice, the log and where it went."""
    folder.mkdir()
    db = folder / "log.db"
    foreign = sqlite3.connect(db)
    foreign.execute("CREATE TABLE photos (id INTEGER)")
    foreign.commit()
    foreign.close()
    with SessionLog.open(db, ManualClock(wall=MONDAY_9)) as fresh:
        return fresh.recovery_notice, db, db.with_name("log.db.corrupt-20260105T090000Z")


def test_the_session_log_recovery_notice_translates_its_reason(tmp_path: Path) -> None:
    notice, db, aside = recovery_notice(tmp_path / "en")
    assert notice == (
        f"The session log could not be read because it is not a Coach session log. "
        f"It was kept as {aside} and a new, empty log was started at {db}."
    )
    set_translator(GERMAN)
    notice, db, aside = recovery_notice(tmp_path / "de")
    assert aside.exists()
    assert notice == (
        f"Ihr Protokoll konnte nicht gelesen werden, weil es kein Protokoll von Coach ist. "
        f"Aufbewahrt als {aside}; neu: {db}."
    )
