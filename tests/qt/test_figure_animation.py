"""The player's animated figure: it moves during a move, rests during a hold or pause, and
falls back to the still pictures when asked for reduced motion."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QProxyStyle, QStyle

from coach import paths
from coach.core.clock import ManualClock
from coach.core.motion import MOVE_S, Motion
from coach.core.timeline import PhaseKind
from coach.qt.figure_animation import AnimatedPicture, load_moves
from tests.helpers.factories import make_exercise, make_routine
from tests.qt.test_player import make_player

PICTURES = paths.assets_dir() / "exercises"
KNEE_HUG = (PICTURES / "knee-hug-start.svg", PICTURES / "knee-hug-end.svg")


class Time:
    """A phase clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def picture(qtbot):
    widget = AnimatedPicture(reduce_motion=False)
    widget.resize(400, 300)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shot(widget) -> QImage:
    return widget.grab().toImage()


def test_the_figure_moves_during_a_move_and_rests_on_the_end_picture(qtbot, picture):
    time = Time()
    picture.show_moment(KNEE_HUG, 0, False, Motion(((0.0, 0.0), (MOVE_S, 1.0))), time, True)
    assert picture.moving
    first = shot(picture)
    seen = picture.frames_painted
    time.now = MOVE_S / 2
    qtbot.waitUntil(
        lambda: picture.frames_painted > seen and picture.pose == pytest.approx(0.5), timeout=2000
    )
    middle = shot(picture)
    assert middle != first
    time.now = MOVE_S * 0.9
    qtbot.waitUntil(lambda: picture.pose is not None and picture.pose > 0.9, timeout=2000)
    assert shot(picture) != middle
    time.now = MOVE_S + 0.1
    qtbot.waitUntil(lambda: not picture.moving, timeout=2000)
    assert picture.pose is None and picture.shown == (KNEE_HUG[1], False)


def test_nothing_repaints_while_holding(qtbot, picture):
    time = Time()
    time.now = MOVE_S + 3  # well into the hold
    picture.show_moment(KNEE_HUG, 1, False, Motion(((0.0, 0.0), (MOVE_S, 1.0))), time, True)
    assert not picture.moving and picture.pose is None
    assert picture.shown == (KNEE_HUG[1], False)
    assert picture.frames_painted == 0


def test_a_pause_mid_move_holds_that_pose_still(qtbot, picture):
    time = Time()
    motion = Motion(((0.0, 0.0), (MOVE_S, 1.0)))
    picture.show_moment(KNEE_HUG, 0, False, motion, time, True)
    time.now = MOVE_S * 0.4
    qtbot.waitUntil(lambda: picture.pose == pytest.approx(motion.at(MOVE_S * 0.4)), timeout=2000)
    picture.show_moment(KNEE_HUG, 0, False, motion, time, False)  # paused
    assert not picture.moving
    assert 0 < picture.pose < 1
    before = shot(picture)
    time.now = MOVE_S * 0.8  # the paused phase clock would not move, but even if it did...
    assert shot(picture) == before  # ...nothing is woken to repaint


def test_time_standing_still_stops_the_animation(qtbot, picture):
    time = Time()
    time.now = 0.3
    picture.show_moment(KNEE_HUG, 0, False, Motion(((0.0, 0.0), (MOVE_S, 1.0))), time, True)
    assert picture.moving
    qtbot.waitUntil(lambda: not picture.moving, timeout=3000)  # the routine ended under it


def test_mirrored_moving_figure_is_the_mirror_image(qtbot, picture):
    time = Time()
    time.now = MOVE_S / 2
    motion = Motion(((0.0, 0.0), (MOVE_S, 1.0)))
    picture.show_moment(KNEE_HUG, 0, False, motion, time, False)
    plain = shot(picture)
    picture.show_moment(KNEE_HUG, 0, True, motion, time, False)
    flipped = shot(picture)
    assert flipped != plain
    assert _alike(flipped.flipped(Qt.Orientation.Horizontal), plain)


