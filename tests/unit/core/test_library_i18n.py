"""Translated library text: the shipped German overlays, and how broken overlays are reported."""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

import pytest

from coach import paths
from coach.core.library import Library, LibraryDir, load_library
from coach.core.library_i18n import language_code, overlay_kind

EXERCISE = """\
id: {id}
name: Knee hug
summary: Hug one knee to the chest.
position: lying
targets: [lower back]
steps:
  - Lie on your back.
  - Pull one knee in.
dose:
  hold: 20s
cautions:
  - Stop if it hurts.
"""

ROUTINE = """\
id: evening
name: Evening
summary: A short evening routine.
purpose: session
items:
  - exercise: knee-hug
"""

GERMAN = """\
id: {id}
name: Knie zur Brust
summary: Ziehen Sie ein Knie zur Brust.
targets: [unterer Rücken]
steps:
  - Legen Sie sich auf den Rücken.
  - Ziehen Sie ein Knie heran.
cautions:
  - Hören Sie auf, wenn es wehtut.
"""

GERMAN_ROUTINE = """\
id: evening
name: Abends
summary: Ein kurzes Programm für den Abend.
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def messages(library: Library) -> list[str]:
    return [f"{p.path.name}:{p.line}: {p.message}" for p in library.problems]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A library folder with knee-hug, another exercise and a routine, translated into German."""
    folder = tmp_path / "lib"
    write(folder / "knee-hug.yaml", EXERCISE.format(id="knee-hug"))
    write(folder / "knee-rock.yaml", EXERCISE.format(id="knee-rock"))
    write(folder / "routines" / "evening.yaml", ROUTINE)
    write(folder / "i18n" / "de" / "knee-hug.yaml", GERMAN.format(id="knee-hug"))
    write(folder / "i18n" / "de" / "knee-rock.yaml", GERMAN.format(id="knee-rock"))
    write(folder / "i18n" / "de" / "routines" / "evening.yaml", GERMAN_ROUTINE)
    return folder


def load(root: Path, lang: str | None = "de", *more: LibraryDir) -> Library:
    return load_library([LibraryDir(root, "builtin"), *more], lang=lang)


# -- the shipped German text ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> tuple[Library, Library]:
    dirs = [LibraryDir(paths.builtin_exercises_dir(), "builtin", paths.assets_dir() / "exercises")]
    return load_library(dirs, lang="en"), load_library(dirs, lang="de")


def test_every_shipped_exercise_and_routine_has_a_german_overlay():
    folder = paths.builtin_exercises_dir()
    german = folder / "i18n" / "de"
    for english in sorted(folder.glob("*.yaml")):
        assert (german / english.name).is_file(), english.name
    for english in sorted((folder / "routines").glob("*.yaml")):
        assert (german / "routines" / english.name).is_file(), english.name
    assert {p.name for p in german.glob("*.yaml")} == {p.name for p in folder.glob("*.yaml")}


def test_the_german_library_loads_without_problems(shipped):
    english, german = shipped
    assert not german.problems, "\n".join(map(str, german.problems))
    assert set(german.exercises) == set(english.exercises)
    assert set(german.routines) == set(english.routines)


