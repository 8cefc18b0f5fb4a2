"""Writes every break and walk prompt, its outcome, natural breaks and walks to the session log."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, tzinfo
from typing import Any, Protocol, TypeVar

from coach.core.errors import SessionLogError
from coach.core.events import Emitter
from coach.core.plan import EntryKind
from coach.core.scheduler.events import (
    BreakDue,
    BreakNotice,
    BreakPostponed,
    BreakSkipped,
    BreakTaken,
    BreakWithdrawn,
    HeatPackDue,
    NaturalBreak,
    PromptAnswered,
    WalkDone,
    WalkDue,
    WalkEnd,
    WalkStarted,
    WarmUpDue,
    WithdrawReason,
)
from coach.core.scheduler.machine import BreakScheduler
from coach.core.scheduler.walks import planned_walk_minutes
from coach.core.settings import Settings, format_clock_time

log = logging.getLogger(__name__)
T = TypeVar("T")

# A withdrawn prompt is logged as what it amounts to; "away" is logged by the natural break
# itself, and the rest stay unanswered prompts.
WITHDRAWN_AS: dict[WithdrawReason, tuple[str, str]] = {
    WithdrawReason.WALK: ("taken", "went for a walk"),
    WithdrawReason.PAUSED: ("skipped", "paused reminders"),
}


class BreakSink(Protocol):
    """The part of the session log the recorder writes to."""

    def record_break(
        self,
        event: str,
        routine_id: str | None = None,
        session_id: int | None = None,
        seconds: int | None = None,
        detail: str | None = None,
    ) -> int: ...

    def record_prompt(
        self, kind: str, event: str, walk_id: int | None = None, detail: str | None = None
    ) -> int: ...

    def start_walk(self, planned: bool) -> int: ...

    def finish_walk(
        self,
        walk_id: int,
        minutes: float | None = None,
        pain: int | None = None,
        needed_flexion_break: bool | None = None,
        note: str | None = None,
        ended: datetime | None = None,
    ) -> None: ...

    def open_walks(self) -> Sequence[OpenWalk]: ...


class OpenWalk(Protocol):
    """A walk row with no end (``coach.core.session_log.WalkRecord``)."""

    @property
    def id(self) -> int: ...

    @property
    def started(self) -> datetime: ...

    @property
    def planned(self) -> bool: ...


class SchedulerRecorder:
    """Follows a scheduler and logs what it prompts and how each prompt ended.

    Break events go to the ``breaks`` table (``notice``, ``prompted``, ``taken``,
    ``postponed``, ``skipped``, ``natural``); heat-pack, warm-up and walk prompts and their
    answers to ``prompts``; walks to ``walks``. A walk row is started when the walk begins and
    finished by :meth:`rate_walk` once the user has said how it went (the app calls it with
    nothing when the question is dismissed); a walk still unrated when the next one starts,
    or at :meth:`close`, is finished without a rating. A walk under way at :meth:`close` (a
    quit) stays open, as after a crash, for :meth:`recover_open_walks` at the next start.

    Attributes:
        walk_id: the log row of the walk under way or awaiting its rating.
        awaiting_rating: the ``WalkDone`` the app is asking about, if any.
        offered: maps the configured break routine to the one the prompt offers (the rotation
            and the bending answers may pick another); break rows name the offered one.
        failed: emits a message once if the log cannot be written; the scheduler goes on.
    """

    def __init__(
        self,
        scheduler: BreakScheduler,
        sink: BreakSink,
        offered: Callable[[str], str | None] | None = None,
    ) -> None:
        self.scheduler = scheduler
        self.sink = sink
        self.offered = offered  # configured break routine -> the one offered (rotation, bending)
        self._offer: str | None = None  # what this break's prompt offered, kept to its answer
        self.walk_id: int | None = None
        self.awaiting_rating: WalkDone | None = None
        self.failed: Emitter[str] = Emitter()
        self._failed_once = False
        self._connections: list[tuple[Emitter[Any], Callable[[Any], object]]] = []
        self._on(scheduler.break_notice, self._notice)
        self._on(scheduler.break_due, self._due)
        self._on(scheduler.break_taken, self._taken)
        self._on(scheduler.break_postponed, self._postponed)
        self._on(scheduler.break_skipped, self._skipped)
        self._on(scheduler.break_withdrawn, self._withdrawn)
        self._on(scheduler.natural_break, self._natural)
        self._on(scheduler.heat_pack_due, lambda e: self._prompted(EntryKind.HEAT_PACK, e))
        self._on(scheduler.warm_up_due, lambda e: self._prompted(EntryKind.WARM_UP, e))
        self._on(scheduler.walk_due, lambda e: self._prompted(EntryKind.WALK, e))
        self._on(scheduler.prompt_answered, self._answered)
        self._on(scheduler.walk_started, self._walk_started)
        self._on(scheduler.walk_done, self._walk_done)

    def rate_walk(
        self,
        pain: int | None = None,
        needed_flexion_break: bool | None = None,
        note: str | None = None,
        minutes: float | None = None,
    ) -> bool:
        """Finish the walk being asked about with the user's answers; ``minutes`` corrects the
        measured length. False when no walk awaits a rating."""
        done = self.awaiting_rating
        if done is None or self.walk_id is None:
            return False
        walk_id, self.walk_id, self.awaiting_rating = self.walk_id, None, None
        length = done.minutes if minutes is None else minutes
        note = (note or "").strip() or None
        self._write(self.sink.finish_walk, walk_id, length, pain, needed_flexion_break, note, done.ended)
        return True

    def recover_open_walks(self, settings: Settings, tz: tzinfo, now: datetime) -> WalkDone | None:
        """Close the walks a quit or a crash left open, each at its planned end (or ``now``, if
        sooner), and return the latest as a ``RECOVERED`` walk to ask about once: it awaits a
        rating here, but its row is already closed, so it is never asked about again."""
        if self.walk_id is not None:
            return None  # a walk of this run: not left open
        done: WalkDone | None = None
        for row in self._write(self.sink.open_walks) or ():
            minutes = planned_walk_minutes(settings, row.started, row.planned, tz)
            ended = max(row.started, min(now, row.started + timedelta(minutes=minutes)))
            length = round((ended - row.started).total_seconds() / 60, 1)
            self._write(self.sink.finish_walk, row.id, length, None, None, None, ended)
            log.info("closed walk %s left open since %s at %s", row.id, row.started, ended)
            done = WalkDone(
                row.started.astimezone(tz), ended.astimezone(tz), length, row.planned, None, WalkEnd.RECOVERED
            )
            self.walk_id = row.id
        self.awaiting_rating = done
        return done

    def close(self) -> None:
        """Stop following the scheduler, finishing an unrated walk.

        A walk still under way stays open in the log: the next start closes it at its planned
        end and asks about it (:meth:`recover_open_walks`).
        """
        if self.awaiting_rating is not None:
            self._finish_unrated()
        self.walk_id = None
        for emitter, callback in self._connections:
            emitter.disconnect(callback)
        self._connections.clear()

    # -- handlers ---------------------------------------------------------------------------

    def _notice(self, event: BreakNotice) -> None:
        self._break("notice", self._offering(event.routine), seconds=round(event.in_s))

    def _due(self, event: BreakDue) -> None:
        detail = f"postponed {event.postponed}x before" if event.postponed else None
        routine = self._offering(event.routine)
        self._break("prompted", routine, seconds=round(event.sitting_s), detail=detail)

    def _taken(self, event: BreakTaken) -> None:
        self._break("taken", self._answered_routine(event.routine))

    def _postponed(self, event: BreakPostponed) -> None:
        routine = self._offer or event.routine
        self._break("postponed", routine, seconds=event.for_s, detail=f"postpone {event.count}")

    def _skipped(self, event: BreakSkipped) -> None:
        self._break("skipped", self._answered_routine(event.routine))

    def _withdrawn(self, event: BreakWithdrawn) -> None:
        routine = self._answered_routine(event.routine)
        if event.reason in WITHDRAWN_AS:
            outcome, detail = WITHDRAWN_AS[event.reason]
            self._break(outcome, routine, detail=detail)
        else:
            log.debug("break prompt withdrawn (%s); nothing to log", event.reason)

    def _offering(self, configured: str) -> str:
        """The routine this break offers now (kept until the break is answered)."""
        picked = self.offered(configured) if self.offered is not None else None
        self._offer = picked or configured
        return self._offer

    def _answered_routine(self, configured: str) -> str:
        """The routine the answered prompt offered; the break is over, so forget it."""
        routine, self._offer = self._offer or configured, None
        return routine

    def _natural(self, event: NaturalBreak) -> None:
        self._break("natural", None, seconds=round(event.seconds), detail=str(event.reason))

    def _prompted(self, kind: EntryKind, event: HeatPackDue | WarmUpDue | WalkDue) -> None:
        detail = f"walk at {format_clock_time(event.walk.at)}"
        self._write(self.sink.record_prompt, str(kind), "prompted", None, detail)

    def _answered(self, event: PromptAnswered) -> None:
        walk_id = self.walk_id if event.kind is EntryKind.WALK else None
        detail = f"walk at {format_clock_time(event.walk.at)}"
        self._write(self.sink.record_prompt, str(event.kind), str(event.outcome), walk_id, detail)

    def _walk_started(self, event: WalkStarted) -> None:
        self._finish_unrated()
        self.walk_id = self._write(self.sink.start_walk, event.planned)

    def _walk_done(self, event: WalkDone) -> None:
        self.awaiting_rating = event

    # -- helpers ----------------------------------------------------------------------------

    def _finish_unrated(self) -> None:
        if self.walk_id is not None:
            done = self.awaiting_rating
            walk_id, self.walk_id, self.awaiting_rating = self.walk_id, None, None
            if done is None:
                self._write(self.sink.finish_walk, walk_id, None)
            elif done.how is not WalkEnd.RECOVERED:  # a recovered walk's row is closed already
                self._write(self.sink.finish_walk, walk_id, done.minutes, None, None, None, done.ended)

    def _break(
        self, event: str, routine: str | None, *, seconds: int | None = None, detail: str | None = None
    ) -> None:
        self._write(self.sink.record_break, event, routine, None, seconds, detail)

    def _on(self, emitter: Emitter[T], callback: Callable[[T], object]) -> None:
        emitter.connect(callback)
        self._connections.append((emitter, callback))

    def _write(self, method: Callable[..., T], *args: Any) -> T | None:
        try:
            return method(*args)
        except SessionLogError as exc:
            log.warning("session log: %s", exc)
            if not self._failed_once:
                self._failed_once = True
                self.failed.emit(str(exc))
            return None
