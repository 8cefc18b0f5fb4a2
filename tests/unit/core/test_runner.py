"""Tests for the routine runner, driven by a manual clock."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from coach.core.clock import ManualClock
from coach.core.model import Routine
from coach.core.runner import Runner, RunState
from coach.core.timeline import PhaseKind, Side, Timeline
from tests.helpers.factories import make_exercise, make_item, make_routine

TERMINAL = (RunState.FINISHED, RunState.STOPPED)


class Recorder:
    """Every event a runner emits, as (name, value) pairs; phases recorded by index."""

    def __init__(self, runner: Runner) -> None:
        self.events: list[tuple[str, object]] = []
        for name in (
            "state_changed",
            "phase_started",
            "side_switched",
            "countdown",
            "exercise_done",
            "finished",
            "stopped",
        ):
            getattr(runner, name).connect(lambda value, name=name: self._record(name, value))

    def _record(self, name: str, value: object) -> None:
        index = getattr(value, "index", None)
        self.events.append((name, index if name in ("phase_started", "side_switched") else value))

    def take(self) -> list[tuple[str, object]]:
        events, self.events = self.events, []
        return events

    def names(self, name: str) -> list[object]:
        return [value for n, value in self.events if n == name]


def mixed_routine():
    """Each sides with rests, alternate sides, then no sides with rests: 104 s, 60 s of holds."""
    return make_routine(
        make_exercise("a", hold_s=10, reps=2, sides="each", rest_s=3),
        make_exercise("b", hold_s=4, reps=2, sides="alternate"),
        make_exercise("c", hold_s=2, reps=2, rest_s=3),
    )


def setup(routine=None, **kw):
    clock = ManualClock()
    runner = Runner(routine or mixed_routine(), clock, **kw)
    return clock, runner, Recorder(runner)


def ideal_events(timeline: Timeline) -> list[tuple[str, object]]:
    """What an uninterrupted run emits, in order."""
    events: list[tuple[str, object]] = [("state_changed", RunState.RUNNING)]
    phases = timeline.phases
    for phase in phases:
        if phase.index and phases[phase.index - 1].item != phase.item:
            events.append(("exercise_done", phases[phase.index - 1].item))
        events.append(("phase_started", phase.index))
        if phase.kind is PhaseKind.SWITCH:
            events.append(("side_switched", phase.index))
        if phase.kind is PhaseKind.HOLD:
            events += [("countdown", n) for n in range(min(3, phase.duration_s), 0, -1)]
    events += [
        ("exercise_done", phases[-1].item),
        ("state_changed", RunState.FINISHED),
        ("finished", None),
    ]
    return events


def run_to_deadlines(clock: ManualClock, runner: Runner, limit: int = 10_000) -> int:
    """Advance the clock to each deadline in turn and tick; return the number of ticks."""
    ticks = 0
    while (deadline := runner.next_deadline()) is not None:
        assert deadline > clock.mono
        clock.mono = deadline
        runner.tick()
        ticks += 1
        assert ticks < limit
    return ticks


# -- whole routines ---------------------------------------------------------------------


def test_timeline_of_the_mixed_routine_is_what_the_tests_assume():
    timeline = Runner(mixed_routine(), ManualClock()).timeline
    kinds = [p.kind.value for p in timeline.phases]
    assert kinds[:8] == ["count-in", "hold", "rest", "hold", "switch", "hold", "rest", "hold"]
    assert [p.side for p in timeline.phases[9:16:2]] == [Side.LEFT, Side.RIGHT, Side.LEFT, Side.RIGHT]
    assert timeline.total_s == 104


def test_whole_routine_run_at_deadlines_emits_every_event_once_in_order():
    clock, runner, rec = setup()
    runner.start()
    ticks = run_to_deadlines(clock, runner)
    assert rec.events == ideal_events(runner.timeline)
    assert ticks == 46  # 20 phase ends, 26 countdown seconds not at a phase's start
    assert runner.state is RunState.FINISHED
    assert runner.seconds_done == runner.total_hold_s == 60
    assert runner.items_done == {0, 1, 2}
    assert runner.remaining_s == 0 and runner.progress == 1.0
    assert clock.mono == pytest.approx(1000 + 104)


@pytest.mark.parametrize("step", [0.1, 0.25, 1.0, 0.7])
def test_ticking_at_any_steady_rate_gives_the_same_events(step):
    clock, runner, rec = setup()
    runner.start()
    while runner.state is RunState.RUNNING:
        clock.advance(step)
        runner.tick()
    assert rec.events == ideal_events(runner.timeline)
    assert runner.seconds_done == 60


@pytest.mark.parametrize("sides", ["none", "each", "alternate"])
def test_single_exercise_each_kind_of_sides(sides):
    routine = make_routine(make_exercise(hold_s=5, reps=2, sides=sides, rest_s=4))
    clock, runner, rec = setup(routine)
    runner.start()
    run_to_deadlines(clock, runner)
    assert rec.events == ideal_events(runner.timeline)
    switches = rec.names("side_switched")
    assert len(switches) == {"none": 0, "each": 1, "alternate": 3}[sides]
    assert runner.seconds_done == {"none": 10, "each": 20, "alternate": 20}[sides]


def test_ten_minute_routine_runs_in_a_handful_of_ticks():
    routine = make_routine(
        *(make_exercise(f"e{i}", hold_s=30, reps=3, sides="each", rest_s=10) for i in range(3))
    )
    clock, runner, rec = setup(routine)
    assert runner.total_s >= 600
    runner.start()
    ticks = run_to_deadlines(clock, runner)
    assert ticks < 100
    assert rec.names("finished") == [None]
    assert runner.seconds_done == runner.total_hold_s == 540


def test_queries_during_a_run():
    clock, runner, _ = setup()
    assert runner.state is RunState.READY
    assert runner.phase_index == 0 and runner.offset_s == 0 and runner.remaining_s == 104
    runner.start()
    clock.advance(7.5)
    runner.tick()
    assert runner.phase.kind is PhaseKind.HOLD and runner.phase.side is Side.LEFT
    assert runner.phase_elapsed_s == 2.5 and runner.phase_remaining_s == 7.5
    assert runner.offset_s == 7.5 and runner.remaining_s == 96.5
    assert runner.progress == pytest.approx(7.5 / 104)
    assert runner.current_exercise.id == "a" and runner.current_item.dose.reps == 2
    assert runner.next_phase.kind is PhaseKind.REST
    assert runner.next_exercise.id == "b"
    assert runner.seconds_done == 2.5
    clock.advance(90)
    runner.tick()
    assert runner.current_exercise.id == "c" and runner.next_exercise is None


def test_queries_describe_the_last_tick_until_the_next():
    clock, runner, _ = setup()
    runner.start()
    clock.advance(50)
    assert runner.offset_s == 0 and runner.phase_index == 0
    runner.tick()
    assert runner.offset_s == 50


def test_empty_routine_is_refused():
    with pytest.raises(ValueError, match="nothing to run"):
        Runner(Routine("e", "Empty", "Nothing.", "session", ()), ManualClock())


# -- pause ------------------------------------------------------------------------------


def test_pause_for_an_hour_loses_nothing():
    clock, runner, rec = setup()
    runner.start()
    clock.advance(11.5)
    runner.pause()
    assert runner.state is RunState.PAUSED and runner.next_deadline() is None
    rec.take()
    clock.advance(3600)
    runner.tick()
    assert rec.events == [] and runner.offset_s == 11.5 and runner.seconds_done == 6.5
    runner.resume()
    assert rec.take() == [("state_changed", RunState.RUNNING)]
    assert runner.next_deadline() == pytest.approx(clock.mono + 0.5)  # countdown 3 at 12 s
    clock.mono = runner.next_deadline()
    runner.tick()
    assert rec.take() == [("countdown", 3)]
    run_to_deadlines(clock, runner)
    assert runner.state is RunState.FINISHED and runner.seconds_done == 60
    assert clock.mono == pytest.approx(1000 + 104 + 3600)


def test_pause_in_the_countdown_does_not_repeat_the_number_on_resume():
    clock, runner, rec = setup()
    runner.start()
    clock.advance(12.5)
    runner.tick()
    assert rec.names("countdown") == [3]
    runner.pause()
    clock.advance(100)
    runner.resume()
    clock.advance(0.5)
    runner.tick()
    assert rec.names("countdown") == [3, 2]


def test_toggle_pause_and_fractional_positions_keep_deadlines_exact():
    clock, runner, rec = setup()
    runner.start()
    for _ in range(7):
        clock.advance(0.3)
        runner.toggle_pause()  # pause
        clock.advance(11.1)
        runner.toggle_pause()  # resume
    assert runner.offset_s == pytest.approx(2.1)
    rec.take()
    clock.mono = runner.next_deadline()
    runner.tick()
    assert rec.take() == [("phase_started", 1)]
    assert runner.phase_elapsed_s == 0


@pytest.mark.parametrize("seed", range(5))
def test_every_deadline_fires_despite_float_noise(seed):
    rand = random.Random(seed)
    clock = ManualClock(mono=rand.uniform(0, 1e7))
    runner = Runner(mixed_routine(), clock)
    rec = Recorder(runner)
    runner.start()
    for _ in range(3):  # leave the anchors at awkward fractions
        clock.advance(rand.uniform(0, 1))
        runner.pause()
        clock.advance(rand.uniform(0, 1000))
        runner.resume()
    ideal = [e for e in ideal_events(runner.timeline) if e[0] != "state_changed"]
    while runner.state is RunState.RUNNING:
        before = len(rec.events)
        clock.mono = runner.next_deadline()
        runner.tick()
        assert len(rec.events) > before, f"a tick at a deadline found nothing due ({runner.offset_s})"
    assert [e for e in rec.events if e[0] != "state_changed"] == ideal


def test_a_tick_within_float_noise_of_a_deadline_counts_as_on_it():
    clock, runner, rec = setup()
    runner.start()
    rec.take()
    clock.mono = runner.next_deadline() - 1e-9
    runner.tick()
    assert rec.take() == [("phase_started", 1)] and runner.offset_s == 5


# -- late ticks -------------------------------------------------------------------------


def test_a_late_tick_lands_in_the_right_phase_without_stale_sounds():
    clock, runner, rec = setup()
    runner.start()
    rec.take()
    clock.advance(62)  # past exercise a, into b's first hold (61..65), 3 s left
    runner.tick()
    assert rec.take() == [("exercise_done", 0), ("phase_started", 9), ("countdown", 3)]
    assert runner.seconds_done == 41  # 40 s of a, 1 s of b


def test_a_late_tick_outside_the_countdown_emits_no_countdown():
    clock, runner, rec = setup()
    runner.start()
    rec.take()
    clock.advance(34)  # into the right side's first hold (33..43)
    runner.tick()
    assert rec.take() == [("phase_started", 5)]


def test_a_late_tick_into_a_switch_reports_the_switch():
    clock, runner, rec = setup()
    runner.start()
    rec.take()
    clock.advance(30)
    runner.tick()
    assert rec.take() == [("phase_started", 4), ("side_switched", 4)]


def test_a_tick_long_after_the_end_finishes_once():
    clock, runner, rec = setup()
    runner.start()
    rec.take()
    clock.advance(10_000)
    runner.tick()
    assert rec.take() == [
        ("exercise_done", 0),
        ("exercise_done", 1),
        ("exercise_done", 2),
        ("state_changed", RunState.FINISHED),
        ("finished", None),
    ]
    assert runner.seconds_done == 60 and runner.remaining_s == 0
    assert runner.phase_index == len(runner.timeline.phases) - 1
    clock.advance(10)
    runner.tick()
    runner.pause()
    runner.skip()
    runner.back()
    runner.stop()
    assert rec.events == [] and runner.state is RunState.FINISHED


# -- next_deadline ----------------------------------------------------------------------


def test_next_deadline_is_exact_and_nothing_fires_just_before_it():
    clock, runner, rec = setup()
    assert runner.next_deadline() is None
    runner.start()
    expected_offsets = [5, 12, 13, 14, 15, 18, 25, 26, 27, 28]
    for offset in expected_offsets:
        deadline = runner.next_deadline()
        assert deadline == pytest.approx(1000 + offset)
        rec.take()
        clock.mono = deadline - 0.001
        runner.tick()
        assert rec.events == []
        clock.mono = deadline
        runner.tick()
        assert rec.events, f"nothing fired at {offset}"
    assert rec.events == [("phase_started", 4), ("side_switched", 4)]


def test_deadlines_of_a_short_hold_count_down_from_its_length():
    clock, runner, rec = setup(make_routine(make_exercise(hold_s=2)))
    runner.start()
    rec.take()
    clock.mono = runner.next_deadline()
    runner.tick()
    assert rec.take() == [("phase_started", 1), ("countdown", 2)]
    assert runner.next_deadline() == pytest.approx(clock.mono + 1)


def test_countdown_kinds_can_include_the_lead_in():
    kinds = (PhaseKind.HOLD, PhaseKind.COUNT_IN, PhaseKind.PREPARE, PhaseKind.SWITCH)
    clock, runner, rec = setup(countdown_kinds=kinds)
    runner.start()
    assert runner.next_deadline() == pytest.approx(1002)
    run_to_deadlines(clock, runner)
    assert rec.names("countdown")[:6] == [3, 2, 1, 3, 2, 1]


# -- skip, skip_exercise, back ----------------------------------------------------------


def test_skip_goes_to_the_next_phase_and_skipped_time_is_not_done():
    clock, runner, rec = setup()
    runner.start()
    clock.advance(7)
    runner.skip()  # from 2 s into the first hold to the rest
    assert runner.phase_index == 2 and runner.offset_s == 15
    assert runner.seconds_done == 2
    assert rec.events[-1] == ("phase_started", 2)
    assert runner.next_deadline() == pytest.approx(clock.mono + 3)


def test_seconds_played_counts_rests_and_switches_and_reaches_the_whole_length():
    clock, runner, _ = setup()
    runner.start()
    clock.advance(8)  # 3 s into the first hold
    runner.tick()
    runner.back()  # replay those 3 s: they count once
    clock.advance(10)  # to the end of the hold at 15 s
    runner.tick()
    assert runner.seconds_played == 15 and runner.seconds_done == 10
    run_to_deadlines(clock, runner)
    assert runner.state is RunState.FINISHED
    assert runner.seconds_played == runner.total_s == 104 > runner.seconds_done == runner.total_hold_s


def test_skipped_time_is_not_played():
    clock, runner, _ = setup()
    runner.start()
    clock.advance(7)
    runner.skip()  # 2 s into the first hold, to the rest at 15 s
    run_to_deadlines(clock, runner)
    assert runner.state is RunState.FINISHED
    assert runner.seconds_played == runner.total_s - 8


def test_skip_at_a_boundary_moves_exactly_one_phase():
    clock, runner, _ = setup()
    runner.start()
    clock.advance(5)
    runner.skip()  # the tick inside lands on phase 1 at 5 s, then skip to 2
    assert runner.phase_index == 2 and runner.offset_s == 15


def test_skipping_the_last_phase_finishes_without_marking_the_item_done():
    clock, runner, rec = setup()
    runner.start()
    clock.advance(103)
    runner.tick()
    runner.skip()
    assert runner.state is RunState.FINISHED
    assert rec.names("exercise_done") == [0, 1]
    assert rec.names("finished") == [None]
    assert runner.seconds_done == 59


def test_skip_while_paused_moves_but_stays_paused():
    clock, runner, rec = setup()
    runner.start()
    runner.pause()
    runner.skip()
    assert runner.state is RunState.PAUSED and runner.phase_index == 1
    assert rec.names("countdown") == []
    clock.advance(100)
    runner.resume()
    clock.advance(1)
    runner.tick()
    assert runner.offset_s == 6


def test_skip_exercise_from_each_place():
    clock, runner, rec = setup()
    runner.start()
    runner.skip_exercise()  # from the count-in of a to the prepare of b
    assert runner.phase.kind is PhaseKind.PREPARE and runner.phase.item == 1
    clock.advance(1)
    runner.skip_exercise()
    assert runner.phase_index == 16 and runner.offset_s == 92
    runner.skip_exercise()
    assert runner.state is RunState.FINISHED
    assert rec.names("exercise_done") == [] and runner.items_done == frozenset()
    assert runner.seconds_done == 0


def test_back_restarts_the_phase_after_two_seconds():
    clock, runner, rec = setup()
    runner.start()
    clock.advance(8)  # 3 s into the first hold
    runner.tick()
    rec.take()
    runner.back()
    assert runner.offset_s == 5 and runner.remaining_s == 99
    assert rec.take() == [("phase_started", 1)]
    clock.advance(10)
    runner.tick()
    assert runner.seconds_done == 10  # the replayed 3 s are not counted twice


def test_back_early_in_a_phase_goes_to_the_previous_one():
    clock, runner, _ = setup()
    runner.start()
    clock.advance(17)  # 2 s into the rest at 15
    runner.back()
    assert runner.phase_index == 1 and runner.offset_s == 5
    runner.back()  # at the very start of the hold
    assert runner.phase_index == 0
    runner.back()  # in the first phase: restart it
    assert runner.phase_index == 0 and runner.offset_s == 0
    assert runner.state is RunState.RUNNING


def test_back_in_the_countdown_counts_down_again_on_the_replay():
    clock, runner, rec = setup()
    runner.start()
    clock.advance(12.5)
    runner.back()  # 7.5 s into the first hold: restart it
    clock.advance(7)
    runner.tick()
    assert rec.names("countdown") == [3, 3]


def test_resuming_at_the_start_of_a_short_hold_counts_from_its_length():
    _, runner, rec = setup(make_routine(make_exercise(hold_s=2)))
    runner.start()
    runner.pause()
    runner.skip()
    assert rec.names("countdown") == []
    runner.resume()
    assert rec.events[-2:] == [("state_changed", RunState.RUNNING), ("countdown", 2)]


def test_replaying_an_item_reports_it_done_only_once():
    clock, runner, rec = setup()
    runner.start()
    clock.advance(57)  # into b's prepare: a is done
    runner.back()  # to a's last hold
    assert runner.phase_index == 7
    clock.advance(10)
    runner.tick()
    assert rec.names("exercise_done") == [0]


# -- stop and invalid commands ----------------------------------------------------------


@pytest.mark.parametrize("reason", ["user", "pain", "closed"])
def test_stop_ends_the_run_and_nothing_follows(reason):
    clock, runner, rec = setup()
    runner.start()
    clock.advance(20)
    runner.tick()
    rec.take()
    runner.stop(reason)
    assert runner.state is RunState.STOPPED and runner.stop_reason == reason
    assert rec.take() == [("state_changed", RunState.STOPPED), ("stopped", reason)]
    assert runner.offset_s == 20 and runner.seconds_done == 12
    assert runner.next_deadline() is None
    clock.advance(1000)
    for command in (runner.tick, runner.start, runner.resume, runner.skip, runner.back):
        command()
    runner.stop("again")
    assert rec.events == [] and runner.offset_s == 20 and runner.stop_reason == reason


def test_stop_after_the_end_has_passed_finishes_instead():
    clock, runner, rec = setup()
    runner.start()
    clock.advance(200)
    runner.stop("user")
    assert runner.state is RunState.FINISHED and rec.names("stopped") == []


def test_stop_before_start_and_while_paused():
    _, runner, rec = setup()
    runner.stop("closed")
    assert runner.state is RunState.STOPPED and rec.names("stopped") == ["closed"]
    clock, runner, rec = setup()
    runner.start()
    runner.pause()
    clock.advance(50)
    runner.stop("pain")
    assert runner.offset_s == 0 and rec.names("stopped") == ["pain"]


def test_invalid_commands_are_harmless():
    _, runner, rec = setup()
    for command in (runner.pause, runner.resume, runner.toggle_pause, runner.tick):
        command()
    for command in (runner.skip, runner.skip_exercise, runner.back):
        command()
    assert rec.events == [] and runner.state is RunState.READY and runner.offset_s == 0
    runner.start()
    rec.take()
    runner.start()
    runner.resume()
    runner.pause()
    runner.pause()
    assert rec.take() == [("state_changed", RunState.PAUSED)]


# -- callbacks that command the runner --------------------------------------------------


def test_commands_from_callbacks_follow_the_pending_events():
    clock, runner, rec = setup()
    runner.phase_started.connect(lambda phase: runner.pause() if phase.index == 1 else None)
    runner.start()
    clock.advance(5)
    runner.tick()
    assert rec.events[-2:] == [("phase_started", 1), ("state_changed", RunState.PAUSED)]
    assert runner.state is RunState.PAUSED and rec.names("countdown") == []


def test_stop_from_a_callback_silences_the_rest_of_the_run():
    clock, runner, rec = setup()
    runner.exercise_done.connect(lambda item: runner.stop("pain"))
    runner.start()
    clock.advance(60)
    runner.tick()
    names = [name for name, _ in rec.events]
    assert names[-4:] == ["exercise_done", "phase_started", "state_changed", "stopped"]
    clock.advance(100)
    runner.tick()
    assert names == [name for name, _ in rec.events]


# -- random command sequences -----------------------------------------------------------

doses = st.builds(
    make_exercise,
    hold_s=st.integers(1, 8),
    reps=st.integers(1, 3),
    sides=st.sampled_from(["none", "each", "alternate"]),
    rest_s=st.integers(0, 6),
)
routines = st.lists(doses, min_size=1, max_size=3).map(
    lambda exercises: make_routine(*(make_item(e) for e in exercises))
)
jumps = st.one_of(
    st.just(0.0),
    st.sampled_from([0.001, 0.5, 1.0, 2.0, 3.0, 5.0]),
    st.floats(0, 20, allow_nan=False),
    st.floats(100, 1e6, allow_nan=False),
)


class RunnerMachine(RuleBasedStateMachine):
    """Random commands and clock jumps; the runner's promises hold after every step."""

    @initialize(routine=routines)
    def build(self, routine):
        self.clock = ManualClock()
        self.runner = Runner(routine, self.clock)
        self.rec = Recorder(self.runner)
        self.last_remaining = float(self.runner.total_s)
        self.last_done = 0.0
        self.rewound = False
        self.jumped = False
        self.synced_at = self.clock.mono
        self.runner.countdown.connect(self.check_countdown)

    def check_countdown(self, number):
        runner = self.runner
        assert runner.state is RunState.RUNNING and runner.phase.kind is PhaseKind.HOLD
        assert number == math.ceil(runner.phase_remaining_s)

    def call(self, command, *args):
        """Run a command; a tick, or each half of a command (catch up, act), emits at most
        one phase start and one countdown number."""
        before = len(self.rec.events)
        command(*args)
        new = [name for name, _ in self.rec.events[before:]]
        most = 1 if command == self.runner.tick else 2
        assert new.count("phase_started") <= most and new.count("countdown") <= most
        self.synced_at = self.clock.mono

    @rule(seconds=jumps)
    def advance(self, seconds):
        self.clock.advance(seconds)

    @rule(seconds=jumps)
    def advance_and_tick(self, seconds):
        runner = self.runner
        state, offset = runner.state, runner.offset_s
        self.clock.advance(seconds)
        expected = offset + (self.clock.mono - self.synced_at)
        self.call(runner.tick)
        if state is RunState.RUNNING:
            assert runner.offset_s == pytest.approx(min(runner.total_s, expected), abs=1e-5)
            if runner.state is RunState.RUNNING:
                assert runner.next_deadline() > self.clock.mono
        else:
            assert runner.offset_s == offset

    @rule()
    def start(self):
        self.call(self.runner.start)

    @rule()
    def pause(self):
        self.call(self.runner.pause)

    @rule()
    def resume(self):
        self.call(self.runner.resume)

    @rule()
    def toggle_pause(self):
        self.call(self.runner.toggle_pause)

    @rule()
    def skip(self):
        self.jumped = True
        self.call(self.runner.skip)

    @rule()
    def skip_exercise(self):
        self.jumped = True
        self.call(self.runner.skip_exercise)

    @rule()
    def back(self):
        self.rewound = True
        self.call(self.runner.back)

    @rule(reason=st.sampled_from(["user", "pain", "closed"]))
    def stop(self, reason):
        self.call(self.runner.stop, reason)

    @invariant()
    def remaining_never_grows_except_on_back(self):
        remaining = self.runner.remaining_s
        assert 0 <= remaining <= self.runner.total_s
        if not self.rewound:
            assert remaining <= self.last_remaining + 1e-9
        self.last_remaining, self.rewound = remaining, False

    @invariant()
    def phase_matches_offset(self):
        runner = self.runner
        assert runner.phase_index == runner.timeline.phase_at(runner.offset_s)
        assert runner.phase.start_s <= runner.offset_s <= runner.phase.end_s
        assert 0 <= runner.progress <= 1

    @invariant()
    def seconds_done_is_monotone_and_bounded(self):
        done = self.runner.seconds_done
        assert self.last_done <= done <= self.runner.total_hold_s
        self.last_done = done

    @invariant()
    def events_agree_with_the_state(self):
        runner, events = self.runner, self.rec.events
        finished = self.rec.names("finished")
        stopped = self.rec.names("stopped")
        assert len(finished) == (runner.state is RunState.FINISHED)
        assert len(stopped) == (runner.state is RunState.STOPPED)
        if finished or stopped:
            assert events[-1][0] in ("finished", "stopped")
            assert events[-2] == ("state_changed", runner.state)
        states = self.rec.names("state_changed")
        if states:
            assert states[-1] is runner.state
        done = self.rec.names("exercise_done")
        assert len(done) == len(set(done)) and set(done) == runner.items_done
        started = self.rec.names("phase_started")
        if runner.state in (RunState.RUNNING, RunState.PAUSED):
            assert started[-1] == runner.phase_index

    @invariant()
    def uninterrupted_runs_complete_everything(self):
        runner = self.runner
        if runner.state is RunState.FINISHED and not self.jumped:
            assert runner.seconds_done == pytest.approx(runner.total_hold_s)
            assert runner.items_done == set(range(len(runner.routine.items)))