def test_german_text_matches_the_english_item_for_item(shipped):
    english, german = shipped
    for ident, en in english.exercises.items():
        de = german.exercises[ident]
        assert de.name != en.name and de.summary != en.summary, ident
        assert len(de.steps) == len(en.steps), ident
        assert len(de.cautions) == len(en.cautions), ident
        assert len(de.targets) == len(en.targets), ident
        assert len(de.equipment) == len(en.equipment), ident
        assert not set(de.steps) & set(en.steps), ident
        # only the words change: everything the timer, the filters and the pictures use stays
        words = ("name", "summary", "steps", "cautions", "targets", "equipment")
        keep = {f.name for f in dataclasses.fields(en)} - set(words)
        assert {k: getattr(de, k) for k in keep - {"dose"}} == {k: getattr(en, k) for k in keep - {"dose"}}
        assert dataclasses.replace(de.dose, move=None) == dataclasses.replace(en.dose, move=None), ident
        assert (de.dose.move is None) == (en.dose.move is None), ident  # a movement's wording is German
        assert de.dose.move is None or de.dose.move != en.dose.move, ident
        assert de.duration_s == en.duration_s
    for ident, en in english.routines.items():
        de = german.routines[ident]
        assert de.name != en.name and de.summary != en.summary, ident
        assert [i.exercise.id for i in de.items] == [i.exercise.id for i in en.items]
        assert [dataclasses.replace(i.dose, move=None) for i in de.items] == [
            dataclasses.replace(i.dose, move=None) for i in en.items
        ]
        assert all(i.exercise == german.exercises[i.exercise.id] for i in de.items), ident
        assert (de.purpose, de.duration_s, de.path) == (en.purpose, en.duration_s, en.path)


def test_german_uses_the_words_of_the_window(shipped):
    _, german = shipped
    assert german.exercises["cat-cow"].name == "Katze-Kuh"
    assert german.routines["desk-break"].name == "Schreibtischpause"
    assert german.routines["extension-free-desk-break"].name == "Pause ohne Rückbeuge"
    assert "Wärmekissen" in german.exercises["heat-pack"].equipment
    assert all("Sie" in step for step in german.exercises["knee-hug"].steps)


def test_the_shipped_library_checks_the_translations_when_no_language_is_given():
    """What ``coach validate`` loads: English text, every translation checked."""
    library = load_library(paths.library_dirs())
    assert not library.problems
    assert library.exercises["knee-hug"].name == "Knee hug"


# -- applying overlays --------------------------------------------------------------------------


def test_overlay_changes_only_the_words(root):
    english, german = load(root, "en"), load(root, "de_DE.UTF-8")
    assert german.valid, messages(german)
    de, en = german.exercises["knee-hug"], english.exercises["knee-hug"]
    assert (de.name, de.summary) == ("Knie zur Brust", "Ziehen Sie ein Knie zur Brust.")
    assert de.steps == ("Legen Sie sich auf den Rücken.", "Ziehen Sie ein Knie heran.")
    assert de.cautions == ("Hören Sie auf, wenn es wehtut.",)
    assert de.targets == ("unterer Rücken",)
    assert (de.id, de.dose, de.position, de.path, de.origin) == (
        en.id,
        en.dose,
        en.position,
        en.path,
        en.origin,
    )
    routine = german.routines["evening"]
    assert (routine.name, routine.summary) == ("Abends", "Ein kurzes Programm für den Abend.")
    assert routine.items[0].exercise.name == "Knie zur Brust"


@pytest.mark.parametrize("lang", [None, "en", "en_GB", "C", "", "fr"])
def test_english_or_untranslated_language_keeps_english(root, lang):
    library = load(root, lang)
    assert library.valid, messages(library)
    assert library.exercises["knee-hug"].name == "Knee hug"
    assert library.routines["evening"].name == "Evening"
    assert library.routines["evening"].items[0].exercise.name == "Knee hug"


def test_missing_translation_is_not_a_problem(root):
    (root / "i18n" / "de" / "knee-rock.yaml").unlink()
    library = load(root)
    assert library.valid
    assert library.exercises["knee-rock"].name == "Knee hug"
    assert library.exercises["knee-hug"].name == "Knie zur Brust"


def test_overlay_without_optional_words_keeps_english_targets(root):
    text = GERMAN.format(id="knee-hug").replace("targets: [unterer Rücken]\n", "")
    write(root / "i18n" / "de" / "knee-hug.yaml", text)
    library = load(root)
    assert library.valid, messages(library)
    assert library.exercises["knee-hug"].targets == ("lower back",)
    assert library.exercises["knee-hug"].name == "Knie zur Brust"


