"""A large, valid exercise library (1,000 exercises and 100 routines by default) for scale tests.

``write_library(folder)`` writes exercise files into ``folder`` and routines into
``folder/routines`` in the documented format, so that ``coach validate`` finds every file
valid. Pictures name the built-in ones, which the loader finds in Coach's assets. Run
``python -m coach.tools.bench_library FOLDER [--exercises N] [--routines N]``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import yaml

from coach import paths

POSITIONS = ("standing", "seated", "lying", "kneeling", "hands-and-knees", "any")
KINDS = ("stretch", "mobility", "strength", "massage", "heat", "walk")
PURPOSES = ("movement-break", "warm-up", "walk-break", "heat", "session")
SIDES = ("none", "each", "alternate")
TARGETS = ("lower back", "hips", "hamstrings", "glutes", "tummy muscles", "upper back", "calves")
EQUIPMENT = ("mat", "chair", "towel", "wall", "tennis ball", "cushion")
VERBS = ("Reach", "Lean", "Tilt", "Roll", "Press", "Draw", "Lift", "Turn", "Lower", "Sway")
PARTS = ("hips", "knees", "shoulders", "pelvis", "chest", "arms", "heels", "chin")
WORDS = ("gentle", "slow", "seated", "standing", "deep", "easy", "supported", "side", "low", "long")
MOVES = ("stretch", "tilt", "twist", "reach", "hold", "roll", "hinge", "press", "lift", "sway")


def _sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(VERBS)} your {rng.choice(PARTS)} {rng.choice(('slowly', 'gently', 'smoothly'))} "
        f"and keep your {rng.choice(PARTS)} {rng.choice(('still', 'relaxed', 'level', 'soft'))}."
    )


def _pictures() -> list[str]:
    folder = paths.assets_dir() / "exercises"
    return sorted(p.name for p in folder.glob("*.svg")) if folder.is_dir() else []


def exercise_data(rng: random.Random, index: int, pictures: list[str]) -> dict:
    """One valid exercise mapping, varied by ``rng``."""
    name = f"{rng.choice(WORDS).capitalize()} {rng.choice(PARTS)} {rng.choice(MOVES)} {index}"
    dose: dict = {"hold": f"{rng.choice((5, 10, 15, 20, 30))}s", "reps": rng.randint(1, 10)}
    if rng.random() < 0.5:
        dose["sides"] = rng.choice(SIDES)
    if rng.random() < 0.4:
        dose["rest"] = f"{rng.choice((3, 5, 10))}s"
    data: dict = {
        "id": f"bench-exercise-{index:04d}",
        "name": name,
        "summary": _sentence(rng),
        "position": rng.choice(POSITIONS),
        "kind": rng.choice(KINDS),
        "targets": rng.sample(TARGETS, rng.randint(1, 3)),
        "equipment": rng.sample(EQUIPMENT, rng.randint(0, 2)),
        "steps": [_sentence(rng) for _ in range(rng.randint(3, 6))],
        "dose": dose,
        "cautions": [_sentence(rng) for _ in range(rng.randint(0, 3))],
        "sources": ["Generated for the Coach benchmark"],
        "bends_backward": rng.random() < 0.15,
    }
    if pictures and rng.random() < 0.8:
        data["image"] = rng.choice(pictures) if rng.random() < 0.7 else rng.sample(pictures, 2)
    return data


def routine_data(rng: random.Random, index: int, exercise_ids: list[str]) -> dict:
    """One valid routine mapping of 3 to 12 items, some with dose overrides."""
    items: list[dict] = []
    for ident in rng.sample(exercise_ids, rng.randint(3, min(12, len(exercise_ids)))):
        item: dict = {"exercise": ident}
        if rng.random() < 0.3:
            item["reps"] = rng.randint(1, 8)
        if rng.random() < 0.2:
            item["hold"] = f"{rng.choice((5, 10, 20))}s"
        items.append(item)
    return {
        "id": f"bench-routine-{index:03d}",
        "name": f"Benchmark routine {index}",
        "summary": _sentence(rng),
        "purpose": rng.choice(PURPOSES),
        "items": items,
    }


def write_library(folder: Path | str, exercises: int = 1000, routines: int = 100, seed: int = 1) -> Path:
    """Write ``exercises`` exercise files and ``routines`` routine files into ``folder``."""
    folder = Path(folder)
    (folder / "routines").mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    pictures = _pictures()
    ids: list[str] = []
    for index in range(1, exercises + 1):
        data = exercise_data(rng, index, pictures)
        ids.append(data["id"])
        _dump(folder / f"{data['id']}.yaml", data)
    for index in range(1, routines + 1 if ids else 1):
        data = routine_data(rng, index, ids)
        _dump(folder / "routines" / f"{data['id']}.yaml", data)
    return folder


def _dump(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m coach.tools.bench_library", description=__doc__)
    parser.add_argument("folder", metavar="FOLDER", help="where to write (e.g. COACH_HOME/data/exercises)")
    parser.add_argument("--exercises", type=int, default=1000)
    parser.add_argument("--routines", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    write_library(args.folder, args.exercises, args.routines, args.seed)
    print(f"{args.exercises} exercises and {args.routines} routines written to {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
