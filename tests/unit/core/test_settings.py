"""The settings file: defaults, validation with exact lines, broken files kept aside, saving."""

from __future__ import annotations

import dataclasses
import os
import re
import tempfile
import textwrap
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.core import settings_io
from coach.core.clock import ManualClock
from coach.core.errors import SettingsError
from coach.core.settings import (
    DAYS,
    BreakStyle,
    MovementBreaks,
    Settings,
    TimeRange,
    Walk,
    WorkingHours,
    parse_clock,
    settings_to_dict,
    unknown_routines,
)
from coach.core.settings_io import (
    file_signature,
    load_settings,
    render_settings,
    save_settings,
)
from coach.core.yamlfile import MAX_BYTES


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return tmp_path / "config" / "config.yaml"


def problems_of(config: Path, text: str) -> list[str]:
    """Load ``text`` and return its problems as ``LINE: message`` strings."""
    write(config, text)
    loaded = load_settings(config)
    prefix = f"{config}:"
    assert all(str(p).startswith(prefix) for p in loaded.problems)
    return [str(p)[len(prefix) :] for p in loaded.problems]


# -- defaults --------------------------------------------------------------------------------


def test_defaults_match_the_documented_file():
    s = Settings()
    assert s.movement_breaks == MovementBreaks(
        every_s=1800,
        routine="desk-break",
        style=BreakStyle.PROMPT,
        notice_s=60,
        postpone_s=300,
        max_postpones=2,
        away_after_s=300,
    )
    office = (TimeRange(time(9), time(17, 30)),)
    assert [s.working_hours.on(d) for d in DAYS] == [office] * 5 + [(), ()]
    assert s.walks == (
        Walk(time(12, 30), ("mon", "tue", "wed", "thu", "fri"), 20, 900, 300, "pre-walk-warm-up"),
    )
    assert (s.sounds, s.voice, s.avoid_backward_bending) == (True, False, False)


def test_missing_file_is_created_with_comments(config: Path):
    loaded = load_settings(config)
    assert loaded.created
    assert loaded.settings == Settings()
    assert loaded.problems == ()
    assert loaded.notice is None
    text = config.read_text(encoding="utf-8")
    assert text == render_settings(Settings())
    assert "# Time spent sitting before Coach suggests getting up (1m to 4h)." in text
    assert 'mon: "09:00-17:30"' in text
    assert "avoid_backward_bending: false" in text


def test_a_valid_file_is_read_and_never_rewritten(config: Path):
    write(
        config,
        """\
        # my own notes
        movement_breaks:
          every: 45m
          style: overlay
          notice: 0
          postpone: 1m30s
          max_postpones: 0
          away_after: 600
          routine: extension-free-desk-break
        working_hours:
          mon: 08:00-16:00
          sat: ["10:00-12:00", "13:00-14:00"]
          sun: off
        walks:
          - at: 12:30
            days: [fri, mon]
            minutes: 30
            heat_pack_before: 0
        sounds: no
        voice: yes
        avoid_backward_bending: true
        """,
    )
    before = (config.read_bytes(), file_signature(config))
    loaded = load_settings(config)
    assert loaded.problems == () and loaded.notice is None and not loaded.created
    s = loaded.settings
    assert s.movement_breaks == MovementBreaks(
        2700, "extension-free-desk-break", BreakStyle.OVERLAY, 0, 90, 0, 600
    )
    assert s.working_hours == WorkingHours(
        mon=(TimeRange(time(8), time(16)),),
        tue=(),
        wed=(),
        thu=(),
        fri=(),
        sat=(TimeRange(time(10), time(12)), TimeRange(time(13), time(14))),
        sun=(),
    )
    assert s.walks == (Walk(time(12, 30), ("mon", "fri"), 30, 0, 300, "pre-walk-warm-up"),)
    assert (s.sounds, s.voice, s.avoid_backward_bending) == (False, True, True)
    assert not s.avoid_forward_bending  # a file from before the forward question reads as "no"
    assert (config.read_bytes(), file_signature(config)) == before


def test_the_forward_answer_is_added_to_an_older_file_and_keeps_the_backward_one(config: Path):
    write(config, "# mine\navoid_backward_bending: true\n")
    old = load_settings(config).settings
    save_settings(config, dataclasses.replace(old, avoid_forward_bending=True))
    text = config.read_text(encoding="utf-8")
    assert text.startswith("# mine\n") and "avoid_backward_bending: true" in text
    assert "avoid_forward_bending: true" in text
    again = load_settings(config).settings
    assert again.avoid_forward_bending and again.avoid_backward_bending


