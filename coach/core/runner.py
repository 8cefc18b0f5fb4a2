"""The routine runner: a clock-driven state machine over a routine's timeline of phases."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Collection
from enum import Enum, auto
from typing import Any

from coach.core.clock import Clock
from coach.core.events import Emitter, EventQueue
from coach.core.model import Exercise, Routine, RoutineItem
from coach.core.timeline import Phase, PhaseKind, Timeline, build_timeline

log = logging.getLogger(__name__)

BACK_RESTART_S = 2.0  # back() later than this into a phase restarts it; sooner, goes to the one before
COUNTDOWN_FROM = 3  # countdown events 3, 2, 1 in the last seconds of a phase
_SNAP_S = 1e-6  # positions this close to a whole second count as on it (float noise)


class RunState(Enum):
    """Where a runner is in its life; FINISHED and STOPPED are final."""

    READY = auto()  # built, not started
    RUNNING = auto()
    PAUSED = auto()
    FINISHED = auto()  # reached the end (terminal)
    STOPPED = auto()  # ended early by stop() (terminal)


_ACTIVE = (RunState.RUNNING, RunState.PAUSED)


class Runner:
    """Plays a routine: where it is, what comes next, and events as phases come and go.

    The position is derived from the clock, never from counting ticks: while running, the
    offset into the routine is ``anchor_offset + (clock.monotonic() - anchor_mono)``. ``tick()``
    (and every command) re-reads the clock and brings the state and the queries up to date;
    between calls the queries describe the routine as of the last one. A driver calls
    ``tick()`` at ``next_deadline()``; a late or early call is harmless.

    Events, all plain :class:`Emitter` attributes:

    - ``state_changed(RunState)`` on every change of state.
    - ``phase_started(Phase)`` when a phase becomes current: by time passing, at ``start()``
      and after ``skip()``/``skip_exercise()``/``back()`` (also while paused, so views follow).
    - ``side_switched(Phase)`` with the switch phase, just after its ``phase_started``.
    - ``countdown(int)``: 3, 2, 1 as a counted phase (a hold, by default) enters its last
      seconds, only while running; once per number per start of the phase.
    - ``exercise_done(int)``: the item index, when time passing carries the routine past the
      end of that item's last hold. An item that is skipped past (by ``skip()``,
      ``skip_exercise()`` or a stop) is not done; an item is reported at most once even if
      ``back()`` replays it.
    - ``finished(None)`` exactly once, when the end is reached by time or by skipping.
    - ``stopped(str)`` with the reason, once, from ``stop()``.

    A late tick that jumps several phases does not replay stale sounds: it reports
    ``exercise_done`` for every item passed (in order), then ``phase_started`` only for the
    phase landed in, and a countdown number only if that phase is now in its last seconds.

    Events are delivered after the runner's state is updated and in the order things happen.
    A command first delivers what the clock has made due (as ``tick()`` would), then acts.
    A command given from inside a callback takes effect at once; its events follow those
    already pending. Nothing is emitted after the ``FINISHED`` or ``STOPPED`` events.

    ``seconds_done`` is the time spent in holds as time passed: skipped time does not count,
    and replaying a stretch after ``back()`` does not count it twice, so it never decreases
    and never exceeds ``total_hold_s``. ``seconds_played`` counts the same way over every
    phase (rests and side switches too), up to ``total_s``: the session's real length.
    """

    def __init__(
        self,
        routine: Routine,
        clock: Clock,
        *,
        countdown_kinds: Collection[PhaseKind] = (PhaseKind.HOLD,),
    ) -> None:
        self.routine = routine
        self.timeline: Timeline = build_timeline(routine.items)
        if not self.timeline.phases:
            raise ValueError(f"routine {routine.id!r} has nothing to run")
        self._clock = clock
        self._countdown_kinds = frozenset(countdown_kinds)
        phases = self.timeline.phases
        self._holds = [(p.start_s, p.end_s) for p in phases if p.kind is PhaseKind.HOLD]
        self.total_hold_s: int = sum(end - start for start, end in self._holds)
        self._item_ends = [max(p.end_s for p in phases if p.item == i) for i in range(len(routine.items))]

        self._state = RunState.READY
        self._offset = 0.0
        self._phase_index = 0
        self._anchor_mono = 0.0
        self._anchor_offset = 0.0
        self._countdown_mark: tuple[int, int] | None = None
        self._covered: list[tuple[float, float]] = []  # merged stretches played by time passing
        self._seconds_done = 0.0
        self._done: set[int] = set()
        self.stop_reason: str | None = None

        self._events = EventQueue()

        self.state_changed: Emitter[RunState] = Emitter()
        self.phase_started: Emitter[Phase] = Emitter()
        self.side_switched: Emitter[Phase] = Emitter()
        self.countdown: Emitter[int] = Emitter()
        self.exercise_done: Emitter[int] = Emitter()
        self.finished: Emitter[None] = Emitter()
        self.stopped: Emitter[str] = Emitter()

    # -- queries ------------------------------------------------------------------------

    @property
    def state(self) -> RunState:
        return self._state

    @property
    def phase_index(self) -> int:
        return self._phase_index

    @property
    def phase(self) -> Phase:
        return self.timeline.phases[self._phase_index]

    @property
    def offset_s(self) -> float:
        """Seconds into the routine."""
        return self._offset

    @property
    def total_s(self) -> int:
        return self.timeline.total_s

    @property
    def remaining_s(self) -> float:
        return max(0.0, self.total_s - self._offset)

    @property
    def progress(self) -> float:
        return min(1.0, self._offset / self.total_s) if self.total_s else 1.0

    @property
    def phase_elapsed_s(self) -> float:
        return max(0.0, self._offset - self.phase.start_s)

    def phase_elapsed_now(self) -> float:
        """Seconds into the current phase as the clock reads now, for smooth views between ticks.

        A pure query: nothing advances and nothing is emitted. Capped at the phase's length, so
        a view never runs ahead into a phase the runner has not entered yet.
        """
        offset = self._clock_offset() if self._state is RunState.RUNNING else self._offset
        return min(max(0.0, offset - self.phase.start_s), float(self.phase.duration_s))

    @property
    def phase_remaining_s(self) -> float:
        return max(0.0, self.phase.end_s - self._offset)

    @property
    def current_item(self) -> RoutineItem:
        return self.routine.items[self.phase.item]

    @property
    def current_exercise(self) -> Exercise:
        return self.current_item.exercise

    @property
    def next_phase(self) -> Phase | None:
        phases = self.timeline.phases
        return phases[self._phase_index + 1] if self._phase_index + 1 < len(phases) else None

    @property
    def next_exercise(self) -> Exercise | None:
        nxt = self.phase.item + 1
        return self.routine.items[nxt].exercise if nxt < len(self.routine.items) else None

    @property
    def seconds_done(self) -> float:
        """Seconds of holds done as time passed (the exercise itself, without rests or switches)."""
        return self._seconds_done

    @property
    def seconds_played(self) -> float:
        """Seconds of the routine played as time passed: holds, rests and side switches alike.

        Skipped time does not count and replayed time counts once, so a routine played to its
        end without skipping has played its whole ``total_s``.
        """
        return min(float(self.total_s), sum(b - a for a, b in self._covered))

    @property
    def played_through(self) -> bool:
        """Every item done and every hold held (to within a second): nothing of the exercise skipped."""
        return len(self._done) == len(self.routine.items) and self._seconds_done >= self.total_hold_s - 1

    @property
    def items_done(self) -> frozenset[int]:
        """Indexes of the items completed by time passing (see ``exercise_done``)."""
        return frozenset(self._done)

    def next_deadline(self) -> float | None:
        """Monotonic time at which the next event is due, or None when nothing is running.

        That is the end of the current phase, or sooner the next countdown second. Calling
        ``tick()`` at exactly this time delivers the event. Views wanting a smooth display pick
        their own redraw rate and read the queries after a ``tick()``.
        """
        if self._state is not RunState.RUNNING:
            return None
        phase = self.phase
        target = float(phase.end_s)
        if phase.kind in self._countdown_kinds:
            for number in range(COUNTDOWN_FROM, 0, -1):
                if phase.end_s - number > self._offset:
                    target = float(phase.end_s - number)
                    break
        return self._anchor_mono + (target - self._anchor_offset)

    # -- commands -----------------------------------------------------------------------

    def start(self) -> None:
        if self._state is not RunState.READY:
            self.tick()  # like any command: bring the state up to date, then nothing more
            return
        self._anchor_mono = self._clock.monotonic()
        self._anchor_offset = 0.0
        self._set_state(RunState.RUNNING)
        self._enter_phase(self.timeline.phase_at(0))
        log.debug("started routine %s (%d s)", self.routine.id, self.total_s)
        self._flush()

    def tick(self) -> None:
        """Re-read the clock and bring the state up to date, emitting what became due."""
        self._advance()
        self._flush()

    def pause(self) -> None:
        self._command(self._pause)

    def resume(self) -> None:
        self._command(self._resume)

    def toggle_pause(self) -> None:
        self._command(self._pause if self._state is RunState.RUNNING else self._resume)

    def skip(self) -> None:
        """Go to the start of the next phase (finishing from the last one)."""
        self._command(lambda: self._seek_phase(self._phase_index + 1))

    def skip_exercise(self) -> None:
        """Go to the first phase of the next exercise (finishing from the last one)."""

        def go() -> None:
            nxt = self.phase.item + 1
            if nxt < len(self.routine.items):
                self._seek_phase(self.timeline.first_of_item(nxt))
            else:
                self._finish()

        self._command(go)

    def back(self) -> None:
        """Restart the phase, or go to the previous one if within ``BACK_RESTART_S`` of its start."""

        def go() -> None:
            index = self._phase_index
            if self.phase_elapsed_s <= BACK_RESTART_S:
                index = self._previous_phase(index)
            self._seek_phase(index)

        self._command(go)

    def stop(self, reason: str = "user") -> None:
        """End early for ``reason`` (e.g. "user", "pain", "closed"); no events follow."""
        self.tick()
        if self._state in (RunState.FINISHED, RunState.STOPPED):
            return
        self._anchor_offset = self._offset
        self.stop_reason = reason
        self._set_state(RunState.STOPPED)
        self._queue(self.stopped, reason)
        log.info("routine %s stopped (%s) at %.1f s", self.routine.id, reason, self._offset)
        self._flush()

    # -- internals ----------------------------------------------------------------------

    def _command(self, action: Callable[[], None]) -> None:
        """Deliver what the clock made due, then act if still playing; no-op otherwise."""
        self.tick()
        if self._state in _ACTIVE:
            action()
        self._flush()

    def _pause(self) -> None:
        if self._state is RunState.RUNNING:
            self._anchor_offset = self._offset
            self._set_state(RunState.PAUSED)

    def _resume(self) -> None:
        if self._state is RunState.PAUSED:
            self._anchor_mono = self._clock.monotonic()
            self._anchor_offset = self._offset
            self._set_state(RunState.RUNNING)
            self._queue_countdown()

    def _clock_offset(self) -> float:
        offset = self._anchor_offset + (self._clock.monotonic() - self._anchor_mono)
        whole = round(offset)
        if abs(offset - whole) < _SNAP_S:
            offset = float(whole)
        return min(max(offset, self._offset), float(self.total_s))

    def _advance(self) -> None:
        """Move forward to where the clock says the routine is (running only)."""
        if self._state is not RunState.RUNNING:
            return
        old, new = self._offset, self._clock_offset()
        if new > old:
            self._offset = new
            self._cover(old, new)
            for item, end in enumerate(self._item_ends):
                if old < end <= new and item not in self._done:
                    self._done.add(item)
                    self._queue(self.exercise_done, item)
            if new >= self.total_s:
                self._finish()
                return
            index = self.timeline.phase_at(new)
            if index != self._phase_index:
                self._enter_phase(index)
                return
        self._queue_countdown()

    def _seek_phase(self, index: int) -> None:
        """Jump (not by time) to the start of phase ``index``; past the last one, finish."""
        phases = self.timeline.phases
        if index >= len(phases):
            self._finish()
            return
        self._offset = float(phases[index].start_s)
        self._anchor_offset = self._offset
        self._anchor_mono = self._clock.monotonic()
        self._enter_phase(self.timeline.phase_at(self._offset))

    def _previous_phase(self, index: int) -> int:
        """The closest earlier phase that lasts (index itself when there is none)."""
        for earlier in range(index - 1, -1, -1):
            if self.timeline.phases[earlier].duration_s > 0:
                return earlier
        return index

    def _enter_phase(self, index: int) -> None:
        self._phase_index = index
        self._countdown_mark = None
        phase = self.phase
        self._queue(self.phase_started, phase)
        if phase.kind is PhaseKind.SWITCH:
            self._queue(self.side_switched, phase)
        self._queue_countdown()

    def _queue_countdown(self) -> None:
        if self._state is not RunState.RUNNING or self.phase.kind not in self._countdown_kinds:
            return
        number = math.ceil(self.phase.end_s - self._offset)
        mark = (self._phase_index, number)
        if 1 <= number <= COUNTDOWN_FROM and mark != self._countdown_mark:
            self._countdown_mark = mark
            self._queue(self.countdown, number)

    def _finish(self) -> None:
        self._offset = float(self.total_s)
        self._anchor_offset = self._offset
        self._phase_index = self.timeline.phase_at(self._offset)
        self._set_state(RunState.FINISHED)
        self._queue(self.finished, None)
        log.info("routine %s finished, %.0f s of holds done", self.routine.id, self._seconds_done)

    def _set_state(self, state: RunState) -> None:
        self._state = state
        self._queue(self.state_changed, state)

    def _cover(self, start: float, end: float) -> None:
        """Record [start, end) as played; add its not-yet-counted hold time to seconds_done."""
        fresh: list[tuple[float, float]] = []
        cursor = start
        for a, b in self._covered:
            if b <= cursor or a >= end:
                continue
            if a > cursor:
                fresh.append((cursor, a))
            cursor = max(cursor, b)
        if cursor < end:
            fresh.append((cursor, end))
        gained = sum(
            max(0.0, min(b, hold_end) - max(a, hold_start))
            for a, b in fresh
            for hold_start, hold_end in self._holds
        )
        self._seconds_done = min(float(self.total_hold_s), self._seconds_done + gained)
        merged: list[tuple[float, float]] = []
        for a, b in sorted([*self._covered, (start, end)]):
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        self._covered = merged

    def _queue(self, emitter: Emitter[Any], value: object) -> None:
        self._events.put(emitter, value)

    def _flush(self) -> None:
        """Deliver pending events in order; nested calls leave delivery to the outer one."""
        self._events.flush()
