"""The desktop profile: what this desktop offers Coach, what Coach does about it, and what it says."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSystemTrayIcon

from coach.core.activity import ActivityMonitor, Notifier
from coach.core.delivery import Abilities
from coach.core.settings import BreakStyle
from coach.platform.activity import FULLSCREEN, IDLE, LOCK, senses
from coach.platform.session import Session, detect_session


@dataclass(frozen=True)
class DesktopProfile:
    """What was found at start-up, and the decisions that follow from it.

    Attributes:
        session: the desktop session (X11, Wayland, Windows, macOS).
        senses: what the activity monitor tells: "idle", "lock", "fullscreen".
        abilities: notifications, their buttons, the tray.
        places_windows: Coach can position its windows (False on Wayland).
        monitor: the activity monitor's name, for the log and the README's table.
    """

    session: Session
    senses: frozenset[str]
    abilities: Abilities
    places_windows: bool = True
    monitor: str = ""

    @classmethod
    def detect(
        cls, monitor: ActivityMonitor | None, notifier: Notifier | None, *, has_tray: bool
    ) -> DesktopProfile:
        """The profile of the running desktop, from the adapters found and what Qt reports."""
        from coach.qt.prompts import compositor_places_windows  # the prompt windows: not at idle

        return cls(
            session=detect_session(),
            senses=senses(monitor),
            abilities=Abilities(
                notifications=notifier is not None,
                actions=notifier is not None and notifier.supports_actions,
                tray=has_tray,
                tray_messages=has_tray and QSystemTrayIcon.supportsMessages(),
            ),
            places_windows=not compositor_places_windows(),
            monitor=getattr(monitor, "name", ""),
        )

    @property
    def close_minimizes(self) -> bool:
        """Without a tray, closing the window minimises it: hiding it would leave no way back."""
        return not self.abilities.tray

    def presence_note(self) -> str | None:
        """What the user must know about how presence is detected, or None when all is known."""
        if IDLE in self.senses:
            return None
        if LOCK in self.senses:
            return QCoreApplication.translate(
                "DesktopProfile",
                "This desktop does not tell Coach how long you have been idle: breaks follow the "
                "clock while the screen is unlocked, and a locked screen counts as away.",
            )
        return QCoreApplication.translate(
            "DesktopProfile", "Activity detection is unavailable on this desktop: breaks follow the clock."
        )

    def notes(self, style: BreakStyle) -> list[str]:
        """Lines for the Settings dialog: what this desktop cannot do and what Coach does instead."""
        notes = [
            QCoreApplication.translate("DesktopProfile", "Desktop: {session}.").format(
                session=self.session.label
            )
        ]
        presence = self.presence_note()
        if presence:
            notes.append(presence)
        if FULLSCREEN not in self.senses:
            notes.append(
                QCoreApplication.translate(
                    "DesktopProfile",
                    "Coach cannot tell here whether a full-screen window (a presentation, a video call) "
                    "is in front, so breaks are not held back for one. Use reading mode instead.",
                )
            )
        if style is BreakStyle.NOTIFY and not (self.abilities.notifications and self.abilities.actions):
            notes.append(
                QCoreApplication.translate(
                    "DesktopProfile",
                    "Notifications here cannot carry Start, Later and Skip buttons, so breaks ask in "
                    "Coach's prompt window instead.",
                )
            )
        if not self.places_windows:
            notes.append(
                QCoreApplication.translate(
                    "DesktopProfile", "The desktop decides where Coach's prompt window appears (Wayland)."
                )
            )
        if not self.abilities.tray:
            notes.append(
                QCoreApplication.translate(
                    "DesktopProfile",
                    "There is no system tray: closing the main window minimises Coach, which keeps "
                    "reminding you. Use Coach → Quit to stop it.",
                )
            )
        return notes