def test_the_template_asks_both_bending_questions():
    text = render_settings(Settings(avoid_forward_bending=True))
    assert "avoid_forward_bending: true" in text and "avoid_backward_bending: false" in text
    assert "bending forward makes your back or leg pain worse" in text


def test_an_empty_file_means_all_defaults_and_is_left_alone(config: Path):
    write(config, "# nothing set yet\n")
    loaded = load_settings(config)
    assert loaded.settings == Settings() and loaded.problems == () and not loaded.created
    assert config.read_text() == "# nothing set yet\n"


def test_the_template_reads_back_as_the_settings_it_renders():
    custom = Settings(walks=(), working_hours=WorkingHours(mon=()), voice=True)
    for s in (Settings(), custom):
        assert (
            settings_io.read_settings(
                settings_io.parse_yaml(render_settings(s).encode(), Path("c.yaml"))
            ).settings
            == s
        )
    assert "walks: []" in render_settings(custom)


# -- validation, with exact lines --------------------------------------------------------------

RANGE_HINT = 'write HH:MM-HH:MM, e.g. "09:00-17:30", or off'
TIME_HINT = 'write HH:MM on a 24-hour clock, e.g. "12:30"'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "movement_breaks:\n  every: 30s\n",
            ["2: movement_breaks.every: 30 s is out of range (1 min to 4 h)"],
        ),
        (
            "movement_breaks:\n  every: 4h1s\n",
            ["2: movement_breaks.every: 4 h 1 s is out of range (1 min to 4 h)"],
        ),
        (
            "movement_breaks:\n  every: soon\n",
            ["2: movement_breaks.every: 'soon' is not a duration; write e.g. 30s, 2m, 1m30s or 1h"],
        ),
        (
            "movement_breaks:\n  notice: 11m\n",
            ["2: movement_breaks.notice: 11 min is out of range (0 s to 10 min)"],
        ),
        (
            "movement_breaks:\n  every: 2m\n  notice: 2m\n",
            ["3: movement_breaks.notice: 2 min is not shorter than the time between breaks (2 min)"],
        ),
        (
            "movement_breaks:\n  postpone: 59s\n",
            ["2: movement_breaks.postpone: 59 s is out of range (1 min to 2 h)"],
        ),
        (
            "movement_breaks:\n  postpone: 2h1m\n",
            ["2: movement_breaks.postpone: 2 h 1 min is out of range (1 min to 2 h)"],
        ),
        (
            "movement_breaks:\n  max_postpones: 11\n",
            ["2: movement_breaks.max_postpones: 11 is out of range (0–10)"],
        ),
        (
            "movement_breaks:\n  max_postpones: two\n",
            ["2: movement_breaks.max_postpones: expected a whole number, got text"],
        ),
        (
            "movement_breaks:\n  away_after: 0\n",
            ["2: movement_breaks.away_after: 0 s is out of range (1 min to 2 h)"],
        ),
        (
            "movement_breaks:\n  style: popup\n",
            ["2: movement_breaks.style: 'popup' is not one of: notify, prompt, overlay"],
        ),
        (
            "movement_breaks:\n  style: promt\n",
            [
                "2: movement_breaks.style: 'promt' is not one of: notify, prompt, overlay; "
                "did you mean 'prompt'?"
            ],
        ),
        (
            "movement_breaks:\n  routine: Desk Break\n",
            [
                "2: movement_breaks.routine: 'Desk Break' is not a valid id; use lowercase letters, "
                "digits and single hyphens"
            ],
        ),
        (
            "movement_breaks:\n\n  evry: 20m\n",
            ["3: movement_breaks.evry: unknown key 'evry'; did you mean 'every'?"],
        ),
        (
            "movement_breaks: 30m\n",
            ["1: movement_breaks: expected movement break settings (a mapping of keys), got text"],
        ),
        ("sound: true\n", ["1: sound: unknown key 'sound'; did you mean 'sounds'?"]),
        ("voice: loud\n", ["1: voice: expected true or false, got text"]),
        (
            "working_hours:\n  mon: 9-17\n",
            [f"2: working_hours.mon: '9-17' is not a time range; {RANGE_HINT}"],
        ),
        (
            "working_hours:\n  mon: 17:00-09:00\n",
            ["2: working_hours.mon: ends at 09:00, which is not after its start 17:00"],
        ),
        (
            "working_hours:\n  mon: 09:00-09:00\n",
            ["2: working_hours.mon: ends at 09:00, which is not after its start 09:00"],
        ),
        (
            "working_hours:\n  mon: 08:00-24:00\n",
            [f"2: working_hours.mon: '08:00-24:00' is not a time range; {RANGE_HINT}"],
        ),
        (
            "working_hours:\n  mon:\n    - 08:00-12:00\n    - 11:00-13:00\n",
            ["2: working_hours.mon: ranges 08:00-12:00 and 11:00-13:00 overlap"],
        ),
        (
            "working_hours:\n  mon:\n    - 08:00-12:00\n    - lunch\n",
            [f"4: working_hours.mon[2]: 'lunch' is not a time range; {RANGE_HINT}"],
        ),
        (
            "working_hours:\n  monday: 09:00-17:00\n",
            ["2: working_hours.monday: unknown key 'monday'; did you mean 'mon'?"],
        ),
        (
            "working_hours:\n",
            ["1: working_hours: expected working hours for each day (a mapping of keys), got nothing (null)"],
        ),
        (
            "walks:\n  - at: 25:00\n",
            [f"2: walks[1].at: '25:00' is not a time; {TIME_HINT}; this walk is left out"],
        ),
        (
            "walks:\n  - at: 1230\n",
            [f"2: walks[1].at: 1230 is not a time; {TIME_HINT}; this walk is left out"],
        ),
        ("walks:\n  - minutes: 10\n", ["2: walks[1]: missing required key 'at'"]),
        ("walks:\n  - at: 12:30\n    minutes: 0\n", ["3: walks[1].minutes: 0 is out of range (1–300)"]),
        ("walks:\n  - at: 12:30\n    minutes: 301\n", ["3: walks[1].minutes: 301 is out of range (1–300)"]),
        (
            "walks:\n  - at: 12:30\n    heat_pack_before: 61m\n",
            ["3: walks[1].heat_pack_before: 1 h 1 min is out of range (0 s to 1 h)"],
        ),
        (
            "walks:\n  - at: 12:30\n    warm_up_before: later\n",
            ["3: walks[1].warm_up_before: 'later' is not a duration; write e.g. 30s, 2m, 1m30s or 1h"],
        ),
        (
            "walks:\n  - at: 12:30\n    warm_up_routine: Warm_Up\n",
            [
                "3: walks[1].warm_up_routine: 'Warm_Up' is not a valid id; use lowercase letters, "
                "digits and single hyphens"
            ],
        ),
        (
            "walks:\n  - at: 12:30\n    days: []\n",
            ["3: walks[1].days: expected a list of days such as [mon, wed, fri], got an empty list"],
        ),
        (
            "walks:\n  - at: 12:30\n    days: mon\n",
            ["3: walks[1].days: expected a list of days such as [mon, wed, fri], got text"],
        ),
        (
            "walks:\n  - at: 12:30\n    days:\n      - mon\n      - mon\n",
            ["5: walks[1].days[2]: 'mon' is listed twice"],
        ),
        (
            "walks:\n  - at: 12:30\n    days: [monday]\n",
            [
                "3: walks[1].days[1]: 'monday' is not a day; use mon, tue, wed, thu, fri, sat, sun; "
                "did you mean 'mon'?"
            ],
        ),
        (
            "walks:\n  - at: 12:30\n    lenght: 20\n",
            [
                "3: walks[1].lenght: unknown key 'lenght'; known keys: at, days, minutes, "
                "heat_pack_before, warm_up_before, warm_up_routine"
            ],
        ),
        (
            "walks:\n  - at: 12:30\n  - lunch\n",
            ["3: walks[2]: expected a walk (a mapping of keys), got text"],
        ),
        ("walks: 12:30\n", ["1: walks: expected a list of walks (each starting with '- at: ...'), got text"]),
    ],
)
def test_each_bad_value_is_reported_on_its_line(config: Path, text: str, expected: list[str]):
    assert problems_of(config, text) == expected


