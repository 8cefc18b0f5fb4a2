"""``coach report``: the visit report of the last weeks as a PDF, drawn offscreen when there is no display."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from coach import paths
from coach.commands.log import local_zone
from coach.core.clock import SystemClock
from coach.core.errors import SessionLogError
from coach.core.history import MAX_REPORT_WEEKS, Report, report_data
from coach.core.session_log import SessionLog


def _application() -> object:
    """The running QApplication, or a new one (offscreen unless a display is there)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["coach"])


def run_report(weeks: int, output: str, lang: str | None = None) -> int:
    """Write the report of the last ``weeks`` calendar weeks, up to today, to ``output`` (a PDF).

    The report is in ``lang`` (a locale name such as ``de``), else in the system's language.
    """
    if not 1 <= weeks <= MAX_REPORT_WEEKS:
        print(f"coach report: --weeks must be from 1 to {MAX_REPORT_WEEKS}, got {weeks}", file=sys.stderr)
        return 2
    if not output:
        print("coach report: --output needs a file name, such as report.pdf", file=sys.stderr)
        return 2
    if Path(output).suffix.lower() != ".pdf":
        suggestion = Path(output).with_suffix(".pdf").name if Path(output).name else "report.pdf"
        print(
            f"coach report: the report is a PDF, so --output must end in .pdf (such as {suggestion}); "
            f"{output} was not written",
            file=sys.stderr,
        )
        return 2
    if not paths.database_path().exists():
        print("coach report: nothing has been logged yet, so there is nothing to report", file=sys.stderr)
        return 1
    app = _application()  # kept until the report is written
    from coach.qt.i18n import install_translators, remove_translators

    install_translators(app, lang)  # type: ignore[arg-type]  # before the data: it holds labels
    try:
        data, pages = _write(weeks, output)
    finally:
        remove_translators(app)  # type: ignore[arg-type]
    if pages is None:
        return 1
    nothing = " (nothing was logged in these weeks)" if data is not None and data.empty else ""
    print(f"Wrote a {pages}-page report of {weeks} week{'' if weeks == 1 else 's'} to {output}{nothing}")
    return 0


def _write(weeks: int, output: str) -> tuple[Report | None, int | None]:
    """Read the log and write the report; ``(data, pages)``, or ``(None, None)`` after printing why not."""
    zone = local_zone()
    today = SystemClock().now().astimezone(zone).date()
    try:
        with SessionLog.open(paths.database_path(), SystemClock()) as session_log:
            if session_log.recovery_notice:
                print(session_log.recovery_notice, file=sys.stderr)
            data = report_data(session_log, today, zone, weeks)
    except SessionLogError as error:
        print(f"coach report: {error}", file=sys.stderr)
        return None, None
    from coach.qt.report import write_report

    try:
        return data, write_report(data, output)
    except OSError as error:
        print(f"coach report: cannot write {output}: {error.strerror or error}", file=sys.stderr)
        return None, None
