"""The table of exercise poses: absolute segment angles, reach targets, props and accents."""

from __future__ import annotations

import math
from dataclasses import dataclass

# Angles are in degrees, measured on screen from straight down: 0 points down, 90 points forward
# (to the right, where the figure faces), 180 points up and 270 (or -90) points backward.
# Lengths and offsets are in head units (see BONES in coach/tools/skeleton.py), y pointing down.
# Seen from the figure's right side: "near" limbs face the viewer, "far" limbs are behind the body.


@dataclass(frozen=True)
class Reach:
    """Place the end of a limb (ankle or hand) at a point and let the middle joint bend.

    ``anchor`` is a joint name (``"lowback"`` and ``"pelvis"`` are points on the skin of the
    lower back and the front of the pelvis), ``"floor"``, or ``(joint_a, joint_b, t)`` for a
    point part-way along a segment.  ``dx``/``dy`` shift the point (head units, y down).  For ``"floor"`` the
    point sits on the floor, ``dx`` from ``base`` (the limb's own root when empty).
    """

    anchor: str | tuple[str, str, float]
    dx: float = 0.0
    dy: float = 0.0
    base: str = ""


@dataclass(frozen=True)
class Leg:
    """Absolute thigh, shin and foot angles, or a ``reach`` for the ankle."""

    thigh: float = 0.0
    shin: float = 0.0
    foot: float | None = 90.0  # None keeps the ankle at a right angle to the shin
    reach: Reach | None = None
    scale: float = 1.0  # below 1 to foreshorten a leg that points toward the viewer
    turned_out: bool = False  # knee turned toward the viewer: seen from the side, it bends the other way


@dataclass(frozen=True)
class Arm:
    """Absolute upper-arm and forearm angles, or a ``reach`` for the hand."""

    upper: float = 0.0
    fore: float = 0.0
    reach: Reach | None = None


@dataclass(frozen=True)
class Arrow:
    """A movement arrow along part of an ellipse around a point, its head at ``end``.

    ``anchor`` is placed like a :class:`Reach` anchor (a joint or a point along a segment),
    shifted by ``dx``/``dy``. ``start`` and ``end`` are angles in the picture's convention.
    ``squash`` below 1 flattens the circle into a ring lying level around the body: its far half
    is drawn behind the body. ``radius`` 0 with ``length`` draws a straight arrow pointing ``end``.
    """

    anchor: str | tuple[str, str, float]
    start: float
    end: float
    radius: float = 1.0
    dx: float = 0.0
    dy: float = 0.0
    squash: float = 1.0
    length: float = 0.0


@dataclass(frozen=True)
class Pose:
    """One picture: the body, what it uses and what it stretches.

    ``legs`` and ``arms`` are (near side, far side).  Frames of one exercise share a ``pin``
    joint that stays put between them, so the player can switch frames without a jump.
    """

    name: str
    title: str
    spine: tuple[float, float]  # lumbar (hip to waist), chest (waist to shoulders)
    neck: float
    legs: tuple[Leg, Leg]
    arms: tuple[Arm, Arm]
    props: tuple[str, ...] = ("floor",)
    accents: tuple[str, ...] = ("lowback",)
    pin: str = "hip"
    group: str = ""  # frames of one exercise share a group name
    arrows: tuple[Arrow, ...] = ()  # which way the body moves (drawn in the still pictures only)
    ball_at: float = 0.27  # where a massage ball touches the back (0 hips, 1 shoulders)
    cycle_s: float = 0.0  # a movement repeated within one hold: seconds out to the end and back
    hands: bool = False  # hands in a contrasting shade, where what they hold matters (knee hug)


