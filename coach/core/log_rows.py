"""Which rows of the session log Coach can read: rules per table, readable views, skip counts."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

OUTCOMES = ("completed", "partial", "stopped-for-pain")
BREAK_EVENTS = ("notice", "prompted", "taken", "postponed", "skipped", "natural")
PROMPT_KINDS = ("heat-pack", "warm-up", "walk")
PROMPT_EVENTS = ("prompted", "done", "postponed", "skipped")
TABLES = ("sessions", "breaks", "walks", "prompts")
# bounds past which a number cannot be Coach's own (and would overflow sums and dates)
MAX_SECONDS = 24 * 60 * 60  # one session, break or walk lasts less than a day
FIRST_YEAR, END_YEAR = 1970, 2200  # times outside [FIRST_YEAR, END_YEAR) are not real log entries


def in_list(values: Sequence[str]) -> str:
    """``'a', 'b'``: fixed words for an SQL ``IN (...)`` or ``CHECK``."""
    return ", ".join(f"'{v}'" for v in values)


def _stamp_ok(column: str, *, optional: bool = False) -> str:
    # reformatting the parsed time gives the text back only for a real UTC time in Coach's form
    ok = (
        f"(typeof({column}) = 'text' AND strftime('%Y-%m-%dT%H:%M:%SZ', julianday({column})) IS {column}"
        f" AND {column} >= '{FIRST_YEAR}' AND {column} < '{END_YEAR}')"
    )
    return f"({column} IS NULL OR {ok})" if optional else ok


def _int_ok(column: str, low: int | None = 0, high: int | None = None, *, optional: bool = True) -> str:
    test = f"typeof({column}) = 'integer'"
    if low is not None:
        test += f" AND {column} >= {low}"
    if high is not None:
        test += f" AND {column} <= {high}"
    return f"({column} IS NULL OR ({test}))" if optional else f"({test})"


def _text_ok(column: str, *, optional: bool = True) -> str:
    test = f"typeof({column}) = 'text'"
    return f"({column} IS NULL OR {test})" if optional else f"({test})"


def _one_of(column: str, values: Sequence[str]) -> str:
    return f"(typeof({column}) = 'text' AND {column} IN ({in_list(values)}))"


# Per table, each rule a row must pass and the reason given when it does not (first failing).
_ROW_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "sessions": (
        (_stamp_ok("started"), "a start time that is not a UTC time with a zone in a real year"),
        (_stamp_ok("ended", optional=True), "an end time that is not a UTC time with a zone in a real year"),
        (
            _int_ok("seconds_done", 0, MAX_SECONDS, optional=False),
            "seconds done that are not a whole number from 0 to a day",
        ),
        (
            _int_ok("seconds_planned", 0, MAX_SECONDS, optional=False),
            "seconds planned that are not a whole number from 0 to a day",
        ),
        (_one_of("outcome", OUTCOMES), "an unknown outcome"),
        (f"{_int_ok('pain_before', 0, 10)} AND {_int_ok('pain_after', 0, 10)}", "a pain rating outside 0-10"),
        (
            f"{_text_ok('routine_id', optional=False)} AND {_text_ok('routine_name', optional=False)} "
            f"AND {_text_ok('note')} AND {_text_ok('source', optional=False)}",
            "a missing or non-text name",
        ),
    ),
    "breaks": (
        (_stamp_ok("at"), "a time that is not a UTC time with a zone in a real year"),
        (_one_of("event", BREAK_EVENTS), "an unknown break event"),
        (_int_ok("seconds", 0, MAX_SECONDS), "seconds that are not a whole number from 0 to a day"),
        (
            f"{_text_ok('routine_id')} AND {_int_ok('session_id', 1)} AND {_text_ok('detail')}",
            "a field of the wrong type",
        ),
    ),
    "walks": (
        (_stamp_ok("started"), "a start time that is not a UTC time with a zone in a real year"),
        (_stamp_ok("ended", optional=True), "an end time that is not a UTC time with a zone in a real year"),
        (
            f"(minutes IS NULL OR (typeof(minutes) IN ('integer', 'real') AND minutes >= 0"
            f" AND minutes <= {MAX_SECONDS // 60}))",
            "minutes that are not a number from 0 to a day",
        ),
        (_int_ok("planned", 0, 1, optional=False), "a planned flag that is not 0 or 1"),
        (
            f"{_int_ok('pain', 0, 10)} AND {_int_ok('needed_flexion_break', 0, 1)} AND {_text_ok('note')}",
            "a field of the wrong type",
        ),
    ),
    "prompts": (
        (_stamp_ok("at"), "a time that is not a UTC time with a zone in a real year"),
        (_one_of("kind", PROMPT_KINDS), "an unknown prompt kind"),
        (_one_of("event", PROMPT_EVENTS), "an unknown prompt event"),
        (f"{_int_ok('walk_id', 1)} AND {_text_ok('detail')}", "a field of the wrong type"),
    ),
}


def _reason_sql(table: str) -> str:
    """An SQL expression: NULL for a row Coach can read, else why it cannot."""
    cases = " ".join(f"WHEN NOT ({rule}) THEN '{why}'" for rule, why in _ROW_RULES[table])
    return f"(CASE {cases} ELSE NULL END)"


def hide_unreadable(conn: sqlite3.Connection) -> dict[str, int]:
    """Hide the rows Coach cannot read behind temporary views; ``{reason: count}`` of them.

    One pass over each table finds such rows (usually none). Each table that has some is then
    shadowed by a temporary view without them, so every later query of the log (lists,
    statistics, history, export) sees only well-formed rows, whoever wrote the file, and pays
    nothing when all rows are Coach's own. Writes name ``main.<table>`` and reach the tables.
    """
    counts: dict[str, int] = {}
    for table in TABLES:
        rules = " AND ".join(f"({rule})" for rule, _why in _ROW_RULES[table])
        bad = conn.execute(f"SELECT id, {_reason_sql(table)} FROM main.{table} WHERE NOT ({rules})").fetchall()
        if not bad:
            continue
        hidden = f"coach_unreadable_{table}"
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {hidden} (id PRIMARY KEY)")
        conn.executemany(f"INSERT OR IGNORE INTO temp.{hidden} VALUES (?)", [(row[0],) for row in bad])
        conn.execute(
            f"CREATE TEMP VIEW IF NOT EXISTS {table} AS "
            f"SELECT * FROM main.{table} WHERE id NOT IN (SELECT id FROM temp.{hidden})"
        )
        reasons: dict[str, int] = {}
        for _id, why in bad:
            reasons[why] = reasons.get(why, 0) + 1
        for why, count in reasons.items():
            noun = table if count != 1 else table[:-1]
            counts[f"{noun} with {why}"] = count
    return counts