def _alike(a: QImage, b: QImage) -> bool:
    """Nearly the same picture: at most 2 % of a coarse grid of pixels differ clearly."""
    step, differ, total = 4, 0, 0
    for y in range(0, a.height(), step):
        for x in range(0, a.width(), step):
            ca, cb = a.pixelColor(x, y), b.pixelColor(x, y)
            total += 1
            differ += (
                abs(ca.red() - cb.red()) + abs(ca.green() - cb.green()) + abs(ca.blue() - cb.blue()) > 60
            )
    return differ <= 0.02 * total


def test_reduced_motion_shows_the_still_pictures(qtbot, monkeypatch):
    monkeypatch.setenv("COACH_REDUCE_MOTION", "1")
    widget = AnimatedPicture()
    qtbot.addWidget(widget)
    assert widget.reduce_motion
    time = Time()
    time.now = 0.5
    widget.show_moment(KNEE_HUG, 0, False, Motion(((0.0, 0.0), (MOVE_S, 1.0))), time, True)
    assert not widget.moving and widget.pose is None
    assert widget.shown == (KNEE_HUG[0], False)


def test_single_pictures_and_missing_keyframes_show_the_still_picture(qtbot, picture, tmp_path, caplog):
    one = (PICTURES / "hip-circles.svg",)
    picture.show_moment(one, 0, False, None, Time(), True)
    assert not picture.moving and picture.shown == (one[0], False)
    broken = tmp_path / "pictures"
    broken.mkdir()
    for p in KNEE_HUG:
        (broken / p.name).write_bytes(p.read_bytes())
    (broken / "motion.json").write_text('{"size": [400, 300], "moves": {"knee-hug-start.svg": {}}}')
    with caplog.at_level(logging.WARNING):
        assert load_moves(broken) == {}
    assert "motion.json" in caplog.text
    images = tuple(broken / p.name for p in KNEE_HUG)
    picture.show_moment(images, 0, False, Motion(((0.0, 0.0), (MOVE_S, 1.0))), Time(), True)
    assert not picture.moving and picture.shown == (images[0], False)


def test_the_player_moves_the_figure_in_a_rep_and_rests_it_in_the_hold(qtbot):
    clock = ManualClock()
    routine = make_routine(
        make_exercise("knee-hug", hold_s=10, reps=2, rest_s=5, name="Knee hug", images=KNEE_HUG),
        id="r",
        name="R",
    )
    window, _, _ = make_player(qtbot, clock, routine)
    window.picture.reduce_motion = False
    window.start()
    assert not window.picture.moving  # getting ready: the start picture, still
    assert window.picture.shown[0] == KNEE_HUG[0]
    clock.advance(5)
    window.driver.wake()
    assert window.runner.phase.kind is PhaseKind.HOLD
    assert window.picture.moving
    before = shot(window.picture)
    clock.advance(MOVE_S / 2)
    qtbot.waitUntil(lambda: window.picture.pose == pytest.approx(0.5, abs=0.05), timeout=2000)
    assert shot(window.picture) != before  # the knee is on its way to the chest
    window.pause_button.click()
    assert not window.picture.moving  # paused mid-move: still
    window.pause_button.click()
    assert window.picture.moving
    clock.advance(MOVE_S)
    qtbot.waitUntil(lambda: not window.picture.moving, timeout=2000)
    assert window.picture.shown[0] == KNEE_HUG[1]  # holding: the end picture, with its arrows gone still
    painted = window.picture.frames_painted
    clock.advance(3)
    window.driver.wake()
    assert not window.picture.moving and window.picture.frames_painted == painted
    clock.advance(10 - 3 - MOVE_S * 1.5)
    window.driver.wake()
    assert window.runner.phase.kind is PhaseKind.REST
    assert window.picture.moving  # easing back to the start


def test_reduced_motion_player_never_animates(qtbot, monkeypatch):
    monkeypatch.setenv("COACH_REDUCE_MOTION", "yes")
    clock = ManualClock()
    routine = make_routine(make_exercise("knee-hug", hold_s=10, reps=2, rest_s=5, images=KNEE_HUG))
    window, _, _ = make_player(qtbot, clock, routine)
    window.start()
    clock.advance(5.5)
    window.driver.wake()
    assert window.runner.phase.kind is PhaseKind.HOLD
    assert not window.picture.moving and window.picture.shown[0] == KNEE_HUG[1]


