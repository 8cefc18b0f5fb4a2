"""SVG building blocks for the exercise pictures: colours, shapes and the props around the body."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from coach.tools.skeleton import (
    HAND_R,
    LOWBACK_T,
    WIDTH,
    Body,
    Box,
    Point,
    along,
    back_normal,
    lerp,
    torso_width,
    union,
)

# Mid-tone colours that keep enough contrast on both a white and a near-black background.
NEAR = "#2f6bc8"
BODY = "#4a8fe0"
FAR = "#79a6e4"
PROP = "#8b919b"
ACCENT = "#f07a3c"
STRAP = "#9b5fd0"
HEAT = "#e0503a"
BALL = "#b9d12b"
BALL_EDGE = "#6f8a18"
LEAF = "#4c9c58"
HAND = "#ffd27a"  # hands that hold the body (knee hug): light amber, 3.6:1 against NEAR


@dataclass(frozen=True)
class Item:
    """One SVG element and the area it covers (None for props that span the whole view)."""

    svg: str
    box: Box | None = None


def num(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def element(name: str, box: Box | None = None, **attrs: str | float) -> Item:
    text = " ".join(
        f'{k.replace("_", "-")}="{v if isinstance(v, str) else num(v)}"' for k, v in attrs.items()
    )
    return Item(f"<{name} {text}/>", box)


def pts(points: Iterable[Point]) -> str:
    return " ".join(f"{num(x)},{num(y)}" for x, y in points)


def around(points: Iterable[Point], r: float) -> Box:
    return union((x - r, y - r, x + r, y + r) for x, y in points)


def capsule(points: list[Point], width: float, colour: str, **extra: str | float) -> Item:
    box = around(points, width / 2)
    if len(points) == 2:
        (x1, y1), (x2, y2) = points
        return element("line", box, x1=x1, y1=y1, x2=x2, y2=y2, stroke=colour, stroke_width=width, **extra)
    return element("polyline", box, points=pts(points), stroke=colour, stroke_width=width, **extra)


def circle(c: Point, r: float, fill: str, **extra: str | float) -> Item:
    return element("circle", around([c], r), cx=c[0], cy=c[1], r=r, fill=fill, **extra)


def shape(points: list[Point], fill: str, **extra: str | float) -> Item:
    return element(
        "path", around(points, 0), d=f"M{pts(points[:1])} L{pts(points[1:])} Z", fill=fill, **extra
    )


# ---------------------------------------------------------------- props

LINE = 0.16  # prop outline width
MAT_T = 0.22
BALL_R = 0.34


def ground(body: Body) -> float:
    """Height of the floor line: the body's contact height, or below the mat."""
    return body.floor + (MAT_T if "mat" in body.pose.props else 0.0)


def solid(x0: float, y0: float, x1: float, y1: float, rx: float = 0.06) -> Item:
    return element(
        "rect",
        (x0, y0, x1, y1),
        x=x0,
        y=y0,
        width=x1 - x0,
        height=y1 - y0,
        rx=rx,
        fill=PROP,
        fill_opacity=0.45,
        stroke=PROP,
        stroke_width=LINE * 0.75,
    )


def floor(body: Body, view: Box) -> list[Item]:
    y = ground(body) + LINE / 2
    return [
        element("line", None, x1=view[0] + 0.4, y1=y, x2=view[2] - 0.4, y2=y, stroke=PROP, stroke_width=LINE)
    ]


def mat(body: Body, view: Box) -> list[Item]:
    x0, _, x1, _ = body.box()
    return [solid(x0 - 0.5, body.floor, x1 + 0.5, body.floor + MAT_T, 0.1)]


SEAT_DEPTH = 2.35
BACKREST = 2.2  # height of the chair back above the seat
SEAT_FRONT = 0.45  # sitting near the front: the seat ends this far in front of the hip joint


def side_chair(back: float, seat: float, g: float) -> list[Item]:
    """A chair seen from the side, its backrest at ``back`` and the seat facing right."""
    front = back + SEAT_DEPTH
    return [
        capsule([(back + 0.15, seat), (back - 0.15, seat - BACKREST)], LINE * 1.6, PROP),
        capsule([(back + 0.2, seat), (back + 0.2, g - 0.05)], LINE * 1.3, PROP),
        capsule([(front - 0.2, seat), (front - 0.2, g - 0.05)], LINE * 1.3, PROP),
        solid(back, seat, front, seat + 0.26),
    ]


def chair(body: Body, view: Box) -> list[Item]:
    """The chair the figure sits on, perched on its front half."""
    hip = body.p["hip"]
    seat = hip[1] + WIDTH["thigh"] / 2 + 0.02
    return side_chair(hip[0] + SEAT_FRONT - SEAT_DEPTH, seat, ground(body))


def support_chair(body: Body, view: Box) -> list[Item]:
    """A chair in front of the figure, whose far hand rests on top of its backrest."""
    x, y = body.p["far_hand"]
    top = y + HAND_R + LINE * 0.8
    return side_chair(x + 0.15, top + BACKREST, ground(body))


