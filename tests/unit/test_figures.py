"""The exercise pictures and app icons: generated output is committed, Qt-friendly and anatomically sane."""

from __future__ import annotations

import json
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from coach.tools import figures, moves, topview
from coach.tools.arrows import ARROW
from coach.tools.drawing import ACCENT, BALL_R, FAR, LINE, NEAR, ball_centre, chair, ground, support_chair
from coach.tools.poses import POSES, Leg
from coach.tools.skeleton import (
    BONES,
    HAND_R,
    HEAD_R,
    WIDTH,
    bend,
    build,
    problems,
    solve_two_bone,
    step,
    torso_width,
)

ASSETS = Path(__file__).resolve().parents[2] / "assets"
SVG_NS = "{http://www.w3.org/2000/svg}"
ALLOWED = {"svg", "g", "path", "line", "circle", "ellipse", "rect", "polyline", "polygon", "title"}
FORBIDDEN_ATTRS = {"style", "class", "filter", "mask", "clip-path"}

EXERCISES = {
    "forward-bend", "standing-childs-pose", "seated-backbend", "standing-backbend-start",
    "standing-backbend-end", "knee-hug-start", "knee-hug-end", "cat-cow-start", "cat-cow-end",
    "standing-hamstring-stretch", "supine-hamstring-stretch", "tennis-ball-roll-start",
    "tennis-ball-roll-end", "piriformis-stretch", "hip-flexor-stretch", "walking-flexion-break",
    "pelvic-tilt-start", "pelvic-tilt-end", "bridge-start", "bridge-end", "bird-dog-start", "bird-dog-end", "heat-pack",
    "march-on-the-spot-start", "march-on-the-spot-end", "hip-circles", "standing-pelvic-tilt-start",
    "standing-pelvic-tilt-end", "calf-raises-start", "calf-raises-end",
}  # fmt: skip
ICONS = {"coach", "coach-symbolic"}


def committed() -> list[Path]:
    return sorted((ASSETS / "exercises").glob("*.svg")) + sorted((ASSETS / "icons").glob("*.svg"))


def test_expected_pictures_are_committed():
    assert {p.stem for p in (ASSETS / "exercises").glob("*.svg")} == EXERCISES
    assert {p.stem for p in (ASSETS / "icons").glob("*.svg")} == ICONS


def test_regenerating_gives_identical_bytes(tmp_path):
    written = figures.write_all(tmp_path / "exercises", tmp_path / "icons")
    assert len(written) == len(EXERCISES) + len(ICONS) + 1  # and motion.json
    for new in written:
        old = ASSETS / new.parent.name / new.name
        assert old.read_bytes() == new.read_bytes(), f"{old} is stale: run python -m coach.tools.figures"


@pytest.mark.parametrize("path", committed(), ids=lambda p: p.name)
def test_svg_uses_only_what_qtsvg_tiny_renders(path):
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert re.fullmatch(r"0 0 \d+ \d+", root.get("viewBox", ""))
    title = root.find(f"{SVG_NS}title")
    assert title is not None and len(title.text or "") > 10
    for el in root.iter():
        assert el.tag.startswith(SVG_NS), el.tag
        assert el.tag.removeprefix(SVG_NS) in ALLOWED, el.tag
        assert not FORBIDDEN_ATTRS & set(el.attrib), el.attrib
        assert "url(" not in " ".join(el.attrib.values())
        # Tiny 1.2 paths have no elliptical arcs.
        assert not re.search(r"[Aa]", el.get("d", ""))


@pytest.mark.parametrize("path", sorted((ASSETS / "exercises").glob("*.svg")), ids=lambda p: p.name)
def test_pictures_share_one_view_box_and_avoid_black_and_white(path):
    root = ET.parse(path).getroot()
    assert root.get("viewBox") == f"0 0 {figures.VIEW_W} {figures.VIEW_H}"
    colours = {v.lower() for el in root.iter() for k, v in el.attrib.items() if k in ("fill", "stroke")}
    assert not colours & {"#000", "#000000", "black", "#fff", "#ffffff", "white"}


@pytest.mark.parametrize("pose", POSES, ids=lambda p: p.name)
def test_every_pose_passes_the_anatomy_checks(pose):
    assert problems(build(pose)) == []


