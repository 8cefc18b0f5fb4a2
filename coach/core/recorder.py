"""Writes a runner's session to the session log as it happens, so a crash loses nothing."""

from __future__ import annotations

import logging
from typing import Protocol

from coach.core.errors import SessionLogError
from coach.core.events import Emitter
from coach.core.runner import Runner, RunState

log = logging.getLogger(__name__)


class SessionSink(Protocol):
    """The part of the session log a recorder needs."""

    def start_session(
        self,
        routine_id: str,
        routine_name: str,
        seconds_planned: int,
        pain_before: int | None = None,
        source: str = "manual",
    ) -> int: ...

    def update_session(self, session_id: int, seconds_done: int) -> None: ...

    def finish_session(
        self,
        session_id: int,
        outcome: str,
        seconds_done: int,
        pain_after: int | None = None,
        note: str | None = None,
    ) -> None: ...

    def set_pain(
        self,
        session_id: int,
        *,
        pain_before: int | None = None,
        pain_after: int | None = None,
        note: str | None = None,
    ) -> None: ...


OUTCOME_OF_STOP = {"pain": "stopped-for-pain"}


class SessionRecorder:
    """Follows a runner: a row when it starts, progress as exercises finish, the outcome at the end.

    Attributes:
        session_id: the log row, once the runner has started.
        outcome: ``completed``, ``partial`` or ``stopped-for-pain`` once it has ended; a routine
            that reached its end with exercise skipped on the way is ``partial``.
        failed: emits a message once if the log cannot be written; the session goes on.
    """

    def __init__(self, runner: Runner, sink: SessionSink | None, *, source: str = "manual") -> None:
        self.runner = runner
        self.sink = sink
        self.source = source
        self.session_id: int | None = None
        self.outcome: str | None = None
        self.pain_before: int | None = None
        self.pain_after: int | None = None
        self.note: str | None = None
        self.failed: Emitter[str] = Emitter()
        self._failed_once = False
        runner.state_changed.connect(self._on_state)
        runner.exercise_done.connect(self._on_exercise_done)
        runner.finished.connect(lambda _: self._end("completed" if runner.played_through else "partial"))
        runner.stopped.connect(lambda reason: self._end(OUTCOME_OF_STOP.get(reason, "partial")))

    @property
    def seconds_done(self) -> int:
        """The seconds logged as done: the routine's time played, rests and switches included.

        The row's ``seconds_planned`` is the routine's whole length, so a routine played to its
        end logs as much done as planned (skipped time is not done).
        """
        return round(self.runner.seconds_played)

    def set_pain_before(self, value: int | None) -> None:
        self.pain_before = value
        if self.session_id is not None:
            self._write(self.sink.set_pain, self.session_id, pain_before=value)  # type: ignore[union-attr]

    def rate(self, pain_after: int | None, note: str | None) -> None:
        """The after-session rating and note, given on the summary (possibly after the end)."""
        self.pain_after, self.note = pain_after, (note or None)
        if self.session_id is not None:
            self._write(
                self.sink.set_pain,
                self.session_id,  # type: ignore[union-attr]
                pain_before=self.pain_before,
                pain_after=pain_after,
                note=self.note,
            )

    def _on_state(self, state: RunState) -> None:
        if state is RunState.RUNNING and self.session_id is None and self.sink is not None:
            routine = self.runner.routine
            self.session_id = self._write(
                self.sink.start_session,
                routine.id,
                routine.name,
                self.runner.total_s,
                self.pain_before,
                self.source,
            )

    def _on_exercise_done(self, _item: int) -> None:
        if self.session_id is not None:
            self._write(self.sink.update_session, self.session_id, self.seconds_done)  # type: ignore[union-attr]

    def _end(self, outcome: str) -> None:
        if self.outcome is not None:
            return
        self.outcome = outcome
        if self.session_id is not None:
            self._write(
                self.sink.finish_session,
                self.session_id,
                outcome,  # type: ignore[union-attr]
                self.seconds_done,
                self.pain_after,
                self.note,
            )

    def _write(self, method, *args, **kwargs):
        try:
            return method(*args, **kwargs)
        except SessionLogError as exc:
            log.warning("session log: %s", exc)
            if not self._failed_once:
                self._failed_once = True
                self.failed.emit(str(exc))
            return None
