"""Side-view body model for the exercise pictures: proportions, joint placement and sanity checks."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from coach.tools.poses import Arm, Leg, Pose, Reach

Point = tuple[float, float]
Box = tuple[float, float, float, float]  # left, top, right, bottom

# Segment lengths and stroke widths in head units (a head is 2 * HEAD_R tall).
BONES = {
    "lumbar": 1.2,
    "chest": 1.4,
    "neck": 0.4,
    "thigh": 2.0,
    "shin": 1.9,
    "foot": 0.78,
    "upper": 1.3,
    "fore": 1.3,
}
WIDTH = {"neck": 0.44, "thigh": 0.68, "shin": 0.54, "foot": 0.36, "upper": 0.46, "fore": 0.4}
# Torso thickness along the spine curve: (position from hip 0 to shoulders 1, width).
TORSO = ((0.0, 0.98), (0.45, 0.84), (0.8, 1.04), (1.0, 0.96))
LOWBACK_T = 0.27  # where the lower back sits on the spine curve
HEAD_R = 0.6
HAND_R = 0.24

# Healthy joint ranges (degrees) used to catch knees or elbows bending the wrong way.
RANGES = {"knee": (-2.0, 165.0), "elbow": (-2.0, 160.0), "ankle": (-5.0, 120.0), "neck": (-70.0, 70.0)}


def step(p: Point, theta: float, length: float) -> Point:
    """Move ``length`` from ``p`` in direction ``theta`` (0 down, 90 forward, 180 up)."""
    r = math.radians(theta)
    return (p[0] + length * math.sin(r), p[1] + length * math.cos(r))


def heading(a: Point, b: Point) -> float:
    return math.degrees(math.atan2(b[0] - a[0], b[1] - a[1]))


def dist(a: Point, b: Point) -> float:
    return math.hypot(b[0] - a[0], b[1] - a[1])


def lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def along(p: Point, n: Point, by: float) -> Point:
    return (p[0] + n[0] * by, p[1] + n[1] * by)


def bend(theta: float) -> float:
    """Normalise an angle difference to [-180, 180)."""
    return (theta + 180.0) % 360.0 - 180.0


def back_normal(a: Point, b: Point) -> Point:
    """Unit vector out of the back of a segment from ``a`` to ``b`` (for a limb, pass it end to root)."""
    d = dist(a, b) or 1.0
    return ((b[1] - a[1]) / d, -(b[0] - a[0]) / d)


def union(boxes: Iterable[Box]) -> Box:
    bs = list(boxes)
    return (min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs))


def solve_two_bone(
    root: Point, target: Point, l1: float, l2: float, sign: float
) -> tuple[float, float, float]:
    """Angles of a two-bone limb reaching ``target``; the middle joint bends so that
    ``sign * (lower - upper)`` is positive.  Returns (upper, lower, distance left out of reach)."""
    d = dist(root, target)
    miss = max(0.0, d - (l1 + l2))
    d = min(max(d, abs(l1 - l2) + 1e-6), l1 + l2 - 1e-9)
    phi = heading(root, target)
    alpha = math.degrees(math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)))
    for upper in (phi + alpha, phi - alpha):
        lower = heading(step(root, upper, l1), step(root, phi, d))
        if sign * bend(lower - upper) >= -1e-6:
            return upper, lower, miss
    return phi, phi, miss


def torso_width(t: float) -> float:
    for (t0, w0), (t1, w1) in itertools.pairwise(TORSO):
        if t <= t1:
            k = (t - t0) / (t1 - t0)
            return w0 + (w1 - w0) * (1 - math.cos(math.pi * k)) / 2
    return TORSO[-1][1]


@dataclass
class Body:
    """Joint positions (head units, y down) of one pose, with the floor height."""

    pose: Pose
    p: dict[str, Point] = field(default_factory=dict)
    angles: dict[str, float] = field(default_factory=dict)
    floor: float = 0.0
    misses: dict[str, float] = field(default_factory=dict)

    def spine(self, t: float) -> tuple[Point, Point]:
        """Point on the spine curve (hip 0, waist 0.5, shoulders 1) and the back normal there."""
        a, m, b = self.p["hip"], self.p["waist"], self.p["shoulder"]
        c = (2 * m[0] - (a[0] + b[0]) / 2, 2 * m[1] - (a[1] + b[1]) / 2)
        u = 1 - t
        q = (u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1])
        d = (u * (c[0] - a[0]) + t * (b[0] - c[0]), u * (c[1] - a[1]) + t * (b[1] - c[1]))
        return q, back_normal((0.0, 0.0), d)

    def back(self, t: float, inset: float = 0.0) -> Point:
        """A point on the skin of the back, ``inset`` inside it."""
        q, n = self.spine(t)
        return along(q, n, torso_width(t) / 2 - inset)

    def limbs(self) -> list[tuple[str, list[Point], float]]:
        """Drawable limb capsules (name, points, width) placed so far."""
        p, out = self.p, []
        for side in ("near", "far"):
            if f"{side}_ankle" in p:
                out.append((f"{side}_thigh", [p["hip"], p[f"{side}_knee"]], WIDTH["thigh"]))
                out.append((f"{side}_shin", [p[f"{side}_knee"], p[f"{side}_ankle"]], WIDTH["shin"]))
                out.append((f"{side}_foot", [p[f"{side}_heel"], p[f"{side}_toe"]], WIDTH["foot"]))
        for side in ("near", "far"):
            if f"{side}_hand" in p:
                out.append((f"{side}_upper", [p["shoulder"], p[f"{side}_elbow"]], WIDTH["upper"]))
                out.append((f"{side}_fore", [p[f"{side}_elbow"], p[f"{side}_hand"]], WIDTH["fore"]))
        return out

    def extents(self) -> list[Box]:
        """Boxes around the head, the torso outline, the limbs and the hands."""
        (hx, hy), out = self.p["head"], []
        out.append((hx - HEAD_R, hy - HEAD_R, hx + HEAD_R, hy + HEAD_R))
        for i in range(21):
            q, _ = self.spine(i / 20)
            r = torso_width(i / 20) / 2
            out.append((q[0] - r, q[1] - r, q[0] + r, q[1] + r))
        for _, pts, w in self.limbs():
            out.extend((x - w / 2, y - w / 2, x + w / 2, y + w / 2) for x, y in pts)
        for side in ("near", "far"):
            if f"{side}_hand" in self.p:
                x, y = self.p[f"{side}_hand"]
                out.append((x - HAND_R, y - HAND_R, x + HAND_R, y + HAND_R))
        return out

    def lowest(self) -> float:
        return max(b[3] for b in self.extents())

    def box(self) -> Box:
        return union(self.extents())


def _target(body: Body, reach: Reach, root: str, end_r: float) -> Point:
    if reach.anchor == "floor":
        base = body.p[reach.base or root]
        return (base[0] + reach.dx, body.floor - end_r + reach.dy)
    if isinstance(reach.anchor, tuple):
        a, b, t = reach.anchor
        x, y = lerp(body.p[a], body.p[b], t)
    else:
        x, y = body.p[reach.anchor]
    return (x + reach.dx, y + reach.dy)


def _place_leg(body: Body, side: str, leg: Leg) -> None:
    p, thigh, shin = body.p, BONES["thigh"] * leg.scale, BONES["shin"]
    a_thigh, a_shin = leg.thigh, leg.shin
    if leg.reach is not None:
        target = _target(body, leg.reach, "hip", WIDTH["shin"] / 2)
        a_thigh, a_shin, body.misses[f"{side} leg"] = solve_two_bone(
            p["hip"], target, thigh, shin, 1.0 if leg.turned_out else -1.0
        )
    p[f"{side}_knee"] = step(p["hip"], a_thigh, thigh)
    p[f"{side}_ankle"] = step(p[f"{side}_knee"], a_shin, shin)
    foot = a_shin + 90.0 if leg.foot is None else leg.foot
    # The foot is thinner than the shin: shift it toward the sole so a flat foot meets the floor.
    sole = (-math.cos(math.radians(foot)), math.sin(math.radians(foot)))
    p[f"{side}_heel"] = along(p[f"{side}_ankle"], sole, (WIDTH["shin"] - WIDTH["foot"]) / 2)
    p[f"{side}_toe"] = step(p[f"{side}_heel"], foot, BONES["foot"])
    body.angles.update({f"{side}_thigh": a_thigh, f"{side}_shin": a_shin, f"{side}_foot": foot})


def _place_arm(body: Body, side: str, arm: Arm) -> None:
    p, upper, fore = body.p, BONES["upper"], BONES["fore"]
    a_up, a_fore = arm.upper, arm.fore
    if arm.reach is not None:
        target = _target(body, arm.reach, "shoulder", HAND_R)
        a_up, a_fore, body.misses[f"{side} arm"] = solve_two_bone(p["shoulder"], target, upper, fore, 1.0)
    p[f"{side}_elbow"] = step(p["shoulder"], a_up, upper)
    p[f"{side}_hand"] = step(p[f"{side}_elbow"], a_fore, fore)
    body.angles.update({f"{side}_upper": a_up, f"{side}_fore": a_fore})


def build(pose: Pose) -> Body:
    """Place every joint: spine and head, limbs given by angles, then the floor, then the reaches."""
    body = Body(pose)
    p = body.p
    p["hip"] = (0.0, 0.0)
    p["waist"] = step(p["hip"], pose.spine[0], BONES["lumbar"])
    p["shoulder"] = step(p["waist"], pose.spine[1], BONES["chest"])
    p["neck"] = step(p["shoulder"], pose.neck, BONES["neck"])
    p["head"] = step(p["neck"], pose.neck, HEAD_R * 0.8)
    p["lowback"] = body.back(LOWBACK_T)
    p["ball"] = body.back(pose.ball_at)  # where a massage ball touches the back
    _, n = body.spine(0.12)
    p["pelvis"] = along(body.back(0.12, torso_width(0.12)), n, -HAND_R * 0.6)
    body.angles.update({"lumbar": pose.spine[0], "chest": pose.spine[1], "neck": pose.neck})
    later: list[Callable[[], None]] = []
    for side, leg in zip(("near", "far"), pose.legs, strict=True):
        if leg.reach is None:
            _place_leg(body, side, leg)
        else:
            later.append(lambda s=side, lg=leg: _place_leg(body, s, lg))
    for side, arm in zip(("near", "far"), pose.arms, strict=True):
        if arm.reach is None:
            _place_arm(body, side, arm)
        else:
            later.append(lambda s=side, a=arm: _place_arm(body, s, a))
    body.floor = body.lowest()
    for place in later:
        place()
    return body


def problems(body: Body) -> list[str]:
    """Anatomy and contact checks for one built pose; an empty list means it looks plausible."""
    a, name, out = body.angles, body.pose.name, []
    checks = [("neck", "neck", bend(a["neck"] - a["chest"]))]
    for side, leg in zip(("near", "far"), body.pose.legs, strict=True):
        knee = bend(a[f"{side}_thigh"] - a[f"{side}_shin"])
        checks.append((f"{side} knee", "knee", -knee if leg.turned_out else knee))
        checks.append((f"{side} ankle", "ankle", bend(a[f"{side}_foot"] - a[f"{side}_shin"])))
        checks.append((f"{side} elbow", "elbow", bend(a[f"{side}_fore"] - a[f"{side}_upper"])))
    for label, kind, value in checks:
        lo, hi = RANGES[kind]
        if not lo <= value <= hi:
            out.append(f"{name}: {label} bent {value:.0f} degrees, outside {lo:.0f}..{hi:.0f}")
    for limb, miss in body.misses.items():
        if miss > 0.05:
            out.append(f"{name}: {limb} falls {miss:.2f} head units short of its target")
    if body.lowest() > body.floor + 0.03:
        out.append(
            f"{name}: part of the body goes {body.lowest() - body.floor:.2f} head units into the floor"
        )
    return out
