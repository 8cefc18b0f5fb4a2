"""The tray app, built in this process, starts and plays routines whatever is wrong with its files."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from coach import paths
from coach.app import CoachApp, Services
from coach.core.clock import ManualClock
from coach.core.errors import SessionLogError
from coach.core.runner import RunState
from tests.faults.support import skip_the_welcome

pytestmark = pytest.mark.qt_log_ignore("QSoundEffect", "PulseAudio", "pa_context", "propagateSizeHints")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(wall=datetime(2026, 1, 5, 9, 0, tzinfo=UTC))


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    """What the app tells the user in message boxes (recorded instead of blocking the test)."""
    texts: list[str] = []

    def record(_parent, _title, text, *_args, **_kwargs):
        texts.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, record)
    # notices are shown without blocking: a message box that is shown, not run
    monkeypatch.setattr(QMessageBox, "show", lambda box: texts.append(box.text()))
    return texts


@pytest.fixture
def start_app(qapp, coach_home, clock) -> Iterator:
    """Build the tray app the way ``run_app`` does; it is shut down and taken apart afterwards."""
    skip_the_welcome(coach_home)
    built: list[CoachApp] = []

    def start(quiet: bool = True) -> CoachApp:
        services = Services(clock, UTC)
        if quiet:  # no sound cues: the test machine has no audio device
            services.settings = dataclasses.replace(services.settings, sounds=False)
        app = CoachApp(qapp, services, minimized=True)
        built.append(app)
        return app

    yield start
    for app in built:
        if app.player is not None:
            app.player.close()
        app.shutdown()
        app.window.hide_on_close = app.window.minimize_on_close = False
        app.window.close()
        app.window.deleteLater()
        app.setParent(None)
        app.deleteLater()
    qapp.setQuitOnLastWindowClosed(True)
    qapp.processEvents()


def play_to_the_end(app: CoachApp, clock: ManualClock):
    player = app.open_player(app.services.library.routines["desk-break"], "manual", None)
    while player.runner.state is RunState.RUNNING:
        clock.advance(5)
        player.runner.tick()
    return player


def test_the_app_runs_with_a_damaged_log_and_settings_file(start_app, shown, clock, coach_home):
    db, config = paths.database_path(), paths.config_path()
    db.parent.mkdir(parents=True)
    db.write_bytes(b"SQLite format 3\x00" + b"\xee" * 4000)
    config.write_bytes(b"movement_breaks:\n\tevery: 30m\n")

    app = start_app()
    aside = db.with_name("log.db.corrupt-20260105T090000Z")
    assert any(f"{config}:2: YAML syntax error" in text for text in shown), shown
    assert any(str(aside) in text for text in shown), shown
    assert config.read_bytes() == b"movement_breaks:\n\tevery: 30m\n"  # never moved or rewritten
    assert sorted(p.name for p in config.parent.iterdir() if p.name.startswith("config")) == ["config.yaml"]
    assert aside.read_bytes() == b"SQLite format 3\x00" + b"\xee" * 4000

    player = play_to_the_end(app, clock)
    assert player.runner.state is RunState.FINISHED
    player.close()
    (session,) = app.services.log.sessions()
    assert (session.routine_id, session.outcome) == ("desk-break", "completed")


def test_the_app_runs_without_a_data_folder(start_app, shown, clock, coach_home):
    data = paths.data_dir()
    data.parent.mkdir(parents=True, exist_ok=True)
    data.write_text("not a folder")

    app = start_app()
    assert app.services.log is None and app.history is None
    assert any("cannot be saved" in text and str(data) in text for text in shown), shown
    player = play_to_the_end(app, clock)
    assert player.runner.state is RunState.FINISHED
    player.close()
    app.start_break_now()  # the reminders and the tray keep working
    assert app.player is not None
    assert data.read_text() == "not a folder"


def test_a_log_that_fills_up_while_playing_is_shown_in_the_player(start_app, shown, clock):
    app = start_app()
    log = app.services.log
    pages = log.fetch("PRAGMA page_count")[0][0]
    log.fetch(f"PRAGMA max_page_count = {pages + 2}")
    while True:  # fill every page the sessions table may still use
        try:
            log.start_session("desk-break", "Desk break", 38)
        except SessionLogError:
            break
    player = play_to_the_end(app, clock)
    assert player.runner.state is RunState.FINISHED
    assert "disk is full" in player.position_label.toolTip()
    player.close()
    assert app.player is None


def test_history_tab_is_built_when_opened_and_follows_new_sessions(start_app, clock):
    app = start_app()
    assert app.history is None
    app.window.tabs.setCurrentIndex(2)
    assert app.history is not None and app.window.tabs.currentWidget() is app.history
    play_to_the_end(app, clock).close()
    assert "Desk break" in " ".join(
        app.history.table.item(row, 2).text() for row in range(app.history.table.rowCount())
    )


def test_settings_edited_by_hand_are_picked_up_while_running(start_app, qtbot):
    app = start_app()
    config = paths.config_path()
    assert app.services.settings.movement_breaks.every_s == 30 * 60
    text = config.read_text(encoding="utf-8").replace("every: 30m", "every: 45m")
    assert "every: 45m" in text
    config.write_text(text, encoding="utf-8")
    qtbot.waitUntil(lambda: app.services.settings.movement_breaks.every_s == 45 * 60, timeout=5000)
    assert app.scheduler.settings.movement_breaks.every_s == 45 * 60
    assert config.read_text(encoding="utf-8") == text  # read, never rewritten


def _save_like_an_editor(path: Path, text: str) -> None:
    """Write a new file beside ``path`` and rename it over, as vim and most editors do."""
    temporary = path.with_name(f".{path.name}.swp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def test_a_typo_while_running_keeps_the_last_good_settings_and_the_file(start_app, shown, qtbot):
    app = start_app()
    config = paths.config_path()
    good = config.read_text(encoding="utf-8").replace("every: 30m", "every: 45m")
    _save_like_an_editor(config, good)
    qtbot.waitUntil(lambda: app.services.settings.movement_breaks.every_s == 45 * 60, timeout=5000)

    typo = good.replace("every: 45m", "every: 50m\n   style: [", 1)
    _save_like_an_editor(config, typo)
    qtbot.waitUntil(lambda: any(f"{config}:" in text for text in shown), timeout=5000)
    assert app.services.settings.movement_breaks.every_s == 45 * 60  # the last good settings
    assert app.scheduler.settings.movement_breaks.every_s == 45 * 60
    assert config.read_text(encoding="utf-8") == typo  # byte for byte the user's file
    assert [p.name for p in config.parent.glob("config.yaml*")] == ["config.yaml"]

    bad_value = good.replace("every: 45m", "every: often")
    _save_like_an_editor(config, bad_value)
    qtbot.waitUntil(lambda: any("every" in text and "often" in text for text in shown), timeout=5000)
    assert app.services.settings.movement_breaks.every_s == 45 * 60  # still the last good ones

    fixed = good.replace("every: 45m", "every: 20m")
    _save_like_an_editor(config, fixed)  # still watched after atomic saves
    qtbot.waitUntil(lambda: app.services.settings.movement_breaks.every_s == 20 * 60, timeout=5000)
    assert config.read_text(encoding="utf-8") == fixed


def test_saving_from_the_settings_window_over_a_file_broken_by_hand_is_refused(start_app, shown, qtbot):
    app = start_app()
    config = paths.config_path()
    broken = config.read_text(encoding="utf-8").replace("every: 30m", "every: [30m", 1)
    _save_like_an_editor(config, broken)
    qtbot.waitUntil(lambda: any(f"{config}:" in text for text in shown), timeout=5000)
    wanted = dataclasses.replace(app.services.settings, voice=not app.services.settings.voice)
    app.config.save(wanted)  # what the Settings window does on OK
    assert any("could not be saved" in text and "not saved" in text for text in shown), shown
    assert config.read_text(encoding="utf-8") == broken  # the user's half-fixed file survives
