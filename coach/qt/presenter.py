"""Shows what the scheduler asks for, each event in one place: break and walk questions, news."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, tzinfo
from html import escape
from pathlib import Path
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QDate, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from coach.core.activity import Notifier
from coach.core.delivery import Abilities, Channel, info_channel, question_channel
from coach.core.durations import format_duration
from coach.core.i18n import Context, translate
from coach.core.library import Library
from coach.core.model import Routine
from coach.core.plan import EntryKind, fit_routine
from coach.core.rotation import pick_routine
from coach.core.safety import FLEXION_BREAK_TIP
from coach.core.scheduler import (
    BreakDue,
    BreakNotice,
    BreakScheduler,
    BreakWithdrawn,
    HeatPackDue,
    SchedulerRecorder,
    SchedulerState,
    WalkDone,
    WalkDue,
    WalkEnd,
    WalkStarted,
    WarmUpDue,
)
from coach.core.settings import Settings
from coach.qt.prompts import BreakOverlay, PromptWindow
from coach.qt.walk_dialog import WalkDoneDialog

log = logging.getLogger(__name__)
W = TypeVar("W", bound=QWidget)


def _alive(window: W | None) -> W | None:
    """``window``, or None when Qt has deleted it."""
    return window if window is not None and shiboken6.isValid(window) else None


OpenPlayer = Callable[[Routine, str, Callable[[], None] | None], object]


def routine_picture(routine: Routine) -> Path | None:
    """The picture a reminder shows: the first exercise's end position (what to do)."""
    images = routine.items[0].exercise.images if routine.items else ()
    return images[-1] if images else None


class PresenterText(Context):
    """The translation context of the prompts' counted texts (English plurals without a translator)."""