@pytest.mark.parametrize("group", sorted({p.group for p in POSES if p.group}))
def test_frames_of_one_exercise_keep_the_pin_joint_and_floor_in_place(group):
    bodies = [build(p) for p in POSES if p.group == group]
    assert len(bodies) == 2
    shifts = figures.layout(bodies)
    pins = [b.p[b.pose.pin][0] * figures.UNIT + sx for b, (sx, _) in zip(bodies, shifts, strict=True)]
    floors = [ground(b) * figures.UNIT + sy for b, (_, sy) in zip(bodies, shifts, strict=True)]
    assert pins[0] == pytest.approx(pins[1])
    assert floors[0] == pytest.approx(floors[1])


def test_two_bone_reach_lands_on_target_and_bends_the_asked_way():
    root, target = (0.0, 0.0), (1.0, 1.5)
    for sign in (1.0, -1.0):
        upper, lower, miss = solve_two_bone(root, target, 1.3, 1.3, sign)
        end = step(step(root, upper, 1.3), lower, 1.3)
        assert miss == 0
        assert end == pytest.approx(target)
        assert sign * bend(lower - upper) > 0


def test_out_of_reach_targets_are_reported():
    _, _, miss = solve_two_bone((0.0, 0.0), (0.0, 4.0), 1.3, 1.3, 1.0)
    assert miss == pytest.approx(4.0 - 2.6)


def test_a_knee_bent_backward_is_caught():
    pose = next(p for p in POSES if p.name == "standing-backbend-end")
    broken = replace(pose, legs=(Leg(-20, 30), pose.legs[1]))
    assert any("near knee" in msg for msg in problems(build(broken)))


def pose(name: str):
    return next(p for p in POSES if p.name == name)


def lean_back(body) -> float:
    """Degrees the hip-to-shoulder line leans back from vertical (negative leans forward)."""
    (hx, hy), (sx, sy) = body.p["hip"], body.p["shoulder"]
    return math.degrees(math.atan2(hx - sx, hy - sy))


@pytest.mark.parametrize("name", ["standing-backbend-end", "seated-backbend"])
def test_backbends_lean_back_with_hands_on_the_lower_back_and_elbows_behind(name):
    body = build(pose(name))
    assert 12 <= lean_back(body) <= 25
    assert body.angles["chest"] - 180 >= 15  # the upper trunk is clearly past upright
    for side in ("near", "far"):
        hand, elbow = body.p[f"{side}_hand"], body.p[f"{side}_elbow"]
        assert body.p["hip"][1] > hand[1] > body.p["waist"][1] - 0.5  # at the small of the back
        assert elbow[0] < hand[0] < body.p["hip"][0]  # behind the body, elbow pointing back


def test_standing_backbend_keeps_the_hips_forward_and_the_head_over_the_heels():
    body = build(pose("standing-backbend-end"))
    assert body.p["hip"][0] - body.p["near_ankle"][0] > 0.5
    assert body.p["near_heel"][0] - body.p["head"][0] < 0.6


def test_seated_backbend_sits_on_the_front_half_of_the_chair():
    body = build(pose("seated-backbend"))
    seat = next(i.box for i in chair(body, (-1e3, -1e3, 1e3, 1e3)) if i.svg.startswith("<rect"))
    assert (seat[0] + seat[2]) / 2 < body.p["hip"][0] < seat[2]


def test_hip_flexor_stretch_is_a_standing_split_stance_holding_a_chair():
    body = build(pose("hip-flexor-stretch"))
    p, a, floor = body.p, body.angles, body.floor
    back, front = "near", "far"  # the accent marks the near (back) leg
    assert "hip-flexor" in body.pose.accents and "support-chair" in body.pose.props
    assert p[f"{front}_ankle"][0] - p[f"{back}_ankle"][0] > 2.5  # a long step
    assert abs(bend(a[f"{back}_thigh"] - a[f"{back}_shin"])) < 10  # back leg nearly straight
    assert bend(a[f"{front}_thigh"] - a[f"{front}_shin"]) > 30  # front knee bent
    assert p[f"{back}_heel"][1] < p[f"{back}_toe"][1] - 0.3  # back heel lifted
    for end in (f"{back}_toe", f"{front}_heel", f"{front}_toe"):
        assert p[end][1] + WIDTH["foot"] / 2 == pytest.approx(floor, abs=0.05)
    assert max(p["near_knee"][1], p["far_knee"][1]) < floor - 1.0  # no knee on the floor
    assert abs(lean_back(body)) < 3  # trunk upright
    top = min(i.box[1] for i in support_chair(body, (-1e3, -1e3, 1e3, 1e3)) if i.box)
    assert p["far_hand"][1] + HAND_R == pytest.approx(top, abs=0.01)  # resting on the chair back
    assert abs(p["near_hand"][0] - p["hip"][0]) < 0.3  # the other hand on the hip


