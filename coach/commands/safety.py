"""``coach safety``: the Safety page (warning signs, walking advice, causes) without a window."""

from __future__ import annotations

import json
import shutil
import sys

from coach.core.safety_page import page_text, safety_page


def run_safety(as_json: bool) -> int:
    """Print the whole Safety page as text, or as one JSON object with ``--json``."""
    page = safety_page(rules=True, walking=True)
    if as_json:
        json.dump(page.to_json(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    width = min(100, max(40, shutil.get_terminal_size((88, 24)).columns - 1))
    sys.stdout.write(page_text(page, width))
    return 0
