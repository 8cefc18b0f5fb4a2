"""Damaged, unreadable and unwritable user files: a clear message, the file kept, Coach running."""

from __future__ import annotations

import os
import random
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coach import paths
from coach.app import Services
from coach.core.clock import ManualClock
from coach.core.settings import Settings
from tests.faults.support import permissions_enforced

WHEN = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(wall=WHEN)


def open_services(clock: ManualClock) -> Services:
    return Services(clock, UTC)


def a_log_with_history(clock: ManualClock, sessions: int = 3) -> Path:
    """A real session log with a few sessions and many breaks, checkpointed into one file."""
    first = open_services(clock)
    assert first.log is not None and not first.notices
    for i in range(sessions):
        sid = first.log.start_session("desk-break", "Desk break", 38)
        first.log.finish_session(sid, "completed", 30, pain_after=i)
    first.close()
    db = paths.database_path()
    conn = sqlite3.connect(db)
    with conn:  # a few hundred pages of breaks, in one transaction
        conn.executemany(
            "INSERT INTO breaks (at, event, detail) VALUES ('2026-01-05T09:00:00Z', 'natural', ?)",
            [("x" * 200,)] * 400,
        )
    conn.close()
    assert not Path(f"{db}-wal").exists()
    return db


def the_only(pattern: str, folder: Path) -> Path:
    found = sorted(folder.glob(pattern))
    assert len(found) == 1, f"expected one {pattern} in {folder}, found {found}"
    return found[0]


def assert_still_working(services: Services) -> None:
    """Settings and library are loaded whatever happened to the log or the settings file."""
    assert services.settings is not None
    assert "desk-break" in services.library.routines


# -- the session log ---------------------------------------------------------------------


def _random_bytes(db: Path) -> bytes:
    return random.Random(1).randbytes(8192)


def _truncated(db: Path) -> bytes:
    data = db.read_bytes()
    return data[: len(data) // 2 + 100]


def _bad_header(db: Path) -> bytes:
    data = db.read_bytes()
    return b"not an sqlite file at all" + data[25:]


def _scrambled_pages(db: Path) -> bytes:
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    junk = random.Random(2).randbytes(page)
    for number in (2, 3, 5):  # the first pages after the schema: tables and indexes
        data[number * page : (number + 1) * page] = junk
    return bytes(data)


@pytest.mark.parametrize("damage", [_random_bytes, _truncated, _bad_header, _scrambled_pages])
def test_a_damaged_log_is_moved_aside_and_a_fresh_one_started(clock, damage):
    db = a_log_with_history(clock)
    damaged = damage(db)
    db.write_bytes(damaged)

    services = open_services(clock)
    aside = the_only("log.db.corrupt-*Z", db.parent)
    assert aside.read_bytes() == damaged, "the damaged file must be kept exactly as it was"
    (notice,) = services.notices
    assert str(aside) in notice and str(db) in notice
    assert services.log is not None and services.log.sessions() == []
    services.log.start_session("desk-break", "Desk break", 38)
    assert len(services.log.sessions()) == 1
    assert_still_working(services)
    services.close()


def test_a_read_only_log_is_reported_and_left_alone(clock, tmp_path):
    db = a_log_with_history(clock)
    original = db.read_bytes()
    db.chmod(0o444)
    try:
        with permissions_enforced(tmp_path):
            services = open_services(clock)
    finally:
        db.chmod(0o644)
    (notice,) = services.notices
    assert "cannot be saved" in notice and "read-only" in notice and str(db) in notice
    assert services.log is None
    assert db.read_bytes() == original
    assert not list(db.parent.glob("log.db.corrupt-*Z"))
    assert_still_working(services)


def test_a_log_made_writable_again_is_used_again(clock, tmp_path):
    """Opening a read-only log must leave nothing behind that keeps it read-only."""
    db = a_log_with_history(clock)
    with permissions_enforced(tmp_path):
        db.chmod(0o444)
        try:
            assert open_services(clock).log is None
        finally:
            db.chmod(0o644)
        services = open_services(clock)
        leftovers = {p.name: oct(p.stat().st_mode & 0o777) for p in db.parent.iterdir()}
        assert services.notices == [], f"files in the data folder: {leftovers}"
        assert services.log is not None and len(services.log.sessions()) == 3
        services.log.start_session("desk-break", "Desk break", 38)
        services.close()


def test_a_read_only_data_folder_is_reported_and_left_alone(clock, tmp_path):
    db = a_log_with_history(clock)
    original = db.read_bytes()
    with permissions_enforced(tmp_path):
        db.parent.chmod(0o555)
        try:
            services = open_services(clock)
        finally:
            db.parent.chmod(0o755)
        (notice,) = services.notices
        assert "cannot be saved" in notice and "read-only" in notice and str(db) in notice
        assert services.log is None
        assert db.read_bytes() == original
        assert_still_working(services)
        again = open_services(clock)  # once the folder is writable again, the log is used again
        assert again.notices == [] and again.log is not None and len(again.log.sessions()) == 3
        again.close()


def test_a_file_where_the_data_folder_should_be(clock, coach_home):
    data = paths.data_dir()
    data.parent.mkdir(parents=True)
    data.write_bytes(b"the user's own file called data\n")
    services = open_services(clock)
    (notice,) = services.notices
    assert "cannot be saved" in notice and str(data) in notice
    assert services.log is None
    assert data.read_bytes() == b"the user's own file called data\n"
    assert_still_working(services)


def test_a_folder_where_the_log_file_should_be(clock):
    db = paths.database_path()
    (db / "something").mkdir(parents=True)
    services = open_services(clock)
    (notice,) = services.notices
    assert "cannot be saved" in notice and str(db) in notice
    assert services.log is None
    assert (db / "something").is_dir()
    assert_still_working(services)


# -- config.yaml -------------------------------------------------------------------------

BAD_CONFIGS = {
    "syntax error": b"movement_breaks:\n  every: [30m\n  style: prompt\n",
    "invalid UTF-8": b"movement_breaks:\n  every: 30m\nsounds: \xff\xfe\n",
    "NUL byte": b"sounds: true\n\x00\x00\x00\n",
    "not a mapping": b"- movement_breaks\n- sounds\n",
    "alias bomb": b"a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    + b"".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n".encode() for i in range(8)
    ),
    "python tag": b"sounds: !!python/object/apply:os.system ['echo hacked']\n",
    "too big": b"# " + b"x" * (1024 * 1024 + 10) + b"\nsounds: false\n",
}


