"""The player window, driven by a manual clock: a ten-minute routine runs in milliseconds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coach.core.clock import ManualClock
from coach.core.durations import format_duration
from coach.core.runner import Runner, RunState
from coach.core.settings import Settings
from coach.core.timeline import PhaseKind
from coach.qt.player import PlayerWindow
from tests.helpers.factories import make_exercise, make_routine
from tests.helpers.fakes import RecordingCueSink, RecordingSessionSink


@pytest.fixture
def clock():
    return ManualClock()


def make_player(qtbot, clock, routine=None, **kw):
    routine = routine or make_routine(
        make_exercise("knee-hug", hold_s=20, reps=2, sides="each", rest_s=5, name="Knee hug"),
        make_exercise("cat-cow", hold_s=10, reps=3, name="Cat-cow"),
        id="evening",
        name="Evening",
    )
    runner = Runner(routine, clock)
    sink, cues = RecordingSessionSink(), RecordingCueSink()
    window = PlayerWindow(runner, clock, sink=sink, cue_sink=cues, voice=True, **kw)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window, sink, cues


def advance(window, clock, seconds):
    """Jump the clock on, as after a stall, and let the window's one timer wake once."""
    clock.advance(seconds)
    window.driver.wake()


def play_for(window, clock, seconds):
    """Let time pass as it really does: the clock moves to each wake-up the window asked for."""
    left = seconds
    while left > 1e-9:
        armed = window.driver.armed_ms
        step = left if armed is None else min(left, armed / 1000)
        clock.advance(step)
        left -= step
        window.driver.wake()


def key(qtbot, window, k):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=1000)
    qtbot.keyClick(window.windowHandle(), k)


def test_runs_a_whole_routine_and_logs_it(qtbot, clock):
    window, sink, cues = make_player(qtbot, clock)
    window.start()
    assert window.runner.state is RunState.RUNNING
    assert sink.calls[0] == ("start", "evening")
    assert window.ring.text == "0:05" and "Get ready" in window.ring.accessibleDescription()
    advance(window, clock, 5)
    assert window.exercise_label.text() == "Knee hug"
    assert window.rep_label.text() == "Rep 1 of 2 · left side"
    assert window.picture.shown[1] is False  # left side is drawn as is
    play_for(window, clock, 20 + 5 + 20)  # both left reps
    assert window.runner.phase.kind is PhaseKind.SWITCH
    advance(window, clock, 5)
    assert window.rep_label.text() == "Rep 1 of 2 · right side"
    assert window.next_label.text().startswith("Next: rest")
    assert "switch" in cues.played and "tick" in cues.played
    assert any(s.startswith("Knee hug, right side, rep 1 of 2, hold for 20 seconds") for s in cues.said)
    advance(window, clock, 10_000)  # long after the end: lands at the end, once
    assert window.runner.state is RunState.FINISHED
    assert window.pages.currentWidget() is window.summary_page
    assert sink.rows[1]["outcome"] == "completed" and sink.rows[1]["done"] == window.runner.total_s
    assert window.summary_text.text().startswith(
        f"Evening complete: {format_duration(window.runner.total_s)}."
    )
    assert cues.played.count("done") == 1
    assert window.summary_items.text().count("(done)") == 2
    window.pain_after.set_value(3)
    window.note.setText("felt looser")
    with qtbot.waitSignal(window.closed, timeout=1000):
        window.save_button.click()
    assert sink.rows[1]["pain_after"] == 3 and sink.rows[1]["note"] == "felt looser"


def test_keyboard_pause_skip_back(qtbot, clock):
    window, _, _ = make_player(qtbot, clock)
    window.start()
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.runner.state is RunState.PAUSED and window.pause_button.text() == "Resume"
    assert window.ring.accessibleDescription().endswith("Paused: 0:05")
    advance(window, clock, 3600)  # an hour's pause loses nothing
    assert window.runner.offset_s == 0
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.runner.state is RunState.RUNNING
    key(qtbot, window, Qt.Key.Key_Right)
    assert window.runner.phase.kind is PhaseKind.HOLD
    key(qtbot, window, Qt.Key.Key_Left)
    assert window.runner.phase.kind is PhaseKind.COUNT_IN


