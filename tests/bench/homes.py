"""The COACH_HOME folders the benchmark runs Coach in: idle tray, player, big library, long history."""

from __future__ import annotations

from pathlib import Path

# Breaks far away (every 4 h, the longest allowed), working hours all day every day, no planned
# walks: nothing is near while the tray idles. Everything else keeps its default.
IDLE_CONFIG = """\
movement_breaks:
  every: 4h
working_hours:
  mon: 00:00-23:59
  tue: 00:00-23:59
  wed: 00:00-23:59
  thu: 00:00-23:59
  fri: 00:00-23:59
  sat: 00:00-23:59
  sun: 00:00-23:59
walks: []
"""


def make_home(folder: Path, config: str | None = IDLE_CONFIG) -> Path:
    """A Coach home whose first-run welcome is done, with ``config`` as its config.yaml."""
    (folder / "config").mkdir(parents=True, exist_ok=True)
    (folder / "data").mkdir(parents=True, exist_ok=True)
    (folder / "config" / "window-state.ini").write_text("[welcome]\ndone=true\n", encoding="utf-8")
    if config is not None:
        (folder / "config" / "config.yaml").write_text(config, encoding="utf-8")
    return folder


def library_home(folder: Path, exercises: int = 1000, routines: int = 100) -> Path:
    from coach.tools.bench_library import write_library

    make_home(folder)
    write_library(folder / "data" / "exercises", exercises, routines)
    return folder


def history_home(folder: Path, events: int = 100_000) -> Path:
    from coach.commands.log import local_zone
    from coach.tools.demo_history import fill_bulk

    make_home(folder)
    fill_bulk(folder / "data" / "log.db", events=events, tz=local_zone())
    return folder
