"""Durations as written in exercise and settings files."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.core.durations import DurationError, format_clock, format_duration, parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("30s", 30),
        ("2m", 120),
        ("1m30s", 90),
        ("1h", 3600),
        ("1h5m", 3900),
        (90, 90),
        ("45", 45),
        (" 2M ", 120),
        ("0", 0),
        ("1h 2m 3s", 3723),
    ],
)
def test_parse(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("", "not a duration"),
        ("abc", "not a duration"),
        ("30x", "not a duration"),
        ("1.5m", "not a duration"),
        ("30s1m", "order h, m, s"),
        ("1m1m", "order h, m, s"),
        (-5, "negative"),
        (True, "expected a duration"),
        (1.5, "got float"),
        (None, "got NoneType"),
        ([1], "got list"),
    ],
)
def test_parse_rejects(value, fragment):
    with pytest.raises(DurationError, match=fragment):
        parse_duration(value)


def test_format():
    assert format_duration(45) == "45 s"
    assert format_duration(120) == "2 min"
    assert format_duration(90) == "1 min 30 s"
    assert format_duration(3900) == "1 h 5 min"
    assert format_duration(0) == "0 s"
    assert format_clock(0.2) == "0:01"
    assert format_clock(65) == "1:05"
    assert format_clock(3725) == "1:02:05"
    assert format_clock(-3) == "0:00"


@given(st.integers(min_value=0, max_value=10 * 3600))
def test_round_trip(seconds):
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    text = (f"{h}h" if h else "") + (f"{m}m" if m else "") + (f"{s}s" if s or not (h or m) else "")
    assert parse_duration(text) == seconds
