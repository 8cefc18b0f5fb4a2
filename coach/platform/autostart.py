"""Starting Coach at login: an XDG autostart entry, the Windows Run key, or a macOS LaunchAgent."""

from __future__ import annotations

import configparser
import logging
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType

from coach.core.activity import Autostart
from coach.core.files import (
    SHARED_FILE,
    SHARED_FOLDER,
    atomic_write,
    ensure_folder,
    exec_value,
    read_bytes,
    read_text,
)
from coach.platform.errors import PlatformUnavailable

log = logging.getLogger(__name__)

MINIMIZED = "--minimized"
DESKTOP_FILE = "coach.desktop"
MAC_LABEL = "coach"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Coach"
_MAX_ENTRY = 64 * 1024  # an autostart entry is a few hundred bytes

def exec_line(command: Sequence[str]) -> str:
    """The value of Exec= for ``command`` (plus ``--minimized``), escaped for a desktop file."""
    return exec_value([*command, MINIMIZED])


def _atomic_write(path: Path, data: bytes) -> None:
    ensure_folder(path.parent, SHARED_FOLDER)
    atomic_write(path, data, SHARED_FILE)


class XdgAutostart:
    """``$XDG_CONFIG_HOME/autostart/coach.desktop``, read by GNOME, KDE, Xfce and the rest."""

    def __init__(self, config_home: Path | None = None, *, env: Mapping[str, str] | None = None) -> None:
        """``config_home`` defaults to $XDG_CONFIG_HOME, else ~/.config."""
        if config_home is None:
            env = os.environ if env is None else env
            config_home = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        self.path = Path(config_home) / "autostart" / DESKTOP_FILE

    def is_enabled(self) -> bool:
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
        try:
            parser.read_string(read_text(self.path, _MAX_ENTRY))
            entry = parser["Desktop Entry"]
        except FileNotFoundError:
            return False
        except (OSError, configparser.Error, KeyError, UnicodeDecodeError) as exc:
            log.warning("%s is not a desktop entry: %s", self.path, exc)
            return False
        hidden = entry.get("Hidden", "false").strip().lower() == "true"
        disabled = entry.get("X-GNOME-Autostart-enabled", "true").strip().lower() == "false"
        return not (hidden or disabled)

    def enable(self, command: Sequence[str]) -> None:
        text = "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                "Version=1.4",
                "Name=Coach",
                "GenericName=Back care coach",
                "Comment=Movement breaks and guided exercises for a desk worker's lower back",
                f"Exec={exec_line(command)}",
                "Icon=org.coachapp.Coach",
                "Terminal=false",
                "StartupNotify=false",
                "X-GNOME-Autostart-enabled=true",
                "",
            ]
        )
        _atomic_write(self.path, text.encode("utf-8"))
        log.info("autostart enabled: %s", self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)
        log.info("autostart disabled: removed %s", self.path)


class MacAutostart:
    """A LaunchAgent, ``~/Library/LaunchAgents/<label>.plist``, which launchd runs at login."""

    def __init__(self, agents_dir: Path | None = None, *, label: str = MAC_LABEL) -> None:
        self.label = label
        self.path = (agents_dir or Path.home() / "Library" / "LaunchAgents") / f"{label}.plist"

    def is_enabled(self) -> bool:
        import plistlib  # macOS only: not loaded elsewhere
        from xml.parsers.expat import ExpatError

        try:
            agent = plistlib.loads(read_bytes(self.path, _MAX_ENTRY))
        except FileNotFoundError:
            return False
        except (OSError, plistlib.InvalidFileException, ValueError, ExpatError) as exc:
            log.warning("%s is not a property list: %s", self.path, exc)
            return False
        return isinstance(agent, dict) and agent.get("Label") == self.label and not agent.get("Disabled")

    def enable(self, command: Sequence[str]) -> None:
        import plistlib

        agent = {
            "Label": self.label,
            "ProgramArguments": [*command, MINIMIZED],
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        _atomic_write(self.path, plistlib.dumps(agent))
        log.info("autostart enabled: %s", self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)
        log.info("autostart disabled: removed %s", self.path)


class WindowsAutostart:
    """A value named "Coach" under HKEY_CURRENT_USER's ``...\\CurrentVersion\\Run`` key."""

    def __init__(self, registry: ModuleType | None = None, *, value_name: str = RUN_VALUE) -> None:
        """``registry`` is the ``winreg`` module (tests pass a stand-in)."""
        if registry is None:
            try:
                import winreg as registry  # only on Windows
            except ImportError as exc:
                raise PlatformUnavailable("no Windows registry on this system") from exc
        self._reg = registry
        self.value_name = value_name

    def command_line(self) -> str | None:
        """The command stored in the Run key, or None."""
        reg = self._reg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_QUERY_VALUE) as key:
                value, _kind = reg.QueryValueEx(key, self.value_name)
        except OSError:
            return None
        return value if isinstance(value, str) else None

    def is_enabled(self) -> bool:
        return bool(self.command_line())

    def enable(self, command: Sequence[str]) -> None:
        reg = self._reg
        line = subprocess.list2cmdline([*command, MINIMIZED])
        with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
            reg.SetValueEx(key, self.value_name, 0, reg.REG_SZ, line)
        log.info("autostart enabled: HKCU\\%s\\%s", RUN_KEY, self.value_name)

    def disable(self) -> None:
        reg = self._reg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, self.value_name)
        except FileNotFoundError:
            pass  # nothing to remove
        log.info("autostart disabled: HKCU\\%s\\%s", RUN_KEY, self.value_name)


def autostart_for_platform(platform: str = sys.platform) -> Autostart | None:
    """The autostart mechanism of this operating system, or None when it cannot be used."""
    try:
        if platform == "win32":
            return WindowsAutostart()
        if platform == "darwin":
            return MacAutostart()
        return XdgAutostart()
    except PlatformUnavailable as exc:
        log.info("autostart unavailable: %s", exc.reason)
        return None
