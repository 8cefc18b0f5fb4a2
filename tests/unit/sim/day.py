"""A simulated working day: a user at a desk, a desktop profile's view of them, and the scheduler.

The driver wakes the scheduler the way the app does, at ``next_wake()`` (and whenever the user
does something), with the sample the profile's adapters would give. A scripted user types,
takes calls, locks the screen, lets the laptop sleep, goes for walks and answers prompts after
reading them for a few seconds. :class:`Watcher` checks the day's invariants on every step.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from coach.core.clock import ManualClock
from coach.core.model import Routine
from coach.core.plan import EntryKind
from coach.core.scheduler import BreakScheduler, SchedulerState, WithdrawReason
from coach.core.scheduler.walks import WALK_GRACE_S
from coach.core.settings import Settings
from tests.helpers.profiles import Desk, DesktopProfile

BERLIN = ZoneInfo("Europe/Berlin")
S = SchedulerState
READ_S = 20.0  # a user reads a prompt this long before answering
SLACK_S = 60.0  # "within a minute"
PRESENT_MODES = ("typing", "call")


class InvariantBroken(AssertionError):
    """One of the day's invariants did not hold; the message says which, when and why."""


@dataclass
class Watcher:
    """Checks the invariants while the day runs.

    - A break is offered (prompted, or held behind a full-screen window) within a minute after
      every ``every`` of sitting (``postpone`` after a "Later"), counted from the user's real
      presence, and never while the user is away in a way this desktop can see.
    - Reminders never stop for longer than the longest planned walk plus the grace period
      while the user is at the desk in working hours.
    - Walk preparation comes in order, each step ending before the next begins.
    - Every break prompt is followed by exactly one answer or withdrawal, and can be answered.
    """

    day: Day
    sitting: float = 0.0  # real present time since a break was last offered or answered
    target: float = 0.0
    walking_since: float | None = None
    away_while_present: float = 0.0
    open_breaks: int = 0
    postponed: bool = False  # the break was put off: it must come back no sooner than asked
    prep: list[tuple[str, datetime, float, datetime]] = field(default_factory=list)
    log: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        s = self.day.scheduler
        self.target = float(s.settings.movement_breaks.every_s)
        s.break_due.connect(self._due)
        s.break_postponed.connect(self._postponed)
        s.break_withdrawn.connect(self._withdrawn)
        s.break_taken.connect(lambda _e: self._answered("taken"))
        s.break_skipped.connect(lambda _e: self._answered("skipped"))
        s.natural_break.connect(lambda e: self._reset(self._every, f"natural break {e.seconds:.0f} s"))
        s.walk_done.connect(lambda e: self._reset(self._every, f"walk done ({e.how}, {e.minutes} min)"))
        s.state_changed.connect(self._state)
        s.heat_pack_due.connect(lambda e: self._prep("heat", e.walk_at, e.seconds))
        s.warm_up_due.connect(lambda e: self._prep("warm-up", e.walk_at, e.seconds))
        s.walk_due.connect(lambda e: self._prep("walk", e.walk_at, 0.0))

    @property
    def _every(self) -> float:
        return float(self.day.scheduler.settings.movement_breaks.every_s)

    def fail(self, why: str) -> None:
        raise InvariantBroken(f"{self.day.profile.id} at {self.day.hms}: {why}\n" + "\n".join(self.log[-12:]))

    def note(self, text: str) -> None:
        self.log.append(f"{self.day.hms} {text}")

    # -- events --------------------------------------------------------------------------

    def _due(self, event) -> None:
        self.note(f"break due after {event.sitting_s:.0f} s sitting")
        d = self.day
        if d.desk.locked and d.profile.sees_lock:
            self.fail("a break was prompted while the screen is locked")
        if d.profile.sees_idle and d.desk.idle_s >= d.scheduler.settings.movement_breaks.away_after_s:
            self.fail(f"a break was prompted while the user is away ({d.desk.idle_s:.0f} s without input)")
        if self.open_breaks:
            self.fail("a second break prompt before the first was answered")
        if self.postponed and d.profile.sees_idle and self.sitting < self.target - SLACK_S:
            self.fail(
                f"a postponed break came back after {self.sitting:.0f} s, not {self.target:.0f} s after Later"
            )
        self.open_breaks += 1
        self._reset(self._every, "offered")

    def _postponed(self, event) -> None:
        self._answered("postponed")
        self._reset(float(event.for_s), "Later: counts from the press")
        self.postponed = True

    def _withdrawn(self, event) -> None:
        self._answered(f"withdrawn ({event.reason})")
        if event.reason is WithdrawReason.UNANSWERED:
            self.sitting = 0.0

    def _answered(self, how: str) -> None:
        if self.open_breaks != 1:
            self.fail(f"a break was {how} without a prompt showing")
        self.open_breaks = 0
        self._reset(self._every, how)

    def _reset(self, target: float, why: str) -> None:
        self.sitting, self.target, self.postponed = 0.0, target, False
        self.note(why)

    def _state(self, state: SchedulerState) -> None:
        self.note(f"state {state.name}")
        now = self.day.clock.monotonic()
        if state is S.WALKING:
            self.walking_since = now
        else:
            self.walking_since = None
        if state in (S.IN_BREAK, S.AWAY, S.OFF_HOURS, S.PAUSED, S.WALKING, S.HELD):
            self.sitting = 0.0

    def _prep(self, kind: str, walk_at: datetime, seconds: float) -> None:
        self.note(f"{kind} prompt for the {walk_at:%H:%M} walk ({seconds:.0f} s)")
        now = self.day.clock.now()
        for previous_kind, previous_walk, previous_seconds, given in self.prep:
            if previous_walk != walk_at:
                continue
            if previous_kind == kind:
                self.fail(f"the {kind} prompt came twice")
            if given + timedelta(seconds=previous_seconds) > now + timedelta(seconds=1):
                self.fail(f"the {kind} prompt overlaps the {previous_kind} (given {given:%H:%M:%S})")
        if kind != "walk" and now + timedelta(seconds=seconds) > walk_at + timedelta(seconds=1):
            self.fail(f"the {kind} step runs past the walk")
        self.prep.append((kind, walk_at, seconds, now))

    # -- between ticks ---------------------------------------------------------------------

    def passed(self, seconds: float, mode: str, asleep: bool = False) -> None:
        """``seconds`` went by with the user in ``mode``; check the running invariants."""
        d = self.day
        present = mode in PRESENT_MODES and not d.desk.locked and not asleep
        hours = d.scheduler.settings.working_hours.contains(d.clock.now().astimezone(BERLIN))
        state = d.scheduler.state
        if present and state in (S.SITTING, S.NOTICE):
            self.sitting += seconds
            if self.sitting > self.target + SLACK_S and hours:
                self.fail(
                    f"no break offered after {self.sitting:.0f} s of sitting (every {self.target:.0f} s)"
                )
        if present and state is S.AWAY:
            self.away_while_present += seconds
            if self.away_while_present > SLACK_S:
                self.fail(f"counted as away for {self.away_while_present:.0f} s while at the desk")
        else:
            self.away_while_present = 0.0
        if self.walking_since is not None:
            longest = max((w.minutes for w in d.scheduler.settings.walks), default=20) * 60
            if d.clock.monotonic() - self.walking_since > longest + WALK_GRACE_S + SLACK_S:
                self.fail("a walk kept reminders silent past the longest walk plus the grace period")


