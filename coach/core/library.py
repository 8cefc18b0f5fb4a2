"""Loading the exercise library: built-in and user YAML files, validated in full."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from coach.core.errors import Problem
from coach.core.files import check_regular, scan_folder
from coach.core.library_i18n import overlay_kind, translate
from coach.core.model import (
    KINDS,
    MAX_HOLD_S,
    MAX_MOVE_LEN,
    MAX_REPS,
    MAX_REST_S,
    POSITIONS,
    PURPOSES,
    Dose,
    Exercise,
    Routine,
    RoutineItem,
    Sides,
    Spine,
    move_problem,
)
from coach.core.validation import Checker
from coach.core.yamlfile import Document, YamlFileError, read_yaml

SUFFIXES = (".yaml", ".yml")
EXERCISE_REQUIRED = ("id", "name", "summary", "position", "steps", "dose")
EXERCISE_OPTIONAL = (
    "kind",
    "targets",
    "equipment",
    "cautions",
    "image",
    "sources",
    "spine",
    "bends_backward",  # the older spelling of ``spine: backward``
)
DOSE_KEYS = ("hold", "reps", "sides", "rest")
ROUTINE_REQUIRED = ("id", "name", "summary", "purpose", "items")
MAX_ITEMS = 100
MAX_FRAMES = 2


@dataclass(frozen=True)
class LibraryDir:
    """A folder of exercise files (with routines in its ``routines/`` folder) and its origin."""

    path: Path
    origin: str  # "builtin" or "user"
    images: Path | None = None  # where shared pictures live (assets/exercises)


@dataclass(frozen=True)
class Library:
    """The loaded, immutable library, with every problem found while loading it."""

    exercises: Mapping[str, Exercise] = field(default_factory=lambda: MappingProxyType({}))
    routines: Mapping[str, Routine] = field(default_factory=lambda: MappingProxyType({}))
    problems: tuple[Problem, ...] = ()
    replaced: Mapping[str, Path] = field(default_factory=lambda: MappingProxyType({}))
    files: int = 0

    @property
    def valid(self) -> bool:
        return not self.problems

    def routine(self, routine_id: str) -> Routine:
        return self.routines[routine_id]


@dataclass(frozen=True)
class _RawItem:
    exercise_id: str
    overrides: Mapping[str, Any]
    line: int | None


@dataclass(frozen=True)
class _RawRoutine:
    id: str
    name: str
    summary: str
    purpose: str
    items: tuple[_RawItem, ...]
    path: Path
    origin: str


def _yaml_files(folder: Path, problems: list[Problem]) -> list[Path]:
    """The exercise files of ``folder`` and its ``routines/``; every skipped entry is a problem."""
    found: list[Path] = []
    for where in (folder, folder / "routines"):
        files, skipped = scan_folder(where, SUFFIXES)
        found.extend(files)
        problems.extend(skipped)
    return found


def _read(path: Path, problems: list[Problem]) -> Document | None:
    try:
        return read_yaml(path)
    except YamlFileError as exc:
        problems.append(exc.problem)
        return None


def _is_routine(doc: Document) -> bool:
    return isinstance(doc.data, dict) and "items" in doc.data and "steps" not in doc.data


def _check_dose(check: Checker, data: dict[str, Any], where: tuple, base: Dose | None) -> Dose | None:
    hold = check.duration(data, "hold", where, 1, MAX_HOLD_S, base.hold_s if base else None)
    reps = check.integer(data, "reps", where, 1, MAX_REPS, base.reps if base else 1)
    sides = check.choice(data, "sides", where, [s.value for s in Sides], base.sides if base else "none")
    rest = check.duration(data, "rest", where, 0, MAX_REST_S, base.rest_s if base else 0)
    if hold is None and "hold" not in data and base is None:
        check.report(where, "missing required key 'hold'")
    if None in (hold, reps, sides, rest):
        return None
    move = base.move if base else None  # a routine changes the numbers, never what the move is
    return Dose(hold_s=hold, reps=reps, sides=Sides(sides), rest_s=rest, move=move)  # type: ignore[arg-type]


def check_move(check: Checker, data: dict[str, Any], where: tuple) -> str | None:
    """A movement's dose wording (``move: March for {duration}``), checked; None when absent or bad."""
    move = check.text(data, "move", where, one_line=True, max_len=MAX_MOVE_LEN)
    if move is None:
        return None
    problem = move_problem(move)
    if problem:
        check.report((*where, "move"), problem)
        return None
    return move


