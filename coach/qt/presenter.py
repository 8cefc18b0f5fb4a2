"""Shows what the scheduler asks for: notices, break prompts in the chosen style, walk prompts."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot

from coach.core.activity import Notifier
from coach.core.durations import format_duration
from coach.core.i18n import Context, translate
from coach.core.library import Library
from coach.core.model import Routine
from coach.core.plan import EntryKind
from coach.core.rotation import pick_routine
from coach.core.scheduler import BreakScheduler
from coach.core.scheduler_events import (
    BreakDue,
    BreakNotice,
    BreakWithdrawn,
    HeatPackDue,
    WalkDone,
    WalkDue,
    WarmUpDue,
)
from coach.core.scheduler_recorder import SchedulerRecorder
from coach.core.settings import BreakStyle, Settings

if TYPE_CHECKING:  # built when a break or a walk's end comes
    from coach.qt.prompts import BreakOverlay, PromptWindow
    from coach.qt.walk_dialog import WalkDoneDialog

log = logging.getLogger(__name__)
OpenPlayer = Callable[[Routine, str, Callable[[], None] | None], object]


def routine_picture(routine: Routine) -> Path | None:
    """The picture a reminder shows: the first exercise's end position (what to do)."""
    images = routine.items[0].exercise.images if routine.items else ()
    return images[-1] if images else None


class PresenterText(Context):
    """The translation context of the prompts' counted texts (English plurals without a translator)."""