def knee_bend(body, side: str) -> float:
    return bend(body.angles[f"{side}_thigh"] - body.angles[f"{side}_shin"])


def on_floor(body, point: str) -> bool:
    return body.p[point][1] + WIDTH["foot"] / 2 == pytest.approx(body.floor, abs=0.05)


def hollow(body) -> float:
    """How far the small of the back sits inside the line from buttocks to shoulder blades."""
    (ax, ay), (bx, by) = body.back(0.02), body.back(0.95)
    nx, ny = by - ay, -(bx - ax)  # normal of that line pointing out of the back (for an upright body)
    d = math.hypot(nx, ny)
    return max(((ax - x) * nx + (ay - y) * ny) / d for x, y in (body.back(t / 20) for t in range(4, 13)))


def test_march_lifts_one_knee_to_hip_height_with_the_opposite_arm_forward():
    start, end = build(pose("march-on-the-spot-start")), build(pose("march-on-the-spot-end"))
    assert abs(start.angles["near_thigh"]) < 5 and on_floor(start, "near_toe") and on_floor(start, "far_toe")
    p = end.p
    assert abs(p["near_knee"][1] - p["hip"][1]) < 0.4  # knee about level with the hip
    assert on_floor(end, "far_heel") and on_floor(end, "far_toe")  # the standing foot stays flat
    assert p["near_toe"][1] < end.floor - 1.0  # the lifted foot is well clear of the floor
    assert p["far_hand"][0] - p["shoulder"][0] > 0.8  # the opposite (far) arm swings forward
    assert p["near_hand"][0] < p["shoulder"][0] - 0.3  # the same-side arm swings back
    assert abs(lean_back(end)) < 3


def test_hip_circles_stand_with_hands_on_hips_and_a_ring_around_the_pelvis():
    body = build(pose("hip-circles"))
    for side in ("near", "far"):
        assert math.dist(body.p[f"{side}_hand"], body.p["hip"]) < 0.8
        assert 5 < knee_bend(body, side) < 40  # knees soft
    (ring,) = body.pose.arrows
    assert ring.anchor == "hip" and ring.squash < 0.5 and abs(ring.end - ring.start) >= 270
    assert ring.radius > torso_width(0.0) / 2  # the ring clears the body


def test_standing_pelvic_tilt_frames_differ_at_the_pelvis_and_the_lower_back():
    start, end = build(pose("standing-pelvic-tilt-start")), build(pose("standing-pelvic-tilt-end"))
    assert bend(end.angles["lumbar"] - start.angles["lumbar"]) >= 20  # the pelvis tips back and under
    assert hollow(start) - hollow(end) > 0.25  # the hollow of the lower back flattens
    assert hollow(end) < 0.05
    for body in (start, end):
        assert abs(lean_back(body)) < 8  # shoulders stay over the hips
        for side in ("near", "far"):
            assert 5 < knee_bend(body, side) < 40
            assert on_floor(body, f"{side}_heel")


def test_calf_raises_go_up_on_the_toes():
    bodies = [build(pose("calf-raises-start")), build(pose("calf-raises-end"))]
    start, end = bodies
    for side in ("near", "far"):
        assert on_floor(start, f"{side}_heel") and on_floor(start, f"{side}_toe")
        assert on_floor(end, f"{side}_toe")
        assert end.p[f"{side}_heel"][1] < end.p[f"{side}_toe"][1] - 0.35  # heels lifted
        assert abs(knee_bend(end, side)) < 8  # standing tall
    shifts = figures.layout(bodies)
    heads = [b.p["head"][1] * figures.UNIT + sy for b, (_, sy) in zip(bodies, shifts, strict=True)]
    assert heads[0] - heads[1] > 0.3 * figures.UNIT  # the whole body rises
    hands = [
        (b.p["near_hand"][0] * figures.UNIT + sx, b.p["near_hand"][1] * figures.UNIT + sy)
        for b, (sx, sy) in zip(bodies, shifts, strict=True)
    ]
    assert hands[0] == pytest.approx(hands[1], abs=0.5)  # fingertips stay on the desk
    for body in bodies:
        assert "desk" in body.pose.props
        assert body.p["near_hand"][0] - body.p["shoulder"][0] > 0.8  # reaching forward to it


