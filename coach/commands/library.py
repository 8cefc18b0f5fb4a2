"""``coach validate`` and ``coach list``: checking and listing the exercise library."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from coach import paths
from coach.core.durations import format_duration
from coach.core.library import Library, load_library
from coach.core.library_cache import load_cached
from coach.core.terminal import safe


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def validate(targets: list[str]) -> int:
    """Check the library (or the given files and folders); 0 when all is valid, 1 otherwise."""
    extra = [Path(t) for t in targets]
    if extra:
        library = load_library(paths.library_dirs(), extra)
    else:
        library = load_cached(paths.library_dirs(), paths.library_cache_path())
    exercises, routines, problems = (
        list(library.exercises.values()),
        list(library.routines.values()),
        library.problems,
    )
    if extra:  # report on what the user asked about; the rest of the library only gives context
        wanted = {os.path.realpath(t) for t in extra}
        for t in extra:
            if os.path.isdir(t):
                wanted.update(os.path.realpath(p) for p in [*t.glob("*"), *t.glob("routines/*")])
        exercises = [e for e in exercises if e.path and os.path.realpath(e.path) in wanted]
        routines = [r for r in routines if r.path and os.path.realpath(r.path) in wanted]
        problems = tuple(p for p in problems if os.path.realpath(p.path) in wanted)
    for problem in problems:
        print(safe(problem))
    counts = f"{_plural(len(exercises), 'exercise')}, {_plural(len(routines), 'routine')}"
    if problems:
        files = len({p.path for p in problems})
        print(f"{counts}: {_plural(len(problems), 'problem')} in {_plural(files, 'file')}")
        return 1
    print(f"{counts}: all valid")
    return 0


def list_library(as_json: bool, lang: str | None = None) -> int:
    """Print exercises and routines (their words in ``lang``); problems in files go to stderr."""
    library = load_cached(paths.library_dirs(), paths.library_cache_path(), lang)
    for problem in library.problems:
        print(safe(problem), file=sys.stderr)
    rows = rows_of(library)
    if as_json:  # one write: json.dump with indent writes every fragment on its own
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return 0
    for kind, title in (("exercise", "Exercises"), ("routine", "Routines")):
        print(f"{title}:")
        for row in (r for r in rows if r["type"] == kind):
            origin = "" if row["origin"] == "builtin" else f"  [{row['origin']}]"
            if row.get("replaces"):
                origin += " (replaces the built-in one)"
            line = f"  {row['id']:<30} {format_duration(row['duration_s']):>12}  {row['name']}"
            if row.get("dose"):
                line += f" · {row['dose']}"
            line += origin
            print(safe(line))
    return 0


def rows_of(library: Library) -> list[dict]:
    """One JSON-ready row per exercise and routine."""
    rows: list[dict] = []
    for ex in library.exercises.values():
        rows.append(
            {
                "id": ex.id,
                "name": ex.name,
                "type": "exercise",
                "kind": ex.kind,
                "position": ex.position,
                "spine": str(ex.spine),
                "duration_s": ex.duration_s,
                "dose": ex.dose.describe(),
                "moving": ex.dose.moving,
                "origin": ex.origin,
                "path": str(ex.path),
                "replaces": str(library.replaced.get(f"exercise:{ex.id}") or "") or None,
            }
        )
    for routine in library.routines.values():
        rows.append(
            {
                "id": routine.id,
                "name": routine.name,
                "type": "routine",
                "purpose": routine.purpose,
                "bends": [d for d, b in (("forward", routine.bends_forward), ("backward", routine.bends_backward)) if b],
                "duration_s": routine.duration_s,
                "origin": routine.origin,
                "path": str(routine.path),
                "exercises": [item.exercise.id for item in routine.items],
                "replaces": str(library.replaced.get(f"routine:{routine.id}") or "") or None,
            }
        )
    return rows


def check_routine_id(routine_id: str) -> int:
    """0 if ``routine_id`` names a routine or exercise; otherwise list the known ones and return 2."""
    library = load_cached(paths.library_dirs(), paths.library_cache_path())
    if routine_id in library.routines or routine_id in library.exercises:
        return 0
    print(f"coach: no routine or exercise called {routine_id!r}.", file=sys.stderr)
    print("Routines: " + ", ".join(library.routines), file=sys.stderr)
    print("Exercises: " + ", ".join(library.exercises), file=sys.stderr)
    return 2