class Presenter(QObject):
    """Turns scheduler events into prompts and notifications, and answers into scheduler commands.

    Signals:
        notification_action(str): the key of a desktop notification's button (marshalled from the
            notifier's thread onto the GUI thread).
    """

    notification_action = Signal(str)

    def __init__(
        self,
        scheduler: BreakScheduler,
        recorder: SchedulerRecorder | None,
        library: Library,
        settings: Settings,
        open_player: OpenPlayer,
        *,
        notifier: Notifier | None = None,
        tray_message: Callable[[str, str], None] | None = None,
        play_sound: Callable[[str], None] | None = None,
        done_today: Callable[[], Iterable[str]] = tuple,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.done_today = done_today  # ids of the routines run today, for the break rotation
        self.scheduler = scheduler
        self.recorder = recorder
        self.library = library
        self.settings = settings
        self.open_player = open_player
        self.notifier = notifier
        self.tray_message = tray_message
        self.play_sound = play_sound
        self.prompt: PromptWindow | BreakOverlay | None = None
        self.walk_prompt: PromptWindow | None = None
        self.walk_dialog: WalkDoneDialog | None = None
        self._notification = 0
        self._on_action: Callable[[str], None] | None = None
        self.notification_action.connect(self._on_notification_action, Qt.ConnectionType.QueuedConnection)
        scheduler.break_notice.connect(self._on_notice)
        scheduler.break_due.connect(self._on_due)
        scheduler.break_withdrawn.connect(self._on_withdrawn)
        scheduler.heat_pack_due.connect(self._on_heat_pack)
        scheduler.warm_up_due.connect(self._on_warm_up)
        scheduler.walk_due.connect(self._on_walk_due)
        scheduler.walk_done.connect(self._on_walk_done)

    # -- helpers -------------------------------------------------------------------------

    def routine(self, routine_id: str | None) -> Routine | None:
        if routine_id is None:
            return None
        return pick_routine(self.library.routines, routine_id, self.settings, self.done_today())

    def notify(
        self,
        title: str,
        body: str,
        actions: list[tuple[str, str]] | None = None,
        on_action: Callable[[str], None] | None = None,
    ) -> bool:
        """A desktop notification (replacing Coach's previous one), else the tray's balloon.

        ``on_action(key)`` runs on the GUI thread when a button (or the notification itself, as
        "start") is clicked. Returns False if nothing could be shown.
        """
        if self.notifier is not None:
            buttons = list(actions or ()) if self.notifier.supports_actions else []
            relay = self.notification_action.emit if on_action is not None else None
            try:
                nid = self.notifier.notify(title, body, buttons, relay, replaces=self._notification)
            except Exception as exc:  # noqa: BLE001 - a broken notification service must not stop prompts
                log.warning("notification failed: %s", exc)
                nid = 0
            if nid:
                self._notification = nid
                self._on_action = on_action
                return True
        if self.tray_message is not None:
            self.tray_message(title, body)
            return True
        return False

    def close_notification(self) -> None:
        if self.notifier is not None and self._notification:
            try:
                self.notifier.close_notification(self._notification)
            except Exception as exc:  # noqa: BLE001 - same
                log.info("closing the notification failed: %s", exc)
        self._on_action = None
        self._notification = 0

    @Slot(str)
    def _on_notification_action(self, key: str) -> None:
        callback, self._on_action = self._on_action, None
        if callback is not None:
            callback("start" if key == "default" else key)

    # -- movement breaks -----------------------------------------------------------------

    def _on_notice(self, event: BreakNotice) -> None:
        routine = self.routine(event.routine)
        name = routine.name if routine else self.tr("a movement break")
        self.notify(
            self.tr("Movement break soon"),
            self.tr("In {time}: {routine}. Finish what you are doing.").format(
                time=format_duration(event.in_s), routine=name
            ),
        )

    def _on_due(self, event: BreakDue) -> None:
        routine = self.routine(event.routine)
        if routine is None:
            log.warning("break routine %r is missing; skipping the break", event.routine)
            self.scheduler.skip()
            return
        sat = format_duration(event.sitting_s)
        message = self.tr(
            "You have been sitting for {sitting}. Stand up for <b>{routine}</b> ({duration}): {summary}"
        ).format(
            sitting=escape(sat),
            routine=escape(routine.name),
            duration=escape(format_duration(routine.duration_s)),
            summary=escape(routine.summary),
        )
        choices = [
            ("start", self.tr("Start")),
            (
                "postpone",
                self.tr("Later ({duration})").format(
                    duration=format_duration(self.settings.movement_breaks.postpone_s)
                ),
            ),
            ("skip", self.tr("Skip")),
        ]
        if event.postpones_left <= 0:
            choices = [c for c in choices if c[0] != "postpone"]
        if self.play_sound is not None:
            self.play_sound("prompt")
        style = self.settings.movement_breaks.style
        if style is BreakStyle.NOTIFY:
            plain = self.tr("Sitting for {sitting}. Time for {routine} ({duration}).").format(
                sitting=sat, routine=routine.name, duration=format_duration(routine.duration_s)
            )
            if not self.notify(self.tr("Movement break"), plain, choices, self.answer_break):
                style = BreakStyle.PROMPT  # no way to notify: the prompt window it is
            else:
                return
        self.close_prompt()
        from coach.qt.prompts import BreakOverlay, PromptWindow

        picture = routine_picture(routine)
        if style is BreakStyle.OVERLAY:
            prompt: PromptWindow | BreakOverlay = BreakOverlay(
                self.tr("Movement break"), message, choices, default="start", picture=picture
            )
        else:
            prompt = PromptWindow(
                self.tr("Movement break"), message, choices, default="start", picture=picture
            )
        prompt.answered.connect(self.answer_break)
        self.prompt = prompt
        prompt.popup()
        self.notify(self.tr("Movement break"), self.tr("Time for {routine}.").format(routine=routine.name))

    @Slot(str)
    def answer_break(self, key: str) -> None:
        self.prompt = None
        self.close_notification()
        if key == "start":
            routine = self.routine(self.settings.movement_breaks.routine)
            if self.scheduler.take_break() and routine is not None:
                self.open_player(routine, "break", self.scheduler.break_finished)
            elif routine is None:
                self.scheduler.break_finished()
        elif key == "postpone":
            self.scheduler.postpone()
        elif key == "skip":
            self.scheduler.skip()

    def _on_withdrawn(self, _event: BreakWithdrawn) -> None:
        self.close_prompt()
        self.close_notification()

    def close_prompt(self) -> None:
        if self.prompt is not None:
            self.prompt.withdraw()
            self.prompt = None

    # -- walks ---------------------------------------------------------------------------

    def _walk_prompt(
        self,
        title: str,
        message: str,
        choices: list[tuple[str, str]],
        on_answer: Callable[[str], None],
        summary: str,
    ) -> None:
        """A prompt window with the full message, and a notification with the one-line ``summary``."""
        if self.walk_prompt is not None:
            self.walk_prompt.withdraw()
        if self.play_sound is not None:
            self.play_sound("prompt")
        from coach.qt.prompts import PromptWindow

        prompt = PromptWindow(title, message, choices, default=choices[0][0])
        prompt.answered.connect(on_answer)
        prompt.answered.connect(lambda _key: setattr(self, "walk_prompt", None))
        self.walk_prompt = prompt
        prompt.popup()
        self.notify(title, summary)

    def _on_heat_pack(self, event: HeatPackDue) -> None:
        routine = self.routine(event.routine)
        if routine:
            minutes = PresenterText.tr("%n minute(s)", "", round(routine.duration_s / 60))
        else:
            minutes = self.tr("10 to 15 minutes")
        walk = f"{event.walk_at:%H:%M}"
        self._walk_prompt(
            self.tr("Heat pack before your walk"),
            self.tr(
                "Your walk is at {time}. Warm a heat pack and put it on your lower back now, "
                "over a layer of cloth, for about {minutes}. Coach times it for you."
            ).format(time=walk, minutes=escape(minutes)),
            [("start", self.tr("Start heat timer")), ("skip", self.tr("Not today"))],
            lambda key: self._answer_prep(EntryKind.HEAT_PACK, key, routine),
            self.tr("Heat pack on now for your {time} walk.").format(time=walk),
        )

    def _on_warm_up(self, event: WarmUpDue) -> None:
        routine = self.routine(event.routine)
        name = routine.name if routine else self.tr("a short warm-up")
        length = f" ({format_duration(routine.duration_s)})" if routine else ""
        self._walk_prompt(
            self.tr("Warm up for your walk"),
            self.tr(
                "Your walk is at {time}. Loosen your back and hips first: <b>{routine}</b>{length}."
            ).format(time=f"{event.walk_at:%H:%M}", routine=escape(name), length=escape(length)),
            [("start", self.tr("Start warm-up")), ("skip", self.tr("Not today"))],
            lambda key: self._answer_prep(EntryKind.WARM_UP, key, routine),
            self.tr("{routine}{length} before your {time} walk.").format(
                routine=name, length=length, time=f"{event.walk_at:%H:%M}"
            ),
        )

    def _answer_prep(self, kind: EntryKind, key: str, routine: Routine | None) -> None:
        self.scheduler.answer_prompt(kind, key == "start")
        if key == "start" and routine is not None:
            self.open_player(routine, "walk-prep", None)

    def _on_walk_due(self, event: WalkDue) -> None:
        items = "".join(f"<li>{escape(translate('Safety', item))}</li>" for item in event.checklist)
        self._walk_prompt(
            self.tr("Time for your walk"),
            self.tr("Your {minutes}-minute walk is now. As you go:").format(minutes=event.minutes)
            + f"<ul>{items}</ul>{escape(translate('Safety', event.flexion_tip))}",
            [("go", self.tr("I'm going now")), ("skip", self.tr("Skip today"))],
            self._answer_walk,
            self.tr("Your {minutes}-minute walk is now. Walk tall, arms swinging, knees soft.").format(
                minutes=event.minutes
            ),
        )

    def _answer_walk(self, key: str) -> None:
        if key == "go":
            self.scheduler.start_walk(planned=True)
        else:
            self.scheduler.skip_walk()

    def _on_walk_done(self, event: WalkDone) -> None:
        if self.walk_dialog is not None:
            self.walk_dialog.close()
        from coach.qt.walk_dialog import WalkDoneDialog

        dialog = WalkDoneDialog(event.minutes)
        dialog.rated.connect(self._rate_walk)
        dialog.rejected.connect(self._walk_not_rated)
        dialog.finished.connect(lambda _result: setattr(self, "walk_dialog", None))
        self.walk_dialog = dialog
        dialog.show()

    def _walk_not_rated(self) -> None:
        """ "Not now": the walk is still logged, with its measured length and no rating."""
        if self.recorder is not None:
            self.recorder.rate_walk()

    def _rate_walk(self, answers: dict) -> None:
        if self.recorder is not None:
            self.recorder.rate_walk(
                answers["pain"], answers["needed_flexion_break"], answers["note"], answers["minutes"]
            )

    def withdraw_all(self) -> None:
        self.close_prompt()
        self.close_notification()
        for window in (self.walk_prompt, self.walk_dialog):
            if window is not None:
                window.close()
