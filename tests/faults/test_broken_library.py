"""A library folder full of broken files: good ones load, bad ones are located, nothing runs."""

from __future__ import annotations

import contextlib
import random
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from coach.core.library import Library, LibraryDir, load_library
from coach.core.yamlfile import MAX_BYTES, YamlFileError, read_yaml

COPIES = 30  # files of each broken kind
GOOD_EXERCISES = 40
GOOD_ROUTINES = 12

EXERCISE = [
    "id: {id}",  # 1
    "name: Exercise {n}",  # 2
    "summary: A stretch for the tests.",  # 3
    "position: standing",  # 4
    "kind: stretch",  # 5
    "steps:",  # 6
    "  - Stand up.",  # 7
    "  - Reach up.",  # 8
    "dose:",  # 9
    "  hold: 10s",  # 10
    "  reps: 2",  # 11
    "  sides: each",  # 12
    "  rest: 5s",  # 13
    "bends_backward: false",  # 14
]


def exercise_lines(ident: str, n: int) -> list[str]:
    return [line.format(id=ident, n=n) for line in EXERCISE]


def routine_lines(ident: str, exercises: list[str]) -> list[str]:
    lines = [
        f"id: {ident}",
        f"name: Routine {ident}",
        "summary: A routine for the tests.",
        "purpose: session",
    ]
    lines.append("items:")
    for i, exercise in enumerate(exercises):
        lines.append(f"  - exercise: {exercise}")
        if i % 2:
            lines.append("    hold: 15s")
    return lines


