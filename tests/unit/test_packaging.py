"""Shipped data is found from a checkout and from a non-editable wheel install."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from coach import paths
from tests.helpers.wheel import build_wheel

ROOT = Path(__file__).resolve().parents[2]


def test_checkout_finds_data():
    assert paths.builtin_exercises_dir() == ROOT / "exercises"
    assert paths.assets_dir() == ROOT / "assets"
    assert (paths.builtin_exercises_dir() / "routines" / "desk-break.yaml").is_file()


@pytest.mark.slow
def test_wheel_install_finds_data(tmp_path):
    pytest.importorskip("hatchling")
    wheel = build_wheel(tmp_path / "wheel")
    names = zipfile.ZipFile(wheel).namelist()
    assert "coach/_data/exercises/routines/desk-break.yaml" in names
    assert any(n.startswith("coach/_data/assets/") for n in names)
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    shutil.rmtree(target / "bin", ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(target), "COACH_HOME": str(tmp_path / "home")}
    probe = "import coach, sys; print(coach.__file__)"
    where = subprocess.run(
        [sys.executable, "-c", probe], env=env, cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert where.startswith(str(target)), where
    result = subprocess.run(
        [sys.executable, "-m", "coach", "list", "--json"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    rows = json.loads(result.stdout)
    assert any(r["id"] == "desk-break" for r in rows)
    assert all(r["path"].startswith(str(target)) for r in rows)
    result = subprocess.run(
        [sys.executable, "-m", "coach", "validate"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout
