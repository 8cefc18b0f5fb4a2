"""Generate the exercise pictures in assets/exercises/ from the pose table (run as a module)."""

from __future__ import annotations

import argparse
import logging
import math
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

from coach.tools import icons, topview
from coach.tools.arrows import arrow_items
from coach.tools.drawing import (
    ACCENT,
    BODY,
    FAR,
    FRONT,
    HAND,
    LINE,
    NEAR,
    PROPS,
    Item,
    capsule,
    circle,
    ground,
    num,
    shape,
)
from coach.tools.poses import POSES, Pose
from coach.tools.skeleton import (
    HAND_R,
    HEAD_R,
    WIDTH,
    Body,
    Box,
    along,
    back_normal,
    build,
    dist,
    lerp,
    problems,
    torso_width,
    union,
)
from coach.tools.topview import TopPose

log = logging.getLogger(__name__)

VIEW_W, VIEW_H = 400, 300
UNIT = 30.0  # pixels per head unit, the same in every picture
MARGIN = 10.0

# ---------------------------------------------------------------- the figure


def torso(body: Body) -> list[Item]:
    """The trunk as one filled outline along the spine curve, rounded at hips and shoulders."""
    ts = [i / 16 for i in range(17)]
    back = [body.back(t) for t in ts]
    front = [body.back(t, torso_width(t)) for t in ts]
    ends = [circle(body.spine(t)[0], torso_width(t) / 2, BODY) for t in (0.0, 1.0)]
    return [*ends, shape(back + front[::-1], BODY)]


def head(body: Body) -> list[Item]:
    """Head with a hair cap over the back and crown, which shows which way the figure faces."""
    c, neck = body.p["head"], body.p["neck"]
    u = ((c[0] - neck[0]) / dist(neck, c), (c[1] - neck[1]) / dist(neck, c))
    b = back_normal(neck, c)
    rim = [
        along(along(c, u, HEAD_R * math.cos(math.radians(a))), b, HEAD_R * math.sin(math.radians(a)))
        for a in range(-35, 136, 10)
    ]
    inner = [along(along(c, u, 0.18), b, 0.22), along(along(c, u, 0.32), b, -0.05)]
    nose = along(along(c, b, -HEAD_R * 0.93), u, -0.04)
    return [
        capsule([body.p["shoulder"], neck], WIDTH["neck"], BODY),
        circle(nose, 0.15, BODY),
        circle(c, HEAD_R, BODY),
        shape(rim + inner[::-1], NEAR),
    ]


ACCENT_W = 0.3


def accent(body: Body, name: str) -> Item:
    """A short warm stripe inside the edge of the part the exercise works on."""
    inset = ACCENT_W / 2 + 0.05
    if name == "lowback":
        return capsule([body.back(0.06 + i * 0.05, inset) for i in range(9)], ACCENT_W, ACCENT)
    side, part, t0, t1 = ACCENTS[name]
    a, b = body.p[f"{side}_knee"], body.p["hip"]
    n = back_normal(a, b)
    by = (WIDTH["thigh"] / 2 - inset) * (1 if part == "back" else -1)
    return capsule([along(lerp(a, b, t0), n, by), along(lerp(a, b, t1), n, by)], ACCENT_W, ACCENT)


# (leg, side of the thigh, from, to) measured from the knee (0) to the hip (1).
ACCENTS = {
    "hamstring": ("near", "back", 0.2, 0.8),
    "hip-flexor": ("near", "front", 0.6, 1.0),
    "glute": ("near", "back", 0.75, 1.05),
}
ACCENT_AFTER = {
    "lowback": "torso",
    "hamstring": "near_thigh",
    "hip-flexor": "near_thigh",
    "glute": "near_thigh",
}


# Far limbs first, near limbs last, so the body overlaps itself the way it does in a side view.
DRAW_ORDER = ("far_upper", "far_fore", "far_thigh", "far_shin", "far_foot", "torso")
DRAW_ORDER += ("near_thigh", "near_shin", "near_foot", "near_upper", "near_fore")


def figure(body: Body) -> list[Item]:
    """The body back to front: far limbs, trunk and head, near limbs; accents over their part."""
    limbs = {name: (q, w) for name, q, w in body.limbs()}
    out: list[Item] = []
    for name in DRAW_ORDER:
        if name == "torso":
            out += torso(body) + head(body)
        else:
            colour = FAR if name.startswith("far") else NEAR
            out.append(capsule(*limbs[name], colour))
            if name.endswith("_fore"):
                hand = HAND if body.pose.hands else colour
                out.append(circle(body.p[name.replace("_fore", "_hand")], HAND_R, hand))
        out += [accent(body, a) for a in body.pose.accents if ACCENT_AFTER[a] == name]
    return out


# ---------------------------------------------------------------- files