def test_bad_values_fall_back_to_their_defaults_and_the_rest_applies(config: Path):
    write(
        config,
        """\
        movement_breaks:
          every: 10s
          style: overlay
          notice: 20m
        working_hours:
          mon: nine to five
          tue: 10:00-15:00
        walks:
          - at: 99:99
          - at: "16:00"
            minutes: 0
            days: [sat]
        voice: maybe
        """,
    )
    before = config.read_bytes()
    loaded = load_settings(config)
    s = loaded.settings
    assert s.movement_breaks == MovementBreaks(style=BreakStyle.OVERLAY)
    assert s.working_hours.mon == Settings().working_hours.mon
    assert s.working_hours.tue == (TimeRange(time(10), time(15)),)
    assert s.working_hours.wed == ()  # left out: no working hours
    assert s.walks == (Walk(at=time(16), days=("sat",)),)
    assert s.voice is False
    assert [p.line for p in loaded.problems] == [2, 4, 6, 9, 11, 13]
    assert loaded.notice is not None
    assert loaded.notice.startswith(f"6 problems in {config}. Each setting listed uses its default")
    assert "The file has not been changed." in loaded.notice
    for problem in loaded.problems:
        assert f"  {problem}" in loaded.notice
    assert config.read_bytes() == before


def test_a_one_minute_break_drops_the_default_heads_up_silently(config: Path):
    write(config, "movement_breaks:\n  every: 1m\n")
    loaded = load_settings(config)
    assert loaded.problems == ()
    assert loaded.settings.movement_breaks.every_s == 60
    assert loaded.settings.movement_breaks.notice_s == 0


