"""Walks for the scheduler: prompts from the day plan, which were given, and a walk under way."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from coach.core.activity import ActivitySample
from coach.core.model import Routine
from coach.core.plan import EntryKind, walk_sequences
from coach.core.safety import FLEXION_BREAK_TIP, WALKING_CHECKLIST
from coach.core.scheduler.events import (
    HeatPackDue,
    PromptAnswered,
    PromptOutcome,
    WalkDone,
    WalkDue,
    WalkEnd,
    WalkStarted,
    WarmUpDue,
)
from coach.core.scheduler.hours import local_instant
from coach.core.scheduler.presence import Step
from coach.core.settings import Settings, Walk

WALK_KINDS = (EntryKind.HEAT_PACK, EntryKind.WARM_UP, EntryKind.WALK)
WALK_GRACE_S = 10 * 60.0  # a walk not seen or said to end ends by itself this long after its planned end
WALK_AWAY_S = 120.0  # no input (or a locked screen) this long on a walk: the walker has left the desk
INPUT_SLACK_S = 1.0  # two idle readings this close describe the same input
_SNAP = timedelta(milliseconds=1)  # instants this close count as reached (float noise)
MIN_STEP_S = {  # a preparation step given late needs at least this long before the next step
    EntryKind.HEAT_PACK: 5 * 60.0,  # a few minutes of heat help; less is not worth the fuss
    EntryKind.WARM_UP: 60.0,
    EntryKind.WALK: 0.0,
}

PromptKey = tuple[date, time, EntryKind]
WalkKey = tuple[date, time]


@dataclass(frozen=True)
class WalkPrompt:
    """One heat-pack, warm-up or walk prompt of one day's walk, with instants in UTC.

    It is due from ``at`` and makes sense until ``until``: the walk's next step, or for the
    walk prompt itself the planned end of the walk. A preparation step given late is given
    only while at least ``MIN_STEP_S`` of it still fits before the next step, so it is
    shortened or skipped, never overlapping the next. Past that it is stale and never given.
    """

    kind: EntryKind
    walk: Walk
    day: date
    at: datetime
    until: datetime
    walk_at: datetime
    routine: str | None
    seconds: float = 0.0  # the step's planned length

    @property
    def key(self) -> PromptKey:
        return (self.day, self.walk.at, self.kind)

    @property
    def walk_key(self) -> WalkKey:
        return (self.day, self.walk.at)

    def live(self, now: datetime) -> bool:
        if self.at > now + _SNAP:
            return False
        if self.kind is EntryKind.WALK:
            return now < self.until
        needed = min(MIN_STEP_S[self.kind], self.seconds)  # a step shorter than that: all of it
        return (self.until - now).total_seconds() >= needed - 1e-3

    def seconds_left(self, now: datetime) -> float:
        """How long the step can take if begun ``now``: its length, or less when given late."""
        if self.kind is EntryKind.WALK:
            return self.seconds
        return max(0.0, min(self.seconds, (self.until - now).total_seconds()))


def walk_prompts(
    settings: Settings, day: date, tz: tzinfo, routines: Mapping[str, Routine] | None = None
) -> list[WalkPrompt]:
    """The prompts of the walks on ``day`` in time order, from :func:`coach.core.plan.walk_sequence`
    (the same plan ``coach plan`` prints); preparation may fall on the evening before.

    Two walks at the same time are one walk (the first listed).
    """
    prompts: list[WalkPrompt] = []
    for sequence in walk_sequences(settings, day, tz, routines):
        steps = sequence.steps
        for step, following in zip(steps, [*steps[1:], None], strict=True):
            until = step.end if following is None else following.start
            routine = step.routine
            if routines is not None and step.kind is not EntryKind.WARM_UP and routine not in routines:
                routine = None  # the optional heat-pack and flexion-break routines
            prompts.append(
                WalkPrompt(step.kind, sequence.walk, day, step.start, until, sequence.at, routine, step.seconds)
            )
    prompts.sort(key=lambda p: (p.at, WALK_KINDS.index(p.kind)))
    return prompts


def default_walk_minutes(settings: Settings) -> int:
    """The length of a walk the user starts without a plan: the first planned walk's, or 20."""
    return settings.walks[0].minutes if settings.walks else Walk().minutes


def planned_walk_minutes(settings: Settings, started: datetime, planned: bool, tz: tzinfo) -> int:
    """The planned length of a walk that began at ``started``: a planned walk's whose time is
    nearest that day, else :func:`default_walk_minutes`."""
    local = started.astimezone(tz)
    if planned:
        walks = [w for w in settings.walks if w.on(local.date())]
        if walks:

            def distance(walk: Walk) -> float:
                return abs((local_instant(local.date(), walk.at, tz) - started).total_seconds())

            return min(walks, key=distance).minutes
    return default_walk_minutes(settings)


