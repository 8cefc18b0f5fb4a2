"""Reading and writing ``config.yaml``: defaults on first run, bad files kept aside, comments kept."""

from __future__ import annotations

import functools
import io
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import yaml

from coach.core import files
from coach.core.clock import Clock
from coach.core.errors import Problem, SettingsError
from coach.core.files import ensure_folder
from coach.core.i18n import Context
from coach.core.settings import (
    AUTO,
    DAYS,
    Settings,
    TimeRange,
    Walk,
    compact_duration,
    format_clock_time,
    hours_value,
    read_settings,
    settings_to_dict,
)
from coach.core.validation import describe_type
from coach.core.yamlfile import MAX_BYTES, Path_, YamlFileError, parse_yaml, read_yaml


@functools.cache
def _ruamel() -> SimpleNamespace | None:
    """ruamel.yaml's round-trip parts, imported on the first save (start-up never needs them).

    Round-trip editing keeps the user's comments; without ruamel.yaml (None) a save rewrites the
    template.
    """
    try:
        from ruamel.yaml import YAML
        from ruamel.yaml.comments import CommentedMap, CommentedSeq
        from ruamel.yaml.error import YAMLError
        from ruamel.yaml.scalarstring import DoubleQuotedScalarString
    except ImportError:  # pragma: no cover - depends on the installation
        return None
    return SimpleNamespace(
        YAML=YAML,
        CommentedMap=CommentedMap,
        CommentedSeq=CommentedSeq,
        YAMLError=YAMLError,
        DoubleQuotedScalarString=DoubleQuotedScalarString,
    )


def _rt() -> SimpleNamespace:
    """:func:`_ruamel`, once it is known to be installed."""
    found = _ruamel()
    assert found is not None
    return found


log = logging.getLogger(__name__)


class SettingsFile(Context):
    """The translation context of the notices about the settings file (the problems in them stay English)."""


@dataclass(frozen=True)
class LoadedSettings:
    """The settings to use and what to tell the user about the file they came from.

    ``problems`` is empty exactly when the file gave every setting without a mistake; a
    running app then keeps the settings it has (see :func:`load_settings`).
    """

    settings: Settings
    problems: tuple[Problem, ...] = ()
    notice: str | None = None  # a message for the user, when something needs saying
    created: bool = False  # the file did not exist and a commented default one was written
    readable: bool = True  # False: the file could not be read as settings at all

    @property
    def clean(self) -> bool:
        return self.readable and not self.problems