def test_escape_asks_before_stopping(qtbot, clock, monkeypatch):
    window, sink, _ = make_player(qtbot, clock)
    window.start()
    answers = iter([False, True])
    monkeypatch.setattr(PlayerWindow, "confirm_stop", classmethod(lambda cls, parent: next(answers)))
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.runner.state is RunState.RUNNING
    advance(window, clock, 12)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.runner.state is RunState.STOPPED
    assert sink.rows[1]["outcome"] == "partial" and sink.rows[1]["done"] == 12  # 5 s lead-in, 7 s of hold
    assert window.pages.currentWidget() is window.summary_page
    assert "Stopped early" in window.summary_title.text()
    assert "(not done)" in window.summary_items.text() and "(done)" not in window.summary_items.text()


def test_the_session_stands_still_while_the_stop_question_is_open(qtbot, clock, monkeypatch):
    window, sink, _ = make_player(qtbot, clock)
    window.start()
    advance(window, clock, 3)
    asked = []

    def answer(cls, parent, reply):
        asked.append(window.runner.state)
        clock.advance(40)  # the user reads the question for 40 s
        return reply

    monkeypatch.setattr(PlayerWindow, "confirm_stop", classmethod(lambda cls, p: answer(cls, p, False)))
    key(qtbot, window, Qt.Key.Key_Escape)
    assert asked == [RunState.PAUSED]
    assert window.runner.state is RunState.RUNNING and window.runner.offset_s == 3
    monkeypatch.setattr(PlayerWindow, "confirm_stop", classmethod(lambda cls, p: answer(cls, p, True)))
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.runner.state is RunState.STOPPED
    assert sink.rows[1]["done"] <= 3  # the 80 s of questions are not counted as exercise


def test_this_hurts_records_pain_and_shows_red_flags(qtbot, clock):
    window, sink, _ = make_player(qtbot, clock)
    window.start()
    advance(window, clock, 8)
    window.hurts_button.click()
    assert sink.rows[1]["outcome"] == "stopped-for-pain"
    assert window.pages.currentWidget() is window.safety_page
    text = window.safety_view.label.text()
    assert "emergency" in text.lower() and "not medical advice" in text


def test_after_this_hurts_the_bending_question_is_offered_for_the_exercise(qtbot, clock):
    routine = make_routine(make_exercise("fold", hold_s=20, bends_forward=True, name="Fold"))
    window, _, _ = make_player(qtbot, clock, routine, settings=Settings())
    window.start()
    advance(window, clock, 8)
    window.hurts_button.click()
    assert window.bending.isVisible()
    assert "bending forward" in window.bending.question.text()
    assert window.bending.buttons["forward"].isVisible()
    assert not window.bending.buttons["backward"].isVisible()
    with qtbot.waitSignal(window.bending_reported, timeout=1000) as blocker:
        window.bending.buttons["forward"].click()
    assert blocker.args == ["forward"]
    assert not window.bending.buttons["forward"].isEnabled()
    assert "left out" in window.bending.question.text()


def test_no_bending_question_without_settings_or_when_already_avoided(qtbot, clock):
    window, _, _ = make_player(qtbot, clock)
    window.start()
    advance(window, clock, 8)
    window.hurts_button.click()
    assert not window.bending.isVisible()
    routine = make_routine(make_exercise("arch", hold_s=20, bends_backward=True, name="Arch"))
    other, _, _ = make_player(qtbot, clock, routine, settings=Settings(avoid_backward_bending=True))
    other.start()
    advance(other, clock, 8)
    other.hurts_button.click()
    assert not other.bending.isVisible()


def test_closing_mid_session_saves_partial(qtbot, clock):
    window, sink, _ = make_player(qtbot, clock)
    window.start()
    window.pain_before.setCurrentIndex(window.pain_before.findData(4))
    advance(window, clock, 30)
    with qtbot.waitSignal(window.closed, timeout=1000):
        window.close()
    row = sink.rows[1]
    assert (
        row["outcome"] == "partial" and row["ended"] and row["done"] == 30 and row["pain_before"] == 4
    )  # 30 s played, 20 of them in the hold


def test_driver_wakes_at_the_next_deadline(qtbot, clock):
    window, _, _ = make_player(qtbot, clock)
    window.start()
    armed = window.driver.armed_ms
    assert armed is not None and 0 < armed <= 250
    window.toggle_pause()
    assert window.driver.armed_ms is None  # nothing to wake for while paused


