"""A whole working day on every supported desktop profile, with the day's invariants checked throughout."""

from __future__ import annotations

from datetime import datetime

import pytest

from coach import paths
from coach.core.library import load_library
from coach.core.plan import EntryKind, walk_sequence
from coach.core.settings import Settings, Walk
from tests.helpers.profiles import PROFILES, DesktopProfile, profile
from tests.unit.sim.day import BERLIN, Day, InvariantBroken

MONDAY_9 = datetime(2026, 1, 5, 9, 0, tzinfo=BERLIN)
WALK = Walk()  # 12:30 on weekdays, 20 minutes, heat pack and warm-up before


@pytest.fixture(scope="module")
def routines():
    return load_library(paths.library_dirs()).routines


def working_day(p: DesktopProfile, routines, settings: Settings | None = None) -> Day:
    """Typing, a postponed break with a settings save during the postponement, a full-screen
    call, a locked screen, a suspend, a planned walk with heat pack and warm-up, a lunch away,
    a walk whose return is never seen, and the afternoon to the end of working hours."""
    settings = settings or Settings(walks=(WALK,))
    d = Day(p, settings, routines, MONDAY_9, answers=["take", "postpone", "take", "take", "skip", "take"])
    d.on_postponed = lambda: d.save_settings(sounds=not d.scheduler.settings.sounds)
    d.on_prep = d.answer_prep  # "Start heat timer", "Start warm-up"
    d.on_walk_due = lambda: d.scheduler.start_walk(planned=True)
    d.until("10:20", "typing")  # a break taken, then one put off "Later", settings saved meanwhile
    d.until("10:55", "call")  # a full-screen call
    d.lock()
    d.until("11:15", "idle")  # the screen locked for a meeting elsewhere
    d.lock(False)
    d.until("11:50", "typing")
    d.suspend(10 * 60)  # the laptop sleeps
    sequence = walk_sequence(WALK, MONDAY_9.date(), BERLIN, routines)
    warm = sequence.step(EntryKind.WARM_UP)
    assert warm is not None
    d.until(warm.start, "typing")  # the heat pack on, still typing
    d.run(warm.seconds, "idle")  # the warm-up, on the feet
    d.run(1, "typing")  # a click to close the player
    d.until(sequence.at, "typing")
    d.run(5)  # the walk prompt: "I'm going now"
    assert d.scheduler.state.name == "WALKING", d.watch.log[-5:]
    d.lock()
    d.until("12:50", "idle")  # out walking
    d.lock(False)
    d.until("13:05", "typing")
    d.until("13:50", "idle")  # lunch away from the desk, screen left unlocked
    d.until("15:00", "typing")
    assert d.scheduler.start_walk()  # "Going for a walk" from the tray...
    d.until("15:40", "typing")  # ...but no return is ever seen: the user stayed at the desk
    d.until("17:45", "typing")
    return d


@pytest.mark.parametrize("p", PROFILES, ids=lambda p: p.id)
def test_a_working_day_keeps_every_invariant(p: DesktopProfile, routines):
    d = working_day(p, routines)
    assert len(d.names("break_due")) >= 8
    assert d.scheduler.state.name == "OFF_HOURS"
    assert d.watch.open_breaks == 0  # every prompt was answered or withdrawn
    assert len(d.names("break_taken")) >= 4 and d.names("break_skipped") and d.names("break_postponed")
    assert [k for k, *_ in d.watch.prep] == ["heat", "warm-up", "walk"]
    done = d.names("walk_done")
    assert len(done) == 2
    assert done[-1] == "15:30:00"  # never seen back: 20 planned minutes plus the 10-minute grace


def test_the_planned_walk_ends_when_the_walker_is_seen_back_or_by_itself_in_clock_mode(routines):
    seen = working_day(profile("x11-tray"), routines)
    lock_only = working_day(profile("kde-wayland"), routines)
    blind = working_day(profile("x11-no-screensaver-extension"), routines)
    assert seen.names("walk_done")[0] == "12:50:00"
    assert lock_only.names("walk_done")[0] == "12:50:00"  # the unlock says "back"
    assert blind.names("walk_done")[0] == "13:00:00"


def test_the_postponed_break_comes_from_the_press_despite_the_settings_save(routines):
    d = working_day(profile("x11-tray"), routines)
    [press] = [datetime.strptime(t, "%H:%M:%S") for t in d.names("break_postponed")]
    after = [datetime.strptime(t, "%H:%M:%S") for t in d.names("break_due")]
    next_due = min(t for t in after if t > press)
    assert (next_due - press).total_seconds() == pytest.approx(300, abs=1)
    assert any("settings saved" in line for line in d.watch.log)