def file_signature(path: Path) -> tuple[int, int] | None:
    """``(mtime_ns, size)`` of the file, to notice an edit; None when it cannot be seen."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


# -- loading ---------------------------------------------------------------------------------


def load_settings(path: Path, clock: Clock | None = None) -> LoadedSettings:
    """Read the settings file, never failing and never changing a file that exists.

    - Missing: a commented default file is written (``created``).
    - Not readable, or not settings at all (a pipe, a folder, a syntax or encoding mistake,
      not a mapping): defaults, ``readable`` False, every problem as ``FILE:LINE: message``.
    - Readable with bad values: each bad setting uses its default.

    In every case the user's file stays byte for byte as it was. A running app that re-reads
    the file keeps the settings it has unless the result is ``clean``. ``clock`` is unused
    and kept for callers.
    """
    del clock
    path = Path(path)
    try:
        doc = read_yaml(path)
    except YamlFileError as exc:
        cause = exc.__cause__
        if isinstance(cause, FileNotFoundError) and not os.path.islink(path):
            return _create(path)
        return _unreadable(path, exc.problem)
    if doc.data is not None and not isinstance(doc.data, dict):
        problem = Problem(
            path,
            doc.line(()),
            f"expected settings as keys and values (movement_breaks: ...), got {describe_type(doc.data)}",
        )
        return _unreadable(path, problem)
    result = read_settings(doc)
    if not result.problems:
        return LoadedSettings(result.settings)
    for problem in result.problems:
        log.warning("%s", problem)
    count = len(result.problems)
    notice = SettingsFile.tr(
        "%n problem(s) in {path}. Each setting listed uses its default value instead, unknown keys "
        "are ignored, and the rest of the file applies. The file has not been changed.",
        "",
        count,
    ).format(path=path)
    notice += "\n" + "\n".join(f"  {p}" for p in result.problems)
    return LoadedSettings(result.settings, result.problems, notice)


def _unreadable(path: Path, problem: Problem) -> LoadedSettings:
    log.info("settings file not usable: %s", problem)  # the notice tells the user
    notice = SettingsFile.tr(
        "Coach cannot use its settings file:\n  {problem}\nThe file has not been changed. Until it "
        "is fixed Coach keeps the settings it has (the defaults when it has just started), and it "
        "reads the file again as soon as it is saved."
    ).format(problem=problem)
    return LoadedSettings(Settings(), (problem,), notice, readable=False)


def _create(path: Path) -> LoadedSettings:
    text = render_settings(Settings())
    try:
        atomic_write(path, text)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        log.warning("cannot create settings file %s: %s", path, reason)
        notice = SettingsFile.tr(
            "Coach could not create its settings file {path} ({reason}); using the defaults."
        ).format(path=path, reason=reason)
        return LoadedSettings(Settings(), (), notice)
    log.info("created settings file %s", path)
    return LoadedSettings(_with_source(path, text), created=True)


def _with_source(path: Path, text: str) -> Settings:
    """Defaults that know the lines of the freshly written file."""
    return read_settings(parse_yaml(text.encode("utf-8"), path)).settings


def move_aside(path: Path, clock: Clock | None = None) -> Path:
    """Rename ``path`` to ``<name>.bak-YYYYMMDD-HHMMSS`` (with ``-2``, ``-3``… if taken)."""
    when = clock.now() if clock is not None else datetime.fromtimestamp(os.stat(path).st_mtime, UTC)
    stamp = when.astimezone()
    base = f"{path.name}.bak-{stamp:%Y%m%d-%H%M%S}"
    backup = path.with_name(base)
    counter = 2
    while backup.exists() or backup.is_symlink():
        backup = path.with_name(f"{base}-{counter}")
        counter += 1
    os.rename(path, backup)
    return backup


# -- saving ----------------------------------------------------------------------------------


def save_settings(path: Path, settings: Settings, clock: Clock | None = None) -> None:
    """Write ``settings`` atomically, changing only the values that differ in an existing file.

    The user's comments, key order and spelling of unchanged values survive. A file that is
    not settings at all (a syntax mistake, a pipe, a folder) is never overwritten: the save is
    refused with the file's problem, so a file being fixed by hand is not lost. A valid file
    that cannot be edited in place is first moved aside (see :func:`move_aside`).

    Raises:
        SettingsError: when the file is broken, cannot be read to update it, or cannot be written.
    """
    path = Path(path)
    try:
        doc = read_yaml(path)
    except YamlFileError as exc:
        if not (isinstance(exc.__cause__, FileNotFoundError) and not os.path.islink(path)):
            raise SettingsError(path, [_refusal(exc.problem)]) from exc
        doc = None
    if doc is not None and doc.data is not None and not isinstance(doc.data, dict):
        problem = Problem(
            path, doc.line(()), f"expected settings as keys and values, got {describe_type(doc.data)}"
        )
        raise SettingsError(path, [_refusal(problem)])
    raw = None if doc is None else files.read_bytes(path, MAX_BYTES)
    text = None if raw is None else updated_text(path, raw, settings)
    try:
        if raw is not None and text is None and raw.strip():
            backup = move_aside(path, clock)
            log.warning("settings file could not be edited in place; kept as %s", backup)
        atomic_write(path, text if text is not None else render_settings(settings))
    except OSError as exc:
        raise SettingsError(path, [_os_problem(path, "cannot save settings", exc)]) from exc


def _refusal(problem: Problem) -> Problem:
    return Problem(
        problem.path,
        problem.line,
        f"{problem.message} (not saved: Coach does not overwrite a settings file it cannot read; "
        "fix or delete the file, then save again)",
    )


def _os_problem(path: Path, what: str, exc: OSError) -> Problem:
    return Problem(path, None, f"{what}: {exc.strerror or exc}")


def atomic_write(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` atomically, creating Coach's config folder if needed."""
    ensure_folder(Path(path).parent)
    files.atomic_write(path, text)


