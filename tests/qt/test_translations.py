"""The German translation: complete, in step with the code, and shown when installed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from coach import paths
from coach.core import i18n
from coach.core.clock import ManualClock
from coach.core.durations import format_duration
from coach.core.library import load_library
from coach.core.model import PURPOSE_TITLES
from coach.core.plan import day_plan
from coach.core.runner import Runner
from coach.core.scheduler import BreakScheduler
from coach.core.session_log import SessionLog
from coach.core.settings import Settings
from coach.core.settings_io import load_settings
from coach.qt.home_view import purpose_title
from coach.qt.i18n import install_translators, remove_translators, translations_dir
from coach.qt.library_view import routine_html
from coach.qt.main_window import MainWindow
from coach.qt.player import PlayerWindow
from coach.tools import translations
from tests.helpers.factories import make_exercise, make_routine

TS = translations_dir() / "coach_de.ts"
PLACEHOLDER = re.compile(r"\{\w*\}")


@pytest.fixture
def german(qapp) -> Iterator[list[str]]:
    loaded = install_translators(qapp, "de_DE")
    yield loaded
    remove_translators(qapp)


def messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [
        (context.findtext("name", ""), m) for context in root.iter("context") for m in context.iter("message")
    ]


def test_every_text_has_a_german_translation() -> None:
    assert len(messages()) > 500
    assert translations.unfinished(TS) == []
    assert 'type="unfinished"' not in TS.read_text(encoding="utf-8")


def test_translations_keep_the_placeholders_and_plural_forms() -> None:
    for context, message in messages():
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            assert len(forms) == 2, (context, source)  # German: singular and plural
            assert "%n" in forms[1], (context, source)
        else:
            forms = [translation.text or ""]
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (context, source)
            assert form.count("&") <= 1, (context, source)  # at most one shortcut
            assert form.count("<b>") == source.count("<b>"), (context, source)


def test_the_committed_files_match_the_code() -> None:
    """Every text the code marks is in the .ts file, and the .qm file is compiled from it."""
    if not translations.OUT.is_dir():
        pytest.skip("not a source checkout")
    assert translations.check([TS]) == []


def test_the_main_window_and_the_core_speak_german(german, qtbot) -> None:
    assert german == ["coach_de.qm", "qtbase_de.qm"]
    library = load_library(paths.library_dirs())
    window = MainWindow(library, user_folder=paths.user_exercises_dir())
    qtbot.addWidget(window)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "H&eute",
        "&Bibliothek",
        "&Sicherheit",
    ]
    assert window.coach_menu.title() == "&Coach" and window.help_menu.title() == "&Hilfe"
    assert window.home.plan_box.title() == "Plan für heute"
    assert "Notaufnahme" in window.safety.label.text()
    assert "Coach ist eine Hilfe zur Selbsthilfe, keine medizinische Beratung." in window.safety.label.text()
    assert format_duration(3900) == "1 Std. 5 Min."
    clock = ManualClock(wall=datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    scheduler = BreakScheduler(Settings(), clock, UTC, routines=library.routines)
    assert scheduler.status_text().startswith(("Nächste Pause in", "Außerhalb der Arbeitszeit"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(b.text() for b in buttons.buttons()) == ["Abbrechen", "Speichern"]  # Qt's own texts


def test_the_player_speaks_german(german, qtbot) -> None:
    routine = make_routine(
        make_exercise("knee-hug", hold_s=20, reps=2, sides="each", rest_s=5, name="Knee hug"),
        id="evening",
        name="Evening",
    )
    clock = ManualClock()
    player = PlayerWindow(Runner(routine, clock), clock)
    qtbot.addWidget(player)
    player.start()
    assert player.pause_button.text() == "Pause"
    assert player.stop_button.text() == "Beenden"
    assert player.hurts_button.text() == "Stopp – das tut weh"
    assert player.back_button.text() == "◀ Zurück"
    assert player.ring.accessibleDescription() == "Knee hug. Bereit machen, 5 s."
    assert player.total_label.text().startswith("noch ")
    player.toggle_pause()
    assert player.pause_button.text() == "Fortsetzen"


def test_doses_plans_pauses_and_notices_speak_german(german, tmp_path: Path) -> None:
    knee_hug = make_exercise("knee-hug", hold_s=20, reps=3, sides="each", rest_s=10, name="Knee hug")
    routine = make_routine(knee_hug, id="evening", name="Evening", purpose="walk-break")
    assert knee_hug.dose.describe() == "3 × 20 s halten, je Seite, 10 s Pause dazwischen"
    assert "3 × 20 s halten, je Seite, 10 s Pause dazwischen" in routine_html(routine)
    assert "Beim Spaziergang" in routine_html(routine)
    assert purpose_title(PURPOSE_TITLES["movement-break"]) == "Bewegungspausen"
    assert [(f"{e.time:%H:%M}", e.label) for e in day_plan(Settings(), date(2026, 1, 5))] == [
        ("09:00", "Arbeitsbeginn (bis 17:30)"),
        ("12:15", "Wärmekissen auflegen für den Spaziergang um 12:30"),
        ("12:25", "Aufwärmen für den Spaziergang um 12:30: Pre walk warm up"),
        ("12:30", "20 Min. spazieren gehen"),
        ("17:30", "Arbeitsende"),
    ]
    monday = ManualClock(wall=datetime(2026, 1, 5, 10, 0, tzinfo=UTC))
    scheduler = BreakScheduler(Settings(), monday, UTC)
    scheduler.pause_until_tomorrow()
    assert scheduler.status_text() == "Pausiert bis morgen 09:00"
    friday = ManualClock(wall=datetime(2026, 1, 9, 10, 0, tzinfo=UTC))
    scheduler = BreakScheduler(Settings(), friday, UTC)
    scheduler.pause_until_tomorrow()
    assert scheduler.status_text() == "Pausiert bis Mo 09:00"

    config = tmp_path / "config.yaml"
    config.write_text("voice: maybe\n", encoding="utf-8")
    notice = load_settings(config).notice or ""
    assert notice.startswith(f"1 Problem in {config}. Jede aufgeführte Einstellung verwendet")
    assert notice.split("\n")[1].startswith(f"  {config}:1: ")  # the diagnostics stay English
    db = tmp_path / "log.db"
    db.write_bytes(b"not a database" * 100)
    with SessionLog.open(db, monday) as fresh:
        assert (fresh.recovery_notice or "").startswith(
            "Ihr Protokoll konnte nicht gelesen werden, weil es beschädigt ist ("
        )


def test_removing_the_translators_brings_english_back(qapp, qtbot) -> None:
    install_translators(qapp, "de_DE")
    remove_translators(qapp)
    assert format_duration(3900) == "1 h 5 min"
    assert i18n.translate("Scheduler", "Away") == "Away"
    window = MainWindow(load_library(paths.library_dirs()), user_folder=paths.user_exercises_dir())
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "&Today"


def test_english_loads_no_translation(qapp) -> None:
    try:
        assert "coach_en.qm" not in install_translators(qapp, "en_GB")
        assert format_duration(61) == "1 min 1 s"
    finally:
        remove_translators(qapp)


def test_the_language_follows_the_environment(tmp_path: Path) -> None:
    """``QLocale.system()`` reads LANGUAGE/LC_ALL/LANG, so a German session gets German."""
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from coach.qt.i18n import install_translators\n"
        "app = QCoreApplication([])\n"
        "print(','.join(install_translators(app)))\n"
        "from coach.core.durations import format_duration\n"
        "print(format_duration(120))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    results = {}
    for lang in ("de_DE.UTF-8", "C.UTF-8"):
        done = subprocess.run(
            [sys.executable, "-c", script],
            env={**env, "LANG": lang, "LC_ALL": lang},
            capture_output=True,
            text=True,
            check=True,
            cwd=tmp_path,
        )
        results[lang] = done.stdout.split("\n")[:2]
    assert results["de_DE.UTF-8"] == ["coach_de.qm,qtbase_de.qm", "2 Min."]
    assert "coach_" not in results["C.UTF-8"][0] and results["C.UTF-8"][1] == "2 min"
