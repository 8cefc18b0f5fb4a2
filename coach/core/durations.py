"""Parsing and formatting of durations such as ``30s``, ``2m``, ``1m30s`` or ``90``."""

from __future__ import annotations

import re

from coach.core.i18n import translate

_PART = re.compile(r"(\d+)(h|m|s)")
_WHOLE = re.compile(r"(?:\d+[hms])+")
_UNIT_SECONDS = {"h": 3600, "m": 60, "s": 1}
_ORDER = "hms"


class DurationError(ValueError):
    """A duration that cannot be read."""


def parse_duration(value: object) -> int:
    """Return whole seconds for a duration written as an int or ``1h``, ``2m``, ``1m30s``, ``45s``.

    Raises:
        DurationError: with a message fit to show a user.
    """
    if isinstance(value, bool):
        raise DurationError(f"expected a duration such as 30s, 2m or 1m30s, got {value!r}")
    if isinstance(value, int):
        if value < 0:
            raise DurationError(f"a duration cannot be negative, got {value}")
        return value
    if not isinstance(value, str):
        raise DurationError(f"expected a duration such as 30s, 2m or 1m30s, got {type(value).__name__}")
    text = value.strip().lower().replace(" ", "")
    if text.isdigit():
        return int(text)
    if not text or not _WHOLE.fullmatch(text):
        raise DurationError(f"{_short(value)!r} is not a duration; write e.g. 30s, 2m, 1m30s or 1h")
    units = [unit for _, unit in _PART.findall(text)]
    if len(set(units)) != len(units) or units != sorted(units, key=_ORDER.index):
        raise DurationError(f"{_short(value)!r} is not a duration; write units in the order h, m, s")
    return sum(int(n) * _UNIT_SECONDS[u] for n, u in _PART.findall(text))


def format_duration(seconds: float) -> str:
    """Format seconds as a person reads them: ``45 s``, ``2 min``, ``1 min 30 s``, ``1 h 5 min``."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(translate("Durations", "{n} h").format(n=hours))
    if minutes:
        parts.append(translate("Durations", "{n} min").format(n=minutes))
    if secs or not parts:
        parts.append(translate("Durations", "{n} s").format(n=secs))
    return " ".join(parts)


def format_clock(seconds: float) -> str:
    """Format a countdown as ``M:SS`` (or ``H:MM:SS`` past an hour)."""
    total = max(0, int(-(-seconds // 1)))  # ceil, so 0.2 s left shows 0:01
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _short(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"
