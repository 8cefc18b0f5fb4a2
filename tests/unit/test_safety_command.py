"""``coach safety`` as a user runs it: the Safety page as text or JSON, without Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from coach.commands.safety import run_safety
from coach.core.safety import CAUSES, RED_FLAGS, WALKING_CHECKLIST

ROOT = Path(__file__).resolve().parents[2]


def test_text_has_every_warning_sign_and_the_walking_advice(capsys):
    assert run_safety(False) == 0
    out = " ".join(capsys.readouterr().out.split())  # undo the wrapping
    for group in RED_FLAGS:
        assert f"[{group.urgency.value.upper()}] {group.title}" in out
        for item in group.items:
            assert item in out, item
    for cue in WALKING_CHECKLIST:
        assert cue in out
    assert "If pain starts on a walk" in out and "pharmacist" in out
    for cause in CAUSES:
        assert f"{cause.name}: " in out
    assert out.index("[EMERGENCY]") < out.index("[URGENT]") < out.index("[SOON]")
    assert "not a reason to stop" in out


def test_text_wraps_to_the_terminal(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    run_safety(False)
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) <= 59


def test_json_holds_the_sections_in_order(capsys):
    assert run_safety(True) == 0
    page = json.loads(capsys.readouterr().out)
    assert "not medical advice" in page["intro"][0]
    keys = [s["key"] for s in page["sections"]]
    assert keys == [
        "while-you-exercise",
        "warning-signs",
        "warning-signs-emergency",
        "warning-signs-urgent",
        "warning-signs-soon",
        "walking",
        "pain-on-a-walk",
        "causes",
        "questions",
    ]
    emergency = page["sections"][2]
    assert emergency["urgency"] == "emergency" and emergency["items"] == list(RED_FLAGS[0].items)
    causes = page["sections"][7]["terms"]
    assert {"name", "text"} == set(causes[0]) and len(causes) == len(CAUSES)


def test_the_command_line_runs_without_qt(tmp_path):
    code = (
        "import sys; from coach.cli import main; status = main(['safety', '--json']); "
        "assert 'PySide6' not in sys.modules, 'PySide6 was imported'; sys.exit(status)"
    )
    env = {**os.environ, "COACH_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["sections"]