def test_seated_backbend_head_follows_the_lean():
    body = build(pose("seated-backbend"))
    assert body.angles["neck"] >= body.angles["chest"]  # the head follows, face turned up


def test_standing_backbend_keeps_the_head_in_line_with_the_upper_back():
    start, end = build(pose("standing-backbend-start")), build(pose("standing-backbend-end"))
    assert abs(bend(end.angles["neck"] - end.angles["chest"])) <= 5  # no throwing the head back
    assert abs(lean_back(start)) < 3 and lean_back(end) - lean_back(start) > 10
    for body in (start, end):
        for side in ("near", "far"):
            assert body.p["hip"][1] > body.p[f"{side}_hand"][1] > body.p["waist"][1] - 0.5


def segment_t(p, a, b) -> float:
    """Where the point nearest to ``p`` lies along the segment from ``a`` (0) to ``b`` (1)."""
    (ax, ay), (bx, by) = a, b
    d2 = (bx - ax) ** 2 + (by - ay) ** 2
    return max(0.0, min(1.0, ((p[0] - ax) * (bx - ax) + (p[1] - ay) * (by - ay)) / d2))


def segment_dist(p, a, b) -> float:
    t = segment_t(p, a, b)
    return math.dist(p, (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))


@pytest.mark.parametrize("name", ["knee-hug-start", "knee-hug-end"])
def test_knee_hug_hands_hold_behind_the_thigh_just_below_the_knee_never_the_shin(name):
    body = build(pose(name))
    p = body.p
    hip, knee, ankle = p["hip"], p["near_knee"], p["near_ankle"]
    for side in ("near", "far"):
        hand = p[f"{side}_hand"]
        assert segment_dist(hand, hip, knee) < segment_dist(hand, knee, ankle) - 0.12  # thigh, not shin
        assert 0.6 <= segment_t(hand, hip, knee) < 0.95  # just below the knee, not over it
        assert segment_dist(hand, hip, knee) < WIDTH["thigh"] / 2 + HAND_R  # touching the thigh
        # ...on its back (hamstring) side: the side away from the chest.
        across = (hand[0] - knee[0]) * (hip[1] - knee[1]) - (hand[1] - knee[1]) * (hip[0] - knee[0])
        chest = (p["waist"][0] - knee[0]) * (hip[1] - knee[1]) - (p["waist"][1] - knee[1]) * (
            hip[0] - knee[0]
        )
        assert across * chest < 0


def test_knee_hug_frames_draw_the_knee_toward_the_chest():
    start, end = build(pose("knee-hug-start")), build(pose("knee-hug-end"))
    assert bend(end.angles["near_thigh"] - start.angles["near_thigh"]) >= 20
    assert math.dist(end.p["near_knee"], end.p["shoulder"]) < math.dist(
        start.p["near_knee"], start.p["shoulder"]
    )


def lumbar_gap(body) -> float:
    """Height of the small of the back above the floor, for a body lying on its back."""
    return body.floor - max(body.back(t / 20)[1] for t in range(4, 11))


def test_lying_pelvic_tilt_frames_differ_at_the_pelvis_and_close_the_lumbar_gap():
    start, end = build(pose("pelvic-tilt-start")), build(pose("pelvic-tilt-end"))
    assert abs(bend(end.angles["lumbar"] - start.angles["lumbar"])) >= 25
    assert lumbar_gap(start) > 0.3  # a visible arch under the lower back
    assert lumbar_gap(end) < 0.1  # pressed flat into the floor (the waist is a little narrower)


