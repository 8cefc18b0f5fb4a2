"""``coach-gui``: the console-free entry point (Windows' pythonw gives no standard streams)."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from coach import cli

ROOT = Path(__file__).resolve().parents[2]


def test_it_is_declared_as_a_gui_script():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["gui-scripts"]["coach-gui"] == "coach.cli:gui_main"
    assert any(dep.startswith("tzdata") and "win32" in dep for dep in project["dependencies"])


def test_it_runs_without_standard_streams(monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "argv", ["coach-gui", "--version"])
    with pytest.raises(SystemExit) as exit_info:
        cli.gui_main()  # argparse prints the version: to nowhere, without failing
    assert exit_info.value.code == 0
    assert sys.stdout is not None and sys.stderr is not None
    sys.stdout.close()
    sys.stderr.close()
