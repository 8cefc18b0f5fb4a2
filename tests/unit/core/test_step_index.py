"""Which step the player highlights follows the phase: set-up, moves and hold, coming back."""

from __future__ import annotations

from coach.core.announce import step_index
from coach.core.timeline import PhaseKind, build_timeline
from tests.helpers.factories import make_exercise, make_routine


def _phases(steps: int):
    exercise = make_exercise("x", hold_s=10, reps=2, rest_s=5, steps=tuple(f"step {i}" for i in range(steps)))
    routine = make_routine(exercise)
    return routine, {phase.kind: phase for phase in build_timeline(routine.items).phases}


def test_getting_ready_shows_the_set_up_step():
    routine, phases = _phases(5)
    assert step_index(routine, phases[PhaseKind.COUNT_IN], 0.5) == 0


def test_a_hold_walks_through_the_moves_and_stays_on_the_hold_step():
    routine, phases = _phases(5)
    hold = phases[PhaseKind.HOLD]
    seen = [step_index(routine, hold, f / 10) for f in range(11)]
    assert seen[0] == 1
    assert seen == sorted(seen)
    assert seen[-1] == 3  # the step before coming back
    assert seen[6] == 3  # reached by 60 % of the hold


def test_a_rest_shows_coming_back():
    routine, phases = _phases(5)
    assert step_index(routine, phases[PhaseKind.REST], 0.1) == 4


def test_one_step_is_always_highlighted():
    routine, phases = _phases(1)
    assert {step_index(routine, p, 0.7) for p in phases.values()} == {0}
