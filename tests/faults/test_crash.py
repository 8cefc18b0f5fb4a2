"""SIGKILL at random moments: the session log stays sound and keeps every write it reported."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import astuple
from pathlib import Path

import pytest

from coach.core.clock import ManualClock
from coach.core.session_log import SessionLog
from tests.faults.crash_writer import plan
from tests.faults.support import ROOT, app_env, coach_command, integrity, rows, wait_for

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32" or not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]

KILLS = 30


def _read_rest(process: subprocess.Popen) -> list[str]:
    return [line.strip() for line in process.stdout.read().splitlines() if line.strip()]


def test_sigkill_while_logging_loses_no_reported_write(spawn, tmp_path):
    db = tmp_path / "data" / "log.db"
    rand = random.Random(20260105)
    reported_sessions: dict[int, int] = {}  # id -> last step reported saved
    reported_breaks: dict[int, tuple[str, int]] = {}
    for kill in range(KILLS):
        writer = spawn(
            [sys.executable, "-m", "tests.faults.crash_writer", str(db), str(kill)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        lines: list[str] = []
        if rand.random() < 0.2:  # while it starts, checks or creates the log
            time.sleep(rand.uniform(0.0, 0.25))
        else:  # while it writes
            wanted = rand.randint(1, 80)
            while len(lines) < wanted:
                line = writer.stdout.readline()
                assert line, f"the writer stopped by itself: {writer.stderr.read()}"
                lines.append(line.strip())
            time.sleep(rand.uniform(0.0, 0.004))
        writer.send_signal(signal.SIGKILL)
        assert writer.wait(timeout=10) == -signal.SIGKILL, writer.stderr.read()
        lines += _read_rest(writer)

        assert not [line for line in lines if line.startswith("notice")], lines
        for line in lines:
            if line == "ready":
                continue
            kind, ident, *rest = line.split()
            if kind == "S":
                reported_sessions[int(ident)] = int(rest[0])
            elif kind == "B":
                reported_breaks[int(ident)] = (rest[0], int(rest[1]))
        if db.exists():
            assert integrity(db, readonly=True) == ["ok"], f"after kill {kill + 1}"

    assert len(reported_sessions) > KILLS, "too few writes were made to mean anything"
    with SessionLog(db, ManualClock()) as reopened:
        assert reopened.recovery_notice is None
        sessions = {s.id: s for s in reopened.sessions()}
        breaks = {b.id: b for b in reopened.breaks()}
    assert integrity(db) == ["ok"]

    unreported = 0
    for session_id, record in sessions.items():
        states = plan(session_id)
        found = (
            record.ended is not None,
            record.outcome,
            record.seconds_done,
            record.pain_after,
            record.note,
        )
        matches = [i for i, row in enumerate(states) if astuple(row) == found]
        assert matches, f"session {session_id} is in no state it was ever written in: {record}"
        step = matches[0]
        if session_id not in reported_sessions:
            assert step == 0, f"session {session_id} was never reported started yet has progressed"
            unreported += 1
            continue
        said = reported_sessions[session_id]
        assert step in (said, said + 1), f"session {session_id}: reported step {said}, found {step}"
        unreported += step - said
    missing = set(reported_sessions) - set(sessions)
    assert not missing, f"sessions reported saved but gone: {sorted(missing)}"

    for break_id, (event, size) in reported_breaks.items():
        assert break_id in breaks, f"break {break_id} was reported saved but is gone"
        assert (breaks[break_id].event, len(breaks[break_id].detail or "")) == (event, size)
    unreported += len(set(breaks) - set(reported_breaks))
    assert unreported <= KILLS  # at most the one write in flight when each kill came


def _sessions_logged(db: Path) -> int:
    """Rows in the sessions table; 0 while the player is still creating the log."""
    try:
        return rows(db, "SELECT count(*) FROM sessions")[0][0] if db.exists() else 0
    except sqlite3.OperationalError:  # no such table yet, or locked by the migration
        return 0


def test_killing_the_real_player_keeps_the_started_session(spawn, coach_home):
    db = coach_home / "data" / "log.db"
    rand = random.Random(7)
    runs = 3
    for run in range(1, runs + 1):
        player = spawn(coach_command("run", "desk-break"), cwd=ROOT, env=app_env(coach_home))
        wait_for(
            lambda run=run: _sessions_logged(db) >= run,
            timeout=30,
            what=f"the player to log session {run}",
        )
        time.sleep(rand.uniform(0.0, 0.3))
        player.send_signal(signal.SIGKILL)
        assert player.wait(timeout=10) == -signal.SIGKILL
        assert integrity(db, readonly=True) == ["ok"]

    with SessionLog(db, ManualClock()) as after:
        assert after.recovery_notice is None
        sessions = after.sessions()
    assert [s.routine_id for s in sessions] == ["desk-break"] * runs
    for session in sessions:
        assert session.outcome == "partial" and session.ended is None
        assert 0 <= session.seconds_done <= session.seconds_planned
    assert integrity(db) == ["ok"]
    assert not list(db.parent.glob("log.db.corrupt-*")), "the log was never damaged, so never moved"
