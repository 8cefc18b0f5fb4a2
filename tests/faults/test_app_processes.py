"""Real ``coach`` processes: one tray app however many start, and a start despite unusable folders."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.support import ROOT, app_env, coach_command, skip_the_welcome, wait_for

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes and signals"),
]

STARTS = 5
BUSY = "another Coach is starting or not responding"


def start_coach(spawn, home: Path, *args: str, prefix: tuple[str, ...] = ()) -> subprocess.Popen:
    return spawn(
        [*prefix, *coach_command("--minimized", *args)],
        cwd=ROOT,
        env=app_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def log_text(home: Path) -> str:
    path = home / "log" / "coach.log"
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def running_app(home: Path) -> bool:
    """The tray app has got as far as telling the user its notices (it is built and running;
    offscreen there is always one, as activity detection is unavailable there)."""
    return "coach.controllers.notices: notice: " in log_text(home)


def test_several_coaches_started_at_once_leave_exactly_one_running(spawn, coach_home):
    skip_the_welcome(coach_home)
    starts = [start_coach(spawn, coach_home) for _ in range(STARTS)]
    wait_for(
        lambda: sum(p.poll() is not None for p in starts) >= STARTS - 1,
        timeout=60,
        what=f"{STARTS - 1} of the {STARTS} starts to leave",
    )
    running = [p for p in starts if p.poll() is None]
    assert len(running) == 1, "more than one Coach is running"
    for process in starts:
        if process is not running[0]:
            message = process.stderr.read()
            assert process.returncode in (0, 1), message
            assert process.returncode == 0 or BUSY in message, message
            assert "Traceback" not in message, message
    wait_for(lambda: running_app(coach_home), timeout=30, what="the one Coach to be up")

    later = start_coach(spawn, coach_home)  # it answers a later start, which then leaves
    assert later.wait(timeout=30) == 0, later.stderr.read()
    assert running[0].poll() is None
    assert "already running; asked it to come forward" in log_text(coach_home)


def test_a_coach_that_was_killed_does_not_block_the_next(spawn, coach_home):
    skip_the_welcome(coach_home)
    first = start_coach(spawn, coach_home)
    wait_for(lambda: running_app(coach_home), timeout=30, what="the first Coach to be up")
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    (coach_home / "log" / "coach.log").unlink()

    second = start_coach(spawn, coach_home)
    wait_for(lambda: running_app(coach_home) or second.poll() is not None, timeout=30, what="the next Coach")
    assert second.poll() is None, second.stderr.read()


def _started_despite(spawn, home: Path, prefix: tuple[str, ...] = ()) -> tuple[subprocess.Popen, str]:
    process = start_coach(spawn, home, prefix=prefix)
    wait_for(lambda: running_app(home) or process.poll() is not None, timeout=30, what="Coach to start")
    stderr = process.stderr.read() if process.poll() is not None else ""
    return process, stderr


def test_the_tray_app_runs_when_a_file_is_where_its_data_folder_should_be(spawn, coach_home):
    skip_the_welcome(coach_home)
    data = coach_home / "data"
    data.write_text("the user's own file\n")
    process, stderr = _started_despite(spawn, coach_home)
    assert process.poll() is None, f"Coach did not keep running (exit {process.returncode}): {stderr}"
    assert f"Your sessions cannot be saved: cannot create the folder {data}" in log_text(coach_home)
    assert data.read_text() == "the user's own file\n"


def _without_root_powers() -> tuple[str, ...]:
    """A command prefix under which chmod binds (root keeps no CAP_DAC_OVERRIDE), or a skip."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a read-only folder would not bind")
    prefix = (setpriv, "--bounding-set", "-dac_override,-dac_read_search")
    probe = subprocess.run([*prefix, "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"setpriv cannot drop CAP_DAC_OVERRIDE here: {probe.stderr.decode().strip()}")
    return prefix


def test_the_tray_app_runs_when_its_data_folder_is_read_only(spawn, coach_home):
    prefix = _without_root_powers()
    skip_the_welcome(coach_home)
    data = coach_home / "data"
    data.mkdir()
    (data / "keep.txt").write_text("mine")
    data.chmod(0o555)
    try:
        process, stderr = _started_despite(spawn, coach_home, prefix)
        assert process.poll() is None, f"Coach did not keep running (exit {process.returncode}): {stderr}"
        assert "Your sessions cannot be saved" in log_text(coach_home)
        assert sorted(p.name for p in data.iterdir()) == ["keep.txt"]
    finally:
        data.chmod(0o755)


def test_sigterm_at_logout_quits_cleanly(spawn, coach_home):
    skip_the_welcome(coach_home)
    process = start_coach(spawn, coach_home)
    wait_for(lambda: running_app(coach_home), timeout=30, what="Coach to be up")
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 0, process.stderr.read()
    assert "Traceback" not in process.stderr.read()
    # the log was closed properly: no write-ahead file is left behind
    assert not (coach_home / "data" / "log.db-wal").exists()


def test_sigterm_before_the_event_loop_runs_is_not_lost(coach_home):
    code = (
        "import os, signal, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from coach.app import quit_on_signals\n"
        "app = QApplication([])\n"
        "quit_on_signals(app)\n"
        "os.kill(os.getpid(), signal.SIGTERM)  # arrives while start-up is still going on\n"
        "sys.exit(app.exec())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=app_env(coach_home),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
