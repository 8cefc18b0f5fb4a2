"""``coach export``: the whole session log as CSV or JSON, to standard output or a file, without Qt."""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Iterator
from typing import IO

from coach import paths
from coach.core.clock import SystemClock
from coach.core.errors import SessionLogError
from coach.core.export import FORMATS, atomic_text_file, export
from coach.core.session_log import SessionLog
from coach.platform.timezone import local_zone


@contextlib.contextmanager
def _stdout() -> Iterator[IO[str]]:
    """Standard output as UTF-8 with no newline translation (CSV brings its own CRLF)."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # pragma: no cover - a replaced stdout without bytes underneath
        yield sys.stdout
        return
    out = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
    try:
        yield out
        out.flush()
    finally:
        out.detach()


def run_export(fmt: str, output: str | None) -> int:
    """Write every session, break, walk and prompt in ``fmt`` ("csv" or "json").

    ``output`` is a file path, replaced only once the export is complete; None or ``-`` means
    standard output. A missing log gives an empty export and is not created.
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        print(f"coach export: --format must be csv or json, got {fmt!r}", file=sys.stderr)
        return 2
    zone = local_zone()
    to_file = output not in (None, "-")
    try:
        with contextlib.ExitStack() as stack:
            session_log = None
            if paths.database_path().exists():  # exporting must not create a log
                session_log = stack.enter_context(SessionLog.open(paths.database_path(), SystemClock()))
                if session_log.recovery_notice:
                    print(session_log.recovery_notice, file=sys.stderr)
            out = stack.enter_context(atomic_text_file(output) if to_file else _stdout())  # type: ignore[arg-type]
            count = export(session_log, fmt, out, zone)
    except SessionLogError as error:
        print(f"coach export: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        where = output if to_file else "standard output"
        print(f"coach export: cannot write {where}: {error.strerror or error}", file=sys.stderr)
        return 1
    if to_file:
        print(f"Exported {count} record{'' if count == 1 else 's'} to {output}")
    return 0
