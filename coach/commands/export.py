"""``coach export``: the whole session log as CSV or JSON, to standard output or a file, without Qt."""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Iterator
from typing import IO

from coach.commands.log import open_for_reading
from coach.core.errors import SessionLogError
from coach.core.export import FORMATS, atomic_text_file, export
from coach.core.files import write_target
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


def output_problem(output: str) -> str | None:
    """Why ``--output`` cannot be written, said before any work is done; None when it can."""
    if not output.strip():
        return "--output needs a file name, such as history.csv"
    try:
        write_target(output)
    except OSError as error:
        return f"cannot write {output}: {error.strerror or error}"
    return None


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
    if to_file:
        problem = output_problem(output)  # type: ignore[arg-type]
        if problem:
            print(f"coach export: {problem}", file=sys.stderr)
            return 1
    try:
        with contextlib.ExitStack() as stack:
            session_log = stack.enter_context(open_for_reading("export"))
            out = stack.enter_context(atomic_text_file(output) if to_file else _stdout())  # type: ignore[arg-type]
            terminal = not to_file and sys.stdout.isatty()
            count = export(session_log, fmt, out, zone, terminal=terminal)
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
