"""A Qt ``.ts`` catalogue read without Qt, as a translator for :mod:`coach.core.i18n` (window-free output)."""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MAX_CATALOGUE_BYTES = 8 * 1024 * 1024  # Coach's own catalogue is a few hundred KB

Key = tuple[str, str, str]  # (context, source text, disambiguation comment or "")


@dataclass(frozen=True)
class Catalogue:
    """The finished translations of one ``.ts`` file: one text, or plural forms for ``%n`` texts."""

    texts: dict[Key, tuple[str, ...]]

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Like ``QCoreApplication.translate``; ``text`` itself when there is no translation."""
        forms = self.texts.get((context, text, disambiguation or "")) or self.texts.get((context, text, ""))
        if not forms:
            return text
        # plural forms in the order of Germanic languages (German, Dutch, ...): one, other
        return forms[0] if n == 1 or len(forms) == 1 else forms[min(1, len(forms) - 1)]


def read_catalogue(path: Path) -> Catalogue:
    """The translations in ``path``; unfinished and obsolete entries are left out (English shows).

    A missing, oversized or broken file gives an empty catalogue: the text stays English.
    """
    texts: dict[Key, tuple[str, ...]] = {}
    try:
        if path.stat().st_size > MAX_CATALOGUE_BYTES:
            raise OSError(f"larger than {MAX_CATALOGUE_BYTES} bytes")
        root = ET.fromstring(path.read_bytes())  # a .ts file has no DTD or entities to expand
    except (OSError, ET.ParseError) as error:
        log.warning("translations %s not read: %s", path, error)
        return Catalogue(texts)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") is not None:
                continue  # unfinished, vanished or obsolete
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if any(forms):
                texts[(name, source, message.findtext("comment") or "")] = tuple(forms)
    return Catalogue(texts)
