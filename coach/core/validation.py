"""Field checks shared by the exercise, routine and settings loaders, collecting every problem."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from coach.core.durations import DurationError, parse_duration
from coach.core.errors import Problem
from coach.core.terminal import control_characters
from coach.core.yamlfile import Document, Path_

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def describe_type(value: object) -> str:
    """Name the type of a YAML value the way a person writing YAML thinks of it."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def dotted(where: Path_) -> str:
    out = ""
    for part in where:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


class Checker:
    """Reads fields out of a :class:`Document`, recording a problem for each bad one."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.problems: list[Problem] = []

    def report(self, where: Path_, message: str) -> None:
        label = dotted(where)
        self.problems.append(
            Problem(self.doc.path, self.doc.line(where), f"{label}: {message}" if label else message)
        )

    def printable(self, text: str, where: Path_, *, allow_newlines: bool = False) -> bool:
        """False (and a problem) when ``text`` holds control characters a terminal would obey."""
        found = control_characters(text, allow_newlines=allow_newlines)
        if found:
            self.report(where, f"contains control characters ({', '.join(dict.fromkeys(found))}); remove them")
        return not found

    # -- structure ---------------------------------------------------------------------------

    def mapping(self, value: Any, where: Path_, what: str) -> dict[str, Any] | None:
        if isinstance(value, dict):
            return value
        self.report(where, f"expected {what} (a mapping of keys), got {describe_type(value)}")
        return None

    def keys(
        self,
        data: dict[str, Any],
        where: Path_,
        required: Sequence[str],
        optional: Sequence[str],
    ) -> None:
        allowed = [*required, *optional]
        for key in data:
            if key not in allowed:
                import difflib  # only when a key is unknown

                hint = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
                suffix = f"; did you mean {hint[0]!r}?" if hint else f"; known keys: {', '.join(allowed)}"
                self.report((*where, key), f"unknown key {key!r}{suffix}")
        for key in required:
            if key not in data:
                self.report(where, f"missing required key {key!r}")

    # -- values ------------------------------------------------------------------------------

    def text(
        self,
        data: dict[str, Any],
        key: str,
        where: Path_,
        *,
        one_line: bool = False,
        max_len: int = 2000,
    ) -> str | None:
        if key not in data:
            return None
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.report((*where, key), f"expected text, got {describe_type(value)}")
            return None
        text = str(value).strip()
        if not text:
            self.report((*where, key), "must not be empty")
            return None
        if one_line and "\n" in text:
            self.report((*where, key), "must be a single line")
            return None
        if not self.printable(text, (*where, key), allow_newlines=not one_line):
            return None
        if len(text) > max_len:
            self.report((*where, key), f"is {len(text)} characters long; the limit is {max_len}")
            return None
        return text

    def ident(self, data: dict[str, Any], key: str, where: Path_) -> str | None:
        value = data.get(key)
        if key not in data:
            return None
        if not isinstance(value, str) or not ID_PATTERN.fullmatch(value) or len(value) > 80:
            self.report(
                (*where, key),
                f"{value!r} is not a valid id; use lowercase letters, digits and single hyphens",
            )
            return None
        return value

    def choice(
        self,
        data: dict[str, Any],
        key: str,
        where: Path_,
        choices: Iterable[str],
        default: str | None = None,
    ) -> str | None:
        if key not in data:
            return default
        value = data[key]
        options = list(choices)
        if isinstance(value, str) and value in options:
            return value
        import difflib

        hint = difflib.get_close_matches(str(value), options, n=1, cutoff=0.6)
        suffix = f"; did you mean {hint[0]!r}?" if hint else ""
        self.report((*where, key), f"{value!r} is not one of: {', '.join(options)}{suffix}")
        return None

    def text_list(
        self,
        data: dict[str, Any],
        key: str,
        where: Path_,
        *,
        required: bool = False,
        words: bool = False,
    ) -> tuple[str, ...] | None:
        if key not in data:
            return None if required else ()
        value = data[key]
        if not isinstance(value, list):
            self.report((*where, key), f"expected a list, got {describe_type(value)}")
            return None
        if required and not value:
            self.report((*where, key), "must list at least one entry")
            return None
        out: list[str] = []
        ok = True
        for i, entry in enumerate(value):
            if isinstance(entry, bool) or not isinstance(entry, str | int | float) or not str(entry).strip():
                self.report((*where, key, i), f"expected text, got {describe_type(entry)}")
                ok = False
                continue
            entry = str(entry).strip()
            if not self.printable(entry, (*where, key, i)):
                ok = False
                continue
            if words and not re.fullmatch(r"[\w][\w \-]*", entry):
                self.report((*where, key, i), f"{entry!r} should be a word or short phrase")
                ok = False
                continue
            out.append(entry)
        return tuple(out) if ok else None

    def integer(
        self,
        data: dict[str, Any],
        key: str,
        where: Path_,
        lo: int,
        hi: int,
        default: int | None = None,
    ) -> int | None:
        if key not in data:
            return default
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.report((*where, key), f"expected a whole number, got {describe_type(value)}")
            return None
        if not lo <= value <= hi:
            self.report((*where, key), f"{value} is out of range ({lo}–{hi})")
            return None
        return value

    def boolean(self, data: dict[str, Any], key: str, where: Path_, default: bool) -> bool | None:
        if key not in data:
            return default
        value = data[key]
        if not isinstance(value, bool):
            self.report((*where, key), f"expected true or false, got {describe_type(value)}")
            return None
        return value

    def duration(
        self,
        data: dict[str, Any],
        key: str,
        where: Path_,
        lo: int,
        hi: int,
        default: int | None = None,
    ) -> int | None:
        if key not in data:
            return default
        try:
            seconds = parse_duration(data[key])
        except DurationError as exc:
            self.report((*where, key), str(exc))
            return None
        if not lo <= seconds <= hi:
            from coach.core.durations import format_duration

            self.report(
                (*where, key),
                f"{format_duration(seconds)} is out of range "
                f"({format_duration(lo)} to {format_duration(hi)})",
            )
            return None
        return seconds
