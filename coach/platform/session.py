"""Which desktop Coach runs on: the operating system, X11 or Wayland, and the desktop's name."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass

from coach.platform.activity import is_gnome, session_kind


@dataclass(frozen=True)
class Session:
    """The desktop session, from the environment.

    Attributes:
        kind: "x11", "wayland", "windows", "macos" or "none" (no graphical session).
        desktop: "GNOME", "KDE" or the first name in XDG_CURRENT_DESKTOP; "" when unknown.
    """

    kind: str
    desktop: str = ""

    @property
    def wayland(self) -> bool:
        return self.kind == "wayland"

    @property
    def label(self) -> str:
        """E.g. "KDE on Wayland", "X11", "Windows"."""
        names = {"x11": "X11", "wayland": "Wayland", "windows": "Windows", "macos": "macOS", "none": ""}
        base = names.get(self.kind, self.kind)
        if self.desktop and self.kind in ("x11", "wayland"):
            return f"{self.desktop} on {base}"
        return base or "no graphical session"


def detect_session(env: Mapping[str, str] = os.environ, *, platform: str = sys.platform) -> Session:
    """The session Coach runs in."""
    if platform == "win32":
        return Session("windows")
    if platform == "darwin":
        return Session("macos")
    current = [name for name in env.get("XDG_CURRENT_DESKTOP", "").split(":") if name]
    if is_gnome(env):
        desktop = "GNOME"
    elif any(name.upper() == "KDE" for name in current) or env.get("KDE_FULL_SESSION"):
        desktop = "KDE"
    else:
        desktop = current[0] if current else ""
    return Session(session_kind(env), desktop)
