"""A full disk: writes fail with a clear message, nothing the user had is lost, Coach goes on."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coach import paths
from coach.app import Services
from coach.core.clock import ManualClock
from coach.core.errors import SessionLogError, SettingsError
from coach.core.recorder import SessionRecorder
from coach.core.runner import Runner, RunState
from coach.core.settings import Settings
from coach.core.settings_io import save_settings
from tests.faults.support import fill_disk, integrity, tiny_disk


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(wall=datetime(2026, 1, 5, 9, 0, tzinfo=UTC))


def test_a_log_that_fills_up_during_a_session_says_so_once_and_the_session_goes_on(clock):
    services = Services(clock, UTC)
    log = services.log
    assert log is not None
    pages = log.fetch("PRAGMA page_count")[0][0]
    log.fetch(f"PRAGMA max_page_count = {pages + 2}")  # SQLite's own full disk
    saved = 0
    with pytest.raises(SessionLogError, match="disk is full"):
        while True:
            log.start_session("desk-break", "Desk break", 38)
            saved += 1
    assert saved > 0

    runner = Runner(services.library.routines["desk-break"], clock)
    recorder = SessionRecorder(runner, log)
    failures: list[str] = []
    recorder.failed.connect(failures.append)
    runner.start()
    while runner.state is RunState.RUNNING:
        clock.advance(5)
        runner.tick()
    assert runner.state is RunState.FINISHED and recorder.outcome == "completed"
    assert len(failures) == 1, "the user is told once, not at every write"
    assert "disk is full" in failures[0] and str(log.path) in failures[0]
    assert len(log.sessions()) == saved
    services.close()
    assert integrity(paths.database_path()) == ["ok"]


@pytest.fixture
def small_home(tmp_path, monkeypatch) -> Path:
    with tiny_disk(tmp_path / "disk") as disk:
        home = disk / "home"
        monkeypatch.setenv("COACH_HOME", str(home))
        yield home


def test_a_full_disk_keeps_the_users_files_and_says_why(small_home, clock):
    first = Services(clock, UTC)
    assert first.notices == [] and first.log is not None
    first.log.start_session("desk-break", "Desk break", 38)
    first.close()
    db, config = paths.database_path(), paths.config_path()
    kept = {p: p.read_bytes() for p in (db, config)}
    filler = fill_disk(small_home.parent)

    full = Services(clock, UTC)
    (notice,) = full.notices
    assert "cannot be saved" in notice and str(db) in notice
    assert full.log is None
    with pytest.raises(SettingsError, match="No space left") as caught:
        save_settings(config, dataclasses.replace(Settings(), sounds=False), clock)
    assert str(config) in str(caught.value)
    assert "desk-break" in full.library.routines
    for path, content in kept.items():
        assert path.read_bytes() == content, f"{path} changed on a full disk"
    assert sorted(p.name for p in config.parent.iterdir()) == ["config.yaml"], "a temporary file was left"

    filler.unlink()  # room again: everything is back as it was
    again = Services(clock, UTC)
    assert again.notices == [] and again.log is not None
    assert [s.routine_id for s in again.log.sessions()] == ["desk-break"]
    again.close()
    assert integrity(db) == ["ok"]
    assert "disk is full" in notice, f"the notice should say why the log cannot be opened: {notice}"


def test_a_first_start_on_a_full_disk_runs_on_defaults(small_home, clock):
    fill_disk(small_home.parent)
    services = Services(clock, UTC)
    settings_notice, log_notice = services.notices
    assert str(paths.config_path()) in settings_notice and "defaults" in settings_notice
    assert str(paths.database_path()) in log_notice and "disk is full" in log_notice
    assert services.settings == Settings() and services.log is None
    assert "desk-break" in services.library.routines
