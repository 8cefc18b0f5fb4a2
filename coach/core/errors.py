"""The exception hierarchy of Coach and the problem records its loaders report."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a user-editable file, located as precisely as the file allows."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.message}"


class CoachError(Exception):
    """Base of every error Coach raises on purpose."""


class DataFileError(CoachError):
    """A YAML file (exercise, routine or settings) has one or more problems."""

    def __init__(self, path: Path, problems: Iterable[Problem]) -> None:
        self.path = path
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems) or f"{path}: invalid")


class ExerciseFileError(DataFileError):
    """An exercise or routine file is unreadable or invalid."""


class SettingsError(DataFileError):
    """The settings file is unreadable or invalid."""


class SessionLogError(CoachError):
    """The session log cannot be opened or written."""
