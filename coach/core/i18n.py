"""Translating user-visible text in the Qt-free core through a pluggable translator (Qt's in the app).

How to mark text so that ``pyside6-lupdate`` (see ``coach/tools/translations.py``) extracts it:

- ``translate("Context", "Text {x}").format(x=...)`` for a text without a count; lupdate reads any
  call named ``translate`` whose first two arguments are string literals.
- ``Context.tr("%n walk(s)", "", count)`` for a text with a count, from a class deriving from
  :class:`Context` (``class Today(Context): ...``); lupdate takes the class name before ``.tr`` as
  the context and marks the text as a plural. (It does not mark ``translate(ctx, text, "", count)``
  as a plural when ``count`` is a variable: it reads that argument as an old-style encoding.)
- ``QT_TRANSLATE_NOOP("Context", "Text")`` for a constant defined at import time, before any
  translator is installed; it returns the text unchanged, and the code that shows the constant
  translates it with ``translate("Context", CONSTANT)``.

English is the source language. Without a translation, ``%n`` texts follow English plural rules
written into the text: ``(s)`` and ``(es)`` are dropped for 1 and kept (without brackets) otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]
"""Like ``QCoreApplication.translate``: (context, source text, disambiguation, n) -> text."""

_PLURAL_MARK = re.compile(r"\((e?s)\)")


def _identity(_context: str, text: str, _disambiguation: str | None = None, _n: int = -1) -> str:
    return text


_translator: Translator = _identity


def set_translator(translator: Translator | None) -> None:
    """Use ``translator`` for every later :func:`translate` call (None: back to English)."""
    global _translator
    _translator = translator or _identity


def english_plural(text: str, n: int) -> str:
    """``%n walk(s)`` read in English for ``n``: ``1 walk``, ``2 walks``."""
    return _PLURAL_MARK.sub("" if n == 1 else r"\1", text).replace("%n", str(n))


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language; ``%n`` in it becomes ``n`` when ``n`` is not negative."""
    result = _translator(context, text, disambiguation, n)
    if n < 0:
        return result
    if result in (text, text.replace("%n", str(n))):  # not translated: English rules
        return english_plural(text, n)
    return result.replace("%n", str(n))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for extraction without translating it now; see the module docstring."""
    del context
    return text


class Context:
    """Base of a translation context: ``class Today(Context): ...``, then ``Today.tr(...)``.

    The class name is the context, the same name lupdate reads before ``.tr``.
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(cls.__name__, text, disambiguation, n)
