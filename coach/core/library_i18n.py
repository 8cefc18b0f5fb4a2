"""Translated library text: overlay files in ``i18n/<lang>/`` that replace an item's words only."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from coach.core.errors import Problem
from coach.core.files import scan_folder
from coach.core.model import MAX_MOVE_LEN, Exercise, move_problem
from coach.core.validation import Checker
from coach.core.yamlfile import Document, YamlFileError, read_yaml

log = logging.getLogger(__name__)

I18N = "i18n"
ENGLISH = "en"
SUFFIXES = (".yaml", ".yml")
EXERCISE_REQUIRED = ("id", "name", "summary", "steps")
EXERCISE_OPTIONAL = ("cautions", "targets", "equipment", "move")  # move: the dose's movement wording
ROUTINE_REQUIRED = ("id", "name", "summary")
_LANG = re.compile(r"[a-z]{2,3}")

Key = tuple[str, str]  # ("exercise" | "routine", id)
T = TypeVar("T")


def language_code(locale: str | None) -> str | None:
    """The language part of a locale name: ``de`` for ``de``, ``de_DE``, ``de-AT`` or ``de_DE.UTF-8``.

    None for an empty name or one without a language, such as ``C`` or ``POSIX``.
    """
    if not locale:
        return None
    code = re.split(r"[_\-.@]", locale.strip(), maxsplit=1)[0].lower()
    return code if _LANG.fullmatch(code) else None


@dataclass(frozen=True)
class Text:
    """The words of one exercise or routine in another language; None keeps the English."""

    name: str
    summary: str
    steps: tuple[str, ...] | None = None
    cautions: tuple[str, ...] | None = None
    targets: tuple[str, ...] | None = None
    equipment: tuple[str, ...] | None = None
    move: str | None = None

    def apply(self, item: T) -> T:
        """``item`` (an exercise or a routine) with these words; its id and everything else kept."""
        fields = {k: v for k, v in vars(self).items() if v is not None and k != "move"}
        if self.move is not None and isinstance(item, Exercise):
            fields["dose"] = replace(item.dose, move=self.move)
        return replace(item, **fields)  # type: ignore[type-var]


def overlay_kind(path: Path) -> str | None:
    """``exercise`` or ``routine`` when ``path`` lies in an ``i18n/<lang>/`` folder, else None."""
    folder = path.parent
    if folder.name == "routines" and folder.parent.parent.name == I18N:
        return "routine"
    if folder.parent.name == I18N:
        return "exercise"
    return None


def _yaml_files(folder: Path) -> list[Path]:
    """Overlay files, with odd entries (pipes, bad links) kept so that reading them reports them."""
    files, skipped = scan_folder(folder, SUFFIXES)
    return sorted([*files, *(p.path for p in skipped if p.path != folder)])


def _languages(folder: Path) -> list[str]:
    try:
        return sorted(p.name for p in (folder / I18N).iterdir() if p.is_dir())
    except OSError:
        return []


def overlay_files(folder: Path, lang: str) -> list[Path]:
    """The overlay files of library ``folder`` for ``lang``: exercises, then routines."""
    base = folder / I18N / lang
    return [*_yaml_files(base), *_yaml_files(base / "routines")]


def _has_english_file(folder: Path, key: Key) -> bool:
    base = folder / "routines" if key[0] == "routine" else folder
    return any((base / f"{key[1]}{suffix}").is_file() for suffix in SUFFIXES)


def parse_text(
    doc: Document, kind: str, english: Any | None, known: Iterable[str]
) -> tuple[Text | None, list[Problem]]:
    """Check an overlay against the ``english`` item it translates (None: there is none)."""
    check = Checker(doc)
    data = check.mapping(
        doc.data, (), f"the translation of {'a routine' if kind == 'routine' else 'an exercise'}"
    )
    if data is None:
        return None, check.problems
    if kind == "routine":
        check.keys(data, (), ROUTINE_REQUIRED, ())
    else:
        check.keys(data, (), EXERCISE_REQUIRED, EXERCISE_OPTIONAL)
    ident = check.ident(data, "id", ())
    if ident is not None and ident != doc.path.stem:
        check.report(("id",), f"id {ident!r} must match the file name ({doc.path.stem!r})")
    elif ident is not None and english is None:
        import difflib

        hint = difflib.get_close_matches(ident, list(known), n=1)
        suffix = f"; did you mean {hint[0]!r}?" if hint else ""
        check.report(("id",), f"there is no {kind} {ident!r} to translate{suffix}")
    name = check.text(data, "name", (), one_line=True, max_len=80)
    summary = check.text(data, "summary", (), one_line=True, max_len=200)
    if kind == "routine":
        if check.problems:
            return None, check.problems
        assert name and summary
        return Text(name, summary), []
    steps = check.text_list(data, "steps", (), required=True)
    cautions = check.text_list(data, "cautions", ())
    targets = check.text_list(data, "targets", (), words=True) if "targets" in data else None
    equipment = check.text_list(data, "equipment", (), words=True) if "equipment" in data else None
    move = _move(check, data, english)
    if isinstance(english, Exercise):
        _same_count(check, "steps", steps, english.steps, data)
        _same_count(check, "cautions", cautions, english.cautions, data)
    if check.problems:
        return None, check.problems
    assert name and summary and steps is not None
    return Text(name, summary, steps, cautions, targets, equipment, move), []


def _move(check: Checker, data: dict[str, Any], english: Any | None) -> str | None:
    """The translated movement wording, which needs an English one to translate."""
    move = check.text(data, "move", (), one_line=True, max_len=MAX_MOVE_LEN)
    if move is None:
        if "move" not in data and isinstance(english, Exercise) and english.dose.move is not None:
            check.report((), f"missing key 'move': translate the English {english.dose.move!r}")
        return None
    problem = move_problem(move)
    if problem:
        check.report(("move",), problem)
        return None
    if isinstance(english, Exercise) and english.dose.move is None:
        check.report(("move",), "the English has no dose.move to translate; leave this key out")
        return None
    return move


def _same_count(
    check: Checker,
    key: str,
    got: tuple[str, ...] | None,
    english: tuple[str, ...],
    data: dict[str, Any],
) -> None:
    if got is None or len(got) == len(english):
        return
    if key not in data:
        check.report((), f"missing key {key!r}: the English has {len(english)}; translate every one")
        return
    check.report(
        (key,),
        f"{len(got)} given, but the English has {len(english)}; translate every one, in the same order",
    )


@dataclass
class Translations:
    """The overlays found for a library: the words to apply, and every broken file."""

    texts: dict[Key, Text]
    problems: list[Problem]


def translate(
    folders: Sequence[Path],
    defined: Sequence[Mapping[Key, Any]],
    owner: Mapping[Key, int],
    lang: str | None,
    extra: Iterable[Path] = (),
) -> Translations:
    """Check the overlays of each library folder and collect those to apply.

    Args:
        folders: the library folders, in loading order.
        defined: for each folder (and then for the extra files), the items it defined by key.
        owner: for each loaded item, the index in ``defined`` of the one that won.
        lang: ``de``, ``de_DE`` …: check that language's overlays and apply them; None: check
            every language's overlays (``coach validate``) and apply none; ``en`` or a name
            without a language: English, nothing read.
        extra: overlay files named on the command line; checked against the loaded items.

    An overlay in folder ``i`` checks against that folder's own item, or against an item of an
    earlier folder (a user's translation of a built-in exercise); it applies while that item is
    the one loaded. A missing overlay is not a problem: the English stays.
    """
    out = Translations({}, [])
    code = language_code(lang)
    if lang is not None and code in (None, ENGLISH):
        return out
    final = {key: defined[index][key] for key, index in owner.items()}
    for index, folder in enumerate(folders):
        for language in [code] if code else _languages(folder):
            seen: dict[Key, Path] = {}
            for path in overlay_files(folder, language):
                key = (overlay_kind(path) or "exercise", path.stem)
                english = defined[index].get(key)
                if english is None and owner.get(key, index) < index:
                    english = final[key]
                if english is None and _has_english_file(folder, key):
                    continue  # the English file is broken and already reported
                text = _read_text(path, key, english, final, seen, out.problems)
                if text is not None and code and owner.get(key, index + 1) <= index:
                    out.texts[key] = text
    seen_extra: dict[Key, Path] = {}
    for path in extra:
        key = (overlay_kind(path) or "exercise", path.stem)
        _read_text(path, key, final.get(key), final, seen_extra, out.problems)
    if out.texts:
        log.debug("library text in %s for %d items", code, len(out.texts))
    return out


def _read_text(
    path: Path,
    key: Key,
    english: Any | None,
    final: Mapping[Key, Any],
    seen: dict[Key, Path],
    problems: list[Problem],
) -> Text | None:
    try:
        doc = read_yaml(path)
    except YamlFileError as exc:
        problems.append(exc.problem)
        return None
    known = [ident for kind, ident in final if kind == key[0]]
    text, found = parse_text(doc, key[0], english, known)
    problems.extend(found)
    if text is None:
        return None
    if key in seen:
        problems.append(
            Problem(path, doc.line(("id",)), f"{key[0]} {key[1]!r} is already translated in {seen[key]}")
        )
        return None
    seen[key] = path
    return text
