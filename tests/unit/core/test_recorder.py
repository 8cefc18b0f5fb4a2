"""The session recorder: what a routine that reached its end is logged as."""

from __future__ import annotations

from coach.core.clock import ManualClock
from coach.core.recorder import SessionRecorder
from coach.core.runner import Runner
from tests.helpers.factories import make_exercise, make_routine
from tests.helpers.fakes import RecordingSessionSink


def _run(skip_first: bool):
    clock = ManualClock()
    routine = make_routine(make_exercise("a", hold_s=10), make_exercise("b", hold_s=10), id="r", name="R")
    runner = Runner(routine, clock)
    sink = RecordingSessionSink()
    recorder = SessionRecorder(runner, sink)
    runner.start()
    if skip_first:
        runner.skip_exercise()
    for _ in range(200):
        if recorder.outcome is not None:
            break
        clock.advance(max(0.05, runner.phase_remaining_s))
        runner.tick()
    return runner, sink.rows[1]


def test_a_routine_played_through_is_completed():
    runner, row = _run(skip_first=False)
    assert runner.played_through
    assert row["outcome"] == "completed" and row["done"] == row["planned"]


def test_a_routine_with_an_exercise_skipped_is_partial_though_it_reached_its_end():
    runner, row = _run(skip_first=True)
    assert not runner.played_through
    assert row["outcome"] == "partial" and row["ended"]
    assert row["done"] < row["planned"]