def test_a_heads_up_as_long_as_the_break_interval_is_refused(config: Path):
    write(config, "movement_breaks:\n  every: 1m\n  notice: 1m\n")
    loaded = load_settings(config)
    assert [p.line for p in loaded.problems] == [3]
    assert loaded.settings.movement_breaks.notice_s == 0


@pytest.mark.parametrize("value", ["off", '""', "", "[]", "Off", "none"])
def test_a_day_can_be_switched_off(config: Path, value: str):
    write(config, f"working_hours:\n  mon: {value}\n  tue: 09:00-12:00\n")
    loaded = load_settings(config)
    assert loaded.problems == ()
    assert loaded.settings.working_hours.mon == ()


def test_no_walks(config: Path):
    for text in ("walks: []\n", "walks:\n"):
        write(config, text)
        loaded = load_settings(config)
        assert loaded.problems == () and loaded.settings.walks == ()


def test_parse_clock():
    assert parse_clock("7:05") == time(7, 5)
    assert parse_clock(" 23:59 ") == time(23, 59)
    for bad in ("24:00", "12:60", "12", "12:30:00", 1230, None):
        with pytest.raises(ValueError, match="is not a time"):
            parse_clock(bad)


def test_working_hours_contains():
    hours = WorkingHours(mon=(TimeRange(time(8), time(12)), TimeRange(time(13), time(17))))
    monday = date(2026, 1, 5)
    assert hours.contains(datetime.combine(monday, time(8)))
    assert not hours.contains(datetime.combine(monday, time(12, 30)))
    assert not hours.contains(datetime.combine(monday, time(17)))
    assert not hours.contains(datetime.combine(date(2026, 1, 10), time(10)))  # Saturday


# -- unknown routines ----------------------------------------------------------------------------


def test_unknown_routines_name_the_line(config: Path):
    write(
        config,
        """\
        movement_breaks:
          routine: desk-brake
        walks:
          - at: 99:00
          - at: 12:30
            warm_up_routine: stretchy
          - at: 17:00
            warm_up_before: 0
            warm_up_routine: not-used
        """,
    )
    settings_ = load_settings(config).settings
    found = unknown_routines(settings_, ["desk-break", "pre-walk-warm-up"])
    assert [str(p) for p in found] == [
        f"{config}:2: movement_breaks.routine: no routine 'desk-brake' in the library; "
        "did you mean 'desk-break'?",
        f"{config}:6: walks[2].warm_up_routine: no routine 'stretchy' in the library",
    ]
    assert unknown_routines(settings_, ["desk-brake", "stretchy"]) == []


def test_unknown_routines_in_a_fresh_default_file_point_at_it(config: Path):
    settings_ = load_settings(config).settings
    lines = config.read_text().splitlines()
    found = unknown_routines(settings_, [])
    assert [p.path for p in found] == [config, config]
    assert lines[found[0].line - 1].strip() == "routine: desk-break"
    assert lines[found[1].line - 1].strip().startswith("warm_up_routine: pre-walk-warm-up")


