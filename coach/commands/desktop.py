"""``coach install-desktop`` / ``uninstall-desktop``: the menu entry, AppStream data and icons for this user."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from coach import paths
from coach.core.files import SHARED_FILE, SHARED_FOLDER, atomic_write, ensure_folder, exec_value, read_bytes
from coach.paths import APP_ID


def data_home() -> Path:
    """``$COACH_HOME`` when set (nothing goes to the real user's menu), else the XDG data folder."""
    home = paths.isolated_home()
    if home is not None:
        return home
    value = os.environ.get("XDG_DATA_HOME")
    return Path(value) if value else Path.home() / ".local" / "share"


def installed_files(base: Path | None = None) -> dict[str, Path]:
    """Where each file goes under the user's data folder (``~/.local/share``)."""
    base = base or data_home()
    return {
        "desktop": base / "applications" / f"{APP_ID}.desktop",
        "metainfo": base / "metainfo" / f"{APP_ID}.metainfo.xml",
        "icon": base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        "symbolic": base / "icons" / "hicolor" / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg",
    }


def launch_command() -> str:
    """The command that starts this Coach, quoted for a desktop file's Exec key."""
    found = shutil.which("coach")
    return exec_value([found] if found else [sys.executable, "-m", "coach"])


def render_desktop_entry(exec_line: str) -> str:
    template = (paths.assets_dir() / "desktop" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    return template.replace("@EXEC@", exec_line)


def install(base: Path | None = None, exec_line: str | None = None) -> dict[str, Path]:
    files = installed_files(base)
    assets = paths.assets_dir()
    sources = {
        "metainfo": assets / "desktop" / f"{APP_ID}.metainfo.xml",
        "icon": assets / "icons" / "coach.svg",
        "symbolic": assets / "icons" / "coach-symbolic.svg",
    }
    for key, path in files.items():
        ensure_folder(path.parent, SHARED_FOLDER)
        if key == "desktop":
            data = render_desktop_entry(exec_line or launch_command()).encode("utf-8")
        else:
            data = read_bytes(sources[key])
        atomic_write(path, data, SHARED_FILE)
    return files


def uninstall(base: Path | None = None) -> list[Path]:
    removed = []
    for path in installed_files(base).values():
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed


def _refresh_caches(base: Path) -> None:
    """Let menus and icon themes notice the new files, where the tools exist."""
    for command in (
        ["update-desktop-database", str(base / "applications")],
        ["gtk-update-icon-cache", "-f", "-t", str(base / "icons" / "hicolor")],
    ):
        if shutil.which(command[0]):
            subprocess.run(command, capture_output=True, check=False, timeout=30)


def run_install() -> int:
    try:
        files = install()
    except OSError as exc:
        print(f"coach: could not install the desktop files: {exc}", file=sys.stderr)
        return 1
    _refresh_caches(data_home())
    for path in files.values():
        print(f"installed {path}")
    print("Coach is now in your application menu.")
    return 0


def run_uninstall() -> int:
    try:
        removed = uninstall()
    except OSError as exc:
        print(f"coach: could not remove the desktop files: {exc}", file=sys.stderr)
        return 1
    _refresh_caches(data_home())
    for path in removed:
        print(f"removed {path}")
    if not removed:
        print("Nothing to remove: the desktop files were not installed.")
    return 0