@dataclass
class Day:
    """The scheduler driven as the app drives it, with a scripted user on a profile's desktop."""

    profile: DesktopProfile
    settings: Settings
    routines: Mapping[str, Routine]
    start: datetime
    answers: list[str] = field(default_factory=lambda: ["take"])  # break answers in turn; the last repeats
    mode: str = "typing"
    on_postponed: Callable[[], None] | None = None  # runs right after "Later" was pressed
    on_walk_due: Callable[[], None] | None = None  # runs after the walk prompt came
    on_prep: Callable[[EntryKind], None] | None = None  # runs after a heat-pack or warm-up prompt

    def __post_init__(self) -> None:
        self.clock = ManualClock(mono=1000.0, wall=self.start.astimezone(UTC))
        self.desk = Desk(self.clock)
        self.scheduler = BreakScheduler(self.settings, self.clock, BERLIN, routines=self.routines)
        self.watch = Watcher(self)
        self.events: list[tuple[str, str]] = []
        for name in ("break_due", "break_taken", "break_postponed", "break_skipped", "break_withdrawn",
                     "natural_break", "heat_pack_due", "warm_up_due", "walk_due", "walk_started",
                     "walk_done", "away_started"):  # fmt: skip
            getattr(self.scheduler, name).connect(lambda _e, name=name: self.events.append((self.hms, name)))
        self._due_since: float | None = None
        self._break_ends: float | None = None
        self._answer_index = 0
        self._mode_before_break = "typing"
        self._later: list[Callable[[], None]] = []
        self.scheduler.break_due.connect(lambda _e: setattr(self, "_due_since", self.clock.monotonic()))
        self.scheduler.walk_due.connect(lambda _e: self._call_later(self.on_walk_due))
        for name, kind in (("heat_pack_due", EntryKind.HEAT_PACK), ("warm_up_due", EntryKind.WARM_UP)):
            getattr(self.scheduler, name).connect(
                lambda _e, kind=kind: self._call_later(
                    None if self.on_prep is None else lambda: self.on_prep(kind)
                )
            )

    # -- reading ---------------------------------------------------------------------------

    @property
    def local(self) -> datetime:
        return self.clock.now().astimezone(BERLIN)

    @property
    def hms(self) -> str:
        return self.local.strftime("%H:%M:%S")

    def names(self, name: str) -> list[str]:
        return [t for t, n in self.events if n == name]

    # -- driving ---------------------------------------------------------------------------

    def _call_later(self, action: Callable[[], None] | None) -> None:
        if action is not None:
            self._later.append(action)

    def _tick(self) -> None:
        if self.mode in PRESENT_MODES and not self.desk.locked:
            self.desk.type()
        self.desk.fullscreen = self.mode == "call"
        self.scheduler.tick(self.profile.sample(self.desk))
        while self._later:
            self._later.pop(0)()

    def _user(self) -> float | None:
        """Answer what is showing, as a user does after reading it; the next time to look again."""
        s = self.scheduler
        now = self.clock.monotonic()
        if s.state is S.IN_BREAK and self._break_ends is not None:
            if now >= self._break_ends - 1e-6:
                self._break_ends = None
                self.mode = self._mode_before_break
                s.break_finished()
                return None
            return self._break_ends
        if (
            s.state is not S.DUE
            or self._due_since is None
            or self.mode not in PRESENT_MODES
            or self.desk.locked
        ):
            return None
        if now < self._due_since + READ_S - 1e-6:
            return self._due_since + READ_S
        answer = self.answers[min(self._answer_index, len(self.answers) - 1)]
        self._answer_index += 1
        self._due_since = None
        if answer == "postpone" and s.postpones_left:
            assert s.postpone(), "Later did nothing"
            if self.on_postponed is not None:
                self.on_postponed()
        elif answer == "skip":
            assert s.skip(), "Skip did nothing"
        else:
            assert s.take_break(), "Start did nothing"
            routine = self.routines[s.settings.movement_breaks.routine]
            self._break_ends = now + routine.duration_s
            self._mode_before_break, self.mode = self.mode, "break"
            return self._break_ends
        return None

    def run(self, seconds: float, mode: str | None = None) -> None:
        """Let ``seconds`` pass with the user in ``mode``, waking the scheduler as the app would."""
        if mode is not None:
            self.mode = mode
        end = self.clock.monotonic() + seconds
        self._tick()
        while self.clock.monotonic() < end - 1e-6:
            wake = [self.scheduler.next_wake(), end]
            look = self._user()
            if look is not None:
                wake.append(look)
            ahead = [w for w in wake if w > self.clock.monotonic() + 1e-6]
            step = (min(ahead) if ahead else self.clock.monotonic() + 1.0) - self.clock.monotonic()
            self.watch.passed(step, self.mode)
            self.clock.advance(step)
            self._tick()
            self._user()

    def until(self, hhmm: str | datetime, mode: str | None = None) -> None:
        """Run until the local clock shows ``hhmm`` today (or until an instant)."""
        if isinstance(hhmm, str):
            hhmm = datetime.combine(self.local.date(), time.fromisoformat(hhmm), tzinfo=BERLIN)
        self.run(max(0.0, (hhmm - self.clock.now()).total_seconds()), mode)

    def suspend(self, seconds: float) -> None:
        """The laptop sleeps: the wall clock moves on, the monotonic clock stands still."""
        self.watch.passed(seconds, self.mode, asleep=True)
        self.clock.jump_wall(seconds)
        self._tick()

    def lock(self, locked: bool = True) -> None:
        self.desk.locked = locked
        if not locked:
            self.desk.type()

    def save_settings(self, **changes: object) -> None:
        """The Settings dialog's Save: the same settings, some fields changed."""
        settings = dataclasses.replace(self.scheduler.settings, **changes)
        self.scheduler.apply_settings(settings)
        self.watch.note(f"settings saved ({', '.join(changes)})")

    def answer_prep(self, kind: EntryKind) -> None:
        assert self.scheduler.answer_prompt(kind, done=True)