ARMS_ON_FLOOR = (Arm(85, 86), Arm(84, 85))  # lying on the back, arms resting beside the body
HANDS_ON_PELVIS = (Arm(reach=Reach("pelvis")), Arm(reach=Reach("pelvis", -0.1, -0.05)))
# Palms on the small of the back, just outside the skin, so the elbows point back.
HANDS_ON_LOWBACK = (
    Arm(reach=Reach(("hip", "waist", 0.22), -0.72)),
    Arm(reach=Reach(("hip", "waist", 0.22), -0.72, 0.12)),
)
# Hand height (from the floor) for resting on a chair back: seat 2.02, backrest 2.2, rail 0.13.
# drawing.support_chair builds the chair under the hand.
CHAIR_TOP = -4.35
KNEELING = Leg(0, -91, -90)
# Both bridge frames keep the feet where the raised frame needs them: shins a little off vertical.
# Standing tall: knees straight but not locked, arms hanging relaxed beside the body.
STANDING = (Leg(2, -2), Leg(-2, -4))
KNEES_SOFT = (Leg(12, -6), Leg(9, -9))
ARMS_AT_SIDES = (Arm(3, 9), Arm(-4, 2))
# Fingertips resting on a desk in front for balance: the hands stay put on the desk whatever the feet do.
ON_DESK_IN_FRONT = (
    Arm(reach=Reach("floor", 0.75, -5.05, base="near_toe")),
    Arm(reach=Reach("floor", 0.62, -5.1, base="near_toe")),
)
# Hands on the sides of the hips, elbows pointing out (back, seen from the side).
HANDS_ON_HIPS = (Arm(reach=Reach("hip", 0.0, -0.5)), Arm(reach=Reach("hip", 0.12, -0.55)))


def behind_thigh(thigh: float, by: float = 0.26) -> tuple[Arm, Arm]:
    """Both hands holding the back of the near thigh (at angle ``thigh``) just below the knee."""
    r = math.radians(thigh)
    dx, dy = -by * math.cos(r), by * math.sin(r)  # toward the back of the thigh
    return (
        Arm(reach=Reach(("hip", "near_knee", 0.76), dx, dy)),
        Arm(reach=Reach(("hip", "near_knee", 0.68), dx * 0.8, dy * 0.8)),
    )


BRIDGE_FEET = (
    Leg(reach=Reach("floor", 3.67, base="shoulder")),
    Leg(reach=Reach("floor", 3.5, base="shoulder")),
)

