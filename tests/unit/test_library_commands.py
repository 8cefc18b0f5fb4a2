"""``coach validate`` and ``coach list`` as a user runs them."""

from __future__ import annotations

import json
import textwrap

import pytest

from coach import paths
from coach.cli import main

EXERCISE = """\
id: {id}
name: My stretch
summary: A stretch of my own.
position: seated
steps: [Sit tall., Stretch.]
dose: {{hold: 20s}}
"""


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_validate_shipped_library(capsys):
    assert main(["validate"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1].endswith(": all valid") and "exercise" in out[-1]


def test_validate_reports_problems_with_file_and_line(tmp_path, capsys):
    bad = write(tmp_path / "bad.yaml", EXERCISE.format(id="bad").replace("seated", "sofa"))
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert out == [
        f"{bad}:4: position: 'sofa' is not one of: standing, seated, lying, kneeling, hands-and-knees, any",
        "0 exercises, 0 routines: 1 problem in 1 file",
    ]


def test_validate_folder_with_good_and_bad(tmp_path, capsys):
    write(tmp_path / "lib" / "good.yaml", EXERCISE.format(id="good"))
    write(tmp_path / "lib" / "routines" / "mine.yaml", "id: mine\nname: M\nsummary: S\npurpose: session\n"
          "items:\n  - exercise: good\n  - exercise: forward-bend\n")
    write(tmp_path / "lib" / "broken.yaml", "id: broken\nsteps: [\n")
    assert main(["validate", str(tmp_path / "lib")]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert out[0].startswith(f"{tmp_path / 'lib' / 'broken.yaml'}:3: YAML syntax error")
    assert out[-1] == "1 exercise, 1 routine: 1 problem in 1 file"


def test_validate_missing_path(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.yaml")]) == 1
    assert "no such file or folder" in capsys.readouterr().out


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["list", "--bogus"])
    assert info.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def test_list_json_fields(capsys):
    assert main(["list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["type"] for r in rows} == {"exercise", "routine"}
    for row in rows:
        assert {"id", "name", "type", "duration_s", "origin", "path"} <= row.keys()
        assert row["origin"] == "builtin" and row["duration_s"] > 0
        assert ("kind" in row) if row["type"] == "exercise" else ("purpose" in row)
    desk = next(r for r in rows if r["id"] == "desk-break")
    assert desk["type"] == "routine" and desk["purpose"] == "movement-break"
    doses = {r["id"]: r["dose"] for r in rows if r["type"] == "exercise"}
    assert doses["march-on-the-spot"] == "March for 30 s"  # a movement says what to do, not "hold"
    assert doses["knee-hug"] == "3 × 10 s hold, alternating sides"


def test_list_text_shows_each_exercise_dose(capsys):
    assert main(["list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    march = next(line for line in lines if line.strip().startswith("march-on-the-spot "))
    assert march.endswith("March on the spot · March for 30 s")
    assert not any("hold" in line for line in lines if "march-on-the-spot" in line)


def test_list_shows_user_files_and_reports_broken_ones_on_stderr(capsys):
    user = paths.user_exercises_dir()
    write(user / "my-stretch.yaml", EXERCISE.format(id="my-stretch"))
    write(user / "forward-bend.yaml", EXERCISE.format(id="forward-bend"))
    write(user / "oops.yaml", "id: oops\nname: [\n")
    assert main(["list", "--json"]) == 0
    captured = capsys.readouterr()
    rows = {r["id"]: r for r in json.loads(captured.out)}
    assert rows["my-stretch"]["origin"] == "user"
    assert rows["forward-bend"]["origin"] == "user" and rows["forward-bend"]["replaces"]
    assert "oops.yaml:3: YAML syntax error" in captured.err
    assert main(["list"]) == 0
    text = capsys.readouterr().out
    assert "my-stretch" in text and "[user]" in text and "replaces the built-in one" in text


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("coach 0.")
