"""The language of window-free output: ``--lang`` or the locale, read from Coach's ``.ts`` catalogue."""

from __future__ import annotations

import os
from collections.abc import Mapping

from coach import paths
from coach.core import i18n
from coach.core.library_i18n import ENGLISH, language_code
from coach.core.ts_catalogue import read_catalogue

_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def wanted_language(lang: str | None, env: Mapping[str, str] | None = None) -> str | None:
    """``de`` for ``--lang de`` or a German locale; None for English (or a C/POSIX locale).

    Without ``--lang`` the first that names a language wins, as for the window (Qt's
    ``uiLanguages``): ``LANGUAGE`` (its first entry), ``LC_ALL``, ``LC_MESSAGES``, ``LANG``.
    """
    env = os.environ if env is None else env
    if lang:
        code = language_code(lang)
    else:
        first = next((part for part in env.get("LANGUAGE", "").split(":") if part), None)
        names = [first, *(env.get(name) for name in _LOCALE_VARIABLES)]
        code = next((c for c in map(language_code, names) if c is not None), None)
    return None if code in (None, ENGLISH) else code


def use_language(lang: str | None) -> str | None:
    """Translate the core's texts into ``lang``'s language (see :func:`wanted_language`); its code.

    None (English) when Coach has no catalogue for that language. Qt is not needed: the
    catalogue's source file (``coach_<code>.ts``) is read with the standard library.
    """
    code = wanted_language(lang)
    path = paths.assets_dir() / "translations" / f"coach_{code}.ts"
    if code is None or not path.is_file():
        i18n.set_translator(None)
        return None
    i18n.set_translator(read_catalogue(path).translate)
    return code