POSES: tuple[Pose, ...] = (
    Pose(
        name="forward-bend",
        title="Standing forward bend: knees soft, the body folds forward at the hips "
        "and the trunk and arms hang down toward the shins.",
        spine=(110, 38),
        neck=22,
        legs=(Leg(14, -4), Leg(10, -8)),
        arms=(Arm(-14, -12), Arm(-8, -6)),
        accents=("lowback", "hamstring"),
    ),
    Pose(
        name="standing-childs-pose",
        title="Standing child's pose: hands on the edge of a desk at hip height, arms straight, "
        "feet stepped back and hips pushed back so the back is long and level.",
        spine=(97, 93),
        neck=96,
        legs=(Leg(4, -4), Leg(0, -8)),
        arms=(Arm(91, 91), Arm(95, 95)),
        props=("floor", "desk"),
    ),
    Pose(
        name="seated-backbend",
        title="Seated backbend: sitting on the front half of a chair with feet flat and hands "
        "on the lower back, the chest lifted and the upper body leaning gently back past upright.",
        spine=(188, 208),
        neck=218,
        legs=(Leg(81, 3), Leg(85, -2)),
        arms=HANDS_ON_LOWBACK,
        props=("floor", "chair"),
    ),
    Pose(
        name="standing-backbend-start",
        title="Standing backbend, start: standing tall with the feet hip-width apart and the palms "
        "on the small of the back, elbows pointing back.",
        spine=(180, 181),
        neck=181,
        legs=STANDING,
        arms=HANDS_ON_LOWBACK,
        pin="near_toe",
        group="standing-backbend",
        arrows=(Arrow("hip", 190, 216, radius=3.4),),
    ),
    Pose(
        name="standing-backbend-end",
        title="Standing backbend: hands on the lower back with the elbows pointing back, "
        "hips eased forward and the upper body leaning gently backward, the head in line with it.",
        # Hips eased forward of the feet keep the head near the heels, as in a balanced lean.
        spine=(186, 202),
        neck=204,
        legs=(Leg(-10, -18), Leg(-12, -20)),
        arms=HANDS_ON_LOWBACK,
        pin="near_toe",
        group="standing-backbend",
    ),
    Pose(
        name="knee-hug-start",
        title="Knee hug, start: lying on the back with one knee raised above the hip and both "
        "hands holding behind that thigh, just below the knee; the other foot flat on the floor.",
        spine=(270, 270),
        neck=263,
        legs=(Leg(208, 106, 196), Leg(reach=Reach("floor", 2.9))),
        arms=behind_thigh(208),
        props=("floor", "mat"),
        group="knee-hug",
        hands=True,
        arrows=(Arrow("hip", 198, 236, radius=2.75),),
    ),
    Pose(
        name="knee-hug-end",
        title="Knee hug: lying on the back, one knee drawn toward the chest with both hands "
        "behind the thigh just below the knee, the other knee bent with the foot flat on the floor.",
        spine=(270, 270),
        neck=263,
        legs=(Leg(232, 126, 216), Leg(reach=Reach("floor", 2.9))),
        arms=behind_thigh(232),
        props=("floor", "mat"),
        group="knee-hug",
        hands=True,
    ),
    Pose(
        name="cat-cow-start",
        title="Cat: on hands and knees, the back rounded up toward the ceiling and the head hanging down.",
        spine=(140, 72),
        neck=22,
        legs=(KNEELING, Leg(2, -89, -90)),
        arms=(Arm(reach=Reach("floor", 0.1)), Arm(reach=Reach("floor", 0.3))),
        pin="near_knee",
        group="cat-cow",
        arrows=(Arrow("waist", 0, 0, radius=0, dy=-1.75, length=0.9),),
    ),
    Pose(
        name="cat-cow-end",
        title="Cow: on hands and knees, the back gently sagging, the head and tailbone lifted.",
        spine=(75, 123),
        neck=118,
        legs=(KNEELING, Leg(2, -89, -90)),
        arms=(Arm(reach=Reach("floor", 0.1)), Arm(reach=Reach("floor", 0.3))),
        pin="near_knee",
        group="cat-cow",
        arrows=(Arrow("waist", 180, 180, radius=0, dy=-0.75, length=0.9),),
    ),
    Pose(
        name="standing-hamstring-stretch",
        title="Standing hamstring stretch: one heel resting on a low step with the leg straight, "
        "hinging forward from the hips with a straight back.",
        spine=(132, 130),
        neck=126,
        legs=(Leg(58, 58, 148), Leg(4, -4)),
        arms=(
            Arm(reach=Reach(("hip", "near_knee", 0.8), 0.0, -0.4)),
            Arm(reach=Reach(("hip", "near_knee", 0.7), 0.0, -0.4)),
        ),
        props=("floor", "step"),
        accents=("hamstring",),
    ),
    Pose(
        name="supine-hamstring-stretch",
        title="Lying hamstring stretch: on the back, one leg raised straight up with a strap around "
        "the foot held in both hands, the other knee bent with the foot on the floor.",
        spine=(270, 270),
        neck=263,
        legs=(Leg(182, 182, 272), Leg(reach=Reach("floor", 2.9))),
        arms=(Arm(reach=Reach("shoulder", 1.15, -2.3)), Arm(reach=Reach("shoulder", 1.0, -2.3))),
        props=("floor", "mat", "strap"),
        accents=("hamstring",),
    ),
    Pose(
        name="tennis-ball-roll-start",
        title="Tennis ball massage, start: standing with the back against a wall, a small ball held "
        "between the lower back and the wall, knees slightly bent.",
        spine=(186, 190),
        neck=184,
        legs=(Leg(16, -6), Leg(reach=Reach("floor", 0.36, base="hip"))),
        arms=(Arm(6, 22), Arm(2, 16)),
        props=("floor", "wall", "ball"),
        pin="ball",
        group="tennis-ball-roll",
        arrows=(Arrow("shoulder", 0, 0, radius=0, dx=1.0, dy=0.2, length=1.2),),
        cycle_s=8.0,
    ),
    Pose(
        name="tennis-ball-roll-end",
        title="Tennis ball massage, end: knees bent further so the body slides down the wall "
        "and the ball rolls higher up the lower back.",
        spine=(184, 188),
        neck=183,
        legs=(Leg(40, -28), Leg(reach=Reach("floor", 0.36, base="hip"))),
        arms=(Arm(8, 26), Arm(4, 20)),
        props=("floor", "wall", "ball"),
        pin="ball",
        group="tennis-ball-roll",
        ball_at=0.4,
        arrows=(Arrow("shoulder", 180, 180, radius=0, dx=1.0, dy=1.4, length=1.2),),
    ),
    Pose(
        name="hip-flexor-stretch",
        title="Standing hip flexor stretch: a long split stance, the back heel lifted and the back "
        "leg nearly straight, the front knee bent, the trunk upright with the pelvis tucked, "
        "one hand on the back of a chair for balance and the other on the hip.",
        spine=(178, 180),
        neck=180,
        legs=(Leg(-42, -45, 66), Leg(reach=Reach("floor", 1.3, base="hip"))),
        arms=(Arm(reach=Reach("hip", -0.05, -0.45)), Arm(reach=Reach("floor", 2.2, CHAIR_TOP, base="hip"))),
        props=("floor", "support-chair"),
        accents=("hip-flexor",),
    ),
    Pose(
        name="walking-flexion-break",
        title="Flexion break on a walk: stopping on the path, knees soft, bending forward "
        "toward the toes with the hands sliding down the shins.",
        spine=(112, 42),
        neck=26,
        legs=(Leg(18, -2), Leg(4, -14)),
        arms=(Arm(-33, -29), Arm(-27, -23)),
        props=("outdoors",),
    ),
    Pose(
        name="pelvic-tilt-start",
        title="Pelvic tilt, start: lying on the back with knees bent and feet flat, "
        "a small natural arch under the lower back.",
        spine=(243, 297),
        neck=263,
        legs=(Leg(reach=Reach("floor", 2.8)), Leg(reach=Reach("floor", 2.6))),
        arms=HANDS_ON_PELVIS,
        props=("floor", "mat"),
        group="pelvic-tilt",
        arrows=(Arrow("hip", 130, 205, radius=1.15),),
    ),
    Pose(
        name="pelvic-tilt-end",
        title="Pelvic tilt, end: lying on the back with knees bent, the lower back pressed flat "
        "into the floor as the pelvis tilts.",
        spine=(270, 270),
        neck=263,
        legs=(Leg(reach=Reach("floor", 2.8)), Leg(reach=Reach("floor", 2.6))),
        arms=HANDS_ON_PELVIS,
        props=("floor", "mat"),
        group="pelvic-tilt",
    ),
    Pose(
        name="bridge-start",
        title="Bridge, start: lying on the back with knees bent and feet flat on the floor.",
        spine=(269, 271),
        neck=263,
        legs=BRIDGE_FEET,
        arms=ARMS_ON_FLOOR,
        props=("floor", "mat"),
        pin="shoulder",
        group="bridge",
        arrows=(Arrow("hip", 180, 180, radius=0, dx=-0.45, dy=-0.8, length=1.1),),
    ),
    Pose(
        name="bridge-end",
        title="Bridge, end: hips lifted so that shoulders, hips and knees make one straight line.",
        spine=(290, 290),
        neck=264,
        legs=BRIDGE_FEET,
        arms=ARMS_ON_FLOOR,
        props=("floor", "mat"),
        pin="shoulder",
        group="bridge",
    ),
    Pose(
        name="bird-dog-start",
        title="Bird dog, start: on hands and knees with a level back, hands under the shoulders "
        "and knees under the hips.",
        spine=(101, 101),
        neck=96,
        legs=(Leg(0, -91, -90), Leg(2, -89, -90)),
        arms=(Arm(reach=Reach("floor", 0.2)), Arm(reach=Reach("floor", 0.35))),
        pin="far_knee",
        group="bird-dog",
        arrows=(
            Arrow("far_hand", 90, 90, radius=0, dx=0.5, dy=-1.4, length=1.1),
            Arrow("near_knee", 270, 270, radius=0, dx=-0.5, dy=-0.9, length=1.1),
        ),
    ),
    Pose(
        name="bird-dog-end",
        title="Bird dog: on hands and knees with a level back, one arm reaching straight forward "
        "and the opposite leg stretched straight back.",
        spine=(101, 101),
        neck=96,
        legs=(Leg(-94, -94, -20), Leg(2, -89, -90)),
        arms=(Arm(reach=Reach("floor", 0.2)), Arm(100, 100)),
        pin="far_knee",
        group="bird-dog",
    ),
    Pose(
        name="heat-pack",
        title="Heat pack: lying face down and relaxed, with a warm pack resting on the lower back.",
        spine=(90, 90),
        neck=92,
        legs=(Leg(-87, -90, -70), Leg(-88, -90, -72)),
        arms=(Arm(-85, -85), Arm(-84, -84)),
        props=("floor", "mat", "heat-pack"),
        accents=(),
    ),
    Pose(
        name="march-on-the-spot-start",
        title="Marching on the spot, start: standing tall with the arms relaxed by the sides.",
        spine=(180, 180),
        neck=180,
        legs=STANDING,
        arms=ARMS_AT_SIDES,
        accents=(),
        group="march-on-the-spot",
        arrows=(Arrow(("hip", "near_knee", 0.6), 15, 95, radius=1.9),),
        cycle_s=1.6,
    ),
    Pose(
        name="march-on-the-spot-end",
        title="Marching on the spot: one knee lifted to about hip height, the opposite arm "
        "swinging forward and the other arm back.",
        spine=(180, 180),
        neck=180,
        legs=(Leg(86, -2, 70), STANDING[1]),
        arms=(Arm(-32, -14), Arm(38, 92)),
        accents=(),
        group="march-on-the-spot",
    ),
    Pose(
        name="hip-circles",
        title="Hip circles: standing with the feet apart, knees soft and hands on the hips, "
        "the hips drawing slow circles.",
        spine=(180, 180),
        neck=180,
        legs=KNEES_SOFT,
        arms=HANDS_ON_HIPS,
        accents=(),
        arrows=(Arrow("hip", 200, 520, radius=1.45, dy=-0.1, squash=0.32),),
    ),
    Pose(
        name="standing-pelvic-tilt-start",
        title="Standing pelvic tilt, start: standing with knees soft and hands on the hips, "
        "the lower back in its natural hollow.",
        spine=(165, 196),
        neck=182,
        legs=KNEES_SOFT,
        arms=HANDS_ON_PELVIS,
        group="standing-pelvic-tilt",
        arrows=(Arrow("hip", 55, 125, radius=1.25),),
    ),
    Pose(
        name="standing-pelvic-tilt-end",
        title="Standing pelvic tilt, end: the pelvis tipped back and under, tummy tightened, "
        "so the hollow of the lower back flattens.",
        spine=(197, 172),
        neck=180,
        legs=KNEES_SOFT,
        arms=HANDS_ON_PELVIS,
        group="standing-pelvic-tilt",
    ),
    Pose(
        name="calf-raises-start",
        title="Calf raises, start: standing tall facing a desk, fingertips resting on it for balance, "
        "feet flat.",
        spine=(180, 180),
        neck=180,
        legs=STANDING,
        arms=ON_DESK_IN_FRONT,
        props=("floor", "desk"),
        accents=(),
        pin="near_toe",
        group="calf-raises",
        arrows=(Arrow("near_heel", 0, 180, radius=0, dx=-0.55, dy=-0.15, length=1.1),),
    ),
    Pose(
        name="calf-raises-end",
        title="Calf raises, end: up on the balls of the feet with the heels lifted, standing tall, "
        "fingertips on the desk.",
        spine=(180, 180),
        neck=180,
        legs=(Leg(2, -2, 50), Leg(-2, -4, 47)),
        arms=ON_DESK_IN_FRONT,
        props=("floor", "desk"),
        accents=(),
        pin="near_toe",
        group="calf-raises",
    ),
)