def test_keyframes_are_read_once(tmp_path):
    assert load_moves(PICTURES) is load_moves(Path(PICTURES))


def test_a_resting_figure_sleeps_until_its_next_move_then_moves(qtbot, picture):
    time = Time()
    flow = Motion(((0.3, 0.0), (0.9, 1.0)))  # rests on the start, then crosses over
    picture.short_rest_s = 0.1  # a rest this long shows the still picture
    picture.show_moment(KNEE_HUG, 0, False, flow, time, True)
    assert not picture.moving and picture.pose is None
    assert picture.waiting_ms == 300  # one wake-up, when the move is due; no frames before
    time.now = 0.31
    qtbot.waitUntil(lambda: picture.moving, timeout=2000)
    assert picture.waiting_ms is None
    picture.show_moment(KNEE_HUG, 0, False, flow, time, False)  # paused: no wake-ups at all
    assert not picture.moving and picture.waiting_ms is None


def test_repeated_movements_are_known_by_their_cycle(qtbot, picture):
    march = (PICTURES / "march-on-the-spot-start.svg", PICTURES / "march-on-the-spot-end.svg")
    assert picture.cycle_of(march) > 0
    assert picture.cycle_of(KNEE_HUG) == 0
    assert picture.cycle_of(march[:1]) == 0
    picture.reduce_motion = True
    assert picture.cycle_of(march) == 0


def test_a_moment_between_moves_keeps_the_drawn_figure_so_nothing_flickers(qtbot, picture):
    time = Time()
    march = Motion(((0.0, 0.0), (0.5, 1.0), (0.8, 1.0), (1.3, 0.0)))
    picture.show_moment(KNEE_HUG, 0, False, march, time, True)
    time.now = 0.6  # up, for a moment
    qtbot.waitUntil(lambda: not picture.moving and picture.waiting_ms is not None, timeout=2000)
    assert picture.pose == 1.0  # still drawn, not swapped for the end picture and its arrows
    time.now = 0.81
    qtbot.waitUntil(lambda: picture.moving, timeout=2000)


def test_the_drawn_figure_lands_exactly_on_the_still_picture(qtbot, picture):
    time = Time()
    picture.show_moment(KNEE_HUG, 1, False, None, time, False)
    still = shot(picture)  # the end picture (it has no arrows)
    time.now = 9.9999
    picture.show_moment(KNEE_HUG, 1, False, Motion(((0.0, 0.0), (10.0, 1.0))), time, False)
    assert picture.pose is not None and picture.pose > 0.9999  # paused a hair before the end
    assert _alike(shot(picture), still)  # no jump when the still picture takes over


class NoAnimations(QProxyStyle):
    """A desktop style with animations turned off."""

    def styleHint(self, hint, option=None, widget=None, returnData=None):
        if hint == QStyle.StyleHint.SH_Widget_Animation_Duration:
            return 0
        return super().styleHint(hint, option, widget, returnData)


def test_a_desktop_without_animations_gets_still_pictures(qtbot, picture):
    style = NoAnimations()
    style.setParent(picture)  # lives as long as the widget that uses it
    picture.setStyle(style)
    time = Time()
    time.now = 0.5
    picture.show_moment(KNEE_HUG, 0, False, Motion(((0.0, 0.0), (MOVE_S, 1.0))), time, True)
    assert picture.still_only and not picture.moving and picture.pose is None


def test_the_still_pictures_setting_wins_over_the_desktop(qtbot, picture):
    style = NoAnimations()
    style.setParent(picture)
    picture.setStyle(style)
    assert picture.still_only  # left to the desktop, which turns animations off
    picture.still_setting = False
    assert not picture.still_only
    time = Time()
    time.now = 0.5
    picture.show_moment(KNEE_HUG, 0, False, Motion(((0.0, 0.0), (MOVE_S, 1.0))), time, True)
    assert picture.moving
    picture.setStyle(None)
    picture.still_setting = True
    picture.show_moment(KNEE_HUG, 0, False, Motion(((0.0, 0.0), (MOVE_S, 1.0))), time, True)
    assert picture.still_only and not picture.moving and picture.pose is None