# -- unreadable files ------------------------------------------------------------------------


def clock_at(local: datetime) -> ManualClock:
    return ManualClock(wall=local.astimezone(UTC))


STAMP = datetime(2026, 1, 5, 9, 0, 0).astimezone()  # a local time
BACKUP = "config.yaml.bak-20260105-090000"


def only_the_config(config: Path) -> list[str]:
    return sorted(p.name for p in config.parent.iterdir())


def test_a_broken_file_is_left_as_it_is_and_defaults_are_used(config: Path):
    broken = "movement_breaks:\n  every: 30m\n walks: [\n"
    write(config, broken)
    before = config.stat().st_mtime_ns
    loaded = load_settings(config, clock_at(STAMP))
    assert config.read_text() == broken and config.stat().st_mtime_ns == before  # untouched
    assert only_the_config(config) == ["config.yaml"]  # nothing moved, nothing written beside it
    assert loaded.settings == Settings() and not loaded.created
    assert not loaded.readable and not loaded.clean
    (problem,) = loaded.problems
    assert problem.path == config and problem.line == 3
    assert problem.message.startswith("YAML syntax error")
    assert loaded.notice is not None
    assert f"{config}:3: YAML syntax error" in loaded.notice
    assert "has not been changed" in loaded.notice


@pytest.mark.parametrize(
    ("raw", "line", "start"),
    [
        (b"sounds: true\nvoice: \xff\n", 2, "not valid UTF-8"),
        (b"- just\n- a list\n", 1, "expected settings as keys and values"),
        (b"just text\n", 1, "expected settings as keys and values"),
        (b"sounds: true\nsounds: false\n", 2, "duplicate key 'sounds'"),
        (b"sounds: !!python/object:os.system ls\n", 1, "unsupported YAML tag"),
    ],
)
def test_unreadable_content_is_never_moved_or_rewritten(config: Path, raw: bytes, line: int, start: str):
    config.parent.mkdir(parents=True)
    config.write_bytes(raw)
    loaded = load_settings(config, clock_at(STAMP))
    assert config.read_bytes() == raw and only_the_config(config) == ["config.yaml"]
    (problem,) = loaded.problems
    assert (problem.path, problem.line, problem.message[: len(start)]) == (config, line, start)
    assert f"{config}:{line}: {start}" in (loaded.notice or "")
    assert loaded.settings == Settings()


def test_a_too_big_file_is_left_alone(config: Path):
    config.parent.mkdir(parents=True)
    config.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")
    loaded = load_settings(config, clock_at(STAMP))
    assert config.stat().st_size == MAX_BYTES + 3 and only_the_config(config) == ["config.yaml"]
    assert "1 MiB limit" in loaded.problems[0].message
    assert loaded.settings == Settings()


def test_saving_over_a_file_broken_by_hand_is_refused_and_changes_nothing(config: Path):
    broken = "movement_breaks:\n  every: 45m\n  style: [\n"
    write(config, broken)
    with pytest.raises(SettingsError) as caught:
        save_settings(config, Settings(sounds=False), clock_at(STAMP))
    assert f"{config}:4: YAML syntax error" in str(caught.value)
    assert "not saved" in str(caught.value)
    assert config.read_text() == broken and only_the_config(config) == ["config.yaml"]


def test_saving_over_a_file_with_a_bad_value_edits_it_in_place(config: Path):
    write(config, "# mine\nsounds: maybe\nvoice: true\n")
    save_settings(config, Settings(sounds=False, voice=True), clock_at(STAMP))
    text = config.read_text()
    assert text.startswith("# mine\n") and "sounds: false" in text
    assert only_the_config(config) == ["config.yaml"]


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_a_file_that_cannot_be_read_is_left_where_it_is(config: Path):
    write(config, "sounds: false\n")
    config.chmod(0)
    try:
        try:
            config.read_bytes()
        except PermissionError:
            pass
        else:
            pytest.skip("this user can read the file anyway (root)")
        loaded = load_settings(config, clock_at(STAMP))
    finally:
        config.chmod(0o600)
    assert config.read_text() == "sounds: false\n"
    assert sorted(p.name for p in config.parent.iterdir()) == ["config.yaml"]
    assert loaded.settings == Settings()
    assert loaded.notice is not None and "cannot read" in loaded.notice
    assert "has not been changed" in loaded.notice