def test_bird_dog_reaching_arm_never_crosses_the_face():
    body = build(pose("bird-dog-end"))
    p, a = body.p, body.angles
    head, r = p["head"], HEAD_R
    # The reaching arm is the far one, drawn behind the head; the near arm stays clear of the head.
    assert figures.DRAW_ORDER.index("far_upper") < figures.DRAW_ORDER.index("torso")
    for q in (p["near_elbow"], p["near_hand"]):
        assert segment_dist(head, p["shoulder"], q) > r + WIDTH["upper"] / 2
    assert p["far_hand"][0] - HAND_R > head[0] + r  # the hand shows in front of the face
    assert abs(bend(a["far_upper"] - a["chest"])) <= 8 and abs(bend(a["far_fore"] - a["far_upper"])) <= 5
    assert bend(a["far_upper"] - a["chest"]) <= 5  # not higher than the body
    # The opposite (near) leg stretches straight back, level; the far knee stays down.
    assert abs(bend(a["near_thigh"] + 94)) <= 8 and abs(bend(a["near_thigh"] - a["near_shin"])) <= 5
    assert p["far_knee"][1] == pytest.approx(body.floor - WIDTH["shin"] / 2, abs=0.1)


def test_tennis_ball_frames_roll_the_ball_up_the_back_against_a_fixed_wall():
    bodies = [build(pose("tennis-ball-roll-start")), build(pose("tennis-ball-roll-end"))]
    shifts = figures.layout(bodies)
    walls = [
        (ball_centre(b)[0] - BALL_R) * figures.UNIT + sx for b, (sx, _) in zip(bodies, shifts, strict=True)
    ]
    toes = [b.p["near_toe"][0] * figures.UNIT + sx for b, (sx, _) in zip(bodies, shifts, strict=True)]
    hips = [b.p["hip"][1] * figures.UNIT + sy for b, (_, sy) in zip(bodies, shifts, strict=True)]
    assert walls[0] == pytest.approx(walls[1], abs=1.0)
    assert toes[0] == pytest.approx(toes[1], abs=3.0)  # the feet stay put
    assert hips[1] - hips[0] > 0.4 * figures.UNIT  # knees bend: the body slides down the wall
    start, end = bodies
    assert end.pose.ball_at - start.pose.ball_at >= 0.1  # the ball rolls higher up the back
    for body in bodies:
        assert 0.15 <= body.pose.ball_at <= 0.5  # on the lower back, not the spine's upper part


# Exercises whose direction matters carry an arrow in at least one frame.
ARROWS = {
    "knee-hug", "pelvic-tilt", "standing-pelvic-tilt", "standing-backbend", "tennis-ball-roll",
    "march-on-the-spot", "calf-raises", "hip-circles", "cat-cow", "bridge", "bird-dog",
}  # fmt: skip


@pytest.mark.parametrize("group", sorted(ARROWS))
def test_movement_arrows_are_drawn_where_direction_matters(group):
    frames = [p for p in POSES if (p.group or p.name) == group]
    assert any(p.arrows for p in frames)
    name = next(p.name for p in frames if p.arrows)
    svg = (ASSETS / "exercises" / f"{name}.svg").read_text(encoding="utf-8")
    assert svg.count(ARROW) >= 2  # a shaft and a head


GROUPS = sorted({p.group for p in POSES if p.group})


@pytest.mark.parametrize("group", GROUPS)
def test_keyframes_blend_the_pose_and_keep_the_floor_and_pin_in_place(group):
    start, end = (p for p in POSES if p.group == group)
    frames = moves.keyframes(start, end)
    assert len(frames) == moves.KEYFRAMES
    a, b = build(start), build(end)
    assert frames[0][0].p == a.p and frames[-1][0].p == b.p
    pins = {round(body.p[start.pin][0] * figures.UNIT + sx, 6) for body, (sx, _) in frames}
    floors = {round((ground(body) + LINE) * figures.UNIT + sy, 6) for body, (_, sy) in frames}
    assert len(pins) == 1 and len(floors) == 1
    for body, _ in frames[1:-1]:
        assert body.lowest() == pytest.approx(body.floor)  # nothing floats or sinks mid-move
        for key in ("lumbar", "chest", "neck"):  # each angle lies between its two ends
            lo, hi = sorted((0.0, bend(b.angles[key] - a.angles[key])))
            assert lo - 1e-6 <= bend(body.angles[key] - a.angles[key]) <= hi + 1e-6


