"""Hypothesis drives the scheduler with random activity, clock changes and answers."""

from __future__ import annotations

from datetime import UTC, datetime, time

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from coach.core.activity import ActivitySample
from coach.core.clock import ManualClock
from coach.core.scheduler import BreakScheduler, SchedulerState
from coach.core.settings import MovementBreaks, Settings, Walk
from tests.unit.core.test_scheduler import BERLIN

S = SchedulerState
BREAKS = MovementBreaks(every_s=300, notice_s=60, postpone_s=120, max_postpones=2, away_after_s=120)
WALK = Walk(at=time(12, 30), minutes=20, heat_pack_before_s=600, warm_up_before_s=300)
MODES = ("typing", "idle", "locked", "call", "watching", "blind", "blind-locked")
LOCKED = ("locked", "blind-locked")
ANSWERS = ("break_taken", "break_postponed", "break_skipped", "break_withdrawn")


class SchedulerMachine(RuleBasedStateMachine):
    """A user who comes and goes, a clock that sleeps and jumps, and random answers.

    The machine keeps its own account of the truth (is the user gone, and since when; is a
    walk under way; is a prompt waiting for an answer) and checks each event against it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []

    @initialize(start=st.sampled_from(["08:55", "11:50", "12:10", "17:20"]))
    def start(self, start: str) -> None:
        hour, minute = map(int, start.split(":"))
        wall = datetime(2026, 1, 5, hour, minute, tzinfo=BERLIN).astimezone(UTC)
        self.clock = ManualClock(mono=1000.0, wall=wall)
        self.settings = Settings(movement_breaks=BREAKS, walks=(WALK,))
        self.s = BreakScheduler(self.settings, self.clock, BERLIN)
        self.mode = "typing"
        self.reading = False
        self.last_input = self.clock.mono
        self.gone_since: float | None = None
        self.walking = False
        self.prompt_open = False
        self.s.break_due.connect(self.on_due)
        for name in ANSWERS:
            getattr(self.s, name).connect(lambda _, name=name: self.on_answer(name))
        self.s.walk_started.connect(lambda _: setattr(self, "walking", True))
        self.s.walk_done.connect(lambda _: setattr(self, "walking", False))

    # -- the account of the truth ------------------------------------------------------------

    def on_due(self, due) -> None:
        now = self.clock.mono
        activity = self.s.last_activity
        if self.prompt_open:
            self.problems.append("a break came due while the last one was unanswered")
        if self.gone_since is not None and now - self.gone_since > BREAKS.away_after_s:
            self.problems.append(f"a break came due {now - self.gone_since:.0f} s after the user left")
        if self.s.paused_until is not None:
            self.problems.append("a break came due while paused")
        if self.walking:
            self.problems.append("a break came due on a walk")
        if activity.fullscreen or activity.locked:
            self.problems.append(f"a break came due with {activity}")
        if not self.settings.working_hours.contains(self.clock.now().astimezone(BERLIN)):
            self.problems.append("a break came due outside working hours")
        if due.postpones_left > BREAKS.max_postpones or due.postpones_left < 0:
            self.problems.append(f"postpones left out of range: {due.postpones_left}")
        self.prompt_open = True

    def on_answer(self, name: str) -> None:
        if not self.prompt_open:
            self.problems.append(f"{name} without a due break")
        self.prompt_open = False

    def gone(self, mode: str, reading: bool) -> bool:
        """Whether the user is away from the desk (reading counts as being there)."""
        return mode in LOCKED or (mode == "idle" and not reading)

    def becomes(self, mode: str, reading: bool) -> None:
        """The user changes what they do; note when they left, if they did."""
        was, now = self.gone(self.mode, self.reading), self.gone(mode, reading)
        if self.mode in ("typing", "call", "blind"):  # input went on until now
            self.last_input = self.clock.mono
        if now and not was:
            self.gone_since = self.clock.mono
        elif not now:
            self.gone_since = None
        self.mode, self.reading = mode, reading

    def sample(self) -> ActivitySample:
        m = self.clock.mono
        if self.mode in ("typing", "call", "blind"):
            self.last_input = m
        idle = m - self.last_input
        return {
            "typing": ActivitySample(idle),
            "idle": ActivitySample(idle),
            "locked": ActivitySample(idle, locked=True),
            "call": ActivitySample(idle, fullscreen=True),
            "watching": ActivitySample(idle, fullscreen=True),
            "blind": ActivitySample(None),
            "blind-locked": ActivitySample(None, locked=True),
        }[self.mode]

    def user_acted(self) -> None:
        """A command is a click: the user was at the desk just now."""
        self.last_input = self.clock.mono
        self.gone_since = self.clock.mono if self.gone(self.mode, self.reading) else None

    # -- rules -------------------------------------------------------------------------------

    @rule(mode=st.sampled_from(MODES), seconds=st.floats(0.5, 60), count=st.integers(0, 20))
    def change_activity(self, mode: str, seconds: float, count: int) -> None:
        self.becomes(mode, self.reading)
        self.time_passes(seconds, count)

    @rule(seconds=st.floats(0.5, 60), count=st.integers(1, 40))
    def time_passes(self, seconds: float, count: int) -> None:
        for _ in range(count):
            self.clock.advance(seconds)
            self.s.tick(self.sample())

    @rule(seconds=st.floats(100, 900))
    def unwatched_stretch(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.s.tick(self.sample())

    @rule(seconds=st.floats(60, 4 * 3600))
    def suspend(self, seconds: float) -> None:
        self.clock.jump_wall(seconds)
        self.s.tick(self.sample())

    @rule(seconds=st.floats(-3 * 3600, 3 * 3600))
    def clock_change(self, seconds: float) -> None:
        self.clock.jump_wall(seconds)
        self.s.tick(self.sample())

    @rule()
    def tick_without_sample(self) -> None:
        self.s.tick()

    @rule(answer=st.sampled_from(["take_break", "postpone", "skip"]))
    def answer(self, answer: str) -> None:
        self.user_acted()
        getattr(self.s, answer)()

    @precondition(lambda self: self.s.state is S.IN_BREAK)
    @rule()
    def break_finished(self) -> None:
        self.s.break_finished()

    @rule(
        command=st.sampled_from(
            [
                "start_walk",
                "start_planned_walk",
                "end_walk",
                "skip_walk",
                "pause_until_tomorrow",
                "resume",
                "pause",
                "reading_on",
                "reading_off",
                "settings",
            ]
        ),
        choice=st.sampled_from([0, 1, 2]),
    )
    def other_command(self, command: str, choice: int) -> None:
        self.user_acted()
        if command in ("start_walk", "start_planned_walk"):
            self.s.start_walk(planned=command == "start_planned_walk")
        elif command == "pause":
            self.s.pause((1800, 3600, 60)[choice])
        elif command.startswith("reading_"):
            on = command == "reading_on"
            self.becomes(self.mode, on)
            self.s.set_reading_mode(on)
        elif command == "settings":
            every = (120, 300, 600)[choice]
            self.settings = Settings(
                movement_breaks=MovementBreaks(**{**BREAKS.__dict__, "every_s": every}), walks=(WALK,)
            )
            self.s.apply_settings(self.settings)
        else:
            getattr(self.s, command)()

    # -- invariants --------------------------------------------------------------------------

    @invariant()
    def no_problems(self) -> None:
        assert not self.problems, self.problems

    @invariant()
    def sitting_time_is_never_negative(self) -> None:
        assert self.s.sitting_s >= 0
        left = self.s.until_break_s
        assert left is None or left >= 0

    @invariant()
    def a_showing_prompt_is_the_due_state(self) -> None:
        assert self.prompt_open == (self.s.state is S.DUE)

    @invariant()
    def postpones_stay_in_range(self) -> None:
        assert 0 <= self.s.postpones_left <= BREAKS.max_postpones

    @invariant()
    def the_next_deadline_is_never_in_the_past(self) -> None:
        deadline = self.s.next_deadline()
        assert deadline is None or deadline > self.clock.mono
        assert 0 < self.s.poll_interval() <= 300

    @invariant()
    def paused_and_walking_states_agree(self) -> None:
        assert (self.s.state is S.WALKING) == self.walking
        if self.s.state is S.PAUSED:
            assert self.s.paused_until is not None
        assert self.s.status_text()


TestSchedulerMachine = SchedulerMachine.TestCase
TestSchedulerMachine.settings = settings(
    max_examples=80,
    stateful_step_count=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
