"""What the scheduler is told about the user's presence, and the adapters' interfaces for it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class ActivitySample:
    """One reading of the desktop.

    Attributes:
        idle_s: seconds since the last keyboard or mouse input; None when it cannot be known.
        locked: the screen is locked (or the session is inactive).
        fullscreen: a full-screen window is in front (a presentation, a video call); False when
            it cannot be known.
    """

    idle_s: float | None
    locked: bool = False
    fullscreen: bool = False


class ActivityMonitor(Protocol):
    """Reads idle time, lock state and full-screen state from the desktop (one per platform)."""

    name: str  # e.g. "X11 XScreenSaver", "GNOME Mutter IdleMonitor"

    def sample(self) -> ActivitySample: ...

    def close(self) -> None: ...


class Notifier(Protocol):
    """Sends desktop notifications, with action buttons where the server supports them."""

    name: str

    @property
    def supports_actions(self) -> bool: ...

    def notify(
        self,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        on_action: Callable[[str], None] | None = None,
        *,
        replaces: int = 0,
        timeout_ms: int = -1,
    ) -> int:
        """Show a notification; ``actions`` are (key, label) pairs; returns its id (0 if not shown).

        ``on_action(key)`` may be called from another thread; the caller marshals it. The key
        is "dismissed" when the user closed the notification without choosing.
        """
        ...

    def close_notification(self, notification_id: int) -> None: ...


class Autostart(Protocol):
    """Starts Coach at login (XDG autostart, the Windows Run key, a macOS LaunchAgent)."""

    def is_enabled(self) -> bool: ...

    def enable(self, command: Sequence[str]) -> None: ...

    def disable(self) -> None: ...
