"""Architecture rules: the core stays Qt-free, window-free commands never load Qt, lint is clean."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "coach" / "core"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: p.name)
def test_core_module_imports_no_qt(path):
    bad = {
        m
        for m in imported_modules(path)
        if m.split(".")[0] in {"PySide6", "shiboken6"}
        or m.startswith(("coach.qt", "coach.platform", "coach.app"))
    }
    assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"


def test_core_reads_no_system_clock():
    offenders = []
    for path in CORE.rglob("*.py"):
        if path.name == "clock.py":
            continue
        text = path.read_text(encoding="utf-8")
        for needle in (
            "time.time(",
            "time.monotonic(",
            "datetime.now(",
            "date.today(",
            "datetime.utcnow(",
        ):
            if needle in text:
                offenders.append(f"{path.name}: {needle}")
    assert not offenders


def test_import_contracts():
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint_imports is None:
        pytest.skip("import-linter is not installed")
    result = subprocess.run([lint_imports], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["validate"],
        ["list", "--json"],
        ["list"],
        ["--version"],
        ["log"],
        ["stats"],
        ["plan"],
        ["export", "--format", "json"],
        ["--lang", "de", "safety"],
        ["--lang", "de", "list"],
        ["--lang", "de", "plan"],
    ],
)
def test_window_free_commands_do_not_import_qt(args, coach_home):
    code = (
        "import sys\nfrom coach.cli import main\n"
        f"try:\n    main({args!r})\nexcept SystemExit:\n    pass\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'PySide6 was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={"COACH_HOME": str(coach_home), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr


def test_ruff_is_clean():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed")
    result = subprocess.run([ruff, "check", "."], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
