"""Test set-up: offscreen Qt, no session bus, every Coach folder inside a temporary directory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.qpa.*=false")


@pytest.fixture(autouse=True)
def coach_home(tmp_path, monkeypatch):
    """Point config, data and log folders at a fresh temporary folder for every test."""
    home = tmp_path / "coach-home"
    monkeypatch.setenv("COACH_HOME", str(home))
    return home


def pytest_collection_modifyitems(items):
    for item in items:
        if {"qapp", "qtbot"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


def _real_user_files() -> dict[Path, float | None]:
    """The real user's autostart and menu entries for Coach, with their modification times."""
    home = Path(os.path.expanduser("~"))
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    data = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    files = [
        config / "autostart" / "coach.desktop",
        data / "applications" / "org.coachapp.Coach.desktop",
        home / "Library" / "LaunchAgents" / "coach.plist",
    ]
    return {path: path.stat().st_mtime if path.exists() else None for path in files}


_BEFORE = _real_user_files()


def pytest_sessionfinish(session, exitstatus):
    """Guard: no test may write Coach's autostart or menu entry into the real user's home."""
    changed = [str(path) for path, when in _real_user_files().items() if when != _BEFORE[path]]
    if changed:
        print(f"\nA test wrote to the real home: {', '.join(changed)}")
        session.exitstatus = 1
