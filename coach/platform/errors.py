"""The one error an operating-system adapter raises when it cannot work on this desktop."""

from __future__ import annotations


class PlatformUnavailable(Exception):
    """An adapter cannot work here (no display, no such D-Bus service, wrong operating system).

    Raised from an adapter's constructor; whoever chooses adapters logs ``reason`` and tries the next.

    Attributes:
        reason: a short sentence saying what is missing.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