class WalkBook:
    """Which walk prompts were given (or made pointless by a walk), so none is given twice.

    Giving a prompt also settles the same walk's earlier ones, so after a suspend or a clock
    jump over several prompts only the latest that still makes sense is given.
    """

    def __init__(self, settings: Settings, tz: tzinfo, routines: Mapping[str, Routine] | None) -> None:
        self._settings = settings
        self._tz = tz
        self._routines = routines
        self._days: dict[date, list[WalkPrompt]] = {}
        self._given: set[PromptKey] = set()

    @property
    def settings(self) -> Settings:
        return self._settings

    def replan(self, settings: Settings) -> None:
        self._settings = settings
        self._days.clear()

    def day(self, day: date) -> list[WalkPrompt]:
        if day not in self._days:
            self._days[day] = walk_prompts(self._settings, day, self._tz, self._routines)
        return self._days[day]

    def around(self, now: datetime, after: int = 1) -> Iterable[WalkPrompt]:
        """Prompts of the local day before ``now``'s through ``after`` days after."""
        today = now.astimezone(self._tz).date()
        for offset in range(-1, after + 1):
            yield from self.day(today + timedelta(days=offset))

    def given(self, prompt: WalkPrompt) -> bool:
        return prompt.key in self._given

    def due(self, now: datetime) -> list[WalkPrompt]:
        """For each walk, its latest prompt that has come and still makes sense, if not given."""
        self._forget_old(now.astimezone(self._tz).date())
        latest: dict[WalkKey, WalkPrompt] = {}
        for prompt in self.around(now):
            if prompt.at <= now + _SNAP:
                latest[prompt.walk_key] = prompt
        return [p for p in latest.values() if p.live(now) and not self.given(p)]

    def give(self, prompt: WalkPrompt) -> None:
        """Mark ``prompt`` given, and with it its walk's prompts up to it."""
        for other in self.day(prompt.day):
            if other.walk_key == prompt.walk_key and other.at <= prompt.at:
                self._given.add(other.key)

    def settle_walk(self, walk_key: WalkKey) -> None:
        """A walk happened: none of its prompts will be given."""
        for other in self.day(walk_key[0]):
            if other.walk_key == walk_key:
                self._given.add(other.key)

    def current_walk(self, now: datetime) -> WalkPrompt | None:
        """The walk prompt of a planned walk whose preparation or walk time ``now`` is in."""
        first: dict[WalkKey, datetime] = {}
        for prompt in self.around(now):
            first.setdefault(prompt.walk_key, prompt.at)
            if prompt.kind is EntryKind.WALK and first[prompt.walk_key] <= now + _SNAP < prompt.until:
                return prompt
        return None

    def next_at(self, now: datetime) -> datetime | None:
        """The next instant a prompt not yet given comes due."""
        pending = [p.at for p in self.around(now) if p.at > now + _SNAP and not self.given(p)]
        return min(pending, default=None)

    def next_walk(self, now: datetime, days: int = 7) -> WalkPrompt | None:
        """The next walk prompt not yet given or settled whose walk has not ended."""
        today = now.astimezone(self._tz).date()
        for offset in range(days + 1):
            for prompt in self.day(today + timedelta(days=offset)):
                if prompt.kind is EntryKind.WALK and now < prompt.until and not self.given(prompt):
                    return prompt
        return None

    def _forget_old(self, today: date) -> None:
        old = today - timedelta(days=2)
        self._given = {key for key in self._given if key[0] >= old}
        for day in [d for d in self._days if d < old]:
            del self._days[day]


@dataclass
class WalkRun:
    """A walk under way, from ``start_walk`` until the walker is back at the desk.

    The walker has left once there was no input for ``WALK_AWAY_S``, the screen was locked
    that long, or the computer slept; input after that (or an unlocked screen after a lock or
    a sleep) means back. Input before leaving, while still at the desk, changes nothing.
    """

    started: datetime  # UTC
    started_m: float  # monotonic
    planned: bool
    walk: Walk | None
    minutes: int  # the planned length
    seconds: float = 0.0  # sleep included
    left: float | None = None  # monotonic time the walker left
    left_by: str | None = None  # "input" (stopped), "lock" or "sleep"

    @property
    def limit_s(self) -> float:
        """How long the walk may last before it ends by itself: planned minutes plus grace."""
        return self.minutes * 60 + WALK_GRACE_S

    @property
    def over(self) -> bool:
        return self.seconds >= self.limit_s - 1e-3

    def ends_by(self) -> datetime:
        return self.started + timedelta(seconds=self.limit_s)

    def observe(self, sample: ActivitySample, step: Step) -> bool:
        """Take one tick; True when the walker is back."""
        self.seconds += step.elapsed
        idle = sample.idle_s
        if step.asleep:
            self.left, self.left_by = step.m0, "sleep"
        elif self.left is None:
            if sample.locked:
                self.left, self.left_by = (step.m0 if idle is None else step.m - idle), "lock"
            elif idle is not None and idle >= WALK_AWAY_S:
                self.left, self.left_by = step.m - idle, "input"
            else:
                return False
            self.left = max(self.left, self.started_m)  # there was input at the start: the click
        if sample.locked:
            return False
        assert self.left is not None
        if self.left_by == "lock" and step.m - self.left < WALK_AWAY_S:
            self.left = self.left_by = None  # locked for a moment only: still at the desk
            return False
        return self.left_by != "input" or idle is None or step.m - idle > self.left + INPUT_SLACK_S


