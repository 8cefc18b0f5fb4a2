"""Export of the whole session log as CSV or JSON, streamed in time order a chunk at a time.

CSV is written as UTF-8 without a byte-order mark, comma-separated with a header row and
RFC 4180 quoting (CRLF line ends). Without a BOM the first header is exactly ``type`` for
Python's ``csv`` module, pandas, R and Unix tools, and LibreOffice and Google Sheets detect
UTF-8 on their own; Excel users can open it with Data ▸ From Text/CSV (file origin UTF-8).
Text cells that would start a formula (``=``, ``+``, ``-``, ``@``, tab, CR) begin with ``'``.
Times are ISO 8601: UTC with a ``Z`` and local with the offset in force at that moment.
"""

from __future__ import annotations

import contextlib
import csv
import heapq
import json
from collections.abc import Iterator
from datetime import UTC, tzinfo
from pathlib import Path
from typing import IO, Any

from coach.core.files import PRIVATE_FILE, atomic_file
from coach.core.session_log import SCHEMA_VERSION, SessionLog, parse_utc
from coach.core.terminal import json_text, safe

FORMATS = ("csv", "json")
CHUNK = 2000  # rows fetched per query; memory stays flat whatever the log's size

# Per record type: (table, time column, end column or None, other columns in order).
_TYPES: dict[str, tuple[str, str, str | None, tuple[str, ...]]] = {
    "session": (
        "sessions",
        "started",
        "ended",
        (
            "routine_id",
            "routine_name",
            "seconds_done",
            "seconds_planned",
            "outcome",
            "pain_before",
            "pain_after",
            "note",
            "source",
        ),
    ),
    "break": ("breaks", "at", None, ("event", "routine_id", "session_id", "seconds", "detail")),
    "walk": ("walks", "started", "ended", ("minutes", "planned", "pain", "needed_flexion_break", "note")),
    "prompt": ("prompts", "at", None, ("kind", "event", "walk_id", "detail")),
}
_BOOLEAN = {"planned", "needed_flexion_break"}
_ORDER = {name: i for i, name in enumerate(_TYPES)}  # same instant: session, break, walk, prompt


def _columns() -> list[str]:
    columns = ["type", "id", "time_utc", "time_local", "end_utc", "end_local"]
    for _table, _stamp, _end, others in _TYPES.values():
        columns.extend(c for c in others if c not in columns)
    return columns


CSV_COLUMNS: tuple[str, ...] = tuple(_columns())


def _local(text: str | None, tz: tzinfo) -> str | None:
    return None if text is None else parse_utc(text).astimezone(tz).isoformat()


def _table_rows(log: SessionLog, kind: str, tz: tzinfo, chunk: int) -> Iterator[tuple[tuple, dict[str, Any]]]:
    """The rows of one table in time order, fetched ``chunk`` at a time by keyset paging."""
    table, stamp, end, others = _TYPES[kind]
    selected = ["id", stamp, end or "NULL", *others]
    sql = (
        f"SELECT {', '.join(selected)} FROM {table} WHERE ({stamp}, id) > (?, ?) ORDER BY {stamp}, id LIMIT ?"
    )
    flags = [i for i, name in enumerate(others) if name in _BOOLEAN]
    order = _ORDER[kind]
    last: tuple[str, int] = ("", 0)
    while True:
        rows = log.fetch(sql, [*last, chunk])
        for row in rows:
            record: dict[str, Any] = {
                "type": kind,
                "id": row[0],
                "time_utc": row[1],
                "time_local": _local(row[1], tz),
            }
            if end is not None:
                record["end_utc"], record["end_local"] = row[2], _local(row[2], tz)
            values = list(row[3:])
            for i in flags:
                if values[i] is not None:
                    values[i] = bool(values[i])
            record.update(zip(others, values, strict=True))
            yield (row[1], order, row[0]), record
        if len(rows) < chunk:
            return
        last = (rows[-1][1], rows[-1][0])


def records(log: SessionLog, tz: tzinfo = UTC, *, chunk: int = CHUNK) -> Iterator[dict[str, Any]]:
    """Every session, break, walk and prompt as a dict, oldest first, with ``type`` set.

    Times are as stored (UTC, ``Z``) plus local ISO 8601 with offset; booleans are bools.
    """
    streams = [_table_rows(log, kind, tz, chunk) for kind in _TYPES]
    for _key, record in heapq.merge(*streams, key=lambda item: item[0]):
        yield record


_FLAG_COLUMNS = [i for i, name in enumerate(CSV_COLUMNS) if name in _BOOLEAN]
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, made plain text (the OWASP rule).

    Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
    single quote; numbers and other text are unchanged.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """Write ``rows`` as CSV with a header; returns the number of records. Open files with ``newline=""``.

    Empty cells are missing values; yes/no columns are 1 or 0. Text that a spreadsheet would
    read as a formula is neutralised with a leading ``'`` (see :func:`spreadsheet_safe`); the
    JSON export keeps the exact text.
    """
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for record in rows:
        cells = list(map(record.get, CSV_COLUMNS))
        for i in _FLAG_COLUMNS:
            if cells[i] is not None:
                cells[i] = int(cells[i])
        writer.writerow([spreadsheet_safe(cell) for cell in cells])
        count += 1
    return count


def write_json(rows: Iterator[dict[str, Any]], out: IO[str], tz: tzinfo = UTC) -> int:
    """Write one JSON object ``{"coach_log_version", "time_zone", "records": [...]}``, a record a line."""
    out.write(json.dumps({"coach_log_version": SCHEMA_VERSION, "time_zone": str(tz)})[:-1])
    out.write(', "records": [')
    count = 0
    for record in rows:
        out.write(",\n" if count else "\n")
        out.write(json_text(json.dumps(record, ensure_ascii=False)))
        count += 1
    out.write("\n]}\n")
    return count


def export_csv(log: SessionLog, out: IO[str], tz: tzinfo = UTC) -> int:
    """The whole log as CSV; returns the number of records."""
    return write_csv(records(log, tz), out)


def export_json(log: SessionLog, out: IO[str], tz: tzinfo = UTC) -> int:
    """The whole log as JSON; returns the number of records."""
    return write_json(records(log, tz), out, tz)


def export(
    log: SessionLog | None, fmt: str, out: IO[str], tz: tzinfo = UTC, *, terminal: bool = False
) -> int:
    """Write the log (an empty export for None) in ``fmt``, "csv" or "json".

    ``terminal``: the output is a terminal, so control characters in CSV text are written as
    escapes (``\\x1b``) instead of reaching it; files and pipes get the exact text. JSON always
    writes them as ``\\uXXXX`` escapes, which read back as the exact text.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {FORMATS}")
    rows = records(log, tz) if log is not None else iter(())
    if terminal and fmt == "csv":  # JSON escapes them itself (see write_json)
        rows = ({k: safe(v) if isinstance(v, str) else v for k, v in r.items()} for r in rows)
    return write_csv(rows, out) if fmt == "csv" else write_json(rows, out, tz)


def atomic_text_file(path: Path | str) -> contextlib.AbstractContextManager[IO[str]]:
    """A UTF-8 text file that replaces ``path`` only once everything was written and synced.

    On an error the half-written temporary file is removed and ``path`` is left as it was.
    A new file is readable by its owner only, as befits a health record. What ``path`` may be
    (a regular file, a link to one, nothing yet) is decided by :mod:`coach.core.files`.
    """
    return atomic_file(path, PRIVATE_FILE, newline="")
