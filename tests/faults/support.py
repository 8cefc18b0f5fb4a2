"""Helpers for the fault tests: binding file permissions for root, a tiny disk, app processes."""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from coach import paths

ROOT = Path(__file__).resolve().parents[2]

_CAP_VERSION_3 = 0x20080522
_CAP_DAC_OVERRIDE = 1
_CAP_DAC_READ_SEARCH = 2


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def _set_dac_override(enabled: bool | None, saved: list[int]) -> bool:
    """Drop (False) or restore (None) this thread's permission-bypassing capabilities."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        header = _CapHeader(_CAP_VERSION_3, 0)
        data = (_CapData * 2)()
        if libc.capget(ctypes.byref(header), data) != 0:
            return False
        if enabled is None:
            data[0].effective = saved[0]
        else:
            saved[:] = [data[0].effective]
            data[0].effective &= ~((1 << _CAP_DAC_OVERRIDE) | (1 << _CAP_DAC_READ_SEARCH))
        return libc.capset(ctypes.byref(header), data) == 0
    except (OSError, AttributeError):
        return False


def _permissions_bind(probe_parent: Path) -> bool:
    probe = probe_parent / ".permission-probe"
    probe.mkdir()
    probe.chmod(0o500)
    try:
        (probe / "x").write_text("x")
    except OSError:
        return True
    else:
        return False
    finally:
        probe.chmod(0o700)
        (probe / "x").unlink(missing_ok=True)
        probe.rmdir()


@contextlib.contextmanager
def permissions_enforced(tmp_path: Path) -> Iterator[None]:
    """Inside the block, chmod binds this test as it binds an ordinary user.

    Root bypasses file permissions through CAP_DAC_OVERRIDE; on Linux the block drops that
    capability (and CAP_DAC_READ_SEARCH) from this thread's effective set and restores it
    afterwards. An actual write into a read-only folder decides; when chmod still does not
    bind, the test is skipped.
    """
    saved: list[int] = []
    dropped = hasattr(os, "geteuid") and os.geteuid() == 0 and _set_dac_override(False, saved)
    try:
        if not _permissions_bind(tmp_path):
            pytest.skip("file permissions do not bind this user, and dropping CAP_DAC_OVERRIDE failed")
        yield
    finally:
        if dropped:
            assert _set_dac_override(None, saved), "could not restore the test's capabilities"


@contextlib.contextmanager
def tiny_disk(mount_point: Path, size: str = "384k") -> Iterator[Path]:
    """A small tmpfs mounted at ``mount_point`` (needs root and a permitted mount), or a skip."""
    mount_point.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "coach-fault-test", str(mount_point)],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"cannot mount a small tmpfs to fill up: {exc}")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to fill up: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        result = subprocess.run(["umount", str(mount_point)], capture_output=True, check=False, timeout=20)
        if result.returncode != 0:
            subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False, timeout=20)


def fill_disk(folder: Path) -> Path:
    """Write one file in ``folder`` until the file system is full; return it."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC, exc
    finally:
        os.close(fd)
    return filler


def integrity(db: Path, *, readonly: bool = False) -> list[str]:
    """``PRAGMA integrity_check`` of the file (["ok"] when sound).

    ``readonly`` looks through a read-only connection, which leaves a crashed writer's -wal
    in place for the next writer to recover (a read-write one would checkpoint it away).
    """
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) if readonly else sqlite3.connect(db)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def app_env(home: Path) -> dict[str, str]:
    """The environment of a Coach started by a test: offscreen, no session bus, ``home``."""
    env = dict(os.environ)
    env.update(
        COACH_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        DBUS_SESSION_BUS_ADDRESS="disabled:",
        QT_LOGGING_RULES="qt.multimedia.*=false;qt.qpa.*=false",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def coach_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "coach", *args]


def skip_the_welcome(home: Path) -> None:
    """Mark the first-run welcome as done, so a started app opens no wizard."""
    config = home / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "window-state.ini").write_text("[welcome]\ndone=true\n", encoding="utf-8")


def wait_for(condition: Callable[[], object], timeout: float, what: str, step: float = 0.02) -> object:
    """Poll ``condition`` (something outside this process) until it is true, or fail."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(step)

def unchecked_log() -> Path:
    """A log made by another program: Coach's tables and version, none of its checks; one good session."""
    db = paths.database_path()
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db)
    conn.executescript(
        """
        CREATE TABLE sessions (id INTEGER PRIMARY KEY, routine_id, routine_name, started, ended,
            seconds_done DEFAULT 0, seconds_planned, outcome DEFAULT 'partial', pain_before,
            pain_after, note, source DEFAULT 'manual');
        CREATE TABLE breaks (id INTEGER PRIMARY KEY, at, event, routine_id, session_id, seconds, detail);
        CREATE TABLE walks (id INTEGER PRIMARY KEY, started, ended, minutes, planned, pain,
            needed_flexion_break, note);
        CREATE TABLE prompts (id INTEGER PRIMARY KEY, at, kind, event, walk_id, detail);
        PRAGMA user_version = 1;
        INSERT INTO sessions (routine_id, routine_name, started, ended, seconds_done, seconds_planned, outcome)
            VALUES ('desk-break', 'Desk break', '2026-01-05T08:00:00Z', '2026-01-05T08:01:00Z', 38, 38, 'completed');
        """
    )
    conn.commit()
    conn.close()
    return db
