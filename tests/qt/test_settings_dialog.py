"""The settings dialog applies valid changes at once and refuses invalid ones with a message."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication

from coach import paths
from coach.core.library import load_library
from coach.core.settings import BreakStyle, Settings, TimeRange
from coach.qt.settings_dialog import SettingsDialog, parse_day_hours


def make(qtbot, settings=None, **kw):
    library = load_library(paths.library_dirs())
    dialog = SettingsDialog(settings or Settings(), library.routines.values(), **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_changes_apply_at_once(qtbot):
    dialog = make(qtbot)
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        dialog.every.setValue(45)
    assert blocker.args[0].movement_breaks.every_s == 45 * 60
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        dialog.style.setCurrentIndex(dialog.style.findData(BreakStyle.OVERLAY))
    assert blocker.args[0].movement_breaks.style is BreakStyle.OVERLAY
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        dialog.avoid_backward.setChecked(True)
    assert blocker.args[0].avoid_backward_bending
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        dialog.avoid_forward.setChecked(True)
    assert blocker.args[0].avoid_forward_bending and blocker.args[0].avoid_backward_bending


def test_working_hours_split_day_and_errors(qtbot):
    dialog = make(qtbot)
    dialog.hours["mon"].setText("08:00-12:00, 13:00-17:00")
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        dialog.hours["mon"].editingFinished.emit()
    assert [str(r) for r in blocker.args[0].working_hours.mon] == ["08:00-12:00", "13:00-17:00"]
    dialog.hours["tue"].setText("17:00-09:00")
    with qtbot.assertNotEmitted(dialog.settings_changed):
        dialog.hours["tue"].editingFinished.emit()
    assert dialog.error.isVisible() and "Tuesday" in dialog.error.text()


def test_notice_must_be_shorter_than_the_interval(qtbot):
    dialog = make(qtbot)
    dialog.every.setValue(5)
    with qtbot.assertNotEmitted(dialog.settings_changed):
        dialog.notice.setValue(6)
    assert "heads-up" in dialog.error.text()


def test_walks_can_be_added_edited_and_removed(qtbot):
    dialog = make(qtbot)
    assert dialog.walk_list.count() == 1
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        dialog.add_walk.click()
    assert len(blocker.args[0].walks) == 2
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        dialog.walk_editor.at.setTime(QTime(17, 45))
    assert blocker.args[0].walks[1].at == time(17, 45)
    assert "17:45" in dialog.walk_list.item(1).text()
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        dialog.remove_walk.click()
    assert len(blocker.args[0].walks) == 1


def test_load_shows_a_file_edited_by_hand_without_saving(qtbot):
    dialog = make(qtbot)
    import dataclasses

    edited = dataclasses.replace(Settings(), sounds=False)
    with qtbot.assertNotEmitted(dialog.settings_changed):
        dialog.load(edited)
    assert not dialog.sounds.isChecked()


def test_autostart_toggle_and_unavailable(qtbot):
    calls = []
    dialog = make(qtbot, autostart=(False, calls.append))
    dialog.autostart.setChecked(True)
    assert calls == [True]
    assert not make(qtbot, autostart=None).autostart.isEnabled()


def test_parse_day_hours():
    assert parse_day_hours("") == () and parse_day_hours("off") == ()
    assert parse_day_hours("13:00-17:00, 08:00-12:00") == (
        TimeRange(time(8), time(12)),
        TimeRange(time(13), time(17)),
    )


def test_still_pictures_shows_the_desktop_choice_and_stays_with_it_until_changed(qtbot, monkeypatch):
    from coach.qt import design

    monkeypatch.setattr(design, "desktop_animations_off", lambda widget=None: True)
    dialog = make(qtbot)
    assert dialog.still.isChecked()  # the desktop turns animations off
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        dialog.sounds.setChecked(False)
    assert blocker.args[0].still_pictures is None  # still left to the desktop
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        dialog.still.setChecked(False)
    assert blocker.args[0].still_pictures is False  # the user wants the moving figure after all
    monkeypatch.setattr(design, "desktop_animations_off", lambda widget=None: False)
    dialog = make(qtbot, Settings(still_pictures=True))
    assert dialog.still.isChecked()
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        dialog.still.setChecked(False)
    assert blocker.args[0].still_pictures is False


def test_each_tab_gets_a_dialog_as_tall_as_it_needs_without_empty_space_below(qtbot):
    dialog = make(qtbot)
    heights = {}
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        page = dialog.tabs.currentWidget()
        qtbot.waitUntil(lambda page=page: page.isVisible() and page.height() > 0)
        QApplication.processEvents()
        empty = page.height() - page.childrenRect().bottom()
        assert empty <= 40, f"tab {index}: {empty} px of empty space below its content"
        heights[index] = dialog.height()
    assert len(set(heights.values())) > 1  # short tabs make a shorter dialog
    dialog.tabs.setCurrentIndex(0)
    assert dialog.height() == heights[0]
