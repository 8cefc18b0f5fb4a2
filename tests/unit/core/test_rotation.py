"""The desk-break rotation: every suitable break in turn, never one that bends the way that hurts."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date
from zoneinfo import ZoneInfo

import pytest

from coach import paths
from coach.core.clock import ManualClock
from coach.core.library import load_library
from coach.core.rotation import break_rotation, done_today, next_break, pick_routine
from coach.core.session_log import SessionLog
from coach.core.settings import Settings
from tests.helpers.factories import make_exercise, make_routine

TZ = ZoneInfo("Europe/Berlin")
FOLD = make_exercise("fold", bends_forward=True, hold_s=15)
ARCH = make_exercise("arch", bends_backward=True, hold_s=15)
FLAT = make_exercise("flat", hold_s=20)
ROUTINES = {
    r.id: r
    for r in (
        make_routine(ARCH, FOLD, id="desk-break", purpose="movement-break"),
        make_routine(FOLD, id="extension-free-desk-break", purpose="movement-break"),
        make_routine(ARCH, id="seated-break", purpose="movement-break"),
        make_routine(FLAT, id="neutral-break", purpose="movement-break"),
        make_routine(FLAT, FLAT, id="warm-up", purpose="warm-up"),
        make_routine(FOLD, id="walk-pause", purpose="walk-break"),
    )
}
PLAIN = Settings()
NO_BACKWARD = Settings(avoid_backward_bending=True)
NO_FORWARD = Settings(avoid_forward_bending=True)
NEITHER = Settings(avoid_backward_bending=True, avoid_forward_bending=True)


def ids(routines):
    return [r.id for r in routines]


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        (PLAIN, ["desk-break", "extension-free-desk-break", "neutral-break", "seated-break"]),
        (NO_BACKWARD, ["extension-free-desk-break", "neutral-break"]),
        (NO_FORWARD, ["neutral-break", "seated-break"]),  # the nearest in length stands in first
        (NEITHER, ["neutral-break"]),
    ],
)
def test_rotation_holds_only_breaks_the_answers_allow(settings, expected):
    assert ids(break_rotation(ROUTINES, "desk-break", settings)) == expected


def test_a_day_goes_through_every_break_before_repeating_one():
    done: list[str] = []
    for _ in range(8):
        done.append(next_break(ROUTINES, "desk-break", PLAIN, done).id)
    assert (
        done
        == [
            "desk-break",
            "extension-free-desk-break",
            "neutral-break",
            "seated-break",
        ]
        * 2
    )


def test_a_break_run_by_hand_counts_too():
    assert next_break(ROUTINES, "desk-break", PLAIN, ["desk-break", "neutral-break"]).id == (
        "extension-free-desk-break"
    )
    # other routines (a walk pause, a warm-up) do not disturb the turn
    assert next_break(ROUTINES, "desk-break", PLAIN, ["walk-pause", "warm-up"]).id == "desk-break"


def test_the_rotation_never_offers_what_hurts():
    for settings in (NO_BACKWARD, NO_FORWARD, NEITHER):
        done: list[str] = []
        for _ in range(6):
            routine = next_break(ROUTINES, "desk-break", settings, done)
            assert not (settings.avoid_backward_bending and routine.bends_backward)
            assert not (settings.avoid_forward_bending and routine.bends_forward)
            done.append(routine.id)


def test_a_users_own_break_is_not_rotated():
    own = dataclasses.replace(ROUTINES["neutral-break"], id="my-break", origin="user")
    routines = {**ROUTINES, "my-break": own}
    assert ids(break_rotation(routines, "my-break", PLAIN)) == ["my-break"]
    assert next_break(routines, "my-break", PLAIN, ["my-break"] * 3) is own


def test_nothing_suitable_gives_none():
    only_folds = {"desk-break": ROUTINES["extension-free-desk-break"]}
    assert break_rotation(only_folds, "desk-break", NO_FORWARD) == ()
    assert next_break(only_folds, "desk-break", NO_FORWARD, []) is None
    assert next_break(ROUTINES, "missing", PLAIN, []) is None


def test_pick_routine_rotates_breaks_and_filters_the_rest():
    assert pick_routine(ROUTINES, "desk-break", PLAIN, ["desk-break"]).id == "extension-free-desk-break"
    assert pick_routine(ROUTINES, "warm-up", NEITHER, []).id == "warm-up"
    assert pick_routine(ROUTINES, "walk-pause", NO_FORWARD, []) is None
    assert pick_routine(ROUTINES, "missing", PLAIN, []) is None


def test_done_today_reads_the_log_for_the_local_day(tmp_path):
    clock = ManualClock()  # 2026-01-05 09:00 UTC
    log = SessionLog.open(tmp_path / "log.db", clock)
    log.start_session("neutral-break", "Neutral", 30)
    clock.advance(3600)
    log.start_session("desk-break", "Desk", 30)
    assert sorted(done_today(log, date(2026, 1, 5), TZ)) == ["desk-break", "neutral-break"]
    assert done_today(log, date(2026, 1, 6), TZ) == []


@pytest.mark.parametrize(
    "settings", [PLAIN, NO_BACKWARD, NO_FORWARD, NEITHER], ids=["plain", "nb", "nf", "both"]
)
def test_the_shipped_breaks_rotate_for_every_answer(settings):
    routines = load_library(paths.library_dirs()).routines
    rotation = break_rotation(routines, "desk-break", settings)
    assert len(rotation) >= 2
    assert len(rotation) >= 6 or settings != PLAIN
    done: list[str] = []
    for _ in range(16):  # a working day of breaks every half hour
        done.append(next_break(routines, "desk-break", settings, done).id)
    assert set(done) == set(ids(rotation))
    assert all(a != b for a, b in itertools.pairwise(done))
