"""The Windows and macOS adapters' arithmetic and parsing (their system calls cannot run here)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coach.platform import idle_windows
from coach.platform.errors import PlatformUnavailable
from coach.platform.idle_macos import IOREG_COMMAND, MacMonitor, parse_hid_idle_s
from coach.platform.idle_windows import WindowsMonitor, idle_ms, state_flags

IOREG_SAMPLE = """\
+-o IOHIDSystem  <class IOHIDSystem, id 0x100000471, registered, matched, active, busy 0 (0 ms), retain 31>
    {
      "IOClass" = "IOHIDSystem"
      "HIDParameters" = {"HIDClickTime"=500000000,"HIDKeyRepeat"=83333333}
      "HIDIdleTime" = 2534125041
      "IOProviderClass" = "IOResources"
    }
"""


def test_windows_idle_time_survives_the_tick_counter_wrapping():
    assert idle_ms(10_000, 4_000) == 6_000
    assert idle_ms(500, 0xFFFFFF00) == 756  # GetTickCount wrapped after 49.7 days
    assert idle_ms(7, 7) == 0


@pytest.mark.parametrize(
    ("state", "locked", "fullscreen"),
    [
        (idle_windows.QUNS_NOT_PRESENT, True, False),
        (idle_windows.QUNS_BUSY, False, True),
        (idle_windows.QUNS_RUNNING_D3D_FULL_SCREEN, False, True),
        (idle_windows.QUNS_PRESENTATION_MODE, False, True),
        (idle_windows.QUNS_ACCEPTS_NOTIFICATIONS, False, False),
        (idle_windows.QUNS_QUIET_TIME, False, False),
        (idle_windows.QUNS_APP, False, False),
        (None, False, False),
    ],
)
def test_windows_notification_state(state, locked, fullscreen):
    assert state_flags(state) == (locked, fullscreen)


@pytest.mark.skipif(sys.platform == "win32", reason="checks the refusal elsewhere")
def test_windows_monitor_refuses_other_systems():
    with pytest.raises(PlatformUnavailable, match="not Windows"):
        WindowsMonitor()


def test_hid_idle_time_is_parsed_from_nanoseconds():
    assert parse_hid_idle_s(IOREG_SAMPLE) == pytest.approx(2.534125041)
    assert parse_hid_idle_s('"HIDIdleTime"=0') == 0.0
    assert parse_hid_idle_s("+-o Root  <class IORegistryEntry>") is None


def test_mac_monitor_reads_ioreg_through_its_runner():
    commands = []

    def runner(command):
        commands.append(tuple(command))
        return IOREG_SAMPLE

    monitor = MacMonitor(runner=runner, platform="darwin")
    assert monitor.sample().idle_s == pytest.approx(2.534125041)
    assert commands == [IOREG_COMMAND, IOREG_COMMAND]


def test_mac_monitor_failing_ioreg(caplog):
    outputs = [IOREG_SAMPLE]

    def runner(command):
        if not outputs:
            raise subprocess.TimeoutExpired(command, 2.0)
        return outputs.pop()

    monitor = MacMonitor(runner=runner, platform="darwin")
    assert monitor.sample().idle_s is None
    assert monitor.sample().idle_s is None
    assert caplog.text.count("ioreg stopped answering") == 1
    with pytest.raises(PlatformUnavailable, match="HIDIdleTime"):
        MacMonitor(runner=lambda command: "nothing useful", platform="darwin")
    with pytest.raises(PlatformUnavailable, match="not macOS"):
        MacMonitor(runner=runner, platform="linux")
