"""One movement break from sitting down to the answer: notice, prompt, hold, postpones, renewal."""

from __future__ import annotations

from coach.core.scheduler.events import (
    BreakDue,
    BreakNotice,
    BreakPostponed,
    BreakSkipped,
    BreakTaken,
    BreakWithdrawn,
    SchedulerState,
    WithdrawReason,
)
from coach.core.scheduler.presence import SNAP_S
from coach.core.settings import MovementBreaks

S = SchedulerState
BreakEvent = BreakNotice | BreakDue | BreakTaken | BreakPostponed | BreakSkipped | BreakWithdrawn


class BreakCycle:
    """The ``SITTING`` → ``NOTICE`` → ``HELD``/``DUE`` part of the scheduler, by sitting time.

    The notice comes ``notice_s`` before the break, for its first prompt only, and waits
    while a full-screen window is in front; so does the break (``HELD``). A prompt ignored
    for ``postpone_s`` of sitting is withdrawn as unanswered and offered afresh.
    """

    def __init__(self, mb: MovementBreaks) -> None:
        self.restart(mb)

    def restart(self, mb: MovementBreaks) -> None:
        self.due_at = float(mb.every_s)  # the sitting time the break is due at
        self.postponed = 0
        self.notice_given = False
        self.shown_at: float | None = None  # the sitting time the showing prompt appeared at

    def replan(self, mb: MovementBreaks, state: SchedulerState, sitting: float) -> SchedulerState:
        """New settings: a break not postponed is due at the new interval; returns the state."""
        if self.postponed == 0:
            self.due_at = float(mb.every_s)
        if state in (S.NOTICE, S.HELD) and not _reached(sitting, self.due_at):
            self.notice_given = self.notice_given and _reached(sitting, self.due_at - mb.notice_s)
            return S.NOTICE if self.notice_given else S.SITTING
        return state

    def postpones_left(self, mb: MovementBreaks) -> int:
        return max(0, mb.max_postpones - self.postponed)

    def notice_pending(self, mb: MovementBreaks) -> bool:
        return not self.notice_given and self.postponed == 0 and 0 < mb.notice_s < self.due_at

    def targets(self, mb: MovementBreaks, state: SchedulerState) -> list[float]:
        """The sitting times at which something happens next, in this state."""
        if state is S.DUE:
            return [] if self.shown_at is None else [self.shown_at + mb.postpone_s]
        if state not in (S.SITTING, S.NOTICE):
            return []
        notice = [self.due_at - mb.notice_s] if self.notice_pending(mb) else []
        return [*notice, self.due_at]

    def check(
        self, mb: MovementBreaks, state: SchedulerState, sitting: float, fullscreen: bool
    ) -> tuple[SchedulerState, list[BreakEvent]]:
        """What sitting this long brings, from ``state`` (one of the watched states)."""
        if state is S.DUE:
            if self.shown_at is not None and _reached(sitting, self.shown_at + mb.postpone_s):
                withdrawn = self.withdraw(mb, WithdrawReason.UNANSWERED)
                state, events = self._offer(mb, sitting, fullscreen)
                return state, [withdrawn, *events]
            return state, []
        if _reached(sitting, self.due_at):
            return self._offer(mb, sitting, fullscreen)
        if self.notice_pending(mb) and _reached(sitting, self.due_at - mb.notice_s) and not fullscreen:
            self.notice_given = True
            return S.NOTICE, [BreakNotice(mb.routine, self.due_at - sitting)]
        return state, []

    def taken(self, mb: MovementBreaks) -> BreakTaken:
        return BreakTaken(mb.routine, self.postponed)

    def skipped(self, mb: MovementBreaks) -> BreakSkipped:
        return BreakSkipped(mb.routine, self.postponed)

    def postpone(self, mb: MovementBreaks, sitting: float) -> BreakPostponed:
        self.postponed += 1
        self.due_at = sitting + mb.postpone_s
        self.shown_at = None
        return BreakPostponed(mb.routine, self.postponed, self.postpones_left(mb), mb.postpone_s)

    def withdraw(self, mb: MovementBreaks, reason: WithdrawReason) -> BreakWithdrawn:
        self.shown_at = None
        return BreakWithdrawn(mb.routine, reason)

    def _offer(
        self, mb: MovementBreaks, sitting: float, fullscreen: bool
    ) -> tuple[SchedulerState, list[BreakEvent]]:
        if fullscreen:
            return S.HELD, []
        self.shown_at = sitting
        return S.DUE, [BreakDue(mb.routine, self.postpones_left(mb), self.postponed, sitting)]


def _reached(sitting: float, target: float) -> bool:
    return sitting + SNAP_S >= target
