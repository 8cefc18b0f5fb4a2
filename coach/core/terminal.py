"""Text from users' files made safe to print: control characters shown as escapes, never sent raw."""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidirectional overrides and isolates that reorder a line.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def control_characters(text: str, *, allow_newlines: bool = False) -> list[str]:
    """The control characters in ``text``, each as its escape (``\\x1b``), in order of appearance."""
    return [_escape(m) for m in _CONTROL.finditer(text) if not (allow_newlines and m.group() == "\n")]


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: object, *, keep_newlines: bool = False) -> str:
    """``str(text)`` with every control character replaced by its escape, for a terminal.

    ``keep_newlines`` leaves line breaks alone, for a message of several lines.
    """
    if keep_newlines:
        return "\n".join(_CONTROL.sub(_escape, line) for line in str(text).split("\n"))
    return _CONTROL.sub(_escape, str(text))
