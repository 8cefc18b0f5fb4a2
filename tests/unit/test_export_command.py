"""``coach export``: CSV and JSON to a file or standard output, missing and broken logs, no Qt."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from coach import paths
from coach.commands.export import run_export
from coach.tools.demo_history import fill

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def berlin(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")


@pytest.fixture
def counts():
    paths.database_path().parent.mkdir(parents=True, exist_ok=True)
    return fill(paths.database_path(), weeks=1, seed=4, end=date(2026, 2, 15))


def test_csv_to_a_file(counts, tmp_path, capsys):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "log.csv"
    assert run_export("csv", str(target)) == 0
    total = sum(counts.values())
    out, err = capsys.readouterr()
    assert out == f"Exported {total} records to {target}\n" and err == ""
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == total
    assert sum(r["type"] == "walk" for r in rows) == counts["walks"]
    assert rows[0]["time_local"].endswith("+01:00")  # local time is Berlin's, in February
    assert [p.name for p in target.parent.iterdir()] == ["log.csv"]  # no temporary file left


def test_json_to_standard_output(counts, capsys):
    assert run_export("JSON", None) == 0
    out, _err = capsys.readouterr()
    data = json.loads(out)
    assert data["time_zone"] == "Europe/Berlin"
    assert len(data["records"]) == sum(counts.values())
    assert run_export("json", "-") == 0
    assert json.loads(capsys.readouterr().out) == data


def test_csv_to_standard_output_keeps_crlf(counts, capsysbinary):
    assert run_export("csv", None) == 0
    raw = capsysbinary.readouterr().out
    assert raw.startswith(b"type,id,") and b"\r\n" in raw and b"\r\r\n" not in raw
    assert len(list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))) == sum(counts.values()) + 1


def test_a_missing_log_exports_nothing_and_is_not_created(tmp_path, capsys):
    assert run_export("json", str(tmp_path / "empty.json")) == 0
    assert json.loads((tmp_path / "empty.json").read_text(encoding="utf-8"))["records"] == []
    assert not paths.database_path().exists()
    capsys.readouterr()


def test_a_bad_format_is_a_usage_error(capsys):
    assert run_export("xml", None) == 2
    assert "--format must be csv or json" in capsys.readouterr().err


def test_an_unwritable_output_is_reported(counts, tmp_path, capsys):
    assert run_export("csv", str(tmp_path / "no" / "such" / "folder" / "log.csv")) == 1
    err = capsys.readouterr().err
    assert err.startswith("coach export: cannot write") and "Traceback" not in err


def test_a_damaged_log_is_reported_and_nothing_written(tmp_path, capsys):
    database = paths.database_path()
    database.parent.mkdir(parents=True, exist_ok=True)
    database.write_bytes(b"this is not a database" * 100)
    assert run_export("csv", str(tmp_path / "out.csv")) == 1
    assert f"cannot read the session log {database}" in capsys.readouterr().err
    assert not (tmp_path / "out.csv").exists()
    assert database.read_bytes() == b"this is not a database" * 100


def test_export_does_not_import_qt(counts, coach_home, tmp_path):
    target = tmp_path / "out.json"
    code = (
        "import sys\nfrom coach.commands.export import run_export\n"
        f"assert run_export('json', {str(target)!r}) == 0\n"
        "assert run_export('csv', None) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'PySide6 was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={"COACH_HOME": str(coach_home), "PATH": "/usr/bin:/bin", "TZ": "UTC"},
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(target.read_text(encoding="utf-8"))["records"]) == sum(counts.values())
    message, table = result.stdout.split("\n", 1)
    assert message == f"Exported {sum(counts.values())} records to {target}"
    assert table.startswith("type,id,")
