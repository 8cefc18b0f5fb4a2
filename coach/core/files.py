"""One way to read and write Coach's files: regular files only, never blocking, atomic, private.

Every file Coach reads or writes (settings, log, exercises, exports, reports, desktop files,
autostart entries) goes through here, so odd files get the same answer everywhere:

- Reading opens with ``O_NONBLOCK`` and checks the opened file with ``fstat``: a named pipe,
  device, socket or folder is refused with a message naming what it is; nothing ever waits on
  a pipe. A symbolic link to a regular file is read (dotfile managers link config files).
- Writing goes to a temporary file in the same folder, synced, then renamed over the target,
  so a reader sees the old file or the new one, never half. The rename only ever replaces a
  regular file. A symbolic link to a regular file is kept: its target is replaced (in the
  target's folder), so the link still points at the new content. A dangling link, a link loop,
  a link to anything but a regular file, a folder, pipe, device or socket are refused.
- New files are created readable by their owner only (0600) unless a caller asks for a
  shared file (a menu entry, an icon); an existing file keeps its permissions. Coach's own
  folders are created 0700.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from coach.core.errors import Problem

PRIVATE_FILE = 0o600
SHARED_FILE = 0o644
PRIVATE_FOLDER = 0o700
SHARED_FOLDER = 0o755


class FileAccessError(OSError):
    """A path Coach will not read or write as it stands; ``strerror`` says why, ``filename`` names it.

    It is an ``OSError``, so callers that report ``exc.strerror`` after a path keep working.
    """

    def __init__(self, path: Path | str, reason: str, code: int = errno.EINVAL) -> None:
        super().__init__(code, reason, str(path))

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}"


def kind_of(mode: int) -> str:
    """What a file of ``mode`` is, in words: ``a named pipe (FIFO)``, ``a folder``…"""
    if stat.S_ISREG(mode):
        return "a regular file"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _not_regular(path: Path | str, mode: int) -> FileAccessError:
    if stat.S_ISDIR(mode):
        return FileAccessError(path, "is a folder, not a file", errno.EISDIR)
    return FileAccessError(path, f"is {kind_of(mode)}, not a regular file")


def _link_problem(path: Path | str) -> FileAccessError | None:
    """Why the symbolic link ``path`` cannot stand for a regular file, or None if it can."""
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return FileAccessError(path, f"is a dangling symbolic link (to {target}, which does not exist)")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return FileAccessError(path, "is a symbolic link loop", errno.ELOOP)
        return FileAccessError(path, f"is a symbolic link Coach cannot follow ({exc.strerror or exc})")
    if not stat.S_ISREG(info.st_mode):
        return FileAccessError(path, f"is a symbolic link to {target}, which is {kind_of(info.st_mode)}")
    return None


# -- reading ---------------------------------------------------------------------------------


def check_regular(path: Path | str, *, missing_ok: bool = False) -> bool:
    """Raise ``FileAccessError`` unless ``path`` is a regular file (or a link to one).

    Returns False for a missing file when ``missing_ok``; True otherwise.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        if missing_ok:
            return False
        raise
    if stat.S_ISLNK(info.st_mode):
        problem = _link_problem(path)
        if problem is not None:
            raise problem
        return True
    if not stat.S_ISREG(info.st_mode):
        raise _not_regular(path, info.st_mode)
    return True


def read_bytes(path: Path | str, limit: int | None = None) -> bytes:
    """The content of the regular file ``path``; never blocks on a pipe or device.

    Raises:
        FileAccessError: ``path`` is not a regular file, a bad link, or larger than ``limit``.
        OSError: it cannot be opened or read (missing, permission denied…).
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise FileAccessError(path, "is a symbolic link loop", errno.ELOOP) from None
        if exc.errno in (errno.ENXIO, errno.EOPNOTSUPP):  # a socket or unopenable device
            info = os.lstat(path)
            raise _not_regular(path, info.st_mode) from None
        if isinstance(exc, FileNotFoundError) and os.path.islink(path):
            raise _link_problem(path) or exc from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(path, info.st_mode)
        if limit is not None and info.st_size > limit:
            raise FileAccessError(path, f"is {info.st_size:,} bytes; the limit is {limit:,}", errno.EFBIG)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(None if limit is None else limit + 1)
    finally:
        os.close(fd)
    if limit is not None and len(data) > limit:
        raise FileAccessError(path, f"is larger than the limit of {limit:,} bytes", errno.EFBIG)
    return data


def read_text(path: Path | str, limit: int | None = None) -> str:
    """:func:`read_bytes` decoded as UTF-8 (a byte-order mark is dropped)."""
    return read_bytes(path, limit).decode("utf-8-sig")


# -- folders ---------------------------------------------------------------------------------


def ensure_folder(path: Path | str, mode: int = PRIVATE_FOLDER) -> Path:
    """Create the folder ``path`` (and missing parents) with ``mode``; refuse a non-folder there.

    Folders that already exist keep their permissions.
    """
    folder = Path(path)
    missing: list[Path] = []
    probe = folder
    while True:
        try:
            info = os.stat(probe)
        except (FileNotFoundError, NotADirectoryError):
            if os.path.islink(probe):
                raise _link_problem(probe) or FileAccessError(probe, "is a dangling symbolic link") from None
            missing.append(probe)
            if probe.parent == probe:
                break
            probe = probe.parent
            continue
        if not stat.S_ISDIR(info.st_mode):
            raise FileAccessError(probe, f"is {kind_of(info.st_mode)}, not a folder", errno.ENOTDIR)
        break
    for created in reversed(missing):
        with contextlib.suppress(FileExistsError):
            os.mkdir(created, mode)  # the umask may narrow it further, never widen it
    return folder


def scan_folder(folder: Path, suffixes: Sequence[str]) -> tuple[list[Path], list[Problem]]:
    """The regular files in ``folder`` whose names end in ``suffixes``, sorted, and every skip.

    A missing folder gives nothing. An unreadable folder, or a matching name that is a
    dangling link, a link loop, a folder, pipe, device or socket, is a problem with its path.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except FileNotFoundError:
        return [], []
    except NotADirectoryError:
        return [], [Problem(folder, None, "is not a folder")]
    except OSError as exc:
        return [], [Problem(folder, None, f"cannot read this folder: {exc.strerror or exc}")]
    files: list[Path] = []
    problems: list[Problem] = []
    for entry in entries:
        if not entry.name.endswith(tuple(suffixes)) or entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            check_regular(path)
        except OSError as exc:
            problems.append(Problem(path, None, f"skipped: {exc.strerror or exc}"))
            continue
        files.append(path)
    return files, problems


