"""Where Coach keeps things: shipped data, the user's config, data and log folders."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "coach"
APP_ID = "org.coachapp.Coach"  # the installed desktop file, AppStream component and icon name
_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    """Locate a shipped top-level folder, in a checkout or inside an installed wheel."""
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def assets_dir() -> Path:
    return _shipped("assets")


def builtin_exercises_dir() -> Path:
    return _shipped("exercises")


def _home() -> Path | None:
    value = os.environ.get("COACH_HOME")
    return Path(value).expanduser() if value else None


def isolated_home() -> Path | None:
    """``$COACH_HOME`` when set: then nothing, not even autostart or menu entries, goes outside it."""
    return _home()


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, False))


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, False))


def log_dir() -> Path:
    home = _home()
    return home / "log" if home else Path(platformdirs.user_log_dir(APP_NAME, False))


def cache_dir() -> Path:
    home = _home()
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, False))


def library_cache_path() -> Path:
    """Where the loaded library is cached (see :mod:`coach.core.library_cache`)."""
    return cache_dir() / "library.cache"


def user_exercises_dir() -> Path:
    return data_dir() / "exercises"


def database_path() -> Path:
    return data_dir() / "log.db"


def config_path() -> Path:
    return config_dir() / "config.yaml"


def window_state_path() -> Path:
    """``window-state.ini`` in the config folder; a temporary one if something odd is there.

    Qt would wait forever opening a named pipe, so a path that is not a regular file (or
    missing) is replaced, for this run, by a file in the temporary folder.
    """
    from coach.core.files import check_regular

    path = config_dir() / "window-state.ini"
    try:
        check_regular(path, missing_ok=True)
    except OSError as exc:
        fallback = (
            Path(tempfile.gettempdir())
            / f"coach-window-state-{os.getuid() if hasattr(os, 'getuid') else 0}.ini"
        )
        logging.getLogger(__name__).warning(
            "cannot use %s (%s); using %s", path, exc.strerror or exc, fallback
        )
        return fallback
    return path


def ensure(path: Path) -> Path:
    """Create ``path`` (a folder) if needed, owner-only (0700), and return it."""
    from coach.core.files import ensure_folder

    return ensure_folder(path)


def library_dirs() -> list:
    """The built-in library, then the user's own files, which replace built-ins by id."""
    from coach.core.library import LibraryDir

    return [
        LibraryDir(builtin_exercises_dir(), "builtin", assets_dir() / "exercises"),
        LibraryDir(user_exercises_dir(), "user"),
    ]
