"""Pictures of a body lying on its back seen from above, for shapes a side view hides.

The figure-4 of the piriformis stretch lies across the body: seen from the side, the crossed shin
points at the viewer and vanishes. Seen from above, the uncrossed leg runs from the hip to its foot
on the mat, the crossed knee falls out to the side and the crossed shin lies across the other knee:
a plain "4". Points are in head units on the mat (x along the body, head to the left; y across it,
the figure's left side up), drawn with the side views' shapes and colours.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from coach.tools.arrows import ARROW, ARROW_W, HEAD_L, head, trim
from coach.tools.drawing import ACCENT, BODY, FAR, NEAR, Item, capsule, circle, shape, solid
from coach.tools.poses import Arrow
from coach.tools.skeleton import HAND_R, HEAD_R, WIDTH, Box, Point, lerp, union

# Half widths of the trunk seen from the front, from the shoulders (x = 0) down to the hips.
TRUNK = ((0.0, 0.8), (0.3, 1.05), (1.0, 0.92), (1.9, 0.7), (2.6, 0.9), (3.1, 0.88), (3.4, 0.55))
SHOULDER_X = -3.7


@dataclass(frozen=True)
class TopPose:
    """One picture seen from above: joints by name and which leg lies across the other."""

    name: str
    title: str
    p: dict[str, Point] = field(default_factory=dict)
    crossed: str = "right"
    arrows: tuple[Arrow, ...] = ()


FIGURE_FOUR = TopPose(
    name="piriformis-stretch",
    title="Piriformis stretch, seen from above: lying on the back with the left foot flat on the "
    "floor and the right ankle crossed over the left knee, so the legs make a figure 4; the arrow "
    "shows the left thigh being drawn toward the chest, the hands around the back of it.",
    p={
        "head": (SHOULDER_X - 0.95, 0.0),
        "neck": (SHOULDER_X - 0.3, 0.0),
        "left_shoulder": (SHOULDER_X + 0.25, -0.85),
        "right_shoulder": (SHOULDER_X + 0.25, 0.85),
        "left_elbow": (SHOULDER_X + 1.3, -1.45),
        "left_hand": (SHOULDER_X + 2.5, -1.2),
        "right_elbow": (SHOULDER_X + 1.3, 1.45),
        "right_hand": (SHOULDER_X + 2.5, 1.2),
        "left_hip": (-0.55, -0.52),
        "right_hip": (-0.55, 0.52),
        "left_knee": (0.85, -0.5),  # the knee points up: the thigh looks short from above
        "left_ankle": (2.05, -0.52),
        "left_toe": (2.8, -0.52),
        "right_knee": (0.35, 1.75),  # fallen out to the side
        "right_ankle": (0.95, 0.0),  # resting across the left knee
        "right_toe": (1.3, -0.62),
    },
    arrows=(Arrow("left_knee", 0, 0, radius=0, dx=0.1, dy=-0.85, length=1.4),),
)


def _width(t: float) -> float:
    for (t0, w0), (t1, w1) in itertools.pairwise(TRUNK):
        if t <= t1:
            k = (t - t0) / (t1 - t0)
            return w0 + (w1 - w0) * (1 - math.cos(math.pi * k)) / 2
    return TRUNK[-1][1]


def trunk() -> Item:
    """The trunk seen from the front: shoulders, waist and hips in one outline."""
    end = TRUNK[-1][0]
    ts = [end * i / 24 for i in range(25)]
    left = [(SHOULDER_X + t, -_width(t)) for t in ts]
    right = [(SHOULDER_X + t, _width(t)) for t in reversed(ts)]
    return shape(left + right, BODY, stroke=BODY, stroke_width=0.2)


def straight_arrow(tail: Point, heading: float, length: float) -> list[Item]:
    """A straight movement arrow in the picture plane (heading in the side views' convention)."""
    r = math.radians(heading)
    tip = (tail[0] + length * math.sin(r), tail[1] + length * math.cos(r))
    # Along the body here means toward the head: heading 270 points left, to the chest.
    line = trim([tail, tip], HEAD_L * 0.6)
    return [capsule(line, ARROW_W, ARROW), shape(head(tip, tail), ARROW, stroke=ARROW, stroke_width=0.06)]


def items(pose: TopPose) -> list[Item]:
    """The mat, then the body from the floor up: arms, trunk and head, the uncrossed leg, the
    crossed leg over it, the buttock that stretches, and the arrows."""
    p, side = pose.p, pose.crossed
    other = "left" if side == "right" else "right"
    x0, y0, x1, y1 = union((x - 0.6, y - 0.6, x + 0.6, y + 0.6) for x, y in p.values())
    out = [solid(x0 - 0.4, min(y0, -2.3) - 0.2, x1 + 0.5, max(y1, 2.3) + 0.2, 0.2)]
    for arm in (other, side):
        out.append(capsule([p[f"{arm}_shoulder"], p[f"{arm}_elbow"], p[f"{arm}_hand"]], WIDTH["upper"], FAR))
        out.append(circle(p[f"{arm}_hand"], HAND_R, FAR))
    out += [
        trunk(),
        capsule([p["neck"], (SHOULDER_X + 0.2, 0.0)], WIDTH["neck"], BODY),
        circle(p["head"], HEAD_R, BODY),
        circle((p["head"][0] - HEAD_R * 0.45, p["head"][1]), HEAD_R * 0.5, NEAR),  # hair on the crown
    ]
    out += [
        capsule([p[f"{other}_hip"], p[f"{other}_knee"]], WIDTH["thigh"], FAR),
        capsule([p[f"{other}_knee"], p[f"{other}_ankle"]], WIDTH["shin"], FAR),
        capsule([p[f"{other}_ankle"], p[f"{other}_toe"]], WIDTH["foot"], FAR),
        capsule([p[f"{side}_hip"], p[f"{side}_knee"]], WIDTH["thigh"], NEAR),
        capsule([p[f"{side}_knee"], p[f"{side}_ankle"]], WIDTH["shin"], NEAR),
        capsule([p[f"{side}_ankle"], p[f"{side}_toe"]], WIDTH["foot"], NEAR),
    ]
    hip, knee = p[f"{side}_hip"], p[f"{side}_knee"]
    out.append(capsule([lerp(hip, knee, 0.05), lerp(hip, knee, 0.4)], 0.3, ACCENT))  # the buttock
    for arrow in pose.arrows:
        a = p[str(arrow.anchor)]
        out += straight_arrow((a[0] + arrow.dx, a[1] + arrow.dy), 270, arrow.length)
    return out


def box(pose: TopPose) -> Box:
    return union(i.box for i in items(pose) if i.box)
