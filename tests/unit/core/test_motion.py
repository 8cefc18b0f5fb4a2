"""Animated figures: where the pose is at each moment of a phase, and keyframe blending."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.core.announce import frame_index
from coach.core.motion import MOVE_S, Motion, blend, cycles, ease, motion_for, sample
from coach.core.timeline import PhaseKind, build_timeline
from tests.helpers.factories import make_exercise, make_routine

TWO = (Path("x-start.svg"), Path("x-end.svg"))


def phases(routine):
    return build_timeline(routine.items).phases


def first(routine, kind):
    return next(p for p in phases(routine) if p.kind is kind)


def test_a_held_move_eases_into_its_end_then_holds_still():
    routine = make_routine(make_exercise("bridge", hold_s=10, reps=3, rest_s=5, images=TWO))
    motion = motion_for(routine, first(routine, PhaseKind.HOLD))
    assert motion is not None
    assert motion.at(0) == 0 and motion.moving(0)
    assert 0 < motion.at(MOVE_S / 2) < 1 and motion.moving(MOVE_S / 2)
    assert motion.at(MOVE_S) == 1 and not motion.moving(MOVE_S)
    assert motion.at(9.5) == 1 and not motion.moving(9.5)  # still for the rest of the hold


def test_the_rest_after_a_held_move_eases_back_to_the_start():
    routine = make_routine(make_exercise("bridge", hold_s=10, reps=3, rest_s=5, images=TWO))
    motion = motion_for(routine, first(routine, PhaseKind.REST))
    assert motion is not None
    assert motion.at(0) == 1 and motion.moving(0.1)
    assert motion.at(4) == 0 and not motion.moving(4)


def test_a_flowing_move_crosses_to_its_end_at_half_time_and_back_as_the_rep_ends():
    routine = make_routine(make_exercise("cat-cow", hold_s=20, reps=5, images=TWO))
    motion = motion_for(routine, first(routine, PhaseKind.HOLD))
    assert motion is not None
    assert motion.at(0) == 0 and not motion.moving(0) and not motion.moving(8.5)  # resting on the start
    assert motion.moving(10) and 0 < motion.at(10) < 1  # crossing over at half time
    assert motion.at(12) == 1 and not motion.moving(12)  # resting on the end
    assert motion.moving(19.5) and motion.at(20) == 0  # back to the start for the next rep
    moving = sum(motion.moving(s / 10) for s in range(200)) / 200
    assert moving <= 2 * MOVE_S / 20 + 0.01  # still most of the time


def test_a_quick_flowing_rep_still_rests_at_each_end():
    routine = make_routine(make_exercise("march", hold_s=2, reps=10, images=TWO))
    motion = motion_for(routine, first(routine, PhaseKind.HOLD))
    assert motion is not None
    assert motion.at(1.3) == 1 and not motion.moving(1.3)
    assert motion.at(2) == 0


def test_the_still_pose_agrees_with_the_frame_shown_without_animation():
    for ex in (
        make_exercise("bridge", hold_s=10, reps=3, rest_s=5, images=TWO),
        make_exercise("cat-cow", hold_s=20, reps=5, images=TWO),
        make_exercise("march", hold_s=2, reps=10, images=TWO),
        make_exercise("knee-hug", hold_s=10, reps=2, sides="alternate", images=TWO),
    ):
        routine = make_routine(ex)
        for phase in phases(routine):
            motion = motion_for(routine, phase)
            assert motion is not None
            for fraction in (0.0, 0.3, 0.6, 0.85, 0.95):
                at = fraction * phase.duration_s
                if not motion.moving(at):
                    assert round(motion.at(at)) == frame_index(routine, phase, fraction), (ex.id, phase)


def test_getting_ready_and_switching_sides_show_the_start_still():
    routine = make_routine(make_exercise("knee-hug", hold_s=10, reps=2, sides="each", images=TWO))
    for kind in (PhaseKind.COUNT_IN, PhaseKind.SWITCH):
        motion = motion_for(routine, first(routine, kind))
        assert motion is not None and motion.at(1) == 0 and not motion.moving(1)


def test_single_pictures_do_not_move():
    routine = make_routine(make_exercise("hip-circles", images=(Path("hip-circles.svg"),)))
    assert motion_for(routine, first(routine, PhaseKind.HOLD)) is None


def test_a_short_hold_moves_in_less_than_half_its_time():
    routine = make_routine(make_exercise("tilt", hold_s=2, reps=3, rest_s=2, images=TWO))
    motion = motion_for(routine, first(routine, PhaseKind.HOLD))
    assert motion is not None and not motion.moving(1.0) and motion.at(1.0) == 1


@given(st.floats(-1, 2))
def test_ease_stays_between_its_ends_and_never_runs_backwards(x):
    assert 0 <= ease(x) <= 1
    assert ease(x) <= ease(x + 0.01)


def test_blend_and_sample_interpolate_between_keyframes():
    assert blend([0.0, 10.0], [10.0, 30.0], 0.25) == [2.5, 15.0]
    keys = [[0.0], [10.0], [40.0]]
    assert sample(keys, 0.0) == [0.0] and sample(keys, 1.0) == [40.0]
    assert sample(keys, 0.25) == [5.0] and sample(keys, 0.75) == [25.0]
    assert sample(keys, 1.5) == [40.0]  # clamped
    with pytest.raises(ValueError):
        blend([1.0], [1.0, 2.0], 0.5)


def test_a_motion_with_one_key_is_still():
    assert not Motion(((0.0, 1.0),)).moving(0) and Motion(((0.0, 1.0),)).at(5) == 1


def test_the_runner_tells_the_time_between_ticks_without_advancing():
    from coach.core.clock import ManualClock
    from coach.core.runner import Runner

    clock = ManualClock()
    runner = Runner(make_routine(make_exercise("bridge", hold_s=10, images=TWO)), clock)
    started = []
    runner.phase_started.connect(started.append)
    runner.start()
    clock.advance(1.3)
    assert runner.phase_elapsed_now() == pytest.approx(1.3)
    assert runner.phase_elapsed_s == 0  # the queries still describe the last tick
    clock.advance(60)
    assert runner.phase_elapsed_now() == runner.phase.duration_s  # never runs into the next phase
    assert len(started) == 1  # and nothing was emitted
    runner.tick()
    runner.pause()
    frozen = runner.phase_elapsed_now()
    clock.advance(3)
    assert runner.phase_elapsed_now() == frozen


def test_next_move_tells_a_resting_figure_when_to_wake():
    routine = make_routine(make_exercise("cat-cow", hold_s=20, reps=5, images=TWO))
    motion = motion_for(routine, first(routine, PhaseKind.HOLD))
    assert motion is not None
    assert motion.next_move(0) == pytest.approx(10 - MOVE_S / 2)
    assert motion.next_move(12) == pytest.approx(20 - MOVE_S)
    assert motion.next_move(19.9) is None
    assert Motion(((0.0, 0.0),)).next_move(0) is None


def test_a_repeated_movement_goes_out_and_back_every_cycle_and_ends_at_the_start():
    routine = make_routine(make_exercise("march", hold_s=30, images=TWO))
    hold = first(routine, PhaseKind.HOLD)
    motion = motion_for(routine, hold, cycle_s=1.6)
    assert motion is not None
    assert motion.moving(0) and motion.at(0.8) == 1 and motion.at(1.6) == 0
    assert motion.at(16 + 0.8) == 1  # still marching ten cycles in
    assert motion.at(30) == 0 and not motion.moving(29.9)  # 18 whole cycles, then standing
    assert motion == cycles(30, 1.6)


def test_a_repeated_movement_rests_still_after_its_hold():
    routine = make_routine(make_exercise("ball", hold_s=30, reps=2, rest_s=5, images=TWO))
    rest = first(routine, PhaseKind.REST)
    motion = motion_for(routine, rest, cycle_s=8.0)
    assert motion is not None and motion.at(0) == 0 and not motion.moving(0)


def test_a_hold_shorter_than_the_cycle_moves_as_usual():
    routine = make_routine(make_exercise("calf", hold_s=2, reps=10, rest_s=1, images=TWO))
    assert motion_for(routine, first(routine, PhaseKind.HOLD), 8.0) == motion_for(
        routine, first(routine, PhaseKind.HOLD)
    )


def test_sides_taking_turns_hold_the_end_rather_than_flow():
    routine = make_routine(make_exercise("knee-hug", hold_s=10, reps=3, sides="alternate", images=TWO))
    motion = motion_for(routine, first(routine, PhaseKind.HOLD))
    assert motion is not None and motion.at(MOVE_S) == 1 and motion.at(9.9) == 1
    assert frame_index(routine, first(routine, PhaseKind.HOLD), 0.1) == 1
