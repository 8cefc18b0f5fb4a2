"""The settings dialog: every setting of config.yaml, with limits, applied and saved at once."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from datetime import time

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coach.core.i18n import QT_TRANSLATE_NOOP
from coach.core.model import Routine
from coach.core.settings import DAYS, BreakStyle, Settings, TimeRange, Walk, WorkingHours, ordered_ranges
from coach.qt import design
from coach.qt.design import Space

DAY_NAMES = dict(
    zip(
        DAYS,
        (
            QT_TRANSLATE_NOOP("Days", "Monday"),
            QT_TRANSLATE_NOOP("Days", "Tuesday"),
            QT_TRANSLATE_NOOP("Days", "Wednesday"),
            QT_TRANSLATE_NOOP("Days", "Thursday"),
            QT_TRANSLATE_NOOP("Days", "Friday"),
            QT_TRANSLATE_NOOP("Days", "Saturday"),
            QT_TRANSLATE_NOOP("Days", "Sunday"),
        ),
        strict=True,
    )
)
DAY_ABBREVIATIONS = dict(
    zip(
        DAYS,
        (
            QT_TRANSLATE_NOOP("Days", "Mon"),
            QT_TRANSLATE_NOOP("Days", "Tue"),
            QT_TRANSLATE_NOOP("Days", "Wed"),
            QT_TRANSLATE_NOOP("Days", "Thu"),
            QT_TRANSLATE_NOOP("Days", "Fri"),
            QT_TRANSLATE_NOOP("Days", "Sat"),
            QT_TRANSLATE_NOOP("Days", "Sun"),
        ),
        strict=True,
    )
)
STYLE_LABELS = {
    BreakStyle.NOTIFY: QT_TRANSLATE_NOOP("SettingsDialog", "A notification only"),
    BreakStyle.PROMPT: QT_TRANSLATE_NOOP("SettingsDialog", "A small window with Start, Later and Skip"),
    BreakStyle.OVERLAY: QT_TRANSLATE_NOOP("SettingsDialog", "A full-screen reminder"),
}


def day_name(day: str) -> str:
    """``Monday`` for ``mon``, in the user's language."""
    return QCoreApplication.translate("Days", DAY_NAMES[day])


def day_abbr(day: str) -> str:
    """``Mon`` for ``mon``, in the user's language."""
    return QCoreApplication.translate("Days", DAY_ABBREVIATIONS[day])


def _off_words() -> tuple[str, ...]:
    return ("off", QCoreApplication.translate("SettingsDialog", "off").lower())


def _minutes(parent: QWidget, lo: int, hi: int, value_s: int, name: str, zero: str | None = None) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(lo, hi)
    box.setSuffix(QCoreApplication.translate("SettingsDialog", " min"))
    box.setValue(round(value_s / 60))
    box.setAccessibleName(name)
    if zero:
        box.setSpecialValueText(zero)
    return box


def _form(parent: QWidget) -> QFormLayout:
    """A form whose fields keep their natural width instead of stretching across the window."""
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(Space.M)
    form.setVerticalSpacing(Space.S)
    return form


def _note(text: str, parent: QWidget) -> QLabel:
    """An explanation under a group of settings: muted and wrapped."""
    label = design.text(QLabel(text, parent), "muted")
    label.setWordWrap(True)
    return label


def parse_day_hours(text: str) -> tuple[TimeRange, ...]:
    """``"09:00-17:30"`` or ``"08:00-12:00, 13:00-17:00"``; empty or ``off`` for none."""
    text = text.strip()
    if not text or text.lower() in _off_words():
        return ()
    return ordered_ranges(TimeRange.parse(part.strip()) for part in text.split(","))


def format_day_hours(ranges: Iterable[TimeRange]) -> str:
    return ", ".join(str(r) for r in ranges)


