"""Build Coach's wheel from this checkout, as the packaging and install tests need it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def build_wheel(folder: Path) -> Path:
    """Build the wheel into ``folder`` (offline, no build isolation) and return its path."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(folder), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
        cwd=folder.parent,
        timeout=300,
    )
    [wheel] = folder.glob("coach-*.whl")
    return wheel
