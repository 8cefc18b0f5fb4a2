"""SIGTERM and SIGINT end every mode within a second with the session saved; no display, one line."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coach.cli import display_problem
from tests.faults.support import ROOT, app_env, coach_command, rows, skip_the_welcome, wait_for

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _log(home: Path) -> str:
    path = home / "log" / "coach.log"
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def _run(spawn, home: Path, *args: str) -> subprocess.Popen:
    return spawn(
        coach_command(*args),
        cwd=ROOT,
        env=app_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def _sessions(db: Path) -> list[tuple]:
    """The logged sessions, or none while the log is still being created."""
    try:
        return rows(db, "SELECT id FROM sessions") if db.exists() else []
    except sqlite3.Error:
        return []


def _ends_soon(process: subprocess.Popen, number: int) -> float:
    """Send ``number`` and return how long the process took to end (it must end with 0)."""
    start = time.monotonic()
    process.send_signal(number)
    code = process.wait(timeout=30)
    took = time.monotonic() - start
    stderr = process.stderr.read() if process.stderr else ""
    assert code == 0, stderr
    assert "Traceback" not in stderr, stderr
    return took


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_ends_the_player_while_a_settings_notice_is_up(spawn, coach_home, number):
    skip_the_welcome(coach_home)
    (coach_home / "config" / "config.yaml").write_text("movement_breaks:\n  every: [30m\n")
    process = _run(spawn, coach_home, "run", "desk-break")
    wait_for(lambda: "settings file not usable" in _log(coach_home), timeout=30, what="the settings notice")
    assert process.poll() is None  # the modal notice holds the player back
    assert _ends_soon(process, number) < 3.0
    # nothing was played, so nothing was logged; the user's file is as it was
    assert (coach_home / "config" / "config.yaml").read_text() == "movement_breaks:\n  every: [30m\n"


def test_sigterm_ends_a_playing_routine_and_saves_the_session(spawn, coach_home):
    skip_the_welcome(coach_home)
    db = coach_home / "data" / "log.db"
    process = _run(spawn, coach_home, "run", "desk-break")
    wait_for(lambda: _sessions(db), timeout=30, what="the session to start")
    assert _ends_soon(process, signal.SIGTERM) < 3.0
    ((ended, outcome),) = rows(db, "SELECT ended, outcome FROM sessions")
    assert ended is not None and outcome == "partial"  # saved as stopped, not left open


def test_sigterm_ends_the_tray_app_with_a_dialog_open(spawn, coach_home):
    """The first-run welcome is a dialog; the tray app ends with it open."""
    process = _run(spawn, coach_home, "--minimized")
    wait_for(lambda: ": notice: " in _log(coach_home), timeout=30, what="Coach to be up")
    assert _ends_soon(process, signal.SIGTERM) < 3.0


def test_without_a_display_coach_says_so_in_one_line_and_exits_1(coach_home):
    env = app_env(coach_home)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    for args in ([], ["run", "desk-break"]):
        result = subprocess.run(
            coach_command(*args), cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False
        )
        assert result.returncode == 1, result.stderr
        assert result.stderr.count("\n") == 1 and "no display" in result.stderr
        assert "Reinstalling" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize(
    ("env", "usable"),
    [
        ({}, False),
        ({"DISPLAY": ":0"}, True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, True),
        ({"QT_QPA_PLATFORM": "minimal"}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, False),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, True),
        ({"QT_QPA_PLATFORM": "wayland:fullscreen"}, False),
    ],
)
def test_which_environments_have_a_display(env, usable):
    def answers(*_args: object) -> bool:  # every display named answers
        return True

    assert (display_problem(env, "linux", answers) is None) is usable
    assert display_problem(env, "win32", answers) is None and display_problem(env, "darwin", answers) is None


def _free_x_display() -> str:
    """A display number no X server listens on here."""
    number = next(n for n in range(99, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    return f":{number}"


@pytest.mark.parametrize("args", [[], ["run", "desk-break"]])
@pytest.mark.parametrize("unreachable", ["x11", "wayland"])
def test_an_unreachable_display_is_named_in_one_line_and_exits_1(coach_home, tmp_path, args, unreachable):
    env = app_env(coach_home)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    if unreachable == "x11":
        env["DISPLAY"] = _free_x_display()
        shown = f"display {env['DISPLAY']}"
    else:
        env.update(WAYLAND_DISPLAY="wayland-9", XDG_RUNTIME_DIR=str(tmp_path))
        shown = "Wayland display wayland-9"
    result = subprocess.run(
        coach_command(*args), cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"coach: cannot open {shown}")
    assert "Reinstalling" not in result.stderr and result.stdout == ""


def test_the_real_probe_finds_a_listening_wayland_socket_and_not_a_stale_one(tmp_path):
    import socket

    env = {"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert "cannot open Wayland display wayland-1" in (display_problem(env, "linux") or "")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "wayland-1"))
        server.listen()
        assert display_problem(env, "linux") is None
        assert display_problem({"WAYLAND_DISPLAY": str(tmp_path / "wayland-1")}, "linux") is None  # absolute
    # the socket file is left behind by a compositor that is gone: not a display
    assert display_problem(env, "linux") is not None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-1"}, "linux") is not None  # no XDG_RUNTIME_DIR


def test_an_explicit_platform_choice_is_respected(tmp_path):
    free = _free_x_display()
    assert display_problem({"DISPLAY": free, "QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    problem = display_problem({"DISPLAY": free, "QT_QPA_PLATFORM": "xcb"}, "linux") or ""
    assert problem.startswith(f"coach: cannot open display {free} (QT_QPA_PLATFORM=xcb)")


def test_offscreen_still_runs_without_a_display(spawn, coach_home):
    skip_the_welcome(coach_home)
    process = _run(spawn, coach_home, "run", "desk-break")  # app_env sets QT_QPA_PLATFORM=offscreen
    db = coach_home / "data" / "log.db"
    wait_for(lambda: _sessions(db), timeout=30, what="the player")
    assert _ends_soon(process, signal.SIGTERM) < 3.0


@pytest.mark.parametrize("odd", ["config/window-state.ini", "data/coach.lock", "log/coach.log"])
def test_the_tray_app_starts_past_a_pipe_among_its_own_files(spawn, coach_home, odd):
    pipe = coach_home / odd
    pipe.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(pipe)
    process = _run(spawn, coach_home, "--minimized")
    if odd != "log/coach.log":
        wait_for(lambda: ": notice: " in _log(coach_home), timeout=30, what="Coach to be up")
    else:  # its own log is the pipe: it logs to the terminal instead, and runs
        wait_for(lambda: (coach_home / "data" / "log.db").exists(), timeout=30, what="Coach to be up")
    assert process.poll() is None
    assert _ends_soon(process, signal.SIGTERM) < 3.0
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