def desk(body: Body, view: Box) -> list[Item]:
    hands = [body.p["near_hand"], body.p["far_hand"]]
    top = min(h[1] for h in hands) + HAND_R
    edge = min(h[0] for h in hands) - 0.05
    g = ground(body)
    return [
        capsule([(edge + 0.35, top + 0.3), (edge + 0.35, g - 0.05)], LINE * 1.3, PROP),
        capsule([(edge + 3.4, top + 0.3), (edge + 3.4, g - 0.05)], LINE * 1.3, PROP),
        solid(edge, top, edge + 3.8, top + 0.3),
    ]


def step_box(body: Body, view: Box) -> list[Item]:
    ankle = body.p["near_heel"]
    top = ankle[1] + WIDTH["foot"] / 2
    return [solid(ankle[0] - 0.8, top, ankle[0] + 1.0, ground(body))]


def ball_centre(body: Body) -> Point:
    _, n = body.spine(body.pose.ball_at)
    return along(body.back(body.pose.ball_at), n, BALL_R)


def wall(body: Body, view: Box) -> list[Item]:
    x, g = ball_centre(body)[0] - BALL_R, ground(body)
    return [
        element(
            "rect", None, x=x - 0.9, y=view[1], width=0.9, height=g - view[1], fill=PROP, fill_opacity=0.3
        ),
        element(
            "line", None, x1=x - LINE / 2, y1=view[1], x2=x - LINE / 2, y2=g, stroke=PROP, stroke_width=LINE
        ),
    ]


def ball(body: Body, view: Box) -> list[Item]:
    c, r = ball_centre(body), BALL_R * 0.7
    seam = f"M{pts([(c[0] - r, c[1] - r)])} Q{pts([c])} {pts([(c[0] - r, c[1] + r)])}"
    return [
        circle(c, BALL_R, BALL, stroke=BALL_EDGE, stroke_width=0.07),
        element("path", None, d=seam, stroke=BALL_EDGE, stroke_width=0.06),
    ]


def strap(body: Body, view: Box) -> list[Item]:
    p = body.p
    a, t = p["near_heel"], p["near_toe"]
    n, by = back_normal(a, t), -(WIDTH["foot"] / 2 + 0.07)  # the sole is opposite the back normal
    heel, toe = along(lerp(a, t, 0.25), n, by), along(lerp(a, t, 0.8), n, by)
    return [capsule([p["far_hand"], heel, toe, p["near_hand"]], 0.14, STRAP)]


def heat_pack(body: Body, view: Box) -> list[Item]:
    q, n = body.spine(LOWBACK_T)
    length, thick = 1.15, 0.36
    c = along(q, n, torso_width(LOWBACK_T) / 2 + thick / 2 - 0.05)
    d = (-n[1], n[0])  # along the spine
    angle = math.degrees(math.atan2(d[1], d[0])) - 90
    out = [
        element(
            "rect",
            around([c], length / 2),
            x=c[0] - thick / 2,
            y=c[1] - length / 2,
            width=thick,
            height=length,
            rx=0.12,
            fill=HEAT,
            transform=f"rotate({num(angle)} {num(c[0])} {num(c[1])})",
        )
    ]
    for k in (-0.32, 0.0, 0.32):
        base = along(along(c, d, k), n, 0.42)
        wave = [along(along(base, n, s), d, w) for s, w in ((0, 0), (0.18, 0.1), (0.36, -0.1), (0.54, 0))]
        out.append(
            element(
                "path",
                around(wave, 0.06),
                d=f"M{pts(wave[:1])} C{pts(wave[1:])}",
                stroke=ACCENT,
                stroke_width=0.11,
            )
        )
    return out


def outdoors(body: Body, view: Box) -> list[Item]:
    g = ground(body) + LINE / 2
    x0, _, x1, _ = body.box()
    out = [element("line", None, x1=x0 - 2.2, y1=g, x2=x1 + 2.6, y2=g, stroke=PROP, stroke_width=LINE)]
    for x in (x0 - 1.4, x1 + 0.6, x1 + 1.6):
        tuft = [
            (x - 0.2, g - 0.3),
            (x, g - 0.02),
            (x + 0.05, g - 0.4),
            (x + 0.12, g - 0.02),
            (x + 0.32, g - 0.28),
        ]
        out.append(capsule(tuft, 0.09, LEAF))
    tx = x1 + 2.0
    out.append(capsule([(tx, g), (tx, g - 2.2)], 0.28, PROP))
    out.append(circle((tx, g - 3.1), 1.05, LEAF, fill_opacity=0.85))
    return out


PROPS: dict[str, Callable[[Body, Box], list[Item]]] = {
    "floor": floor,
    "mat": mat,
    "chair": chair,
    "support-chair": support_chair,
    "desk": desk,
    "step": step_box,
    "wall": wall,
    "outdoors": outdoors,
    "ball": ball,
    "strap": strap,
    "heat-pack": heat_pack,
}
FRONT = {"ball", "strap", "heat-pack"}  # props drawn over the body
