"""A short question after a stop for pain: does bending this way make the pain worse?"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.core.bending import BACKWARD, FORWARD


class BendingQuestion(QFrame):
    """Offers "leave out forward/backward bending" for the directions asked; hidden otherwise.

    Signals:
        answered(str): ``forward`` or ``backward``, the direction the user says makes it worse.
    """

    answered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.buttons = {
            FORWARD: QPushButton(self.tr("Yes, bending forward makes it worse"), self),
            BACKWARD: QPushButton(self.tr("Yes, bending backward makes it worse"), self),
        }
        row = QHBoxLayout()
        for direction, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, d=direction: self._answer(d))
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(row)
        self.hide()

    def ask(self, directions: tuple[str, ...]) -> None:
        """Show the question for ``directions`` (hide it when there are none)."""
        if not directions:
            self.hide()
            return
        if directions == (FORWARD,):
            text = self.tr("Did bending forward bring the pain on?")
        elif directions == (BACKWARD,):
            text = self.tr("Did bending backward bring the pain on?")
        else:
            text = self.tr("Does bending forward or backward make your back or leg pain worse?")
        self.question.setText(
            text + " " + self.tr("Coach can leave out the exercises that bend that way from now on.")
        )
        for direction, button in self.buttons.items():
            button.setVisible(direction in directions)
            button.setEnabled(True)
        self.show()

    @Slot()
    def _answer(self, direction: str) -> None:
        self.buttons[direction].setEnabled(False)
        self.question.setText(
            self.tr("Done: exercises that bend forward are left out. You can change this in Settings.")
            if direction == FORWARD
            else self.tr("Done: exercises that bend backward are left out. You can change this in Settings.")
        )
        self.answered.emit(direction)
