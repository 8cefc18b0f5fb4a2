"""``coach log`` and ``coach stats``: tables, JSON, dates, empty and broken logs, no Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coach import paths
from coach.commands import log as log_command
from coach.core.clock import ManualClock, SystemClock
from coach.core.session_log import SessionLog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def berlin(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")


@pytest.fixture
def filled():
    """Four sessions in early January 2026 (Berlin is UTC+1)."""
    clock = ManualClock(wall=datetime(2026, 1, 5, 8, 0, tzinfo=UTC))
    with SessionLog(paths.database_path(), clock) as log:
        first = log.start_session("morning-mobility", "Morning mobility", 420, pain_before=4)
        clock.advance(420)
        log.finish_session(first, "completed", 420, pain_after=2, note="easy today")
        clock.wall = datetime(2026, 1, 6, 12, 30, tzinfo=UTC)
        second = log.start_session("desk-reset", "Desk reset", 180, source="break")
        clock.advance(60)
        log.update_session(second, 60)  # never finished
        clock.wall = datetime(2026, 1, 6, 23, 30, tzinfo=UTC)  # 00:30 on the 7th in Berlin
        third = log.start_session("desk-reset", "Desk reset", 180)
        clock.advance(180)
        log.finish_session(third, "completed", 180)
        clock.wall = datetime(2026, 1, 7, 16, 0, tzinfo=UTC)
        fourth = log.start_session("walk-prep", "Before a walk", 300, pain_before=5)
        clock.advance(45)
        log.finish_session(fourth, "stopped-for-pain", 45, pain_after=6)


def test_the_table_shows_local_times_durations_outcomes_and_pain(filled, capsys):
    assert log_command.run_log(False, None) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert err == ""
    assert lines[0].split() == ["When", "Routine", "Done", "/", "planned", "Outcome", "Pain"]
    assert lines[2].split() == (
        [
            "2026-01-05",
            "09:00",
            "Morning",
            "mobility",
            "7",
            "min",
            "/",
            "7",
            "min",
            "completed",
            "4",
            "→",
            "2",
        ]
    )
    assert lines[3].split() == ["note:", "easy", "today"]
    assert lines[4].split() == [
        "2026-01-06",
        "13:30",
        "Desk",
        "reset",
        "1",
        "min",
        "/",
        "3",
        "min",
        "unfinished",
        "–",
        "→",
        "–",
    ]
    assert lines[5].split() == [
        "2026-01-07",
        "00:30",
        "Desk",
        "reset",
        "3",
        "min",
        "/",
        "3",
        "min",
        "completed",
        "–",
        "→",
        "–",
    ]
    assert lines[6].split() == (
        [
            "2026-01-07",
            "17:00",
            "Before",
            "a",
            "walk",
            "45",
            "s",
            "/",
            "5",
            "min",
            "stopped-for-pain",
            "5",
            "→",
            "6",
        ]
    )
    assert len(lines) == 7


def test_json_lists_every_session(filled, capsys):
    assert log_command.run_log(True, None) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [1, 2, 3, 4]
    assert rows[0] == {
        "id": 1,
        "routine": "morning-mobility",
        "routine_name": "Morning mobility",
        "started": "2026-01-05T08:00:00Z",
        "ended": "2026-01-05T08:07:00Z",
        "seconds_done": 420,
        "seconds_planned": 420,
        "outcome": "completed",
        "pain_before": 4,
        "pain_after": 2,
        "note": "easy today",
        "source": "manual",
    }
    assert (rows[1]["ended"], rows[1]["outcome"], rows[1]["seconds_done"]) == (None, "partial", 60)
    assert rows[1]["source"] == "break"


def test_since_is_a_local_date(filled, capsys):
    assert log_command.run_log(True, "2026-01-07") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["started"] for r in rows] == ["2026-01-06T23:30:00Z", "2026-01-07T16:00:00Z"]
    assert log_command.run_log(False, "2026-02-01") == 0
    assert capsys.readouterr().out == "No sessions logged since 2026-02-01.\n"


@pytest.mark.parametrize("since", ["2026-13-01", "yesterday", "2026-1-5", "20260105", ""])
def test_a_bad_since_is_explained(filled, capsys, since):
    assert log_command.run_log(False, since) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "--since" in err
    assert "2026-01-05" in err
    assert repr(since) in err


def test_an_empty_log_gets_a_friendly_line_and_no_file(capsys):
    assert log_command.run_log(False, None) == 0
    assert capsys.readouterr().out.startswith("No sessions logged yet.")
    assert log_command.run_log(True, None) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert not paths.database_path().exists()


def test_a_damaged_log_is_reported_and_left_in_place(capsys):
    db = paths.database_path()
    db.parent.mkdir(parents=True)
    db.write_bytes(b"this is not sqlite" * 50)
    assert log_command.run_log(False, None) == 1
    out, err = capsys.readouterr()
    assert out == "" and f"coach log: cannot read the session log {db}" in err
    assert db.read_bytes() == b"this is not sqlite" * 50  # reading never moves the user's file
    assert not list(db.parent.glob("log.db.corrupt-*"))


def test_an_unusable_log_is_an_error(capsys):
    paths.database_path().mkdir(parents=True)  # a folder where the file should be
    assert log_command.run_log(False, None) == 1
    assert str(paths.database_path()) in capsys.readouterr().err
    assert log_command.run_stats(False) == 1
    assert str(paths.database_path()) in capsys.readouterr().err


def _log_today(seconds: int, pain_before: int | None = None) -> None:
    clock = ManualClock(wall=SystemClock().now())
    with SessionLog(paths.database_path(), clock) as log:
        sid = log.start_session("desk-reset", "Desk reset", 300, pain_before=pain_before)
        log.finish_session(sid, "completed", seconds)
        log.record_break("prompted")
        log.record_break("taken", session_id=sid)


def test_stats_as_json(capsys):
    _log_today(300)
    assert log_command.run_stats(True) == 0
    numbers = json.loads(capsys.readouterr().out)
    assert numbers["streak_days"] == 1
    assert numbers["week_minutes"] == 5.0
    assert numbers["week_sessions"] == 1
    assert numbers["break_adherence"] == 1.0
    assert numbers["pain_trend"] == "not enough ratings"


def test_stats_as_text(capsys):
    _log_today(300)
    assert log_command.run_stats(False) == 0
    out = capsys.readouterr().out
    assert "Streak: 1 day in a row" in out
    assert "5 min of exercise in 1 session(s)" in out
    assert "100% taken (1 taken, 0 skipped, 0 left unanswered)" in out
    assert "not enough ratings" in out


def test_stats_of_a_new_log(capsys):
    assert log_command.run_stats(False) == 0
    out = capsys.readouterr().out
    assert "Streak: 0 days" in out
    assert "none were due yet" in out


def test_local_zone_follows_tz(monkeypatch):
    assert str(log_command.local_zone()) == "Europe/Berlin"
    monkeypatch.setenv("TZ", "Not/A_Zone")
    assert log_command.local_zone() is not None


@pytest.mark.slow
@pytest.mark.parametrize("call", ["log.run_log(False, None)", "log.run_stats(True)"])
def test_the_commands_do_not_import_qt(tmp_path, call):
    home = tmp_path / "home"
    code = (
        "import sys\n"
        "from coach.core.clock import ManualClock\n"
        "from coach.core.session_log import SessionLog\n"
        "from coach import paths\n"
        "with SessionLog(paths.database_path(), ManualClock()) as s:\n"
        "    s.start_session('desk', 'Desk', 60)\n"
        "from coach.commands import log\n"
        f"assert {call} == 0\n"
        "assert 'PySide6' not in sys.modules, 'PySide6 was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={"COACH_HOME": str(home), "PATH": "/usr/bin:/bin", "TZ": "UTC"},
    )
    assert result.returncode == 0, result.stderr
    assert "Desk" in result.stdout or "streak_days" in result.stdout
