"""Autostart: the XDG desktop entry, the macOS LaunchAgent and the Windows Run key."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
import sys
from types import SimpleNamespace

import pytest

from coach.core.files import quote_exec_argument
from coach.platform.autostart import (
    RUN_KEY,
    MacAutostart,
    WindowsAutostart,
    XdgAutostart,
    autostart_for_platform,
    exec_line,
)
from coach.platform.errors import PlatformUnavailable


def validate_desktop_file(path):
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        return None
    result = subprocess.run([validator, str(path)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_xdg_enable_writes_a_valid_entry_and_disable_removes_it(tmp_path):
    autostart = XdgAutostart(tmp_path / "config")
    assert autostart.path == tmp_path / "config" / "autostart" / "coach.desktop"
    assert not autostart.is_enabled()
    autostart.enable(["/usr/bin/coach"])
    text = autostart.path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    for line in (
        "Type=Application",
        "Name=Coach",
        "Exec=/usr/bin/coach --minimized",
        "Icon=org.coachapp.Coach",
        "X-GNOME-Autostart-enabled=true",
    ):
        assert line in lines
    assert any(line.startswith("Comment=") for line in lines)
    assert autostart.is_enabled()
    if validate_desktop_file(autostart.path) is None:
        pytest.skip("desktop-file-validate is not installed (the rest passed)")
    autostart.disable()
    assert not autostart.path.exists()
    assert not autostart.is_enabled()
    autostart.disable()  # nothing left to remove: no error


def test_xdg_exec_quotes_awkward_paths_and_stays_valid(tmp_path):
    autostart = XdgAutostart(tmp_path)
    command = ["/opt/My Apps/bin/python3", "-m", "coach", "--note=100%", 'say "hi" $HOME', "back\\slash"]
    autostart.enable(command)
    exec_value = next(
        line.removeprefix("Exec=")
        for line in autostart.path.read_text().splitlines()
        if line.startswith("Exec=")
    )
    assert exec_value == (
        '"/opt/My Apps/bin/python3" -m coach --note=100%% "say \\\\"hi\\\\" \\\\$HOME" "back\\\\\\\\slash" --minimized'
    )
    if validate_desktop_file(autostart.path) is None:
        pytest.skip("desktop-file-validate is not installed")


def test_quote_exec_argument():
    assert quote_exec_argument("coach") == "coach"
    assert quote_exec_argument("") == '""'
    assert quote_exec_argument("a b") == '"a b"'
    assert quote_exec_argument("it's") == '"it\'s"'
    assert quote_exec_argument("`x`") == '"\\`x\\`"'
    with pytest.raises(ValueError, match="line break"):
        quote_exec_argument("a\nb")
    assert exec_line([sys.executable, "-m", "coach"]).endswith(" -m coach --minimized")


@pytest.mark.parametrize("line", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_xdg_entry_switched_off_by_the_user_counts_as_disabled(tmp_path, line):
    autostart = XdgAutostart(tmp_path)
    autostart.enable(["coach"])
    autostart.path.write_text(autostart.path.read_text().replace("X-GNOME-Autostart-enabled=true", line))
    assert not autostart.is_enabled()


def test_xdg_garbage_file_counts_as_disabled(tmp_path, caplog):
    autostart = XdgAutostart(tmp_path)
    autostart.path.parent.mkdir(parents=True)
    autostart.path.write_text("not a desktop file\n")
    assert not autostart.is_enabled()
    assert "is not a desktop entry" in caplog.text


def test_xdg_folder_follows_xdg_config_home_then_home(tmp_path, monkeypatch):
    assert XdgAutostart(env={"XDG_CONFIG_HOME": str(tmp_path / "xdg")}).path == (
        tmp_path / "xdg" / "autostart" / "coach.desktop"
    )
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert XdgAutostart(env={}).path == tmp_path / "home" / ".config" / "autostart" / "coach.desktop"


def test_mac_launch_agent_round_trip(tmp_path):
    autostart = MacAutostart(tmp_path / "LaunchAgents", label="org.example.coach")
    assert not autostart.is_enabled()
    autostart.enable(["/Applications/Coach.app/Contents/MacOS/Coach"])
    assert autostart.path == tmp_path / "LaunchAgents" / "org.example.coach.plist"
    with autostart.path.open("rb") as handle:
        agent = plistlib.load(handle)
    assert agent == {
        "Label": "org.example.coach",
        "ProgramArguments": ["/Applications/Coach.app/Contents/MacOS/Coach", "--minimized"],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    assert autostart.is_enabled()
    agent["Disabled"] = True
    autostart.path.write_bytes(plistlib.dumps(agent))
    assert not autostart.is_enabled()
    autostart.disable()
    assert not autostart.path.exists() and not autostart.is_enabled()
    autostart.disable()


def test_mac_broken_plist_counts_as_disabled(tmp_path):
    autostart = MacAutostart(tmp_path)
    autostart.path.write_bytes(b"<plist><dict><key>Label")
    assert not autostart.is_enabled()


class FakeKey:
    def __init__(self, values):
        self.values = values

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class FakeRegistry(SimpleNamespace):
    """The parts of winreg that WindowsAutostart uses, over a dict of (key path -> values)."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_QUERY_VALUE = 1
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self):
        super().__init__(keys={})

    def OpenKey(self, root, path, reserved, access):
        if (root, path) not in self.keys:
            raise FileNotFoundError(path)
        return FakeKey(self.keys[(root, path)])

    def CreateKeyEx(self, root, path, reserved, access):
        return FakeKey(self.keys.setdefault((root, path), {}))

    def QueryValueEx(self, key, name):
        if name not in key.values:
            raise FileNotFoundError(name)
        return key.values[name]

    def SetValueEx(self, key, name, reserved, kind, value):
        key.values[name] = (value, kind)

    def DeleteValue(self, key, name):
        if name not in key.values:
            raise FileNotFoundError(name)
        del key.values[name]


def test_windows_run_key_round_trip():
    registry = FakeRegistry()
    autostart = WindowsAutostart(registry)
    assert not autostart.is_enabled()
    autostart.enable([r"C:\Program Files\Coach\coach.exe"])
    assert registry.keys[("HKCU", RUN_KEY)] == {
        "Coach": ('"C:\\Program Files\\Coach\\coach.exe" --minimized', registry.REG_SZ)
    }
    assert autostart.is_enabled()
    autostart.disable()
    assert not autostart.is_enabled()
    autostart.disable()


def test_autostart_for_platform(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert isinstance(autostart_for_platform("linux"), XdgAutostart)
    assert isinstance(autostart_for_platform("darwin"), MacAutostart)
    if sys.platform != "win32":
        assert autostart_for_platform("win32") is None  # no winreg here
        with pytest.raises(PlatformUnavailable, match="registry"):
            WindowsAutostart()


def test_with_coach_home_autostart_stays_inside_it(monkeypatch, tmp_path):
    monkeypatch.setenv("COACH_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "real-config"))
    linux = autostart_for_platform("linux")
    assert linux is not None and linux.path == tmp_path / "home" / "autostart" / "coach.desktop"
    mac = autostart_for_platform("darwin")
    assert isinstance(mac, MacAutostart) and mac.path.parent == tmp_path / "home" / "LaunchAgents"
    assert autostart_for_platform("win32") is None  # the registry is the real user's
    linux.enable(["coach"])
    assert linux.is_enabled() and not (tmp_path / "real-config").exists()
