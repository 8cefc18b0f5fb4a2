"""The first-run welcome: what Coach does, the safety checklist, four questions, start at login."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coach import paths
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.safety import DISCLAIMER
from coach.core.settings import DAYS, WEEKDAYS, Settings, TimeRange, Walk, WorkingHours
from coach.qt import design
from coach.qt.design import Space
from coach.qt.resources import app_icon
from coach.qt.safety_view import SafetyView
from coach.qt.settings_dialog import day_abbr, day_name
from coach.qt.widgets import PictureView

INTRO = QT_TRANSLATE_NOOP(
    "WelcomeWizard",
    "Coach keeps your lower back moving while you sit. It counts the time you actually sit at "
    "the computer and, after half an hour, suggests a 30-second movement break. Stepping away "
    "counts as a break by itself. Before your walks it reminds you to warm a heat pack and to do "
    "a short warm-up, and it guides you through each exercise with pictures, a countdown and "
    "sounds. It keeps a private log on this computer, so you can see whether your back is "
    "getting better.",
)


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def _picture_card(path: Path, caption: str, parent: QWidget) -> QFrame:
    """A card with a picture and a line under it."""
    card = design.card(parent=parent)
    picture = PictureView(card, minimum=120)
    picture.show_picture(path if path.exists() else None)
    picture.setAccessibleName(caption)
    words = design.text(_label(caption, card), "strong")
    words.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(*design.card_margins())
    layout.addWidget(picture, 1)
    layout.addWidget(words)
    return card


def _question_card(
    text: str,
    parent: QWidget,
    answers: tuple[QWidget, ...] = (),
    picture: tuple[str, str] | None = None,
) -> QFrame:
    """A card with one welcome question (its rich ``text``), its answers and, for the bending
    questions, a picture of the movement it asks about under them."""
    card = design.card(parent=parent)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(*design.card_margins())
    layout.setSpacing(Space.S)
    layout.addWidget(_label(text, card))
    for answer in answers:
        layout.addWidget(answer)
    if picture is not None:
        file, name = picture
        view = PictureView(card, minimum=80)
        view.show_picture(paths.assets_dir() / "exercises" / file)
        view.setAccessibleName(name)
        layout.addWidget(view, 1)  # the picture takes the card's spare height
    return card


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def one_range(hours: WorkingHours) -> bool:
    """Whether the hours are one range, the same on every working day (what the welcome can show)."""
    days = {hours.on(day) for day in DAYS if hours.on(day)}
    return not days or (len(days) == 1 and len(next(iter(days))) == 1)


def _hours_text(hours: WorkingHours) -> str:
    """The hours of each working day, one line each, e.g. ``Mon 08:00–12:00, 13:00–17:00``."""
    lines = [
        f"{day_abbr(day)} " + ", ".join(f"{r.start:%H:%M}–{r.end:%H:%M}" for r in hours.on(day))
        for day in DAYS
        if hours.on(day)
    ]
    return "<br>".join(lines)


class WelcomeWizard(QWizard):
    """Four short pages; Skip leaves the settings as they are.

    ``answers()`` turns the questions into new settings; the app saves them when accepted.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        autostart: tuple[bool, Callable[[bool], None]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Welcome to Coach"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start using Coach"))
        self.resize(760, 520)
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            design.button(self.button(which), design.Role.PRIMARY)
        self.addPage(self._intro_page())
        self.addPage(self._safety_page())
        self.addPage(self._questions_page())
        self._hours_before = self._hours_answer()
        self._walk_before = self._walk_answer()
        self.addPage(self._login_page(autostart))

    def _intro_page(self) -> QWizardPage:
        page = QWizardPage(self)
        page.setTitle(self.tr("Welcome to Coach"))
        layout = QVBoxLayout(page)
        layout.setSpacing(Space.L)
        layout.addWidget(
            design.text(_label(QCoreApplication.translate("WelcomeWizard", INTRO), page), "lead")
        )
        pictures = QHBoxLayout()
        pictures.setSpacing(Space.M)
        for image, caption in (
            ("standing-backbend-end.svg", self.tr("Every half hour of sitting: a 30-second break")),
            ("heat-pack.svg", self.tr("Before your walk: a heat pack and a warm-up")),
            ("knee-hug-end.svg", self.tr("Each exercise shown, counted and timed")),
        ):
            pictures.addWidget(_picture_card(paths.assets_dir() / "exercises" / image, caption, page), 1)
        layout.addLayout(pictures, 1)
        disclaimer = _label(
            self.tr("<b>Please note:</b> {disclaimer}").format(disclaimer=translate("Safety", DISCLAIMER)),
            page,
        )
        layout.addWidget(design.text(disclaimer, "muted"))
        return page

    def _safety_page(self) -> QWizardPage:
        page = QWizardPage(self)
        page.setTitle(self.tr("When to see a doctor instead"))
        page.setSubTitle(
            self.tr(
                "Back pain is rarely serious, but these signs need a doctor. You can find this list "
                "again under Safety."
            )
        )
        layout = QVBoxLayout(page)
        layout.addWidget(SafetyView(page, intro=None, rules=False))
        return page

    def _questions_page(self) -> QWizardPage:
        page = QWizardPage(self)
        page.setTitle(self.tr("Four questions"))
        page.setSubTitle(self.tr("Your answers fill in the settings; you can change them any time."))
        hours = self.settings.working_hours
        self.hours_shown = one_range(hours)
        first = next((r for day in DAYS for r in hours.on(day)), TimeRange(time(9), time(17, 30)))
        self.work_start = QTimeEdit(_qtime(first.start), page)
        self.work_end = QTimeEdit(_qtime(first.end), page)
        for edit, name in (
            (self.work_start, self.tr("Work starts at")),
            (self.work_end, self.tr("Work ends at")),
        ):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        self.work_days = {day: QCheckBox(day_abbr(day), page) for day in DAYS}
        for day, box in self.work_days.items():
            box.setChecked(bool(hours.on(day)))
            box.setAccessibleName(self.tr("I work on {day}").format(day=day_name(day)))
        days = QGridLayout()  # two rows, so the question fits half the page
        days.setHorizontalSpacing(Space.M)
        for i, box in enumerate(self.work_days.values()):
            days.addWidget(box, i // 4, i % 4)
        walk = self.settings.walks[0] if self.settings.walks else Walk()
        self.walk_shown = len(self.settings.walks) <= 1
        self.walks = QCheckBox(self.tr("I usually go for a walk at"), page)
        self.walks.setChecked(bool(self.settings.walks))
        self.walk_at = QTimeEdit(_qtime(walk.at), page)
        self.walk_at.setDisplayFormat("HH:mm")
        self.walk_at.setAccessibleName(self.tr("Usual walk time"))
        self.walks.toggled.connect(self.walk_at.setEnabled)
        self.walk_at.setEnabled(self.walks.isChecked())
        self.forward_yes = QRadioButton(self.tr("Yes — leave out forward bending"), page)
        self.forward_no = QRadioButton(self.tr("No, or I don't know"), page)
        self.forward_no.setAccessibleName(self.tr("Bending forward: no, or I don't know"))
        forward = QButtonGroup(page)
        forward.addButton(self.forward_yes)
        forward.addButton(self.forward_no)
        (self.forward_yes if self.settings.avoid_forward_bending else self.forward_no).setChecked(True)
        self.backward_yes = QRadioButton(self.tr("Yes — leave out backward bending"), page)
        self.backward_no = QRadioButton(self.tr("No, or I don't know"), page)
        self.backward_no.setAccessibleName(self.tr("Bending backward: no, or I don't know"))
        group = QButtonGroup(page)
        group.addButton(self.backward_yes)
        group.addButton(self.backward_no)
        (self.backward_yes if self.settings.avoid_backward_bending else self.backward_no).setChecked(True)
        words = [QLabel(self.tr("From"), page), QLabel(self.tr("to"), page), QLabel(self.tr("On"), page)]
        work = QHBoxLayout()
        work.addWidget(words[0])
        work.addWidget(self.work_start)
        work.addWidget(words[1])
        work.addWidget(self.work_end)
        work.addStretch(1)
        walk_row = QHBoxLayout()
        walk_row.addWidget(self.walks)
        walk_row.addWidget(self.walk_at)
        walk_row.addStretch(1)
        when = _question_card(
            self.tr("<b>1. When do you work at the computer?</b> Coach prompts only then."), page
        )
        on = QHBoxLayout()
        on.addWidget(words[2], 0, Qt.AlignmentFlag.AlignTop)
        on.addLayout(days, 1)
        if self.hours_shown:
            when.layout().addLayout(work)
            when.layout().addLayout(on)
        else:  # split or different days: shown, not editable here, and left as they are
            self.hours_note = _label(self.tr("Your hours differ by day — change them in Settings."), page)
            when.layout().addWidget(self.hours_note)
            when.layout().addWidget(_label(_hours_text(hours), page))
            for widget in (self.work_start, self.work_end, *self.work_days.values(), *words):
                widget.setVisible(False)
        walking = _question_card(
            self.tr(
                "<b>2. Do you walk at a regular time?</b> Coach reminds you to use a heat pack "
                "15 minutes before and to warm up 5 minutes before."
            ),
            page,
        )
        if self.walk_shown:
            walking.layout().addLayout(walk_row)
        else:  # several walks: the welcome cannot show them, so it leaves them alone
            self.walk_note = _label(
                self.tr("You have {count} walks planned — change them in Settings.").format(
                    count=len(self.settings.walks)
                ),
                page,
            )
            walking.layout().addWidget(self.walk_note)
            self.walks.setVisible(False)
            self.walk_at.setVisible(False)
        forward = _question_card(
            self.tr(
                "<b>3. Does bending forward make your back or leg pain worse?</b> For some "
                "people it does, for example while sciatica is flaring up."
            ),
            page,
            (self.forward_yes, self.forward_no),
            ("forward-bend.svg", self.tr("Bending forward")),
        )
        backward = _question_card(
            self.tr(
                "<b>4. Does bending backward make your back or leg pain worse?</b> Some "
                "people with a narrowed spinal canal find that it does."
            ),
            page,
            (self.backward_yes, self.backward_no),
            ("standing-backbend-end.svg", self.tr("Bending backward")),
        )
        grid = QGridLayout(page)  # four cards that share the page, rather than a list over empty space
        grid.setSpacing(Space.M)
        for i, card in enumerate((when, walking, forward, backward)):
            if i < 2:
                card.layout().addStretch(1)
            grid.addWidget(card, i // 2, i % 2)
        for i in range(2):
            grid.setColumnStretch(i, 1)
        grid.setRowStretch(1, 1)  # the bending questions' pictures take the rest of the page
        return page

    def _login_page(self, autostart: tuple[bool, Callable[[bool], None]] | None) -> QWizardPage:
        page = QWizardPage(self)
        page.setTitle(self.tr("Start with your computer"))
        layout = QVBoxLayout(page)
        self.autostart = QCheckBox(self.tr("Start Coach when I log in (it waits quietly in the tray)"), page)
        self._autostart_setter = None
        if autostart is None:
            self.autostart.setEnabled(False)
            self.autostart.setToolTip(self.tr("Not available on this system"))
        else:
            self.autostart.setChecked(True)  # offered; one click to decline
            self._autostart_setter = autostart[1]
        layout.setSpacing(Space.XL)
        layout.addStretch(1)
        tray = QHBoxLayout()
        tray.setSpacing(Space.L)
        icon = QLabel(page)
        icon.setPixmap(app_icon().pixmap(96, 96))
        tray.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        tray.addWidget(
            design.text(
                _label(
                    self.tr(
                        "Coach lives in the tray, near the clock. Its ring fills up as your next "
                        "break comes closer. Open it from there, or from your application menu."
                    ),
                    page,
                ),
                "lead",
            ),
            1,
        )
        layout.addLayout(tray)
        layout.addWidget(self.autostart, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _hours_answer(self) -> tuple:
        start, end = _time(self.work_start.time()), _time(self.work_end.time())
        return start, end, tuple(day for day, box in self.work_days.items() if box.isChecked())

    def _walk_answer(self) -> tuple:
        return self.walks.isChecked(), _time(self.walk_at.time())

    def answers(self) -> Settings:
        """The settings with the answers applied; what was not changed here is left as it was."""
        hours = self.settings.working_hours
        if self.hours_shown and self._hours_answer() != self._hours_before:
            start, end, days = self._hours_answer()
            ranges = (TimeRange(start, end),) if end > start else ()
            hours = WorkingHours(**{day: ranges if day in days else () for day in DAYS})
        walks = self.settings.walks
        if self.walk_shown and self._walk_answer() != self._walk_before:
            if not self.walks.isChecked():
                walks = ()
            else:
                base = walks[0] if walks else Walk(days=WEEKDAYS)
                walks = (dataclasses.replace(base, at=_time(self.walk_at.time())), *walks[1:])
        return dataclasses.replace(
            self.settings,
            working_hours=hours,
            walks=walks,
            avoid_forward_bending=self.forward_yes.isChecked(),
            avoid_backward_bending=self.backward_yes.isChecked(),
        )

    def accept(self) -> None:
        if self._autostart_setter is not None:
            self._autostart_setter(self.autostart.isChecked())
        super().accept()
