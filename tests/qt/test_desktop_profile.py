"""The desktop profile's decisions and what the app does with them: notes, closing without a tray, the welcome."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox

from coach import paths
from coach.app import CoachApp, Services
from coach.controllers.desktop import DesktopProfile
from coach.core.clock import ManualClock
from coach.core.delivery import Abilities
from coach.core.library import load_library
from coach.core.settings import BreakStyle, Settings
from coach.platform.activity import FULLSCREEN, IDLE, LOCK
from coach.platform.session import Session
from coach.qt.main_window import MainWindow
from coach.qt.settings_dialog import SettingsDialog


class WindowManagerClose(QCloseEvent):
    """A close from the window manager's title bar (the window system's events are spontaneous)."""

    def spontaneous(self) -> bool:
        return True


pytestmark = pytest.mark.qt_log_ignore("QSoundEffect", "PulseAudio", "pa_context", "propagateSizeHints")

FULL = Abilities(notifications=True, actions=True, tray=True, tray_messages=True)
X11 = DesktopProfile(Session("x11", "XFCE"), frozenset({IDLE, LOCK, FULLSCREEN}), FULL)
KDE_WAYLAND = DesktopProfile(Session("wayland", "KDE"), frozenset({LOCK}), FULL, places_windows=False)
GNOME_WAYLAND = DesktopProfile(
    Session("wayland", "GNOME"),
    frozenset({IDLE, LOCK}),
    Abilities(notifications=True, actions=True),
    places_windows=False,
)
WINDOWS = DesktopProfile(
    Session("windows"), frozenset({IDLE, LOCK, FULLSCREEN}), Abilities(tray=True, tray_messages=True)
)
CLOCK_ONLY = DesktopProfile(Session("x11", "XFCE"), frozenset(), FULL)


def test_a_complete_x11_desktop_has_nothing_to_confess():
    assert X11.presence_note() is None
    assert X11.notes(BreakStyle.NOTIFY) == ["Desktop: XFCE on X11."]
    assert not X11.close_minimizes


def test_kde_wayland_says_idle_is_missing_the_lock_counts_and_full_screen_is_unknown():
    notes = " ".join(KDE_WAYLAND.notes(BreakStyle.PROMPT))
    assert "Desktop: KDE on Wayland." in notes
    assert (
        "does not tell Coach how long you have been idle" in notes and "locked screen counts as away" in notes
    )
    assert "full-screen window" in notes
    assert "decides where Coach's prompt window appears" in notes


def test_gnome_wayland_without_a_tray_minimises_on_close_and_says_so():
    assert GNOME_WAYLAND.close_minimizes
    notes = " ".join(GNOME_WAYLAND.notes(BreakStyle.PROMPT))
    assert "no system tray" in notes and "Quit" in notes
    assert GNOME_WAYLAND.presence_note() is None


def test_notification_style_without_buttons_is_explained():
    assert any("cannot carry Start, Later and Skip" in n for n in WINDOWS.notes(BreakStyle.NOTIFY))
    assert not any("cannot carry" in n for n in WINDOWS.notes(BreakStyle.PROMPT))
    assert not any("full-screen" in n for n in WINDOWS.notes(BreakStyle.PROMPT))  # Windows sees it


def test_no_activity_source_means_the_clock():
    assert CLOCK_ONLY.presence_note() == (
        "Activity detection is unavailable on this desktop: breaks follow the clock."
    )


def test_settings_show_the_notes_and_follow_the_chosen_style(qtbot):
    library = load_library(paths.library_dirs())
    settings = Settings()
    settings = dataclasses.replace(
        settings, movement_breaks=dataclasses.replace(settings.movement_breaks, style=BreakStyle.PROMPT)
    )
    dialog = SettingsDialog(settings, library.routines.values(), desktop_notes=WINDOWS.notes)
    qtbot.addWidget(dialog)
    assert "Desktop: Windows." in dialog.desktop_label.text()
    assert "cannot carry" not in dialog.desktop_label.text()
    dialog.style.setCurrentIndex(dialog.style.findData(BreakStyle.NOTIFY))
    assert "cannot carry Start, Later and Skip" in dialog.desktop_label.text()


def test_closing_the_window_without_a_tray_minimises_it(qtbot):
    library = load_library(paths.library_dirs())
    window = MainWindow(library, user_folder=paths.user_exercises_dir())
    qtbot.addWidget(window)
    window.hide_on_close, window.minimize_on_close = False, True
    window.show()
    with qtbot.waitSignal(window.minimized_on_close, timeout=1000):
        window.closeEvent(WindowManagerClose())
    assert window.isMinimized() and window.isVisible()
    window.close()  # Qt closing it to quit (not the user): it closes, so quitting is not refused
    assert not window.isVisible()


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "show", lambda box: texts.append(box.text()))
    return texts


@pytest.fixture
def started(qapp, coach_home):
    """The tray app as ``run_app`` builds it (offscreen: no tray, no notification server)."""
    built: list[CoachApp] = []

    def start() -> CoachApp:
        services = Services(ManualClock(wall=datetime(2026, 1, 5, 9, 0, tzinfo=UTC)), UTC)
        services.settings = dataclasses.replace(services.settings, sounds=False)
        app = CoachApp(qapp, services, minimized=True)
        built.append(app)
        return app

    yield start
    for app in built:
        if app.windows.welcome is not None:
            app.windows.welcome.close()
        app.shutdown()
        app.window.hide_on_close = app.window.minimize_on_close = False
        app.window.close()
        app.window.deleteLater()
        app.setParent(None)
        app.deleteLater()
    qapp.setQuitOnLastWindowClosed(True)
    qapp.processEvents()


def test_the_app_without_a_tray_shows_its_window_and_minimises_on_close(started, shown, qtbot):
    app = started()
    # --minimized without a tray: minimised, not hidden where nothing could bring it back
    assert not app.desktop.abilities.tray and app.window.isVisible() and app.window.isMinimized()
    assert app.window.minimize_on_close
    app.windows.welcome.close()
    app.window.closeEvent(WindowManagerClose())
    assert app.window.isVisible() and app.window.isMinimized()  # still reachable, not vanished
    app.window.closeEvent(WindowManagerClose())
    told = [t for t in shown if "keeps running, minimised" in t]
    assert len(told) == 1  # said once


def test_questions_wait_for_the_first_run_welcome(started, qtbot):
    app = started()
    assert app.windows.welcome is not None and app.presenter.held
    app.windows.welcome.close()
    qtbot.waitUntil(lambda: not app.presenter.held, timeout=2000)
    assert app.windows.welcome_done


def test_a_welcome_closed_by_a_signal_is_asked_again(started, qtbot, qapp):
    from coach.qt.lifecycle import _QUITTING

    app = started()
    assert app.windows.welcome is not None
    qapp.setProperty(_QUITTING, True)  # what SIGTERM at logout does before it closes every window
    try:
        app.windows.welcome.reject()
        qtbot.waitUntil(lambda: not app.presenter.held, timeout=2000)
        assert not app.windows.welcome_done
    finally:
        qapp.setProperty(_QUITTING, False)


def test_start_at_login_on_windows_uses_the_console_free_entry_point(monkeypatch, tmp_path):
    from coach.controllers import autostart

    monkeypatch.setattr(autostart.shutil, "which", lambda name: rf"C:\Coach\Scripts\{name}.exe")
    assert autostart.launch_command("win32") == [r"C:\Coach\Scripts\coach-gui.exe"]
    monkeypatch.setattr(autostart.shutil, "which", lambda name: None)
    python = tmp_path / "python.exe"
    (tmp_path / "pythonw.exe").write_text("")
    assert autostart.launch_command("win32", str(python)) == [str(tmp_path / "pythonw.exe"), "-m", "coach"]
    assert autostart.launch_command("linux", "/usr/bin/python3") == ["/usr/bin/python3", "-m", "coach"]
