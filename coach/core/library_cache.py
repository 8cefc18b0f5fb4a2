"""A cache of the loaded library, valid while no library file or folder has changed.

Loading 1,000 exercise files takes most of a second; reading the cache takes a few
milliseconds. The cache is keyed by the size, modification time and inode of every file the
loader reads and of every folder it lists (adding, removing or renaming a file changes its
folder), by the pictures folder, by the loader's own source files and by Coach's version. It is
never trusted blindly: a cache file that is not the user's own, is open to others, is corrupt,
or holds anything but library data is ignored and rewritten. Files changed too recently to be
told apart by their time stamps are never cached (the "racy" case git also guards against).
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import io
import logging
import os
import pickle
import stat
import sys
from collections.abc import Sequence
from pathlib import Path, PurePath
from types import MappingProxyType
from typing import Any

import coach
from coach.core import errors, model
from coach.core.files import atomic_path, ensure_folder
from coach.core.library import SUFFIXES, Library, LibraryDir, load_library
from coach.core.library_i18n import I18N

log = logging.getLogger(__name__)

FORMAT = 1
MAX_BYTES = 64 * 1024 * 1024
RACY_NS = 2_000_000_000  # files changed this close to the cache's own time stamp are not cached
_MAGIC = b"coach-library-cache\n"
_LOADER = ("library", "library_i18n", "model", "validation", "yamlfile", "errors", "durations")
_LOADER += ("files", "terminal")
_CODE = [  # the loader's own source: a changed loader may read the same files differently
    Path(__file__).with_name(f"{name}.py")
    for name in _LOADER
] + [Path(__file__)]

Stamp = tuple[Any, ...]


def load_cached(dirs: Sequence[LibraryDir], cache_file: Path | None, lang: str | None = None) -> Library:
    """:func:`load_library` of ``dirs``, from ``cache_file`` when nothing it depends on changed."""
    if cache_file is None:
        return load_library(dirs, lang=lang)
    key = fingerprint(dirs, lang)
    cached = _read(cache_file, key)
    if cached is not None:
        return cached
    loaded = load_library(dirs, lang=lang)
    if fingerprint(dirs, lang) == key:  # nothing changed while it loaded
        _write(cache_file, key, loaded)
    return loaded


def fingerprint(dirs: Sequence[LibraryDir], lang: str | None) -> tuple[Stamp, ...]:
    """Everything the loaded library depends on, as comparable stamps."""
    stamps: list[Stamp] = [("coach", coach.__version__, FORMAT, lang, sys.version_info[:2])]
    stamps.extend(("code", *_stamp(path)) for path in _CODE)  # not "racy": see _newest_ns
    for folder in dirs:
        stamps.append(("dir", str(folder.path), folder.origin, str(folder.images)))
        if folder.images is not None:
            stamps.append(_stamp(folder.images))
        i18n = folder.path / I18N
        watched = [folder.path, folder.path / "routines", i18n]
        with contextlib.suppress(OSError):
            for entry in sorted(os.scandir(i18n), key=lambda e: e.name):
                if entry.is_dir():
                    watched += [Path(entry.path), Path(entry.path) / "routines"]
        for path in watched:
            stamps.extend(_listing(path))
    return tuple(stamps)


def _stamp(path: Path) -> Stamp:
    try:
        st = os.stat(path)
    except OSError:
        return (str(path), None)
    return (str(path), st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev, st.st_mode)  # chmod too


def _listing(folder: Path) -> list[Stamp]:
    stamps = [_stamp(folder)]
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return stamps
    for entry in entries:
        if entry.name.endswith(SUFFIXES):
            stamps.append(_stamp(Path(entry.path)))
    return stamps


def _newest_ns(key: tuple[Stamp, ...]) -> int:
    """The newest time stamp of the library's files and folders (not of Coach's code)."""
    return max((s[2] for s in key if len(s) == 6 and isinstance(s[2], int)), default=0)


class _Pickler(pickle.Pickler):
    """Stores paths as text, so that each one is read back once however often it occurs."""

    def persistent_id(self, obj: Any) -> str | None:
        return str(obj) if isinstance(obj, PurePath) else None


class _Unpickler(pickle.Unpickler):
    """Builds only the library's own data classes, enums and paths; refuses anything else."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._paths: dict[str, Path] = {}

    def persistent_load(self, pid: Any) -> Path:
        if not isinstance(pid, str):
            raise pickle.UnpicklingError("a path must be text")
        path = self._paths.get(pid)
        if path is None:
            path = self._paths[pid] = Path(pid)
        return path

    def find_class(self, module: str, name: str) -> Any:
        if module.startswith("coach.core.") and module in sys.modules:
            found = getattr(sys.modules[module], name, None)
            if isinstance(found, type) and (dataclasses.is_dataclass(found) or issubclass(found, enum.Enum)):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not library data")


def _read(cache_file: Path, key: tuple[Stamp, ...]) -> Library | None:
    try:
        fd = os.open(cache_file, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            st = os.fstat(handle.fileno())
            if not _private(st) or st.st_size > MAX_BYTES:
                log.warning("ignoring the library cache %s: not private to this user", cache_file)
                return None
            raw = handle.read(MAX_BYTES + 1)
        if not raw.startswith(_MAGIC):
            return None
        stored_key, fields = _Unpickler(raw[len(_MAGIC) :]).load()
        if stored_key != key:
            return None
        return _library(fields)
    except Exception as exc:  # noqa: BLE001 - any damage means: load the files instead
        log.info("ignoring the library cache %s: %s", cache_file, exc)
        return None


def _private(st: os.stat_result) -> bool:
    if not stat.S_ISREG(st.st_mode):
        return False
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return False
    return os.name == "nt" or not st.st_mode & 0o077


def _library(fields: Any) -> Library:
    if not isinstance(fields, dict):
        raise TypeError("not a library")
    names = {f.name for f in dataclasses.fields(Library)}
    if set(fields) != names:
        raise TypeError("the library's fields differ")
    values = {name: MappingProxyType(value) if proxy else value for name, (proxy, value) in fields.items()}
    result = Library(**values)
    for kind, mapping, cls in (
        ("exercises", result.exercises, model.Exercise),
        ("routines", result.routines, model.Routine),
    ):
        if not all(isinstance(k, str) and isinstance(v, cls) for k, v in mapping.items()):
            raise TypeError(f"unexpected {kind}")
    if not all(isinstance(p, errors.Problem) for p in result.problems):
        raise TypeError("unexpected problems")
    return result


class _Racy(Exception):
    """A library file changed too recently to cache what was read."""


def _write(cache_file: Path, key: tuple[Stamp, ...], loaded: Library) -> None:
    fields = {}
    for f in dataclasses.fields(Library):
        value = getattr(loaded, f.name)
        proxy = isinstance(value, MappingProxyType)
        fields[f.name] = (proxy, dict(value) if proxy else value)
    try:
        buffer = io.BytesIO()
        buffer.write(_MAGIC)
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump((key, fields))
        data = buffer.getvalue()
        ensure_folder(cache_file.parent)
        with atomic_path(cache_file) as tmp:
            with open(tmp, "wb") as handle:
                handle.write(data)
                written_ns = os.fstat(handle.fileno()).st_mtime_ns
            if _newest_ns(key) > written_ns - RACY_NS:
                # a file changed within the time stamps' resolution could change again unseen
                raise _Racy
    except _Racy:
        return
    except Exception as exc:  # noqa: BLE001 - a cache that cannot be written is only slower
        log.info("cannot write the library cache %s: %s", cache_file, exc)