def test_motion_file_holds_every_two_frame_exercise_with_matching_keyframes():
    data = json.loads((ASSETS / "exercises" / moves.FILE).read_text(encoding="utf-8"))
    assert data["size"] == [figures.VIEW_W, figures.VIEW_H]
    starts = {f"{p.name}.svg": p for p in POSES if p.group and p.name.endswith("-start")}
    assert set(data["moves"]) == set(starts)
    for name, move in data["moves"].items():
        assert (ASSETS / "exercises" / move["end"]).exists()
        width = sum(s["n"] for s in move["shapes"])
        assert len(move["frames"]) == moves.KEYFRAMES
        assert all(len(f) == width for f in move["frames"])
        # The first keyframe draws the start picture without its arrows, shape for shape.
        svg = ET.parse(ASSETS / "exercises" / name).getroot()
        drawn = [el for el in svg.iter() if el.tag.removeprefix(SVG_NS) not in ("svg", "g", "title")]
        assert len(drawn) - len(move["shapes"]) == 2 * len(starts[name].arrows)
        assert move["frames"][0] != move["frames"][-1]  # it moves


def test_march_keyframes_keep_one_foot_on_the_floor_all_the_way():
    start, end = pose("march-on-the-spot-start"), pose("march-on-the-spot-end")
    for body, _ in moves.keyframes(start, end):
        assert on_floor(body, "far_heel") and on_floor(body, "far_toe")


def test_piriformis_is_seen_from_above_so_the_figure_four_reads():
    top = topview.FIGURE_FOUR
    p = top.p
    assert "seen from above" in top.title
    hip, knee, ankle = p["right_hip"], p["right_knee"], p["right_ankle"]
    other_hip, other_knee, other_ankle = p["left_hip"], p["left_knee"], p["left_ankle"]
    assert math.dist(ankle, other_knee) < WIDTH["thigh"]  # the ankle rests across the other knee
    assert abs(knee[1]) - abs(hip[1]) > 0.8  # the crossed knee falls out to the side
    area = abs((knee[0] - hip[0]) * (ankle[1] - hip[1]) - (ankle[0] - hip[0]) * (knee[1] - hip[1])) / 2
    assert area > 0.8  # hip, knee and ankle make the open triangle of the "4"
    assert (
        abs(other_knee[1] - other_hip[1]) < 0.2 and abs(other_ankle[1] - other_hip[1]) < 0.2
    )  # a straight line
    assert math.dist(knee, ankle) == pytest.approx(BONES["shin"], rel=0.1)  # the shin lies flat across
    assert math.dist(hip, knee) <= BONES["thigh"] and math.dist(other_hip, other_knee) <= BONES["thigh"]
    svg = (ASSETS / "exercises" / "piriformis-stretch.svg").read_text(encoding="utf-8")
    assert svg.count(ARROW) >= 2  # the thigh drawn toward the chest
    # The crossed leg is drawn over the other one, and the stretched buttock is on its side.
    drawn = topview.items(top)
    crossed = max(i for i, item in enumerate(drawn) if NEAR in item.svg and "line" in item.svg)
    uncrossed = max(i for i, item in enumerate(drawn) if FAR in item.svg and "line" in item.svg)
    assert crossed > uncrossed
    accent = next(item for item in drawn if ACCENT in item.svg)
    assert accent.box is not None and accent.box[1] > 0  # on the right (crossed) side


def _luminance(colour: str) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


@pytest.mark.parametrize("name", ["knee-hug-start", "knee-hug-end"])
def test_knee_hug_hands_stand_out_from_the_thigh_they_hold(name):
    from coach.tools.drawing import HAND

    lighter, darker = sorted((_luminance(HAND), _luminance(NEAR)), reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 3  # readable at the small sizes of the library list
    root = ET.parse(ASSETS / "exercises" / f"{name}.svg").getroot()
    hands = [c for c in root.iter(f"{SVG_NS}circle") if c.get("fill", "").lower() == HAND]
    assert hands and all(float(c.get("r", 0)) == pytest.approx(HAND_R) for c in hands)
    keyframes = json.loads((ASSETS / "exercises" / "motion.json").read_text())["moves"]
    assert any(s.get("fill") == HAND for s in keyframes["knee-hug-start.svg"]["shapes"])  # moving too


def test_other_pictures_keep_hands_in_the_colour_of_their_arm():
    from coach.tools.drawing import HAND

    others = [p for p in committed() if not p.name.startswith("knee-hug")]
    assert others and not any(HAND in p.read_text(encoding="utf-8") for p in others)
