"""Idle time, lock and full-screen state on Windows: GetLastInputInfo and SHQueryUserNotificationState."""

from __future__ import annotations

import ctypes
import logging
import sys

from coach.core.activity import ActivitySample
from coach.platform.errors import PlatformUnavailable

log = logging.getLogger(__name__)

# QUERY_USER_NOTIFICATION_STATE values (shellapi.h)
QUNS_NOT_PRESENT = 1  # screensaver shown, workstation locked, or another user's session in front
QUNS_BUSY = 2  # a full-screen application runs, or presentation settings are on
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
QUNS_ACCEPTS_NOTIFICATIONS = 5
QUNS_QUIET_TIME = 6
QUNS_APP = 7

_FULLSCREEN_STATES = {QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE}


def idle_ms(tick_now: int, last_input_tick: int) -> int:
    """Milliseconds between two GetTickCount values, which wrap around every 49.7 days."""
    return (tick_now - last_input_tick) & 0xFFFFFFFF


def state_flags(state: int | None) -> tuple[bool, bool]:
    """(locked, fullscreen) for a QUERY_USER_NOTIFICATION_STATE value; None reads as neither."""
    return state == QUNS_NOT_PRESENT, state in _FULLSCREEN_STATES


class _LastInputInfo(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32)]


class WindowsMonitor:
    """Reads the time of the last input (user32 GetLastInputInfo, compared with GetTickCount) and
    the shell's notification state for lock and full-screen (shell32 SHQueryUserNotificationState).
    """

    name = "Windows GetLastInputInfo"
    senses = frozenset({"idle", "lock", "fullscreen"})

    def __init__(self) -> None:
        if sys.platform != "win32":
            raise PlatformUnavailable("not Windows")
        windll = ctypes.windll  # type: ignore[attr-defined]
        self._user32 = windll.user32
        self._kernel32 = windll.kernel32
        self._shell32 = windll.shell32
        self._user32.GetLastInputInfo.argtypes = [ctypes.POINTER(_LastInputInfo)]
        self._user32.GetLastInputInfo.restype = ctypes.c_int
        self._kernel32.GetTickCount.argtypes = []
        self._kernel32.GetTickCount.restype = ctypes.c_uint32
        self._shell32.SHQueryUserNotificationState.argtypes = [ctypes.POINTER(ctypes.c_int)]
        self._shell32.SHQueryUserNotificationState.restype = ctypes.c_long
        self._info = _LastInputInfo(cbSize=ctypes.sizeof(_LastInputInfo))
        if self.idle_s() is None:
            raise PlatformUnavailable("GetLastInputInfo failed")

    def idle_s(self) -> float | None:
        if not self._user32.GetLastInputInfo(ctypes.byref(self._info)):
            return None
        return idle_ms(self._kernel32.GetTickCount(), self._info.dwTime) / 1000.0

    def _state(self) -> int | None:
        state = ctypes.c_int()
        if self._shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:
            return None
        return state.value

    def sample(self) -> ActivitySample:
        locked, fullscreen = state_flags(self._state())
        return ActivitySample(idle_s=self.idle_s(), locked=locked, fullscreen=fullscreen)

    def close(self) -> None:
        pass