def test_permission_denied_is_not_treated_as_a_broken_file(config: Path, monkeypatch):
    """The same path for root, who can read anything: the read itself is made to fail."""
    write(config, "sounds: false\n")

    def denied(path: Path):
        try:
            raise PermissionError(13, "Permission denied")
        except PermissionError as exc:
            raise settings_io.YamlFileError(
                settings_io.Problem(path, None, "cannot read file: Permission denied")
            ) from exc

    monkeypatch.setattr(settings_io, "read_yaml", denied)
    loaded = load_settings(config, clock_at(STAMP))
    assert loaded.settings == Settings() and not loaded.readable
    assert sorted(p.name for p in config.parent.iterdir()) == ["config.yaml"]
    assert loaded.notice is not None
    assert f"{config}: cannot read file: Permission denied" in loaded.notice
    assert "The file has not been changed." in loaded.notice


def test_a_folder_in_place_of_the_file_is_left_alone(config: Path):
    config.mkdir(parents=True)
    loaded = load_settings(config, clock_at(STAMP))
    assert config.is_dir() and list(config.iterdir()) == []
    assert loaded.settings == Settings() and loaded.notice is not None
    assert f"{config}: cannot read file: is a folder, not a file" in loaded.notice


@pytest.mark.parametrize("odd", ["fifo", "dangling", "loop", "device"])
def test_an_odd_file_in_place_of_the_settings_is_refused_without_waiting(config: Path, odd: str):
    config.parent.mkdir(parents=True)
    if odd == "fifo":
        os.mkfifo(config)
    elif odd == "dangling":
        config.symlink_to(config.parent / "gone.yaml")
    elif odd == "loop":
        config.symlink_to(config)
    else:
        config.symlink_to("/dev/null")
    loaded = load_settings(config, clock_at(STAMP))  # a FIFO would hang a plain open()
    assert loaded.settings == Settings() and not loaded.readable
    assert str(config) in (loaded.notice or "")
    assert only_the_config(config) == ["config.yaml"]
    with pytest.raises(SettingsError):
        save_settings(config, Settings(sounds=False))
    assert only_the_config(config) == ["config.yaml"]
    assert config.is_symlink() or odd == "fifo"


def test_settings_linked_from_a_dotfiles_folder_are_read_and_saved_through_the_link(config: Path, tmp_path):
    real = tmp_path / "dotfiles" / "coach.yaml"
    real.parent.mkdir()
    real.write_text("sounds: false\n")
    config.parent.mkdir(parents=True)
    config.symlink_to(real)
    assert load_settings(config).settings.sounds is False
    save_settings(config, Settings(sounds=True))
    assert config.is_symlink() and "sounds: true" in real.read_text()


# -- saving ----------------------------------------------------------------------------------


USER_FILE = """\
# My settings -- do not lose this line
movement_breaks:
  every: 1800   # half an hour, written my way
  routine: desk-break
working_hours:
  mon: ["08:00-12:00", "13:00-17:00"]   # split for the school run
  tue: 09:00-17:00
walks:
  - at: 12:30   # lunch
    days: [fri, mon]
  # the afternoon one
  - at: "16:00"
    minutes: 10
sounds: yes
"""


def test_save_changes_only_what_changed_and_keeps_comments(config: Path):
    write(config, USER_FILE)
    s = load_settings(config).settings
    changed = dataclasses.replace(
        s, voice=True, movement_breaks=dataclasses.replace(s.movement_breaks, notice_s=120)
    )
    save_settings(config, changed)
    text = config.read_text()
    assert (
        text
        == USER_FILE.replace("  routine: desk-break\n", "  routine: desk-break\n  notice: 2m\n")
        + "voice: true\n"
    )
    loaded = load_settings(config)
    assert loaded.problems == () and loaded.settings == changed


def test_save_replaces_a_changed_value_in_place(config: Path):
    write(config, USER_FILE)
    s = load_settings(config).settings
    walks = (dataclasses.replace(s.walks[0], at=time(13)), s.walks[1])
    save_settings(config, dataclasses.replace(s, walks=walks))
    text = config.read_text()
    assert re.search(r'\n  - at: "13:00" +# lunch\n', text)
    assert "# My settings -- do not lose this line" in text
    assert "  # the afternoon one\n" in text
    assert "every: 1800   # half an hour, written my way" in text
    assert load_settings(config).settings.walks == walks