WalkEvent = HeatPackDue | WarmUpDue | WalkDue


class WalkPrompter:
    """The scheduler's walk side: gives prompts, takes their answers, follows a walk under way.

    From each walk's sequence (:func:`coach.core.plan.walk_sequence`): the heat-pack prompt, the
    warm-up, the walk with the posture checklist and the flexion-break tip; preparation
    prompts say how long the step can take now and the time left to the walk. Each is given at most once per walk and day, and only while it makes
    sense (until the walk's next prompt; the walk until its planned end), so after a sleep
    or a clock jump over several only the latest still making sense is given, and none for a
    walk whose time is over. A walk started while a walk is due or being prepared for is that
    planned walk. Payloads go back to the scheduler, which decides when prompting is allowed.
    """

    def __init__(self, settings: Settings, tz: tzinfo, routines: Mapping[str, Routine] | None) -> None:
        self.book = WalkBook(settings, tz, routines)
        self.run: WalkRun | None = None
        self._tz = tz
        self._open: dict[EntryKind, WalkPrompt] = {}  # prompts showing, by kind

    def replan(self, settings: Settings) -> None:
        self.book.replan(settings)

    def pending(self, now: datetime) -> bool:
        return bool(self.book.due(now))

    def give_due(self, now: datetime) -> list[WalkEvent]:
        """Give every prompt that is due now and return their events."""
        events: list[WalkEvent] = []
        for prompt in self.book.due(now):
            self.book.give(prompt)
            self._open[prompt.kind] = prompt
            walk, walk_at = prompt.walk, prompt.walk_at.astimezone(self._tz)
            seconds, walk_in = prompt.seconds_left(now), (prompt.walk_at - now).total_seconds()
            if prompt.kind is EntryKind.HEAT_PACK:
                events.append(HeatPackDue(walk, walk_at, prompt.routine, seconds, walk_in))
            elif prompt.kind is EntryKind.WARM_UP:
                events.append(WarmUpDue(walk, walk_at, prompt.routine, seconds, walk_in))
            else:
                events.append(
                    WalkDue(walk, walk_at, walk.minutes, WALKING_CHECKLIST, FLEXION_BREAK_TIP, prompt.routine)
                )
        return events

    def start(self, now: datetime, m: float, planned: bool) -> tuple[WalkStarted, PromptAnswered | None]:
        """Begin a walk; one started while a planned walk is due or prepared for is that walk."""
        prompt = self._open.pop(EntryKind.WALK, None)
        plan = prompt or self.book.current_walk(now)
        if plan is not None:
            self.book.settle_walk(plan.walk_key)
        walk = plan.walk if plan is not None else None
        minutes = walk.minutes if walk is not None else default_walk_minutes(self.book.settings)
        run = self.run = WalkRun(now, m, planned or plan is not None, walk, minutes)
        tz = self._tz
        started = WalkStarted(now.astimezone(tz), run.planned, walk, minutes, run.ends_by().astimezone(tz))
        return started, None if prompt is None else self._answer(prompt, PromptOutcome.DONE)

    def skip(self) -> PromptAnswered | None:
        prompt = self._open.pop(EntryKind.WALK, None)
        if prompt is None:
            return None
        self.book.settle_walk(prompt.walk_key)
        return self._answer(prompt, PromptOutcome.SKIPPED)

    def answer(self, kind: EntryKind, done: bool) -> PromptAnswered | None:
        prompt = self._open.pop(kind, None)
        if prompt is None:
            return None
        return self._answer(prompt, PromptOutcome.DONE if done else PromptOutcome.SKIPPED)

    def finish(self, now: datetime, idle: float, how: WalkEnd = WalkEnd.BACK) -> WalkDone:
        """End the walk under way; the walker came back ``idle`` seconds before ``now``.

        A walk that ran out (``TIMED_OUT``) is taken to have lasted its planned minutes.
        """
        run, self.run = self.run, None
        assert run is not None
        if how is WalkEnd.TIMED_OUT:
            back = max(0.0, run.seconds - run.minutes * 60)
        else:
            back = min(idle, run.seconds)
        ended = now - timedelta(seconds=back)
        minutes = round(max(0.0, run.seconds - back) / 60, 1)
        tz = self._tz
        return WalkDone(run.started.astimezone(tz), ended.astimezone(tz), minutes, run.planned, run.walk, how)

    def _answer(self, prompt: WalkPrompt, outcome: PromptOutcome) -> PromptAnswered:
        return PromptAnswered(prompt.kind, prompt.walk, prompt.walk_at.astimezone(self._tz), outcome)
