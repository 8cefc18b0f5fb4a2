"""Idle time on macOS: HIDIdleTime of the IOHIDSystem object, read from ``ioreg``."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from collections.abc import Callable, Sequence

from coach.core.activity import ActivitySample
from coach.platform.errors import PlatformUnavailable
from coach.platform.outage import Outage

log = logging.getLogger(__name__)

IOREG_COMMAND = ("/usr/sbin/ioreg", "-c", "IOHIDSystem", "-r", "-d", "1")
_HID_IDLE = re.compile(r'"HIDIdleTime"\s*=\s*(\d+)')

Runner = Callable[[Sequence[str]], str]


def parse_hid_idle_s(ioreg_output: str) -> float | None:
    """Seconds of idle time from ``ioreg`` output (HIDIdleTime is in nanoseconds); None if absent."""
    match = _HID_IDLE.search(ioreg_output)
    return int(match.group(1)) / 1e9 if match else None


def _run_ioreg(command: Sequence[str]) -> str:
    result = subprocess.run(list(command), capture_output=True, text=True, timeout=2.0, check=True)
    return result.stdout


class MacMonitor:
    """Idle time from ``ioreg -c IOHIDSystem``. Lock and full-screen state are not known here."""

    name = "macOS HIDIdleTime (ioreg)"
    senses = frozenset({"idle"})

    def __init__(self, *, runner: Runner | None = None, platform: str = sys.platform) -> None:
        """``runner`` runs a command and returns its output (tests pass a fake)."""
        if platform != "darwin":
            raise PlatformUnavailable("not macOS")
        self._run = runner or _run_ioreg
        self._outage = Outage("ioreg")
        if self.idle_s() is None:
            raise PlatformUnavailable("ioreg did not report HIDIdleTime")

    def idle_s(self) -> float | None:
        if not self._outage.ready():
            return None
        try:
            output = self._run(IOREG_COMMAND)
        except (OSError, subprocess.SubprocessError) as exc:
            self._outage.failed(exc)
            return None
        self._outage.succeeded()
        return parse_hid_idle_s(output)

    def sample(self) -> ActivitySample:
        return ActivitySample(idle_s=self.idle_s())

    def close(self) -> None:
        pass
