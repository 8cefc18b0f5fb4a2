"""The Flatpak manifest: the desktop entry's app id, every D-Bus name Coach talks to, pinned wheels."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

from coach.commands.desktop import APP_ID

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = ROOT / "assets" / "flatpak" / f"{APP_ID}.yml"


def manifest() -> dict:
    return yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))


def test_app_id_and_command_match_the_desktop_entry_and_the_package():
    data = manifest()
    assert data["app-id"] == APP_ID
    assert (ROOT / "assets" / "desktop" / f"{APP_ID}.desktop").is_file()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert data["command"] in scripts


def test_every_dbus_name_coach_uses_is_allowed():
    args = manifest()["finish-args"]
    session = {a.split("=", 1)[1] for a in args if a.startswith("--talk-name=")}
    system = {a.split("=", 1)[1] for a in args if a.startswith("--system-talk-name=")}
    used: set[str] = set()
    for source in (ROOT / "coach" / "platform").glob("*.py"):
        used |= set(re.findall(r'bus_name="([\w.]+)"', source.read_text(encoding="utf-8")))
    assert {"org.gnome.Mutter.IdleMonitor", "org.freedesktop.ScreenSaver"} <= used  # the scan works
    assert used <= session
    assert "org.freedesktop.Notifications" in session
    assert "org.freedesktop.login1" in system
    assert "--socket=pulseaudio" in args  # the player's sound cues


def test_python_dependencies_are_pinned_wheels_with_hashes():
    files = [
        source
        for module in manifest()["modules"]
        for source in module.get("sources", [])
        if source["type"] == "file"
    ]
    assert files
    for source in files:
        assert source["url"].startswith("https://files.pythonhosted.org/"), source
        assert source["url"].endswith(".whl"), source
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"]), source
    shipped = {Path(s["url"]).name.split("-")[0].lower().replace("_", ".") for s in files}
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    for requirement in declared:
        if ";" in requirement and "linux" not in requirement and "win32" in requirement:
            continue  # only on Windows (the Flatpak is Linux)
        name = re.split(r"[<>=!~;\s\[]", requirement, maxsplit=1)[0].lower()
        if name.startswith("pyside6"):
            continue  # the io.qt.PySide.BaseApp base brings PySide6
        assert name in shipped, f"{name} is not in the Flatpak"
