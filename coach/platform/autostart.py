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
from coach.platform.errors import PlatformUnavailable

log = logging.getLogger(__name__)

MINIMIZED = "--minimized"
DESKTOP_FILE = "coach.desktop"
MAC_LABEL = "coach"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Coach"

# Desktop Entry spec, "The Exec key": arguments holding these must be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def quote_exec_argument(arg: str) -> str:
    """One argument as the Exec key wants it, before the value's own backslash escaping."""
    if "\n" in arg or "\r" in arg:
        raise ValueError(f"an autostart command cannot contain a line break: {arg!r}")
    arg = arg.replace("%", "%%")
    if arg and not (_RESERVED & set(arg)):
        return arg
    inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
    return f'"{inner}"'


def exec_line(command: Sequence[str]) -> str:
    """The value of Exec= for ``command`` (plus ``--minimized``), escaped for a desktop file."""
    quoted = " ".join(quote_exec_argument(arg) for arg in [*command, MINIMIZED])
    return quoted.replace("\\", "\\\\")  # string-type values escape backslashes once more


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


class XdgAutostart:
    """``$XDG_CONFIG_HOME/autostart/coach.desktop``, read by GNOME, KDE, Xfce and the rest."""

    def __init__(self, config_home: Path | None = None, *, env: Mapping[str, str] | None = None) -> None:
        """``config_home`` defaults to $XDG_CONFIG_HOME, else ~/.config."""
        if config_home is None:
            env = os.environ if env is None else env
            config_home = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        self.path = Path(config_home) / "autostart" / DESKTOP_FILE

    def is_enabled(self) -> bool:
        if not self.path.is_file():
            return False
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
        try:
            parser.read(self.path, encoding="utf-8")
            entry = parser["Desktop Entry"]
        except (configparser.Error, KeyError, UnicodeDecodeError) as exc:
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
            with self.path.open("rb") as handle:
                agent = plistlib.load(handle)
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
