"""Tests for the break scheduler's rules: sitting time, breaks, absences, pauses and hours."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from coach.core.activity import ActivitySample
from coach.core.clock import ManualClock
from coach.core.scheduler import AwayReason, BreakScheduler, SchedulerState, WithdrawReason
from coach.core.settings import MovementBreaks, Settings, TimeRange, WorkingHours

BERLIN = ZoneInfo("Europe/Berlin")
S = SchedulerState
MONDAY_9 = datetime(2026, 1, 5, 9, 0, tzinfo=BERLIN)
EVENTS = (
    "state_changed",
    "break_notice",
    "break_due",
    "break_taken",
    "break_postponed",
    "break_skipped",
    "break_withdrawn",
    "away_started",
    "natural_break",
    "heat_pack_due",
    "warm_up_due",
    "walk_due",
    "prompt_answered",
    "walk_started",
    "walk_done",
    "pause_changed",
)


def settings(**breaks) -> Settings:
    """Default settings, no walks, with movement-break fields changed."""
    return Settings(movement_breaks=MovementBreaks(**breaks), walks=())


class Sim:
    """A scheduler on a manual clock, fed by a simulated user every ``step`` seconds.

    Modes: ``typing`` (input all the time), ``idle`` (no input), ``locked`` (no input, screen
    locked), ``call`` (full screen with input), ``watching`` (full screen, no input),
    ``blind`` (no idle detection, unlocked) and ``blind-locked``.
    """

    def __init__(self, settings: Settings | None = None, start: datetime = MONDAY_9, *, step: float = 5.0):
        self.clock = ManualClock(mono=1000.0, wall=start.astimezone(UTC))
        self.s = BreakScheduler(settings if settings is not None else Settings(walks=()), self.clock, BERLIN)
        self.step = step
        self.last_input = self.clock.mono
        self.log: list[tuple[str, str, object]] = []
        for name in EVENTS:
            getattr(self.s, name).connect(lambda value, name=name: self.log.append((self.hms, name, value)))

    @property
    def local(self) -> datetime:
        return self.clock.now().astimezone(BERLIN)

    @property
    def hms(self) -> str:
        return self.local.strftime("%H:%M:%S")

    def sample(self, mode: str) -> ActivitySample:
        m = self.clock.mono
        if mode in ("typing", "call"):
            self.last_input = m
        idle = m - self.last_input
        return {
            "typing": ActivitySample(idle),
            "idle": ActivitySample(idle),
            "locked": ActivitySample(idle, locked=True),
            "call": ActivitySample(idle, fullscreen=True),
            "watching": ActivitySample(idle, fullscreen=True),
            "blind": ActivitySample(None),
            "blind-locked": ActivitySample(None, locked=True),
        }[mode]

    def tick(self, mode: str = "typing") -> None:
        self.s.tick(self.sample(mode))

    def run(self, seconds: float, mode: str = "typing") -> None:
        """Let ``seconds`` pass, sampling every ``step``."""
        end = self.clock.mono + seconds
        while self.clock.mono < end - 1e-9:
            self.clock.advance(min(self.step, end - self.clock.mono))
            self.tick(mode)

    def until(self, hhmm: str, mode: str = "typing") -> None:
        """Run until the local clock shows ``hhmm`` today (or the given day's)."""
        hour, minute = map(int, hhmm.split(":"))
        target = self.local.replace(hour=hour, minute=minute, second=0, microsecond=0)
        self.run((target.astimezone(UTC) - self.clock.now()).total_seconds(), mode)

    def suspend(self, seconds: float, wake: str = "typing") -> None:
        """Sleep: the wall clock moves on, the monotonic clock stands still; then one tick."""
        self.clock.jump_wall(seconds)
        self.tick(wake)

    def names(self, skip_state: bool = True) -> list[str]:
        return [n for _, n, _ in self.log if not (skip_state and n == "state_changed")]

    def values(self, name: str) -> list[object]:
        return [v for _, n, v in self.log if n == name]

    def when(self, name: str) -> list[str]:
        return [t for t, n, _ in self.log if n == name]

    def take(self) -> list[str]:
        names = self.names()
        self.log.clear()
        return names


# -- sitting time and the break cycle -------------------------------------------------------


def test_starts_sitting_in_working_hours_and_off_hours_outside():
    assert Sim().s.state is S.SITTING
    early = Sim(start=MONDAY_9.replace(hour=7))
    assert early.s.state is S.OFF_HOURS
    assert early.s.status_text() == "Outside working hours"
    assert early.s.until_break_s is None


def test_notice_then_break_after_thirty_minutes_of_sitting():
    sim = Sim()
    sim.run(29 * 60 - 5)
    assert sim.take() == []
    assert sim.s.status_text() == "Next break in 1 min"  # 65 s
    sim.run(5)
    assert sim.when("break_notice") == ["09:29:00"]
    assert sim.values("break_notice")[0].in_s == pytest.approx(60)
    assert sim.s.state is S.NOTICE
    sim.run(60)
    assert sim.when("break_due") == ["09:30:00"]
    due = sim.values("break_due")[0]
    assert (due.routine, due.postpones_left, due.postponed) == ("desk-break", 2, 0)
    assert due.sitting_s == pytest.approx(1800)
    assert sim.s.state is S.DUE
    assert sim.s.until_break_s == 0
    assert sim.s.status_text() == "Time for a movement break"


def test_sitting_time_and_time_left_follow_the_monotonic_clock():
    sim = Sim()
    sim.run(600)
    assert sim.s.sitting_s == pytest.approx(600)
    assert sim.s.until_break_s == pytest.approx(1200)
    assert sim.s.status_text() == "Next break in 20 min"
    sim.run(1195)
    assert sim.s.status_text() == "Next break in under a minute"


def test_a_tick_at_the_deadline_delivers_the_event():
    sim = Sim(settings(notice_s=0))
    sim.run(1700)
    deadline = sim.s.next_deadline()
    assert deadline == pytest.approx(sim.clock.mono + 100)
    sim.clock.advance(deadline - sim.clock.mono)
    sim.tick()
    assert sim.names() == ["break_due"]


def test_take_break_then_sitting_restarts_when_the_player_closes():
    sim = Sim()
    sim.run(1800)
    sim.take()
    assert sim.s.take_break()
    assert sim.s.state is S.IN_BREAK
    assert sim.values("break_taken")[0].routine == "desk-break"
    sim.run(120, "idle")  # exercising away from the keyboard: neither sitting nor away
    assert sim.names() == ["break_taken"]
    assert sim.s.sitting_s == 0
    assert sim.s.break_finished()
    assert sim.s.state is S.SITTING
    sim.run(60, "idle")  # no input since before the break ended is not an absence yet
    assert sim.s.state is S.SITTING
    assert sim.s.sitting_s == pytest.approx(60)


def test_postpone_up_to_the_limit_then_only_start_or_skip():
    sim = Sim(settings(postpone_s=300, max_postpones=2))
    sim.run(1800)
    assert sim.s.postpone()
    postponed = sim.values("break_postponed")[0]
    assert (postponed.count, postponed.postpones_left, postponed.for_s) == (1, 1, 300)
    assert sim.s.state is S.SITTING
    sim.run(295)
    assert "break_notice" not in sim.names()[1:]  # no second heads-up for a postponed break
    sim.run(5)
    assert sim.when("break_due") == ["09:30:00", "09:35:00"]
    assert sim.values("break_due")[1].postpones_left == 1
    assert sim.s.postpone()
    sim.run(300)
    assert sim.values("break_due")[2].postpones_left == 0
    assert not sim.s.postpone()
    assert sim.s.state is S.DUE
    assert sim.s.skip()
    assert sim.values("break_skipped")[0].postponed == 2
    assert sim.s.sitting_s == 0
    assert sim.s.postpones_left == 2


def test_answers_only_apply_to_a_due_break():
    sim = Sim()
    sim.run(60)
    assert not sim.s.take_break()
    assert not sim.s.postpone()
    assert not sim.s.skip()
    assert not sim.s.break_finished()
    assert sim.take() == []


def test_an_ignored_prompt_is_renewed_without_using_a_postpone():
    sim = Sim(settings(postpone_s=300))
    sim.run(1800 + 300)
    assert sim.names() == ["break_notice", "break_due", "break_withdrawn", "break_due"]
    assert sim.values("break_withdrawn")[0].reason is WithdrawReason.UNANSWERED
    assert sim.values("break_due")[1].postpones_left == 2


def test_skip_restarts_the_sitting_time():
    sim = Sim()
    sim.run(1800)
    assert sim.s.skip()
    assert sim.s.state is S.SITTING
    sim.run(1800)
    assert sim.when("break_due") == ["09:30:00", "10:00:00"]


# -- presence -------------------------------------------------------------------------------


def test_idle_shorter_than_away_after_still_counts_as_sitting():
    sim = Sim()
    sim.run(600)
    sim.run(240, "idle")
    assert sim.s.sitting_s == pytest.approx(840)
    assert sim.s.state is S.SITTING


def test_away_is_a_natural_break_that_takes_back_the_idle_stretch():
    sim = Sim()
    sim.run(600)
    sim.run(600, "idle")
    assert sim.when("away_started") == ["09:15:00"]  # noticed when idle reached 5 minutes
    away = sim.values("away_started")[0]
    assert away.started == MONDAY_9 + timedelta(minutes=10)
    assert away.reason is AwayReason.IDLE
    assert away.sat_s == pytest.approx(600)  # the 5 idle minutes counted meanwhile are taken back
    assert sim.s.state is S.AWAY
    assert sim.s.sitting_s == 0
    assert sim.s.status_text() == "Away"
    assert sim.s.until_break_s is None
    sim.run(5)
    natural = sim.values("natural_break")
    assert len(natural) == 1
    assert natural[0].seconds == pytest.approx(605)
    assert natural[0].started == MONDAY_9 + timedelta(minutes=10)
    assert sim.s.state is S.SITTING
    sim.run(1800)
    assert sim.when("break_due") == ["09:50:05"]  # 30 minutes after coming back


def test_a_short_lock_stops_the_count_and_a_long_one_is_a_natural_break():
    sim = Sim()
    sim.run(600)
    sim.run(120, "locked")
    assert sim.s.state is S.SITTING
    assert sim.s.sitting_s == pytest.approx(600, abs=5)
    sim.run(60)
    sim.run(400, "locked")
    assert sim.values("away_started")[0].reason is AwayReason.LOCKED
    sim.run(5)
    assert sim.values("natural_break")[0].seconds == pytest.approx(405, abs=5)


def test_without_idle_detection_unlocked_time_counts_and_a_long_lock_is_away():
    sim = Sim()
    sim.run(1200, "blind")
    assert sim.s.sitting_s == pytest.approx(1200)
    sim.run(120, "blind-locked")
    assert sim.s.state is S.SITTING
    sim.run(300, "blind-locked")
    assert sim.s.state is S.AWAY
    sim.run(5, "blind")
    assert sim.s.state is S.SITTING
    assert sim.values("natural_break")[0].reason is AwayReason.LOCKED


def test_reading_mode_counts_time_without_input():
    sim = Sim()
    assert sim.s.set_reading_mode(True)
    assert sim.s.reading_mode
    assert sim.s.status_text().endswith("(reading mode)")
    sim.run(1800, "idle")
    assert sim.names() == ["break_notice", "break_due"]
    assert sim.s.skip()
    sim.run(900, "idle")
    assert sim.s.set_reading_mode(False)
    assert not sim.s.set_reading_mode(False)
    sim.run(240, "idle")  # the idle time before turning it off does not count as away
    assert sim.s.state is S.SITTING
    sim.run(65, "idle")
    assert sim.s.state is S.AWAY


def test_reading_mode_does_not_count_a_locked_screen():
    sim = Sim()
    sim.s.set_reading_mode(True)
    sim.run(400, "locked")
    assert sim.s.state is S.AWAY


def test_walking_away_from_a_due_prompt_withdraws_it_as_a_natural_break():
    sim = Sim()
    sim.run(1800)
    sim.run(400, "idle")
    assert sim.names() == ["break_notice", "break_due", "break_withdrawn", "away_started"]
    assert sim.values("break_withdrawn")[0].reason is WithdrawReason.AWAY
    assert not sim.s.take_break()


def test_tick_without_a_sample_assumes_no_input_since_the_last():
    sim = Sim()
    sim.run(60)
    sim.clock.advance(299)
    sim.s.tick()
    assert sim.s.state is S.SITTING
    sim.clock.advance(2)
    sim.s.tick()
    assert sim.s.state is S.AWAY


def test_commands_count_as_input():
    sim = Sim(settings(notice_s=0))
    sim.run(1790)
    sim.run(10, "idle")
    sim.clock.advance(295)  # the prompt shows; no sample for a while, then a click
    assert sim.s.postpone()
    assert sim.s.state is S.SITTING
    assert sim.s.last_activity.idle_s == 0


def test_a_command_prompts_nothing_it_would_cancel_at_once():
    sim = Sim(settings(notice_s=0))
    sim.run(1795)
    sim.clock.advance(10)  # the break came due since the last tick; the user pauses first
    assert sim.s.pause(1800)
    assert sim.names() == ["pause_changed"]


# -- full screen ----------------------------------------------------------------------------


def test_a_break_due_behind_a_full_screen_window_waits_and_is_offered_after():
    sim = Sim()
    sim.run(1500)
    sim.run(1200, "watching")  # a video call with no input is not an absence
    assert sim.names() == []
    assert sim.s.state is S.HELD
    assert sim.s.status_text() == "A break is waiting for the full-screen window to close"
    sim.run(5, "idle")
    assert sim.names() == ["break_due"]
    assert sim.s.state is S.DUE
    assert sim.values("break_due")[0].sitting_s == pytest.approx(2705)


def test_a_notice_behind_a_full_screen_window_comes_when_it_closes():
    sim = Sim()
    sim.run(1700)
    sim.run(60, "call")
    assert sim.names() == []
    sim.run(5)
    assert sim.names() == ["break_notice"]
    assert sim.values("break_notice")[0].in_s == pytest.approx(35)


def test_input_stopping_during_full_screen_is_counted_from_when_it_closes():
    sim = Sim()
    sim.run(60)
    sim.run(600, "watching")
    sim.run(295, "idle")
    assert sim.s.state is S.SITTING
    sim.run(10, "idle")
    assert sim.s.state is S.AWAY
    # counted from the last sample that saw the full-screen window
    assert sim.values("away_started")[0].started == MONDAY_9 + timedelta(seconds=660)


# -- suspend and clock changes ---------------------------------------------------------------


def test_a_suspend_is_a_natural_break_and_fires_no_burst():
    sim = Sim()
    sim.run(1500)
    sim.suspend(3 * 3600)
    assert sim.names() == ["away_started", "natural_break"]
    natural = sim.values("natural_break")[0]
    assert natural.reason is AwayReason.SUSPEND
    assert natural.seconds == pytest.approx(3 * 3600)
    assert sim.s.state is S.SITTING
    assert sim.s.sitting_s == 0


def test_waking_to_a_locked_screen_stays_away_until_unlocked():
    sim = Sim()
    sim.run(300)
    sim.suspend(1800, wake="locked")
    assert sim.s.state is S.AWAY
    sim.run(30, "locked")
    sim.run(5)
    assert sim.values("natural_break")[0].seconds == pytest.approx(1800 + 30 + 5)


def test_a_long_stretch_without_ticks_is_not_sitting_time():
    sim = Sim()
    sim.run(300)
    sim.clock.advance(3600)  # a sleep on a platform whose monotonic clock runs on
    sim.tick()
    assert sim.names() == ["away_started", "natural_break"]
    assert sim.s.sitting_s == 0


def test_small_wall_clock_changes_do_not_touch_sitting_time():
    sim = Sim(start=MONDAY_9.replace(hour=10))
    sim.run(600)
    sim.clock.jump_wall(120)
    sim.run(5)
    sim.clock.jump_wall(-3600)
    sim.run(5)
    assert sim.s.sitting_s == pytest.approx(610)
    assert sim.names() == []


# -- pauses and working hours ---------------------------------------------------------------


def test_pause_silences_everything_and_sitting_restarts_after():
    sim = Sim()
    sim.run(1500)
    assert sim.s.pause(30 * 60)
    assert sim.s.state is S.PAUSED
    assert sim.s.paused_until == MONDAY_9 + timedelta(minutes=55)
    assert sim.s.status_text() == "Paused until 09:55"
    assert sim.s.until_break_s is None
    sim.run(30 * 60 - 5)
    assert sim.names() == ["pause_changed"]
    sim.run(5)
    assert sim.values("pause_changed") == [MONDAY_9 + timedelta(minutes=55), None]
    assert sim.s.state is S.SITTING
    assert sim.s.sitting_s == 0


def test_pausing_while_a_break_is_due_withdraws_it():
    sim = Sim()
    sim.run(1800)
    sim.s.pause(3600)
    assert sim.values("break_withdrawn")[0].reason is WithdrawReason.PAUSED
    assert sim.s.resume()
    assert not sim.s.resume()
    assert sim.s.state is S.SITTING


def test_pause_until_tomorrow_ends_when_the_next_working_day_starts():
    sim = Sim(start=datetime(2026, 1, 9, 15, 0, tzinfo=BERLIN))  # a Friday
    sim.s.pause_until_tomorrow()
    assert sim.s.paused_until == datetime(2026, 1, 12, 9, 0, tzinfo=BERLIN)
    assert sim.s.status_text() == "Paused until Mon 09:00"
    sim.clock.jump_wall(3 * 86400 - 6 * 3600)  # the weekend, in one go: Monday 09:00
    sim.tick()
    assert sim.s.state is S.SITTING
    assert sim.s.paused_until is None


def test_pause_until_tomorrow_mid_week_says_tomorrow():
    sim = Sim()
    sim.s.pause_until_tomorrow()
    assert sim.s.status_text() == "Paused until tomorrow 09:00"


def test_a_pause_needs_a_length():
    with pytest.raises(ValueError, match="some time"):
        Sim().s.pause(0)


def test_nothing_counts_outside_working_hours_and_sitting_starts_at_zero_when_they_start():
    sim = Sim(start=MONDAY_9.replace(hour=8))
    sim.run(3600 - 5)
    assert sim.s.state is S.OFF_HOURS
    assert sim.s.sitting_s == 0
    sim.run(5)
    assert sim.s.state is S.SITTING
    sim.run(1800)
    assert sim.when("break_due") == ["09:30:00"]


def test_the_end_of_working_hours_withdraws_a_due_break():
    sim = Sim(start=MONDAY_9.replace(hour=16, minute=55))
    sim.run(2100)
    assert sim.names() == ["break_notice", "break_due", "break_withdrawn"]
    assert sim.values("break_withdrawn")[0].reason is WithdrawReason.OFF_HOURS
    assert sim.s.state is S.OFF_HOURS


def test_the_end_of_working_hours_ends_a_natural_break():
    sim = Sim(start=MONDAY_9.replace(hour=17, minute=10))
    sim.run(60)
    sim.until("17:45", "idle")
    assert sim.names() == ["away_started", "natural_break"]
    assert sim.when("natural_break") == ["17:30:00"]
    assert sim.values("natural_break")[0].seconds == pytest.approx(19 * 60)


def test_a_night_asleep_is_no_natural_break():
    sim = Sim(start=MONDAY_9.replace(hour=17))
    sim.run(600)
    sim.run(300, "idle")
    sim.suspend(15 * 3600)  # the lid closed at 17:15, opened at 08:15 the next morning
    assert sim.names() == ["away_started", "natural_break"]
    assert sim.values("natural_break")[0].seconds == pytest.approx(20 * 60)  # 17:10 to 17:30
    assert sim.s.state is S.OFF_HOURS
    sim.until("09:32")
    assert sim.when("break_due") == ["09:30:00"]


def test_sleeping_through_the_evening_starts_the_next_day_afresh():
    sim = Sim(start=MONDAY_9.replace(hour=17))
    sim.run(1500)
    sim.suspend(16 * 3600 - 1500)  # 17:25 to 09:00
    assert sim.names() == []
    assert sim.s.state is S.SITTING
    assert sim.s.sitting_s == 0


def test_a_pause_during_a_walk_applies_when_the_walk_ends():
    sim = Sim()
    sim.s.start_walk()
    sim.s.pause(3600)
    assert sim.s.state is S.WALKING
    sim.run(600, "idle")
    sim.run(5)
    assert sim.s.state is S.PAUSED


def test_a_day_without_working_hours_has_no_prompts():
    sim = Sim(start=datetime(2026, 1, 10, 9, 0, tzinfo=BERLIN))  # a Saturday
    sim.run(4 * 3600)
    assert sim.names() == []


def test_working_hours_follow_local_time_across_daylight_saving():
    sunday = WorkingHours(sun=(TimeRange(time(9, 0), time(17, 0)),))
    sim = Sim(Settings(working_hours=sunday, walks=()), start=datetime(2026, 3, 29, 0, 30, tzinfo=BERLIN))
    sim.step = 30
    sim.until("08:59")
    assert sim.s.state is S.OFF_HOURS
    assert sim.local.utcoffset() == timedelta(hours=2)
    sim.run(60)
    assert sim.when("state_changed") == ["09:00:00"]


# -- deadlines and polling ------------------------------------------------------------------


def test_next_deadline_names_the_next_thing_to_happen():
    sim = Sim(start=MONDAY_9.replace(hour=8, minute=30))
    assert sim.s.next_deadline() == pytest.approx(sim.clock.mono + 1800)  # work starts
    sim.until("09:00")
    sim.tick("idle")
    assert sim.s.next_deadline() == pytest.approx(sim.clock.mono + 300)  # would count as away
    sim.run(5)
    assert sim.s.next_deadline() == pytest.approx(sim.clock.mono + 300)
    sim.s.set_reading_mode(True)
    assert sim.s.next_deadline() == pytest.approx(sim.clock.mono + 29 * 60 - 5)  # the notice
    sim.s.pause(600)
    assert sim.s.next_deadline() == pytest.approx(sim.clock.mono + 600)


def test_poll_interval_is_short_only_when_something_is_near():
    sim = Sim()
    sim.run(30)
    assert sim.s.poll_interval() == 30
    sim.run(1700)
    assert sim.s.poll_interval() == 5
    sim.s.pause(3600)
    assert sim.s.poll_interval() == 300
    tight = Sim(settings(away_after_s=60))
    assert tight.s.poll_interval() == 30


def test_next_wake_is_the_deadline_or_the_next_poll():
    sim = Sim(settings(notice_s=0))
    sim.run(60)
    assert sim.s.next_wake() == pytest.approx(sim.clock.mono + 30)
    sim.run(1738)
    assert sim.s.next_wake() == pytest.approx(sim.clock.mono + 2)


def test_a_driver_waking_at_next_wake_sees_the_whole_day():
    sim = Sim(Settings(), start=MONDAY_9.replace(hour=8))
    wakes = 0
    while sim.local.hour < 18:
        sim.clock.advance(sim.s.next_wake() - sim.clock.mono)
        sim.tick()
        wakes += 1
        if sim.s.state is S.DUE:
            sim.s.skip()
    assert sim.when("break_due")[:2] == ["09:30:00", "10:00:00"]
    assert "away_started" not in sim.names()
    assert wakes < 1500  # about two a minute while counting, few outside hours


# -- settings and re-entrancy ---------------------------------------------------------------


def test_new_settings_keep_the_sitting_time():
    sim = Sim()
    sim.run(1200)
    sim.s.apply_settings(settings(every_s=1500))
    assert sim.s.sitting_s == pytest.approx(1200)
    assert sim.s.until_break_s == pytest.approx(300)
    sim.s.apply_settings(settings(every_s=900))
    assert sim.names() == ["break_due"]
    assert sim.s.state is S.DUE


def test_a_longer_interval_takes_back_a_given_notice():
    sim = Sim()
    sim.run(1750)
    assert sim.s.state is S.NOTICE
    sim.s.apply_settings(settings(every_s=3600))
    assert sim.s.state is S.SITTING
    sim.run(1790)
    assert sim.when("break_notice") == ["09:29:00", "09:59:00"]


def test_a_command_from_a_callback_takes_effect_after_the_pending_events():
    sim = Sim(settings(notice_s=0))
    sim.s.break_due.connect(lambda due: sim.s.postpone() if due.postponed == 0 else None)
    sim.run(1800)
    assert sim.names() == ["break_due", "break_postponed"]
    assert [v for _, n, v in sim.log if n == "state_changed"] == [S.DUE, S.SITTING]


def test_later_counts_from_the_press_not_from_when_the_break_came_due():
    sim = Sim(settings(postpone_s=300, notice_s=0))
    sim.run(1800)
    assert sim.when("break_due") == ["09:30:00"]
    sim.run(180)  # the prompt shows for three minutes before "Later"
    assert sim.s.postpone()
    sim.run(295)
    assert sim.when("break_due") == ["09:30:00"]  # not at 09:35, five minutes after it came due
    sim.run(5)
    assert sim.when("break_due") == ["09:30:00", "09:38:00"]  # five minutes after the press


def test_a_settings_save_keeps_a_postponement():
    sim = Sim(settings(postpone_s=300, notice_s=0))
    sim.run(1800)
    sim.run(60)
    assert sim.s.postpone()  # 09:31: due again at 09:36
    sim.run(60)
    changed = dataclasses.replace(sim.s.settings, sounds=False)
    sim.s.apply_settings(changed)  # the Settings dialog's Save, two minutes into the postponement
    assert sim.s.postpones_left == 1
    sim.run(235)
    assert sim.when("break_due") == ["09:30:00"]
    sim.run(5)
    assert sim.when("break_due") == ["09:30:00", "09:36:00"]
    assert sim.values("break_due")[1].postponed == 1
    longer = dataclasses.replace(
        changed, movement_breaks=dataclasses.replace(changed.movement_breaks, every_s=3600)
    )
    sim.s.postpone()
    sim.s.apply_settings(longer)  # even a new interval leaves the put-off break where the user put it
    sim.run(300)
    assert sim.when("break_due")[-1] == "09:41:00"


def test_touching_working_hour_ranges_count_straight_through_the_seam():
    hours = WorkingHours(mon=(TimeRange(time(9), time(12)), TimeRange(time(12), time(17))))
    sim = Sim(Settings(working_hours=hours, walks=()), start=MONDAY_9.replace(hour=11, minute=45))
    sim.run(30 * 60)
    assert S.OFF_HOURS not in sim.values("state_changed")
    assert sim.when("break_due") == ["12:15:00"]