def _check_id(check: Checker, data: dict[str, Any], path: Path) -> str | None:
    ident = check.ident(data, "id", ())
    if ident is not None and ident != path.stem:
        check.report(("id",), f"id {ident!r} must match the file name ({path.stem!r})")
        return None
    return ident


def _images(check: Checker, data: dict[str, Any], path: Path, shared: Path | None) -> tuple[Path, ...] | None:
    if "image" not in data:
        return ()
    value = data["image"]
    names = value if isinstance(value, list) else [value]
    if not names or len(names) > MAX_FRAMES or not all(isinstance(n, str) for n in names):
        check.report(
            ("image",),
            "expected a picture's file name, or a list of two (start and end of the move)",
        )
        return None
    found: list[Path] = []
    for i, name in enumerate(names):
        where = ("image", i) if isinstance(value, list) else ("image",)
        if not name or "/" in name or "\\" in name or name in (".", "..") or name.startswith("."):
            check.report(where, f"{name!r} must be a plain file name, without any folder")
            continue
        candidates = [path.parent / name] + ([shared / name] if shared else [])
        hit = next((c for c in candidates if c.is_file()), None)
        if hit is None:
            places = " or ".join(str(c.parent) for c in candidates)
            check.report(where, f"picture {name!r} not found in {places}")
            continue
        found.append(hit)
    return tuple(found) if len(found) == len(names) else None


def _spine(check: Checker, data: dict[str, Any]) -> Spine | None:
    """The ``spine`` direction, also read from the older ``bends_backward: true``."""
    value = check.choice(data, "spine", (), [s.value for s in Spine])
    backward = check.boolean(data, "bends_backward", (), False)
    if backward and value is None and "spine" not in data:
        return Spine.BACKWARD
    if backward and value in (Spine.FORWARD, Spine.NEUTRAL):
        check.report(
            ("bends_backward",),
            f"contradicts spine: {value}; write only spine (backward, or both if it bends both ways)",
        )
        return None
    return Spine(value) if value else None


def parse_exercise(
    doc: Document, origin: str, shared_images: Path | None
) -> tuple[Exercise | None, list[Problem]]:
    """Validate an exercise document; return the exercise (or None) and every problem found."""
    check = Checker(doc)
    data = check.mapping(doc.data, (), "an exercise")
    if data is None:
        return None, check.problems
    check.keys(data, (), EXERCISE_REQUIRED, EXERCISE_OPTIONAL)
    ident = _check_id(check, data, doc.path)
    name = check.text(data, "name", (), one_line=True, max_len=80)
    summary = check.text(data, "summary", (), one_line=True, max_len=200)
    position = check.choice(data, "position", (), POSITIONS)
    steps = check.text_list(data, "steps", (), required=True)
    dose = None
    if "dose" in data:
        raw = check.mapping(data["dose"], ("dose",), "a dose")
        if raw is not None:
            check.keys(raw, ("dose",), ("hold",), (*DOSE_KEYS[1:], "move"))
            dose = _check_dose(check, raw, ("dose",), None)
            move = check_move(check, raw, ("dose",))
            if dose is not None and move is not None:
                dose = replace(dose, move=move)
    kind = check.choice(data, "kind", (), KINDS)
    targets = check.text_list(data, "targets", (), words=True)
    equipment = check.text_list(data, "equipment", (), words=True)
    cautions = check.text_list(data, "cautions", ())
    sources = check.text_list(data, "sources", ())
    spine = _spine(check, data)
    images = _images(check, data, doc.path, shared_images)
    if check.problems:
        return None, check.problems
    assert ident and name and summary and position and steps and dose
    return (
        Exercise(
            id=ident,
            name=name,
            summary=summary,
            position=position,
            steps=steps,
            dose=dose,
            kind=kind,
            targets=targets or (),
            equipment=equipment or (),
            cautions=cautions or (),
            images=images or (),
            sources=sources or (),
            spine=spine or Spine.NEUTRAL,
            path=doc.path,
            origin=origin,
        ),
        [],
    )