def test_two_frame_moves_alternate_and_right_side_is_mirrored(qtbot, clock, tmp_path):
    start, end = tmp_path / "a.svg", tmp_path / "b.svg"
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30"><circle cx="10" cy="10" r="5"/></svg>'
    start.write_text(svg)
    end.write_text(svg)
    flow = make_exercise("cat-cow", hold_s=10, reps=3, images=(start, end))
    side = make_exercise("piri", hold_s=10, sides="each", images=(start,))
    window, _, _ = make_player(qtbot, clock, make_routine(flow, side))
    window.start()
    advance(window, clock, 5 + 2)
    assert window.picture.shown == (start, False)
    advance(window, clock, 5)
    assert window.picture.shown == (end, False)
    window.runner.skip_exercise()
    advance(window, clock, 5 + 10 + 5 + 1)
    assert window.picture.shown == (start, True)


@pytest.mark.parametrize("still", [None, True, False])
def test_the_player_takes_the_still_pictures_setting(qtbot, clock, still):
    window, _sink, _cues = make_player(qtbot, clock, settings=Settings(still_pictures=still))
    assert window.picture.still_setting is still
    if still is not None:
        assert window.picture.still_only is still


def test_the_player_shows_every_caution_of_the_exercise(qtbot, clock):
    cautions = ("Keep a cloth between.", "Never fall asleep.", "Not on numb skin.")
    exercise = make_exercise("heat", hold_s=30, name="Heat pack", cautions=cautions)
    window, _sink, _cues = make_player(qtbot, clock, make_routine(exercise, id="heat", name="Heat"))
    window.start()
    advance(window, clock, 5)
    text = window.caution_label.text()
    for caution in cautions:
        assert caution in text
    assert window.cautions.height() > 0


def test_skipping_to_the_end_is_a_partial_session_not_a_celebration(qtbot, clock):
    window, sink, cues = make_player(qtbot, clock)
    window.start()
    for _ in range(100):
        if window.pages.currentWidget() is window.summary_page:
            break
        window.runner.skip()
        window.driver.wake()
    assert window.pages.currentWidget() is window.summary_page
    assert sink.rows[1]["outcome"] == "partial"
    assert "Well done" not in window.summary_title.text()
    assert "partial" in window.summary_text.text() and "skipped" in window.summary_text.text()
    assert not any("Well done" in s for s in cues.said)


def _to_summary(window, clock):
    for _ in range(2000):
        if window.pages.currentWidget() is window.summary_page:
            return
        clock.advance(max(0.05, window.runner.phase_remaining_s))
        window.driver.wake()
    raise AssertionError("the summary never came")


def test_a_quit_request_saves_the_rating_and_note_typed_on_the_summary(qtbot, clock, monkeypatch):
    from coach.qt import lifecycle

    window, sink, _cues = make_player(qtbot, clock)
    window.start()
    _to_summary(window, clock)
    window.pain_after.set_value(7)
    window.note.setText("sigterm note")
    app = QApplication.instance()
    exits = []
    # QCoreApplication.exit() outside app.exec() would end every later event loop of the test run
    monkeypatch.setattr(QApplication, "exit", lambda *args: exits.append(args[-1]))
    try:
        lifecycle.request_quit(app)  # what SIGTERM does
    finally:
        app.setProperty("coach_quitting", False)
    assert exits == [0]
    assert not window.isVisible()
    assert (sink.rows[1]["pain_after"], sink.rows[1]["note"]) == (7, "sigterm note")


def test_closing_the_summary_untouched_writes_no_rating(qtbot, clock):
    window, sink, _cues = make_player(qtbot, clock)
    window.start()
    _to_summary(window, clock)
    window.close()
    assert not any(call[0] == "pain" for call in sink.calls)
    assert sink.rows[1]["pain_after"] is None


def test_close_without_rating_keeps_nothing_typed(qtbot, clock):
    window, sink, _cues = make_player(qtbot, clock)
    window.start()
    _to_summary(window, clock)
    window.pain_after.set_value(3)
    window.again_button.click()
    assert not window.isVisible() and sink.rows[1]["pain_after"] is None


def test_the_heat_summary_speaks_of_heat_not_exercise(qtbot, clock):
    routine = make_routine(
        make_exercise("heat-pack", hold_s=60, name="Heat pack"), id="heat-pack", name="Heat"
    )
    routine = routine.__class__(**{**routine.__dict__, "purpose": "heat"})
    window, _sink, _cues = make_player(qtbot, clock, routine)
    window.start()
    _to_summary(window, clock)
    assert "heat" in window.summary_text.text().lower() and "Well done" not in window.summary_title.text()
    assert "exercise" not in window.summary_text.text()
