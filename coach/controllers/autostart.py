"""Starting Coach at login: what the Settings dialog and the welcome offer, and the command used."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from coach.core.activity import Autostart

AutostartOffer = tuple[bool, Callable[[bool], None]] | None


def launch_command(platform: str = sys.platform, executable: str = sys.executable) -> list[str]:
    """How to start this Coach again at login.

    On Windows the ``coach-gui`` entry point (or ``pythonw``), so no console window opens.
    """
    if platform == "win32":
        found = shutil.which("coach-gui")
        if found:
            return [found]
        windowless = Path(executable).with_name("pythonw.exe")
        return [str(windowless if windowless.exists() else Path(executable)), "-m", "coach"]
    found = shutil.which("coach")
    return [found] if found else [executable, "-m", "coach"]


class AutostartController(QObject):
    """Turns starting at login on and off; failures are told through ``notice``."""

    def __init__(
        self, autostart: Autostart | None, notice: Callable[[str], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.autostart = autostart
        self.notice = notice

    def offer(self) -> AutostartOffer:
        """(enabled now, setter) for a dialog's check box; None where Coach cannot start at login."""
        if self.autostart is None:
            return None
        return self.autostart.is_enabled(), self.set_enabled

    def set_enabled(self, enabled: bool) -> None:
        if self.autostart is None:
            return
        try:
            if enabled:
                self.autostart.enable(launch_command())
            else:
                self.autostart.disable()
        except OSError as exc:
            self.notice(self.tr("Could not change starting at login: {error}").format(error=exc))
