"""The built wheel installs like an app: its own environment, `coach` and `coach-gui`, a menu entry.

This is what ``pipx install coach-*.whl`` does: a fresh virtual environment holding the wheel,
with the commands on the PATH. The test runs offline: the dependencies are not downloaded but
linked in from this environment, and only those the wheel declares (and theirs), so an import
of anything undeclared fails here as it would on a user's machine.
"""

from __future__ import annotations

import importlib.metadata as md
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers.wheel import build_wheel

ROOT = Path(__file__).resolve().parents[2]


def _requirements(requires: list[str] | None) -> list[str]:
    names = []
    for line in requires or []:
        if "extra ==" in line:
            continue
        if ";" in line:  # keep only the requirements whose markers hold here
            from packaging.markers import Marker

            if not Marker(line.split(";", 1)[1]).evaluate():
                continue
        names.append(re.split(r"[\s<>=!~\[;(]", line.strip(), maxsplit=1)[0])
    return names


def _link_dependencies(wheel: Path, into: Path) -> list[str]:
    """Link the wheel's runtime dependencies (and theirs) from this environment into ``into``."""
    with zipfile.ZipFile(wheel) as archive:
        meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        requires = [
            v.strip()
            for k, v in (
                line.split(":", 1) for line in archive.read(meta).decode().splitlines() if ":" in line
            )
            if k == "Requires-Dist"
        ]
    todo, seen = _requirements(requires), set()
    into.mkdir()
    while todo:
        name = todo.pop().lower().replace("_", "-")
        if name in seen:
            continue
        seen.add(name)
        dist = md.distribution(name)
        site = Path(dist.locate_file(""))
        for top in {Path(str(f)).parts[0] for f in dist.files or []}:
            if top.startswith("..") or top == "__pycache__":
                continue
            target = into / top
            if not target.exists() and (site / top).exists():
                target.symlink_to(site / top)
        todo.extend(_requirements(dist.requires))
    return sorted(seen)


@pytest.mark.slow
def test_built_wheel_installs_like_an_app(tmp_path):
    pytest.importorskip("hatchling")
    pytest.importorskip("packaging")
    run = dict(capture_output=True, text=True, cwd=tmp_path, timeout=300)
    wheel = build_wheel(tmp_path / "wheel")

    # a fresh environment of its own, as pipx makes for an app
    app = tmp_path / "pipx" / "venvs" / "coach"
    base_python = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base_python, "-m", "venv", "--without-pip", str(app)], check=True, **run)
    python = app / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            **run,
        ).stdout.strip()
    )
    deps = _link_dependencies(wheel, tmp_path / "deps")
    assert {"pyside6-essentials", "pyyaml", "platformdirs"} <= set(deps)
    (site / "offline-deps.pth").write_text(str(tmp_path / "deps") + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
        check=True,
        **run,
    )
    check = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "check"], **run)
    assert check.returncode == 0, check.stdout + check.stderr

    bin_dir = app / "bin"
    home = tmp_path / "home"
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("COACH_", "PYTHON", "VIRTUAL_ENV", "XDG_DATA"))
    }
    env.update(
        PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
        COACH_HOME=str(home),
        XDG_DATA_HOME=str(tmp_path / "share"),
        QT_QPA_PLATFORM="offscreen",
    )
    version = subprocess.run([str(bin_dir / "coach"), "--version"], env=env, check=True, **run)
    assert version.stdout.strip() == f"coach {md.version('coach')}"
    gui = subprocess.run([str(bin_dir / "coach-gui"), "--version"], env=env, check=True, **run)
    assert gui.stdout == version.stdout
    entry_points = next(site.glob("coach-*.dist-info")) / "entry_points.txt"
    assert re.search(r"\[gui_scripts\]\s+coach-gui = coach.cli:gui_main", entry_points.read_text())

    listed = subprocess.run([str(bin_dir / "coach"), "list", "--json"], env=env, check=True, **run)
    rows = json.loads(listed.stdout)
    assert any(r["id"] == "desk-break" for r in rows)
    assert all(r["path"].startswith(str(site)) for r in rows)  # the wheel's own data, not this checkout
    imported = subprocess.run(
        [
            str(python),
            "-c",
            "import coach.app, coach.qt.player, coach.qt.history_view; print(coach.app.__file__)",
        ],
        env=env,
        check=True,
        **run,
    )
    assert imported.stdout.startswith(str(site))

    subprocess.run([str(bin_dir / "coach"), "install-desktop"], env=env, check=True, **run)
    desktop = home / "applications" / "org.coachapp.Coach.desktop"  # COACH_HOME keeps it from the real menu
    assert f"Exec={bin_dir / 'coach'}\n" in desktop.read_text(encoding="utf-8")
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / "org.coachapp.Coach.svg").is_file()
    assert not (tmp_path / "share").exists()
    if shutil.which("desktop-file-validate"):
        valid = subprocess.run(["desktop-file-validate", str(desktop)], **run)
        assert valid.returncode == 0, valid.stdout + valid.stderr
