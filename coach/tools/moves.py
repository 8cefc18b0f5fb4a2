"""Keyframes for the player's moving figures, written to assets/exercises/motion.json.

Each two-frame exercise is drawn at a few in-between poses (joint angles blended, reaches solved
again) and flattened to plain shapes whose numbers the player blends.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace

from coach.tools import figures
from coach.tools.drawing import LINE, ground
from coach.tools.poses import POSES, Arm, Leg, Pose, Reach
from coach.tools.skeleton import Body, bend, build

KEYFRAMES = 7  # evenly spaced from the start frame to the end frame; the player blends between them
FILE = "motion.json"


def mix(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def turn(a: float, b: float, t: float) -> float:
    """An angle part-way from ``a`` to ``b`` the short way round."""
    return a + bend(b - a) * t


def _same_anchor(a: Reach | None, b: Reach | None) -> bool:
    return a is not None and b is not None and (a.anchor, a.base) == (b.anchor, b.base)


def _reach(a: Reach, b: Reach, t: float) -> Reach:
    return replace(a, dx=mix(a.dx, b.dx, t), dy=mix(a.dy, b.dy, t))


def _leg(side: str, a: Body, b: Body, i: int, t: float) -> Leg:
    la, lb = a.pose.legs[i], b.pose.legs[i]
    if _same_anchor(la.reach, lb.reach):
        assert la.reach is not None and lb.reach is not None
        return replace(la, reach=_reach(la.reach, lb.reach, t), scale=mix(la.scale, lb.scale, t))
    angle = {k: turn(a.angles[f"{side}_{k}"], b.angles[f"{side}_{k}"], t) for k in ("thigh", "shin", "foot")}
    return Leg(angle["thigh"], angle["shin"], angle["foot"], None, mix(la.scale, lb.scale, t), la.turned_out)


def _arm(side: str, a: Body, b: Body, i: int, t: float) -> Arm:
    aa, ab = a.pose.arms[i], b.pose.arms[i]
    if _same_anchor(aa.reach, ab.reach):
        assert aa.reach is not None and ab.reach is not None
        return Arm(reach=_reach(aa.reach, ab.reach, t))
    return Arm(
        turn(a.angles[f"{side}_upper"], b.angles[f"{side}_upper"], t),
        turn(a.angles[f"{side}_fore"], b.angles[f"{side}_fore"], t),
    )


def tween(a: Body, b: Body, t: float) -> Pose:
    """The pose part-way from ``a`` (t = 0) to ``b`` (t = 1), without arrows."""
    pa, pb = a.pose, b.pose
    sides = ("near", "far")
    return replace(
        pa,
        name=f"{pa.group}@{t:.2f}",
        spine=(turn(pa.spine[0], pb.spine[0], t), turn(pa.spine[1], pb.spine[1], t)),
        neck=turn(pa.neck, pb.neck, t),
        legs=(_leg(sides[0], a, b, 0, t), _leg(sides[1], a, b, 1, t)),
        arms=(_arm(sides[0], a, b, 0, t), _arm(sides[1], a, b, 1, t)),
        ball_at=mix(pa.ball_at, pb.ball_at, t),
        arrows=(),
    )


def keyframes(start: Pose, end: Pose) -> list[tuple[Body, tuple[float, float]]]:
    """Bodies from start to end, each with its shift into the picture (pin joint and floor kept)."""
    a, b = build(start), build(end)
    (sx, sy), _ = figures.layout([a, b])
    pin_x, floor_y = sx + figures.UNIT * a.p[a.pose.pin][0], sy + figures.UNIT * (ground(a) + LINE)
    out = []
    for k in range(KEYFRAMES):
        t = k / (KEYFRAMES - 1)
        body = a if k == 0 else b if k == KEYFRAMES - 1 else build(tween(a, b, t))
        shift = (
            pin_x - figures.UNIT * body.p[body.pose.pin][0],
            floor_y - figures.UNIT * (ground(body) + LINE),
        )
        out.append((body, shift))
    return out


_TOKEN = re.compile(r"[MLQCZ]|-?\d+(?:\.\d+)?")


def shape(svg: str, shift: tuple[float, float]) -> tuple[dict[str, object], list[float]]:
    """One generated SVG element as a style (what never moves) and its numbers in view pixels."""
    el = ET.fromstring(svg)
    a, u, (tx, ty) = el.attrib, figures.UNIT, shift
    if "transform" in a:
        raise ValueError(f"a moving picture cannot hold a transformed element: {svg}")
    style: dict[str, object] = {"kind": el.tag}
    for key in ("fill", "stroke", "fill-opacity"):
        if key in a:
            style[key] = a[key] if key != "fill-opacity" else float(a[key])
    for key in ("stroke-width", "rx"):
        if key in a:
            style[key] = round(float(a[key]) * u, 2)
    if el.tag == "line":
        xy = [float(a[k]) for k in ("x1", "y1", "x2", "y2")]
    elif el.tag == "polyline":
        xy = [float(v) for v in re.split(r"[ ,]", a["points"])]
    elif el.tag == "circle":
        xy = [float(a["cx"]), float(a["cy"])]
    elif el.tag == "rect":
        xy = [float(a["x"]), float(a["y"])]
    elif el.tag == "path":
        tokens = _TOKEN.findall(a["d"])
        style["commands"] = "".join(t for t in tokens if t.isalpha())
        xy = [float(t) for t in tokens if not t.isalpha()]
        style["counts"] = _counts(tokens)
    else:
        raise ValueError(f"cannot animate <{el.tag}>")
    nums = [round(v * u + (tx if i % 2 == 0 else ty), 1) for i, v in enumerate(xy)]
    if el.tag == "circle":
        nums.append(round(float(a["r"]) * u, 2))
    elif el.tag == "rect":
        nums += [round(float(a["width"]) * u, 1), round(float(a["height"]) * u, 1)]
    style["n"] = len(nums)
    return style, nums


def _counts(tokens: list[str]) -> list[int]:
    """How many points follow each path command."""
    counts: list[int] = []
    for t in tokens:
        if t.isalpha():
            counts.append(0)
        else:
            counts[-1] += 1
    return [c // 2 for c in counts]


def move(start: Pose, end: Pose) -> dict[str, object]:
    """One exercise's keyframes: the shared styles and, per keyframe, all numbers in one list."""
    styles: list[dict[str, object]] | None = None
    frames = []
    for body, (tx, ty) in keyframes(start, end):
        view = (
            -tx / figures.UNIT,
            -ty / figures.UNIT,
            (figures.VIEW_W - tx) / figures.UNIT,
            (figures.VIEW_H - ty) / figures.UNIT,
        )
        parts = [shape(i.svg, (tx, ty)) for i in figures.items(body, view, arrows=False)]
        if styles is None:
            styles = [s for s, _ in parts]
        elif [s for s, _ in parts] != styles:
            raise ValueError(f"{start.group}: the frames are not drawn from the same shapes")
        frames.append([v for _, nums in parts for v in nums])
    out: dict[str, object] = {"end": f"{end.name}.svg", "shapes": styles, "frames": frames}
    if start.cycle_s:
        out["cycle"] = start.cycle_s
    return out


def motion_json(poses: tuple[Pose, ...] = POSES) -> str:
    """The text of motion.json: every two-frame exercise, keyed by its start picture's file name."""
    groups: dict[str, list[Pose]] = {}
    for pose in poses:
        if pose.group:
            groups.setdefault(pose.group, []).append(pose)
    lines = []
    for group in sorted(groups):
        start, end = groups[group]
        lines.append(
            f"{json.dumps(f'{start.name}.svg')}: {json.dumps(move(start, end), separators=(',', ':'))}"
        )
    head = json.dumps({"version": 1, "size": [figures.VIEW_W, figures.VIEW_H]})[:-1]
    return head + ', "moves": {\n' + ",\n".join(lines) + "\n}}\n"
