"""``coach run`` and the launcher's "Start a desk break" follow the user's bending answers."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from PySide6.QtWidgets import QMessageBox

from coach.controllers.services import Services, routine_to_run
from coach.core.clock import ManualClock
from coach.core.safety import routine_allowed, suitable_routine
from coach.qt.bending_warning import BendingWarning, bends_against


def _services(**answers: bool) -> Services:
    services = Services(ManualClock(datetime(2026, 1, 5, 10, tzinfo=UTC)), UTC)
    services.settings = dataclasses.replace(services.settings, **answers)
    return services


def test_next_break_is_the_suitable_break_next_in_turn():
    services = _services(avoid_backward_bending=True, avoid_forward_bending=True)
    try:
        routine = routine_to_run(services, "next-break")
        assert routine is not None and routine.purpose == "movement-break"
        assert routine_allowed(routine, True, True)
        assert not routine_allowed(services.library.routines["desk-break"], True, True)
        assert routine_to_run(services, "desk-break").id == "desk-break"  # a named one is itself
    finally:
        services.close()


def test_a_routine_that_bends_the_avoided_way_asks_first(qtbot):
    services = _services(avoid_backward_bending=True)
    try:
        routine = services.library.routines["desk-break"]
        directions = bends_against(routine, True, False)
        assert directions == ["backward"]
        suitable = suitable_routine(services.library.routines, "desk-break", True, False)
        assert suitable is not None and suitable.id != "desk-break"
        warning = BendingWarning(routine, directions, suitable)
        qtbot.addWidget(warning)
        assert "bending backward" in warning.text() and suitable.name in warning.informativeText()
        assert warning.suitable_button is not None
        warning.show()
        warning.suitable_button.click()
        assert warning.choice() is suitable
        anyway = BendingWarning(routine, directions, suitable)
        qtbot.addWidget(anyway)
        anyway.show()
        anyway.anyway_button.click()
        assert anyway.choice() is routine
        closed = BendingWarning(routine, directions, None)
        qtbot.addWidget(closed)
        closed.show()
        closed.button(QMessageBox.StandardButton.Cancel).click()
        assert closed.choice() is None and closed.suitable_button is None
        assert bends_against(routine, False, False) == []
    finally:
        services.close()


def test_the_launcher_action_starts_the_break_next_in_turn(tmp_path):
    from coach.commands.desktop import install
    from coach.commands.library import check_routine_id

    entry = install(tmp_path, exec_line="coach")["desktop"].read_text()
    assert "Exec=coach run next-break" in entry and "run desk-break" not in entry
    assert check_routine_id("next-break") == 0
