"""Loading the translations: Coach's own ``coach_<lang>.qm`` and Qt's ``qtbase_<lang>.qm``."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coach import paths
from coach.core import i18n

log = logging.getLogger(__name__)

_INSTALLED: list[QTranslator] = []
_DEFAULT_LOCALE: list[QLocale] = []  # the default locale before ``lang`` replaced it


def translations_dir() -> Path:
    """Where the compiled ``coach_<lang>.qm`` files are shipped."""
    return paths.assets_dir() / "translations"


def install_translators(app: QCoreApplication, lang: str | None = None) -> list[str]:
    """Translate Coach (Qt views and core texts) into ``lang`` or the system's language.

    ``lang`` is a locale name such as ``de`` or ``de_DE``; None uses ``QLocale.system()``,
    which follows ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``. English needs no
    file: it is the source language. Returns the names of the files loaded.
    """
    remove_translators(app)
    locale = QLocale(lang) if lang else QLocale.system()
    if lang:
        _DEFAULT_LOCALE.append(QLocale())
        QLocale.setDefault(locale)
    loaded = []
    sources = (
        ("coach", translations_dir()),
        ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
    )
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", str(folder)) and app.installTranslator(translator):
            _INSTALLED.append(translator)
            loaded.append(Path(translator.filePath()).name)
        else:
            translator.deleteLater()
    i18n.set_translator(QCoreApplication.translate)
    log.info("language %s: %s", locale.name(), ", ".join(loaded) or "English (no translation loaded)")
    return loaded


def remove_translators(app: QCoreApplication) -> None:
    """Back to English: remove what :func:`install_translators` installed."""
    while _INSTALLED:
        translator = _INSTALLED.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    if _DEFAULT_LOCALE:
        QLocale.setDefault(_DEFAULT_LOCALE[0])
        _DEFAULT_LOCALE.clear()
    i18n.set_translator(None)
