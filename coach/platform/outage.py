"""Tracks an OS source that stopped answering: one log line per outage, and a pause before retrying."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

log = logging.getLogger(__name__)


class Outage:
    """Tracks a failing source: logs once when it fails and once when it recovers, and
    holds off retries for ``retry_s`` so a hung service cannot stall every sample."""

    def __init__(
        self, what: str, *, retry_s: float = 5.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.what = what
        self.retry_s = retry_s
        self._clock = clock
        self._down_since: float | None = None
        self._retry_at = 0.0

    @property
    def down(self) -> bool:
        return self._down_since is not None

    def ready(self) -> bool:
        """True when the source may be asked now."""
        return self._down_since is None or self._clock() >= self._retry_at

    def failed(self, exc: BaseException) -> None:
        now = self._clock()
        if self._down_since is None:
            self._down_since = now
            log.warning("%s stopped answering: %s", self.what, exc)
        self._retry_at = now + self.retry_s

    def succeeded(self) -> None:
        if self._down_since is not None:
            log.info("%s answers again after %.0f s", self.what, self._clock() - self._down_since)
            self._down_since = None
