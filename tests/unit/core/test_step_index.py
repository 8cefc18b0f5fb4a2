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


def test_a_movement_says_keep_moving_where_a_stretch_says_hold():
    from coach.core.announce import moving, phase_title, phase_word, spoken
    from coach.core.model import Dose

    routine, phases = _phases(3)
    hold = phases[PhaseKind.HOLD]
    assert not moving(routine, hold) and phase_title(hold) == "Hold"
    assert spoken(routine, hold).endswith("hold for 10 seconds.")
    item = routine.items[0]
    march = type(routine)(
        routine.id, routine.name, routine.summary, routine.purpose,
        (type(item)(item.exercise, Dose(hold_s=10, reps=2, rest_s=5, move="March for {duration}")),),
        routine.path, routine.origin,
    )  # fmt: skip
    assert moving(march, hold)
    assert phase_title(hold, moving(march, hold)) == "Keep moving"
    assert phase_word(hold, True) == "keep moving"
    assert spoken(march, hold).endswith("keep moving for 10 seconds.")
    assert phase_title(phases[PhaseKind.REST], True) == "Rest"  # only the moving time changes its word


HOLD_WORDS = ("hold", "stay", "pause", "breath", "breathe", "keep")
TIP_STARTS = ("if ", "once ", "you can ", "tip:")


def _shipped():
    from coach import paths
    from coach.core.library import load_library
    from coach.core.model import Routine

    library = load_library(paths.library_dirs())
    assert library.valid
    for exercise in library.exercises.values():
        routine = Routine.single(exercise)
        yield exercise, routine, build_timeline(routine.items).phases


def test_every_shipped_exercise_highlights_its_hold_step_while_held():
    checked = 0
    for exercise, routine, phases in _shipped():
        steps = [s.lower() for s in exercise.steps]
        for phase in phases:
            if phase.kind is not PhaseKind.HOLD:
                continue
            late = step_index(routine, phase, 0.8)  # well into the hold: the hold step, never a tip
            assert not steps[late].startswith(TIP_STARTS), (exercise.id, exercise.steps[late])
            if len(steps) >= 3:
                assert late != len(steps) - 1, f"{exercise.id}: coming back is highlighted during the hold"
            if not exercise.dose.moving and len(steps) >= 3:
                assert any(w in steps[late] for w in HOLD_WORDS), (exercise.id, exercise.steps[late])
                checked += 1
    assert checked > 15


def test_every_shipped_exercise_comes_back_in_its_last_step_and_has_no_tips_among_its_steps():
    for exercise, routine, phases in _shipped():
        steps = [s.lower() for s in exercise.steps]
        assert not any(s.startswith(TIP_STARTS) for s in steps), exercise.id  # tips go in cautions
        for phase in phases:
            if phase.kind is PhaseKind.REST:
                shown = steps[step_index(routine, phase, 0.5)]
                assert not any(w in shown.split(",")[0] for w in ("hold", "stay")), (exercise.id, shown)
