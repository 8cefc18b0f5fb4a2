"""Loading and validating exercise and routine files."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.core.errors import Problem
from coach.core.library import LibraryDir, load_library, parse_exercise
from coach.core.model import Sides, Spine
from coach.core.yamlfile import YamlFileError, parse_yaml

GOOD = """\
id: {id}
name: Knee hug
summary: Hug one knee to the chest.
position: lying
steps:
  - Lie on your back.
  - Pull one knee in.
dose:
  hold: 20s
  reps: 2
  sides: each
  rest: 5s
"""

ROUTINE = """\
id: {id}
name: Evening
summary: A short evening routine.
purpose: session
items:
  - exercise: knee-hug
  - exercise: knee-hug
    hold: 10s
    sides: none
"""


class Lib:
    """A library folder in tmp_path that tests fill with files."""

    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "routines").mkdir(parents=True, exist_ok=True)

    def exercise(self, name: str, text: str) -> Path:
        path = self.root / f"{name}.yaml"
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def routine(self, name: str, text: str) -> Path:
        path = self.root / "routines" / f"{name}.yaml"
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def load(self, *extra: LibraryDir):
        return load_library([LibraryDir(self.root, "builtin", self.root / "images"), *extra])


@pytest.fixture
def lib(tmp_path) -> Lib:
    return Lib(tmp_path / "lib")


def messages(library) -> list[str]:
    return [f"{p.path.name}:{p.line}: {p.message}" for p in library.problems]


def test_good_files_load_frozen_with_durations(lib):
    lib.exercise("knee-hug", GOOD.format(id="knee-hug"))
    lib.routine("evening", ROUTINE.format(id="evening"))
    library = lib.load()
    assert library.valid, messages(library)
    ex = library.exercises["knee-hug"]
    assert ex.dose.sides is Sides.EACH and ex.dose.hold_s == 20 and ex.dose.rest_s == 5
    # count-in 5 + L(20, rest 5, 20) + switch 5 + R(20, rest 5, 20)
    assert ex.duration_s == 5 + 45 + 5 + 45
    routine = library.routines["evening"]
    assert routine.items[1].dose.hold_s == 10 and routine.items[1].dose.reps == 2
    assert routine.items[1].dose.sides is Sides.NONE
    # first item 100 s (with count-in), then prepare 5 + 10 + rest 5 + 10
    assert routine.duration_s == 100 + 5 + 25
    with pytest.raises(AttributeError):
        ex.name = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        library.exercises["x"] = ex  # type: ignore[index]


def test_unknown_key_did_you_mean(lib):
    lib.exercise("knee-hug", GOOD.format(id="knee-hug") + "caution:\n  - careful\n")
    assert messages(lib.load()) == [
        "knee-hug.yaml:13: caution: unknown key 'caution'; did you mean 'cautions'?"
    ]


def test_all_problems_of_a_file_at_once(lib):
    lib.exercise(
        "bad",
        """\
        id: Bad_Id
        name: [not, text]
        summary: ok
        position: floor
        steps: []
        dose:
          hold: 0s
          reps: 101
          sides: both
          rest: soon
          holdd: 3
        kind: yoga
        bends_backward: maybe
        """,
    )
    assert messages(lib.load()) == [
        "bad.yaml:1: id: 'Bad_Id' is not a valid id; use lowercase letters, digits and single hyphens",
        "bad.yaml:2: name: expected text, got a list",
        "bad.yaml:4: position: 'floor' is not one of: standing, seated, lying, kneeling, "
        "hands-and-knees, any",
        "bad.yaml:5: steps: must list at least one entry",
        "bad.yaml:7: dose.hold: 0 s is out of range (1 s to 1 h)",
        "bad.yaml:8: dose.reps: 101 is out of range (1–100)",
        "bad.yaml:9: dose.sides: 'both' is not one of: none, each, alternate",
        "bad.yaml:10: dose.rest: 'soon' is not a duration; write e.g. 30s, 2m, 1m30s or 1h",
        "bad.yaml:11: dose.holdd: unknown key 'holdd'; did you mean 'hold'?",
        "bad.yaml:12: kind: 'yoga' is not one of: stretch, mobility, strength, massage, heat, walk",
        "bad.yaml:13: bends_backward: expected true or false, got text",
    ]


@pytest.mark.parametrize(
    ("lines", "spine"),
    [
        ("", Spine.NEUTRAL),
        ("spine: forward\n", Spine.FORWARD),
        ("spine: backward\n", Spine.BACKWARD),
        ("spine: both\n", Spine.BOTH),
        ("bends_backward: true\n", Spine.BACKWARD),  # the older spelling still reads
        ("bends_backward: false\n", Spine.NEUTRAL),
        ("spine: both\nbends_backward: true\n", Spine.BOTH),
    ],
)
def test_spine_direction(lib, lines, spine):
    lib.exercise("knee-hug", GOOD.format(id="knee-hug") + lines)
    loaded = lib.load()
    assert not loaded.problems
    exercise = loaded.exercises["knee-hug"]
    assert exercise.spine is spine
    assert exercise.bends_forward == (spine in (Spine.FORWARD, Spine.BOTH))
    assert exercise.bends_backward == (spine in (Spine.BACKWARD, Spine.BOTH))


def test_bad_spine_direction_names_file_and_line(lib):
    lib.exercise("a", GOOD.format(id="a") + "spine: forwards\n")
    lib.exercise("b", GOOD.format(id="b") + "spine: forward\nbends_backward: true\n")
    assert messages(lib.load()) == [
        "a.yaml:13: spine: 'forwards' is not one of: forward, backward, both, neutral; "
        "did you mean 'forward'?",
        "b.yaml:14: bends_backward: contradicts spine: forward; write only spine "
        "(backward, or both if it bends both ways)",
    ]


def test_missing_required_keys(lib):
    lib.exercise("thin", "id: thin\nname: Thin\n")
    msgs = messages(lib.load())
    for key in ("summary", "position", "steps", "dose"):
        assert f"thin.yaml:1: missing required key '{key}'" in msgs


def test_id_must_match_file_name(lib):
    lib.exercise("knee-hug", GOOD.format(id="knee-hugs"))
    assert messages(lib.load()) == [
        "knee-hug.yaml:1: id: id 'knee-hugs' must match the file name ('knee-hug')"
    ]


def test_not_a_mapping(lib):
    lib.exercise("list", "- just\n- a list\n")
    assert messages(lib.load()) == ["list.yaml:1: expected an exercise (a mapping of keys), got a list"]


def test_hold_can_be_whole_seconds_and_wrong_types_are_named(lib):
    lib.exercise("a", GOOD.format(id="a").replace("hold: 20s", "hold: 45").replace("reps: 2", "reps: two"))
    assert messages(lib.load()) == ["a.yaml:10: dose.reps: expected a whole number, got text"]


def test_hold_upper_bound(lib):
    lib.exercise("a", GOOD.format(id="a").replace("hold: 20s", "hold: 61m"))
    assert messages(lib.load()) == ["a.yaml:9: dose.hold: 1 h 1 min is out of range (1 s to 1 h)"]


def test_routine_names_missing_exercise(lib):
    lib.exercise("knee-hug", GOOD.format(id="knee-hug"))
    lib.routine(
        "r",
        ROUTINE.format(id="r").replace("- exercise: knee-hug\n    hold", "- exercise: knee-hgu\n    hold"),
    )
    library = lib.load()
    assert messages(library) == ["r.yaml:7: exercise 'knee-hgu' does not exist; did you mean 'knee-hug'?"]
    assert "r" not in library.routines and "knee-hug" in library.exercises


def test_routine_item_problems(lib):
    lib.exercise("knee-hug", GOOD.format(id="knee-hug"))
    lib.routine(
        "r",
        """\
        id: r
        name: R
        summary: S
        purpose: lunch
        items:
          - knee-hug
          - exercise: knee-hug
            reps: 0
            side: each
        """,
    )
    assert messages(lib.load()) == [
        "r.yaml:4: purpose: 'lunch' is not one of: movement-break, warm-up, walk-break, heat, session",
        "r.yaml:6: items[1]: expected an item such as {exercise: knee-hug} (a mapping of keys), got text",
        "r.yaml:8: items[2].reps: 0 is out of range (1–100)",
        "r.yaml:9: items[2].side: unknown key 'side'; did you mean 'sides'?",
    ]


def test_empty_routine(lib):
    lib.routine("r", "id: r\nname: R\nsummary: S\npurpose: session\nitems: []\n")
    assert messages(lib.load()) == ["r.yaml:5: items: expected a non-empty list of {exercise: ID} entries"]


def test_images_beside_file_then_shared(lib):
    (lib.root / "images").mkdir()
    (lib.root / "images" / "shared.svg").write_text("<svg/>")
    (lib.root / "own.svg").write_text("<svg/>")
    lib.exercise("a", GOOD.format(id="a") + "image: [own.svg, shared.svg]\n")
    library = lib.load()
    assert library.valid, messages(library)
    assert [p.name for p in library.exercises["a"].images] == ["own.svg", "shared.svg"]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("missing.svg", "image: picture 'missing.svg' not found in"),
        ("../secret.svg", "image: '../secret.svg' must be a plain file name, without any folder"),
        ("/etc/passwd", "image: '/etc/passwd' must be a plain file name, without any folder"),
        ("[a.svg, b.svg, c.svg]", "image: expected a picture's file name, or a list of two"),
    ],
)
def test_bad_images(lib, value, message):
    (lib.root.parent / "secret.svg").parent.mkdir(parents=True, exist_ok=True)
    (lib.root.parent / "secret.svg").write_text("<svg/>")
    lib.exercise("a", GOOD.format(id="a") + f"image: {value}\n")
    [problem] = lib.load().problems
    assert problem.line == 13 and problem.message.startswith(message)


def test_duplicate_ids_across_files(lib, tmp_path):
    lib.exercise("knee-hug", GOOD.format(id="knee-hug"))
    other = Lib(tmp_path / "other")
    other.exercise("knee-hug", GOOD.format(id="knee-hug"))
    library = load_library([LibraryDir(lib.root, "builtin")], [lib.root / "knee-hug.yaml", other.root])
    [problem] = library.problems
    assert problem.path == other.root / "knee-hug.yaml" and problem.line == 1
    assert "exercise id 'knee-hug' is already defined in" in problem.message


def test_user_file_replaces_builtin_and_bad_user_file_keeps_builtin(lib, tmp_path):
    lib.exercise("knee-hug", GOOD.format(id="knee-hug"))
    lib.exercise("forward-bend", GOOD.format(id="forward-bend"))
    lib.routine("r", ROUTINE.format(id="r"))
    user = Lib(tmp_path / "user")
    user.exercise("knee-hug", GOOD.format(id="knee-hug").replace("Knee hug", "My knee hug"))
    user.exercise("forward-bend", "id: forward-bend\nname: [broken\n")
    library = lib.load(LibraryDir(user.root, "user"))
    assert library.exercises["knee-hug"].name == "My knee hug"
    assert library.exercises["knee-hug"].origin == "user"
    assert library.routines["r"].items[0].exercise.origin == "user"  # routines use the replacement
    assert library.exercises["forward-bend"].origin == "builtin"
    assert "exercise:knee-hug" in library.replaced
    assert [p.path.name for p in library.problems] == ["forward-bend.yaml"]


def test_a_bad_file_never_stops_good_ones(lib):
    lib.exercise("good", GOOD.format(id="good"))
    lib.exercise("syntax", "id: [\n")
    (lib.root / "binary.yaml").write_bytes(b"\x00\xff\xfe")
    lib.exercise("python", "!!python/object/apply:os.system ['true']\n")
    library = lib.load()
    assert list(library.exercises) == ["good"]
    assert sorted(p.path.name for p in library.problems) == [
        "binary.yaml",
        "python.yaml",
        "syntax.yaml",
    ]
    assert all(p.line for p in library.problems)


# -- fuzzing --------------------------------------------------------------------------------

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.sampled_from(["30s", "1m30s", "each", "standing", "knee-hug", "x.svg"]),
)
keys = st.sampled_from(
    [
        "id",
        "name",
        "summary",
        "position",
        "steps",
        "dose",
        "hold",
        "reps",
        "sides",
        "rest",
        "kind",
        "targets",
        "image",
        "items",
        "exercise",
        "purpose",
        "cautions",
        "bends_backward",
        "spine",
        "zzz",
    ]
)
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=6),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_fuzz_random_documents_never_crash(tmp_path_factory, data):
    path = Path("fuzz.yaml")
    try:
        doc = parse_yaml(yaml.safe_dump(data).encode(), path)
    except YamlFileError:
        return
    exercise, problems = parse_exercise(doc, "user", None)
    assert (exercise is None) == bool(problems)
    assert all(isinstance(p, Problem) for p in problems)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=200))
def test_fuzz_random_files_are_reported(tmp_path, raw):
    folder = tmp_path / "fuzzlib"
    (folder / "routines").mkdir(parents=True, exist_ok=True)
    (folder / "f.yaml").write_bytes(raw)
    (folder / "routines" / "r.yaml").write_bytes(raw)
    library = load_library([LibraryDir(folder, "user")])
    assert len(library.exercises) + len(library.routines) + len(library.problems) >= 1


def march(ident: str) -> str:
    text = GOOD.format(id=ident).replace("sides: each", "sides: none")
    return text.replace("  rest: 5s\n", '  rest: 5s\n  move: "March for {duration}"\n')


def test_a_movement_says_what_to_do_and_a_routine_keeps_the_wording(lib):
    lib.exercise("march", march("march"))
    lib.routine(
        "warm",
        "id: warm\nname: W\nsummary: S.\npurpose: warm-up\nitems:\n  - exercise: march\n    hold: 15s\n    reps: 1\n",
    )
    library = lib.load()
    assert library.valid, messages(library)
    dose = library.exercises["march"].dose
    assert dose.moving and dose.describe() == "March for 20 s, 2 times, 5 s rest"
    item = library.routines["warm"].items[0].dose
    assert item.moving and item.describe() == "March for 15 s"


@pytest.mark.parametrize(
    ("move", "message"),
    [
        (
            "March for {seconds}",
            "dose.move: unknown blank {seconds}; use {duration} (one rep's time) or {reps}",
        ),
        ("March for {duration", "dose.move: unmatched brace; write blanks as {duration} or {reps}"),
        ("", "dose.move: must not be empty"),
        ("x" * 61, "dose.move: is 61 characters long; the limit is 60"),
    ],
)
def test_a_bad_movement_wording_is_named(lib, move, message):
    lib.exercise("march", march("march").replace('"March for {duration}"', repr(move)))
    found = messages(lib.load())
    assert len(found) == 1 and found[0].endswith(message), found


def test_a_routine_cannot_change_what_a_movement_is(lib):
    lib.exercise("march", march("march"))
    lib.routine(
        "warm",
        "id: warm\nname: W\nsummary: S.\npurpose: warm-up\nitems:\n  - exercise: march\n    move: Run\n",
    )
    assert "unknown key 'move'" in " ".join(messages(lib.load()))