# -- writing ---------------------------------------------------------------------------------


def write_target(path: Path | str) -> tuple[Path, int | None]:
    """Where a write to ``path`` goes and the permissions to keep (None for a new file).

    Raises:
        FileAccessError: ``path`` is empty, a folder, a special file or a bad link.
    """
    if not str(path).strip():
        raise FileAccessError(path, "needs a file name", errno.ENOENT)
    target = Path(path)
    if str(path).endswith(("/", os.sep)) or target.name in ("", ".", ".."):
        raise FileAccessError(path, "is a folder; give a file name", errno.EISDIR)
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return target, None
    if stat.S_ISLNK(info.st_mode):
        problem = _link_problem(target)
        if problem is not None:
            raise problem
        target = Path(os.path.realpath(target))
        info = os.stat(target)
    if not stat.S_ISREG(info.st_mode):
        raise _not_regular(path, info.st_mode)
    return target, stat.S_IMODE(info.st_mode)


@contextlib.contextmanager
def atomic_path(path: Path | str, mode: int = PRIVATE_FILE) -> Iterator[Path]:
    """A temporary path to write; on success it replaces ``path`` (see :func:`write_target`).

    For writers that open the file themselves (Qt's PDF writer). On an error the temporary
    file is removed and ``path`` is left as it was.
    """
    target, kept = write_target(path)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temporary = Path(name)
    try:
        os.close(handle)
        yield temporary
        os.chmod(temporary, kept if kept is not None else mode)
        _sync(temporary)
        write_target(path)  # still a regular file (or nothing) just before the rename
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync(target.parent)


@contextlib.contextmanager
def atomic_file(
    path: Path | str,
    mode: int = PRIVATE_FILE,
    *,
    binary: bool = False,
    newline: str | None = "\n",
) -> Iterator[IO[Any]]:
    """An open file (UTF-8 text, or bytes with ``binary``) that replaces ``path`` once complete."""
    with atomic_path(path, mode) as temporary:
        if binary:
            with open(temporary, "wb") as out:
                yield out
        else:
            with open(temporary, "w", encoding="utf-8", newline=newline) as out:
                yield out


def atomic_write(path: Path | str, data: str | bytes, mode: int = PRIVATE_FILE) -> None:
    """Replace ``path`` with ``data`` so a reader sees the old file or the new, never half."""
    with atomic_file(path, mode, binary=isinstance(data, bytes)) as out:
        out.write(data)


def create_private(path: Path | str) -> bool:
    """Create ``path`` as an empty owner-only file if nothing is there; True if it was created."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def make_private(path: Path | str) -> None:
    """Take away group and others' access to the regular file ``path``, if it has any."""
    with contextlib.suppress(OSError):
        info = os.stat(path)
        if stat.S_ISREG(info.st_mode) and info.st_mode & 0o077:
            os.chmod(path, stat.S_IMODE(info.st_mode) & 0o700)


def _sync(path: Path) -> None:
    """Flush ``path`` (a file or folder) to the disk, where the system allows it."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # e.g. Windows cannot open folders
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# -- desktop entries -------------------------------------------------------------------------

# Desktop Entry spec, "The Exec key": arguments holding these must be quoted.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


def quote_exec_argument(arg: str) -> str:
    """One argument as a desktop entry's Exec key wants it, before the value's own escaping."""
    if "\n" in arg or "\r" in arg:
        raise ValueError(f"a desktop entry command cannot contain a line break: {arg!r}")
    arg = arg.replace("%", "%%")
    if arg and not (_RESERVED & set(arg)):
        return arg
    inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
    return f'"{inner}"'


def exec_value(command: Sequence[str]) -> str:
    """The value of ``Exec=`` for ``command``, quoted and escaped for a desktop file."""
    quoted = " ".join(quote_exec_argument(arg) for arg in command)
    return quoted.replace("\\", "\\\\")  # string-type values escape backslashes once more