class WalkEditor(QWidget):
    """The fields of one planned walk."""

    changed = Signal()

    def __init__(self, routines: list[Routine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.at = QTimeEdit(self)
        self.at.setDisplayFormat("HH:mm")
        self.at.setAccessibleName(self.tr("Walk time"))
        self.days = {day: QCheckBox(day_abbr(day), self) for day in DAYS}
        for day, box in self.days.items():
            box.setAccessibleName(day_name(day))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 300)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Walk length"))
        self.heat = _minutes(
            self, 0, 60, 0, self.tr("Heat pack reminder, minutes before the walk"), self.tr("No reminder")
        )
        self.warm = _minutes(
            self, 0, 60, 0, self.tr("Warm-up reminder, minutes before the walk"), self.tr("No reminder")
        )
        self.routine = QComboBox(self)
        self.routine.setAccessibleName(self.tr("Warm-up routine"))
        for routine in routines:
            self.routine.addItem(routine.name, routine.id)
        days = QHBoxLayout()
        for box in self.days.values():
            days.addWidget(box)
        form = _form(self)
        form.addRow(self.tr("&At"), self.at)
        form.addRow(self.tr("On"), days)
        form.addRow(self.tr("&Length"), self.minutes)
        form.addRow(self.tr("&Heat pack"), self.heat)
        form.addRow(self.tr("&Warm-up"), self.warm)
        form.addRow(self.tr("Warm-up &routine"), self.routine)
        for widget in (self.at, self.minutes, self.heat, self.warm):
            signal = widget.timeChanged if isinstance(widget, QTimeEdit) else widget.valueChanged
            signal.connect(self.changed)
        self.routine.currentIndexChanged.connect(self.changed)
        for box in self.days.values():
            box.toggled.connect(self.changed)

    def load(self, walk: Walk) -> None:
        widgets = (self.at, self.minutes, self.heat, self.warm, self.routine, *self.days.values())
        for widget in widgets:
            widget.blockSignals(True)
        self.at.setTime(QTime(walk.at.hour, walk.at.minute))
        for day, box in self.days.items():
            box.setChecked(day in walk.days)
        self.minutes.setValue(walk.minutes)
        self.heat.setValue(round(walk.heat_pack_before_s / 60))
        self.warm.setValue(round(walk.warm_up_before_s / 60))
        index = self.routine.findData(walk.warm_up_routine)
        if index < 0:
            self.routine.addItem(walk.warm_up_routine, walk.warm_up_routine)
            index = self.routine.count() - 1
        self.routine.setCurrentIndex(index)
        for widget in widgets:
            widget.blockSignals(False)

    def walk(self) -> Walk:
        at = self.at.time()
        return Walk(
            at=time(at.hour(), at.minute()),
            days=tuple(day for day, box in self.days.items() if box.isChecked()),
            minutes=self.minutes.value(),
            heat_pack_before_s=self.heat.value() * 60,
            warm_up_before_s=self.warm.value() * 60,
            warm_up_routine=self.routine.currentData() or "pre-walk-warm-up",
        )


class _FittingTabs(QTabWidget):
    """Tabs as tall as the page shown and as wide as the widest page (Qt's take the tallest)."""

    def _fit(self, full: QSize, hint: Callable[[QWidget], QSize]) -> QSize:
        page = self.currentWidget()
        if page is None:
            return full
        tallest = max(hint(self.widget(i)).height() for i in range(self.count()))
        return QSize(full.width(), full.height() - tallest + hint(page).height())

    def sizeHint(self) -> QSize:
        return self._fit(super().sizeHint(), lambda w: w.sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._fit(super().minimumSizeHint(), lambda w: w.minimumSizeHint())

    def heightForWidth(self, width: int) -> int:
        full = super().heightForWidth(width)
        page = self.currentWidget()
        if full < 0 or page is None:
            return full
        pages = [self.widget(i) for i in range(self.count())]
        inner = width - (super().sizeHint().width() - max(w.sizeHint().width() for w in pages))

        def height(w: QWidget) -> int:
            return w.heightForWidth(inner) if w.hasHeightForWidth() else w.sizeHint().height()

        return full - max(height(w) for w in pages) + height(page)


class SettingsDialog(QDialog):
    """Edits settings; every valid change is applied and saved at once.

    Signals:
        settings_changed(object): the new Settings, already valid.
    """

    settings_changed = Signal(object)

    def __init__(
        self,
        settings: Settings,
        routines: Iterable[Routine],
        *,
        speech_available: bool = True,
        autostart: tuple[bool, Callable[[bool], None]] | None = None,
        desktop_notes: Callable[[BreakStyle], Iterable[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``desktop_notes(style)`` say what this desktop cannot do (shown on the Breaks page)."""
        super().__init__(parent)
        self.desktop_notes = desktop_notes
        self.setWindowTitle(self.tr("Coach settings"))
        self.setAccessibleName(self.tr("Coach settings"))
        self.settings = settings
        routines = list(routines)
        self._loading = True
        tabs = _FittingTabs(self)
        tabs.addTab(self._breaks_tab(routines), self.tr("&Breaks"))
        tabs.addTab(self._hours_tab(), self.tr("Working &hours"))
        tabs.addTab(
            self._walks_tab([r for r in routines if r.purpose == "warm-up"] or routines), self.tr("&Walks")
        )
        tabs.addTab(self._general_tab(speech_available, autostart), self.tr("&General"))
        self.error = design.text(QLabel(self), "body", tone="danger")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with a setting"))
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        note = _note(self.tr("Changes apply and are saved as you make them."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.tabs = tabs
        tabs.currentChanged.connect(self._fit_to_tab)
        self._fit_to_tab(tabs.currentIndex())
        self.load(settings)
        self._loading = False

    @Slot(int)
    def _fit_to_tab(self, index: int) -> None:
        """Let the tab shown decide the height (the widest tab still decides the width), so a
        short tab does not sit above the empty space a tall one needs."""
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            shown = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(page.sizePolicy().horizontalPolicy(), shown)
        stack = self.tabs.findChild(QStackedWidget)
        if stack is not None:  # hidden pages do not tell their stack that their policy changed
            stack.layout().invalidate()
            stack.updateGeometry()
        self.tabs.updateGeometry()
        if self.isVisible():
            self.layout().invalidate()
            self.layout().activate()
            self.resize(self.width(), self.sizeHint().height())

    # -- tabs ----------------------------------------------------------------------------

    def _breaks_tab(self, routines: list[Routine]) -> QWidget:
        page = QWidget(self)
        mb = self.settings.movement_breaks
        self.every = _minutes(page, 1, 240, mb.every_s, self.tr("Break after this much sitting"))
        self.routine = QComboBox(page)
        self.routine.setAccessibleName(self.tr("Break routine"))
        for routine in routines:
            self.routine.addItem(routine.name, routine.id)
        self.style = QComboBox(page)
        self.style.setAccessibleName(self.tr("How a break asks"))
        for style, label in STYLE_LABELS.items():
            self.style.addItem(QCoreApplication.translate("SettingsDialog", label), style)
        self.notice = _minutes(
            page, 0, 10, mb.notice_s, self.tr("Heads-up before a break"), self.tr("No heads-up")
        )
        self.postpone = _minutes(page, 1, 120, mb.postpone_s, self.tr("Postpone by"))
        self.max_postpones = QSpinBox(page)
        self.max_postpones.setRange(0, 10)
        self.max_postpones.setAccessibleName(self.tr("Postpones allowed per break"))
        self.away = _minutes(page, 1, 120, mb.away_after_s, self.tr("Away after this long without input"))
        form = _form(page)
        form.addRow(self.tr("Break after &sitting for"), self.every)
        form.addRow(self.tr("Break &routine"), self.routine)
        form.addRow(
            "", _note(self.tr("Desk breaks take turns through the day, starting with this one."), page)
        )
        form.addRow(self.tr("&Ask with"), self.style)
        form.addRow(self.tr("&Heads-up"), self.notice)
        form.addRow(self.tr("&Postpone by"), self.postpone)
        form.addRow(self.tr("Postpones &allowed"), self.max_postpones)
        form.addRow(self.tr("Count me a&way after"), self.away)
        form.addRow(
            _note(
                self.tr(
                    "Being away from the keyboard for that long counts as a break and restarts the sitting time."
                ),
                page,
            )
        )
        self.desktop_label = QLabel(page)
        self.desktop_label.setWordWrap(True)
        self.desktop_label.setAccessibleName(self.tr("What this desktop tells Coach"))
        self.desktop_label.setVisible(self.desktop_notes is not None)
        form.addRow(self.desktop_label)
        self.style.currentIndexChanged.connect(self._show_desktop_notes)
        for box in (self.every, self.notice, self.postpone, self.max_postpones, self.away):
            box.valueChanged.connect(self._apply)
        self.routine.currentIndexChanged.connect(self._apply)
        self.style.currentIndexChanged.connect(self._apply)
        return page

    @Slot()
    def _show_desktop_notes(self) -> None:
        if self.desktop_notes is not None and self.style.currentData() is not None:
            self.desktop_label.setText("\n".join(self.desktop_notes(BreakStyle(self.style.currentData()))))

    def _hours_tab(self) -> QWidget:
        page = QWidget(self)
        form = _form(page)
        self.hours: dict[str, QLineEdit] = {}
        for day in DAYS:
            edit = QLineEdit(page)
            edit.setPlaceholderText(self.tr("off"))
            edit.setAccessibleName(self.tr("{day} working hours").format(day=day_name(day)))
            edit.setToolTip(
                self.tr("e.g. 09:00-17:30, or 08:00-12:00, 13:00-17:00 for a split day; empty for none")
            )
            edit.editingFinished.connect(self._apply)
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("08:00-12:00, 13:00-17:30") + Space.XL)
            self.hours[day] = edit
            form.addRow(day_name(day), edit)
        form.addRow(
            _note(self.tr("Coach prompts only within these hours. Leave a day empty for none."), page)
        )
        return page

    def _walks_tab(self, routines: list[Routine]) -> QWidget:
        page = QWidget(self)
        self.walk_list = QListWidget(page)
        self.walk_list.setAccessibleName(self.tr("Planned walks"))
        self.walk_list.setWordWrap(True)  # a walk's days wrap instead of scrolling sideways
        self.walk_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.walk_editor = WalkEditor(routines, page)
        self.walk_editor.changed.connect(self._walk_edited)
        self.add_walk = QPushButton(self.tr("&Add a walk"), page)
        self.remove_walk = QPushButton(self.tr("&Remove"), page)
        self.add_walk.clicked.connect(self._add_walk)
        self.remove_walk.clicked.connect(self._remove_walk)
        self.walk_list.currentRowChanged.connect(self._walk_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_walk)
        buttons.addWidget(self.remove_walk)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.walk_list)
        left.addLayout(buttons)
        layout = QHBoxLayout(page)
        layout.addLayout(left, 1)
        group = QGroupBox(self.tr("Walk"), page)
        QVBoxLayout(group).addWidget(self.walk_editor)
        layout.addWidget(group, 2)
        self._walks: list[Walk] = []
        return page

    def _general_tab(
        self, speech_available: bool, autostart: tuple[bool, Callable[[bool], None]] | None
    ) -> QWidget:
        page = QWidget(self)
        self.sounds = QCheckBox(self.tr("Play &sounds during routines"), page)
        self.voice = QCheckBox(self.tr("Speak the &guidance aloud"), page)
        self.still = QCheckBox(self.tr("S&till pictures (no animation)"), page)
        self.still.setToolTip(
            self.tr(
                "Show each exercise's pictures without a moving figure. Unless you change it, this follows your desktop's animation setting."
            )
        )
        if not speech_available:
            self.voice.setEnabled(False)
            self.voice.setToolTip(self.tr("No speech engine was found on this computer"))
        self.avoid_forward = QCheckBox(self.tr("Bending &forward makes my back or leg pain worse"), page)
        self.avoid_forward.setToolTip(self.tr("Coach will leave out exercises that bend the spine forward"))
        self.avoid_backward = QCheckBox(self.tr("Bending &backward makes my back or leg pain worse"), page)
        self.avoid_backward.setToolTip(self.tr("Coach will leave out exercises that bend the spine backward"))
        for box in (self.sounds, self.voice, self.still, self.avoid_forward, self.avoid_backward):
            box.toggled.connect(self._apply)
        during = QGroupBox(self.tr("During routines"), page)
        column = QVBoxLayout(during)
        column.addWidget(self.sounds)
        column.addWidget(self.voice)
        column.addWidget(self.still)
        back = QGroupBox(self.tr("Your back"), page)
        column = QVBoxLayout(back)
        column.addWidget(self.avoid_forward)
        column.addWidget(self.avoid_backward)
        column.addWidget(
            _note(
                self.tr(
                    "Routines and the library then leave out every exercise that bends that way, "
                    "and the desk breaks take turns among the ones that suit you."
                ),
                page,
            )
        )
        self.autostart = QCheckBox(self.tr("Start Coach when I &log in"), page)
        self.autostart.setAccessibleName(self.tr("Start Coach when I log in"))
        if autostart is None:
            self.autostart.setEnabled(False)
            self.autostart.setToolTip(self.tr("Not available on this system"))
        else:
            enabled, setter = autostart
            self.autostart.setChecked(enabled)
            self.autostart.toggled.connect(setter)
        start = QGroupBox(self.tr("Start-up"), page)
        QVBoxLayout(start).addWidget(self.autostart)
        layout = QVBoxLayout(page)
        layout.setSpacing(Space.S)
        for group in (during, back, start):
            layout.addWidget(group)
        layout.addStretch(1)
        return page

    # -- loading and applying ------------------------------------------------------------

    def load(self, settings: Settings) -> None:
        """Show ``settings`` (also after the file was edited by hand) without saving anything."""
        self._loading = True
        self.settings = settings
        mb = settings.movement_breaks
        self.every.setValue(round(mb.every_s / 60))
        index = self.routine.findData(mb.routine)
        if index < 0:
            self.routine.addItem(mb.routine, mb.routine)
            index = self.routine.count() - 1
        self.routine.setCurrentIndex(index)
        self.style.setCurrentIndex(self.style.findData(mb.style))
        self.notice.setValue(round(mb.notice_s / 60))
        self.postpone.setValue(round(mb.postpone_s / 60))
        self.max_postpones.setValue(mb.max_postpones)
        self.away.setValue(round(mb.away_after_s / 60))
        for day, edit in self.hours.items():
            edit.setText(format_day_hours(settings.working_hours.on(day)))
        self._walks = list(settings.walks)
        self.walk_list.clear()
        self.walk_list.addItems([self._walk_label(w) for w in self._walks])
        if self._walks:
            self.walk_list.setCurrentRow(0)
        self._walk_selected(self.walk_list.currentRow())
        self.sounds.setChecked(settings.sounds)
        self.voice.setChecked(settings.voice)
        # unset, the box shows what the desktop says, and stays unset until the user changes it
        self._still_default = design.desktop_animations_off()
        still = settings.still_pictures
        self.still.setChecked(self._still_default if still is None else still)
        self.avoid_forward.setChecked(settings.avoid_forward_bending)
        self.avoid_backward.setChecked(settings.avoid_backward_bending)
        self._show_desktop_notes()
        self._loading = False

    def collect(self) -> Settings:
        """The settings the form shows; raises ValueError naming the field that is wrong."""
        hours = {}
        for day, edit in self.hours.items():
            try:
                hours[day] = parse_day_hours(edit.text())
            except ValueError as exc:
                raise ValueError(f"{day_name(day)}: {exc}") from None
        every = self.every.value() * 60
        notice = self.notice.value() * 60
        if notice and notice >= every:
            raise ValueError(self.tr("The heads-up must be shorter than the time between breaks."))
        for walk in self._walks:
            if not walk.days:
                raise ValueError(
                    self.tr("The walk at {time} needs at least one day.").format(time=f"{walk.at:%H:%M}")
                )
        movement = dataclasses.replace(
            self.settings.movement_breaks,
            every_s=every,
            routine=self.routine.currentData(),
            style=BreakStyle(self.style.currentData()),
            notice_s=notice,
            postpone_s=self.postpone.value() * 60,
            max_postpones=self.max_postpones.value(),
            away_after_s=self.away.value() * 60,
        )
        return dataclasses.replace(
            self.settings,
            movement_breaks=movement,
            working_hours=WorkingHours(**hours),
            walks=tuple(self._walks),
            sounds=self.sounds.isChecked(),
            voice=self.voice.isChecked(),
            still_pictures=self._still_choice(),
            avoid_forward_bending=self.avoid_forward.isChecked(),
            avoid_backward_bending=self.avoid_backward.isChecked(),
        )

    def _still_choice(self) -> bool | None:
        """The still-pictures setting: left to the desktop while the box shows the desktop's choice."""
        checked = self.still.isChecked()
        if self.settings.still_pictures is None and checked == self._still_default:
            return None
        return checked

    @Slot()
    def _apply(self) -> None:
        if self._loading:
            return
        try:
            settings = self.collect()
        except ValueError as exc:
            self.error.setText(self.tr("{problem} (not saved until this is fixed)").format(problem=exc))
            self.error.show()
            return
        self.error.hide()
        if settings != self.settings:
            self.settings = settings
            self.settings_changed.emit(settings)

    # -- walks ---------------------------------------------------------------------------

    @staticmethod
    def _walk_label(walk: Walk) -> str:
        days = ", ".join(day_abbr(d) for d in walk.days) or QCoreApplication.translate(
            "SettingsDialog", "no days"
        )
        return QCoreApplication.translate("SettingsDialog", "{time} · {minutes} min · {days}").format(
            time=f"{walk.at:%H:%M}", minutes=walk.minutes, days=days
        )

    def _walk_selected(self, row: int) -> None:
        has = 0 <= row < len(self._walks)
        self.walk_editor.setEnabled(has)
        self.remove_walk.setEnabled(has)
        if has:
            self.walk_editor.load(self._walks[row])

    def _walk_edited(self) -> None:
        row = self.walk_list.currentRow()
        if self._loading or not 0 <= row < len(self._walks):
            return
        self._walks[row] = self.walk_editor.walk()
        self.walk_list.item(row).setText(self._walk_label(self._walks[row]))
        self._apply()

    def _add_walk(self) -> None:
        self._walks.append(Walk())
        self.walk_list.addItem(self._walk_label(self._walks[-1]))
        self.walk_list.setCurrentRow(len(self._walks) - 1)
        self._apply()

    def _remove_walk(self) -> None:
        row = self.walk_list.currentRow()
        if 0 <= row < len(self._walks):
            del self._walks[row]
            self.walk_list.takeItem(row)
            self._apply()