def test_user_folder_ships_its_own_translations(root, tmp_path):
    user = tmp_path / "user"
    write(user / "hip-roll.yaml", EXERCISE.format(id="hip-roll"))
    write(
        user / "i18n" / "de" / "hip-roll.yaml",
        GERMAN.format(id="hip-roll").replace("Knie zur Brust", "Hüftrolle"),
    )
    library = load(root, "de", LibraryDir(user, "user"))
    assert library.valid, messages(library)
    assert library.exercises["hip-roll"].name == "Hüftrolle"
    assert library.exercises["hip-roll"].origin == "user"
    assert library.exercises["knee-hug"].name == "Knie zur Brust"


def test_user_translation_of_a_builtin_item_wins(root, tmp_path):
    user = tmp_path / "user"
    write(
        user / "i18n" / "de" / "knee-hug.yaml",
        GERMAN.format(id="knee-hug").replace("Knie zur Brust", "Knieumarmung"),
    )
    write(
        user / "i18n" / "fr" / "knee-hug.yaml",
        GERMAN.format(id="knee-hug").replace("Knie zur Brust", "Genou"),
    )
    assert load(root, "de", LibraryDir(user, "user")).exercises["knee-hug"].name == "Knieumarmung"
    assert load(root, "fr", LibraryDir(user, "user")).exercises["knee-hug"].name == "Genou"


def test_builtin_translation_is_not_put_on_a_user_replacement(root, tmp_path):
    user = tmp_path / "user"
    write(user / "knee-hug.yaml", EXERCISE.format(id="knee-hug").replace("Knee hug", "My knee hug"))
    library = load(root, "de", LibraryDir(user, "user"))
    assert library.valid, messages(library)
    assert library.exercises["knee-hug"].name == "My knee hug"
    assert library.routines["evening"].items[0].exercise.name == "My knee hug"
    assert library.exercises["knee-rock"].name == "Knie zur Brust"


# -- broken overlays: reported with file and line, the English kept --------------------------------


def _broken(root: Path, name: str, text: str) -> Library:
    write(root / "i18n" / "de" / name, text)
    library = load(root)
    assert library.exercises["knee-rock"].name == "Knie zur Brust", "other items are still translated"
    return library


def test_syntax_error(root):
    library = _broken(root, "knee-hug.yaml", "id: knee-hug\nname: [Knie\nsummary: x\n")
    [problem] = library.problems
    assert problem.path == root / "i18n" / "de" / "knee-hug.yaml"
    assert problem.line is not None and "YAML syntax error" in problem.message
    assert library.exercises["knee-hug"].name == "Knee hug"


def test_wrong_step_count(root):
    text = GERMAN.format(id="knee-hug").replace("  - Ziehen Sie ein Knie heran.\n", "")
    library = _broken(root, "knee-hug.yaml", text)
    assert messages(library) == [
        "knee-hug.yaml:5: steps: 1 given, but the English has 2; translate every one, in the same order"
    ]
    assert library.exercises["knee-hug"].steps == ("Lie on your back.", "Pull one knee in.")
    assert library.exercises["knee-hug"].name == "Knee hug"


def test_missing_and_extra_cautions(root):
    text = GERMAN.format(id="knee-hug")
    write(root / "i18n" / "de" / "knee-rock.yaml", text.replace("knee-hug", "knee-rock") + "  - Noch eine.\n")
    write(root / "i18n" / "de" / "knee-hug.yaml", text.split("cautions:")[0])
    library = load(root)
    assert messages(library) == [
        "knee-hug.yaml:1: missing key 'cautions': the English has 1; translate every one",
        "knee-rock.yaml:8: cautions: 2 given, but the English has 1; translate every one, in the same order",
    ]
    assert library.exercises["knee-hug"].cautions == ("Stop if it hurts.",)
    assert library.exercises["knee-rock"].name == "Knee hug"


