"""What every window needs: the clock, the time zone, settings, the library and the session log."""

from __future__ import annotations

import logging
from datetime import date, tzinfo

from PySide6.QtCore import QCoreApplication

from coach import paths
from coach.core.clock import Clock
from coach.core.errors import SessionLogError
from coach.core.library import Library
from coach.core.library_cache import load_cached
from coach.core.model import Routine
from coach.core.rotation import done_today
from coach.core.session_log import SessionLog
from coach.core.settings import Settings
from coach.core.settings_io import load_settings

log = logging.getLogger(__name__)


class Services:
    """What every window needs: the clock, settings, library and session log.

    ``lang`` is the language of the library's text (``de``); English by default. ``notices``
    collects what the user must be told once the app is up.
    """

    def __init__(self, clock: Clock, tz: tzinfo, lang: str = "en") -> None:
        self.clock = clock
        self.tz = tz
        self.notices: list[str] = []
        loaded = load_settings(paths.config_path(), clock)
        self.settings: Settings = loaded.settings
        if loaded.notice:
            self.notices.append(loaded.notice)
        self.library: Library = load_cached(paths.library_dirs(), paths.library_cache_path(), lang=lang)
        for problem in self.library.problems:
            log.warning("library: %s", problem)
        try:
            self.log: SessionLog | None = SessionLog.open(paths.database_path(), clock)
        except SessionLogError as exc:
            self.log = None
            self.notices.append(
                QCoreApplication.translate("Services", "Your sessions cannot be saved: {error}").format(
                    error=exc
                )
            )
        else:
            if self.log.recovery_notice:
                self.notices.append(self.log.recovery_notice)

    def today(self) -> date:
        """The local date now."""
        return self.clock.now().astimezone(self.tz).date()

    def done_today(self) -> list[str]:
        """Ids of the routines run today, for the desk-break rotation (none without a log)."""
        if self.log is None:
            return []
        try:
            return done_today(self.log, self.today(), self.tz)
        except SessionLogError as exc:
            log.warning("today's sessions: %s", exc)
            return []

    def close(self) -> None:
        if self.log is not None:
            self.log.close()


def resolve_routine(library: Library, routine_id: str) -> Routine | None:
    """A routine by id, or a one-exercise session for an exercise id."""
    if routine_id in library.routines:
        return library.routines[routine_id]
    if routine_id in library.exercises:
        return Routine.single(library.exercises[routine_id])
    return None
