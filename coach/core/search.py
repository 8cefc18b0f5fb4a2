"""Searching and filtering the library: what the library browser and `coach list` match on, and in which order."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from coach.core.model import FLOOR_POSITIONS, Exercise, Routine

NO_FLOOR = "no-floor"  # a position filter: standing, seated or any
_WORD = re.compile(r"\w+")

# How well a search text matches an entry, best first (see Filters.rank).
NAME_IS = 0  # the name is the text
NAME_STARTS = 1  # the name starts with the text
NAME_WORDS_START = 2  # every word of the text starts a word of the name
NAME_CONTAINS = 3  # the name contains the text
ELSEWHERE = 4  # the text is found in the summary, targets, steps...


def fold(text: str) -> str:
    """``text`` for matching: case-folded and without accents (``Rücken`` → ``rucken``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Entry:
    """A row of the library browser: an exercise or a routine, with what it is searched by.

    The item's name is the one shown (translated when the library was loaded in another language).
    """

    item: Exercise | Routine

    @property
    def is_routine(self) -> bool:
        return isinstance(self.item, Routine)

    @cached_property
    def haystack(self) -> str:
        item = self.item
        if isinstance(item, Routine):
            parts = [item.name, item.summary, item.purpose, item.id]
            for entry in item.items:
                parts += [entry.exercise.name, *entry.exercise.targets]
        else:
            parts = [item.name, item.summary, item.id, item.position, item.kind or "", *item.targets,
                     *item.equipment, *item.steps]  # fmt: skip
        return fold(" ".join(parts))

    @cached_property
    def name(self) -> str:
        """The folded name, its words separated by single spaces (``Cat-cow`` → ``cat cow``)."""
        return " ".join(_WORD.findall(fold(self.item.name)))

    @cached_property
    def positions(self) -> frozenset[str]:
        item = self.item
        if isinstance(item, Routine):
            return frozenset(entry.exercise.position for entry in item.items)
        return frozenset({item.position})


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the library to; empty strings mean "any"."""

    text: str = ""
    position: str = ""  # a position, NO_FLOOR, or ""
    kind: str = ""  # exercises of this kind only
    purpose: str = ""  # routines of this purpose only
    avoid_backward_bending: bool = False
    avoid_forward_bending: bool = False

    @cached_property
    def words(self) -> list[str]:
        """The search text's words, folded."""
        return _WORD.findall(fold(self.text))

    def accepts(self, entry: Entry) -> bool:
        item = entry.item
        if self.kind and (entry.is_routine or item.kind != self.kind):  # type: ignore[union-attr]
            return False
        if self.purpose and (not entry.is_routine or item.purpose != self.purpose):  # type: ignore[union-attr]
            return False
        if self.position == NO_FLOOR:
            if entry.positions & FLOOR_POSITIONS:
                return False
        elif self.position and self.position not in entry.positions:
            return False
        if self.avoid_backward_bending and item.bends_backward:
            return False
        if self.avoid_forward_bending and item.bends_forward:
            return False
        return all(word in entry.haystack for word in self.words)

    def rank(self, entry: Entry) -> int:
        """How well the search text matches ``entry``'s name, from ``NAME_IS`` (best) to ``ELSEWHERE``.

        Without a search text every entry ranks the same.
        """
        if not self.words:
            return NAME_IS
        text, name = " ".join(self.words), entry.name
        if name == text:
            return NAME_IS
        if name.startswith(text):
            return NAME_STARTS
        name_words = name.split()
        if all(any(w.startswith(word) for w in name_words) for word in self.words):
            return NAME_WORDS_START
        if text in name:
            return NAME_CONTAINS
        return ELSEWHERE


def search(entries: Iterable[Entry], filters: Filters) -> list[Entry]:
    """The entries ``filters`` accepts, best matches of the name first, else in the order given."""
    return sorted((e for e in entries if filters.accepts(e)), key=filters.rank)
