"""Movement arrows for the exercise pictures: arcs and straight arrows with a solid head."""

from __future__ import annotations

import math

from coach.tools.drawing import Item, capsule, shape
from coach.tools.poses import Arrow
from coach.tools.skeleton import Body, Point, lerp, step

# A mid-tone magenta, distinct from the blue body and the orange accents on light and dark.
ARROW = "#d6417f"
ARROW_W = 0.17
HEAD_L, HEAD_W = 0.52, 0.24  # head length and half width


def origin(body: Body, arrow: Arrow) -> Point:
    """The centre of an arc, or the tail of a straight arrow."""
    if isinstance(arrow.anchor, tuple):
        a, b, t = arrow.anchor
        x, y = lerp(body.p[a], body.p[b], t)
    else:
        x, y = body.p[arrow.anchor]
    return (x + arrow.dx, y + arrow.dy)


def path(body: Body, arrow: Arrow) -> list[Point]:
    """Points along the arrow from tail to tip."""
    c = origin(body, arrow)
    if arrow.radius == 0:
        return [c, step(c, arrow.end, arrow.length)]
    turns = max(2, math.ceil(abs(arrow.end - arrow.start) / 8))
    out = []
    for i in range(turns + 1):
        a = math.radians(arrow.start + (arrow.end - arrow.start) * i / turns)
        out.append((c[0] + arrow.radius * math.sin(a), c[1] + arrow.radius * arrow.squash * math.cos(a)))
    return out


def behind(body: Body, arrow: Arrow, p: Point) -> bool:
    """Whether a point of a level ring lies on its far half, hidden behind the body."""
    return arrow.squash < 1 and p[1] < origin(body, arrow)[1]


def head(tip: Point, towards: Point) -> list[Point]:
    """A triangle with its point at ``tip``, pointing away from ``towards``."""
    dx, dy = tip[0] - towards[0], tip[1] - towards[1]
    d = math.hypot(dx, dy) or 1.0
    ux, uy = dx / d, dy / d
    bx, by = tip[0] - ux * HEAD_L, tip[1] - uy * HEAD_L
    return [tip, (bx - uy * HEAD_W, by + ux * HEAD_W), (bx + uy * HEAD_W, by - ux * HEAD_W)]


def trim(points: list[Point], by: float) -> list[Point]:
    """The polyline shortened by ``by`` at its end, so the line stops inside the head."""
    out = list(points)
    while len(out) > 1:
        a, b = out[-2], out[-1]
        seg = math.hypot(b[0] - a[0], b[1] - a[1])
        if seg > by:
            out[-1] = lerp(a, b, (seg - by) / seg)
            return out
        by -= seg
        out.pop()
    return out


def arrow_items(body: Body, arrow: Arrow) -> tuple[list[Item], list[Item]]:
    """The items drawn behind the body and those drawn over it."""
    points = path(body, arrow)
    tip, before = points[-1], points[-2]
    line = trim(points, HEAD_L * 0.6)
    back, front, run = [], [], [line[0]]
    for p in line[1:]:
        if behind(body, arrow, p) != behind(body, arrow, run[-1]) and len(run) > 1:
            (back if behind(body, arrow, run[-1]) else front).append(capsule(run, ARROW_W, ARROW))
            run = [run[-1]]
        run.append(p)
    (back if behind(body, arrow, run[-1]) else front).append(capsule(run, ARROW_W, ARROW))
    tip_item = shape(head(tip, before), ARROW, stroke=ARROW, stroke_width=0.06)
    (back if behind(body, arrow, tip) else front).append(tip_item)
    return back, front
