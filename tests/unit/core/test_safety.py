"""The safety module: wording present and well formed, backbend filters, pain-trend advice."""

from __future__ import annotations

import dataclasses
import re

import pytest

from coach.core.safety import (
    CAUSES,
    DISCLAIMER,
    DOCTOR_QUESTIONS,
    FLEXION_BREAK_TIP,
    MOVEMENT_REASSURANCE,
    PAIN_ON_A_WALK,
    RED_FLAGS,
    STOP_RULES,
    WALKING_CHECKLIST,
    RedFlagGroup,
    Urgency,
    offered,
    pain_advice,
    pain_rising,
    routine_allowed,
)
from tests.helpers.factories import make_exercise, make_routine

PHONE = re.compile(r"\b\d{3}\b")


def _sentences(texts):
    for text in texts:
        assert text == text.strip() and text, text
        assert text[0].isupper(), text
        assert text[-1] in ".?", text


# -- wording ------------------------------------------------------------------------------------


def test_disclaimer_says_not_medical_advice_and_when_to_stop():
    text = DISCLAIMER.lower()
    assert "not medical advice" in text
    assert "doctor" in text and "physiotherapist" in text
    assert "new pain" in text
    assert "below the knee" in text and "tingling" in text


def test_stop_rules_cover_the_in_session_rules():
    _sentences(STOP_RULES)
    joined = " ".join(STOP_RULES).lower()
    assert "below the knee" in joined
    assert "new pain" in joined
    assert "severe" in joined and "doctor" in joined
    assert "bounce" in joined


def test_red_flag_groups_come_in_order_of_urgency():
    assert [g.urgency for g in RED_FLAGS] == [Urgency.EMERGENCY, Urgency.URGENT, Urgency.SOON]
    assert list(Urgency) == [Urgency.EMERGENCY, Urgency.URGENT, Urgency.SOON]
    assert Urgency.EMERGENCY == "emergency"


@pytest.mark.parametrize("group", RED_FLAGS, ids=lambda g: g.urgency.value)
def test_every_red_flag_group_is_complete(group: RedFlagGroup):
    assert group.title and group.action
    assert len(group.items) >= 3
    assert isinstance(group.items, tuple)
    _sentences(group.items)
    _sentences([group.action])
    assert len(set(group.items)) == len(group.items)


def test_red_flag_groups_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        RED_FLAGS[0].title = "changed"  # type: ignore[misc]


def test_emergency_group_covers_cauda_equina_and_leg_signs():
    emergency = " ".join(RED_FLAGS[0].items).lower()
    for sign in ("bladder", "bowel", "genitals", "both legs", "weakness", "accident", "chest"):
        assert sign in emergency, sign
    assert "emergency" in RED_FLAGS[0].action.lower()


def _group(urgency: Urgency) -> str:
    return " ".join(next(g for g in RED_FLAGS if g.urgency is urgency).items).lower()


def test_one_sided_sciatica_is_soon_or_today_never_an_emergency():
    soon, today, emergency = _group(Urgency.SOON), _group(Urgency.URGENT), _group(Urgency.EMERGENCY)
    assert "down one leg" in soon and "sciatica" in soon
    assert "down one leg" in today and "severe or getting worse" in today
    assert "one leg" not in emergency and "sciatica" not in emergency
    assert "shooting pain running down the back of your legs" not in emergency


def test_emergency_leg_signs_are_both_legs_weakness_saddle_or_bladder_and_bowel():
    emergency = _group(Urgency.EMERGENCY)
    assert "both legs" in emergency
    assert "leg pain together with weakness" in emergency
    assert "saddle" in emergency
    assert "bladder" in emergency and "bowel" in emergency


def test_sudden_back_and_belly_pain_is_an_emergency():
    assert "sudden, severe pain in your back and belly" in _group(Urgency.EMERGENCY)
    assert "belly" not in _group(Urgency.URGENT) + _group(Urgency.SOON)


def test_every_sign_sits_in_exactly_one_group():
    items = [item for group in RED_FLAGS for item in group.items]
    assert len(items) == len(set(items))
    numb_buttocks = [
        g.urgency
        for g in RED_FLAGS
        for item in g.items
        if "buttock" in item.lower() and "numb" in item.lower()
    ]
    assert numb_buttocks == [Urgency.EMERGENCY]


