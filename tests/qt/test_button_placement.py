"""A click meant for one screen must not land on the next screen's pain or end button, nor the
other way round: no destructive button sits where the screen before or after has its main one.

A real session was logged as stopped for pain because "Save and close" on the summary sat
exactly where "Stop — this hurts" was on the player.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPushButton, QWidget

from coach.core.clock import ManualClock
from coach.core.runner import Runner
from coach.qt import design
from coach.qt.design import Role
from coach.qt.player import PlayerWindow
from coach.qt.prompts import BreakOverlay, PromptWindow
from tests.helpers.factories import make_exercise, make_routine

AREAS = {"default": QRect(0, 0, 1280, 800), "small": QRect(0, 0, 1093, 614)}


def _buttons(page: QWidget, role: Role) -> list[QRect]:
    """Screen rectangles of the visible buttons of ``role`` on ``page``."""
    found = []
    for button in page.findChildren(QPushButton):
        if button.isVisibleTo(page.window()) and design.role_of(button) is role:
            found.append(QRect(button.mapToGlobal(button.rect().topLeft()), button.size()))
    return found


def _assert_apart(before: QWidget, after: QWidget) -> None:
    """Neither screen's destructive buttons overlap the other screen's primary button."""
    pairs = (
        (_buttons(before, Role.DESTRUCTIVE), _buttons(after, Role.PRIMARY)),
        (_buttons(before, Role.PRIMARY), _buttons(after, Role.DESTRUCTIVE)),
    )
    assert _buttons(before, Role.PRIMARY) or _buttons(after, Role.PRIMARY), "no main button found"
    for first, second in pairs:
        for a in first:
            for b in second:
                assert not a.intersects(b), f"{a} overlaps {b}"


def _player(qtbot, area: QRect) -> PlayerWindow:
    clock = ManualClock()
    routine = make_routine(make_exercise("knee-hug", hold_s=5, reps=1, name="Knee hug"), id="r", name="R")
    window = PlayerWindow(Runner(routine, clock), clock)
    qtbot.addWidget(window)
    window.place_in(area)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    window._clock = clock
    return window


def _finish(window: PlayerWindow, qtbot) -> None:
    clock = window._clock
    while window.pages.currentWidget() is window.run_page:
        clock.advance(max(0.05, window.runner.phase_remaining_s))
        window.driver.wake()
    qtbot.waitUntil(lambda: window.save_button.isVisible())


@pytest.mark.parametrize("size", AREAS)
def test_player_to_summary(qtbot, size):
    window = _player(qtbot, AREAS[size])
    run_page = window.run_page
    run_rects = {role: _buttons(run_page, role) for role in Role}
    assert run_rects[Role.DESTRUCTIVE], "the run page has its stop buttons"
    _finish(window, qtbot)
    summary = window.summary_page
    assert _buttons(summary, Role.PRIMARY) == [
        QRect(window.save_button.mapToGlobal(window.save_button.rect().topLeft()), window.save_button.size())
    ]
    for a in run_rects[Role.DESTRUCTIVE]:
        for b in _buttons(summary, Role.PRIMARY):
            assert not a.intersects(b), f"'Stop' or 'this hurts' at {a} is where 'Save and close' is ({b})"
    for a in run_rects[Role.PRIMARY]:
        for b in _buttons(summary, Role.DESTRUCTIVE):
            assert not a.intersects(b)


@pytest.mark.parametrize("size", AREAS)
def test_player_to_stopped_for_pain(qtbot, size):
    window = _player(qtbot, AREAS[size])
    before = {role: _buttons(window.run_page, role) for role in Role}
    window.stop_for_pain()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.safety_page)
    after = _buttons(window.safety_page, Role.PRIMARY)
    for a in before[Role.DESTRUCTIVE]:
        for b in after:
            assert not a.intersects(b)


@pytest.mark.parametrize("size", AREAS)
@pytest.mark.parametrize("kind", ["overlay", "corner"])
def test_reminder_to_player(qtbot, size, kind):
    """The reminder's Start (where the pointer is) is not where the player opens its stop buttons."""
    area = AREAS[size]
    choices = [("start", "Start"), ("postpone", "Later (5 min)"), ("skip", "Skip")]
    if kind == "overlay":
        prompt = BreakOverlay("Movement break", "You have been sitting for 31 min.", choices, default="start")
        qtbot.addWidget(prompt)
        prompt.setGeometry(area)
        prompt.show()
    else:
        prompt = PromptWindow("Movement break", "You have been sitting for 31 min.", choices, default="start")
        qtbot.addWidget(prompt)
        prompt.adjustSize()
        prompt.move(area.right() - prompt.width() - 24, area.bottom() - prompt.height() - 48)
        prompt.show()
    qtbot.waitExposed(prompt)
    player = _player(qtbot, area)
    _assert_apart(prompt, player.run_page)


def test_the_check_catches_the_old_layout(qtbot):
    """Planted: a destructive button exactly where the next screen's main button is."""
    first, second = QWidget(), QWidget()
    for widget, role in ((first, Role.DESTRUCTIVE), (second, Role.PRIMARY)):
        qtbot.addWidget(widget)
        widget.setGeometry(100, 100, 400, 300)
        button = design.button(QPushButton("Stop — this hurts", widget), role)
        button.setGeometry(250, 250, 140, 36)
        widget.show()
        qtbot.waitExposed(widget)
    with pytest.raises(AssertionError):
        _assert_apart(first, second)


def test_the_player_opens_centred_on_the_working_screen(qtbot):
    """Not at the top-left corner after the reminder's countdown: centred where the user works."""
    clock = ManualClock()
    routine = make_routine(make_exercise("knee-hug", hold_s=5, name="Knee hug"), id="r", name="R")
    window = PlayerWindow(Runner(routine, clock), clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    area = design.working_screen_geometry()
    assert area.contains(window.frameGeometry())
    centre = window.frameGeometry().center()
    assert abs(centre.x() - area.center().x()) <= 2
    assert abs(centre.y() - area.center().y()) <= 2


@pytest.mark.parametrize("size", AREAS)
def test_the_full_screen_reminder_has_big_buttons(qtbot, size):
    choices = [("start", "Start"), ("postpone", "Later (5 min)"), ("skip", "Skip")]
    overlay = BreakOverlay("Movement break", "You have been sitting for 31 min.", choices, default="start")
    qtbot.addWidget(overlay)
    sheet = design.stylesheet(design.colours(), 10.0)  # Coach's sheet, as design.apply gives the app
    overlay.setStyleSheet(sheet)
    overlay.setGeometry(AREAS[size])
    overlay.show()
    qtbot.waitExposed(overlay)
    body = design.button(QPushButton("Body"), Role.PRIMARY, large=True)
    body.setStyleSheet(sheet)
    qtbot.addWidget(body)
    for button in overlay.buttons.values():
        assert button.width() >= 220 and button.height() >= 60
        assert button.fontInfo().pointSizeF() > body.fontInfo().pointSizeF()