def updated_text(path: Path, raw: bytes, settings: Settings) -> str | None:
    """The existing file with only changed values replaced, or None if it cannot be edited."""
    if _ruamel() is None:
        log.info("ruamel.yaml is not installed; settings are saved without the user's comments")
        return None
    try:
        doc = parse_yaml(raw, path)
    except YamlFileError:
        return None
    if not isinstance(doc.data, dict):
        return None
    yaml = _round_trip()
    try:
        tree = yaml.load(raw.decode("utf-8-sig"))
    except (_rt().YAMLError, ValueError) as exc:
        log.info("cannot edit %s in place: %s", path, exc)
        return None
    if not isinstance(tree, _rt().CommentedMap):
        return None
    result = read_settings(doc)
    old = settings_to_dict(result.settings)
    source = result.settings.source
    positions = source.walk_items if source is not None else ()
    _merge(tree, settings_to_dict(settings), old, result.bad_paths, (), positions)
    out = io.StringIO()
    yaml.dump(tree, out)
    text = out.getvalue()
    try:
        check = read_settings(parse_yaml(text.encode("utf-8"), path)).settings
    except YamlFileError:
        check = None
    if check != settings:  # never write a file that would not read back as what was saved
        log.warning("editing %s in place did not give the same settings; rewriting it", path)
        return None
    return text


def _round_trip() -> Any:
    yaml = _rt().YAML()
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    return yaml


def _touched(bad: frozenset[Path_], where: Path_) -> bool:
    return any(p[: len(where)] == where for p in bad)


def _merge(
    node: Any,
    new: dict[str, Any],
    old: dict[str, Any],
    bad: frozenset[Path_],
    where: Path_,
    positions: tuple[int, ...] = (),
) -> None:
    """Write into ``node`` each value of ``new`` whose effective old value differs.

    ``old`` holds the values the file gave (defaults where it had none or a bad one),
    ``bad`` the key paths with problems, ``positions`` where each walk sits in the file.
    """
    for key, value in new.items():
        here = (*where, key)
        if key in old and old[key] == value and not _touched(bad, here):
            continue  # unchanged: keep the user's spelling, or keep it left out
        current = node.get(key)
        if isinstance(value, dict) and isinstance(current, _rt().CommentedMap) and here not in bad:
            previous = old.get(key)
            _merge(current, value, previous if isinstance(previous, dict) else {}, bad, here)
        elif key == "walks" and isinstance(current, _rt().CommentedSeq) and here not in bad:
            _merge_walks(current, value, old.get("walks") or [], bad, positions)
        else:
            node[key] = _to_yaml(value, key)


def _merge_walks(
    seq: Any,
    walks: list[dict[str, Any]],
    old: list[dict[str, Any]],
    bad: frozenset[Path_],
    positions: tuple[int, ...],
) -> None:
    """Edit walk ``i`` where the file has it; drop entries no longer used; append new ones.

    Entries the loader left out (such as one with a bad time) are not among the saved
    walks, so they are removed.
    """
    keep = positions[: len(walks)]
    for position in sorted(set(range(len(seq))) - set(keep), reverse=True):
        del seq[position]
    for i, walk in enumerate(walks):
        if i < len(keep):
            _merge(seq[i], walk, old[i] if i < len(old) else {}, bad, ("walks", keep[i]))
        else:
            seq.append(_to_yaml(walk, "walks"))


def _to_yaml(value: Any, key: str | int) -> Any:
    """A ruamel node for a plain value, quoted and styled as the template writes it."""
    if isinstance(value, dict):
        node = _rt().CommentedMap()
        for k, v in value.items():
            node[k] = _to_yaml(v, k)
        return node
    if isinstance(value, list):
        seq = _rt().CommentedSeq(_to_yaml(v, key) for v in value)
        if key != "walks":
            seq.fa.set_flow_style()
        return seq
    if isinstance(value, str) and needs_quotes(value) and not _day_off(key, value):
        return _rt().DoubleQuotedScalarString(value)
    return value


def _day_off(key: str | int, value: str) -> bool:
    """``mon: off`` stays plain: read as false, it still means a day without working hours."""
    return key in DAYS and value == "off"


# -- the commented template ------------------------------------------------------------------


