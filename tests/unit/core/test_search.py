"""Library search and filters."""

from coach import paths
from coach.core.library import load_library
from coach.core.search import (
    ELSEWHERE,
    NAME_IS,
    NAME_STARTS,
    NAME_WORDS_START,
    NO_FLOOR,
    Entry,
    Filters,
    search,
)
from tests.helpers.factories import make_exercise, make_routine

KNEE = make_exercise(
    "knee-hug",
    position="lying",
    targets=("lower back",),
    name="Knee hug",
    steps=("Lie on your back.", "Hug one knee."),
)
BEND = make_exercise("forward-bend", position="standing", name="Forward bend", kind="stretch")
ARCH = make_exercise(
    "standing-backbend", position="standing", name="Standing backbend", kind="mobility", bends_backward=True
)
DESK = make_routine(BEND, ARCH, id="desk-break", purpose="movement-break", name="Desk break")
EVENING = make_routine(KNEE, BEND, id="evening", purpose="session", name="Evening")
ENTRIES = [Entry(x) for x in (KNEE, BEND, ARCH, DESK, EVENING)]


def names(filters: Filters) -> list[str]:
    return [e.item.id for e in ENTRIES if filters.accepts(e)]


def test_text_matches_names_steps_and_targets_case_insensitively():
    assert names(Filters(text="KNEE")) == ["knee-hug", "evening"]
    assert names(Filters(text="lie back")) == ["knee-hug"]
    assert names(Filters(text="lower back")) == ["knee-hug", "evening"]
    assert names(Filters(text="nothing-like-this")) == []


def test_position_filters():
    assert names(Filters(position=NO_FLOOR)) == ["forward-bend", "standing-backbend", "desk-break"]
    assert names(Filters(position="lying")) == ["knee-hug", "evening"]


def test_kind_and_purpose_pick_one_type():
    assert names(Filters(kind="stretch")) == ["knee-hug", "forward-bend"]
    assert names(Filters(purpose="movement-break")) == ["desk-break"]


def test_backward_bending_is_hidden_when_asked():
    assert names(Filters(avoid_backward_bending=True)) == ["knee-hug", "forward-bend", "evening"]


def ranked(text: str, entries=ENTRIES) -> list[str]:
    return [e.item.id for e in search(entries, Filters(text=text))]


def test_name_matches_come_first_exact_then_prefix_then_word_prefix_then_inside_then_elsewhere():
    hug = make_exercise("hug", name="Knee hug", summary="Hug both knees.")
    single = make_exercise("single", name="Single knee to chest")
    rocking = make_exercise("rock", name="Rocking", summary="Knees bent, rock gently.")
    kneeling = make_exercise("kneel", name="Half-kneeling stretch")
    exact = make_exercise("exact", name="Knee")
    entries = [Entry(x) for x in (rocking, single, kneeling, hug, exact)]
    assert ranked("knee", entries) == ["exact", "hug", "single", "kneel", "rock"]
    filters = Filters(text="KNEE")
    assert [filters.rank(e) for e in entries] == [
        ELSEWHERE,
        NAME_WORDS_START,
        NAME_WORDS_START,
        NAME_STARTS,
        NAME_IS,
    ]
    assert ranked("hug knee", entries) == ["hug"]  # every word starts a word of the name
    assert ranked("nee", entries) == [
        "single",
        "kneel",
        "hug",
        "exact",
        "rock",
    ]  # inside the name before elsewhere


def test_ties_keep_the_order_given_and_no_text_keeps_everything_in_order():
    assert ranked("") == ["knee-hug", "forward-bend", "standing-backbend", "desk-break", "evening"]
    assert ranked("bend") == ["forward-bend", "standing-backbend", "desk-break", "evening"]


def test_accents_and_case_do_not_matter():
    back = make_exercise("ruecken", name="Rückendehnung", summary="Für den Rücken.")
    assert ranked("rucken", [Entry(back)]) == ["ruecken"]
    assert ranked("RÜCKEN", [Entry(back)]) == ["ruecken"]
    assert Filters(text="Rücken").rank(Entry(back)) == NAME_STARTS


def _shipped(lang: str | None) -> list[Entry]:
    library = load_library(paths.library_dirs(), lang=lang)
    return [Entry(r) for r in library.routines.values()] + [Entry(e) for e in library.exercises.values()]


def test_knee_finds_knee_hug_first_in_the_shipped_library():
    found = ranked("knee", _shipped(None))
    assert found[0] == "knee-hug" and len(found) > 1


def test_german_names_rank_in_german():
    entries = _shipped("de")
    assert next(e for e in entries if e.item.id == "knee-hug").item.name.startswith("Knie")
    found = ranked("knie", entries)
    assert found[0] == "knee-hug" and len(found) > 1