def test_save_rewrites_bad_values_but_keeps_unknown_keys(config: Path):
    write(config, "movement_breaks:\n  every: 10s   # too short\n  evry: 3\n")
    s = load_settings(config).settings
    save_settings(config, s)
    assert config.read_text() == "movement_breaks:\n  every: 30m   # too short\n  evry: 3\n"


def test_save_walks_added_and_removed(config: Path):
    write(config, USER_FILE)
    s = load_settings(config).settings
    extra = Walk(at=time(7, 15), days=("sat", "sun"), heat_pack_before_s=0)
    save_settings(config, dataclasses.replace(s, walks=(s.walks[0], extra)))
    loaded = load_settings(config)
    assert loaded.settings.walks == (s.walks[0], extra)
    assert '"16:00"' not in config.read_text()
    save_settings(config, dataclasses.replace(s, walks=()))
    assert load_settings(config).settings.walks == ()


def test_save_drops_a_walk_the_loader_left_out(config: Path):
    write(config, "walks:\n  - at: 99:00\n  - at: 12:30   # kept\n    minutes: 5\n")
    s = load_settings(config).settings
    save_settings(config, dataclasses.replace(s, walks=(dataclasses.replace(s.walks[0], minutes=6),)))
    assert config.read_text() == "walks:\n  - at: 12:30   # kept\n    minutes: 6\n"


def test_save_a_new_file_writes_the_template(config: Path):
    s = Settings(sounds=False)
    save_settings(config, s)
    assert config.read_text() == render_settings(s)
    assert not [p for p in config.parent.iterdir() if p.name != "config.yaml"]  # no temp files


def test_save_without_ruamel_keeps_the_old_file_aside(config: Path, monkeypatch):
    monkeypatch.setattr(settings_io, "_ruamel", lambda: None)  # ruamel.yaml not installed
    write(config, USER_FILE)
    s = load_settings(config).settings
    save_settings(config, dataclasses.replace(s, voice=True), clock_at(STAMP))
    assert config.with_name(BACKUP).read_text() == USER_FILE
    assert load_settings(config).settings == dataclasses.replace(s, voice=True)


def test_save_refuses_to_replace_a_file_it_cannot_read(config: Path, monkeypatch):
    write(config, USER_FILE)

    def denied(path, limit=None):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("coach.core.yamlfile.read_bytes", denied)
    with pytest.raises(SettingsError, match=r"Permission denied.*not saved"):
        save_settings(config, Settings())
    monkeypatch.undo()
    assert config.read_text() == USER_FILE


def test_file_signature_changes_with_an_edit(config: Path):
    assert file_signature(config) is None
    write(config, "sounds: true\n")
    first = file_signature(config)
    os.utime(config, ns=(first[0] + 10**9, first[0] + 10**9))
    assert file_signature(config) != first


# -- round trip ------------------------------------------------------------------------------

IDS = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)


