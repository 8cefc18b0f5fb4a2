"""The Today page: the next break and walk, what is done today, the streak, and one-click starts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.core.durations import format_duration
from coach.core.i18n import translate
from coach.core.library import Library
from coach.core.model import PURPOSE_TITLES, Routine
from coach.core.safety import DISCLAIMER, routine_allowed


def purpose_title(title: str) -> str:
    """A routine purpose's title (a value of ``PURPOSE_TITLES``, marked there) in the user's language."""
    return QCoreApplication.translate("Purpose", title)


@dataclass(frozen=True)
class TodayFacts:
    """What the Today page shows, gathered by the app from the scheduler and the log."""

    next_break: str = ""
    sitting: str = ""
    next_walk: str = ""
    walk_prep: str = ""
    done: str = ""
    streak: str = ""
    plan: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # ("12:15", "Heat pack on ...")
    notes: tuple[str, ...] = field(default_factory=tuple)


def _card(title: str, parent: QWidget) -> tuple[QFrame, QLabel, QLabel]:
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    heading = QLabel(title, frame)
    font = QFont(heading.font())
    font.setBold(True)
    heading.setFont(font)
    big = QLabel(frame)
    big_font = QFont(big.font())
    big_font.setPointSizeF(big_font.pointSizeF() * 1.35)
    big.setFont(big_font)
    big.setWordWrap(True)
    small = QLabel(frame)
    small.setWordWrap(True)
    layout = QVBoxLayout(frame)
    layout.addWidget(heading)
    layout.addWidget(big)
    layout.addWidget(small)
    layout.addStretch(1)
    frame.setAccessibleName(title)
    return frame, big, small


class HomeView(QScrollArea):
    """Today at a glance.

    Signals:
        start_requested(object): a Routine to play.
    """

    start_requested = Signal(object)

    def __init__(self, library: Library, avoid_backward_bending: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.break_card, self.next_break, self.sitting = _card(self.tr("Next movement break"), body)
        self.walk_card, self.next_walk, self.walk_prep = _card(self.tr("Next walk"), body)
        self.done_card, self.done, self.streak = _card(self.tr("Today"), body)
        cards = QGridLayout()
        cards.addWidget(self.break_card, 0, 0)
        cards.addWidget(self.walk_card, 0, 1)
        cards.addWidget(self.done_card, 0, 2)
        self.notes = QLabel(body)
        self.notes.setWordWrap(True)
        self.plan_box = QGroupBox(self.tr("Today's plan"), body)
        self.plan = QLabel(self.plan_box)
        self.plan.setWordWrap(True)
        self.plan.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.plan_box).addWidget(self.plan)
        self.disclaimer = QLabel(f"<small>{escape(translate('Safety', DISCLAIMER))}</small>", body)
        self.disclaimer.setWordWrap(True)
        self.starts = QVBoxLayout()
        self.start_buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(body)
        layout.addLayout(cards)
        layout.addWidget(self.notes)
        layout.addWidget(self.plan_box)
        layout.addLayout(self.starts)
        layout.addStretch(1)
        layout.addWidget(self.disclaimer)
        self.setWidget(body)
        self.set_routines(library, avoid_backward_bending)

    def set_routines(
        self, library: Library, avoid_backward_bending: bool, avoid_forward_bending: bool = False
    ) -> None:
        """One button per routine, grouped by purpose, leaving out those the user should not be offered."""
        while self.starts.count():
            item = self.starts.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.start_buttons.clear()
        for purpose, title in PURPOSE_TITLES.items():
            routines = [
                r
                for r in library.routines.values()
                if r.purpose == purpose
                and routine_allowed(r, avoid_backward_bending, avoid_forward_bending)
            ]
            if not routines:
                continue
            group = QGroupBox(purpose_title(title), self.widget())
            row = QHBoxLayout(group)
            for routine in routines:
                button = QPushButton(f"{routine.name}\n{format_duration(routine.duration_s)}", group)
                button.setToolTip(routine.summary)
                button.setAccessibleName(
                    self.tr("Start {name}, {duration}").format(
                        name=routine.name, duration=format_duration(routine.duration_s)
                    )
                )
                button.setAccessibleDescription(routine.summary)
                button.clicked.connect(_starter(self, routine))
                row.addWidget(button)
                self.start_buttons[routine.id] = button
            row.addStretch(1)
            self.starts.addWidget(group)

    def show_facts(self, facts: TodayFacts) -> None:
        self.next_break.setText(facts.next_break or "—")
        self.sitting.setText(facts.sitting)
        self.next_walk.setText(facts.next_walk or self.tr("No walk planned today"))
        self.walk_prep.setText(facts.walk_prep)
        self.done.setText(facts.done or self.tr("Nothing yet"))
        self.streak.setText(facts.streak)
        self.notes.setText("\n".join(facts.notes))
        self.notes.setVisible(bool(facts.notes))
        rows = "".join(
            f"<tr><td>{escape(t)}&nbsp;&nbsp;</td><td>{escape(what)}</td></tr>" for t, what in facts.plan
        )
        self.plan.setText(f"<table>{rows}</table>" if rows else self.tr("Nothing planned today."))


def _starter(view: HomeView, routine: Routine) -> Callable[[], None]:
    return lambda: view.start_requested.emit(routine)
