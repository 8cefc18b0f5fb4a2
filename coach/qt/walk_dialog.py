""" "How did the walk go?": minutes, back pain 0–10, whether a forward-bend pause was needed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.qt import design
from coach.qt.design import Role, Space
from coach.qt.resources import app_icon
from coach.qt.widgets import PainScale


class WalkDoneDialog(QDialog):
    """Asks how a walk went; emits ``rated`` with the answers, or nothing when dismissed.

    Signals:
        rated(object): a dict with ``minutes``, ``pain``, ``needed_flexion_break`` and ``note``.
    """

    rated = Signal(object)

    def __init__(self, minutes: float, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("How was your walk?"))
        self.setWindowIcon(app_icon())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(max(1, round(minutes)))
        self.minutes.setAccessibleName(self.tr("Minutes walked"))
        self.pain = PainScale(self.tr("Back pain during the walk"), self)
        self.flexion = QCheckBox(self.tr("I needed to stop and bend forward to ease my back"), self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Anything to remember (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMinimumWidth(
            self.note.fontMetrics().horizontalAdvance(self.note.placeholderText()) + Space.XXL
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setVerticalSpacing(Space.S)
        form.addRow(self.tr("&Walked for"), self.minutes)
        form.addRow(
            QLabel(self.tr("Back pain during the walk (optional; 0 = none, 10 = worst imaginable):"), self)
        )
        form.addRow(self.pain)
        form.addRow(self.flexion)
        form.addRow(self.tr("&Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not now"))
        design.button(buttons.button(QDialogButtonBox.StandardButton.Save), Role.PRIMARY)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.L, Space.L, Space.L, Space.L)
        layout.setSpacing(Space.M)
        layout.addWidget(
            design.text(
                QLabel(self.tr("Welcome back. A few words for your log help you see what works."), self),
                "lead",
            )
        )
        if note:  # how Coach ended the walk, when it did
            self.ended_note = QLabel(note, self)
            self.ended_note.setWordWrap(True)
            layout.addWidget(self.ended_note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.rated.emit(
            {
                "minutes": self.minutes.value(),
                "pain": self.pain.value(),
                "needed_flexion_break": self.flexion.isChecked(),
                "note": self.note.text().strip() or None,
            }
        )
        super().accept()
