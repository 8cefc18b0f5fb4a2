"""Library search and filters."""

from coach.core.search import NO_FLOOR, Entry, Filters
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
