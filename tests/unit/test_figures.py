"""The exercise pictures and app icons: generated output is committed, Qt-friendly and anatomically sane."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from coach.tools import figures
from coach.tools.drawing import ground
from coach.tools.poses import POSES, Leg
from coach.tools.skeleton import bend, build, problems, solve_two_bone, step

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