@pytest.mark.parametrize("content", BAD_CONFIGS.values(), ids=BAD_CONFIGS.keys())
def test_an_unreadable_settings_file_is_left_as_it_is_and_defaults_used(clock, content):
    config = paths.config_path()
    config.parent.mkdir(parents=True)
    config.write_bytes(content)

    services = open_services(clock)
    assert config.read_bytes() == content, "the user's file must stay exactly as it was"
    assert [p.name for p in config.parent.glob("config.yaml*")] == ["config.yaml"]
    (notice,) = services.notices
    assert re.search(re.escape(str(config)) + r"(:\d+)?: ", notice), notice
    assert services.settings == Settings()
    assert_still_working(services)
    services.close()


def test_a_settings_file_with_bad_values_is_left_alone_with_lines(clock):
    config = paths.config_path()
    config.parent.mkdir(parents=True)
    text = "movement_breaks:\n  every: soon\nsounds: maybe\n"
    config.write_text(text, encoding="utf-8")
    services = open_services(clock)
    (notice,) = services.notices
    assert f"{config}:2" in notice and f"{config}:3" in notice
    assert config.read_text(encoding="utf-8") == text
    assert not list(config.parent.glob("config.yaml.bak-*"))
    services.close()


def test_a_settings_file_that_cannot_be_read_is_left_alone(clock, tmp_path):
    config = paths.config_path()
    config.parent.mkdir(parents=True)
    config.write_text("sounds: false\n", encoding="utf-8")
    config.chmod(0o000)
    try:
        with permissions_enforced(tmp_path):
            services = open_services(clock)
    finally:
        config.chmod(0o644)
    (notice,) = services.notices
    assert f"{config}: cannot read file: Permission denied" in notice and "defaults" in notice
    assert config.read_text(encoding="utf-8") == "sounds: false\n"
    assert not list(config.parent.glob("config.yaml.bak-*"))
    assert services.settings == Settings()
    assert_still_working(services)
    services.close()


def test_a_folder_where_the_settings_file_should_be(clock):
    config = paths.config_path()
    (config / "notes.txt").parent.mkdir(parents=True)
    (config / "notes.txt").write_text("mine")
    services = open_services(clock)
    (notice,) = services.notices
    assert str(config) in notice
    assert (config / "notes.txt").read_text() == "mine"
    assert services.settings == Settings()
    services.close()


def test_a_file_where_the_config_folder_should_be(clock):
    folder = paths.config_dir()
    folder.parent.mkdir(parents=True)
    folder.write_text("mine")
    services = open_services(clock)
    (notice,) = services.notices
    assert str(paths.config_path()) in notice
    assert folder.read_text() == "mine"
    assert services.settings == Settings()
    services.close()


def test_damaged_files_never_stop_each_other(clock):
    """A damaged log, a damaged settings file and a broken exercise file, all at once."""
    db = a_log_with_history(clock)
    db.write_bytes(b"\x00" * 4096)
    config = paths.config_path()
    config.write_bytes(b"movement_breaks: {every: \n")
    user = paths.user_exercises_dir()
    user.mkdir(parents=True)
    (user / "broken.yaml").write_bytes(b"id: broken\nname: [\n")
    services = open_services(clock)
    assert len(services.notices) == 2
    assert any(f"{config}:2: YAML syntax error" in n for n in services.notices)
    assert config.read_bytes() == b"movement_breaks: {every: \n"
    assert any(str(the_only("log.db.corrupt-*Z", db.parent)) in n for n in services.notices)
    (problem,) = services.library.problems
    assert problem.path == user / "broken.yaml" and problem.line == 3
    assert_still_working(services)
    services.close()


def test_a_log_from_a_newer_coach_is_left_in_place_and_the_app_says_to_update(clock):
    db = a_log_with_history(clock)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 9")
    conn.commit()
    conn.close()
    content = db.read_bytes()
    services = open_services(clock)
    assert services.log is None
    (notice,) = services.notices
    assert "made by a newer Coach (schema 9;" in notice and "update Coach" in notice
    assert db.read_bytes() == content and not list(db.parent.glob("log.db.corrupt-*"))
    assert_still_working(services)
    services.close()


@pytest.mark.parametrize("odd", ["pipe", "link to a device", "folder"])
def test_an_odd_log_file_is_named_and_left_alone(clock, odd):
    db = paths.database_path()
    db.parent.mkdir(parents=True)
    if odd == "pipe":
        os.mkfifo(db)
    elif odd == "link to a device":
        db.symlink_to("/dev/null")
    else:
        db.mkdir()
    before = os.lstat(db)
    services = open_services(clock)  # a pipe would hang SQLite's open
    (notice,) = services.notices
    assert "cannot be saved" in notice and str(db) in notice
    after = os.lstat(db)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    assert not list(db.parent.glob("log.db.corrupt-*"))
    assert_still_working(services)
    services.close()
