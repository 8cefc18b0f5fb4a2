"""``coach plan`` as a user runs it: the day's plan as text or JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from coach import paths
from coach.commands import plan
from coach.core.settings import Settings
from coach.core.settings_io import render_settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_library(monkeypatch):
    """An empty library, so the output does not depend on the shipped routines."""
    monkeypatch.setattr(paths, "library_dirs", lambda: [])


def write_config(text: str) -> Path:
    path = paths.config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_json_for_a_weekday_on_first_run(capsys, no_library):
    assert plan.run_plan("2026-01-05", True) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == [
        {
            "time": "09:00",
            "kind": "work-start",
            "routine": None,
            "label": "Work starts (until 17:30)",
            "minutes": None,
        },
        {
            "time": "12:15",
            "kind": "heat-pack",
            "routine": None,
            "label": "Heat pack on for the 12:30 walk",
            "minutes": None,
        },
        {
            "time": "12:25",
            "kind": "warm-up",
            "routine": "pre-walk-warm-up",
            "label": "Warm up for the 12:30 walk: Pre walk warm up",
            "minutes": None,
        },
        {"time": "12:30", "kind": "walk", "routine": None, "label": "Walk for 20 min", "minutes": 20},
        {"time": "17:30", "kind": "work-end", "routine": None, "label": "Work ends", "minutes": None},
    ]
    config = paths.config_path()
    assert config.read_text(encoding="utf-8") == render_settings(Settings())
    assert f"Created {config} with the default settings." in err
    assert f"{config}:14: movement_breaks.routine: no routine 'desk-break' in the library" in err


def test_text_for_a_day_with_a_split_shift(capsys, no_library):
    write_config(
        """\
        working_hours:
          sat: ["08:00-12:00", "13:00-15:00"]
        walks:
          - at: "12:15"
            days: [sat]
            minutes: 25
            heat_pack_before: 0
            warm_up_before: 3m
        """
    )
    assert plan.run_plan("2026-01-10", False) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines() == [
        "Saturday 2026-01-10",
        "Working hours: 08:00-12:00, 13:00-15:00",
        "Movement breaks: Every 30 min of sitting, between 08:00 and 12:00, and between "
        "13:00 and 15:00: Desk break (prompt)",
        "",
        "  08:00  Work starts (until 12:00)",
        "  12:00  Work ends",
        "  12:12  Warm up for the 12:15 walk: Pre walk warm up  [pre-walk-warm-up]",
        "  12:15  Walk for 25 min",
        "  13:00  Work starts (until 15:00)",
        "  15:00  Work ends",
    ]


def test_text_for_a_day_off(capsys, no_library):
    assert plan.run_plan("2026-01-11", False) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines() == [
        "Sunday 2026-01-11",
        "Working hours: none",
        "Movement breaks: No movement breaks on Sunday: no working hours",
        "No walks planned.",
    ]


def test_settings_problems_go_to_stderr(capsys, no_library):
    config = write_config("movement_breaks:\n  every: 10s\n")
    assert plan.run_plan("2026-01-05", True) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)[0]["kind"] == "work-start"
    assert f"{config}:2: movement_breaks.every: 10 s is out of range (1 min to 4 h)" in err


def test_a_broken_settings_file_is_kept_and_reported(capsys, no_library):
    config = write_config("walks: [\n")
    assert plan.run_plan("2026-01-05", True) == 0
    _, err = capsys.readouterr()
    assert sorted(p.name for p in config.parent.iterdir()) == ["config.yaml"]
    assert config.read_text() == "walks: [\n"  # never moved or rewritten
    assert f"{config}:2: YAML syntax error" in err


@pytest.mark.parametrize("text", ["2026-13-01", "2026-1-5", "20260105", "tomorrow", ""])
def test_a_bad_date_exits_2(capsys, text):
    assert plan.run_plan(text, True) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (f"coach plan: {text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-01-05\n")


def test_with_the_shipped_library(capsys):
    assert plan.run_plan("2026-01-05", True) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["kind"] for r in rows] == ["work-start", "heat-pack", "warm-up", "walk", "work-end"]
    assert all(set(r) >= {"time", "kind", "routine", "label"} for r in rows)


def test_today_by_default_and_no_qt(tmp_path):
    code = (
        "import sys; from coach.commands import plan; plan.run_plan(None, True); "
        "assert 'PySide6' not in sys.modules, 'PySide6 was imported'"
    )
    env = {**os.environ, "COACH_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert isinstance(json.loads(done.stdout), list)


def test_the_desk_breaks_that_take_turns_and_the_one_next_in_turn(capsys):
    from datetime import date

    from coach.core.clock import SystemClock
    from coach.core.session_log import SessionLog

    assert plan.run_plan("2026-01-05", False) == 0
    lines = capsys.readouterr().out.splitlines()
    turns = next(line for line in lines if "take turns" in line)
    assert turns.startswith("  Desk breaks take turns: Desk break · ") and "Tennis ball break" in turns
    assert "  First in turn: Desk break" in lines
    paths.database_path().parent.mkdir(parents=True, exist_ok=True)
    log = SessionLog.open(paths.database_path(), SystemClock())  # coach plan reads today's real log
    log.start_session("desk-break", "Desk break", 33)
    log.close()
    assert plan.run_plan(date.today().isoformat(), False) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "  Next in turn: Desk break without backbends" in lines


def test_a_routine_for_another_purpose_or_unknown_falls_back_to_the_default(capsys):
    path = write_config(
        """\
        movement_breaks:
          routine: nope
        walks:
          - at: "12:00"
            warm_up_routine: heat-pack
        """
    )
    assert plan.run_plan("2026-01-05", False) == 0
    out, err = capsys.readouterr()
    assert f"{path}:2: movement_breaks.routine: no routine 'nope' in the library (using 'desk-break')" in err
    assert f"{path}:5: walks[1].warm_up_routine: 'heat-pack' is a heat routine, not a warm-up" in err
    assert "Nope" not in out and "Desk break" in out
    assert "Warm up for the 12:00 walk: Warm-up before a walk" in out
    assert out.count("Heat before a walk") <= 1
