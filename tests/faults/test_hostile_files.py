"""The commands against files a hostile world hands Coach: pipes, links, devices, foreign rows, locks."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coach import paths
from coach.cli import main
from coach.core.clock import ManualClock
from coach.core.errors import SessionLogError
from coach.core.history import report_data
from coach.core.session_log import SessionLog
from coach.core.stats import summary
from tests.faults.support import ROOT, app_env, coach_command, permissions_enforced, unchecked_log

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX special files")

CLOCK = ManualClock(wall=datetime(2026, 1, 5, 9, 0, tzinfo=UTC))


def run(home: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """``coach ARGS`` in its own process; a hang fails the test instead of stopping the suite."""
    return subprocess.run(
        coach_command(*args),
        cwd=ROOT,
        env={**app_env(home), **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def a_log(sessions: int = 2, note: str | None = None, name: str = "Desk break") -> Path:
    db = paths.database_path()
    with SessionLog(db, CLOCK) as log:
        for i in range(sessions):
            sid = log.start_session("desk-break", name, 38)
            log.finish_session(sid, "completed", 38, pain_after=i, note=note)
    return db


# -- pipes and devices never hang ------------------------------------------------------------


@pytest.mark.parametrize("command", [["log"], ["stats"], ["export"], ["log", "--json"], ["report", "--output", "r.pdf"]])
@pytest.mark.parametrize("companion", ["", "-wal"])
def test_a_pipe_for_the_log_is_refused_at_once(coach_home, tmp_path, command, companion):
    a_log() if companion else paths.data_dir().mkdir(parents=True)
    pipe = Path(f"{paths.database_path()}{companion}")
    os.mkfifo(pipe)
    result = run(coach_home, *command)
    assert result.returncode == 1, result.stderr
    assert f"{pipe}: is a named pipe (FIFO), not a regular file" in result.stderr
    assert "Traceback" not in result.stderr
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)  # left as it was


def test_a_pipe_for_the_settings_is_reported_and_plan_goes_on(coach_home):
    paths.config_dir().mkdir(parents=True)
    os.mkfifo(paths.config_path())
    result = run(coach_home, "plan", "--date", "2026-01-05")
    assert result.returncode == 0, result.stderr
    assert f"{paths.config_path()}: cannot read file: is a named pipe (FIFO)" in result.stderr
    assert "Working hours" in result.stdout
    assert stat.S_ISFIFO(os.lstat(paths.config_path()).st_mode)


# -- --output ----------------------------------------------------------------------------------


def test_export_through_a_link_writes_the_links_target(tmp_path, capsys):
    a_log()
    real = tmp_path / "kept" / "history.csv"
    real.parent.mkdir()
    real.write_text("old\n")
    alias = tmp_path / "history.csv"
    alias.symlink_to(real)
    assert main(["export", "--output", str(alias)]) == 0
    assert alias.is_symlink() and real.read_text(encoding="utf-8").startswith("type,id,")
    assert f"Exported 2 records to {alias}" in capsys.readouterr().out


@pytest.mark.parametrize("odd", ["pipe", "link to a device", "dangling link", "link loop", "folder", "device"])
def test_export_never_replaces_an_odd_output(tmp_path, capsys, odd):
    a_log()
    target = tmp_path / "out.csv"
    if odd == "pipe":
        os.mkfifo(target)
    elif odd == "link to a device":
        target.symlink_to("/dev/null")
    elif odd == "dangling link":
        target.symlink_to(tmp_path / "nowhere.csv")
    elif odd == "link loop":
        target.symlink_to(target)
    elif odd == "folder":
        target.mkdir()
    else:
        target = Path("/dev/null")
    before = os.lstat(target)
    assert main(["export", "--output", str(target)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and f"coach export: cannot write {target}: " in err  # never "Exported"
    after = os.lstat(target)
    assert (stat.S_IFMT(after.st_mode), after.st_ino) == (stat.S_IFMT(before.st_mode), before.st_ino)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left


@pytest.mark.parametrize("name", ["", ".", "..", "folder/"])
def test_export_to_no_file_name_says_so(tmp_path, monkeypatch, capsys, name):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    a_log()
    assert main(["export", "--output", name]) == 1
    err = capsys.readouterr().err
    assert "file name" in err and "Device or resource busy" not in err


def test_report_to_a_device_or_a_pipe_is_refused(coach_home, tmp_path):
    a_log()
    os.mkfifo(tmp_path / "r.pdf")
    for target in ("/dev/null", str(tmp_path / "r.pdf")):
        result = run(coach_home, "report", "--output", target)
        assert result.returncode == 1, result.stdout + result.stderr
        assert f"cannot write {target}" in result.stderr and "Traceback" not in result.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


# -- rows Coach did not write --------------------------------------------------------------------

FOREIGN_ROWS = [
    ("text time", "INSERT INTO sessions (routine_id, routine_name, started, seconds_planned) VALUES ('x', 'X', 'yesterday', 60)"),
    ("no zone", "INSERT INTO sessions (routine_id, routine_name, started, seconds_planned) VALUES ('x', 'X', '2026-01-05T08:00:00', 60)"),
    ("offset", "INSERT INTO sessions (routine_id, routine_name, started, seconds_planned) VALUES ('x', 'X', '2026-01-05T08:00:00+01:00', 60)"),
    ("text seconds", "INSERT INTO sessions (routine_id, routine_name, started, seconds_done, seconds_planned) VALUES ('x', 'X', '2026-01-05T08:00:00Z', 'lots', 60)"),
    ("real seconds", "INSERT INTO sessions (routine_id, routine_name, started, seconds_done, seconds_planned) VALUES ('x', 'X', '2026-01-05T08:00:00Z', 1.5, 60)"),
    ("blob name", "INSERT INTO sessions (routine_id, routine_name, started, seconds_planned) VALUES ('x', X'00ff', '2026-01-05T08:00:00Z', 60)"),
    ("bad date", "INSERT INTO breaks (at, event) VALUES ('2026-02-31T08:00:00Z', 'taken')"),
    ("walk minutes", "INSERT INTO walks (started, minutes, planned) VALUES ('2026-01-05T08:00:00Z', 'long', 1)"),
    ("walk end", "INSERT INTO walks (started, ended, planned) VALUES ('2026-01-05T08:00:00Z', 'later', 0)"),
    ("prompt time", "INSERT INTO prompts (at, kind, event) VALUES (20260105, 'walk', 'done')"),
]
# a schema without Coach's checks lets through what Coach's own tables refuse
UNCHECKED_ROWS = [
    ("null name", "INSERT INTO sessions (routine_id, routine_name, started, seconds_planned) VALUES ('x', NULL, '2026-01-05T08:00:00Z', 60)"),
    ("null seconds", "INSERT INTO sessions (routine_id, routine_name, started, seconds_done, seconds_planned) VALUES ('x', 'X', '2026-01-05T08:00:00Z', NULL, 60)"),
    ("unknown outcome", "INSERT INTO sessions (routine_id, routine_name, started, seconds_planned, outcome) VALUES ('x', 'X', '2026-01-05T08:00:00Z', 60, 'exploded')"),
    ("unknown event", "INSERT INTO breaks (at, event) VALUES ('2026-01-05T08:00:00Z', 'teleported')"),
    ("unknown kind", "INSERT INTO prompts (at, kind, event) VALUES ('2026-01-05T08:00:00Z', 'sauna', 'done')"),
    ("pain 11", "INSERT INTO walks (started, planned, pain) VALUES ('2026-01-05T08:00:00Z', 1, 11)"),
    ("planned 2", "INSERT INTO walks (started, planned) VALUES ('2026-01-05T08:00:00Z', 2)"),
]




@pytest.fixture(params=["coach's tables", "another program's tables"])
def foreign_log(request) -> tuple[Path, int]:
    """A log with some good rows and every kind of row Coach did not write; (file, bad rows)."""
    if request.param == "coach's tables":
        db, rows, good = a_log(), FOREIGN_ROWS, 2
    else:
        db, rows, good = unchecked_log(), FOREIGN_ROWS + UNCHECKED_ROWS, 1
    conn = sqlite3.connect(db)
    with conn:
        for _name, sql in rows:
            conn.execute(sql)
    conn.close()
    request.node.good = good
    return db, len(rows)


COMMANDS = [["log"], ["log", "--json"], ["stats"], ["stats", "--json"], ["export"], ["export", "--format", "json"]]


@pytest.mark.parametrize("command", COMMANDS)
def test_foreign_rows_are_skipped_with_one_warning(foreign_log, capsys, command):
    db, bad = foreign_log
    assert main(command) == 0
    out, err = capsys.readouterr()
    (warning,) = err.splitlines()
    assert warning.startswith(f"coach {command[0]}: warning: skipped {bad} rows of {db} that Coach cannot read (")
    if command == ["export"]:
        rows = list(csv.DictReader(io.StringIO(out)))
        assert {r["type"] for r in rows} == {"session"} and all(r["time_utc"].endswith("Z") for r in rows)
    if command == ["export", "--format", "json"]:
        assert all(r["time_utc"].endswith("Z") for r in json.loads(out)["records"])
    if command == ["log", "--json"]:
        assert all(r["routine_name"] == "Desk break" for r in json.loads(out))


def test_foreign_rows_do_not_stop_the_history_and_report(foreign_log):
    db, _bad = foreign_log
    with SessionLog.open(db, CLOCK) as log:  # as the app opens it: read-write
        day = CLOCK.now().date()
        assert all(r.when.tzinfo is not None for r in log.day_events(day, UTC))
        summary(log, day, UTC)
        report_data(log, day, UTC, 6)
        log.start_session("desk-break", "Desk break", 38)  # and it still writes
        assert log.skipped_warning() is not None


# -- the schema of a newer Coach -----------------------------------------------------------------


@pytest.mark.parametrize("command", [["log"], ["stats"], ["export"]])
def test_a_newer_log_is_refused_and_left_in_place(capsys, command):
    db = a_log()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    content = db.read_bytes()
    assert main(command) == 1
    err = capsys.readouterr().err
    assert "made by a newer Coach (schema 7;" in err and "update Coach" in err
    assert db.read_bytes() == content
    assert not [p for p in db.parent.iterdir() if "corrupt" in p.name]


# -- another program writing -----------------------------------------------------------------------


def test_reading_commands_do_not_wait_for_a_writer_in_the_middle_of_a_write(capsys):
    db = a_log()
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # holds the write lock, as the running app does mid-write
    writer.execute(
        "INSERT INTO sessions (routine_id, routine_name, started, seconds_planned) "
        "VALUES ('x', 'Uncommitted', '2026-01-05T10:00:00Z', 5)"
    )
    try:
        started = time.monotonic()
        for command in (["log"], ["stats"], ["export"]):
            assert main(command) == 0, capsys.readouterr().err
        assert time.monotonic() - started < 5
        assert "Uncommitted" not in capsys.readouterr().out
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_writer_holding_the_log_locked_is_waited_for_then_named(tmp_path):
    db = a_log()
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("PRAGMA locking_mode = EXCLUSIVE")
    writer.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(SessionLogError, match=r"another program has been writing it for more than 0\.3 seconds"):
            SessionLog(db, CLOCK, read_only=True, timeout=0.3)
        assert 0.25 < time.monotonic() - started < 5
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_reading_commands_never_create_or_change_the_log(capsys):
    for command in (["log"], ["stats"], ["export"]):
        assert main(command) == 0
    assert not paths.database_path().exists() and not paths.data_dir().exists()
    db = a_log()
    before = (db.read_bytes(), db.stat().st_mtime_ns)
    for command in (["log"], ["stats"], ["export"]):
        assert main(command) == 0
    assert (db.read_bytes(), db.stat().st_mtime_ns) == before


# -- private data --------------------------------------------------------------------------------


def test_the_log_and_its_folders_are_private(tmp_path):
    db = paths.database_path()
    log = SessionLog(db, CLOCK)
    log.start_session("desk-break", "Desk break", 38)
    for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(paths.data_dir().stat().st_mode) == 0o700
    log.close()
    db.chmod(0o644)  # made by an older Coach
    SessionLog(db, CLOCK).close()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_settings_and_exports_are_private(tmp_path, capsys):
    from coach.core.settings_io import load_settings

    load_settings(paths.config_path())
    assert stat.S_IMODE(paths.config_path().stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.config_dir().stat().st_mode) == 0o700
    a_log()
    assert main(["export", "--output", str(tmp_path / "x.csv")]) == 0
    assert stat.S_IMODE((tmp_path / "x.csv").stat().st_mode) == 0o600


# -- formulas and control characters -------------------------------------------------------------

FORMULAS = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


@pytest.mark.parametrize("text", FORMULAS)
def test_csv_cells_that_start_a_formula_are_neutralised_and_json_keeps_them(capsys, text):
    a_log(1, note=text, name=text)
    assert main(["export"]) == 0
    (row,) = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert row["note"] == "'" + text and row["routine_name"] == "'" + text
    assert row["time_local"][0].isdigit()  # ordinary cells are untouched
    assert main(["export", "--format", "json"]) == 0
    (record,) = json.loads(capsys.readouterr().out)["records"]
    assert record["note"] == text and record["routine_name"] == text


def test_the_log_table_escapes_control_characters_from_the_data(capsys):
    a_log(1, note="\x1b[2Jwiped\x07\x9b\u202e", name="Desk\x1b]0;pwned\x07")
    assert main(["log"]) == 0
    out = capsys.readouterr().out
    assert not any(c in out for c in "\x1b\x07\x9b\u202e")
    assert "\\x1b[2Jwiped\\x07\\x9b\\u202e" in out
    assert main(["log", "--json"]) == 0
    out = capsys.readouterr().out
    assert not any(c in out for c in "\x1b\x07\x9b\u202e")
    assert json.loads(out)[0]["note"] == "\x1b[2Jwiped\x07\x9b\u202e"  # exact once parsed


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_to_a_terminal_escapes_control_characters_and_a_pipe_gets_the_exact_text(monkeypatch, capsys, fmt):
    a_log(1, note="\x1b[2Jwiped\x07\u202e")
    assert main(["export", "--format", fmt]) == 0  # captured: not a terminal
    exact = capsys.readouterr().out
    assert "wiped" in exact and ("\x1b[2J" in exact if fmt == "csv" else "\\u001b[2J" in exact)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["export", "--format", fmt]) == 0
    shown = capsys.readouterr().out
    assert not any(c in shown for c in "\x1b\x07\u202e")
    if fmt == "csv":
        assert "\\x1b[2Jwiped\\x07\\u202e" in shown
    else:  # JSON escapes them always, and reads back as the exact text
        assert shown == exact and json.loads(shown)["records"][0]["note"] == "\x1b[2Jwiped\x07\u202e"


def user_exercise(name: str, file: str = "mine.yaml", **extra: str) -> Path:
    folder = paths.user_exercises_dir()
    folder.mkdir(parents=True, exist_ok=True)
    fields = {"id": Path(file).stem, "name": name, "summary": "Mine.", "position": "standing", **extra}
    body = "".join(f"{k}: {json.dumps(v)}\n" for k, v in fields.items())
    path = folder / file
    path.write_text(body + "steps: [\"Stand.\"]\ndose: {hold: 10s}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["Red \x1b[31malert", "Bell\x07", "Null\x00byte", "Back\x08space", "Right\u202eleft", "C1\x9bthing"])
def test_validate_refuses_control_characters_with_file_and_line(capsys, name):
    path = user_exercise(name)
    assert main(["validate"]) == 1
    out = capsys.readouterr().out
    assert f"{path}:2: name: contains control characters (" in out
    assert not any(c in out for c in "\x1b\x07\x00\x08\u202e\x9b")


def test_control_characters_in_steps_are_refused_too(capsys):
    path = user_exercise("Fine", summary="Ok")
    path.write_text(path.read_text().replace('steps: ["Stand."]', 'steps: ["Stand.\\u0007"]'))
    assert main(["validate"]) == 1
    assert f"{path}:5: steps[1]: contains control characters (\\x07)" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["list"], ["log"], ["validate"]])
def test_a_terminal_that_is_not_utf8_gets_escapes_not_a_crash(coach_home, command):
    user_exercise("Grüne Übung — ok", "gruen.yaml")
    a_log(1, name="Rücken", note="gut → besser")
    result = run(coach_home, *command, env={"LANG": "C", "LC_ALL": "C", "PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert "UnicodeEncodeError" not in result.stderr
    if command == ["list"]:
        assert "Gr\\xfcne \\xdcbung \\u2014 ok" in result.stdout
    if command == ["log"]:
        assert "R\\xfccken" in result.stdout


# -- the library reports what it skips -------------------------------------------------------------


@pytest.mark.parametrize("odd", ["dangling link", "link loop", "pipe", "folder", "link to a device"])
def test_validate_names_every_skipped_entry_and_fails(coach_home, odd):
    folder = paths.user_exercises_dir()
    folder.mkdir(parents=True)
    path = folder / "odd.yaml"
    if odd == "dangling link":
        path.symlink_to(folder / "missing.yaml")
    elif odd == "link loop":
        path.symlink_to(path)
    elif odd == "pipe":
        os.mkfifo(path)
    elif odd == "folder":
        path.mkdir()
    else:
        path.symlink_to("/dev/null")
    result = run(coach_home, "validate")
    assert result.returncode == 1, result.stdout
    assert result.stdout.startswith(f"{path}: skipped: ")
    assert "Traceback" not in result.stderr
    listed = run(coach_home, "list")  # the listing goes on, and says what it left out
    assert listed.returncode == 0 and f"{path}: skipped" in listed.stderr
    named = run(coach_home, "validate", str(path))  # the odd path itself, given on the command line
    assert named.returncode == 1 and "Traceback" not in named.stderr
    assert named.stdout.count(f"{path}: skipped") == 1


def test_validate_with_a_relative_path_reports_each_problem_once(coach_home):
    broken = user_exercise("Broken", "broken.yaml", position="sideways")
    os.mkfifo(broken.parent / "pipe.yaml")
    result = subprocess.run(
        coach_command("validate", "exercises"),
        cwd=paths.data_dir(),
        env=app_env(coach_home),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if ": " in line and "problem" not in line]
    assert len(lines) == len(set(lines)) == 2, result.stdout


def test_an_unreadable_exercises_folder_is_a_problem(tmp_path, capsys):
    user_exercise("Fine")
    folder = paths.user_exercises_dir()
    folder.chmod(0)
    try:
        with permissions_enforced(tmp_path):
            code = main(["validate"])
    finally:
        folder.chmod(0o755)
    assert code == 1
    assert f"{folder}: cannot read this folder: Permission denied" in capsys.readouterr().out


def test_without_the_cache_and_with_it_an_odd_file_is_reported(coach_home):
    """The library cache must not hide a pipe added to (or a folder made unreadable in) the library."""
    user_exercise("Fine")
    assert run(coach_home, "list").returncode == 0  # fills the cache
    os.mkfifo(paths.user_exercises_dir() / "late.yaml")
    assert "late.yaml: skipped" in run(coach_home, "list").stderr



# -- the other files Coach reads and writes -------------------------------------------------------


@pytest.mark.parametrize("kind", ["xdg", "mac"])
def test_an_autostart_entry_that_is_a_pipe_is_neither_waited_on_nor_replaced(tmp_path, kind):
    from coach.platform.autostart import MacAutostart, XdgAutostart

    entry = XdgAutostart(tmp_path) if kind == "xdg" else MacAutostart(tmp_path)
    entry.path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(entry.path)
    assert entry.is_enabled() is False  # would block on a plain open()
    with pytest.raises(OSError, match="named pipe"):
        entry.enable(["coach"])
    assert stat.S_ISFIFO(os.lstat(entry.path).st_mode)


def test_install_desktop_refuses_to_replace_a_link_to_a_device(tmp_path, capsys):
    from coach.commands.desktop import install, installed_files

    files = installed_files(tmp_path)
    files["desktop"].parent.mkdir(parents=True)
    files["desktop"].symlink_to("/dev/null")
    with pytest.raises(OSError, match="device"):
        install(tmp_path)
    assert os.readlink(files["desktop"]) == "/dev/null"


def test_a_pipe_for_coachs_own_log_file_does_not_stop_it(coach_home):
    from coach.logsetup import setup_logging

    paths.log_dir().mkdir(parents=True)
    os.mkfifo(paths.log_dir() / "coach.log")
    root = setup_logging()  # appending to a pipe would wait for a reader
    assert any(getattr(h, "_coach", False) for h in root.handlers)
    for handler in [h for h in root.handlers if getattr(h, "_coach", False)]:
        root.removeHandler(handler)


# -- no permission ---------------------------------------------------------------------------------


def test_an_unreadable_log_is_named_by_the_reading_commands(tmp_path, capsys):
    db = a_log()
    db.chmod(0)
    try:
        with permissions_enforced(tmp_path):
            codes = [main(command) for command in (["log"], ["stats"], ["export"])]
    finally:
        db.chmod(0o600)
    assert codes == [1, 1, 1]
    err = capsys.readouterr().err
    assert err.count(f"the session log {db}") == 3 and "Traceback" not in err


def test_an_export_into_a_folder_without_write_permission_says_so(tmp_path, capsys):
    a_log()
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with permissions_enforced(tmp_path):
            code = main(["export", "--output", str(folder / "out.csv")])
    finally:
        folder.chmod(0o700)
    assert code == 1
    out, err = capsys.readouterr()
    assert out == "" and f"cannot write {folder / 'out.csv'}: Permission denied" in err
    assert list(folder.iterdir()) == []


def test_an_unreadable_exercise_file_is_a_problem(tmp_path, capsys):
    path = user_exercise("Mine")
    path.chmod(0)
    try:
        with permissions_enforced(tmp_path):
            code = main(["validate"])
    finally:
        path.chmod(0o600)
    assert code == 1
    assert f"{path}: cannot read file: Permission denied" in capsys.readouterr().out


def test_a_settings_problem_printed_by_plan_carries_no_control_characters(capsys):
    paths.config_dir().mkdir(parents=True)
    paths.config_path().write_bytes(b"movement_breaks:\n  style: \"\\e[31mred\\a\"\n  every: [\n")
    assert main(["plan", "--date", "2026-01-05"]) == 0
    err = capsys.readouterr().err
    assert f"{paths.config_path()}:" in err and "\x1b" not in err and "\x07" not in err
    paths.config_path().write_bytes(b"movement_breaks:\n  style: \"\\e[31mred\\a\"\n")
    assert main(["plan", "--date", "2026-01-05"]) == 0
    err = capsys.readouterr().err
    assert f"{paths.config_path()}:2: movement_breaks.style:" in err and "\x1b" not in err


def test_a_log_whose_tables_lack_columns_is_named_not_a_traceback(capsys):
    db = unchecked_log()
    conn = sqlite3.connect(db)
    conn.execute("ALTER TABLE breaks DROP COLUMN detail")
    conn.commit()
    conn.close()
    assert main(["stats"]) == 1
    assert "some of its tables lack columns Coach needs" in capsys.readouterr().err
