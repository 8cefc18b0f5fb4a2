"""The player's steps: every step, the highlighted bold one too, fits its row at a narrow width."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from coach.core.clock import ManualClock
from coach.core.runner import Runner
from coach.qt.player import PlayerWindow, WrappingDelegate
from tests.helpers.factories import make_exercise, make_routine

LONG = (
    "Lie on your back with your knees bent and your feet flat on the floor, hip-width apart, "
    "arms by your sides and your neck long and relaxed."
)


def test_a_long_bold_step_wraps_instead_of_being_cut(qtbot):
    clock = ManualClock()
    exercise = make_exercise("x", hold_s=10, reps=2, rest_s=5, steps=(LONG, LONG, LONG, "Relax."))
    window = PlayerWindow(Runner(make_routine(exercise), clock), clock)
    qtbot.addWidget(window)
    window.place_in(QRect(0, 0, 700, 600))
    window.show()
    qtbot.waitExposed(window)
    window.start()
    clock.advance(window.runner.phase_remaining_s + 0.01)  # into the hold: a long step is current
    window.driver.wake()
    steps = window.steps
    qtbot.waitUntil(lambda: steps.currentRow() >= 1)
    qtbot.waitUntil(lambda: not steps.visualRect(steps.model().index(1, 0)).isEmpty())
    padding = WrappingDelegate.PADDING
    for row in range(steps.count()):
        item = steps.item(row)
        rect = steps.visualRect(steps.model().index(row, 0))
        room = QRect(0, 0, rect.width() - padding.width(), 100_000)
        needed = QFontMetrics(item.font()).boundingRect(room, Qt.TextFlag.TextWordWrap, item.text())
        assert needed.height() + padding.height() <= rect.height() + 1, (row, item.font().bold())
        assert rect.right() <= steps.viewport().width() + 1
    assert steps.item(steps.currentRow()).font().bold()
