"""Chooses the desktop notifier for this system, or None when the app must show its own."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping

from coach.core.activity import Notifier
from coach.platform.dbusconn import session_bus_address
from coach.platform.errors import PlatformUnavailable
from coach.platform.notify_dbus import DBusNotifier

log = logging.getLogger(__name__)


def detect_notifier(
    env: Mapping[str, str] = os.environ,
    *,
    platform: str = sys.platform,
    app_icon: str = "",
    desktop_entry: str = "",
    factory: Callable[..., Notifier] = DBusNotifier,
) -> Notifier | None:
    """The freedesktop notifier on Linux and the BSDs when a notification server answers.

    Windows and macOS have no native notifier here yet: None, and the app falls back to its
    tray icon's messages or its own window.
    """
    if platform in ("win32", "darwin"):
        log.info("desktop notifications: no native notifier for %s", platform)
        return None
    try:
        extra = {"desktop_entry": desktop_entry} if desktop_entry else {}
        notifier = factory(session_bus_address(env), app_icon=app_icon, **extra)
    except PlatformUnavailable as exc:
        log.info("desktop notifications unavailable: %s", exc.reason)
        return None
    log.info("desktop notifications: using %s", notifier.name)
    return notifier
