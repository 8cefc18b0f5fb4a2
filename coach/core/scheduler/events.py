"""The break scheduler's states and the typed payloads of the events it emits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum, StrEnum, auto
from typing import Any

from coach.core.events import Emitter, EventQueue
from coach.core.plan import EntryKind
from coach.core.settings import Walk


class SchedulerState(Enum):
    """Where the break scheduler is; see :class:`coach.core.scheduler.machine.BreakScheduler`."""

    OFF_HOURS = auto()  # outside working hours: nothing counts, nothing is prompted
    PAUSED = auto()  # the user paused reminders
    SITTING = auto()  # counting sitting time toward the next break
    NOTICE = auto()  # the heads-up was given; the break comes soon
    HELD = auto()  # the break came due behind a full-screen window and waits for it to close
    DUE = auto()  # the break prompt is showing, waiting for an answer
    IN_BREAK = auto()  # the user took the break; the player is open
    AWAY = auto()  # a natural break: away from the desk, locked or asleep
    WALKING = auto()  # on a walk


class AwayReason(StrEnum):
    """How an absence was noticed."""

    IDLE = "idle"  # no keyboard or mouse input for the away time
    LOCKED = "locked"  # the screen was locked
    SUSPEND = "suspend"  # the computer slept (or nothing could watch for longer than the away time)


class WithdrawReason(StrEnum):
    """Why a showing break prompt was closed without an answer from the user."""

    AWAY = "away"  # the user left: a natural break instead
    WALK = "walk"  # the user went for a walk, which is movement enough
    PAUSED = "paused"  # the user paused reminders while it showed
    OFF_HOURS = "off-hours"  # working hours ended while it showed
    UNANSWERED = "unanswered"  # ignored for a postpone's length of sitting; it is offered afresh


class WalkEnd(StrEnum):
    """How a walk came to an end."""

    BACK = "back"  # the walker was seen back at the desk (input after leaving)
    SAID = "said"  # the user said "I'm back"
    TIMED_OUT = "timed-out"  # its planned minutes and the grace period passed with no return seen
    RECOVERED = "recovered"  # left open by a quit or a crash; closed at the next start


class PromptOutcome(StrEnum):
    """An answer to a walk-preparation or walk prompt (values as the session log spells them)."""

    DONE = "done"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class BreakNotice:
    """A movement break comes due in ``in_s`` seconds of sitting."""

    routine: str
    in_s: float


@dataclass(frozen=True)
class BreakDue:
    """Time for a movement break: offer ``routine`` with Start, Later (while postpones are left)
    and Skip."""

    routine: str
    postpones_left: int
    postponed: int  # how often this break was postponed already
    sitting_s: float


@dataclass(frozen=True)
class BreakTaken:
    routine: str
    postponed: int


@dataclass(frozen=True)
class BreakPostponed:
    """The break comes back after ``for_s`` more seconds of sitting; ``count`` postpones so far."""

    routine: str
    count: int
    postpones_left: int
    for_s: int


@dataclass(frozen=True)
class BreakSkipped:
    routine: str
    postponed: int


@dataclass(frozen=True)
class BreakWithdrawn:
    """The prompt must close: the due break was settled without the user answering it."""

    routine: str
    reason: WithdrawReason


@dataclass(frozen=True)
class AwayStarted:
    """An absence long enough to be a natural break began at ``started`` (local time).

    ``sat_s`` is the sitting time up to when input stopped; sitting starts from zero on return.
    """

    started: datetime
    reason: AwayReason
    sat_s: float


@dataclass(frozen=True)
class NaturalBreak:
    """A natural break has ended (the user is back, or it stopped counting): ``seconds`` long."""

    seconds: float
    started: datetime
    reason: AwayReason


@dataclass(frozen=True)
class HeatPackDue:
    """Time to put the heat pack on before the walk at ``walk_at``, for ``seconds`` (its
    routine's length, or less when given late: it ends before the warm-up)."""

    walk: Walk
    walk_at: datetime
    routine: str | None
    seconds: float = 0.0
    walk_in_s: float = 0.0  # the real time left until the walk


@dataclass(frozen=True)
class WarmUpDue:
    """Time for the warm-up ``routine`` before the walk at ``walk_at``; ``seconds`` is the time
    it can take (its length, or less when given late)."""

    walk: Walk
    walk_at: datetime
    routine: str | None
    seconds: float = 0.0
    walk_in_s: float = 0.0  # the real time left until the walk


@dataclass(frozen=True)
class WalkDue:
    """Time for the planned walk; the prompt shows the posture checklist and the flexion tip."""

    walk: Walk
    walk_at: datetime
    minutes: int
    checklist: tuple[str, ...]
    flexion_tip: str
    flexion_routine: str | None


@dataclass(frozen=True)
class PromptAnswered:
    """A heat-pack, warm-up or walk prompt was answered."""

    kind: EntryKind
    walk: Walk
    walk_at: datetime
    outcome: PromptOutcome


@dataclass(frozen=True)
class WalkStarted:
    """A walk began: the planned one (``walk`` is set) or one the user decided on.

    It ends by itself at ``ends_by`` (its planned minutes plus a grace period) if no return
    is seen or said before.
    """

    started: datetime
    planned: bool
    walk: Walk | None
    minutes: int = 20
    ends_by: datetime | None = None


@dataclass(frozen=True)
class WalkDone:
    """A walk ended (see ``how``): time to ask how it went."""

    started: datetime
    ended: datetime
    minutes: float
    planned: bool
    walk: Walk | None
    how: WalkEnd = WalkEnd.BACK


@dataclass(frozen=True)
class NextWalk:
    """The next planned walk that has not been prompted or taken yet."""

    at: datetime  # local time
    walk: Walk
    heat_pack_at: datetime | None = None  # local; from the walk's planned sequence
    warm_up_at: datetime | None = None


class SchedulerEvents:
    """The scheduler's events, one :class:`Emitter` each, and their orderly delivery.

    Events are queued while the state changes and delivered afterwards in order; an event
    queued from inside a callback is delivered after those already pending.
    """

    def __init__(self) -> None:
        self._events = EventQueue()
        self.state_changed: Emitter[SchedulerState] = Emitter()
        self.break_notice: Emitter[BreakNotice] = Emitter()
        self.break_due: Emitter[BreakDue] = Emitter()
        self.break_taken: Emitter[BreakTaken] = Emitter()
        self.break_postponed: Emitter[BreakPostponed] = Emitter()
        self.break_skipped: Emitter[BreakSkipped] = Emitter()
        self.break_withdrawn: Emitter[BreakWithdrawn] = Emitter()
        self.away_started: Emitter[AwayStarted] = Emitter()
        self.natural_break: Emitter[NaturalBreak] = Emitter()
        self.heat_pack_due: Emitter[HeatPackDue] = Emitter()
        self.warm_up_due: Emitter[WarmUpDue] = Emitter()
        self.walk_due: Emitter[WalkDue] = Emitter()
        self.prompt_answered: Emitter[PromptAnswered] = Emitter()
        self.walk_started: Emitter[WalkStarted] = Emitter()
        self.walk_done: Emitter[WalkDone] = Emitter()
        self.pause_changed: Emitter[datetime | None] = Emitter()  # the local end, or None
        self._by_payload: dict[type, Emitter[Any]] = {
            BreakNotice: self.break_notice,
            BreakDue: self.break_due,
            BreakTaken: self.break_taken,
            BreakPostponed: self.break_postponed,
            BreakSkipped: self.break_skipped,
            BreakWithdrawn: self.break_withdrawn,
            AwayStarted: self.away_started,
            NaturalBreak: self.natural_break,
            HeatPackDue: self.heat_pack_due,
            WarmUpDue: self.warm_up_due,
            WalkDue: self.walk_due,
            PromptAnswered: self.prompt_answered,
            WalkStarted: self.walk_started,
            WalkDone: self.walk_done,
        }

    def _emit(self, *payloads: object) -> None:
        """Queue each payload on the emitter for its type."""
        for payload in payloads:
            self._queue(self._by_payload[type(payload)], payload)

    def _queue(self, emitter: Emitter[Any], value: object) -> None:
        self._events.put(emitter, value)

    def _flush(self) -> None:
        """Deliver pending events in order; nested calls leave delivery to the outer one."""
        self._events.flush()