def text(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode()


@dataclass(frozen=True)
class Broken:
    """One broken file: its bytes, and the line its problem must name (None: no line fits)."""

    data: bytes
    line: int | None
    exact: bool = True  # False: some line must be named, but the parser decides which


def replaced(rand: random.Random, ident: str, n: int, choices: list[tuple[int, str]]) -> Broken:
    """A good exercise with one line swapped for a bad one; the problem is on that line."""
    lines = exercise_lines(ident, n)
    index, bad = rand.choice(choices)
    lines[index] = bad
    return Broken(text(lines), index + 1)


WRONG_VALUES = [
    (0, "id: Not An Id!"),
    (1, "name: [a, b]"),
    (2, "summary: {a: b}"),
    (3, "position: flying"),
    (4, "kind: 7"),
    (6, "  - {a: b}"),
    (9, "  hold: [1, 2]"),
    (9, "  hold: forever"),
    (9, "  hold: 999h"),
    (10, "  reps: many"),
    (10, "  reps: 0"),
    (10, "  reps: 2.5"),
    (11, "  sides: both"),
    (12, "  rest: -5s"),
    (13, 'bends_backward: "yes please"'),
    (13, "colour: red"),
]

PAYLOADS = [
    "!!python/object/apply:os.system ['touch {marker}']",
    "!!python/object/apply:subprocess.call [['touch', '{marker}']]",
    "!!python/object/new:subprocess.Popen [['touch', '{marker}']]",
    "!!python/object/apply:builtins.open ['{marker}', 'w']",
    "!!python/object/apply:builtins.exec [\"open('{marker}', 'w')\"]",
    "!!python/name:os.system",
    "!!python/module:os",
    "!python/object/apply:os.system ['touch {marker}']",
    "!<tag:yaml.org,2002:python/object/apply:os.system> ['touch {marker}']",
]


def syntax_error(rand: random.Random, ident: str, n: int) -> Broken:
    lines = exercise_lines(ident, n)
    where, bad, exact = rand.choice(
        [
            (1, "name: Exercise: with: colons", True),
            (10, "\treps: 2", True),
            (3, "position: standing\n  indented: wrongly", True),
            (1, 'name: "never closed', False),
            (4, "kind: [stretch", False),
            (6, "  - {a: b", False),
            (9, "  hold: 10s\n bad: dedent", False),
        ]
    )
    lines[where] = bad
    return Broken(text(lines), where + 1 + (1 if "\n" in bad and exact else 0), exact)


def wrong_type(rand: random.Random, ident: str, n: int) -> Broken:
    return replaced(rand, ident, n, WRONG_VALUES)


def python_tag(rand: random.Random, ident: str, n: int, marker: Path) -> Broken:
    payload = rand.choice(PAYLOADS).format(marker=marker)
    index = rand.choice([1, 2, 4, 9, 10])
    lines = exercise_lines(ident, n)
    key = lines[index].split(":")[0]
    lines[index] = f"{key}: {payload}"
    return Broken(text(lines), index + 1)


def alias_bomb(rand: random.Random, ident: str, n: int) -> Broken:
    width, depth = rand.randint(6, 12), rand.randint(6, 10)
    lines = exercise_lines(ident, n)
    lines.append("lol0: &l0 [" + ", ".join(["lol"] * width) + "]")
    lines += [f"lol{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]" for i in range(1, depth)]
    if rand.random() < 0.5:  # a quadratic one: one anchor used in every item of a long list
        lines = [*exercise_lines(ident, n), "big: &big [" + ", ".join(["x"] * 200) + "]"]
        lines.append("bomb: [" + ", ".join(["*big"] * 200) + "]")
    return Broken(text(lines), None, exact=False)


def recursive_alias(rand: random.Random, ident: str, n: int) -> Broken:
    lines = exercise_lines(ident, n)
    lines.append("loop: &loop [*loop]" if rand.random() < 0.5 else "loop: &loop {self: *loop}")
    return Broken(text(lines), None, exact=False)


def huge(rand: random.Random, ident: str, n: int) -> Broken:
    filler = "# " + "padding " * (MAX_BYTES // 8 + rand.randint(1, 50_000))
    return Broken(text([*exercise_lines(ident, n), filler]), None)


def invalid_utf8(rand: random.Random, ident: str, n: int) -> Broken:
    lines = [line.encode() for line in exercise_lines(ident, n)]
    index = rand.randrange(1, len(lines))
    lines[index] += rand.choice(
        [b" caf\xe9", b" \xff\xfe", b" \xc3\x28", b" \xed\xa0\x80", b" \xf8\x88\x80\x80"]
    )
    return Broken(b"\n".join(lines) + b"\n", index + 1)


def nul_bytes(rand: random.Random, ident: str, n: int) -> Broken:
    lines = [line.encode() for line in exercise_lines(ident, n)]
    index = rand.randrange(1, len(lines))
    lines[index] += b"\x00" * rand.randint(1, 20)
    return Broken(b"\n".join(lines) + b"\n", index + 1)


def deep_nesting(rand: random.Random, ident: str, n: int) -> Broken:
    depth = rand.randint(45, 400)
    lines = exercise_lines(ident, n)
    lines[6] = "  - " + "[" * depth + "x" + "]" * depth
    return Broken(text(lines), None, exact=False)


def duplicate_key(rand: random.Random, ident: str, n: int) -> Broken:
    lines = exercise_lines(ident, n)
    index = rand.choice([2, 3, 4, 13])
    lines.append(lines[index])
    return Broken(text(lines), len(lines))


def not_a_mapping(rand: random.Random, ident: str, n: int) -> Broken:
    return Broken(rand.choice([b"- a\n- list\n", b"just some text\n", b"42\n", b"[1, 2, 3]\n"]), 1)


def wrong_file_name(rand: random.Random, ident: str, n: int) -> Broken:
    lines = exercise_lines(f"{ident}-elsewhere", n)
    return Broken(text(lines), 1)


def missing_keys(rand: random.Random, ident: str, n: int) -> Broken:
    lines = exercise_lines(ident, n)
    keep = [line for i, line in enumerate(lines) if i not in (2, 3)]  # no summary, no position
    return Broken(text(keep), 1)


def random_bytes(rand: random.Random, ident: str, n: int) -> Broken:
    return Broken(rand.randbytes(rand.randint(1, 4000)), None, exact=False)


def empty(rand: random.Random, ident: str, n: int) -> Broken:
    return Broken(rand.choice([b"", b"\n\n", b"# only a comment\n", b"---\n"]), None, exact=False)


KINDS: dict[str, Callable[..., Broken]] = {
    "syntax error": syntax_error,
    "wrong type": wrong_type,
    "python tag": python_tag,
    "alias bomb": alias_bomb,
    "recursive alias": recursive_alias,
    "huge": huge,
    "invalid utf-8": invalid_utf8,
    "nul bytes": nul_bytes,
    "deep nesting": deep_nesting,
    "duplicate key": duplicate_key,
    "not a mapping": not_a_mapping,
    "id not the file name": wrong_file_name,
    "missing keys": missing_keys,
    "random bytes": random_bytes,
    "empty": empty,
}
LINE_OPTIONAL = {"random bytes", "empty"}  # a file with nothing in it, or bytes that happen to
# parse as plain text, is "not an exercise" as a whole: a line may or may not be named


def broken_routine(rand: random.Random, ident: str, good: list[str], marker: Path) -> Broken:
    lines = routine_lines(ident, rand.sample(good, 3))
    kind = rand.randrange(4)
    if kind == 0:  # an exercise that does not exist
        lines.append("  - exercise: no-such-exercise")
        return Broken(text(lines), len(lines))
    if kind == 1:  # a bad override
        lines.append(f"  - exercise: {good[0]}")
        lines.append("    reps: lots")
        return Broken(text(lines), len(lines))
    if kind == 2:
        lines.append(f"  - exercise: {rand.choice(PAYLOADS).format(marker=marker)}")
        return Broken(text(lines), len(lines))
    return Broken(text([*lines[:4], "items: []"]), 5)


@dataclass(frozen=True)
class Loaded:
    """The generated folder, what was put in it, and what loading it gave."""

    markers: Path
    good_exercises: list[str]
    good_routines: list[str]
    broken: dict[Path, tuple[str, Broken]]
    library: Library
    took: float


@pytest.fixture(scope="module")
def broken_library(tmp_path_factory) -> Loaded:
    """Good exercises and routines among hundreds of broken files of every kind."""
    root = tmp_path_factory.mktemp("library")
    (root / "routines").mkdir()
    markers = tmp_path_factory.mktemp("markers")
    rand = random.Random(20260105)
    good_exercises = [f"good-{i}" for i in range(GOOD_EXERCISES)]
    for i, ident in enumerate(good_exercises):
        data = text(exercise_lines(ident, i))
        if i % 5 == 1:
            data = data.replace(b"\n", b"\r\n")  # written on Windows
        if i % 5 == 2:
            data = b"\xef\xbb\xbf" + data  # with a byte-order mark
        (root / f"{ident}.yaml").write_bytes(data)
    good_routines = [f"good-routine-{i}" for i in range(GOOD_ROUTINES)]
    for ident in good_routines:
        (root / "routines" / f"{ident}.yaml").write_bytes(
            text(routine_lines(ident, rand.sample(good_exercises, 4)))
        )

    broken: dict[Path, tuple[str, Broken]] = {}
    n = 0
    for kind, make in KINDS.items():
        for copy in range(COPIES):
            n += 1
            ident = f"{kind.replace(' ', '-').replace('.', '')}-{copy}"
            args = (rand, ident, n, markers / f"ran-{n}") if kind == "python tag" else (rand, ident, n)
            item = make(*args)
            path = root / f"{ident}.yaml"
            path.write_bytes(item.data)
            broken[path] = (kind, item)
    for copy in range(COPIES):
        n += 1
        ident = f"broken-routine-{copy}"
        path = root / "routines" / f"{ident}.yaml"
        item = broken_routine(rand, ident, good_exercises, markers / f"ran-{n}")
        path.write_bytes(item.data)
        broken[path] = ("routine", item)

    started = time.perf_counter()
    library = load_library([LibraryDir(root, "user")])
    took = time.perf_counter() - started
    return Loaded(markers, good_exercises, good_routines, broken, library, took)


def test_hundreds_of_broken_files_are_really_there(broken_library: Loaded):
    loaded = broken_library
    assert len(loaded.broken) >= 400
    expected = len(loaded.broken) + len(loaded.good_exercises) + len(loaded.good_routines)
    assert loaded.library.files == expected


def test_every_good_file_loads(broken_library: Loaded):
    library = broken_library.library
    assert set(broken_library.good_exercises) <= set(library.exercises)
    assert set(broken_library.good_routines) <= set(library.routines)
    assert not [p for p in library.problems if p.path.stem.startswith("good-")]


def test_every_bad_file_is_reported_with_its_file_and_line(broken_library: Loaded):
    library = broken_library.library
    by_file = defaultdict(list)
    for problem in library.problems:
        by_file[problem.path].append(problem)
    wrong: list[str] = []
    for path, (kind, item) in broken_library.broken.items():
        found = by_file.get(path)
        if not found:
            wrong.append(f"{kind}: {path.name} has no problem reported")
            continue
        lines = {p.line for p in found}
        shown = "; ".join(str(p) for p in found)
        if item.line is not None and item.exact and item.line not in lines:
            wrong.append(f"{kind}: {path.name} should name line {item.line}: {shown}")
        elif item.line is None and item.exact and lines != {None}:
            wrong.append(f"{kind}: {path.name} names a line where none fits: {shown}")
        elif not item.exact and kind not in LINE_OPTIONAL and None in lines:
            wrong.append(f"{kind}: {path.name} names no line: {shown}")
        if kind == "python tag" and not any("unsupported YAML tag" in p.message for p in found):
            wrong.append(f"{kind}: {path.name} does not say the tag is refused: {shown}")
        if path.stem in library.exercises or path.stem in library.routines:
            wrong.append(f"{kind}: {path.name} was loaded despite its problem")
    assert not wrong, "\n".join(wrong[:40])


def test_nothing_in_any_file_is_executed(broken_library: Loaded):
    assert list(broken_library.markers.iterdir()) == []


def test_no_file_takes_long(broken_library: Loaded):
    """Timing targets belong to the benchmarks; this only catches pathological cases."""
    count, took = len(broken_library.broken), broken_library.took
    assert took < 10, f"loading {count} broken files took {took:.1f} s"
    slowest = 0.0, ""
    timed: dict[str, int] = defaultdict(int)
    for path, (kind, _item) in broken_library.broken.items():
        if timed[kind] == 3:  # a few of each kind are enough to catch one that is slow
            continue
        timed[kind] += 1
        started = time.perf_counter()
        with contextlib.suppress(YamlFileError):
            read_yaml(path)
        slowest = max(slowest, (time.perf_counter() - started, path.name), key=lambda s: s[0])
    assert slowest[0] < 1.0, f"{slowest[1]} took {slowest[0]:.2f} s to read"
