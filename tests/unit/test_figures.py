"""The exercise pictures and app icons: generated output is committed, Qt-friendly and anatomically sane."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from coach.tools import figures
from coach.tools.drawing import chair, ground, support_chair
from coach.tools.poses import POSES, Leg
from coach.tools.skeleton import HAND_R, WIDTH, bend, build, problems, solve_two_bone, step

ASSETS = Path(__file__).resolve().parents[2] / "assets"
SVG_NS = "{http://www.w3.org/2000/svg}"
ALLOWED = {"svg", "g", "path", "line", "circle", "ellipse", "rect", "polyline", "polygon", "title"}
FORBIDDEN_ATTRS = {"style", "class", "filter", "mask", "clip-path"}

EXERCISES = {
    "forward-bend", "standing-childs-pose", "seated-backbend", "standing-backbend", "knee-hug",
    "cat-cow-start", "cat-cow-end", "standing-hamstring-stretch", "supine-hamstring-stretch",
    "tennis-ball-roll", "piriformis-stretch", "hip-flexor-stretch", "walking-flexion-break",
    "pelvic-tilt-start", "pelvic-tilt-end", "bridge-start", "bridge-end", "bird-dog", "heat-pack",
}  # fmt: skip
ICONS = {"coach", "coach-symbolic"}


def committed() -> list[Path]:
    return sorted((ASSETS / "exercises").glob("*.svg")) + sorted((ASSETS / "icons").glob("*.svg"))


def test_expected_pictures_are_committed():
    assert {p.stem for p in (ASSETS / "exercises").glob("*.svg")} == EXERCISES
    assert {p.stem for p in (ASSETS / "icons").glob("*.svg")} == ICONS


def test_regenerating_gives_identical_bytes(tmp_path):
    written = figures.write_all(tmp_path / "exercises", tmp_path / "icons")
    assert len(written) == len(EXERCISES) + len(ICONS)
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
    pose = next(p for p in POSES if p.name == "standing-backbend")
    broken = replace(pose, legs=(Leg(-20, 30), pose.legs[1]))
    assert any("near knee" in msg for msg in problems(build(broken)))


def pose(name: str):
    return next(p for p in POSES if p.name == name)


def lean_back(body) -> float:
    """Degrees the hip-to-shoulder line leans back from vertical (negative leans forward)."""
    (hx, hy), (sx, sy) = body.p["hip"], body.p["shoulder"]
    return math.degrees(math.atan2(hx - sx, hy - sy))


@pytest.mark.parametrize("name", ["standing-backbend", "seated-backbend"])
def test_backbends_lean_back_with_hands_on_the_lower_back_and_elbows_behind(name):
    body = build(pose(name))
    assert 12 <= lean_back(body) <= 25
    assert body.angles["chest"] - 180 >= 15  # the upper trunk is clearly past upright
    assert body.angles["neck"] >= body.angles["chest"]  # the head follows, face turned up
    for side in ("near", "far"):
        hand, elbow = body.p[f"{side}_hand"], body.p[f"{side}_elbow"]
        assert body.p["hip"][1] > hand[1] > body.p["waist"][1] - 0.5  # at the small of the back
        assert elbow[0] < hand[0] < body.p["hip"][0]  # behind the body, elbow pointing back


def test_standing_backbend_keeps_the_hips_forward_and_the_head_over_the_heels():
    body = build(pose("standing-backbend"))
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