def render_settings(settings: Settings) -> str:
    """The whole file, with a comment on every setting, for a person editing it by hand."""
    mb = settings.movement_breaks
    hours = "\n".join(f"  {day}: {_hours(settings.working_hours.on(day))}" for day in DAYS)
    walks = "\n".join(_render_walk(w) for w in settings.walks) if settings.walks else ""
    return f"""\
# Coach settings.
#
# Coach reads this file when it starts and again whenever it changes. If a value
# has a mistake, Coach says which line, uses the default for that one setting
# and keeps the rest. Delete the file to start again from the defaults.
#
# Durations: 30s, 5m, 1m30s, 1h, or a whole number of seconds.
# Times: "HH:MM" on a 24-hour clock. Days: mon tue wed thu fri sat sun.

movement_breaks:
  # Time spent sitting before Coach suggests getting up (1m to 4h).
  every: {compact_duration(mb.every_s)}
  # The routine a break runs: an id from `coach list`.
  routine: {_flow(mb.routine)}
  # How a break asks for your attention:
  #   notify  - a desktop notification only
  #   prompt  - a small window: start now, later, or skip
  #   overlay - a reminder over the whole screen
  style: {mb.style}
  # A heads-up this long before each break; 0 for none (up to 10m, less than every).
  notice: {compact_duration(mb.notice_s)}
  # "Later" puts a break off by this long (1m to 2h).
  postpone: {compact_duration(mb.postpone_s)}
  # How many times in a row a break can be put off (0 to 10).
  max_postpones: {mb.max_postpones}
  # With no keyboard or mouse input for this long you count as away from the desk,
  # and being away starts the sitting time again (1m to 2h).
  away_after: {compact_duration(mb.away_after_s)}

# Coach only prompts during these hours. A day that is off, or left out, has none.
# For a split day give a list: mon: ["08:00-12:00", "13:00-17:00"]
working_hours:
{hours}

# Walks, each with optional reminders before it: a heat pack on first, then a
# short warm-up. Each reminder comes up to 1h before the walk; 0 turns it off.
# For no walks at all, write: walks: []
walks:{"" if settings.walks else " []"}
{walks}
# Sounds for prompts and during routines.
sounds: {_flow(settings.sounds)}
# Read the steps aloud, where the computer has a speech engine.
voice: {_flow(settings.voice)}
# true if bending forward makes your back or leg pain worse: Coach then leaves
# out the exercises that bend the spine forward.
avoid_forward_bending: {_flow(settings.avoid_forward_bending)}
# true if bending backward makes your back or leg pain worse: Coach then leaves
# out the exercises that arch the spine backward.
avoid_backward_bending: {_flow(settings.avoid_backward_bending)}
# Still pictures in the player instead of a moving figure: true, false, or auto
# (auto follows the desktop: still pictures when it turns animations off).
still_pictures: {_flow(AUTO if settings.still_pictures is None else settings.still_pictures)}
"""


def _render_walk(walk: Walk) -> str:
    rows = [
        ("at", f'"{format_clock_time(walk.at)}"', "when the walk starts"),
        ("days", _flow(list(walk.days)), "the days it happens"),
        ("minutes", str(walk.minutes), "how long it lasts (1 to 300)"),
        (
            "heat_pack_before",
            _flow(compact_duration(walk.heat_pack_before_s)),
            "heat pack reminder this long before (0 = none)",
        ),
        (
            "warm_up_before",
            _flow(compact_duration(walk.warm_up_before_s)),
            "warm-up reminder this long before (0 = none)",
        ),
        ("warm_up_routine", _flow(walk.warm_up_routine), "the routine the warm-up runs"),
    ]
    lines = []
    for i, (key, value, comment) in enumerate(rows):
        lead = "  - " if i == 0 else "    "
        lines.append(f"{lead + key + ': ' + value:<36}  # {comment}")
    return "\n".join(lines) + "\n"


def _hours(ranges: tuple[TimeRange, ...]) -> str:
    return _flow(hours_value(ranges)) if ranges else "off"


def _flow(value: Any) -> str:
    """A value as inline YAML text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    if isinstance(value, str) and needs_quotes(value):
        return f'"{value}"'
    return str(value)


def needs_quotes(text: str) -> bool:
    """Whether ``text`` is quoted: if plain it would read back as something else, or a time."""
    if ":" in text:  # times and ranges: quoted, as the template writes them
        return True
    try:
        return yaml.safe_load(text) != text
    except yaml.YAMLError:
        return True
