"""How each kind of event reaches the user, from what the desktop can show: one channel per event."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.core.settings import BreakStyle


class Channel(StrEnum):
    """Where an event is shown."""

    NOTIFICATION = "notification"  # a desktop notification (with buttons when it asks something)
    TRAY = "tray"  # a message from the tray icon (native on Windows and macOS, Qt's balloon on X11)
    PROMPT = "prompt"  # Coach's own prompt window
    OVERLAY = "overlay"  # Coach's full-screen reminder
    NONE = "none"  # nowhere but the tray tooltip and the Today page


@dataclass(frozen=True)
class Abilities:
    """What this desktop can show.

    Attributes:
        notifications: a notification service answers (freedesktop D-Bus here).
        actions: its notifications carry buttons whose clicks come back to Coach.
        tray: a system tray shows Coach's icon.
        tray_messages: the tray icon can show messages.
    """

    notifications: bool = False
    actions: bool = False
    tray: bool = False
    tray_messages: bool = False


def question_channel(style: BreakStyle, abilities: Abilities, *, overlay_allowed: bool = True) -> Channel:
    """Where a question (a break's Start/Later/Skip, a walk prompt) is asked: always answerable.

    The notification style is honoured only where notifications carry buttons; elsewhere a
    notification would be a dead end, so the prompt window asks instead. Walk prompts pass
    ``overlay_allowed=False``: they never cover the screen.
    """
    if style is BreakStyle.NOTIFY:
        return Channel.NOTIFICATION if abilities.notifications and abilities.actions else Channel.PROMPT
    if style is BreakStyle.OVERLAY and overlay_allowed:
        return Channel.OVERLAY
    return Channel.PROMPT


def info_channel(abilities: Abilities) -> Channel:
    """Where a piece of news with nothing to answer (a heads-up, "enjoy your walk") is shown."""
    if abilities.notifications:
        return Channel.NOTIFICATION
    if abilities.tray and abilities.tray_messages:
        return Channel.TRAY
    return Channel.NONE
