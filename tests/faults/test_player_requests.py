"""A routine asked for while another plays is queued, never logged as done; a summary holds nothing back."""

from __future__ import annotations

from coach.core.runner import RunState
from tests.faults.test_app_keeps_running import clock, shown, start_app  # noqa: F401  (fixtures)


def _play_to_summary(player, clock):  # noqa: F811
    while player.runner.state is RunState.RUNNING:
        clock.advance(5)
        player.runner.tick()
    assert player.showing_summary


def test_a_warm_up_asked_for_during_the_heat_timer_starts_when_the_heat_player_closes(start_app, clock):  # noqa: F811
    app = start_app()
    routines = app.services.library.routines
    heat = app.open_player(routines["heat-pack"], "walk-prep", None)
    warm_up_ended: list[bool] = []
    assert (
        app.open_player(routines["pre-walk-warm-up"], "walk-prep", lambda: warm_up_ended.append(True)) is heat
    )
    assert heat.runner.state is RunState.RUNNING and not warm_up_ended  # nothing pretends it was done
    heat.close()
    warm_up = app.player
    assert warm_up is not None and warm_up is not heat
    assert warm_up.routine.id == "pre-walk-warm-up" and warm_up.runner.state is RunState.RUNNING
    _play_to_summary(warm_up, clock)
    assert warm_up_ended == [True]


def test_a_finished_routine_ends_for_its_caller_while_its_summary_stays_open(start_app, clock):  # noqa: F811
    app = start_app()
    ended: list[bool] = []
    player = app.open_player(app.services.library.routines["desk-break"], "break", lambda: ended.append(True))
    _play_to_summary(player, clock)
    assert ended == [True] and player.isVisible()
    player.close()
    assert ended == [True]  # once


def test_a_new_routine_replaces_a_summary_and_keeps_its_rating(start_app, clock):  # noqa: F811
    app = start_app()
    routines = app.services.library.routines
    first = app.open_player(routines["desk-break"], "manual", None)
    _play_to_summary(first, clock)
    first.pain_after.set_value(2)
    second = app.open_player(routines["pre-walk-warm-up"], "walk-prep", None)
    assert second is not first and second.runner.state is RunState.RUNNING
    rows = app.services.log.fetch("SELECT pain_after FROM sessions ORDER BY id")
    assert rows[0][0] == 2


def test_the_app_logs_breaks_under_the_routine_its_prompt_offers(start_app):  # noqa: F811
    import dataclasses

    app = start_app()
    app.presenter.settings = dataclasses.replace(app.presenter.settings, avoid_forward_bending=True)
    offered = app.presenter.routine("desk-break")
    assert offered is not None and offered.id != "desk-break"
    assert app.recorder.offered("desk-break") == offered.id
