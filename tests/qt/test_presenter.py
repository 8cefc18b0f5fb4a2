"""Scheduler events become prompts in the chosen style; answers go back to the scheduler."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from coach import paths
from coach.core.activity import ActivitySample
from coach.core.clock import ManualClock
from coach.core.library import load_library
from coach.core.scheduler import BreakScheduler, SchedulerRecorder, SchedulerState
from coach.core.session_log import SessionLog
from coach.core.settings import BreakStyle, Settings
from coach.qt.presenter import Presenter
from coach.qt.prompts import BreakOverlay, PromptWindow

TZ = ZoneInfo("Europe/Berlin")
PRESENT = ActivitySample(idle_s=1.0)


class FakeNotifier:
    name = "fake"
    supports_actions = True

    def __init__(self):
        self.shown: list[tuple[str, str, list]] = []
        self.callbacks = []
        self.closed: list[int] = []

    def notify(self, title, body, actions=(), on_action=None, *, replaces=0, timeout_ms=-1):
        self.shown.append((title, body, list(actions)))
        self.callbacks.append(on_action)
        return len(self.shown)

    def close_notification(self, notification_id):
        self.closed.append(notification_id)


@pytest.fixture
def library():
    return load_library(paths.library_dirs())


def setup(qtbot, tmp_path, library, style=BreakStyle.PROMPT, avoid=False):
    clock = ManualClock(wall=datetime(2026, 1, 5, 9, 0, tzinfo=UTC))  # 10:00 in Berlin, a Monday
    settings = Settings()
    settings = dataclasses.replace(
        settings,
        avoid_backward_bending=avoid,
        movement_breaks=dataclasses.replace(settings.movement_breaks, style=style, every_s=600, notice_s=60),
        walks=(),
    )
    scheduler = BreakScheduler(settings, clock, TZ, routines=library.routines)
    log = SessionLog.open(tmp_path / "log.db", clock)
    recorder = SchedulerRecorder(scheduler, log)
    played: list[tuple] = []
    notifier = FakeNotifier()
    presenter = Presenter(
        scheduler,
        recorder,
        library,
        settings,
        lambda routine, source, done: played.append((routine.id, source, done)),
        notifier=notifier,
        done_today=lambda: [s.routine_id for s in log.sessions()],
    )
    return clock, scheduler, presenter, played, notifier, log


def sit(clock, scheduler, seconds, step=5):
    for _ in range(int(seconds // step)):
        clock.advance(step)
        scheduler.tick(PRESENT)


def test_notice_then_prompt_then_start_opens_the_player(qtbot, tmp_path, library):
    clock, scheduler, presenter, played, notifier, log = setup(qtbot, tmp_path, library)
    sit(clock, scheduler, 545)
    assert notifier.shown and notifier.shown[0][0] == "Movement break soon"
    sit(clock, scheduler, 60)
    prompt = presenter.prompt
    assert isinstance(prompt, PromptWindow) and prompt.isVisible()
    assert set(prompt.buttons) == {"start", "postpone", "skip"}
    assert prompt.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    prompt.buttons["start"].click()
    assert played and played[0][:2] == ("desk-break", "break")
    assert scheduler.state is SchedulerState.IN_BREAK
    played[0][2]()  # the player closed
    assert scheduler.state is SchedulerState.SITTING
    events = [b.event for b in log.breaks()]
    assert events == ["notice", "prompted", "taken"]


def test_postpone_runs_out_then_only_start_or_skip(qtbot, tmp_path, library):
    clock, scheduler, presenter, _, _, log = setup(qtbot, tmp_path, library)
    for _round in range(2):
        sit(clock, scheduler, 610)
        presenter.prompt.buttons["postpone"].click()
        sit(clock, scheduler, 240)
    sit(clock, scheduler, 120)
    assert "postpone" not in presenter.prompt.buttons
    presenter.prompt.buttons["skip"].click()
    assert [b.event for b in log.breaks()].count("postponed") == 2
    assert [b.event for b in log.breaks()][-1] == "skipped"


def test_overlay_style_and_withdrawal_when_the_user_walks_away(qtbot, tmp_path, library):
    clock, scheduler, presenter, _, _, log = setup(qtbot, tmp_path, library, style=BreakStyle.OVERLAY)
    sit(clock, scheduler, 610)
    overlay = presenter.prompt
    assert isinstance(overlay, BreakOverlay) and overlay.isVisible()
    with qtbot.waitSignal(overlay.destroyed, timeout=2000):
        clock.advance(300)  # away from the desk: no input for the away time
        scheduler.tick(ActivitySample(idle_s=300.0))
    assert presenter.prompt is None
    clock.advance(5)
    scheduler.tick(PRESENT)  # back at the desk
    events = [b.event for b in log.breaks()]
    assert events[:2] == ["notice", "prompted"] and "natural" in events and "skipped" not in events


def test_notify_style_uses_notification_buttons(qtbot, tmp_path, library):
    clock, scheduler, presenter, played, notifier, _ = setup(
        qtbot, tmp_path, library, style=BreakStyle.NOTIFY
    )
    sit(clock, scheduler, 610)
    assert presenter.prompt is None
    title, _body, actions = notifier.shown[-1]
    assert title == "Movement break" and [key for key, _ in actions] == ["start", "postpone", "skip"]
    with qtbot.waitSignal(presenter.notification_action, timeout=1000):
        notifier.callbacks[-1]("postpone")  # as the notifier's thread would
    qtbot.waitUntil(lambda: scheduler.state is SchedulerState.SITTING, timeout=1000)
    assert not played


def test_backward_bending_avoided_uses_the_extension_free_break(qtbot, tmp_path, library):
    clock, scheduler, presenter, played, _, _ = setup(qtbot, tmp_path, library, avoid=True)
    sit(clock, scheduler, 610)
    presenter.prompt.buttons["start"].click()
    assert played[0][0] == "extension-free-desk-break"


def test_the_next_break_is_the_next_in_turn(qtbot, tmp_path, library):
    clock, scheduler, presenter, played, _, log = setup(qtbot, tmp_path, library)
    sit(clock, scheduler, 610)
    presenter.prompt.buttons["start"].click()
    assert played[0][0] == "desk-break"
    log.start_session("desk-break", "Desk break", 33)  # what the player logs
    played[0][2]()
    sit(clock, scheduler, 610)
    presenter.prompt.buttons["start"].click()
    assert played[1][0] != "desk-break"
    assert library.routines[played[1][0]].purpose == "movement-break"


def test_walk_preparation_prompts_and_the_walk(qtbot, tmp_path, library):

    from coach.core.settings import Walk

    clock = ManualClock(wall=datetime(2026, 1, 5, 11, 0, tzinfo=UTC))  # 12:00 in Berlin
    walk = Walk(at=time(12, 30), heat_pack_before_s=15 * 60, warm_up_before_s=5 * 60)
    settings = dataclasses.replace(Settings(), walks=(walk,))
    scheduler = BreakScheduler(settings, clock, TZ, routines=library.routines)
    log = SessionLog.open(tmp_path / "log.db", clock)
    recorder = SchedulerRecorder(scheduler, log)
    played = []
    notifier = FakeNotifier()
    presenter = Presenter(
        scheduler,
        recorder,
        library,
        settings,
        lambda routine, source, done: played.append((routine.id, source)),
        notifier=notifier,
    )
    sit(clock, scheduler, 15 * 60 + 5)  # 12:15: heat pack
    assert presenter.walk_prompt.windowTitle() == "Heat pack before your walk"
    assert "about 12 minutes" in presenter.walk_prompt.message.text()
    assert not notifier.shown  # asked in one place: the prompt window, not a notification as well
    presenter.walk_prompt.buttons["start"].click()
    assert played == [("heat-pack", "walk-prep")]
    sit(clock, scheduler, 10 * 60)  # 12:25: warm-up
    assert presenter.walk_prompt.windowTitle() == "Warm up for your walk"
    presenter.walk_prompt.buttons["skip"].click()
    sit(clock, scheduler, 5 * 60)  # 12:30: the walk
    assert presenter.walk_prompt.windowTitle() == "Time for your walk"
    assert "supportive shoes" in presenter.walk_prompt.message.text()
    presenter.walk_prompt.buttons["go"].click()
    assert scheduler.state is SchedulerState.WALKING
    for step in range(1, 41):  # out on the walk for 20 minutes: no input
        clock.advance(30)
        scheduler.tick(ActivitySample(idle_s=30.0 * step))
    clock.advance(5)
    scheduler.tick(PRESENT)  # back at the desk
    dialog = presenter.walk_dialog
    assert dialog is not None and dialog.minutes.value() >= 20
    dialog.pain.set_value(2)
    dialog.flexion.setChecked(True)
    dialog.accept()
    [logged] = log.walks()
    assert logged.pain == 2 and logged.needed_flexion_break and logged.planned
    outcomes = [(p.kind, p.event) for p in log.prompts()]
    assert ("heat-pack", "done") in outcomes and ("warm-up", "skipped") in outcomes


def test_dismissing_the_walk_question_still_logs_the_walk(qtbot, tmp_path, library):
    clock, scheduler, presenter, _, _, log = setup(qtbot, tmp_path, library)
    sit(clock, scheduler, 30)
    scheduler.start_walk(planned=False)
    for step in range(1, 31):  # 15 minutes out
        clock.advance(30)
        scheduler.tick(ActivitySample(idle_s=30.0 * step))
    clock.advance(5)
    scheduler.tick(PRESENT)
    presenter.walk_dialog.reject()
    [walk] = log.walks()
    assert walk.ended is not None and walk.minutes >= 14 and walk.pain is None and not walk.planned


def test_im_back_on_the_walk_notification_ends_the_walk_and_asks(qtbot, tmp_path, library):
    clock, scheduler, presenter, _, notifier, log = setup(qtbot, tmp_path, library)
    sit(clock, scheduler, 30)
    presenter.walk_or_back()
    assert presenter.walking and presenter.walk_label() == "I'm back"
    title, body, actions = notifier.shown[-1]
    assert title == "Enjoy your walk" and ("back", "I'm back") in actions
    assert "ends by itself at" in body
    presenter.walk_or_back()  # a second walk cannot start: the tray item now means "I'm back"
    assert not presenter.walking
    assert presenter.walk_dialog is not None
    presenter.walk_dialog.reject()
    sit(clock, scheduler, 30)
    presenter.walk_or_back()
    clock.advance(600)
    scheduler.tick(PRESENT)
    notifier.callbacks[-1]("back")  # the button, relayed from the notifier's thread
    qtbot.waitUntil(lambda: not presenter.walking and presenter.walk_dialog is not None)
    assert len(log.walks()) == 2


def test_without_buttons_or_a_tray_a_small_window_offers_im_back(qtbot, tmp_path, library):
    _clock, scheduler, presenter, _, notifier, _ = setup(qtbot, tmp_path, library)
    notifier.supports_actions = False
    presenter.abilities = dataclasses.replace(presenter.abilities, actions=False)  # as detected at start
    scheduler.start_walk(planned=False)
    window = presenter.walk_prompt
    assert window is not None and set(window.buttons) == {"back"}
    window.buttons["back"].click()
    assert scheduler.state is SchedulerState.SITTING
    assert presenter.walk_prompt is None and presenter.walk_dialog is not None


def test_a_walk_that_timed_out_or_was_left_open_says_so_in_the_question(qtbot, tmp_path, library):
    clock, scheduler, presenter, _, _, log = setup(qtbot, tmp_path, library)
    scheduler.start_walk(planned=False)  # no planned walks: 20 minutes, ends by itself 10 later
    sit(clock, scheduler, 30 * 60 + 5)  # typing all along: no return is ever seen
    dialog = presenter.walk_dialog
    assert dialog is not None and dialog.minutes.value() == 20
    assert "ended at its planned end, 10:20" in dialog.ended_note.text()
    dialog.reject()
    log.start_walk(planned=True)  # as a crash leaves it
    clock.advance(3600)
    assert presenter.recover_open_walks(TZ, clock.now()) is not None
    assert "Coach was closed during your walk" in presenter.walk_dialog.ended_note.text()
    assert presenter.recover_open_walks(TZ, clock.now()) is None


def test_the_break_text_says_the_real_interval_not_half_an_hour(qtbot, tmp_path, library):
    clock, scheduler, presenter, _, _, _ = setup(qtbot, tmp_path, library)  # every 10 minutes
    sit(clock, scheduler, 605)
    text = presenter.prompt.message.text()
    assert "sitting for 10 min" in text
    assert "half an hour" not in text


def test_a_prompt_closed_by_qt_is_forgotten_and_quitting_after_it_works(qtbot, tmp_path, library):
    clock, scheduler, presenter, _, _, _ = setup(qtbot, tmp_path, library)
    sit(clock, scheduler, 605)
    prompt = presenter.prompt
    assert prompt is not None
    prompt.close()  # as QGuiApplication.quit() closes every window, or the window's own close button
    qtbot.waitUntil(lambda: presenter.prompt is None)  # deleted on close, and forgotten
    scheduler.start_walk()
    presenter.walk_or_back()
    presenter.walk_dialog.close()
    qtbot.waitUntil(lambda: presenter.walk_dialog is None)
    presenter.withdraw_all()  # no "C++ object already deleted"


def test_a_walk_prompt_and_a_break_prompt_do_not_cover_each_other(qtbot, tmp_path, library):
    from coach.core.settings import Walk

    clock = ManualClock(wall=datetime(2026, 1, 5, 11, 20, tzinfo=UTC))  # 12:20 in Berlin
    walk = Walk(at=time(12, 30), heat_pack_before_s=0, warm_up_before_s=5 * 60)
    settings = dataclasses.replace(
        Settings(),
        walks=(walk,),
        movement_breaks=dataclasses.replace(Settings().movement_breaks, every_s=300, notice_s=0),
    )
    scheduler = BreakScheduler(settings, clock, TZ, routines=library.routines)
    presenter = Presenter(scheduler, None, library, settings, lambda *a: None, notifier=FakeNotifier())
    sit(clock, scheduler, 4 * 60 + 5)  # 12:24: the warm-up prompt, then the break at 12:25
    sit(clock, scheduler, 60)
    brk, warm = presenter.prompt, presenter.walk_prompt
    assert brk is not None and warm is not None and brk.isVisible() and warm.isVisible()
    assert not brk.frameGeometry().intersects(warm.frameGeometry())


def test_a_new_walk_closes_the_last_walks_unanswered_question(qtbot, tmp_path, library):
    clock, _scheduler, presenter, _, _, log = setup(qtbot, tmp_path, library)
    presenter.walk_or_back()
    clock.advance(300)
    presenter.walk_or_back()  # I'm back: the question shows
    first = presenter.walk_dialog
    assert first is not None and first.isVisible()
    presenter.walk_or_back()  # off again without answering
    assert not first.isVisible()
    qtbot.waitUntil(lambda: presenter.walk_dialog is None)
    assert log.walks()[0].ended is not None and log.walks()[0].pain is None
