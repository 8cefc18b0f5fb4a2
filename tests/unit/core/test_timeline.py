"""The quick count of a routine's length agrees with the phases the player runs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coach.core.model import Sides
from coach.core.timeline import build_timeline, total_s
from tests.helpers.factories import make_exercise, make_item

doses = st.builds(
    dict,
    hold_s=st.integers(1, 120),
    reps=st.integers(1, 8),
    sides=st.sampled_from(list(Sides)),
    rest_s=st.integers(0, 30),
)


@given(st.lists(doses, max_size=6))
def test_total_equals_the_end_of_the_last_phase(dose_list):
    items = [make_item(make_exercise(f"x{i}"), **dose) for i, dose in enumerate(dose_list)]
    assert total_s(items) == build_timeline(items).total_s


def test_total_of_a_known_routine():
    items = [
        make_item(make_exercise("a"), hold_s=10, reps=2, sides="each", rest_s=3),  # 5+10+3+10+5+10+3+10
        make_item(make_exercise("b"), hold_s=20, reps=2, sides="alternate"),  # 5+20+5+20+5+20+5+20
    ]
    assert total_s(items) == 56 + 100
    assert total_s([]) == 0
