"""The Today page: the next break and walk, what is done today, the streak, and one-click starts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.core.durations import format_duration
from coach.core.i18n import translate
from coach.core.library import Library
from coach.core.model import PURPOSE_TITLES, Routine
from coach.core.rotation import BREAK
from coach.core.safety import DISCLAIMER, routine_allowed
from coach.qt import design
from coach.qt.design import Role, Space
from coach.qt.resources import render_picture

ICON = QSize(40, 30)  # a routine's picture on its start button


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
    break_routine: str = ""  # id of the desk break next in turn
    notes: tuple[str, ...] = field(default_factory=tuple)


def _card(title: str, parent: QWidget) -> tuple[QFrame, QLabel, QLabel]:
    frame = design.card(parent=parent)
    heading = design.text(QLabel(title, frame), "caption")
    big = design.text(QLabel(frame), "heading")
    big.setWordWrap(True)
    small = design.text(QLabel(frame), "muted")
    small.setWordWrap(True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(*design.card_margins())
    layout.setSpacing(Space.XS)
    layout.addWidget(heading)
    layout.addWidget(big)
    layout.addWidget(small)
    layout.addStretch(1)
    frame.setAccessibleName(title)
    return frame, big, small


class HomeView(QScrollArea):
    """Today at a glance, laid out to fit a small laptop screen without scrolling.

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
        cards = QHBoxLayout()
        cards.setSpacing(Space.M)
        for card in (self.break_card, self.walk_card, self.done_card):
            cards.addWidget(card, 1)
        self.notes = QLabel(body)
        self.notes.setWordWrap(True)
        self.plan_box = QGroupBox(self.tr("Today's plan"), body)
        self.plan = QLabel(self.plan_box)
        self.plan.setWordWrap(True)
        self.plan.setTextFormat(Qt.TextFormat.RichText)
        plan_layout = QVBoxLayout(self.plan_box)
        plan_layout.addWidget(self.plan)
        plan_layout.addStretch(1)
        self.starts_box = QGroupBox(self.tr("Start a routine"), body)
        self.starts = QGridLayout(self.starts_box)
        self.starts.setHorizontalSpacing(Space.M)
        self.starts.setVerticalSpacing(Space.S)
        self.main_buttons: dict[str, QPushButton] = {}  # by purpose
        self.other_buttons: dict[str, QPushButton] = {}  # by purpose, with the "Other..." menu
        self.offered: dict[str, list[Routine]] = {}  # by purpose
        self._first: dict[str, Routine] = {}
        self._next_break = ""
        middle = QHBoxLayout()
        middle.setSpacing(Space.M)
        middle.addWidget(self.starts_box, 3)  # the plan column gets what the buttons leave
        middle.addWidget(self.plan_box, 2)
        self.disclaimer = design.text(QLabel(escape(translate("Safety", DISCLAIMER)), body), "caption")
        self.disclaimer.setWordWrap(True)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(Space.L, Space.L, Space.L, Space.M)
        layout.setSpacing(Space.M)
        layout.addLayout(cards)
        layout.addWidget(self.notes)
        layout.addLayout(middle, 1)
        layout.addWidget(self.disclaimer)
        self.setWidget(body)
        self.setProperty("fits", True)  # laid out to need no scrolling; the clipping check holds it to that
        self.set_routines(library, avoid_backward_bending)

    def set_routines(
        self, library: Library, avoid_backward_bending: bool, avoid_forward_bending: bool = False
    ) -> None:
        """One row per routine purpose, leaving out routines the user should not be offered.

        A row starts its main routine with one click (for desk breaks the one next in turn, see
        :meth:`show_first`); the others of the purpose are in the row's "Other..." menu.
        """
        while self.starts.count():
            item = self.starts.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
            elif item.layout():
                _clear(item.layout())
        self.main_buttons.clear()
        self.other_buttons.clear()
        self.offered.clear()
        box = self.starts_box
        slot = 0
        for purpose, title in PURPOSE_TITLES.items():
            routines = [
                r
                for r in library.routines.values()
                if r.purpose == purpose and routine_allowed(r, avoid_backward_bending, avoid_forward_bending)
            ]
            if not routines:
                continue
            self.offered[purpose] = routines
            caption = design.text(QLabel(purpose_title(title), box), "caption")
            row = QHBoxLayout()
            row.setSpacing(Space.S)
            button = QPushButton(box)
            if purpose == BREAK:
                design.button(button, Role.PRIMARY)  # no picture: a blue figure would vanish on blue
            button.clicked.connect(_starter(self, purpose))
            row.addWidget(button)
            self.main_buttons[purpose] = button
            if len(routines) > 1:
                other = QPushButton(
                    self.tr("Other breaks") if purpose == BREAK else self.tr("Other versions"), box
                )
                other.setMenu(QMenu(other))
                # as tall as the two-line button beside it (a fixed height would squeeze that one)
                other.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
                row.addWidget(other)
                self.other_buttons[purpose] = other
            row.addStretch(1)
            # one row per purpose, its name on the left: short enough for a small laptop screen
            self.starts.addWidget(
                caption, slot, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            self.starts.addLayout(row, slot, 1)
            self._first[purpose] = routines[0]
            self._fill_row(purpose)
            slot += 1
        self.starts.setRowStretch(self.starts.rowCount(), 1)
        if self._next_break:
            self.show_first(BREAK, self._next_break)

    def show_first(self, purpose: str, routine_id: str) -> None:
        """Make ``routine_id`` the row's main routine (the desk break next in turn), if offered."""
        if purpose == BREAK:
            self._next_break = routine_id
        for routine in self.offered.get(purpose, ()):
            if routine.id == routine_id and self._first[purpose] is not routine:
                self._first[purpose] = routine
                self._fill_row(purpose)

    def first(self, purpose: str) -> Routine | None:
        """The routine the row's main button starts."""
        return self._first.get(purpose) if purpose in self.main_buttons else None

    def _fill_row(self, purpose: str) -> None:
        first = self._first[purpose]
        button = self.main_buttons[purpose]
        duration = format_duration(first.duration_s)
        button.setText(f"{first.name}\n{duration}".replace("&", "&&"))  # a name's "&" is no shortcut
        if purpose != BREAK:
            button.setIcon(_picture(first))
            button.setIconSize(ICON)
        tip = first.summary
        if purpose == BREAK and len(self.offered[purpose]) > 1:
            tip = self.tr("Next in turn: the desk breaks take turns through the day.") + "\n" + tip
        button.setToolTip(tip)
        button.setAccessibleName(
            self.tr("Start {name}, {duration}").format(name=first.name, duration=duration)
        )
        button.setAccessibleDescription(first.summary)
        other = self.other_buttons.get(purpose)
        if other is None:
            return
        menu = other.menu()
        menu.clear()
        for routine in self.offered[purpose]:
            if routine is first:
                continue
            label = f"{routine.name} · {format_duration(routine.duration_s)}"
            action = menu.addAction(_picture(routine), label.replace("&", "&&"))
            action.setToolTip(routine.summary)
            action.triggered.connect(_emitter(self, routine))
        menu.setToolTipsVisible(True)

    def show_facts(self, facts: TodayFacts) -> None:
        if facts.break_routine:
            self.show_first(BREAK, facts.break_routine)
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


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().deleteLater()


def _picture(routine: Routine) -> QIcon:
    images = routine.items[0].exercise.images if routine.items else ()
    return QIcon(render_picture(images[-1], ICON * 2)) if images else QIcon()


def _starter(view: HomeView, purpose: str) -> Callable[[], None]:
    return lambda: view.start_requested.emit(view.first(purpose))


def _emitter(view: HomeView, routine: Routine) -> Callable[[], None]:
    return lambda: view.start_requested.emit(routine)