def test_phone_numbers_only_as_examples():
    for group in RED_FLAGS:
        if PHONE.search(group.action):
            assert "such as" in group.action or "for example" in group.action, group.action


def test_urgent_and_soon_groups_cover_the_notes():
    urgent = " ".join(RED_FLAGS[1].items).lower()
    for sign in ("fever", "weight loss", "cancer", "night", "sneeze", "shoulder blades"):
        assert sign in urgent, sign
    soon = " ".join(RED_FLAGS[2].items).lower()
    for sign in ("tingling", "few minutes of walking", "spasms", "two weeks"):
        assert sign in soon, sign


def test_walking_checklist_and_flexion_tip():
    _sentences(WALKING_CHECKLIST)
    joined = " ".join(WALKING_CHECKLIST).lower()
    for point in (
        "upright",
        "head",
        "shoulders",
        "arms",
        "knees",
        "stride",
        "shoes",
        "ground",
        "heel first",
        "weight evenly",
        "soft",
    ):
        assert point in joined, point
    assert "hip-width" not in joined  # the source says feet in line with the shoulders
    assert "10 to 15 seconds" in FLEXION_BREAK_TIP
    assert "forward" in FLEXION_BREAK_TIP


def test_pain_on_a_walk_says_stop_sit_lean_cold_or_heat_and_pharmacist():
    _sentences(PAIN_ON_A_WALK)
    joined = " ".join(PAIN_ON_A_WALK).lower()
    for point in ("stop and sit down", "lean forward", "cold pack", "warm pack", "pharmacist"):
        assert point in joined, point


def test_causes_name_stenosis_sciatica_piriformis_and_psoas_in_plain_words():
    names = " ".join(c.name for c in CAUSES).lower()
    for cause in ("stenosis", "sciatica", "piriformis", "psoas", "tired muscles"):
        assert cause in names, cause
    for cause in CAUSES:
        _sentences([cause.text])
        assert len(cause.text) < 400, cause.name


def test_movement_reassurance_says_pain_is_usually_no_reason_to_stop():
    text = MOVEMENT_REASSURANCE.lower()
    assert "not a reason to stop" in text and "walking" in text


def test_doctor_questions_are_questions():
    assert len(DOCTOR_QUESTIONS) >= 4
    for question in DOCTOR_QUESTIONS:
        assert question.endswith("?")
    joined = " ".join(DOCTOR_QUESTIONS).lower()
    assert "mri" in joined and "physiotherapy" in joined


# -- filters -------------------------------------------------------------------------------------


def _mixed():
    return [
        make_exercise("forward"),
        make_exercise("backbend", bends_backward=True),
        make_exercise("knee", position="lying"),
    ]


def test_offered_keeps_everything_by_default():
    exercises = _mixed()
    assert offered(exercises, avoid_backward_bending=False) == tuple(exercises)


def test_offered_drops_backbends_when_asked_and_keeps_order():
    got = offered(iter(_mixed()), avoid_backward_bending=True)
    assert [e.id for e in got] == ["forward", "knee"]


def test_routine_allowed():
    plain = make_routine(make_exercise("forward"), make_exercise("knee"))
    arched = make_routine(make_exercise("forward"), make_exercise("back", bends_backward=True))
    assert routine_allowed(plain, avoid_backward_bending=True)
    assert routine_allowed(plain, avoid_backward_bending=False)
    assert routine_allowed(arched, avoid_backward_bending=False)
    assert not routine_allowed(arched, avoid_backward_bending=True)


# -- pain advice ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ratings",
    [
        [],
        [3],
        [2, 3],  # only two ratings: too few to call a trend
        [3, 3, 3],
        [2, 4, 4],  # not strictly rising
        [5, 4, 3],
        [6, 6, 6, 6, 6, 6],
        [1, 1, 1, 2, 3, 2],  # means 1 then 2.33: a rise of 1.33
    ],
)
def test_no_advice_when_pain_is_low_and_steady(ratings):
    assert pain_advice(ratings) is None
    assert not pain_rising(ratings)


@pytest.mark.parametrize("ratings", [[7], [0, 7, 0], [10, 1, 1, 1], [2, 9]])
def test_high_rating_always_advises(ratings):
    advice = pain_advice(ratings)
    assert advice is not None
    assert "doctor or physiotherapist" in advice
    assert f"{max(ratings)} out of 10" in advice