def test_unknown_key_did_you_mean(root):
    text = GERMAN.format(id="knee-hug").replace("summary:", "sumary:") + "position: lying\n"
    library = _broken(root, "knee-hug.yaml", text)
    assert messages(library) == [
        "knee-hug.yaml:1: missing required key 'summary'",
        "knee-hug.yaml:3: sumary: unknown key 'sumary'; did you mean 'summary'?",
        "knee-hug.yaml:10: position: unknown key 'position'; known keys: id, name, summary, steps, "
        "cautions, targets, equipment, move",
    ]
    assert library.exercises["knee-hug"].name == "Knee hug"


def test_routine_overlay_takes_only_name_and_summary(root):
    write(root / "i18n" / "de" / "routines" / "evening.yaml", GERMAN_ROUTINE + "items: []\n")
    library = load(root)
    assert messages(library) == ["evening.yaml:4: items: unknown key 'items'; known keys: id, name, summary"]
    assert library.routines["evening"].name == "Evening"
    assert library.routines["evening"].items[0].exercise.name == "Knie zur Brust"


def test_id_must_match_the_file_name(root):
    library = _broken(root, "knee-hug.yaml", GERMAN.format(id="knee-rock"))
    assert messages(library) == ["knee-hug.yaml:1: id: id 'knee-rock' must match the file name ('knee-hug')"]
    assert library.exercises["knee-hug"].name == "Knee hug"


def test_id_must_name_an_existing_item(root):
    library = _broken(root, "knee-hugs.yaml", GERMAN.format(id="knee-hugs"))
    assert messages(library) == [
        "knee-hugs.yaml:1: id: there is no exercise 'knee-hugs' to translate; did you mean 'knee-hug'?"
    ]
    (root / "i18n" / "de" / "knee-hugs.yaml").unlink()
    write(root / "i18n" / "de" / "routines" / "evenings.yaml", GERMAN_ROUTINE.replace("evening", "evenings"))
    library = load(root)
    assert messages(library) == [
        "evenings.yaml:1: id: there is no routine 'evenings' to translate; did you mean 'evening'?"
    ]
    assert library.routines["evening"].name == "Abends"


def test_not_a_mapping_and_not_text(root):
    write(root / "i18n" / "de" / "knee-rock.yaml", "- a list\n")
    text = GERMAN.format(id="knee-hug").replace("name: Knie zur Brust", "name: [Knie]")
    write(root / "i18n" / "de" / "knee-hug.yaml", text)
    library = load(root)
    assert messages(library) == [
        "knee-hug.yaml:2: name: expected text, got a list",
        "knee-rock.yaml:1: expected the translation of an exercise (a mapping of keys), got a list",
    ]
    assert library.exercises["knee-hug"].name == library.exercises["knee-rock"].name == "Knee hug"


def test_two_files_for_one_item(root):
    write(root / "i18n" / "de" / "knee-hug.yml", GERMAN.format(id="knee-hug"))
    library = load(root)
    assert [(p.path.name, p.line) for p in library.problems] == [("knee-hug.yml", 1)]
    assert "already translated in" in library.problems[0].message
    assert library.exercises["knee-hug"].name == "Knie zur Brust"


def test_overlay_of_a_broken_english_file_adds_no_problem(root):
    write(root / "knee-hug.yaml", "id: knee-hug\n")
    library = load(root)
    assert library.problems, "the English file is reported"
    assert not [p for p in library.problems if "i18n" in p.path.parts]


def test_broken_overlay_of_another_language_is_reported_when_validating(root):
    """``coach validate`` loads without a language: every translation is checked, none applied."""
    write(root / "i18n" / "fr" / "knee-hug.yaml", "id: knee-hug\nnam: Genou\n")
    library = load(root, None)
    assert sorted(messages(library)) == [
        "knee-hug.yaml:1: missing key 'cautions': the English has 1; translate every one",
        "knee-hug.yaml:1: missing required key 'name'",
        "knee-hug.yaml:1: missing required key 'steps'",
        "knee-hug.yaml:1: missing required key 'summary'",
        "knee-hug.yaml:2: nam: unknown key 'nam'; did you mean 'name'?",
    ]
    assert all(p.path.parent.name == "fr" for p in library.problems)
    assert library.exercises["knee-hug"].name == "Knee hug"
    assert load(root, "de").valid and load(root, "en").valid


