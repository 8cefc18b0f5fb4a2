"""The session log: exercise sessions, breaks, walks and walk prompts, one SQLite row per event."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from coach.core.clock import Clock
from coach.core.errors import SessionLogError
from coach.core.files import check_regular, create_private, ensure_folder, make_private
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.log_rows import (
    BREAK_EVENTS,
    OUTCOMES,
    PROMPT_EVENTS,
    PROMPT_KINDS,
    TABLES,
    hide_unreadable,
    in_list,
)

log = logging.getLogger(__name__)


class _Keep:
    """The type of ``KEEP``: leave a column as it is."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    """Version 1: sessions, breaks, walks and walk-preparation prompts."""
    conn.execute(f"""CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        routine_id TEXT NOT NULL,
        routine_name TEXT NOT NULL,
        started TEXT NOT NULL,
        ended TEXT,
        seconds_done INTEGER NOT NULL DEFAULT 0 CHECK (seconds_done >= 0),
        seconds_planned INTEGER NOT NULL CHECK (seconds_planned >= 0),
        outcome TEXT NOT NULL DEFAULT 'partial' CHECK (outcome IN ({in_list(OUTCOMES)})),
        pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
        note TEXT,
        source TEXT NOT NULL DEFAULT 'manual')""")
    conn.execute("CREATE INDEX sessions_started ON sessions (started)")
    conn.execute(f"""CREATE TABLE breaks (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        event TEXT NOT NULL CHECK (event IN ({in_list(BREAK_EVENTS)})),
        routine_id TEXT,
        session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
        seconds INTEGER CHECK (seconds >= 0),
        detail TEXT)""")
    conn.execute("CREATE INDEX breaks_at ON breaks (at)")
    conn.execute("CREATE INDEX breaks_session ON breaks (session_id)")
    conn.execute("""CREATE TABLE walks (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        ended TEXT,
        minutes REAL CHECK (minutes >= 0),
        planned INTEGER NOT NULL CHECK (planned IN (0, 1)),
        pain INTEGER CHECK (pain BETWEEN 0 AND 10),
        needed_flexion_break INTEGER CHECK (needed_flexion_break IN (0, 1)),
        note TEXT)""")
    conn.execute("CREATE INDEX walks_started ON walks (started)")
    conn.execute(f"""CREATE TABLE prompts (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ({in_list(PROMPT_KINDS)})),
        event TEXT NOT NULL CHECK (event IN ({in_list(PROMPT_EVENTS)})),
        walk_id INTEGER REFERENCES walks (id) ON DELETE SET NULL,
        detail TEXT)""")
    conn.execute("CREATE INDEX prompts_at ON prompts (at)")
    conn.execute("CREATE INDEX prompts_walk ON prompts (walk_id)")


# Migration N+1 is MIGRATIONS[N]; add a version by appending a function, never by editing one.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_migrate_to_1,)
SCHEMA_VERSION = len(MIGRATIONS)


def utc_text(moment: datetime) -> str:
    """``2026-01-05T09:00:00Z``: the sortable UTC text the log stores (whole seconds)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a log timestamp needs a time zone, got {moment!r}")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> datetime:
    """A stored time; refuses one without a zone (Coach writes only UTC with ``Z``)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"a log time needs a zone, got {text!r}")
    return moment


def _maybe_utc(text: str | None) -> datetime | None:
    return None if text is None else parse_utc(text)


def day_start(day: date, tz: tzinfo) -> datetime:
    """The instant a local day begins, in UTC."""
    return datetime.combine(day, time(), tzinfo=tz).astimezone(UTC)


def _instant(value: date | datetime, tz: tzinfo, *, end: bool) -> str:
    if isinstance(value, datetime):
        return utc_text(value)
    return utc_text(day_start(value + timedelta(days=1) if end else value, tz))


@dataclass(frozen=True)
class SessionRecord:
    """One guided routine, from start to finish (``ended`` is None while running or if cut off)."""

    id: int
    routine_id: str
    routine_name: str
    started: datetime
    ended: datetime | None
    seconds_done: int
    seconds_planned: int
    outcome: str
    pain_before: int | None
    pain_after: int | None
    note: str | None
    source: str

    @property
    def when(self) -> datetime:
        return self.started


@dataclass(frozen=True)
class BreakRecord:
    """One thing that happened around a movement break."""

    id: int
    at: datetime
    event: str
    routine_id: str | None
    session_id: int | None
    seconds: int | None
    detail: str | None

    @property
    def when(self) -> datetime:
        return self.at


@dataclass(frozen=True)
class WalkRecord:
    """One walk; ``ended`` is None until the user is back and has said how it went."""

    id: int
    started: datetime
    ended: datetime | None
    minutes: float | None
    planned: bool
    pain: int | None
    needed_flexion_break: bool | None
    note: str | None

    @property
    def when(self) -> datetime:
        return self.started


@dataclass(frozen=True)
class PromptRecord:
    """One event around a walk-preparation prompt (heat pack, warm-up, walk due)."""

    id: int
    at: datetime
    kind: str
    event: str
    walk_id: int | None
    detail: str | None

    @property
    def when(self) -> datetime:
        return self.at


Record = SessionRecord | BreakRecord | WalkRecord | PromptRecord
Bound = date | datetime | None

_SESSION_COLUMNS = (
    "id, routine_id, routine_name, started, ended, seconds_done, seconds_planned, outcome, "
    "pain_before, pain_after, note, source"
)


def _session(r: tuple) -> SessionRecord:
    return SessionRecord(r[0], r[1], r[2], parse_utc(r[3]), _maybe_utc(r[4]), *r[5:])


def _break(r: tuple) -> BreakRecord:
    return BreakRecord(r[0], parse_utc(r[1]), *r[2:])


def _walk(r: tuple) -> WalkRecord:
    flexion = None if r[6] is None else bool(r[6])
    started, ended = parse_utc(r[1]), _maybe_utc(r[2])
    return WalkRecord(r[0], started, ended, r[3], bool(r[4]), r[5], flexion, r[7])


def _prompt(r: tuple) -> PromptRecord:
    return PromptRecord(r[0], parse_utc(r[1]), *r[2:])


_QUERIES: dict[str, tuple[str, str, Callable[[tuple], Any]]] = {
    "sessions": (_SESSION_COLUMNS, "started", _session),
    "breaks": ("id, at, event, routine_id, session_id, seconds, detail", "at", _break),
    "walks": (
        "id, started, ended, minutes, planned, pain, needed_flexion_break, note",
        "started",
        _walk,
    ),
    "prompts": ("id, at, kind, event, walk_id, detail", "at", _prompt),
}


def _reason(error: sqlite3.Error) -> str:
    extended = getattr(error, "sqlite_errorcode", None) or 0
    if extended == _IOERR_SHMSIZE:  # no room for the -shm index: the disk is full
        return f"the disk is full ({error})"
    code = extended & 0xFF
    known = {
        sqlite3.SQLITE_FULL: "the disk is full",
        sqlite3.SQLITE_READONLY: "the file or its folder is read-only",
        sqlite3.SQLITE_CANTOPEN: "the file cannot be opened or created (check the folder's permissions)",
        sqlite3.SQLITE_PERM: "permission denied",
        sqlite3.SQLITE_BUSY: "another program is holding it locked",
        sqlite3.SQLITE_IOERR: "the disk reported an error",
    }
    return f"{known[code]} ({error})" if code in known else str(error)


_IOERR_SHMSIZE = getattr(sqlite3, "SQLITE_IOERR_SHMSIZE", 4874)


def _is_damage(error: sqlite3.Error) -> bool:
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


class _Unusable(Exception):
    """The file is damaged, foreign or too new: move it aside and start afresh.

    ``str()`` gives the reason in English (for the log and errors), :meth:`translated` in the
    user's language (for the recovery notice).
    """

    def __init__(self, reason: str, **fields: object) -> None:
        super().__init__(reason.format(**fields))
        self.reason, self.fields = reason, fields

    def translated(self) -> str:
        return translate("SessionLog", self.reason).format(**self.fields)


class _TooNew(Exception):
    """The log was written by a newer Coach: leave it where it is and say so."""

    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version

    def message(self, path: Path) -> str:
        return (
            f"the session log {path} was made by a newer Coach (schema {self.version}; this one "
            f"knows up to {SCHEMA_VERSION}); update Coach. The file has been left as it is."
        )


def _check(conn: sqlite3.Connection) -> None:
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if rows != [("ok",)]:
        raise _Unusable(
            QT_TRANSLATE_NOOP("SessionLog", "it failed the integrity check: {detail}"), detail=rows[0][0]
        )
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise _TooNew(version)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version == 0 and names:
        raise _Unusable(QT_TRANSLATE_NOOP("SessionLog", "it is not a Coach session log"))
    if version > 0 and not set(TABLES) <= names:
        raise _Unusable(QT_TRANSLATE_NOOP("SessionLog", "some of its tables are missing"))
    for table in TABLES if version > 0 else ():
        have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if not set(_QUERIES[table][0].replace(" ", "").split(",")) <= have:
            raise _Unusable(QT_TRANSLATE_NOOP("SessionLog", "some of its tables lack columns Coach needs"))


def _migrate(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version + 1, SCHEMA_VERSION + 1):
            log.info("Upgrading the session log to version %d", number)
            MIGRATIONS[number - 1](conn)
        if version < SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        else:  # a write that changes nothing fails now, not at the first real write
            conn.execute("DELETE FROM sessions WHERE 0")
        conn.execute("COMMIT")
    except BaseException:
        conn.rollback()
        raise


def _inspect(path: Path) -> None:
    """Check an existing file through a read-only connection, which changes neither the file
    nor its -wal (a read-write one would checkpoint or delete the -wal on closing)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        _check(conn)
    except sqlite3.Error as error:
        if _is_damage(error):
            raise _Unusable(
                QT_TRANSLATE_NOOP("SessionLog", "it is damaged ({error})"), error=error
            ) from error
        raise
    finally:
        conn.close()


