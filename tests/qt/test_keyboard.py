"""Every window can be used by keyboard alone, and every control a screen reader meets has a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from coach import paths
from coach.core.clock import ManualClock
from coach.core.library import load_library
from coach.core.runner import Runner
from coach.core.settings import Settings
from coach.qt.main_window import MainWindow
from coach.qt.player import PlayerWindow
from coach.qt.settings_dialog import SettingsDialog
from coach.qt.welcome import WelcomeWizard

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QSpinBox)


def tab_chain(qtbot, window: QWidget, presses: int = 80) -> list[QWidget]:
    """The widgets Tab visits, in order, starting from the window's first focusable widget."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.focusNextChild()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    seen: list[QWidget] = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        if widget is not None and widget not in seen:
            seen.append(widget)
        qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Tab)
    return seen


def named(widget: QWidget) -> bool:
    if widget.accessibleName():
        return True
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().replace("&", "").strip())
    return False


def check(qtbot, window: QWidget, must_reach: list[QWidget]) -> None:
    window.show()
    chain = tab_chain(qtbot, window)
    missing = [w for w in must_reach if w not in chain]
    assert not missing, [
        type(w).__name__ + ":" + (w.accessibleName() or getattr(w, "text", lambda: "")()) for w in missing
    ]
    unnamed = [w for w in chain if isinstance(w, CONTROLS) and not named(w)]
    assert not unnamed, [type(w).__name__ for w in unnamed]


def test_main_window_library_by_keyboard(qtbot):
    window = MainWindow(load_library(paths.library_dirs()), user_folder=paths.user_exercises_dir())
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.library_view)
    view = window.library_view
    check(
        qtbot,
        window,
        [view.search, view.position, view.kind, view.avoid_backward, view.list, view.detail.start_button],
    )


def test_player_by_keyboard(qtbot):
    library = load_library(paths.library_dirs())
    clock = ManualClock()
    player = PlayerWindow(Runner(library.routines["desk-break"], clock), clock)
    qtbot.addWidget(player)
    check(
        qtbot,
        player,
        [
            player.pain_before,
            player.back_button,
            player.pause_button,
            player.skip_button,
            player.stop_button,
            player.hurts_button,
        ],
    )


def test_settings_dialog_by_keyboard(qtbot):
    library = load_library(paths.library_dirs())
    dialog = SettingsDialog(Settings(), library.routines.values(), autostart=(False, lambda _on: None))
    qtbot.addWidget(dialog)
    check(
        qtbot,
        dialog,
        [
            dialog.every,
            dialog.routine,
            dialog.style,
            dialog.notice,
            dialog.postpone,
            dialog.max_postpones,
            dialog.away,
        ],
    )


def test_welcome_by_keyboard(qtbot):
    wizard = WelcomeWizard(Settings(), autostart=(False, lambda _on: None))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    check(qtbot, wizard, [wizard.work_start, wizard.work_end, wizard.walks, wizard.walk_at])
    # a radio group is one Tab stop (arrow keys choose within it)
    chain = tab_chain(qtbot, wizard)
    assert wizard.backward_yes in chain or wizard.backward_no in chain
