"""The session log: schema, writes, queries, crash safety and recovery from damaged files."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from coach.core import session_log as session_log_module
from coach.core.clock import ManualClock
from coach.core.errors import SessionLogError
from coach.core.session_log import (
    SCHEMA_VERSION,
    BreakRecord,
    PromptRecord,
    SessionLog,
    SessionRecord,
    WalkRecord,
)

ROOT = Path(__file__).resolve().parents[3]
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def clock():
    return ManualClock(wall=datetime(2026, 1, 5, 9, 0, tzinfo=UTC))


@pytest.fixture
def db(tmp_path):
    return tmp_path / "data" / "log.db"


@pytest.fixture
def session_log(db, clock):
    with SessionLog.open(db, clock) as opened:
        yield opened


def raw(path: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def can_write_despite_permissions(tmp_path: Path) -> bool:
    """True when chmod cannot stop us writing (root, some file systems)."""
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        return False
    probe_dir = tmp_path / "probe"
    probe_dir.mkdir()
    probe_dir.chmod(0o500)
    try:
        (probe_dir / "x").write_text("x")
        return True
    except OSError:
        return False
    finally:
        probe_dir.chmod(0o700)


# -- schema ----------------------------------------------------------------------------------


def test_a_new_log_has_the_current_schema_and_safe_settings(session_log, db):
    assert db.exists()
    assert SCHEMA_VERSION == len(session_log_module.MIGRATIONS) == 1
    assert raw(db, "PRAGMA user_version") == [(1,)]
    tables = {r[0] for r in raw(db, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"sessions", "breaks", "walks", "prompts"}
    indexes = {r[0] for r in raw(db, "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"sessions_started", "breaks_at", "walks_started", "prompts_at"} <= indexes
    assert raw(db, "PRAGMA journal_mode") == [("wal",)]
    assert session_log.fetch("PRAGMA synchronous") == [(2,)]  # FULL
    assert session_log.fetch("PRAGMA foreign_keys") == [(1,)]


def test_reopening_keeps_the_rows(db, clock):
    with SessionLog(db, clock) as first:
        first.start_session("morning", "Morning", 300)
    with SessionLog(db, clock) as second:
        assert [s.routine_id for s in second.sessions()] == ["morning"]
        assert second.recovery_notice is None


def test_a_new_migration_is_applied_by_appending_a_function(db, clock, monkeypatch):
    with SessionLog(db, clock) as old:
        old.start_session("morning", "Morning", 300)
    calls = []

    def to_2(conn):
        calls.append(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("ALTER TABLE sessions ADD COLUMN mood TEXT")

    monkeypatch.setattr(session_log_module, "MIGRATIONS", (*session_log_module.MIGRATIONS, to_2))
    monkeypatch.setattr(session_log_module, "SCHEMA_VERSION", 2)
    with SessionLog(db, clock) as upgraded:
        assert upgraded.recovery_notice is None
        assert len(upgraded.sessions()) == 1
    assert calls == [1]
    assert raw(db, "PRAGMA user_version") == [(2,)]
    assert "mood" in {r[1] for r in raw(db, "PRAGMA table_info(sessions)")}
    with SessionLog(db, clock):
        assert calls == [1]  # not run again


# -- writes and queries -----------------------------------------------------------------------


def test_a_session_from_start_to_rating(session_log, clock, db):
    sid = session_log.start_session("desk", "Desk reset", 420, pain_before=4, source="break")
    row = raw(db, "SELECT started, ended, outcome, seconds_done FROM sessions WHERE id = ?", [sid])
    assert row == [("2026-01-05T09:00:00Z", None, "partial", 0)]
    clock.advance(90)
    session_log.update_session(sid, 90)
    clock.advance(330.6)
    session_log.finish_session(sid, "completed", 420, pain_after=2, note="felt looser")
    session_log.set_pain_after(sid, 1, "even better later")
    assert session_log.sessions() == [
        SessionRecord(
            id=sid,
            routine_id="desk",
            routine_name="Desk reset",
            started=datetime(2026, 1, 5, 9, 0, tzinfo=UTC),
            ended=datetime(2026, 1, 5, 9, 7, 0, tzinfo=UTC),
            seconds_done=420,
            seconds_planned=420,
            outcome="completed",
            pain_before=4,
            pain_after=1,
            note="even better later",
            source="break",
        )
    ]
    assert raw(db, "SELECT ended FROM sessions") == [("2026-01-05T09:07:00Z",)]


def test_set_pain_changes_only_what_is_given(session_log):
    sid = session_log.start_session("desk", "Desk reset", 420)
    session_log.set_pain(sid, pain_before=5)
    session_log.finish_session(sid, "stopped-for-pain", 60, pain_after=7, note="sharp")
    session_log.set_pain(sid, pain_before=6)
    record = session_log.session(sid)
    assert (record.pain_before, record.pain_after, record.note) == (6, 7, "sharp")
    session_log.set_pain(sid, pain_after=None, note=None)
    record = session_log.session(sid)
    assert (record.pain_before, record.pain_after, record.note) == (6, None, None)
    assert session_log.session(999) is None


def test_breaks_walks_and_prompts(session_log, clock):
    sid = session_log.start_session("desk", "Desk reset", 120, source="break")
    session_log.record_break("notice")
    clock.advance(60)
    session_log.record_break("prompted", routine_id="desk")
    clock.advance(5)
    taken = session_log.record_break("taken", routine_id="desk", session_id=sid)
    clock.advance(600)
    session_log.record_break("natural", seconds=900, detail="away from the desk")
    prompt = session_log.record_prompt("heat-pack", "prompted")
    walk = session_log.start_walk(planned=True)
    session_log.record_prompt("walk", "done", walk_id=walk)
    clock.advance(25 * 60)
    session_log.finish_walk(walk, pain=3, needed_flexion_break=True, note="hill")
    clock.advance(60)
    session_log.record_walk(10, planned=False)

    breaks = session_log.breaks()
    assert [b.event for b in breaks] == ["notice", "prompted", "taken", "natural"]
    assert breaks[2] == BreakRecord(
        taken, datetime(2026, 1, 5, 9, 1, 5, tzinfo=UTC), "taken", "desk", sid, None, None
    )
    assert (breaks[3].seconds, breaks[3].detail) == (900, "away from the desk")
    walks = session_log.walks()
    assert walks[0] == WalkRecord(
        walk,
        datetime(2026, 1, 5, 9, 11, 5, tzinfo=UTC),
        datetime(2026, 1, 5, 9, 36, 5, tzinfo=UTC),
        25.0,
        True,
        3,
        True,
        "hill",
    )
    assert walks[1].started == datetime(2026, 1, 5, 9, 27, 5, tzinfo=UTC)
    assert (walks[1].minutes, walks[1].planned, walks[1].needed_flexion_break) == (10, False, None)
    prompts = session_log.prompts()
    assert prompts[0] == PromptRecord(
        prompt, datetime(2026, 1, 5, 9, 11, 5, tzinfo=UTC), "heat-pack", "prompted", None, None
    )
    assert (prompts[1].kind, prompts[1].event, prompts[1].walk_id) == ("walk", "done", walk)


def test_walk_minutes_can_be_given(session_log, clock):
    walk = session_log.start_walk(planned=False)
    clock.advance(600)
    session_log.finish_walk(walk, minutes=12.5, pain=None, needed_flexion_break=False)
    (record,) = session_log.walks()
    assert (record.minutes, record.needed_flexion_break, record.pain) == (12.5, False, None)


@pytest.mark.parametrize(
    "call",
    [
        lambda log: log.start_session("a", "A", 60, pain_before=11),
        lambda log: log.start_session("a", "A", -1),
        lambda log: log.start_session("a", "A", 60, pain_before=True),
        lambda log: log.finish_session(1, "done", 60),
        lambda log: log.finish_session(1, "completed", 60, pain_after=-1),
        lambda log: log.update_session(1, -5),
        lambda log: log.record_break("coffee"),
        lambda log: log.record_break("natural", seconds=-3),
        lambda log: log.record_prompt("snack", "prompted"),
        lambda log: log.record_prompt("walk", "ignored"),
        lambda log: log.record_walk(-1, planned=True),
        lambda log: log.set_pain(1, pain_after=3.5),
    ],
)
def test_bad_arguments_are_programming_errors(session_log, call):
    session_log.start_session("a", "A", 60)
    with pytest.raises(ValueError):
        call(session_log)


def test_updating_a_missing_row_says_so(session_log):
    with pytest.raises(SessionLogError, match="no session with id 42"):
        session_log.update_session(42, 10)
    with pytest.raises(SessionLogError, match="no walk with id 7"):
        session_log.finish_walk(7, minutes=3)


def test_naive_clock_times_are_refused(db):
    clock = ManualClock(wall=datetime(2026, 1, 5, 9, 0))
    with SessionLog(db, clock) as naive, pytest.raises(ValueError, match="time zone"):
        naive.start_session("a", "A", 60)


def test_range_queries_use_local_days_or_instants(session_log, clock):
    # 2026-01-05 23:30 UTC is already 2026-01-06 00:30 in Berlin.
    for hour, minute in [(0, 0), (22, 59), (23, 30)]:
        clock.wall = datetime(2026, 1, 5, hour, minute, tzinfo=UTC)
        session_log.start_session(f"s{hour}", "S", 60)
    clock.wall = datetime(2026, 1, 6, 12, 0, tzinfo=UTC)
    session_log.start_session("next", "N", 60)

    def ids(**kw):
        return [s.routine_id for s in session_log.sessions(**kw)]

    assert ids() == ["s0", "s22", "s23", "next"]
    assert ids(since=date(2026, 1, 6)) == ["next"]
    assert ids(since=date(2026, 1, 6), tz=BERLIN) == ["s23", "next"]
    assert ids(until=date(2026, 1, 5), tz=BERLIN) == ["s0", "s22"]
    assert ids(since=date(2026, 1, 5), until=date(2026, 1, 5)) == ["s0", "s22", "s23"]
    instant = datetime(2026, 1, 5, 22, 59, tzinfo=UTC)
    assert ids(since=instant) == ["s22", "s23", "next"]
    assert ids(until=instant) == ["s0"]


def test_day_events_gathers_one_local_day_in_time_order(session_log, clock):
    clock.wall = datetime(2026, 3, 28, 22, 30, tzinfo=UTC)  # 23:30 CET on the 28th
    session_log.record_break("prompted")
    clock.wall = datetime(2026, 3, 28, 23, 30, tzinfo=UTC)  # 00:30 CET on the 29th (DST day)
    sid = session_log.start_session("night", "Night", 60)
    clock.advance(60)
    session_log.record_break("taken", session_id=sid)
    clock.wall = datetime(2026, 3, 29, 9, 0, tzinfo=UTC)
    walk = session_log.start_walk(planned=True)
    clock.wall = datetime(2026, 3, 29, 8, 0, tzinfo=UTC)  # recorded later, happened earlier
    session_log.record_prompt("warm-up", "prompted")
    clock.wall = datetime(2026, 3, 29, 22, 30, tzinfo=UTC)  # 00:30 CEST on the 30th
    session_log.record_break("skipped")

    events = session_log.day_events(date(2026, 3, 29), BERLIN)
    assert [type(e).__name__ for e in events] == [
        "SessionRecord",
        "BreakRecord",
        "PromptRecord",
        "WalkRecord",
    ]
    assert events[3].id == walk
    assert [e.event for e in session_log.day_events(date(2026, 3, 28), BERLIN)] == ["prompted"]
    assert [e.event for e in session_log.day_events(date(2026, 3, 30), BERLIN)] == ["skipped"]
    assert session_log.day_events(date(2026, 3, 29), UTC)[-1].event == "skipped"


# -- crashes --------------------------------------------------------------------------------


def test_a_session_cut_off_by_a_crash_stays_as_partial(db, clock):
    crashed = SessionLog(db, clock)
    sid = crashed.start_session("desk", "Desk reset", 300, pain_before=3)
    clock.advance(120)
    crashed.update_session(sid, 120)
    crashed.close()  # the app dies here: no finish_session

    with SessionLog(db, clock) as reopened:
        (record,) = reopened.sessions()
    assert (record.id, record.outcome, record.ended, record.seconds_done) == (sid, "partial", None, 120)
    assert record.pain_before == 3


@pytest.mark.slow
def test_a_saved_session_survives_sigkill(db):
    if not hasattr(os, "kill") or sys.platform == "win32":
        pytest.skip("needs POSIX signals")
    code = textwrap.dedent(f"""
        import os, signal
        from coach.core.clock import ManualClock
        from coach.core.session_log import SessionLog
        log = SessionLog({str(db)!r}, ManualClock())
        sid = log.start_session("desk", "Desk reset", 300)
        log.update_session(sid, 200)
        log.record_break("taken", session_id=sid)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, check=False)
    assert result.returncode == -9, result.stderr
    with SessionLog(db, ManualClock()) as after:
        assert [(s.outcome, s.seconds_done, s.ended) for s in after.sessions()] == [("partial", 200, None)]
        assert [b.event for b in after.breaks()] == ["taken"]
        assert after.recovery_notice is None


