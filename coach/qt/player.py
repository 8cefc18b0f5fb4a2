"""The player window: coaches a person through a routine, hands free, and records it."""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleEvent, QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.core.announce import frame_index, mirrored, phase_title, phase_word, rep_line, step_index
from coach.core.clock import Clock
from coach.core.durations import format_clock, format_duration
from coach.core.motion import motion_for
from coach.core.recorder import SessionRecorder, SessionSink
from coach.core.runner import Runner, RunState
from coach.core.timeline import Phase, PhaseKind
from coach.qt.cues import Cues, CueSink
from coach.qt.driver import DeadlineDriver
from coach.qt.figure_animation import AnimatedPicture
from coach.qt.safety_view import SafetyView
from coach.qt.widgets import CountdownRing, PainScale, ProgressStrip

log = logging.getLogger(__name__)


def _big(label: QLabel, scale: float, bold: bool = False) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


class PlayerWindow(QWidget):
    """Plays one routine.

    Signals:
        closed: the window has closed and the session is saved.
    """

    closed = Signal()

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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.routine = runner.routine
        self.recorder = SessionRecorder(runner, sink, source=source)
        self.cues = Cues(runner, cue_sink, sounds=sounds, voice=voice) if cue_sink is not None else None
        self.driver = DeadlineDriver(
            clock, runner.tick, runner.next_deadline, display_deadline=self._display_deadline, parent=self
        )
        self.driver.ticked.connect(self.refresh)
        self._clock = clock
        self.setWindowTitle(self.tr("{routine} — Coach").format(routine=self.routine.name))
        self.setAccessibleName(self.tr("Player: {routine}").format(routine=self.routine.name))
        self.resize(920, 640)

        self.pages = QStackedWidget(self)
        self.run_page = self._build_run_page()
        self.summary_page = self._build_summary_page()
        self.safety_page = self._build_safety_page()
        for page in (self.run_page, self.summary_page, self.safety_page):
            self.pages.addWidget(page)
        outer = QVBoxLayout(self)
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
        self.routine_label = _big(QLabel(self.routine.name, page), 1.2, bold=True)
        self.position_label = QLabel(page)
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
        self.picture.setAccessibleName(self.tr("Exercise picture"))
        self.exercise_label = _big(QLabel(page), 1.6, bold=True)
        self.exercise_label.setWordWrap(True)
        self.rep_label = _big(QLabel(page), 1.15)
        self.ring = CountdownRing(page)
        self.steps = QListWidget(page)
        self.steps.setWordWrap(True)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.next_label = QLabel(page)
        self.next_label.setWordWrap(True)
        self.caution_label = QLabel(page)
        self.caution_label.setWordWrap(True)

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
        controls = QHBoxLayout()
        for button in (self.back_button, self.pause_button, self.skip_button):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.stop_button)
        controls.addWidget(self.hurts_button)

        layout = QVBoxLayout(page)
        layout.addLayout(header)
        layout.addLayout(progress)
        layout.addLayout(centre, 3)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.caution_label)
        layout.addWidget(self.next_label)
        layout.addLayout(controls)
        return page

    def _build_summary_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_title = _big(QLabel(page), 1.6, bold=True)
        self.summary_text = QLabel(page)
        self.summary_text.setWordWrap(True)
        self.summary_items = QLabel(page)
        self.summary_items.setWordWrap(True)
        self.summary_items.setTextFormat(Qt.TextFormat.RichText)
        self.pain_after = PainScale(self.tr("Back pain now"), page)
        self.note = QLineEdit(page)
        self.note.setPlaceholderText(self.tr("A note for your log (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(500)
        self.save_button = QPushButton(self.tr("Save and close"), page)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_and_close)
        self.again_button = QPushButton(self.tr("Close without rating"), page)
        self.again_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_title)
        layout.addWidget(self.summary_text)
        layout.addWidget(self.summary_items)
        layout.addSpacing(12)
        layout.addWidget(
            QLabel(
                self.tr("How does your back feel now? (optional; 0 = no pain, 10 = worst imaginable)"), page
            )
        )
        layout.addWidget(self.pain_after)
        layout.addWidget(self.note)
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
        close = QPushButton(self.tr("Close"), page)
        close.clicked.connect(self.close)
        layout = QVBoxLayout(page)
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
        if self.confirm_stop(self):
            self.runner.stop("user")

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
        self.recorder.rate(self.pain_after.value(), self.note.text().strip() or None)
        self.close()

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
        self.caution_label.setText(f"⚠ {exercise.cautions[0]}" if exercise.cautions else "")
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
            what = phase_word(nxt) + (f" · {rep_line(nxt)}" if rep_line(nxt) else "")
            self.next_label.setText(self.tr("Next: {what}").format(what=what))
        self._announce(
            f"{exercise.name}. {phase_title(phase)}"
            + (f", {rep_line(phase)}" if rep_line(phase) else "")
            + f", {format_duration(phase.duration_s)}."
        )
        self.refresh()

    def _announce(self, text: str) -> None:
        """Tell screen readers about the phase change."""
        self.ring.setAccessibleDescription(text)
        QAccessible.updateAccessibility(QAccessibleEvent(self.ring, QAccessible.Event.DescriptionChanged))

    @Slot()
    def refresh(self) -> None:
        runner = self.runner
        phase = runner.phase
        fraction = runner.phase_elapsed_s / phase.duration_s if phase.duration_s else 1.0
        title = phase_title(phase)
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
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            font = item.font()
            font.setBold(row == current)
            item.setFont(font)
        if self.steps.count():
            self.steps.setCurrentRow(current)
        images = self.routine.items[phase.item].exercise.images
        frame = frame_index(self.routine, phase, fraction)
        self.picture.show_moment(
            images,
            frame,
            mirrored(phase),
            motion_for(self.routine, phase),
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
            mark, state = ("✓", self.tr("done")) if index in done else ("–", self.tr("not done"))
            rows.append(
                f"<li>{mark} {escape(item.exercise.name)} · {escape(item.dose.describe())} ({state})</li>"
            )
        self.summary_items.setText(f"<ul style='list-style: none'>{''.join(rows)}</ul>")

    def _on_finished(self, _none: object) -> None:
        self.driver.stop()
        self.picture.stop()
        self.summary_title.setText(self.tr("Well done"))
        self.summary_text.setText(
            self.tr("{routine} complete: {done} of exercise in {total}. Your session is saved.").format(
                routine=self.routine.name,
                done=format_duration(self.recorder.seconds_done),
                total=format_duration(self.runner.total_s),
            )
        )
        self._list_items()
        self.pages.setCurrentWidget(self.summary_page)
        self.pain_after.setFocus()

    def _on_stopped(self, reason: str) -> None:
        self.driver.stop()
        self.picture.stop()
        if reason == "pain":
            self.pages.setCurrentWidget(self.safety_page)
            return
        if reason == "closed":
            return
        self.summary_title.setText(self.tr("Stopped early"))
        self.summary_text.setText(
            self.tr("You did {done} of {routine}. That is saved as a partial session.").format(
                done=format_duration(self.recorder.seconds_done), routine=self.routine.name
            )
        )
        self._list_items()
        self.pages.setCurrentWidget(self.summary_page)

    def _on_log_failed(self, message: str) -> None:
        self.position_label.setText(self.tr("⚠ This session cannot be saved to your log"))
        self.position_label.setToolTip(message)

    def _on_pain_before(self, _index: int) -> None:
        self.recorder.set_pain_before(self.pain_before.currentData())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.state in (RunState.RUNNING, RunState.PAUSED):
            self.runner.stop("closed")
        self.driver.stop()
        self.picture.stop()
        super().closeEvent(event)
        self.closed.emit()


def runner_command(window: PlayerWindow, name: str):
    """A slot that sends ``name`` to the runner and brings the window up to date."""

    def command() -> None:
        getattr(window.runner, name)()
        window.driver.rearm()
        window.refresh()

    return command