class Presenter(QObject):
    """Turns scheduler events into prompts and notifications, and answers into scheduler commands.

    Each event is shown in one place (see :mod:`coach.core.delivery`): a question as a desktop
    notification with buttons, the prompt window or the overlay; news as a notification, else
    a tray message. Questions wait while ``held`` (the first-run welcome is open) and are asked
    on :meth:`release`.

    Signals:
        notification_action(str, str, int): (slot, key, question number) of a desktop
            notification's button, marshalled from the notifier's thread onto the GUI thread;
            "dismissed" when the user closed it unanswered.
    """

    notification_action = Signal(str, str, int)

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
        abilities: Abilities | None = None,
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
        if abilities is None:
            abilities = Abilities(
                notifications=notifier is not None,
                actions=notifier is not None and notifier.supports_actions,
                tray=tray_message is not None,
                tray_messages=tray_message is not None,
            )
        self.abilities = abilities
        self.play_sound = play_sound
        self.held = False
        self._waiting: dict[str, Callable[[], None]] = {}  # slot -> the question to ask on release
        self._windows: dict[str, PromptWindow | BreakOverlay] = {}  # slot -> its open prompt
        self._window_answers: dict[str, Callable[[str], None]] = {}  # slot -> on_answer
        self._notifications: dict[str, int] = {}  # slot -> its notification's id
        # slot -> (on_answer, default key, dismiss key, question number)
        self._answers: dict[str, tuple[Callable[[str], None], str, str | None, int]] = {}
        self._asked = 0
        self._walk_dialog: WalkDoneDialog | None = None
        self.notification_action.connect(self._on_notification_action, Qt.ConnectionType.QueuedConnection)
        scheduler.break_notice.connect(self._on_notice)
        scheduler.break_due.connect(self._on_due)
        scheduler.break_withdrawn.connect(self._on_withdrawn)
        scheduler.heat_pack_due.connect(self._on_heat_pack)
        scheduler.warm_up_due.connect(self._on_warm_up)
        scheduler.walk_due.connect(self._on_walk_due)
        scheduler.walk_started.connect(self._on_walk_started)
        scheduler.walk_done.connect(self._on_walk_done)

    # Qt deletes a window closed by the user or by QGuiApplication.quit() (they delete on close):
    # these read as None once that happened, so no dangling window is touched later.

    @property
    def prompt(self) -> PromptWindow | BreakOverlay | None:
        """The open movement-break prompt or overlay."""
        return _alive(self._windows.get("break"))

    @property
    def walk_prompt(self) -> PromptWindow | None:
        """The open walk prompt (heat pack, warm-up, the walk, or "I'm back")."""
        window = _alive(self._windows.get("walk"))
        return window if isinstance(window, PromptWindow) else None

    @property
    def walk_dialog(self) -> WalkDoneDialog | None:
        return _alive(self._walk_dialog)

    @walk_dialog.setter
    def walk_dialog(self, window: WalkDoneDialog | None) -> None:
        self._walk_dialog = window

    # -- holding questions back ----------------------------------------------------------

    def hold(self) -> None:
        """Keep questions back (the first-run welcome is open); a heads-up meanwhile is dropped."""
        self.held = True

    def release(self) -> None:
        """Ask the questions that came while held (the latest of each kind, if still open)."""
        self.held = False
        waiting, self._waiting = self._waiting, {}
        for ask in waiting.values():
            ask()

    # -- the channels --------------------------------------------------------------------

    def routine(self, routine_id: str | None) -> Routine | None:
        if routine_id is None:
            return None
        return pick_routine(self.library.routines, routine_id, self.settings, self.done_today())

    def notify(self, title: str, body: str, slot: str = "news") -> bool:
        """News with nothing to answer: a desktop notification, else a tray message.

        Returns False if nothing could be shown.
        """
        if info_channel(self.abilities) is Channel.NOTIFICATION and self._send(slot, title, body):
            return True
        if self.tray_message is not None:
            self.tray_message(title, body)
            return True
        return False

    def _send(
        self,
        slot: str,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        on_answer: Callable[[str], None] | None = None,
        dismiss: str | None = None,
    ) -> bool:
        """A desktop notification in ``slot`` (replacing the slot's last one); False if not shown.

        A click answers ``on_answer(key)``; closing it unanswered answers ``dismiss``, if given.
        """
        if self.notifier is None:
            return False
        self._asked += 1
        number = self._asked  # a late click on a replaced notification must not answer its successor
        relay = (
            None
            if on_answer is None
            else (lambda key, s=slot, n=number: self.notification_action.emit(s, key, n))
        )
        try:
            nid = self.notifier.notify(
                title,
                body,
                list(actions),
                relay,
                replaces=self._notifications.get(slot, 0),
                timeout_ms=0 if actions else -1,  # a question stays until it is answered
            )
        except Exception as exc:  # noqa: BLE001 - a broken notification service must not stop prompts
            log.warning("notification failed: %s", exc)
            nid = 0
        if not nid:
            return False
        self._notifications[slot] = nid
        if on_answer is not None:
            self._answers[slot] = (on_answer, actions[0][0] if actions else "", dismiss, number)
        else:
            self._answers.pop(slot, None)
        return True

    def close_notification(self, slot: str = "break") -> None:
        self._answers.pop(slot, None)
        nid = self._notifications.pop(slot, 0)
        if self.notifier is not None and nid:
            try:
                self.notifier.close_notification(nid)
            except Exception as exc:  # noqa: BLE001 - same
                log.info("closing the notification failed: %s", exc)

    @Slot(str, str, int)
    def _on_notification_action(self, slot: str, key: str, number: int) -> None:
        answer = self._answers.get(slot)
        if answer is None or answer[3] != number:
            return  # the question was answered, withdrawn or replaced meanwhile
        del self._answers[slot]
        self._notifications.pop(slot, None)
        on_answer, default, dismiss, _number = answer
        if key == "dismissed":
            if dismiss is not None:
                on_answer(dismiss)
        else:
            on_answer(default if key == "default" else key)

    def ask(
        self,
        slot: str,
        title: str,
        message: str,
        summary: str,
        choices: Sequence[tuple[str, str]],
        on_answer: Callable[[str], None],
        *,
        overlay_allowed: bool = True,
        dismiss: str | None = None,
        picture: Path | None = None,
    ) -> None:
        """Ask a question in one place, answerable there: ``message`` is rich text for Coach's
        windows, ``summary`` the plain line for a notification; the first choice is the default,
        ``dismiss`` the answer when the user closes the prompt window instead of choosing.
        """
        if self.held:
            self._waiting[slot] = lambda: self.ask(
                slot, title, message, summary, choices, on_answer,
                overlay_allowed=overlay_allowed, dismiss=dismiss, picture=picture,
            )  # fmt: skip
            return
        self.close_prompt(slot)
        self.close_notification(slot)
        if self.play_sound is not None:
            self.play_sound("prompt")
        style = self.settings.movement_breaks.style
        channel = question_channel(style, self.abilities, overlay_allowed=overlay_allowed)
        if channel is Channel.NOTIFICATION:
            if self._send(slot, title, summary, choices, on_answer, dismiss):
                return
            log.info("the notification could not be shown; asking in the prompt window")
        if channel is Channel.OVERLAY:
            overlay = BreakOverlay(title, message, choices, default=choices[0][0], picture=picture)
            self._show_window(slot, overlay, on_answer)
        else:
            prompt = PromptWindow(
                title, message, choices, default=choices[0][0], picture=picture, dismiss=dismiss
            )
            self._show_window(slot, prompt, on_answer)

    def _show_window(
        self, slot: str, window: PromptWindow | BreakOverlay, on_answer: Callable[[str], None]
    ) -> None:
        """Show ``window`` as the slot's prompt; its answer goes to ``on_answer``."""
        self.close_prompt(slot)
        self._window_answers[slot] = on_answer
        window.answered.connect(self._answered)  # a slot of ours: no lambda tied to the window's life
        self._windows[slot] = window
        window.popup()
        self._stack_prompts()

    def _stack_prompts(self) -> None:
        """A walk prompt showing with a break prompt goes just above it, not over it (both open
        in the same corner; on Wayland the compositor places them)."""
        brk, walk = self.prompt, self.walk_prompt
        if not isinstance(brk, PromptWindow) or walk is None or not (brk.isVisible() and walk.isVisible()):
            return
        walk.move(brk.x() + brk.width() - walk.width(), max(0, brk.y() - walk.height() - 12))

    @Slot(str)
    def _answered(self, key: str) -> None:
        window = self.sender()
        for slot, open_window in list(self._windows.items()):
            if open_window is window:
                del self._windows[slot]
                self._window_answers.pop(slot)(key)
                return

    def close_prompt(self, slot: str = "break") -> None:
        window = self._windows.pop(slot, None)
        self._window_answers.pop(slot, None)
        if window is not None and shiboken6.isValid(window):  # Qt closes windows itself on quit
            window.withdraw()

    # -- movement breaks -----------------------------------------------------------------

    def _on_notice(self, event: BreakNotice) -> None:
        if self.held:
            return  # a heads-up is stale by the time the welcome is done
        routine = self.routine(event.routine)
        name = routine.name if routine else self.tr("a movement break")
        self.notify(
            self.tr("Movement break soon"),
            self.tr("In {time}: {routine}. Finish what you are doing.").format(
                time=format_duration(event.in_s), routine=name
            ),
            slot="break",
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
        plain = self.tr("Sitting for {sitting}. Time for {routine} ({duration}).").format(
            sitting=sat, routine=routine.name, duration=format_duration(routine.duration_s)
        )
        # closing the prompt is "not now": Later while it may be put off, else Skip
        dismiss = "postpone" if event.postpones_left > 0 else "skip"
        self.ask(
            "break",
            self.tr("Movement break"),
            message,
            plain,
            choices,
            self.answer_break,
            dismiss=dismiss,
            picture=routine_picture(routine),
        )

    @Slot(str)
    def answer_break(self, key: str) -> None:
        self.close_prompt("break")
        self.close_notification("break")
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
        self._waiting.pop("break", None)
        self.close_prompt("break")
        self.close_notification("break")

    # -- walks ---------------------------------------------------------------------------

    def _walk_prompt(
        self,
        title: str,
        message: str,
        choices: list[tuple[str, str]],
        on_answer: Callable[[str], None],
        summary: str,
    ) -> None:
        """A walk question: the full ``message`` in a prompt window, or ``summary`` in a notification."""
        self.ask("walk", title, message, summary, choices, on_answer, overlay_allowed=False)

    def _walk_in(self, event: HeatPackDue | WarmUpDue) -> str:
        """``12:30, in 7 min``: the walk's time and the real time left until it."""
        walk = f"{event.walk_at:%H:%M}"
        if event.walk_in_s < 60:
            return walk
        return self.tr("{time}, in {left}").format(
            time=walk, left=format_duration(round(event.walk_in_s / 60) * 60)
        )

    def _on_heat_pack(self, event: HeatPackDue) -> None:
        routine = self.routine(event.routine)
        if routine is not None and event.seconds:
            routine = fit_routine(routine, event.seconds)  # given late: the timer ends before the warm-up
        seconds = routine.duration_s if routine is not None else event.seconds
        if seconds:
            minutes = PresenterText.tr("%n minute(s)", "", max(1, round(seconds / 60)))
        else:
            minutes = self.tr("10 to 15 minutes")
        walk = f"{event.walk_at:%H:%M}"
        self._walk_prompt(
            self.tr("Heat pack before your walk"),
            self.tr(
                "Your walk is at {time}. Warm a heat pack and put it on your lower back now, "
                "over a layer of cloth, for about {minutes}. Coach times it for you."
            ).format(time=escape(self._walk_in(event)), minutes=escape(minutes)),
            [("start", self.tr("Start heat timer")), ("skip", self.tr("Not today"))],
            lambda key: self._answer_prep(EntryKind.HEAT_PACK, key, routine),
            self.tr("Heat pack on now for your {time} walk.").format(time=walk),
        )

    def _on_warm_up(self, event: WarmUpDue) -> None:
        routine = self.routine(event.routine)
        name = routine.name if routine else self.tr("a short warm-up")
        length = f" ({format_duration(routine.duration_s)})" if routine else ""
        message = self.tr(
            "Your walk is at {time}. Loosen your back and hips first: <b>{routine}</b>{length}."
        ).format(time=escape(self._walk_in(event)), routine=escape(name), length=escape(length))
        if routine is not None and event.seconds and event.seconds < routine.duration_s:
            message += " " + self.tr(
                "There is time for {left} of it: do what fits and stop when it is time to go."
            ).format(left=escape(format_duration(event.seconds)))
        self._walk_prompt(
            self.tr("Warm up for your walk"),
            message,
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

    @property
    def walking(self) -> bool:
        return self.scheduler.state is SchedulerState.WALKING

    def walk_or_back(self) -> None:
        """The tray's walk item: "Going for a walk", or "I'm back" while a walk is on."""
        if self.walking:
            self.scheduler.end_walk()
        else:
            self.scheduler.start_walk(planned=False)

    def walk_label(self) -> str:
        return self.tr("I'm back") if self.walking else self.tr("Going for a walk")

    def _on_walk_started(self, event: WalkStarted) -> None:
        """Enjoy your walk, in one place: a notification with an "I'm back" button; news where
        buttons are missing but the tray menu offers "I'm back"; else a small window with it."""
        self.close_prompt("walk")
        self.close_notification("walk")
        if self.walk_dialog is not None:  # the last walk's question, unanswered: it is logged unrated
            self.walk_dialog.close()
        ends = "" if event.ends_by is None else f"{event.ends_by:%H:%M}"
        body = self.tr(
            "Coach will ask how it went when you are back. Say so with “I'm back”; "
            "the walk ends by itself at {time}."
        ).format(time=ends)
        tip = translate("Safety", FLEXION_BREAK_TIP)
        title = self.tr("Enjoy your walk")
        back = [("back", self.tr("I'm back"))]
        buttons = self.abilities.notifications and self.abilities.actions
        if buttons and self._send("walk", title, f"{body} {tip}", back, self._answer_back):
            return
        if self.abilities.tray and self.notify(title, f"{body} {tip}", slot="walk"):
            return
        prompt = PromptWindow(title, f"{escape(body)}<br>{escape(tip)}", back, default="back")
        self._show_window("walk", prompt, self._answer_back)

    def _answer_back(self, key: str) -> None:
        if key == "back":
            self.scheduler.end_walk()

    def recover_open_walks(self, tz: tzinfo, now: datetime) -> WalkDone | None:
        """At start: close walks a quit or a crash left open and ask about the latest, once."""
        if self.recorder is None:
            return None
        done = self.recorder.recover_open_walks(self.settings, tz, now)
        if done is not None:
            self._on_walk_done(done)
        return done

    def _on_walk_done(self, event: WalkDone) -> None:
        if event.how is not WalkEnd.RECOVERED:
            self.close_notification("walk")  # the walk's, with its "I'm back" button
        if self.walk_prompt is not None and self.walk_prompt.buttons.keys() == {"back"}:
            self.close_prompt("walk")
        if self.walk_dialog is not None:
            self.walk_dialog.close()
        dialog = WalkDoneDialog(event.minutes, self._walk_done_note(event))
        dialog.rated.connect(self._rate_walk)
        dialog.rejected.connect(self._walk_not_rated)
        dialog.finished.connect(lambda _result: setattr(self, "walk_dialog", None))
        self.walk_dialog = dialog
        dialog.show()

    def _walk_done_note(self, event: WalkDone) -> str:
        """What the question says about a walk Coach ended itself."""
        span = {"start": f"{event.started:%H:%M}", "end": f"{event.ended:%H:%M}"}
        if event.how is WalkEnd.TIMED_OUT:
            return self.tr(
                "Your walk from {start} was ended at its planned end, {end}, as Coach did not see "
                "you come back. Correct the minutes if they are wrong."
            ).format(**span)
        if event.how is WalkEnd.RECOVERED:
            day = QLocale().toString(
                QDate(event.started.year, event.started.month, event.started.day),
                QLocale.FormatType.ShortFormat,
            )
            return self.tr(
                "Coach was closed during your walk of {day} from {start}; it is logged until {end}, "
                "its planned end or the restart, if sooner. Correct the minutes if they are wrong."
            ).format(day=day, **span)
        return ""

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
        self._waiting.clear()
        for slot in list(self._windows):
            self.close_prompt(slot)
        for slot in list(self._notifications):
            self.close_notification(slot)
        if self.walk_dialog is not None and shiboken6.isValid(self.walk_dialog):
            self.walk_dialog.close()