@st.composite
def day_hours(draw) -> tuple[TimeRange, ...]:
    points = draw(st.lists(st.integers(0, 23 * 60 + 59), unique=True, max_size=6))
    points = sorted(points)[: len(points) // 2 * 2]
    return tuple(
        TimeRange(time(a // 60, a % 60), time(b // 60, b % 60))
        for a, b in zip(points[::2], points[1::2], strict=True)
    )


@st.composite
def walks(draw) -> Walk:
    days = draw(st.lists(st.sampled_from(DAYS), unique=True, min_size=1))
    return Walk(
        at=time(draw(st.integers(0, 23)), draw(st.integers(0, 59))),
        days=tuple(d for d in DAYS if d in days),
        minutes=draw(st.integers(1, 300)),
        heat_pack_before_s=draw(st.integers(0, 3600)),
        warm_up_before_s=draw(st.integers(0, 3600)),
        warm_up_routine=draw(IDS),
    )


@st.composite
def valid_settings(draw) -> Settings:
    every = draw(st.integers(60, 4 * 3600))
    breaks = MovementBreaks(
        every_s=every,
        routine=draw(IDS),
        style=draw(st.sampled_from(BreakStyle)),
        notice_s=draw(st.integers(0, min(600, every - 1))),
        postpone_s=draw(st.integers(60, 7200)),
        max_postpones=draw(st.integers(0, 10)),
        away_after_s=draw(st.integers(60, 7200)),
    )
    return Settings(
        movement_breaks=breaks,
        working_hours=WorkingHours(**{d: draw(day_hours()) for d in DAYS}),
        walks=tuple(draw(st.lists(walks(), max_size=3))),
        sounds=draw(st.booleans()),
        voice=draw(st.booleans()),
        avoid_backward_bending=draw(st.booleans()),
        avoid_forward_bending=draw(st.booleans()),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=valid_settings(), second=valid_settings())
def test_save_then_load_gives_the_same_settings(first: Settings, second: Settings):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "config.yaml"
        save_settings(path, first)  # the template
        loaded = load_settings(path)
        assert loaded.problems == () and loaded.settings == first
        save_settings(path, second)  # edited in place
        loaded = load_settings(path)
        assert loaded.problems == () and loaded.settings == second
        assert loaded.settings == Settings(
            **{f.name: getattr(second, f.name) for f in dataclasses.fields(Settings)}
        )
        assert settings_to_dict(loaded.settings) == settings_to_dict(second)
        path.write_text("# mostly left out\nmovement_breaks:\n  every: 45m\n", encoding="utf-8")
        save_settings(path, first)  # a sparse file: the missing keys are added
        loaded = load_settings(path)
        assert loaded.problems == () and loaded.settings == first
        assert path.read_text(encoding="utf-8").startswith("# mostly left out\n")


def test_an_edit_that_would_not_read_back_falls_back_to_the_template(config: Path, monkeypatch):
    """If editing in place ever produced different settings, the template is written instead."""
    write(config, USER_FILE)
    s = dataclasses.replace(load_settings(config).settings, voice=True)
    monkeypatch.setattr(settings_io, "_merge", lambda *args, **kwargs: None)
    save_settings(config, s, clock_at(STAMP))
    assert config.read_text() == render_settings(s)
    assert config.with_name(BACKUP).read_text() == USER_FILE


@pytest.mark.parametrize("routine", ["yes", "no", "off", "null", "true", "123", "0x1f", "1e3", "0o7"])
def test_ids_that_look_like_other_yaml_values_survive_a_save(config: Path, routine: str):
    s = Settings(movement_breaks=MovementBreaks(routine=routine))
    save_settings(config, s)
    assert load_settings(config).settings == s
    edited = Settings(walks=(Walk(warm_up_routine=routine),))
    save_settings(config, edited)
    loaded = load_settings(config)
    assert loaded.problems == () and loaded.settings == edited


def test_still_pictures_follow_the_desktop_until_set(config: Path):
    assert Settings().still_pictures is None
    assert "still_pictures: auto" in render_settings(Settings())
    assert "still_pictures: true" in render_settings(Settings(still_pictures=True))
    for text, expected in (("auto", None), ("true", True), ("false", False), ("Auto", None)):
        write(config, f"still_pictures: {text}\n")
        loaded = load_settings(config)
        assert loaded.problems == () and loaded.settings.still_pictures is expected, text
    assert problems_of(config, "sounds: false\nstill_pictures: sometimes\n") == [
        "2: still_pictures: expected true, false or auto, got text"
    ]


def test_choosing_still_pictures_edits_only_that_line(config: Path):
    write(config, "# mine\nsounds: false\n")
    old = load_settings(config).settings
    save_settings(config, dataclasses.replace(old, still_pictures=True))
    text = config.read_text(encoding="utf-8")
    assert text.startswith("# mine\nsounds: false\n") and "still_pictures: true" in text
    assert load_settings(config).settings.still_pictures is True
    save_settings(config, dataclasses.replace(old, still_pictures=None))
    assert load_settings(config).settings.still_pictures is None


def test_touching_working_hour_ranges_are_valid(config: Path):
    text = 'working_hours:\n  mon: ["09:00-12:00", "12:00-17:00"]\n'
    assert problems_of(config, text) == []
    hours = load_settings(config).settings.working_hours
    assert hours.mon == (TimeRange(time(9), time(12)), TimeRange(time(12), time(17)))
    monday = date(2026, 1, 5)
    for moment in (time(11, 59), time(12), time(12, 1)):  # no gap at the seam
        assert hours.contains(datetime.combine(monday, moment))
    assert not hours.contains(datetime.combine(monday, time(17)))
    overlapping = 'working_hours:\n  mon: ["09:00-12:01", "12:00-17:00"]\n'
    assert problems_of(config, overlapping) == [
        "2: working_hours.mon: ranges 09:00-12:01 and 12:00-17:00 overlap"
    ]
