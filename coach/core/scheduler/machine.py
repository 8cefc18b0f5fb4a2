"""The break scheduler: sitting time, movement breaks, natural breaks, pauses and walk prompts."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from coach.core.activity import ActivitySample
from coach.core.clock import Clock
from coach.core.durations import format_duration
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.model import Routine
from coach.core.plan import EntryKind
from coach.core.scheduler.breaks import BreakCycle
from coach.core.scheduler.events import (
    AwayReason,
    AwayStarted,
    NaturalBreak,
    NextWalk,
    PromptAnswered,
    SchedulerEvents,
    SchedulerState,
    WalkEnd,
    WithdrawReason,
)
from coach.core.scheduler.hours import (
    PauseEnd,
    describe_until,
    in_working_hours,
    next_hours_change,
    tomorrow_start,
)
from coach.core.scheduler.presence import SNAP_S, SittingMeter, Step, is_back
from coach.core.scheduler.walks import WalkPrompter
from coach.core.settings import MovementBreaks, Settings

log = logging.getLogger(__name__)

S = SchedulerState
_WATCHED = (S.SITTING, S.NOTICE, S.HELD, S.DUE)  # presence is watched and sitting time counts
_QUIET = (S.OFF_HOURS, S.PAUSED)
_BUSY = (S.IN_BREAK, S.WALKING)  # the user is doing what Coach asked: kept through hours and pauses
_FIXED_STATUS = {
    S.OFF_HOURS: QT_TRANSLATE_NOOP("Scheduler", "Outside working hours"),
    S.AWAY: QT_TRANSLATE_NOOP("Scheduler", "Away"),
    S.WALKING: QT_TRANSLATE_NOOP("Scheduler", "On a walk"),
    S.IN_BREAK: QT_TRANSLATE_NOOP("Scheduler", "Taking a break"),
    S.DUE: QT_TRANSLATE_NOOP("Scheduler", "Time for a movement break"),
    S.HELD: QT_TRANSLATE_NOOP("Scheduler", "A break is waiting for the full-screen window to close"),
}


@dataclass
class _Away:
    started: datetime  # UTC
    seconds: float
    reason: AwayReason


class BreakScheduler(SchedulerEvents):
    """Decides when to prompt movement breaks and walk preparation, from a clock and activity.

    Durations come from ``clock.monotonic()``; walks, working hours and "until tomorrow" follow
    the local wall clock, ``clock.now()`` seen through ``tz`` (a zone that knows daylight
    saving, such as ``zoneinfo.ZoneInfo``; a fixed offset does not follow it). The app calls
    ``tick(activity)`` with a fresh :class:`ActivitySample` at ``next_wake()``: the next
    deadline, or sooner the next poll, as the user can come and go at any moment. ``tick()``
    without a sample assumes no input since the last one.

    Sitting time counts while the user is present: screen unlocked, computer awake, and input
    within ``away_after``, or reading mode on, or a full-screen window (a call, a presentation)
    in front, where no input is normal; without idle detection (``idle_s`` None), every
    unlocked moment. A short lock only stops the count. An absence of ``away_after`` or more
    (no input, locked, asleep) is a natural break: ``away_started`` when it is noticed, with the
    sitting since input stopped taken back (``sat_s``), then ``natural_break`` with its length
    when the user is back, and sitting starts from zero. Sleep shows in the clocks: the wall
    clock running ``away_after`` or more ahead of the monotonic one (which stops in suspend),
    or no tick for longer than ``away_after``. A manual clock change that large looks the same;
    daylight saving is no jump, as ``now()`` is UTC.

    States (:class:`SchedulerState`) and transitions:

    - ``SITTING`` → ``NOTICE`` at ``every_s - notice_s`` of sitting (``break_notice``, for a
      break's first prompt only) → ``DUE`` at ``every_s`` (``break_due``); behind a full-screen
      window the notice waits and the break goes ``HELD``, → ``DUE`` when the window closes.
    - ``DUE`` → ``IN_BREAK`` by ``take_break()``; → ``SITTING`` by ``postpone()`` (at most
      ``max_postpones`` times, due again after ``postpone_s`` more sitting) or ``skip()``
      (sitting from zero). A prompt ignored for ``postpone_s`` of sitting is withdrawn as
      unanswered and offered afresh. ``IN_BREAK`` → ``SITTING`` by ``break_finished()``.
    - Any of those → ``AWAY`` on a natural break (a showing prompt is withdrawn);
      ``AWAY`` → ``SITTING`` when the user is back.
    - Any but ``IN_BREAK`` → ``WALKING`` by ``start_walk()`` (a showing prompt is withdrawn:
      a walk is movement; a second walk cannot start during one). It ends by ``end_walk()``
      ("I'm back"), when the walker, gone for ``WALK_AWAY_S`` (no input, locked or asleep),
      is back (clicks at the desk just after starting do not end it), or by itself at its
      planned minutes plus ``WALK_GRACE_S``, whatever the activity source says, so reminders
      never stop for longer. ``walk_done`` tells the app to ask how it went.
    - ``OFF_HOURS`` outside working hours and ``PAUSED`` while paused (which wins): nothing
      counts or is prompted, a showing prompt is withdrawn, a natural break ends (at the end
      of the hours, so a night is none), and sitting starts from zero after. A break or a
      walk under way carries on, and they apply when it ends.

    Walk prompts (see :class:`coach.core.scheduler.walks.WalkPrompter`) are given only in working
    hours, not paused, away, walking, in a break or behind a full-screen window; one kept back
    comes later while it still makes sense.

    Events are the :class:`Emitter` attributes of :class:`SchedulerEvents`. Each
    ``break_due`` is followed by exactly one of taken, postponed, skipped or withdrawn. Events
    come after the state is updated, in the order things happen; a command from inside a
    callback acts at once, its events after those pending. Commands are user answers: they
    catch up as a tick would (assuming input just now: the user clicked), act, and only then
    prompt what is due; they return whether they applied.
    """

    def __init__(
        self,
        settings: Settings,
        clock: Clock,
        tz: tzinfo,
        *,
        routines: Mapping[str, Routine] | None = None,
    ) -> None:
        super().__init__()
        self._settings = settings
        self._clock = clock
        self._tz = tz
        m, w = clock.monotonic(), clock.now()
        self._last_m, self._last_w = m, w
        self._sample = ActivitySample(idle_s=None)
        self._sample_m = m
        self._meter = SittingMeter(m)
        self._cycle = BreakCycle(settings.movement_breaks)
        self._walks = WalkPrompter(settings, tz, routines)
        self._away: _Away | None = None
        self._pause: PauseEnd | None = None
        self._reading = False
        self._state = self._quiet_state() or S.SITTING

    # -- queries ------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def state(self) -> SchedulerState:
        return self._state

    @property
    def sitting_s(self) -> float:
        """Sitting time toward the next break, as of the last tick."""
        return self._meter.sitting

    @property
    def until_break_s(self) -> float | None:
        """Sitting left before the break (0 while it is due or held); None when not counting."""
        if self._state in (S.DUE, S.HELD):
            return 0.0
        if self._state in (S.SITTING, S.NOTICE):
            return max(0.0, self._cycle.due_at - self._meter.sitting)
        return None

    @property
    def postpones_left(self) -> int:
        return self._cycle.postpones_left(self._mb)

    @property
    def reading_mode(self) -> bool:
        return self._reading

    @property
    def last_activity(self) -> ActivitySample:
        """The sample the last tick or command went by."""
        return self._sample

    @property
    def paused_until(self) -> datetime | None:
        """The local time reminders come back, or None when not paused."""
        if self._pause is None:
            return None
        return self._local(self._pause.wall_time(self._last_m, self._last_w))

    @property
    def next_walk(self) -> NextWalk | None:
        """The next planned walk not yet prompted, taken or skipped (within a week)."""
        book = self._walks.book
        prompt = book.next_walk(self._last_w)
        if prompt is None:
            return None
        prep = {p.kind: self._local(p.at) for p in book.day(prompt.day) if p.walk_key == prompt.walk_key}
        return NextWalk(
            self._local(prompt.walk_at),
            prompt.walk,
            prep.get(EntryKind.HEAT_PACK),
            prep.get(EntryKind.WARM_UP),
        )

    def status_text(self) -> str:
        """One line for the tray: "Next break in 12 min", "Paused until 14:00", "Away"..."""
        if self._state in _FIXED_STATUS:
            return translate("Scheduler", _FIXED_STATUS[self._state])
        until = self.paused_until
        if until is not None:
            return translate("Scheduler", "Paused until {when}").format(
                when=describe_until(until, self._last_w, self._tz)
            )
        left = self.until_break_s or 0.0
        if left < 60:
            when = translate("Scheduler", "under a minute")
        else:
            when = format_duration(round(left / 60) * 60)
        if self._reading:
            return translate("Scheduler", "Next break in {when} (reading mode)").format(when=when)
        return translate("Scheduler", "Next break in {when}").format(when=when)

    def next_deadline(self) -> float | None:
        """The monotonic time something next happens if the activity stays as last seen.

        That is the next notice or break, the renewal of an ignored prompt, the moment the
        user would count as away, the end of a pause, a start or end of working hours, or a
        walk prompt. Wall times are converted at the current offset between the two clocks.
        """
        m, w, mb, meter = self._last_m, self._last_w, self._mb, self._meter
        found: list[float] = []
        if meter.absent_since is None:
            found += [m + target - meter.sitting for target in self._cycle.targets(mb, self._state)]
        if self._state in _WATCHED:
            shielded = self._shielded(self._sample)
            away = meter.away_deadline(self._sample, self._sample_m, mb.away_after_s, shielded)
            found += [] if away is None else [away]
        if self._pause is not None:
            found.append(self._pause.deadline(m, w))
        run = self._walks.run
        if self._state is S.WALKING and run is not None:
            found.append(m + run.limit_s - run.seconds)
        hours = next_hours_change(self._settings.working_hours, w, self._tz)
        for moment in (hours, self._walks.book.next_at(w)):
            if moment is not None:
                found.append(m + (moment - w).total_seconds())
        return min((t for t in found if t > m + SNAP_S), default=None)

    def poll_interval(self) -> float:
        """How often the app should sample activity and tick, in seconds.

        5 s while a break waits behind a full-screen window, on a walk (so the question comes
        as soon as the walker is back) or with a deadline within a minute; 15 s while a prompt
        shows or the user is away; 30 s otherwise while counting, and never more than half the
        away time, so no absence goes unseen; 300 s outside hours, paused or in a break, where
        activity changes nothing and deadlines wake the scheduler anyway.
        """
        state = self._state
        if state in (*_QUIET, S.IN_BREAK):
            return 300.0
        deadline = self.next_deadline()
        if state in (S.HELD, S.WALKING) or (deadline is not None and deadline - self._last_m <= 60):
            interval = 5.0
        elif state in (S.DUE, S.AWAY):
            interval = 15.0
        else:
            interval = 30.0
        return min(interval, self._mb.away_after_s / 2)

    def next_wake(self) -> float:
        """When the app should next call ``tick()`` with a fresh sample: the next deadline or
        the next poll, whichever comes first. A driver waking only at ``next_deadline()`` would
        leave stretches longer than ``away_after`` unwatched, and those count as sleep."""
        deadline = self.next_deadline()
        poll = self._last_m + self.poll_interval()
        return poll if deadline is None else min(deadline, poll)

    # -- commands -----------------------------------------------------------------------

    def tick(self, activity: ActivitySample | None = None) -> None:
        """Re-read the clocks and bring the state up to date, emitting what became due."""
        m, w = self._clock.monotonic(), self._clock.now()
        self._advance(activity if activity is not None else self._assumed(m, user_input=False), m, w)
        self._flush()

    def take_break(self) -> bool:
        """Start the due break; call ``break_finished()`` when the player closes."""
        return self._answer_break(lambda: (self._cycle.taken(self._mb), S.IN_BREAK))

    def postpone(self) -> bool:
        """Ask again after ``postpone_s`` more sitting, while postpones are left."""

        def answer() -> tuple[object, SchedulerState | None] | None:
            if not self.postpones_left:
                return None
            return self._cycle.postpone(self._mb, self._meter.sitting), None

        return self._answer_break(answer)

    def skip(self) -> bool:
        """Skip the due break; sitting starts again from zero."""
        return self._answer_break(lambda: (self._cycle.skipped(self._mb), S.SITTING))

    def break_finished(self) -> bool:
        """The break's player closed: sitting starts again from zero."""

        def act() -> bool:
            if self._state is not S.IN_BREAK:
                return False
            self._resume_counting()
            return True

        return self._command(act, user_input=False)

    def pause(self, seconds: float) -> bool:
        """Silence everything for ``seconds`` (30 minutes, an hour...); sitting restarts after."""
        if seconds <= 0:
            raise ValueError(f"a pause must last some time, got {seconds!r} s")
        return self._command(lambda: self._set_pause(PauseEnd(mono=self._last_m + seconds)))

    def pause_until_tomorrow(self) -> bool:
        """Silence everything until working hours start on a later local day
        (:func:`coach.core.scheduler.hours.tomorrow_start`)."""
        hours = self._settings.working_hours
        return self._command(
            lambda: self._set_pause(PauseEnd(wall=tomorrow_start(hours, self._last_w, self._tz)))
        )

    def resume(self) -> bool:
        """End a pause now; sitting starts from zero."""
        return self._command(lambda: self._pause is not None and self._set_pause(None))

    def set_reading_mode(self, on: bool) -> bool:
        """Count time without input as sitting (reading, watching) until turned off."""

        def act() -> bool:
            if on == self._reading:
                return False
            self._reading = on
            if not on:  # no input before now is no absence: reading covered it
                self._meter.raise_floor(self._last_m)
            return True

        return self._command(act)

    def start_walk(self, planned: bool = False) -> bool:
        """Begin a walk: from the walk prompt (``planned``) or "Going for a walk" in the tray."""

        def act() -> bool:
            if self._state in _BUSY:
                return False
            if self._state is S.DUE:
                self._emit(self._cycle.withdraw(self._mb, WithdrawReason.WALK))
            started, answered = self._walks.start(self._last_w, self._last_m, planned)
            self._restart()
            self._set_state(S.WALKING)
            self._emit(started, *([] if answered is None else [answered]))
            return True

        return self._command(act)

    def skip_walk(self) -> bool:
        """Decline the walk that is due."""
        return self._command(lambda: self._answered(self._walks.skip()))

    def end_walk(self) -> bool:
        """The user says they are back from the walk."""
        return self._command(lambda: self._state is S.WALKING and self._finish_walk(0.0, WalkEnd.SAID))

    def answer_prompt(self, kind: EntryKind, done: bool) -> bool:
        """Answer the heat-pack or warm-up prompt (the walk prompt has its own commands)."""
        if kind not in (EntryKind.HEAT_PACK, EntryKind.WARM_UP):
            raise ValueError(f"answer_prompt is for heat-pack and warm-up prompts, not {kind}")
        return self._command(lambda: self._answered(self._walks.answer(kind, done)))

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings at once, keeping the sitting time; walks are planned afresh."""

        def act() -> bool:
            self._settings = settings
            self._walks.replan(settings)
            self._set_state(self._cycle.replan(settings.movement_breaks, self._state, self._meter.sitting))
            return True

        self._command(act)

    # -- internals: the passing of time -------------------------------------------------

    @property
    def _mb(self) -> MovementBreaks:
        return self._settings.movement_breaks

    def _command(self, action: Callable[[], bool], *, user_input: bool = True) -> bool:
        """Catch up with the clocks (prompting nothing the action might cancel), act, then
        prompt what is due."""
        m, w = self._clock.monotonic(), self._clock.now()
        sample = self._assumed(m, user_input=user_input)
        self._advance(sample, m, w, prompt=False)
        done = action()
        self._advance(sample, m, w)
        self._flush()
        return done

    def _assumed(self, m: float, *, user_input: bool) -> ActivitySample:
        """The last sample carried forward: no input since, or input just now."""
        last = self._sample
        if last.idle_s is None:
            return ActivitySample(None, last.locked and not user_input, last.fullscreen)
        if user_input:
            return ActivitySample(0.0, False, last.fullscreen)
        return ActivitySample(last.idle_s + max(0.0, m - self._sample_m), last.locked, last.fullscreen)

    def _advance(self, sample: ActivitySample, m: float, w: datetime, *, prompt: bool = True) -> None:
        away_after = self._mb.away_after_s
        mono = max(0.0, m - self._last_m)
        excess = (w - self._last_w).total_seconds() - mono
        # the monotonic clock stopped (a suspend), or nobody ticked for longer than the away time
        step = Step(m, m - mono, w, excess if excess >= away_after else 0.0, mono > away_after)
        before, self._last_m, self._last_w = self._last_w, m, w
        if self._sample.fullscreen and not sample.fullscreen:  # no input behind it is no absence,
            self._meter.raise_floor(self._sample_m)  # up to when it was last seen
        if self._pause is not None and self._pause.reached(m, w):
            self._set_pause(None)
        self._close_day(before)
        if self._state is S.WALKING:
            run = self._walks.run
            assert run is not None
            if run.observe(sample, step):
                self._finish_walk(sample.idle_s or 0.0, WalkEnd.BACK)
            elif run.over:
                self._finish_walk(0.0, WalkEnd.TIMED_OUT)
        elif self._state is not S.IN_BREAK:
            quiet = self._quiet_state()
            if quiet is not None:
                self._go_quiet(quiet, step.elapsed)
            elif self._state in _QUIET:
                self._resume_counting()
            else:
                self._watch(sample, step)
                if prompt and self._state in _WATCHED and self._meter.absent_since is None:
                    state, events = self._cycle.check(
                        self._mb, self._state, self._meter.sitting, sample.fullscreen
                    )
                    self._set_state(state)
                    self._emit(*events)
        if prompt:
            self._give_walk_prompts(sample)
        self._sample, self._sample_m = sample, m

    def _quiet_state(self) -> SchedulerState | None:
        if self._pause is not None:
            return S.PAUSED
        if not in_working_hours(self._settings.working_hours, self._last_w, self._tz):
            return S.OFF_HOURS
        return None

    def _set_pause(self, pause: PauseEnd | None) -> bool:
        self._pause = pause
        self._queue(self.pause_changed, self.paused_until)
        return True

    def _close_day(self, before: datetime) -> None:
        """A step over the end of working hours ends the day there: a night's sleep or absence
        is no natural break, and the next day starts afresh."""
        hours = self._settings.working_hours
        if self._state in (*_BUSY, *_QUIET) or not in_working_hours(hours, before, self._tz):
            return
        end = next_hours_change(hours, before, self._tz)
        if end is not None and end <= self._last_w:
            self._go_quiet(S.OFF_HOURS, (end - before).total_seconds())

    def _go_quiet(self, quiet: SchedulerState, away_s: float) -> None:
        """Stop counting; a natural break under way ends ``away_s`` after the last tick."""
        if self._away is not None:
            self._away.seconds += away_s
            self._end_away()
        if self._state is S.DUE:
            reason = WithdrawReason.PAUSED if quiet is S.PAUSED else WithdrawReason.OFF_HOURS
            self._emit(self._cycle.withdraw(self._mb, reason))
        self._restart()
        self._set_state(quiet)

    def _resume_counting(self) -> None:
        """Sitting from zero, or quiet if hours or a pause say so (after a break or a walk)."""
        self._restart()
        self._set_state(self._quiet_state() or S.SITTING)

    def _restart(self) -> None:
        self._meter.restart(self._last_m)
        self._cycle.restart(self._mb)

    def _shielded(self, sample: ActivitySample) -> bool:
        """No input is no absence: reading mode, or a full-screen window in front."""
        return self._reading or sample.fullscreen

    def _watch(self, sample: ActivitySample, step: Step) -> None:
        """Count sitting while present; notice natural breaks and the returns from them."""
        away_after = self._mb.away_after_s
        if self._state is S.AWAY:
            assert self._away is not None
            self._away.seconds += step.elapsed
            if is_back(sample, away_after, self._reading):
                self._end_away()
                self._resume_counting()
            return
        gone = self._meter.observe(sample, step, away_after=away_after, shielded=self._shielded(sample))
        if gone is None:
            return
        if self._state is S.DUE:
            self._emit(self._cycle.withdraw(self._mb, WithdrawReason.AWAY))
        started = self._last_w - timedelta(seconds=gone.seconds)
        self._away = _Away(started, gone.seconds, gone.reason)
        self._restart()
        self._set_state(S.AWAY)
        self._emit(AwayStarted(self._local(started), gone.reason, gone.sat_s))
        log.info("away since %s (%s) after %.0f s of sitting", started, gone.reason, gone.sat_s)
        if step.asleep and is_back(sample, away_after, self._reading):  # woke up, at the desk
            self._end_away()
            self._resume_counting()

    def _end_away(self) -> None:
        away, self._away = self._away, None
        assert away is not None
        self._emit(NaturalBreak(away.seconds, self._local(away.started), away.reason))
        log.info("natural break of %.0f s (%s)", away.seconds, away.reason)

    # -- internals: answers and walks ---------------------------------------------------

    def _answer_break(self, answer: Callable[[], tuple[object, SchedulerState | None] | None]) -> bool:
        """Apply an answer to the due break, if allowed: its event, then the state it leads to."""

        def act() -> bool:
            result = answer() if self._state is S.DUE else None
            if result is None:
                return False
            event, state = result
            self._emit(event)
            if state is not None:  # taken or skipped: a fresh start
                self._restart()
            self._set_state(state or S.SITTING)
            log.info("break answered: %s", type(event).__name__)
            return True

        return self._command(act)

    def _give_walk_prompts(self, sample: ActivitySample) -> None:
        if self._state not in (S.SITTING, S.NOTICE, S.DUE):
            return
        if sample.fullscreen or self._meter.absent_since is not None:
            return
        for event in self._walks.give_due(self._last_w):
            self._emit(event)
            log.info("%s for the walk at %s", type(event).__name__, event.walk_at)

    def _finish_walk(self, idle: float, how: WalkEnd) -> bool:
        done = self._walks.finish(self._last_w, idle, how)
        self._emit(done)
        log.info("walk done (%s): %.1f min", how, done.minutes)
        self._resume_counting()
        return True

    def _answered(self, answered: PromptAnswered | None) -> bool:
        if answered is not None:
            self._emit(answered)
        return answered is not None

    def _local(self, moment: datetime) -> datetime:
        return moment.astimezone(self._tz)

    def _set_state(self, state: SchedulerState) -> None:
        if state is not self._state:
            self._state = state
            self._queue(self.state_changed, state)
