"""Foreign rows with extreme numbers in any numeric or time column: skipped with the one warning."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from coach.cli import main
from coach.core import history
from coach.core.clock import ManualClock
from coach.core.history.ranges import Range
from coach.core.session_log import SessionLog
from coach.core.stats import summary
from tests.faults.support import unchecked_log

CLOCK = ManualClock(wall=datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
DAY = CLOCK.now().date()

EXTREMES = [
    ("max int", 2**63 - 1),
    ("min int", -(2**63)),
    ("huge real", 1e308),
    ("minus huge real", -1e308),
    ("infinity", float("inf")),
    ("minus one", -1),
    ("more than a day", 86_401),
    ("NaN text", "NaN"),
    ("empty text", ""),
    ("blob", b"\x00\xff"),
]
TIMES = [
    ("year 1", "0001-01-01T00:00:00Z"),
    ("year 9999", "9999-12-31T23:59:59Z"),
    ("year 1969", "1969-12-31T23:59:59Z"),
]
# each foreign row is a valid one with one column replaced
GOOD_ROWS = {
    "sessions": {
        "routine_id": "x",
        "routine_name": "Foreign",
        "started": "2026-01-05T07:00:00Z",
        "ended": "2026-01-05T07:01:00Z",
        "seconds_done": 30,
        "seconds_planned": 30,
        "outcome": "completed",
        "pain_before": 3,
        "pain_after": 2,
        "source": "other",
    },
    "breaks": {"at": "2026-01-05T07:00:00Z", "event": "taken", "session_id": 1, "seconds": 30},
    "walks": {
        "started": "2026-01-05T07:00:00Z",
        "ended": "2026-01-05T07:10:00Z",
        "minutes": 10,
        "planned": 1,
        "pain": 2,
        "needed_flexion_break": 0,
    },
    "prompts": {"at": "2026-01-05T07:00:00Z", "kind": "walk", "event": "done", "walk_id": 1},
}
NUMERIC = {
    "sessions": ("seconds_done", "seconds_planned", "pain_before", "pain_after"),
    "breaks": ("seconds", "session_id"),
    "walks": ("minutes", "planned", "pain", "needed_flexion_break"),
    "prompts": ("walk_id",),
}
STAMPS = {
    "sessions": ("started", "ended"),
    "breaks": ("at",),
    "walks": ("started", "ended"),
    "prompts": ("at",),
}
CASES = [
    pytest.param(table, column, value, id=f"{table}.{column}={name}")
    for table, columns in NUMERIC.items()
    for column in columns
    for name, value in EXTREMES
] + [
    pytest.param(table, column, value, id=f"{table}.{column}={name}")
    for table, columns in STAMPS.items()
    for column in columns
    for name, value in TIMES + EXTREMES[:3]
]




def foreign_row(db: Path, table: str, column: str, value: object) -> None:
    row = {**GOOD_ROWS[table], column: value}
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
        )
    conn.close()


def stored(db: Path, table: str, column: str) -> object:
    """The value as SQLite kept it (NaN and the like become NULL, which may be allowed)."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT {column} FROM {table} ORDER BY id DESC LIMIT 1").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize(("table", "column", "value"), CASES)
def test_an_extreme_value_is_skipped_by_every_reader(capsys, table, column, value):
    db = unchecked_log()
    foreign_row(db, table, column, value)
    # a NULL (what SQLite keeps of some values) in an optional column is a good row, and so is a
    # reference to a row id that is merely large (any id from 1 to 2**63-1 is a real SQLite row id)
    an_id = column.endswith("_id") and isinstance(value, int) and value >= 1
    skipped = stored(db, table, column) is not None and not an_id
    for command in (
        ["log"],
        ["log", "--json"],
        ["stats"],
        ["stats", "--json"],
        ["export"],
        ["export", "--format", "json"],
    ):
        assert main(command) == 0, command
        out, err = capsys.readouterr()
        assert "Traceback" not in err and "overflow" not in err
        if skipped:
            (warning,) = err.splitlines()
            assert warning.startswith(
                f"coach {command[0]}: warning: skipped 1 row of {db} that Coach cannot read ("
            )
        else:
            assert err == ""
        if command == ["log", "--json"]:
            assert all(r["routine_name"] != "Foreign" or not skipped for r in json.loads(out))
    with SessionLog.open(db, CLOCK, read_only=True) as log:
        summary(log, DAY, UTC)
        history.report_data(log, DAY, UTC, 6)
        first = history.first_logged_day(log, UTC)
        assert first is None or date(1970, 1, 1) <= first <= DAY
        history.day_summaries(log, first or DAY, DAY, UTC)
        for span in ("week", "month", "year"):
            history.charts(log, Range.around(span, DAY), UTC)
        history.pain_note(log, DAY, UTC)
        assert (log.skipped_warning() is not None) == skipped


def test_the_testers_huge_seconds_row_leaves_the_rest_of_the_history(capsys):
    db = unchecked_log()
    foreign_row(db, "sessions", "seconds_done", 2**63 - 1)
    assert main(["stats"]) == 0
    out, err = capsys.readouterr()
    assert "skipped 1 row" in err and "seconds done" in err
    assert main(["log"]) == 0
    out, _err = capsys.readouterr()
    assert "Desk break" in out and "Foreign" not in out and "2562047788015215" not in out
