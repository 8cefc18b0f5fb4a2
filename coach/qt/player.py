"""The player window: coaches a person through a routine, hands free, and records it."""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QCloseEvent,
    QFontMetrics,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from coach.core.announce import (
    frame_index,
    mirrored,
    moving,
    phase_title,
    phase_word,
    rep_line,
    step_index,
)
from coach.core.bending import directions_to_ask
from coach.core.clock import Clock
from coach.core.durations import format_clock, format_duration
from coach.core.motion import motion_for
from coach.core.recorder import SessionRecorder, SessionSink
from coach.core.runner import Runner, RunState
from coach.core.settings import Settings
from coach.core.timeline import Phase, PhaseKind
from coach.qt import design
from coach.qt.bending_question import BendingQuestion
from coach.qt.cues import Cues, CueSink
from coach.qt.design import Icon, Role, Space
from coach.qt.driver import DeadlineDriver
from coach.qt.figure_animation import AnimatedPicture
from coach.qt.safety_view import SafetyView
from coach.qt.widgets import CountdownRing, PainScale, ProgressStrip

log = logging.getLogger(__name__)


DEFAULT_SIZE = QSize(920, 640)


class PlayerWindow(QWidget):
    """Plays one routine.

    Signals:
        closed: the window has closed and the session is saved.
        bending_reported(str): after a stop for pain, the user says bending ``forward`` or
            ``backward`` makes it worse (offered only when ``settings`` are given).
    """

    closed = Signal()
    bending_reported = Signal(str)

    def __init__(
        self,
        runner: Runner,
        clock: Clock,
        *,
        sink: SessionSink | None = None,
        cue_sink: CueSink | None = None,
        sounds: bool = True,
        voice: bool = False,
        source: str = "manual",
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = runner
        self.routine = runner.routine
        self.recorder = SessionRecorder(runner, sink, source=source)
        self._rating_saved = False
        self._cautions: tuple[str, ...] = ()
        self.cues = Cues(runner, cue_sink, sounds=sounds, voice=voice) if cue_sink is not None else None
        self.driver = DeadlineDriver(
            clock, runner.tick, runner.next_deadline, display_deadline=self._display_deadline, parent=self
        )
        self.driver.ticked.connect(self.refresh)
        self._clock = clock
        self.setWindowTitle(self.tr("{routine} — Coach").format(routine=self.routine.name))
        self.setAccessibleName(self.tr("Player: {routine}").format(routine=self.routine.name))
        self.resize(DEFAULT_SIZE)
        self._placed = False

        self.pages = QStackedWidget(self)
        self.run_page = self._build_run_page()
        self.summary_page = self._build_summary_page()
        self.safety_page = self._build_safety_page()
        for page in (self.run_page, self.summary_page, self.safety_page):
            self.pages.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(Space.L, Space.L, Space.L, Space.L)
        outer.addWidget(self.pages)
        self._shortcuts()

        runner.phase_started.connect(self._on_phase_started)
        runner.state_changed.connect(self._on_state_changed)
        runner.finished.connect(self._on_finished)
        runner.stopped.connect(self._on_stopped)
        self.recorder.failed.connect(self._on_log_failed)
        self._on_phase_started(runner.phase)
        self.refresh()

    # -- building ----------------------------------------------------------------------

    def _build_run_page(self) -> QWidget:
        page = QWidget(self)
        self.routine_label = design.text(QLabel(self.routine.name, page), "heading")
        self.position_label = design.text(QLabel(page), "muted")
        self.total_bar = ProgressStrip(page)
        self.total_bar.setRange(0, 1000)
        self.total_bar.setAccessibleName(self.tr("Routine progress"))
        self.total_label = QLabel(page)
        self.pain_before = QComboBox(page)
        self.pain_before.addItem("—", None)
        for value in range(11):
            self.pain_before.addItem(str(value), value)
        self.pain_before.setAccessibleName(self.tr("Back pain before starting, 0 to 10 (optional)"))
        self.pain_before.setToolTip(
            self.tr("How does your back feel right now? 0 = no pain, 10 = worst imaginable")
        )
        self.pain_before.currentIndexChanged.connect(self._on_pain_before)
        pain_label = QLabel(self.tr("Back pain &before:"), page)
        pain_label.setBuddy(self.pain_before)

        header = QHBoxLayout()
        header.addWidget(self.routine_label)
        header.addStretch(1)
        header.addWidget(self.position_label)
        header.addSpacing(16)
        header.addWidget(pain_label)
        header.addWidget(self.pain_before)
        progress = QHBoxLayout()
        progress.addWidget(self.total_bar, 1)
        progress.addWidget(self.total_label)

        self.picture = AnimatedPicture(page)
        self.picture.still_setting = self.settings.still_pictures if self.settings is not None else None
        self.picture.setAccessibleName(self.tr("Exercise picture"))
        self.exercise_label = design.text(QLabel(page), "title")
        self.exercise_label.setWordWrap(True)
        self.rep_label = design.text(QLabel(page), "heading")
        self.ring = CountdownRing(page)
        self.steps = QListWidget(page)
        self.steps.setWordWrap(True)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.steps.setProperty("role", "steps")
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.steps.setItemDelegate(WrappingDelegate(self.steps))
        self.steps.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.next_label = design.text(QLabel(page), "muted")
        self.next_label.setWordWrap(True)
        self.caution_label = QLabel(page)
        self.caution_label.setWordWrap(True)
        self.caution_label.setTextFormat(Qt.TextFormat.RichText)
        self.caution_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # every caution of the exercise, in a block that scrolls when an exercise has many
        self.cautions = QScrollArea(page)
        self.cautions.setWidget(self.caution_label)
        self.cautions.setWidgetResizable(True)
        self.cautions.setFrameShape(QFrame.Shape.NoFrame)
        self.cautions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cautions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cautions.setAccessibleName(self.tr("Cautions"))
        self.cautions.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        right = QVBoxLayout()
        right.addWidget(self.exercise_label)
        right.addWidget(self.rep_label)
        right.addWidget(self.ring, 1)
        centre = QHBoxLayout()
        centre.addWidget(self.picture, 3)
        centre.addLayout(right, 2)

        self.back_button = QPushButton(self.tr("◀ Back"), page)
        self.back_button.setToolTip(self.tr("Previous step (Left arrow)"))
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))
        self.back_button.clicked.connect(runner_command(self, "back"))
        self.pause_button = QPushButton(self.tr("Pause"), page)
        self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.skip_button = QPushButton(self.tr("Skip ▶"), page)
        self.skip_button.setToolTip(self.tr("Next step (Right arrow)"))
        self.skip_button.setAccessibleName(self.tr("Skip to the next step"))
        self.skip_button.clicked.connect(runner_command(self, "skip"))
        self.stop_button = QPushButton(self.tr("Stop"), page)
        self.stop_button.setToolTip(self.tr("End the session (Esc)"))
        self.stop_button.setAccessibleName(self.tr("Stop the session"))
        self.stop_button.clicked.connect(self.ask_stop)
        self.hurts_button = QPushButton(self.tr("Stop — this hurts"), page)
        self.hurts_button.setAccessibleName(self.tr("Stop, this hurts"))
        self.hurts_button.setAccessibleDescription(
            self.tr("Ends the session, records it as stopped for pain and shows when to see a doctor")
        )
        self.hurts_button.clicked.connect(self.stop_for_pain)
        design.button(self.pause_button, Role.PRIMARY, large=True)
        widths = []
        for label in (self.tr("Resume"), self.tr("Pause")):  # it says either: room for both
            self.pause_button.setText(label)
            widths.append(self.pause_button.sizeHint().width())
        self.pause_button.setMinimumWidth(max(widths) + Space.S)
        for button in (self.back_button, self.skip_button):
            design.button(button, Role.SECONDARY, large=True)
        design.button(self.stop_button, Role.DESTRUCTIVE)
        design.button(self.hurts_button, Role.DESTRUCTIVE)
        # the ends of a session sit bottom-left, far from where the summary's Save appears
        # (bottom-right): a click meant for one screen must not land on the other's button
        controls = QHBoxLayout()
        controls.setSpacing(Space.S)
        controls.addWidget(self.hurts_button)
        controls.addWidget(self.stop_button)
        controls.addStretch(1)
        for button in (self.back_button, self.pause_button, self.skip_button):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addSpacing(self.hurts_button.sizeHint().width() + self.stop_button.sizeHint().width())

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(Space.S)
        layout.addLayout(header)
        layout.addLayout(progress)
        layout.addLayout(centre, 2)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.cautions)
        layout.addWidget(self.next_label)
        layout.addLayout(controls)
        return page

    def _build_summary_page(self) -> QWidget:
        page = QWidget(self)
        body = design.card(parent=page)
        body.setMaximumWidth(720)
        self.summary_icon = QLabel(body)
        self.summary_title = design.text(QLabel(body), "title")
        self.summary_text = QLabel(body)
        self.summary_text.setWordWrap(True)
        self.summary_items = QLabel(body)
        self.summary_items.setWordWrap(True)
        self.summary_items.setTextFormat(Qt.TextFormat.RichText)
        self.pain_after = PainScale(self.tr("Back pain now"), body)
        self.note = QLineEdit(body)
        self.note.setPlaceholderText(self.tr("A note for your log (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(500)
        self.save_button = design.button(
            QPushButton(self.tr("Save and close"), page), Role.PRIMARY, large=True
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_and_close)
        self.again_button = design.button(QPushButton(self.tr("Close without rating"), page), large=True)
        self.again_button.clicked.connect(self.close_without_rating)
        title = QHBoxLayout()
        title.setSpacing(Space.M)
        title.addWidget(self.summary_icon)
        title.addWidget(self.summary_title, 1)
        question = QLabel(
            self.tr("How does your back feel now? (optional; 0 = no pain, 10 = worst imaginable)"), body
        )
        question.setWordWrap(True)
        design.text(question, "strong")
        inner = QVBoxLayout(body)
        inner.setContentsMargins(Space.XL, Space.XL, Space.XL, Space.XL)
        inner.setSpacing(Space.M)
        inner.addLayout(title)
        inner.addWidget(self.summary_text)
        inner.addWidget(self.summary_items)
        inner.addSpacing(Space.S)
        inner.addWidget(question)
        inner.addWidget(self.pain_after)
        inner.addWidget(self.note)
        # Save sits bottom-right, where the run page has no button that ends or logs pain
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.save_button)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(body, 6)
        centre.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addLayout(centre)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_safety_page(self) -> QWidget:
        page = QWidget(self)
        self.safety_view = SafetyView(
            page,
            intro=self.tr(
                "Session stopped. Rest in a comfortable position. Pain that eases within a few minutes is "
                "common; the signs below are not, and need a doctor."
            ),
        )
        self.bending = BendingQuestion(page)
        self.bending.answered.connect(self.bending_reported)
        close = design.button(QPushButton(self.tr("Close"), page), Role.PRIMARY, large=True)
        close.clicked.connect(self.close)
        layout = QVBoxLayout(page)
        layout.addWidget(self.bending)
        layout.addWidget(self.safety_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        return page

    def _shortcuts(self) -> None:
        for key, slot in (
            (Qt.Key.Key_Space, self.toggle_pause),
            (Qt.Key.Key_Right, runner_command(self, "skip")),
            (Qt.Key.Key_Left, runner_command(self, "back")),
            (Qt.Key.Key_Escape, self.ask_stop),
        ):
            shortcut = QShortcut(QKeySequence(key), self.run_page)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    # -- commands ----------------------------------------------------------------------

    def start(self) -> None:
        self.runner.start()
        self.driver.rearm()
        self.refresh()
        self.pause_button.setFocus()

    @Slot()
    def toggle_pause(self) -> None:
        self.runner.toggle_pause()
        self.driver.rearm()
        self.refresh()

    @Slot()
    def ask_stop(self) -> None:
        if self.runner.state not in (RunState.RUNNING, RunState.PAUSED, RunState.READY):
            self.close()
            return
        # the clock stands still while the question is asked: that time is neither exercise nor lost
        paused_here = self.runner.state is RunState.RUNNING
        if paused_here:
            self.runner.pause()
            self.refresh()
        if self.confirm_stop(self):
            self.runner.stop("user")
        elif paused_here and self.runner.state is RunState.PAUSED:
            self.runner.resume()
        self.driver.rearm()
        self.refresh()

    @classmethod
    def confirm_stop(cls, parent: QWidget) -> bool:
        """Ask before ending a session (tests replace this)."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("PlayerWindow", "Stop the session?"),
            QCoreApplication.translate("PlayerWindow", "Stop now? What you have done so far is saved."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def stop_for_pain(self) -> None:
        self.runner.stop("pain")

    @Slot()
    def save_and_close(self) -> None:
        self.close()  # closing saves what the summary holds

    @property
    def showing_summary(self) -> bool:
        """Whether the routine is over and only its summary (rating and note) is showing."""
        return self.pages.currentWidget() is self.summary_page

    @Slot()
    def close_without_rating(self) -> None:
        self._rating_saved = True  # the user chose not to: nothing typed is kept
        self.close()

    def _save_rating(self) -> None:
        """Save the summary's rating and note, however the window closes (Save, ×, logout)."""
        if self.pages.currentWidget() is not self.summary_page or self._rating_saved:
            return
        self._rating_saved = True
        pain, note = self.pain_after.value(), self.note.text().strip() or None
        if pain is not None or note is not None:
            self.recorder.rate(pain, note)

    # -- following the runner ----------------------------------------------------------

    def _display_deadline(self) -> float | None:
        """Wake on each whole second of the countdown, and often enough for a smooth ring."""
        if self.runner.state is not RunState.RUNNING:
            return None
        remaining = self.runner.phase_remaining_s
        to_second = remaining - int(remaining) or 1.0
        step = min(to_second, 0.25 if self.runner.phase.duration_s <= 60 else 1.0)
        return self._clock.monotonic() + max(0.02, step)

    def _on_phase_started(self, phase: Phase) -> None:
        exercise = self.routine.items[phase.item].exercise
        item_no, items = phase.item + 1, len(self.routine.items)
        self.exercise_label.setText(exercise.name)
        self.position_label.setText(
            self.tr("Exercise {number} of {count}").format(number=item_no, count=items) if items > 1 else ""
        )
        self.steps.clear()
        self.steps.addItems([f"{i}. {step}" for i, step in enumerate(exercise.steps, 1)])
        self._cautions = tuple(exercise.cautions)
        self.caution_label.setText(cautions_html(self._cautions))
        self._fit_cautions()
        nxt = self.runner.next_phase
        if nxt is None:
            self.next_label.setText(self.tr("Next: done"))
        elif nxt.item != phase.item:
            following = self.routine.items[nxt.item]
            self.next_label.setText(
                self.tr("Next: {exercise} · {dose}").format(
                    exercise=following.exercise.name, dose=following.dose.describe()
                )
            )
        else:
            what = phase_word(nxt, moving(self.routine, nxt)) + (
                f" · {rep_line(nxt)}" if rep_line(nxt) else ""
            )
            self.next_label.setText(self.tr("Next: {what}").format(what=what))
        self._announce(
            f"{exercise.name}. {phase_title(phase, moving(self.routine, phase))}"
            + (f", {rep_line(phase)}" if rep_line(phase) else "")
            + f", {format_duration(phase.duration_s)}."
        )
        self.refresh()

    def _fit_cautions(self) -> None:
        """As tall as the cautions need, up to about four lines of whole cautions; more scroll."""
        label = self.caution_label
        if not label.text():
            self.cautions.setFixedHeight(0)
            return
        width = max(120, self.cautions.viewport().width() or self.width() - 2 * Space.M)
        cap = 4.5 * label.fontMetrics().lineSpacing()
        probe = QLabel()
        probe.setFont(label.font())
        probe.setWordWrap(True)
        probe.setTextFormat(Qt.TextFormat.RichText)
        height = 0
        for count in range(1, len(self._cautions) + 1):  # whole cautions only: none cut in half
            probe.setText(cautions_html(self._cautions[:count]))
            needed = probe.heightForWidth(width)
            if count > 1 and needed > cap:
                break
            height = needed
        self.cautions.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "cautions"):
            self._fit_cautions()

    def _announce(self, text: str) -> None:
        """Tell screen readers about the phase change."""
        self.ring.setAccessibleDescription(text)
        QAccessible.updateAccessibility(QAccessibleEvent(self.ring, QAccessible.Event.DescriptionChanged))

    @Slot()
    def refresh(self) -> None:
        runner = self.runner
        phase = runner.phase
        fraction = runner.phase_elapsed_s / phase.duration_s if phase.duration_s else 1.0
        title = phase_title(phase, moving(self.routine, phase))
        if runner.state is RunState.PAUSED:
            title = self.tr("Paused")
        self.ring.set_state(fraction, format_clock(runner.phase_remaining_s), title)
        self.rep_label.setText(rep_line(phase) if phase.kind is not PhaseKind.COUNT_IN else "")
        self.total_bar.setValue(int(runner.progress * 1000))
        self.total_label.setText(
            self.tr("{left} left of {total}").format(
                left=format_clock(runner.remaining_s), total=format_clock(runner.total_s)
            )
        )
        current = step_index(self.routine, phase, fraction)
        if self.steps.count() and self.steps.currentRow() != current:
            for row in range(self.steps.count()):
                item = self.steps.item(row)
                font = item.font()
                font.setBold(row == current)
                item.setFont(font)
            self.steps.setCurrentRow(current)
            self.steps.doItemsLayout()  # the bold step may need another line
            self.steps.scrollToItem(self.steps.item(current))
        images = self.routine.items[phase.item].exercise.images
        frame = frame_index(self.routine, phase, fraction)
        self.picture.show_moment(
            images,
            frame,
            mirrored(phase),
            motion_for(self.routine, phase, self.picture.cycle_of(images)),
            runner.phase_elapsed_now,
            runner.state is RunState.RUNNING,
        )
        self.pause_button.setText(self.tr("Resume") if runner.state is RunState.PAUSED else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())

    def _on_state_changed(self, _state: RunState) -> None:
        self.refresh()

    def _list_items(self) -> None:
        done = self.runner.items_done
        rows = []
        for index, item in enumerate(self.routine.items):
            icon, state = (
                (Icon.DONE, self.tr("done")) if index in done else (Icon.NOT_DONE, self.tr("not done"))
            )
            rows.append(
                f"<tr><td>{design.icon_html(icon)}&nbsp;</td><td>{escape(item.exercise.name)}"
                f" · {escape(item.dose.describe())} ({state})</td></tr>"
            )
        self.summary_items.setText(f"<table cellspacing='2'>{''.join(rows)}</table>")

    def _on_finished(self, _none: object) -> None:
        self.driver.stop()
        self.picture.stop()
        done, total = self.recorder.seconds_done, self.runner.total_s
        if self.routine.purpose == "heat":  # time under a heat pack, not exercise
            self.summary_title.setText(self.tr("Heat done"))
            self.summary_icon.setPixmap(design.pixmap(Icon.DONE, 32))
            text = self.tr(
                "{done} with the heat pack. Take it off now; your walk is next. Your session is saved."
            )
        elif self.runner.played_through:
            self.summary_title.setText(self.tr("Well done"))
            self.summary_icon.setPixmap(design.pixmap(Icon.DONE, 32))
            text = self.tr("{routine} complete: {total}. Your session is saved.")
        else:
            self.summary_title.setText(self.tr("Partly done"))
            self.summary_icon.setPixmap(design.pixmap(Icon.PARTIAL, 32))
            text = self.tr(
                "You did {done} of the {total} of {routine}; the rest was skipped. "
                "That is saved as a partial session."
            )
        self.summary_text.setText(
            text.format(routine=self.routine.name, done=format_duration(done), total=format_duration(total))
        )
        self._list_items()
        self.pages.setCurrentWidget(self.summary_page)
        self.pain_after.setFocus()

    def _on_stopped(self, reason: str) -> None:
        self.driver.stop()
        self.picture.stop()
        if reason == "pain":
            if self.settings is not None:
                self.bending.ask(directions_to_ask(self.runner.current_exercise, self.settings))
            self.pages.setCurrentWidget(self.safety_page)
            return
        if reason == "closed":
            return
        self.summary_title.setText(self.tr("Stopped early"))
        self.summary_icon.setPixmap(design.pixmap(Icon.PARTIAL, 32))
        self.summary_text.setText(
            self.tr("You did {done} of {routine}. That is saved as a partial session.").format(
                done=format_duration(self.recorder.seconds_done), routine=self.routine.name
            )
        )
        self._list_items()
        self.pages.setCurrentWidget(self.summary_page)

    def _on_log_failed(self, message: str) -> None:
        self.position_label.setText(self.tr("This session cannot be saved to your log"))
        design.text(self.position_label, "muted", tone="danger")
        self.position_label.setToolTip(message)

    def _on_pain_before(self, _index: int) -> None:
        self.recorder.set_pain_before(self.pain_before.currentData())

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: centred on the screen the user works on (where the pointer is)."""
        if not self._placed:
            self._placed = True
            design.place(self, DEFAULT_SIZE)
        super().showEvent(event)

    def place_in(self, area: QRect) -> None:
        """Centre in ``area`` instead of the working screen (the gallery and tests)."""
        self._placed = True
        design.place(self, DEFAULT_SIZE, area)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.state in (RunState.RUNNING, RunState.PAUSED):
            self.runner.stop("closed")
        self._save_rating()
        self.driver.stop()
        self.picture.stop()
        super().closeEvent(event)
        self.closed.emit()


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the list's width (QListView alone would elide them)."""

    PADDING = QSize(2 * Space.S + Space.XS + Space.S, 2 * Space.XS + 2)  # the sheet's item padding

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        view = self.parent()
        width = max(80, view.viewport().width() - 2 * view.spacing())
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = QFontMetrics(opt.font).boundingRect(
            QRect(0, 0, width - self.PADDING.width(), 100_000), Qt.TextFlag.TextWordWrap, opt.text
        )
        return QSize(width, text.height() + self.PADDING.height())


def cautions_html(cautions: tuple[str, ...] | list[str]) -> str:
    """All of an exercise's cautions, one line each behind the caution sign; empty without any."""
    if not cautions:
        return ""
    icon = design.icon_html(Icon.CAUTION)
    rows = "".join(f"<tr><td>{icon}&nbsp;</td><td>{escape(text)}</td></tr>" for text in cautions)
    return f"<table cellspacing='1'>{rows}</table>"


def runner_command(window: PlayerWindow, name: str):
    """A slot that sends ``name`` to the runner and brings the window up to date."""

    def command() -> None:
        getattr(window.runner, name)()
        window.driver.rearm()
        window.refresh()

    return command