def _connect(path: Path) -> sqlite3.Connection:
    """Open, check and upgrade the log at ``path``; raises _Unusable or sqlite3.Error."""
    _inspect(path)
    conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise sqlite3.OperationalError(f"cannot use write-ahead logging (journal mode {mode})")
        conn.execute("PRAGMA synchronous = FULL")  # a session reported saved survives a crash
        _migrate(conn)
    except sqlite3.Error as error:
        conn.close()
        if _is_damage(error):
            raise _Unusable(
                QT_TRANSLATE_NOOP("SessionLog", "it is damaged ({error})"), error=error
            ) from error
        raise
    return conn


COMPANIONS = ("", "-wal", "-shm", "-journal")


def _check_files(path: Path) -> bool:
    """Refuse a log (or -wal, -shm, -journal) that is a pipe, device, folder or bad link:
    SQLite would hang on a pipe. True if the log file exists."""
    try:
        found = [check_regular(f"{path}{suffix}", missing_ok=True) for suffix in COMPANIONS]
    except OSError as error:
        raise SessionLogError(f"cannot open the session log {error}") from error
    return found[0]


def _empty_log() -> sqlite3.Connection:
    """An empty log in memory, for reading a log file that does not exist or holds nothing."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    _migrate(conn)
    return conn


def _check_writable(path: Path) -> None:
    """Refuse a read-only log before SQLite opens it: opening it would leave read-only -wal and
    -shm files beside it that keep the log unwritable after the user has fixed the file."""
    try:
        with open(path, "r+b"):
            pass
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return  # created, or reported, by SQLite
    except PermissionError as error:
        raise SessionLogError(
            f"cannot open the session log {path}: the file is read-only ({error.strerror or error})"
        ) from error
    except OSError:
        return


def _move_aside(path: Path, now: datetime) -> Path:
    """Rename ``path`` and its -wal/-shm/-journal files to an unused ``.corrupt-<UTC time>`` name."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    base = path.with_name(f"{path.name}.corrupt-{stamp}")
    target, counter = base, 1
    suffixes = ("", "-wal", "-shm", "-journal")
    while any(Path(f"{target}{s}").exists() for s in suffixes):
        counter += 1
        target = base.with_name(f"{base.name}-{counter}")
    for suffix in suffixes:
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.rename(source, f"{target}{suffix}")
    return target


