"""Safety wording and rules: disclaimer, stop rules, red flags, filters and pain-trend advice."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.model import Exercise, Routine

DISCLAIMER = QT_TRANSLATE_NOOP(
    "Safety",
    "Coach is a self-care aid, not medical advice. It cannot examine you and does not replace "
    "a doctor or physiotherapist. Stop any exercise that causes new pain, or pain or tingling "
    "that spreads down your leg below the knee, and get it checked.",
)

STOP_RULES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Safety", "Move only into mild tension, never into pain, and never bounce."),
    QT_TRANSLATE_NOOP(
        "Safety", "If an exercise makes your symptoms worse or brings on a new pain, stop that exercise."
    ),
    QT_TRANSLATE_NOOP(
        "Safety", "If pain or tingling spreads down your leg below the knee, stop straight away."
    ),
    QT_TRANSLATE_NOOP(
        "Safety",
        "If bending forward or backward makes your back or leg pain worse, tell Coach in Settings "
        "and it leaves out the exercises that bend that way.",
    ),
    QT_TRANSLATE_NOOP("Safety", "If the pain is severe while you try the exercises, stop and see a doctor."),
)

REASSURANCE = QT_TRANSLATE_NOOP(
    "Safety",
    "Most back pain is not serious and gets better within a few weeks. Some soreness while "
    "you move does not mean you are doing harm, and staying gently active helps you recover.",
)

MOVEMENT_REASSURANCE = QT_TRANSLATE_NOOP(
    "Safety",
    "Back pain when you walk is common and usually treatable. It is usually not a reason to "
    "stop moving: keeping active, walking included, is one of the best things for a sore back.",
)


class Urgency(StrEnum):
    """How soon a warning sign needs a professional to look at it."""

    EMERGENCY = "emergency"
    URGENT = "urgent"
    SOON = "soon"


@dataclass(frozen=True)
class RedFlagGroup:
    """Warning signs that call for the same action."""

    urgency: Urgency
    title: str
    action: str
    items: tuple[str, ...]


RED_FLAGS: tuple[RedFlagGroup, ...] = (
    RedFlagGroup(
        urgency=Urgency.EMERGENCY,
        title=QT_TRANSLATE_NOOP("Safety", "Go to the emergency department now"),
        action=(
            QT_TRANSLATE_NOOP(
                "Safety",
                "Stop exercising. Call your local emergency number (such as 911, 999 or 112) "
                "or go straight to the nearest emergency department. Do not wait to see if it passes.",
            )
        ),
        items=(
            QT_TRANSLATE_NOOP(
                "Safety",
                "New trouble peeing: you can't start or stop, you leak, or you can't tell when "
                "your bladder is full or empty.",
            ),
            QT_TRANSLATE_NOOP(
                "Safety", "New loss of bowel control, or not feeling when you need to open your bowels."
            ),
            QT_TRANSLATE_NOOP(
                "Safety",
                "Numbness, tingling or a strange feeling in the saddle area: around your genitals, "
                "buttocks, inner thighs or back passage, for example not feeling the toilet paper "
                "when you wipe.",
            ),
            QT_TRANSLATE_NOOP("Safety", "Pain, tingling, numbness or weakness in both legs."),
            QT_TRANSLATE_NOOP(
                "Safety",
                "Leg pain together with weakness: a leg that gives way or feels like jelly, new "
                "trouble walking, or a foot that drags or catches.",
            ),
            QT_TRANSLATE_NOOP(
                "Safety",
                "New loss of sexual function, such as trouble getting an erection or ejaculating, "
                "or no feeling in your genitals.",
            ),
            QT_TRANSLATE_NOOP(
                "Safety",
                "Sudden, severe pain in your back and belly together, especially if you are older, "
                "or if you also feel faint, sweaty or short of breath.",
            ),
            QT_TRANSLATE_NOOP("Safety", "Back pain that started after a serious accident, fall or blow."),
            QT_TRANSLATE_NOOP("Safety", "Chest pain together with back pain."),
        ),
    ),
    RedFlagGroup(
        urgency=Urgency.URGENT,
        title=QT_TRANSLATE_NOOP("Safety", "See a doctor today"),
        action=(
            QT_TRANSLATE_NOOP(
                "Safety",
                "Pause your exercises and get a same-day appointment with a doctor or an urgent "
                "care service (in the UK, for example, NHS 111).",
            )
        ),
        items=(
            QT_TRANSLATE_NOOP(
                "Safety",
                "Pain shooting down one leg (sciatica) that is severe or getting worse day by day.",
            ),
            QT_TRANSLATE_NOOP(
                "Safety", "A fever or high temperature, or feeling generally unwell, along with back pain."
            ),
            QT_TRANSLATE_NOOP("Safety", "Weight loss you can't explain."),
            QT_TRANSLATE_NOOP("Safety", "New back pain when you have had cancer."),
            QT_TRANSLATE_NOOP("Safety", "A lump or swelling on your back, or your back has changed shape."),
            QT_TRANSLATE_NOOP(
                "Safety", "Pain that doesn't ease with rest, or is worse at night or when you lie down."
            ),
            QT_TRANSLATE_NOOP("Safety", "Pain that gets worse when you sneeze, cough or go to the toilet."),
            QT_TRANSLATE_NOOP(
                "Safety", "Pain high up between your shoulder blades rather than in your lower back."
            ),
            QT_TRANSLATE_NOOP(
                "Safety",
                "New back pain when you take steroids long term, have osteoporosis, or are older "
                "and have had even a small fall.",
            ),
            QT_TRANSLATE_NOOP(
                "Safety",
                "New back pain when your immune system is weakened, you inject drugs, or you "
                "have recently had an infection.",
            ),
        ),
    ),
    RedFlagGroup(
        urgency=Urgency.SOON,
        title=QT_TRANSLATE_NOOP("Safety", "Book a visit to a doctor or physiotherapist"),
        action=(
            QT_TRANSLATE_NOOP(
                "Safety",
                "Make an appointment in the next few days. Meanwhile keep moving gently, and skip "
                "any exercise that brings the symptoms on.",
            )
        ),
        items=(
            QT_TRANSLATE_NOOP(
                "Safety",
                "Pain that shoots from your back or buttock down one leg, often below the knee "
                "(sciatica), even when it is bearable.",
            ),
            QT_TRANSLATE_NOOP("Safety", "Numbness or tingling in one leg or foot, or in one hip."),
            QT_TRANSLATE_NOOP(
                "Safety",
                "Back or leg pain that comes on every time after only a few minutes of walking "
                "and eases when you sit down or bend forward.",
            ),
            QT_TRANSLATE_NOOP(
                "Safety",
                "Severe pain or muscle spasms: pain that is there all the time, makes it hard to "
                "think, talk or sleep, or makes it very hard to move, get out of bed, wash or dress.",
            ),
            QT_TRANSLATE_NOOP("Safety", "New back pain when you are under 20 or over 55."),
            QT_TRANSLATE_NOOP(
                "Safety", "Back pain that is no better after about two weeks of gentle exercise."
            ),
        ),
    ),
)

WALKING_CHECKLIST: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Safety", "Walk tall, with your upper body upright rather than leaning forward or back."
    ),
    QT_TRANSLATE_NOOP("Safety", "Keep your head balanced on top of your spine and your eyes looking ahead."),
    QT_TRANSLATE_NOOP("Safety", "Let your shoulders sit back and relaxed, in line with your neck."),
    QT_TRANSLATE_NOOP("Safety", "Let your arms swing freely at your sides, palms facing in."),
    QT_TRANSLATE_NOOP("Safety", "Keep your knees soft, slightly bent rather than locked."),
    QT_TRANSLATE_NOOP(
        "Safety",
        "Take your natural stride, with your feet pointing forward and about as far apart as "
        "your shoulders.",
    ),
    QT_TRANSLATE_NOOP("Safety", "Land on your heel first, then roll through the rest of your foot."),
    QT_TRANSLATE_NOOP(
        "Safety", "Spread your weight evenly over both feet, not onto the inner or outer edges."
    ),
    QT_TRANSLATE_NOOP("Safety", "Wear supportive shoes that hold up your arches."),
    QT_TRANSLATE_NOOP(
        "Safety",
        "Choose flat, soft or even ground, such as grass, a track or a treadmill, and avoid "
        "hills and rough ground while your back is sore.",
    ),
    QT_TRANSLATE_NOOP("Safety", "On a long walk, sit down for a short rest before the pain builds up."),
)

PAIN_ON_A_WALK: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Safety",
        "Stop and sit down somewhere safe. Standing still is often not enough: sitting takes "
        "the load off your lower back.",
    ),
    QT_TRANSLATE_NOOP(
        "Safety",
        "Lean forward while you sit, or bend forward toward your toes for 10 to 15 seconds, "
        "unless bending forward makes your pain worse.",
    ),
    QT_TRANSLATE_NOOP(
        "Safety",
        "Once you are back, a cold pack (or a bag of frozen peas wrapped in a cloth) or a warm "
        "pack on the sore spot can ease it.",
    ),
    QT_TRANSLATE_NOOP(
        "Safety",
        "Ask a pharmacist which pain reliever, if any, is safe for you to take with your "
        "health and other medicines.",
    ),
    QT_TRANSLATE_NOOP(
        "Safety",
        "If your back or legs hurt every time after only a few minutes of walking, book a "
        "visit to a doctor.",
    ),
)


@dataclass(frozen=True)
class Cause:
    """One common reason for back pain on a walk, in plain words."""

    name: str
    text: str


CAUSES: tuple[Cause, ...] = (
    Cause(
        QT_TRANSLATE_NOOP("Safety", "Tired muscles"),
        QT_TRANSLATE_NOOP(
            "Safety",
            "The muscles along your spine hold you upright with every step. After long hours "
            "of sitting they lose some strength and tire quickly. This is the most common "
            "reason, and regular movement helps most.",
        ),
    ),
    Cause(
        QT_TRANSLATE_NOOP("Safety", "Strains and sprains"),
        QT_TRANSLATE_NOOP(
            "Safety",
            "A muscle or ligament stretched too far, for example by starting too fast without "
            "warming up, can stay sore and flare up when you walk.",
        ),
    ),
    Cause(
        QT_TRANSLATE_NOOP("Safety", "Spinal stenosis"),
        QT_TRANSLATE_NOOP(
            "Safety",
            "With age the space for the nerves in the spine can narrow. Then standing and "
            "walking bring on pain or heavy legs, and sitting down or bending forward eases "
            "them, because bending forward opens the space again.",
        ),
    ),
    Cause(
        QT_TRANSLATE_NOOP("Safety", "Sciatica"),
        QT_TRANSLATE_NOOP(
            "Safety",
            "When something in the lower back, often a bulging disc, presses on the sciatic "
            "nerve, pain shoots from the buttock down the leg. It often flares after walking "
            "or standing for a long time.",
        ),
    ),
    Cause(
        QT_TRANSLATE_NOOP("Safety", "A tight piriformis or psoas"),
        QT_TRANSLATE_NOOP(
            "Safety",
            "The piriformis is a deep buttock muscle; when it is tight it can press on the "
            "sciatic nerve. The psoas runs from the lower spine through the front of the hip "
            "and tightens with long sitting, pulling on the lower back. Stretching, and a "
            "physiotherapist or massage therapist, can loosen both.",
        ),
    ),
    Cause(
        QT_TRANSLATE_NOOP("Safety", "Changes in the spine"),
        QT_TRANSLATE_NOOP(
            "Safety",
            "Worn discs and arthritis are common and normal with age. They can make the back "
            "stiff and sore when you move, and staying strong and active helps.",
        ),
    ),
    Cause(
        QT_TRANSLATE_NOOP("Safety", "Stress"),
        QT_TRANSLATE_NOOP(
            "Safety",
            "Stress changes how you sit and move and how strongly you feel pain. Moving, and "
            "whatever helps you unwind, eases both.",
        ),
    ),
)

FLEXION_BREAK_TIP = QT_TRANSLATE_NOOP(
    "Safety",
    "If your lower back tightens on a walk, stop, bend forward toward your toes for 10 to 15 "
    "seconds, roll up slowly and carry on. If bending forward makes your leg pain worse, sit "
    "down and rest instead.",
)

DOCTOR_QUESTIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Safety", "Did you find anything in my examination that could explain this pain?"),
    QT_TRANSLATE_NOOP("Safety", "Would an X-ray or MRI scan be useful in my case?"),
    QT_TRANSLATE_NOOP(
        "Safety", "Could anything in my blood tests or other results be adding to the problem?"
    ),
    QT_TRANSLATE_NOOP("Safety", "Would physiotherapy help with my symptoms?"),
    QT_TRANSLATE_NOOP("Safety", "Which exercises are safe for me, and are there any I should avoid?"),
    QT_TRANSLATE_NOOP("Safety", "How much walking is right for me while my back recovers?"),
)

HIGH_PAIN = 7  # a rating at or above this deserves a professional's opinion
MIN_RATING, MAX_RATING = 0, 10
TREND_WINDOW = 3  # ratings compared in a "rising" check
TREND_JUMP = 2.0  # rise in the mean of the last three over the three before

_HIGH_ADVICE = QT_TRANSLATE_NOOP(
    "Safety",
    "You have recorded pain of {worst} out of 10. Pain this strong is worth showing to a "
    "doctor or physiotherapist. Ease off any exercise that makes it worse, and check the "
    "warning signs in the safety list: if any apply, get help sooner.",
)
_RISING_ADVICE = QT_TRANSLATE_NOOP(
    "Safety",
    "Your recent pain ratings have been going up. It would be worth booking a visit to a "
    "doctor or physiotherapist to look at it. Until then, keep moving gently and skip any "
    "exercise that makes the pain worse.",
)


def exercise_allowed(
    exercise: Exercise, avoid_backward_bending: bool, avoid_forward_bending: bool = False
) -> bool:
    """Whether ``exercise`` may be offered: never one that bends the way that hurts the user."""
    return not (
        (avoid_backward_bending and exercise.bends_backward)
        or (avoid_forward_bending and exercise.bends_forward)
    )


def offered(
    exercises: Iterable[Exercise], avoid_backward_bending: bool, avoid_forward_bending: bool = False
) -> tuple[Exercise, ...]:
    """The exercises to offer, in order, without the bends that hurt the user."""
    return tuple(
        e for e in exercises if exercise_allowed(e, avoid_backward_bending, avoid_forward_bending)
    )


def routine_allowed(
    routine: Routine, avoid_backward_bending: bool, avoid_forward_bending: bool = False
) -> bool:
    """Whether ``routine`` may be offered: none of its exercises bends the way that hurts."""
    return all(
        exercise_allowed(item.exercise, avoid_backward_bending, avoid_forward_bending)
        for item in routine.items
    )


def pain_rising(ratings: Sequence[int]) -> bool:
    """Whether recent pain is rising, reading ``ratings`` oldest first.

    Rising means either the last three ratings each go up (for example 3, 4, 6), or the
    average of the last three is at least 2 points above the average of the three before.
    """
    last = list(ratings[-TREND_WINDOW:])
    if len(last) == TREND_WINDOW and all(a < b for a, b in pairwise(last)):
        return True
    if len(ratings) < 2 * TREND_WINDOW:
        return False
    before = ratings[-2 * TREND_WINDOW : -TREND_WINDOW]
    return sum(last) / TREND_WINDOW - sum(before) / TREND_WINDOW >= TREND_JUMP


def pain_advice(ratings: Sequence[int]) -> str | None:
    """A gentle note when recent pain is high or rising, or None when there is nothing to say.

    Args:
        ratings: pain ratings from 0 (none) to 10 (worst), oldest first; the caller decides
            how far back "recent" goes.

    Returns:
        Advice to see a doctor or physiotherapist if any rating is 7 or more, or if the
        ratings are rising (see :func:`pain_rising`); otherwise None.

    Raises:
        ValueError: if a rating is not a whole number from 0 to 10.
    """
    for rating in ratings:
        if isinstance(rating, bool) or not isinstance(rating, int):
            raise ValueError(f"a pain rating must be a whole number, got {rating!r}")
        if not MIN_RATING <= rating <= MAX_RATING:
            raise ValueError(f"a pain rating must be from {MIN_RATING} to {MAX_RATING}, got {rating}")
    if not ratings:
        return None
    worst = max(ratings)
    if worst >= HIGH_PAIN:
        return translate("Safety", _HIGH_ADVICE).format(worst=worst)
    if pain_rising(ratings):
        return translate("Safety", _RISING_ADVICE)
    return None


TWIN_PREFIXES = ("extension-free-", "flexion-free-", "neutral-")


def suitable_routine(
    routines: Mapping[str, Routine],
    routine_id: str,
    avoid_backward_bending: bool,
    avoid_forward_bending: bool = False,
) -> Routine | None:
    """The routine to offer for ``routine_id``: itself if it suits the user's bending answers;
    else its twin (``extension-free-``, ``flexion-free-`` or ``neutral-`` + its id) that does;
    else the routine of the same purpose that does and is closest in length. None if nothing
    suitable exists."""
    routine = routines.get(routine_id)
    avoid = (avoid_backward_bending, avoid_forward_bending)
    if routine is None or routine_allowed(routine, *avoid):
        return routine
    for prefix in TWIN_PREFIXES:
        twin = routines.get(prefix + routine_id)
        if twin is not None and routine_allowed(twin, *avoid):
            return twin
    same = [r for r in routines.values() if r.purpose == routine.purpose and routine_allowed(r, *avoid)]
    return min(same, key=lambda r: (abs(r.duration_s - routine.duration_s), r.id), default=None)
