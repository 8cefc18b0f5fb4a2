"""The library browser: search as you type, filters, pages, Start, problems in user files."""

from __future__ import annotations

import textwrap

from coach.core.library import LibraryDir, load_library
from coach.core.model import Routine
from coach.core.search import NO_FLOOR
from coach.qt.library_view import ENTRY_ROLE, LibraryView


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")


def build_library(root, count=3, broken=True):
    for i in range(count):
        position = "lying" if i % 2 else "standing"
        write(
            root / f"ex-{i}.yaml",
            f"""\
            id: ex-{i}
            name: Exercise number {i}
            summary: Summary {i}.
            position: {position}
            kind: {"strength" if i % 3 == 0 else "stretch"}
            targets: [target{i}]
            steps: [Step one of {i}., Step two of {i}.]
            dose: {{hold: 10s, reps: 2}}
            """,
        )
    write(
        root / "routines" / "mix.yaml",
        """\
        id: mix
        name: Mix
        summary: A mix.
        purpose: session
        items: [{exercise: ex-0}, {exercise: ex-1}]
        """,
    )
    if broken:
        write(root / "broken.yaml", "id: broken\nname: [\n")
    return load_library([LibraryDir(root, "user")])


def make_view(qtbot, library, tmp_path):
    view = LibraryView(library, tmp_path / "user")
    qtbot.addWidget(view)
    view.show()
    return view


def test_search_filters_and_detail(qtbot, tmp_path):
    view = make_view(qtbot, build_library(tmp_path / "lib"), tmp_path)
    assert view.proxy.rowCount() == 4 and view.count.text() == "4 items"
    view.search.setText("target2")
    assert view.proxy.rowCount() == 1
    assert view.detail.item.id == "ex-2"
    assert "Step two of 2." in view.detail.text.toPlainText()
    view.search.clear()
    view.position.setCurrentIndex(view.position.findData(NO_FLOOR))
    assert view.proxy.rowCount() == 2  # ex-0 and ex-2; the routine has floor work
    assert view.count.text() == "2 of 4 shown"


def test_start_from_an_exercise_page_plays_it_alone(qtbot, tmp_path):
    view = make_view(qtbot, build_library(tmp_path / "lib"), tmp_path)
    assert view.select("ex-1")
    with qtbot.waitSignal(view.start_requested, timeout=1000) as blocker:
        view.detail.start_button.click()
    routine = blocker.args[0]
    assert isinstance(routine, Routine) and [i.exercise.id for i in routine.items] == ["ex-1"]


def test_routine_page_lists_items_and_total(qtbot, tmp_path):
    library = build_library(tmp_path / "lib")
    view = make_view(qtbot, library, tmp_path)
    assert view.select("mix")
    text = view.detail.text.toPlainText()
    assert "Exercise number 0" in text and "Exercise number 1" in text
    assert "in all" in text and "Your own routine" in text


def test_problems_in_user_files_are_listed(qtbot, tmp_path):
    view = make_view(qtbot, build_library(tmp_path / "lib"), tmp_path)
    assert view.problems.isVisible()
    assert "broken.yaml:3:" in view.problems.text()


def test_a_thousand_exercises_filter_as_you_type(qtbot, tmp_path):
    library = build_library(tmp_path / "big", count=1000, broken=False)
    view = make_view(qtbot, library, tmp_path)
    assert view.proxy.rowCount() == 1001
    view.search.setText("target99")
    assert {view.proxy.index(r, 0).data(ENTRY_ROLE).item.id for r in range(view.proxy.rowCount())} == {
        "ex-99",
        *(f"ex-{i}" for i in range(990, 1000)),
    }


def test_search_lists_the_best_name_match_first_and_shows_it(qtbot, tmp_path):
    from coach import paths

    view = make_view(qtbot, load_library(paths.library_dirs()), tmp_path)
    order = [view.proxy.index(r, 0).data(ENTRY_ROLE).item.id for r in range(view.proxy.rowCount())]
    view.search.setText("knee")
    first = view.proxy.index(0, 0).data(ENTRY_ROLE).item
    assert first.id == "knee-hug" and view.proxy.rowCount() > 1
    assert view.detail.item.id == "knee-hug"
    view.search.clear()
    assert [view.proxy.index(r, 0).data(ENTRY_ROLE).item.id for r in range(view.proxy.rowCount())] == order


def test_bending_filters_hide_what_bends_that_way(qtbot, tmp_path):
    from coach import paths

    view = make_view(qtbot, load_library(paths.library_dirs()), tmp_path)
    shown = lambda: {view.proxy.index(r, 0).data(ENTRY_ROLE).item.id for r in range(view.proxy.rowCount())}  # noqa: E731
    everything = shown()
    assert {"forward-bend", "standing-backbend", "cat-cow", "march-on-the-spot"} <= everything
    view.avoid_forward.setChecked(True)
    forward_free = shown()
    assert "forward-bend" not in forward_free and "cat-cow" not in forward_free
    assert "desk-break" not in forward_free  # a routine with a forward bend goes too
    assert {"standing-backbend", "march-on-the-spot", "neutral-desk-break"} <= forward_free
    view.avoid_backward.setChecked(True)
    neither = shown()
    assert "standing-backbend" not in neither and "seated-backbend-break" not in neither
    assert {"march-on-the-spot", "tennis-ball-break", "neutral-desk-break"} <= neither