@pytest.mark.parametrize("p", PROFILES, ids=lambda p: p.id)
def test_coach_started_late_shortens_the_heat_and_never_overlaps(p: DesktopProfile, routines):
    sequence = walk_sequence(WALK, MONDAY_9.date(), BERLIN, routines)
    heat, warm, _ = sequence.steps
    start = heat.start + (warm.start - heat.start) / 2  # halfway through the heat step
    d = Day(p, Settings(walks=(WALK,)), routines, start)
    d.on_prep = d.answer_prep
    d.on_walk_due = lambda: d.scheduler.start_walk(planned=True)
    d.until("12:40", "typing")
    [(kind, _walk, seconds, _given)] = d.watch.prep[:1]
    assert kind == "heat" and seconds == pytest.approx((warm.start - start).total_seconds(), abs=1)
    assert [k for k, *_ in d.watch.prep] == ["heat", "warm-up", "walk"]


# -- planted bugs: the watcher must catch them ---------------------------------------------


def test_a_save_that_forgets_a_postponement_is_caught(routines, monkeypatch):
    from coach.core.scheduler import breaks

    original = breaks.BreakCycle.replan

    def forgetful(self, mb, state, sitting):
        self.postponed = 0
        return original(self, mb, state, sitting)

    monkeypatch.setattr(breaks.BreakCycle, "replan", forgetful)
    with pytest.raises(InvariantBroken, match="postponed break came back after 0 s"):
        working_day(profile("x11-tray"), routines)


def test_a_walk_that_never_ends_is_caught(routines, monkeypatch):
    from coach.core.scheduler import walks

    monkeypatch.setattr(walks.WalkRun, "over", property(lambda self: False))
    with pytest.raises(InvariantBroken, match="kept reminders silent"):
        working_day(profile("x11-no-screensaver-extension"), routines)


def test_a_late_heat_prompt_that_is_not_shortened_is_caught(routines, monkeypatch):
    from coach.core.scheduler import walks

    monkeypatch.setattr(walks.WalkPrompt, "seconds_left", lambda self, now: self.seconds)
    sequence = walk_sequence(WALK, MONDAY_9.date(), BERLIN, routines)
    d = Day(
        profile("x11-tray"),
        Settings(walks=(WALK,)),
        routines,
        sequence.steps[0].start + (sequence.steps[1].start - sequence.steps[0].start) / 2,
    )
    d.on_prep = d.answer_prep
    with pytest.raises(InvariantBroken, match=r"overlaps|runs past"):
        d.until("12:40", "typing")


def test_a_break_prompted_while_away_is_caught(routines, monkeypatch):
    from coach.core.activity import ActivitySample
    from coach.core.scheduler import presence

    original = presence.SittingMeter.observe

    def blind_to_idle(self, sample, step, **kw):  # the planted bug: no input never means away
        return original(self, ActivitySample(0.0, sample.locked, sample.fullscreen), step, **kw)

    monkeypatch.setattr(presence.SittingMeter, "observe", blind_to_idle)
    with pytest.raises(InvariantBroken, match="while the user is away"):
        working_day(profile("x11-tray"), routines)


@pytest.mark.parametrize("p", [profile("x11-tray"), profile("x11-no-screensaver-extension")], ids=lambda p: p.id)
def test_a_walk_at_a_time_the_clocks_skip_is_prepared_in_order_and_walked_at_the_first_valid_time(p, routines):
    from datetime import time

    from coach.core.settings import TimeRange, WorkingHours

    sunday = WorkingHours(sun=(TimeRange(time(0), time(23, 59)),))
    walk = Walk(at=time(2, 30), days=("sun",))
    spring = datetime(2026, 3, 29, 1, 0, tzinfo=BERLIN)
    d = Day(p, Settings(working_hours=sunday, walks=(walk,)), routines, spring)
    d.on_prep = d.answer_prep
    d.on_walk_due = lambda: d.scheduler.start_walk(planned=True)
    d.until("03:40", "typing")
    assert [k for k, *_ in d.watch.prep] == ["heat", "warm-up", "walk"]
    assert d.names("walk_due") == ["03:00:00"]  # 02:30 does not exist that night
    sequence = walk_sequence(walk, spring.date(), BERLIN, routines)
    assert d.names("heat_pack_due") == [f"{sequence.steps[0].start.astimezone(BERLIN):%H:%M:%S}"]