def test_six_is_below_the_high_pain_threshold():
    assert pain_advice([6]) is None
    assert pain_advice([6, 6]) is None


@pytest.mark.parametrize("ratings", [[1, 2, 3], [0, 0, 1, 2, 5], [5, 5, 2, 4, 6]])
def test_three_strictly_rising_ratings_advise(ratings):
    assert pain_rising(ratings)
    advice = pain_advice(ratings)
    assert advice is not None and "going up" in advice
    assert "doctor or physiotherapist" in advice


def test_mean_jump_of_exactly_two_is_rising():
    ratings = [1, 1, 1, 3, 3, 3]  # means 1 then 3: exactly 2 up, last three flat
    assert pain_rising(ratings)
    assert pain_advice(ratings) is not None


def test_mean_jump_just_under_two_is_not_rising():
    ratings = [1, 1, 1, 3, 3, 2]  # means 1 then 2.67
    assert not pain_rising(ratings)
    assert pain_advice(ratings) is None


def test_only_the_latest_ratings_count_for_the_trend():
    assert not pain_rising([1, 2, 3, 3, 3, 3, 3, 3])  # rose long ago, steady since
    assert pain_advice([1, 2, 3, 3, 3, 3, 3, 3]) is None


def test_high_pain_message_wins_over_rising():
    advice = pain_advice([4, 5, 8])
    assert advice is not None and "8 out of 10" in advice


@pytest.mark.parametrize("bad", [[-1], [11], [3, 2.5], [True], ["4"]])
def test_bad_ratings_are_refused(bad):
    with pytest.raises(ValueError, match="pain rating"):
        pain_advice(bad)


def test_suitable_routine_swaps_backbends_for_those_who_avoid_them():
    from coach.core.safety import suitable_routine
    from tests.helpers.factories import make_exercise, make_routine

    arch = make_exercise("standing-backbend", bends_backward=True)
    bend = make_exercise("forward-bend", hold_s=15)
    desk = make_routine(arch, bend, id="desk-break", purpose="movement-break")
    free = make_routine(bend, id="extension-free-desk-break", purpose="movement-break")
    other = make_routine(bend, bend, id="other-break", purpose="movement-break")
    routines = {r.id: r for r in (desk, free, other)}
    assert suitable_routine(routines, "desk-break", False) is desk
    assert suitable_routine(routines, "desk-break", True) is free
    del routines["extension-free-desk-break"]
    assert suitable_routine(routines, "desk-break", True) is other
    assert suitable_routine(routines, "missing", True) is None
    assert suitable_routine({"desk-break": desk}, "desk-break", True) is None


def test_forward_bends_are_left_out_for_those_they_hurt():
    fold = make_exercise("fold", bends_forward=True)
    arch = make_exercise("arch", bends_backward=True)
    both = make_exercise("cat-cow", bends_forward=True, bends_backward=True)
    flat = make_exercise("march")
    exercises = [fold, arch, both, flat]
    assert offered(exercises, False, avoid_forward_bending=True) == (arch, flat)
    assert offered(exercises, True, avoid_forward_bending=True) == (flat,)
    assert offered(exercises, True) == (fold, flat)
    assert routine_allowed(make_routine(flat, arch), False, avoid_forward_bending=True)
    assert not routine_allowed(make_routine(flat, fold), False, avoid_forward_bending=True)


def test_suitable_routine_finds_a_twin_or_neighbour_for_either_answer():
    from coach.core.safety import suitable_routine

    fold = make_exercise("forward-bend", bends_forward=True, hold_s=15)
    arch = make_exercise("standing-backbend", bends_backward=True)
    flat = make_exercise("march", hold_s=20)
    desk = make_routine(arch, fold, id="desk-break", purpose="movement-break")
    neutral = make_routine(flat, id="neutral-desk-break", purpose="movement-break")
    longer = make_routine(flat, flat, flat, id="long-break", purpose="movement-break")
    routines = {r.id: r for r in (desk, neutral, longer)}
    assert suitable_routine(routines, "desk-break", False, avoid_forward_bending=True) is neutral
    del routines["neutral-desk-break"]
    assert suitable_routine(routines, "desk-break", False, avoid_forward_bending=True) is longer
    assert suitable_routine(routines, "long-break", True, avoid_forward_bending=True) is longer