READ_TIMEOUT_S = 10.0  # how long a reading command waits for another program writing the log


class SessionLog:
    """The user's history, kept in one SQLite file.

    Opening repairs what it can: a damaged, foreign or too-new file is moved aside (never
    deleted) and a fresh log started; ``recovery_notice`` then says so, once, for the app to
    show. Every write is committed before the method returns. Any SQLite failure surfaces as
    ``SessionLogError`` with a message naming the file.

    Attributes:
        path: the database file.
        recovery_notice: a message for the user if the old file had to be moved aside.
    """

    def __init__(
        self, path: Path | str, clock: Clock, *, read_only: bool = False, timeout: float = READ_TIMEOUT_S
    ) -> None:
        self.path = Path(path)
        self.clock = clock
        self.read_only = read_only
        self.recovery_notice: str | None = None
        self._skipped: dict[str, int] | None = None
        if read_only:
            self._conn = self._open_read_only(timeout)
            return
        try:
            ensure_folder(self.path.parent)
        except OSError as error:
            raise SessionLogError(
                f"cannot create the folder {self.path.parent} for the session log: {error.strerror or error}"
            ) from error
        if _check_files(self.path):
            for suffix in COMPANIONS:  # private health data: the owner's alone
                make_private(f"{self.path}{suffix}")
        else:
            with contextlib.suppress(OSError):  # else SQLite says why it cannot create it
                create_private(self.path)
        _check_writable(self.path)
        try:
            try:
                self._conn = _connect(self.path)
            except _Unusable as unusable:
                self._conn = self._recover(unusable)
        except _TooNew as too_new:
            raise SessionLogError(too_new.message(self.path)) from too_new
        except sqlite3.Error as error:
            raise SessionLogError(f"cannot open the session log {self.path}: {_reason(error)}") from error

    @classmethod
    def open(cls, path: Path | str, clock: Clock, *, read_only: bool = False) -> SessionLog:
        """Open the log; ``read_only`` never changes, creates or moves the file (for commands)."""
        return cls(path, clock, read_only=read_only)

    def _open_read_only(self, timeout: float) -> sqlite3.Connection:
        """A read-only connection that waits up to ``timeout`` seconds for a writer."""
        if not _check_files(self.path):
            return _empty_log()
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=timeout)
        except sqlite3.Error as error:
            raise SessionLogError(f"cannot read the session log {self.path}: {_reason(error)}") from error
        try:
            _check(conn)
            if conn.execute("PRAGMA user_version").fetchone()[0] == 0:  # an empty file
                conn.close()
                return _empty_log()
        except _TooNew as too_new:
            conn.close()
            raise SessionLogError(too_new.message(self.path)) from too_new
        except _Unusable as unusable:
            conn.close()
            raise SessionLogError(
                f"cannot read the session log {self.path}: {unusable}. It has been left as it is; "
                "the Coach app keeps such a file aside and starts a new log when it next starts."
            ) from unusable
        except sqlite3.Error as error:
            conn.close()
            if _is_damage(error):
                raise SessionLogError(
                    f"cannot read the session log {self.path}: it is damaged ({error})"
                ) from error
            if (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF == sqlite3.SQLITE_BUSY:
                raise SessionLogError(
                    f"cannot read the session log {self.path}: another program has been writing it "
                    f"for more than {timeout:g} seconds; try again in a moment"
                ) from error
            raise SessionLogError(f"cannot read the session log {self.path}: {_reason(error)}") from error
        return conn

    def skipped(self) -> dict[str, int]:
        """``{what was wrong: how many rows}`` for the rows every query leaves out."""
        if self._skipped is None:
            with self._guard("read"):
                self._skipped = hide_unreadable(self._conn)
        return self._skipped

    def skipped_warning(self) -> str | None:
        """One line naming how many rows Coach cannot read and why, or None."""
        counts = self.skipped()
        if not counts:
            return None
        total = sum(counts.values())
        why = "; ".join(f"{n} {reason}" for reason, n in sorted(counts.items()))
        return f"skipped {total} row{'' if total == 1 else 's'} of {self.path} that Coach cannot read ({why})"

    def _recover(self, unusable: _Unusable) -> sqlite3.Connection:
        why = str(unusable)
        try:
            aside = _move_aside(self.path, self.clock.now())
        except OSError as error:
            raise SessionLogError(
                f"the session log {self.path} cannot be used ({why}) and cannot be moved "
                f"aside: {error.strerror or error}"
            ) from error
        self.recovery_notice = translate(
            "SessionLog",
            "The session log could not be read because {reason}. It was kept as {aside} "
            "and a new, empty log was started at {path}.",
        ).format(reason=unusable.translated(), aside=aside, path=self.path)
        log.warning("Session log %s unusable (%s); moved to %s", self.path, why, aside)
        try:
            return _connect(self.path)
        except _Unusable as still:  # pragma: no cover - a fresh file is always usable
            raise SessionLogError(f"cannot start a new session log {self.path}: {still}") from still

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SessionLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as error:
            raise SessionLogError(
                f"cannot {action} in the session log {self.path}: {_reason(error)}"
            ) from error

    def _insert(self, action: str, sql: str, params: Sequence[Any]) -> int:
        with self._guard(action):
            row_id = self._conn.execute(sql, params).lastrowid
        assert row_id is not None
        return row_id

    def _update(self, what: str, table: str, row_id: int, sets: str, params: Sequence[Any]) -> None:
        sql = f"UPDATE main.{table} SET {sets} WHERE id = ?"
        with self._guard(f"update {what} {row_id}"):
            changed = self._conn.execute(sql, [*params, row_id]).rowcount
        if changed == 0:
            raise SessionLogError(f"the session log {self.path} has no {what} with id {row_id}")

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Run a read-only query (used by ``coach.core.stats``); it sees only readable rows."""
        self.skipped()
        with self._guard("read"):
            return self._conn.execute(sql, params).fetchall()

    def _now(self) -> str:
        return utc_text(self.clock.now())

    # -- sessions --------------------------------------------------------------------------

    def start_session(
        self,
        routine_id: str,
        routine_name: str,
        seconds_planned: int,
        pain_before: int | None = None,
        source: str = "manual",
    ) -> int:
        """Log a routine as started (``partial``, not ended) and return its id."""
        _check_amount(seconds_planned, "seconds planned")
        _check_pain(pain_before)
        return self._insert(
            "save the start of a session",
            "INSERT INTO main.sessions (routine_id, routine_name, started, seconds_planned, "
            "pain_before, source) VALUES (?, ?, ?, ?, ?, ?)",
            [routine_id, routine_name, self._now(), int(seconds_planned), pain_before, source],
        )

    def update_session(self, session_id: int, seconds_done: int) -> None:
        """Record progress so a crash keeps what was done."""
        _check_amount(seconds_done, "seconds done")
        self._update("session", "sessions", session_id, "seconds_done = ?", [int(seconds_done)])

    def finish_session(
        self,
        session_id: int,
        outcome: str,
        seconds_done: int,
        pain_after: int | None = None,
        note: str | None = None,
    ) -> None:
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown session outcome {outcome!r}; expected one of {OUTCOMES}")
        _check_amount(seconds_done, "seconds done")
        _check_pain(pain_after)
        self._update(
            "session",
            "sessions",
            session_id,
            "ended = ?, outcome = ?, seconds_done = ?, pain_after = ?, note = ?",
            [self._now(), outcome, int(seconds_done), pain_after, note],
        )

    def set_pain_after(self, session_id: int, pain_after: int | None, note: str | None) -> None:
        """Store the rating (and note) given on the summary screen after finishing."""
        self.set_pain(session_id, pain_after=pain_after, note=note)

    def set_pain(
        self,
        session_id: int,
        *,
        pain_before: int | _Keep | None = KEEP,
        pain_after: int | _Keep | None = KEEP,
        note: str | _Keep | None = KEEP,
    ) -> None:
        """Change a session's ratings or note; what is not passed stays, None clears."""
        changes = {"pain_before": pain_before, "pain_after": pain_after, "note": note}
        changes = {k: v for k, v in changes.items() if not isinstance(v, _Keep)}
        for key in ("pain_before", "pain_after"):
            _check_pain(changes.get(key))
        if changes:
            sets = ", ".join(f"{column} = ?" for column in changes)
            self._update("session", "sessions", session_id, sets, list(changes.values()))

    # -- breaks, walks, prompts ------------------------------------------------------------

    def record_break(
        self,
        event: str,
        routine_id: str | None = None,
        session_id: int | None = None,
        seconds: int | None = None,
        detail: str | None = None,
    ) -> int:
        if event not in BREAK_EVENTS:
            raise ValueError(f"unknown break event {event!r}; expected one of {BREAK_EVENTS}")
        _check_amount(seconds, "break seconds")
        return self._insert(
            f"save a break event ({event})",
            "INSERT INTO main.breaks (at, event, routine_id, session_id, seconds, detail) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [self._now(), event, routine_id, session_id, seconds, detail],
        )

    def start_walk(self, planned: bool) -> int:
        """Log a walk as begun now; ``finish_walk`` completes it when the user is back."""
        return self._insert(
            "save the start of a walk",
            "INSERT INTO main.walks (started, planned) VALUES (?, ?)",
            [self._now(), int(planned)],
        )

    def finish_walk(
        self,
        walk_id: int,
        minutes: float | None = None,
        pain: int | None = None,
        needed_flexion_break: bool | None = None,
        note: str | None = None,
        ended: datetime | None = None,
    ) -> None:
        """End a walk ``ended`` (default now); ``minutes`` defaults to the time since ``start_walk``."""
        _check_pain(pain)
        _check_amount(minutes, "walk minutes")
        now = self.clock.now() if ended is None else ended
        if minutes is None:
            rows = self.fetch("SELECT started FROM walks WHERE id = ?", [walk_id])
            started = parse_utc(rows[0][0]) if rows else now
            minutes = round(max(0.0, (now - started).total_seconds()) / 60, 1)
        flexion = None if needed_flexion_break is None else int(needed_flexion_break)
        self._update(
            "walk",
            "walks",
            walk_id,
            "ended = ?, minutes = ?, pain = ?, needed_flexion_break = ?, note = ?",
            [utc_text(now), minutes, pain, flexion, note],
        )

    def record_walk(
        self,
        minutes: float,
        planned: bool,
        pain: int | None = None,
        needed_flexion_break: bool | None = None,
        note: str | None = None,
    ) -> int:
        """Log a walk that just ended, ``minutes`` long, in one step."""
        _check_pain(pain)
        _check_amount(minutes, "walk minutes")
        now = self.clock.now()
        flexion = None if needed_flexion_break is None else int(needed_flexion_break)
        return self._insert(
            "save a walk",
            "INSERT INTO main.walks (started, ended, minutes, planned, pain, needed_flexion_break, "
            "note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                utc_text(now - timedelta(minutes=minutes)),
                utc_text(now),
                minutes,
                int(planned),
                pain,
                flexion,
                note,
            ],
        )

    def record_prompt(
        self, kind: str, event: str, walk_id: int | None = None, detail: str | None = None
    ) -> int:
        """Log a walk-preparation prompt being shown (``prompted``) or answered."""
        if kind not in PROMPT_KINDS:
            raise ValueError(f"unknown prompt kind {kind!r}; expected one of {PROMPT_KINDS}")
        if event not in PROMPT_EVENTS:
            raise ValueError(f"unknown prompt event {event!r}; expected one of {PROMPT_EVENTS}")
        return self._insert(
            f"save a {kind} prompt",
            "INSERT INTO main.prompts (at, kind, event, walk_id, detail) VALUES (?, ?, ?, ?, ?)",
            [self._now(), kind, event, walk_id, detail],
        )

    # -- queries ---------------------------------------------------------------------------

    def _select(self, table: str, since: Bound, until: Bound, tz: tzinfo) -> list:
        columns, stamp, make = _QUERIES[table]
        where, params = [], []
        if since is not None:
            where.append(f"{stamp} >= ?")
            params.append(_instant(since, tz, end=False))
        if until is not None:
            where.append(f"{stamp} < ?")
            params.append(_instant(until, tz, end=True))
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        rows = self.fetch(f"SELECT {columns} FROM {table}{clause} ORDER BY {stamp}, id", params)
        return [make(r) for r in rows]

    # ``since``/``until`` given as dates are whole local days in ``tz``, both included; given
    # as aware datetimes they are instants, ``since`` included and ``until`` excluded.

    def sessions(self, since: Bound = None, until: Bound = None, tz: tzinfo = UTC) -> list[SessionRecord]:
        return self._select("sessions", since, until, tz)

    def breaks(self, since: Bound = None, until: Bound = None, tz: tzinfo = UTC) -> list[BreakRecord]:
        return self._select("breaks", since, until, tz)

    def walks(self, since: Bound = None, until: Bound = None, tz: tzinfo = UTC) -> list[WalkRecord]:
        return self._select("walks", since, until, tz)

    def open_walks(self) -> list[WalkRecord]:
        """Walks begun and never ended (left open by a quit or a crash), oldest first."""
        columns, stamp, make = _QUERIES["walks"]
        rows = self.fetch(f"SELECT {columns} FROM walks WHERE ended IS NULL ORDER BY {stamp}, id")
        return [make(r) for r in rows]

    def prompts(self, since: Bound = None, until: Bound = None, tz: tzinfo = UTC) -> list[PromptRecord]:
        return self._select("prompts", since, until, tz)

    def session(self, session_id: int) -> SessionRecord | None:
        rows = self.fetch(f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ?", [session_id])
        return _session(rows[0]) if rows else None

    def day_events(self, day: date, tz: tzinfo) -> list[Record]:
        """Everything logged on one local day, in time order."""
        everything: list[Record] = []
        for table in TABLES:
            everything.extend(self._select(table, day, day, tz))
        return sorted(everything, key=lambda r: r.when)


def _check_pain(value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise ValueError(f"a pain rating is a whole number from 0 to 10, got {value!r}")


def _check_amount(value: float | None, what: str) -> None:
    if value is not None and value < 0:
        raise ValueError(f"{what} cannot be negative, got {value!r}")