def _parse_routine(doc: Document, origin: str) -> tuple[_RawRoutine | None, list[Problem]]:
    check = Checker(doc)
    data = check.mapping(doc.data, (), "a routine")
    if data is None:
        return None, check.problems
    check.keys(data, (), ROUTINE_REQUIRED, ())
    ident = _check_id(check, data, doc.path)
    name = check.text(data, "name", (), one_line=True, max_len=80)
    summary = check.text(data, "summary", (), one_line=True, max_len=200)
    purpose = check.choice(data, "purpose", (), PURPOSES)
    items: list[_RawItem] = []
    raw_items = data.get("items")
    if "items" in data:
        if not isinstance(raw_items, list) or not raw_items:
            check.report(("items",), "expected a non-empty list of {exercise: ID} entries")
        elif len(raw_items) > MAX_ITEMS:
            check.report(("items",), f"{len(raw_items)} items; the limit is {MAX_ITEMS}")
        else:
            for i, raw in enumerate(raw_items):
                where = ("items", i)
                entry = check.mapping(raw, where, "an item such as {exercise: knee-hug}")
                if entry is None:
                    continue
                check.keys(entry, where, ("exercise",), DOSE_KEYS)
                ex_id = check.ident(entry, "exercise", where)
                # check the override values now; they are applied once the exercise is known
                _check_dose(check, entry, where, Dose(hold_s=1))
                if ex_id:
                    overrides = {k: entry[k] for k in DOSE_KEYS if k in entry}
                    items.append(_RawItem(ex_id, MappingProxyType(overrides), doc.line(where)))
    if check.problems:
        return None, check.problems
    assert ident and name and summary and purpose
    return _RawRoutine(ident, name, summary, purpose, tuple(items), doc.path, origin), []


def _resolve(raw: _RawRoutine, exercises: Mapping[str, Exercise]) -> tuple[Routine | None, list[Problem]]:
    problems: list[Problem] = []
    items: list[RoutineItem] = []
    for raw_item in raw.items:
        exercise = exercises.get(raw_item.exercise_id)
        if exercise is None:
            import difflib

            hint = difflib.get_close_matches(raw_item.exercise_id, list(exercises), n=1)
            suffix = f"; did you mean {hint[0]!r}?" if hint else ""
            problems.append(
                Problem(
                    raw.path,
                    raw_item.line,
                    f"exercise {raw_item.exercise_id!r} does not exist{suffix}",
                )
            )
            continue
        doc = Document(raw.path, dict(raw_item.overrides), {})
        dose = _check_dose(Checker(doc), dict(raw_item.overrides), (), exercise.dose)
        assert dose is not None
        items.append(RoutineItem(exercise, dose))
    if problems:
        return None, problems
    return Routine(raw.id, raw.name, raw.summary, raw.purpose, tuple(items), raw.path, raw.origin), []


