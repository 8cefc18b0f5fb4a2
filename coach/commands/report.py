"""``coach report``: the visit report of the last weeks as a PDF, drawn offscreen when there is no display."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from coach import paths
from coach.commands.log import open_for_reading
from coach.core.clock import SystemClock
from coach.core.errors import SessionLogError
from coach.core.files import write_target
from coach.core.history import MAX_REPORT_WEEKS, Report, report_data
from coach.platform.timezone import local_zone


def _application() -> object:
    """The running QApplication, or a new one (offscreen unless a display is there)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["coach"])


ReportWriter = Callable[[Report, str], int]  # (data, PDF path) -> pages; coach.qt.report.write_report
Translate = Callable[[object], object]  # installs the report's language on the application


def run_report(
    weeks: int, output: str, write_report: ReportWriter, translate: Translate | None = None
) -> int:
    """Write the report of the last ``weeks`` calendar weeks, up to today, to ``output`` (a PDF).

    ``write_report`` draws it (the command line passes the Qt writer: commands never import views);
    ``translate``, if given, installs the report's language on the application before the data
    (which holds labels) is gathered.
    """
    if not 1 <= weeks <= MAX_REPORT_WEEKS:
        print(f"coach report: --weeks must be from 1 to {MAX_REPORT_WEEKS}, got {weeks}", file=sys.stderr)
        return 2
    if not output.strip():
        print("coach report: --output needs a file name, such as report.pdf", file=sys.stderr)
        return 2
    try:
        write_target(output)  # refused before any work: a folder, pipe, device or bad link
    except OSError as error:
        print(f"coach report: cannot write {output}: {error.strerror or error}", file=sys.stderr)
        return 1
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
    if translate is not None:
        translate(app)
    zone = local_zone()
    today = SystemClock().now().astimezone(zone).date()
    try:
        with open_for_reading("report") as session_log:
            data = report_data(session_log, today, zone, weeks)
    except SessionLogError as error:
        print(f"coach report: {error}", file=sys.stderr)
        return 1
    try:
        pages = write_report(data, output)
    except OSError as error:
        print(f"coach report: cannot write {output}: {error.strerror or error}", file=sys.stderr)
        return 1
    nothing = " (nothing was logged in these weeks)" if data.empty else ""
    print(f"Wrote a {pages}-page report of {weeks} week{'' if weeks == 1 else 's'} to {output}{nothing}")
    return 0