TestRunnerMachine = RunnerMachine.TestCase
TestRunnerMachine.settings = settings(
    max_examples=150,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def test_start_while_running_catches_up_like_any_command():
    clock = ManualClock()
    runner = Runner(make_routine(make_exercise(hold_s=30)), clock)
    runner.start()
    clock.advance(0.5)
    runner.start()
    assert runner.offset_s == 0.5


def test_a_long_rest_before_a_side_switch_is_kept_and_the_switch_comes_after_it():
    routine = make_routine(make_exercise("lunge", hold_s=10, reps=2, sides="each", rest_s=40))
    clock, runner, rec = setup(routine)
    phases = runner.timeline.phases
    switch = next(p for p in phases if p.kind is PhaseKind.SWITCH)
    assert switch.duration_s == 40  # the rest, longer than a plain switch, is not cut short
    assert phases[switch.index - 1].side is Side.LEFT and phases[switch.index + 1].side is Side.RIGHT
    runner.start()
    clock.mono = switch.start_s + 1000 + 39
    runner.tick()
    assert runner.phase.kind is PhaseKind.SWITCH  # still resting before the right side
    assert rec.names("side_switched") == [switch.index]
    clock.mono = switch.start_s + 1000 + 40
    runner.tick()
    assert runner.phase.kind is PhaseKind.HOLD and runner.phase.side is Side.RIGHT
    assert runner.timeline.total_s == 5 + 4 * 10 + 2 * 40 + 40  # count-in, holds, two rests, the switch