def load_library(
    dirs: Sequence[LibraryDir], extra_files: Iterable[Path] = (), lang: str | None = None
) -> Library:
    """Load every exercise and routine in ``dirs`` (later ones replace earlier ones by id).

    ``extra_files`` are single files or folders to check on top (``coach validate PATH``); they
    count as user files, except translations (files in an ``i18n/<lang>/`` folder), which are
    checked against the loaded items. Bad files are reported in ``problems`` and never stop good
    ones.

    ``lang`` (``de``, ``de_DE`` …) puts the text of each folder's ``i18n/<lang>/`` overlays on
    its items; see :func:`coach.core.library_i18n.translate`. None keeps English but checks
    every translation shipped beside the library; ``en`` keeps English and reads none.
    """
    problems: list[Problem] = []
    exercises: dict[str, Exercise] = {}
    raw_routines: dict[str, _RawRoutine] = {}
    replaced: dict[str, Path] = {}
    defined: list[dict[tuple[str, str], Any]] = [{} for _ in range(len(dirs) + 1)]
    owner: dict[tuple[str, str], int] = {}
    extra_overlays: list[Path] = []
    files = 0
    shared_images = next((d.images for d in dirs if d.images), None)

    def take(doc: Document, origin: str, seen_here: dict[tuple[str, str], Path], index: int) -> None:
        if _is_routine(doc):
            raw, found = _parse_routine(doc, origin)
            problems.extend(found)
            if raw is None:
                return
            key, target = ("routine", raw.id), raw_routines
            obj: Any = raw
        else:
            ex, found = parse_exercise(doc, origin, shared_images)
            problems.extend(found)
            if ex is None:
                return
            key, target = ("exercise", ex.id), exercises
            obj = ex
        if key in seen_here:
            problems.append(
                Problem(
                    doc.path,
                    doc.line(("id",)),
                    f"{key[0]} id {key[1]!r} is already defined in {seen_here[key]}",
                )
            )
            return
        seen_here[key] = doc.path
        if key[1] in target and target[key[1]].origin != origin:
            replaced[f"{key[0]}:{key[1]}"] = target[key[1]].path
        target[key[1]] = obj
        defined[index][key] = obj
        owner[key] = index

    for index, folder in enumerate(dirs):
        seen: dict[tuple[str, str], Path] = {}
        for path in _yaml_files(folder.path, problems):
            files += 1
            doc = _read(path, problems)
            if doc is not None:
                take(doc, folder.origin, seen, index)
    seen_extra: dict[tuple[str, str], Path] = {}
    for item in extra_files:
        for path in _expand(item, problems):
            files += 1
            if overlay_kind(path):
                extra_overlays.append(path)
                continue
            doc = _read(path, problems)
            if doc is not None:
                take(doc, "user", seen_extra, len(dirs))

    translated = translate([d.path for d in dirs], defined, owner, lang, extra_overlays)
    problems.extend(translated.problems)
    for (kind, ident), text in translated.texts.items():
        if kind == "exercise":
            exercises[ident] = text.apply(exercises[ident])
        else:
            raw_routines[ident] = text.apply(raw_routines[ident])

    routines: dict[str, Routine] = {}
    for raw in raw_routines.values():
        routine, found = _resolve(raw, exercises)
        problems.extend(found)
        if routine is not None:
            routines[raw.id] = routine
    return Library(
        exercises=MappingProxyType(dict(sorted(exercises.items()))),
        routines=MappingProxyType(dict(sorted(routines.items()))),
        problems=_unique(problems),
        replaced=MappingProxyType(replaced),
        files=files,
    )


def _expand(item: Path, problems: list[Problem]) -> list[Path]:
    """The files a ``coach validate PATH`` argument stands for; odd paths are problems."""
    if os.path.isdir(item):
        return _yaml_files(item, problems)
    try:
        check_regular(item)
    except FileNotFoundError:
        problems.append(Problem(item, None, "no such file or folder"))
        return []
    except OSError as exc:
        problems.append(Problem(item, None, f"skipped: {exc.strerror or exc}"))
        return []
    return [item]


def _unique(problems: list[Problem]) -> tuple[Problem, ...]:
    """Each problem once, however its file was named (relative, absolute, through a link)."""
    seen: set[tuple[str, int, str]] = set()
    out: list[Problem] = []
    for problem in problems:
        key = (os.path.realpath(problem.path), problem.line or 0, problem.message)
        if key not in seen:
            seen.add(key)
            out.append(problem)
    return tuple(sorted(out, key=lambda p: (str(p.path), p.line or 0, p.message)))