# -- damaged files --------------------------------------------------------------------------


def _expect_moved_aside(db: Path, clock, original: bytes, caplog) -> SessionLog:
    with caplog.at_level(logging.WARNING, logger="coach.core.session_log"):
        fresh = SessionLog.open(db, clock)
    aside = db.with_name("log.db.corrupt-20260105T090000Z")
    assert aside.read_bytes() == original
    assert fresh.recovery_notice is not None
    assert str(aside) in fresh.recovery_notice
    assert str(db) in fresh.recovery_notice
    assert any(str(aside) in r.getMessage() for r in caplog.records)
    fresh.start_session("desk", "Desk reset", 60)
    assert len(fresh.sessions()) == 1
    return fresh


def test_random_bytes_are_moved_aside(db, clock, caplog):
    db.parent.mkdir(parents=True)
    junk = os.urandom(3000)
    db.write_bytes(junk)
    fresh = _expect_moved_aside(db, clock, junk, caplog)
    assert "damaged" in fresh.recovery_notice
    fresh.close()


def test_a_truncated_database_is_moved_aside(db, clock, caplog):
    SessionLog(db, clock).close()
    conn = sqlite3.connect(db)
    with conn:  # fill a few hundred pages in one transaction
        conn.executemany(
            "INSERT INTO breaks (at, event, detail) VALUES (?, 'prompted', ?)",
            [("2026-01-05T09:00:00Z", "x" * 100)] * 2000,
        )
    conn.close()
    assert raw(db, "PRAGMA wal_checkpoint(TRUNCATE)")[0][0] == 0
    data = db.read_bytes()
    assert len(data) > 100_000
    truncated = data[: len(data) // 2]
    db.write_bytes(truncated)
    _expect_moved_aside(db, clock, truncated, caplog).close()


@pytest.mark.parametrize("read_only", [False, True])
def test_a_log_from_a_newer_coach_is_refused_and_left_in_place(db, clock, read_only):
    with SessionLog(db, clock) as current:
        current.start_session("desk", "Desk reset", 60)
    raw_conn = sqlite3.connect(db)
    raw_conn.execute("PRAGMA user_version = 99")
    raw_conn.commit()
    raw_conn.close()
    content = db.read_bytes()
    with pytest.raises(SessionLogError, match=r"made by a newer Coach \(schema 99; .*\); update Coach"):
        SessionLog.open(db, clock, read_only=read_only)
    assert not [p for p in db.parent.iterdir() if "corrupt" in p.name]  # nothing moved aside
    assert db.read_bytes() == content


def test_a_foreign_database_is_moved_aside(db, clock, caplog):
    db.parent.mkdir(parents=True)
    raw_conn = sqlite3.connect(db)
    raw_conn.execute("CREATE TABLE photos (id INTEGER)")
    raw_conn.commit()
    raw_conn.close()
    fresh = _expect_moved_aside(db, clock, db.read_bytes(), caplog)
    assert "not a Coach session log" in fresh.recovery_notice
    fresh.close()


def test_moving_aside_never_overwrites_and_takes_the_wal_along(db, clock, caplog):
    db.parent.mkdir(parents=True)
    taken = db.with_name("log.db.corrupt-20260105T090000Z")
    taken.write_text("an older rescue")
    db.write_bytes(b"garbage" * 100)
    Path(f"{db}-wal").write_bytes(b"stale wal")
    with caplog.at_level(logging.WARNING), SessionLog(db, clock) as fresh:
        second = db.with_name("log.db.corrupt-20260105T090000Z-2")
        assert str(second) in fresh.recovery_notice
    assert taken.read_text() == "an older rescue"
    assert second.read_bytes() == b"garbage" * 100
    assert Path(f"{second}-wal").read_bytes() == b"stale wal"


# -- environment failures -------------------------------------------------------------------


def test_a_folder_that_cannot_be_created_is_an_error(tmp_path, clock):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(SessionLogError, match=str(blocker)):
        SessionLog(blocker / "log.db", clock)


def test_a_path_that_is_a_folder_is_an_error(tmp_path, clock):
    folder = tmp_path / "log.db"
    folder.mkdir()
    with pytest.raises(SessionLogError, match=r"cannot open the session log .*log\.db"):
        SessionLog(folder, clock)


def test_a_read_only_database_file_is_an_error(db, clock, tmp_path):
    if can_write_despite_permissions(tmp_path):
        pytest.skip("file permissions do not bind this user (root?)")
    with SessionLog(db, clock) as first:
        first.start_session("desk", "Desk reset", 60)
    db.chmod(0o444)
    try:
        with pytest.raises(SessionLogError, match=r"read-only") as caught:
            SessionLog(db, clock)
        assert str(db) in str(caught.value)
    finally:
        db.chmod(0o644)


def test_a_read_only_folder_is_an_error(db, clock, tmp_path):
    if can_write_despite_permissions(tmp_path):
        pytest.skip("file permissions do not bind this user (root?)")
    db.parent.mkdir(parents=True)
    db.parent.chmod(0o555)
    try:
        with pytest.raises(SessionLogError, match=str(db)):
            SessionLog(db, clock)
    finally:
        db.parent.chmod(0o755)


def test_a_full_disk_is_reported_on_write(session_log, db):
    page_count = session_log.fetch("PRAGMA page_count")[0][0]
    session_log.fetch(f"PRAGMA max_page_count = {page_count + 1}")  # nearly no room left
    with pytest.raises(SessionLogError, match="disk is full") as caught:
        for _ in range(1000):
            session_log.record_break("natural", detail="x" * 500)
    assert str(db) in str(caught.value)


def test_a_closed_log_raises_session_log_error(db, clock):
    closed = SessionLog(db, clock)
    closed.close()
    with pytest.raises(SessionLogError):
        closed.sessions()
    with pytest.raises(SessionLogError):
        closed.record_break("notice")


def test_timestamps_come_from_the_injected_clock(db):
    clock = ManualClock(wall=datetime(2031, 7, 1, 14, 0, 30, 999_000, tzinfo=ZoneInfo("Asia/Tokyo")))
    with SessionLog(db, clock) as later:
        later.record_break("notice")
        assert later.breaks()[0].at == datetime(2031, 7, 1, 5, 0, 30, tzinfo=UTC)
    assert raw(db, "SELECT at FROM breaks") == [("2031-07-01T05:00:30Z",)]
