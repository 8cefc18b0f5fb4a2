"""Window-free output in the user's language (``--lang`` or the locale), read from the ``.ts`` without Qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.cli import main
from coach.commands.language import wanted_language
from coach.core import i18n
from coach.core.ts_catalogue import read_catalogue

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    """Each test starts from no locale at all, and leaves the core's translator English."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    yield
    i18n.set_translator(None)


def test_lang_de_prints_the_safety_page_in_german(capsys):
    assert main(["--lang", "de", "safety"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "[NOTFALL] Sofort in die Notaufnahme" in out and "Go to the emergency department now" not in out
    assert "Rufen Sie den Notruf" in out


@pytest.mark.parametrize("variable", ["LANG", "LANGUAGE", "LC_ALL"])
def test_a_german_locale_prints_the_safety_page_in_german(capsys, monkeypatch, variable):
    monkeypatch.setenv(variable, "de_DE.UTF-8" if variable != "LANGUAGE" else "de")
    assert main(["safety"]) == 0
    assert "Sofort in die Notaufnahme" in capsys.readouterr().out


def test_json_and_english_stay_english(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert main(["safety", "--json"]) == 0
    assert "Go to the emergency department now" in capsys.readouterr().out
    assert main(["--lang", "en", "safety"]) == 0
    assert "Go to the emergency department now" in capsys.readouterr().out


def test_list_and_plan_name_exercises_and_routines_in_german(capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "de")
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "Schulterbrücke" in out and "Bridge" not in out
    assert main(["plan", "--date", "2026-01-05"]) == 0
    assert "Schreibtischpause" in capsys.readouterr().out
    assert main(["list", "--json"]) == 0
    names = {row["name"] for row in json.loads(capsys.readouterr().out)}
    assert "Bridge" in names and "Schulterbrücke" not in names


def test_a_later_command_without_a_language_is_english_again(capsys):
    assert main(["--lang", "de", "safety"]) == 0
    capsys.readouterr()
    assert main(["safety"]) == 0
    assert "Go to the emergency department now" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("lang", "env", "code"),
    [
        (None, {}, None),
        ("de", {}, "de"),
        ("de_AT", {"LANG": "fr_FR.UTF-8"}, "de"),
        ("en", {"LANG": "de_DE.UTF-8"}, None),
        (None, {"LANG": "de_DE.UTF-8"}, "de"),
        (None, {"LANG": "C.UTF-8"}, None),
        (None, {"LANGUAGE": "de:en", "LANG": "C"}, "de"),
        (None, {"LC_ALL": "de_CH.UTF-8", "LANG": "en_GB.UTF-8"}, "de"),
        (None, {"LC_MESSAGES": "en_US.UTF-8", "LANG": "de_DE.UTF-8"}, None),
    ],
)
def test_which_language_is_wanted(lang, env, code):
    assert wanted_language(lang, env) == code


def test_the_catalogue_reader_keeps_finished_texts_and_plural_forms(tmp_path: Path):
    ts = tmp_path / "coach_xx.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>Ctx</name>
  <message><source>Walk</source><translation>Spaziergang</translation></message>
  <message><source>Open</source><comment>a file</comment><translation>Öffnen</translation></message>
  <message><source>Later</source><translation type="unfinished">Spaeter</translation></message>
  <message><source>Gone</source><translation type="vanished">Weg</translation></message>
  <message numerus="yes"><source>%n walk(s)</source><translation>
    <numerusform>%n Spaziergang</numerusform><numerusform>%n Spaziergänge</numerusform></translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    catalogue = read_catalogue(ts)
    assert catalogue.translate("Ctx", "Walk") == "Spaziergang"
    assert catalogue.translate("Other", "Walk") == "Walk"
    assert catalogue.translate("Ctx", "Open", "a file") == "Öffnen"
    assert catalogue.translate("Ctx", "Later") == "Later" and catalogue.translate("Ctx", "Gone") == "Gone"
    i18n.set_translator(catalogue.translate)
    assert i18n.translate("Ctx", "%n walk(s)", None, 1) == "1 Spaziergang"
    assert i18n.translate("Ctx", "%n walk(s)", None, 3) == "3 Spaziergänge"


def test_a_broken_catalogue_leaves_english(tmp_path: Path):
    ts = tmp_path / "coach_xx.ts"
    ts.write_text("<TS><context>", encoding="utf-8")
    assert read_catalogue(ts).translate("Ctx", "Walk") == "Walk"
    assert read_catalogue(tmp_path / "missing.ts").texts == {}
