"""The Today page's start rows: the desk break next in turn first, the others one menu away."""

from coach import paths
from coach.core.library import load_library
from coach.core.rotation import BREAK
from coach.core.safety import routine_allowed
from coach.qt.home_view import HomeView, TodayFacts


def _view(qtbot, **bending):
    library = load_library(paths.library_dirs())
    view = HomeView(library, False)
    if bending:
        view.set_routines(library, **bending)
    qtbot.addWidget(view)
    return view, library


def _menu_ids(view, purpose):
    return [a.text().split(" · ")[0] for a in view.other_buttons[purpose].menu().actions()]


def test_the_break_next_in_turn_is_the_main_button_and_the_others_are_in_the_menu(qtbot):
    view, library = _view(qtbot)
    breaks = [r for r in library.routines.values() if r.purpose == BREAK]
    assert len(breaks) > 2
    view.show_facts(TodayFacts(break_routine="tennis-ball-break"))
    assert view.first(BREAK).id == "tennis-ball-break"
    assert view.main_buttons[BREAK].text().startswith(library.routines["tennis-ball-break"].name)
    names = _menu_ids(view, BREAK)
    assert sorted(names) == sorted(r.name for r in breaks if r.id != "tennis-ball-break")
    with qtbot.waitSignal(view.start_requested) as started:
        view.main_buttons[BREAK].click()
    assert started.args[0].id == "tennis-ball-break"
    chosen = view.other_buttons[BREAK].menu().actions()[0]
    with qtbot.waitSignal(view.start_requested) as started:
        chosen.trigger()
    assert started.args[0].name == chosen.text().split(" · ")[0]


def test_every_purpose_keeps_its_row_and_the_next_break_survives_new_settings(qtbot):
    view, library = _view(qtbot)
    view.show_facts(TodayFacts(break_routine="hamstring-desk-break"))
    purposes = {r.purpose for r in library.routines.values()}
    assert set(view.main_buttons) == purposes
    view.set_routines(library, False, False)
    assert view.first(BREAK).id == "hamstring-desk-break"


def test_a_break_the_user_avoids_is_offered_nowhere(qtbot):
    view, library = _view(qtbot, avoid_backward_bending=True, avoid_forward_bending=True)
    offered = {view.first(BREAK).name, *_menu_ids(view, BREAK)}
    breaks = [r for r in library.routines.values() if r.purpose == BREAK]
    allowed = {r.name for r in breaks if routine_allowed(r, True, True)}
    assert offered == allowed and len(allowed) < len(breaks)
    view.show_facts(TodayFacts(break_routine="desk-break"))  # bends forward: not offered, not shown
    assert view.first(BREAK).name in allowed


def test_the_today_controller_names_the_break_next_in_turn_from_the_log(tmp_path):
    from datetime import UTC
    from types import SimpleNamespace

    from coach.controllers.today import TodayController
    from coach.core.clock import ManualClock
    from coach.core.scheduler import BreakScheduler
    from coach.core.session_log import SessionLog
    from coach.core.settings import Settings

    clock = ManualClock()
    library = load_library(paths.library_dirs())
    log = SessionLog.open(tmp_path / "log.db", clock)
    settings = Settings()
    scheduler = BreakScheduler(settings, clock, UTC, routines=library.routines)
    services = SimpleNamespace(clock=clock, tz=UTC, settings=settings, log=log, library=library)
    today = TodayController(scheduler, services, None, None, None)  # type: ignore[arg-type]
    assert today.facts().break_routine == "desk-break"
    log.start_session("desk-break", "Desk break", 33)
    assert today.facts().break_routine == "extension-free-desk-break"
    services.log = None  # no log: the rotation starts from the top
    assert today.facts().break_routine == "desk-break"
