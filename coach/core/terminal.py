"""Text from users' files made safe to print: control characters shown as escapes, never sent raw."""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidirectional overrides and isolates that reorder a line.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def control_characters(text: str, *, allow_newlines: bool = False) -> list[str]:
    """The control characters in ``text``, each as its escape (``\\x1b``), in order of appearance."""
    return [_escape(m) for m in _CONTROL.finditer(text) if not (allow_newlines and m.group() == "\n")]


# in JSON text, line breaks and tabs outside strings are layout (json.dumps escapes those inside)
_JSON_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


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


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(text: str) -> str:
    """JSON text with every control character written as a ``\\uXXXX`` escape.

    ``json.dumps`` escapes only C0 controls; this also escapes DEL, C1 controls and the
    bidirectional overrides. The data read back is exactly the same; a terminal never sees them.
    """
    return _JSON_CONTROL.sub(_json_escape, text)
