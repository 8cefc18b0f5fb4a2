"""Before ``coach run`` plays a routine that bends the way the user said hurts: play it anyway, or
the suitable version."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from coach.core.model import Routine
from coach.core.safety import routine_allowed


def bends_against(routine: Routine, avoid_backward: bool, avoid_forward: bool) -> list[str]:
    """Which of the directions the user avoids ``routine`` bends: ``backward``, ``forward``."""
    found = []
    if avoid_backward and not routine_allowed(routine, True, False):
        found.append("backward")
    if avoid_forward and not routine_allowed(routine, False, True):
        found.append("forward")
    return found


class BendingWarning(QMessageBox):
    """Asks before a routine that bends the avoided way: ``choice()`` is the routine to play, or
    None when the user closed the notice."""

    def __init__(
        self, routine: Routine, directions: list[str], suitable: Routine | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.routine, self.suitable = routine, suitable
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle("Coach")
        how = {
            "backward": self.tr("bending backward"),
            "forward": self.tr("bending forward"),
        }
        self.setText(
            self.tr("{routine} includes {movement}, which you said makes your pain worse.").format(
                routine=routine.name, movement=self.tr(" and ").join(how[d] for d in directions)
            )
        )
        self.suitable_button: QPushButton | None = None
        if suitable is not None:
            self.setInformativeText(self.tr("{routine} leaves it out.").format(routine=suitable.name))
            self.suitable_button = self.addButton(
                self.tr("Play the suitable version"), QMessageBox.ButtonRole.AcceptRole
            )
            self.setDefaultButton(self.suitable_button)
        self.anyway_button = self.addButton(self.tr("Play anyway"), QMessageBox.ButtonRole.DestructiveRole)
        self.addButton(QMessageBox.StandardButton.Cancel)

    def choice(self) -> Routine | None:
        clicked = self.clickedButton()
        if clicked is None:
            return None
        if clicked is self.suitable_button:
            return self.suitable
        if clicked is self.anyway_button:
            return self.routine
        return None