def header(title: str) -> str:
    """The XML declaration, the root element with the shared view box, and the title."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{VIEW_W}" height="{VIEW_H}" viewBox="0 0 {VIEW_W} {VIEW_H}">\n'
        f"  <title>{escape(title)}</title>\n"
    )


def items(body: Body, view: Box, arrows: bool = True) -> list[Item]:
    """Everything in one picture, back to front: props behind the body, the body, props over it,
    then the movement arrows (a ring's far half goes behind the body)."""
    back = [i for name in body.pose.props if name not in FRONT for i in PROPS[name](body, view)]
    front = [i for name in body.pose.props if name in FRONT for i in PROPS[name](body, view)]
    for arrow in body.pose.arrows if arrows else ():
        hidden, shown = arrow_items(body, arrow)
        back += hidden
        front += shown
    return back + figure(body) + front


TOP_VIEWS = (topview.FIGURE_FOUR,)  # pictures seen from above (coach/tools/topview.py)


def layout(bodies: list[Body]) -> list[tuple[float, float]]:
    """Shift each frame of one exercise so its pin joint and floor stay put and the group is centred."""
    everywhere: Box = (-1e3, -1e3, 1e3, 1e3)
    boxes = []
    for b in bodies:
        px, g = b.p[b.pose.pin][0], ground(b) + LINE
        x0, y0, x1, _ = union(i.box for i in items(b, everywhere) if i.box)
        boxes.append((x0 - px, y0 - g, x1 - px, 0.0))
    x0, y0, x1, y1 = union(boxes)
    if UNIT * (x1 - x0) > VIEW_W - 2 * MARGIN or UNIT * (y1 - y0) > VIEW_H - 2 * MARGIN:
        raise ValueError(f"{bodies[0].pose.name}: the picture does not fit the view box")
    pin_x = VIEW_W / 2 - UNIT * (x0 + x1) / 2
    floor_y = VIEW_H / 2 - UNIT * (y0 + y1) / 2
    return [(pin_x - UNIT * b.p[b.pose.pin][0], floor_y - UNIT * (ground(b) + LINE)) for b in bodies]


def render(body: Body, shift: tuple[float, float]) -> str:
    """The SVG text of one picture; head units become pixels through one group transform."""
    tx, ty = shift
    view = (-tx / UNIT, -ty / UNIT, (VIEW_W - tx) / UNIT, (VIEW_H - ty) / UNIT)
    lines = [
        header(body.pose.title),
        f'  <g transform="translate({num(tx)} {num(ty)}) scale({num(UNIT)})" fill="none" '
        'stroke-linecap="round" stroke-linejoin="round">\n',
    ]
    lines += [f"    {i.svg}\n" for i in items(body, view)]
    lines.append("  </g>\n</svg>\n")
    return "".join(lines)


def pictures(poses: Iterable[Pose] = POSES, strict: bool = True) -> dict[str, str]:
    """File name -> SVG text for every pose; raises ValueError if a pose looks wrong (when strict)."""
    groups: dict[str, list[Body]] = {}
    for pose in poses:
        groups.setdefault(pose.group or pose.name, []).append(build(pose))
    out = {}
    for bodies in groups.values():
        issues = [msg for b in bodies for msg in problems(b)]
        if issues and strict:
            raise ValueError("\n".join(issues))
        for msg in issues:
            log.warning("%s", msg)
        for body, shift in zip(bodies, layout(bodies), strict=True):
            out[f"{body.pose.name}.svg"] = render(body, shift)
    for top in TOP_VIEWS:
        out[f"{top.name}.svg"] = render_top_view(top)
    return out


def render_top_view(pose: TopPose) -> str:
    """The SVG text of a picture seen from above, centred in the shared view box."""
    x0, y0, x1, y1 = topview.box(pose)
    if UNIT * (x1 - x0) > VIEW_W - 2 * MARGIN or UNIT * (y1 - y0) > VIEW_H - 2 * MARGIN:
        raise ValueError(f"{pose.name}: the picture does not fit the view box")
    tx, ty = VIEW_W / 2 - UNIT * (x0 + x1) / 2, VIEW_H / 2 - UNIT * (y0 + y1) / 2
    lines = [
        header(pose.title),
        f'  <g transform="translate({num(tx)} {num(ty)}) scale({num(UNIT)})" fill="none" '
        'stroke-linecap="round" stroke-linejoin="round">\n',
    ]
    lines += [f"    {i.svg}\n" for i in topview.items(pose)]
    lines.append("  </g>\n</svg>\n")
    return "".join(lines)


def write_all(exercises: Path, icon_dir: Path, strict: bool = True) -> list[Path]:
    """Write every exercise picture, the player's keyframes and both app icons; return the paths."""
    from coach.tools.moves import FILE, motion_json  # moves builds on this module

    written = []
    shown = {**pictures(strict=strict), FILE: motion_json()}
    for folder, files in ((exercises, shown), (icon_dir, icons.icons())):
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            path = folder / name
            path.write_text(text, encoding="utf-8", newline="\n")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    assets = Path(__file__).resolve().parents[2] / "assets"
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=assets, help="assets folder to write into")
    parser.add_argument("--draft", action="store_true", help="write the pictures even if a pose looks wrong")
    args = parser.parse_args(argv)
    logging.basicConfig(format="%(levelname)s: %(message)s")
    for path in write_all(args.out / "exercises", args.out / "icons", strict=not args.draft):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