def test_overlay_files_named_for_validation_are_checked(root):
    bad = write(
        root.parent / "other" / "i18n" / "de" / "knee-hug.yaml",
        GERMAN.format(id="knee-hug").replace("  - Ziehen Sie ein Knie heran.\n", ""),
    )
    library = load_library([LibraryDir(root, "builtin")], [bad])
    assert [(p.path, p.line) for p in library.problems] == [(bad, 5)]
    folder = load_library([LibraryDir(root, "builtin")], [root / "i18n" / "de"])
    assert folder.valid, messages(folder)
    assert folder.exercises["knee-hug"].name == "Knee hug"


def test_validate_command_reports_a_broken_shipped_translation(root, monkeypatch, capsys):
    from coach.commands import library as command

    write(root / "i18n" / "de" / "knee-hug.yaml", GERMAN.format(id="knee-hug").replace("steps:", "step:"))
    monkeypatch.setattr(paths, "library_dirs", lambda: [LibraryDir(root, "builtin")])
    assert command.validate([]) == 1
    out = capsys.readouterr().out
    assert (
        f"{root / 'i18n' / 'de' / 'knee-hug.yaml'}:5: step: unknown key 'step'; did you mean 'steps'?" in out
    )


# -- helpers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "code"),
    [
        ("de", "de"),
        ("de_DE", "de"),
        ("de-AT", "de"),
        ("de_DE.UTF-8", "de"),
        ("DE", "de"),
        ("sr@latin", "sr"),
        ("C", None),
        ("POSIX", None),
        ("", None),
        (None, None),
    ],
)
def test_language_code(locale, code):
    assert language_code(locale) == code


def test_overlay_kind():
    assert overlay_kind(Path("lib/i18n/de/knee-hug.yaml")) == "exercise"
    assert overlay_kind(Path("lib/i18n/de/routines/evening.yaml")) == "routine"
    assert overlay_kind(Path("lib/knee-hug.yaml")) is None
    assert overlay_kind(Path("lib/routines/evening.yaml")) is None


def _moving(root: Path) -> None:
    english = EXERCISE.format(id="knee-hug").replace(
        "  hold: 20s\n", '  hold: 20s\n  move: "Rock for {duration}"\n'
    )
    write(root / "knee-hug.yaml", english)
    write(root / "routines" / "evening.yaml", ROUTINE + "    hold: 10s\n")


def test_a_movement_wording_is_translated_into_the_routines_too(root):
    _moving(root)
    german = GERMAN.format(id="knee-hug").replace("targets:", 'move: "{duration} schaukeln"\ntargets:')
    write(root / "i18n" / "de" / "knee-hug.yaml", german)
    library = load(root)
    assert library.valid, messages(library)
    assert library.exercises["knee-hug"].dose.move == "{duration} schaukeln"
    assert library.routines["evening"].items[0].dose.move == "{duration} schaukeln"
    assert load(root, "en").exercises["knee-hug"].dose.move == "Rock for {duration}"


def test_a_movement_wording_must_be_translated_and_only_where_the_english_has_one(root):
    _moving(root)
    library = load(root)
    assert "knee-hug.yaml:1: missing key 'move': translate the English 'Rock for {duration}'" in messages(
        library
    )
    assert library.exercises["knee-hug"].dose.move == "Rock for {duration}"  # the English stays
    write(
        root / "i18n" / "de" / "knee-rock.yaml", GERMAN.format(id="knee-rock") + 'move: "{dauer} schaukeln"\n'
    )
    found = messages(load(root))
    assert any(m.startswith("knee-rock.yaml:") and "unknown blank {dauer}" in m for m in found), found
    write(
        root / "i18n" / "de" / "knee-rock.yaml",
        GERMAN.format(id="knee-rock") + 'move: "{duration} schaukeln"\n',
    )
    found = messages(load(root))
    assert any("knee-rock.yaml:" in m and "the English has no dose.move" in m for m in found), found
