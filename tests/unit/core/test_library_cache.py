"""The library cache: used only while nothing it depends on changed, never trusted blindly."""

from __future__ import annotations

import os
import pickle
import textwrap
from pathlib import Path

import pytest

from coach.core import library as library_module
from coach.core.library import LibraryDir, load_library
from coach.core.library_cache import load_cached

OLD = 1_700_000_000  # file times well in the past: not "racy"

EXERCISE = """\
id: {id}
name: {name}
summary: Hug one knee to the chest.
position: lying
image: hug.svg
steps:
  - Lie on your back.
  - Pull one knee in.
dose:
  hold: 20s
  reps: 2
"""
ROUTINE = """\
id: evening
name: Evening
summary: A short evening routine.
purpose: session
items:
  - exercise: knee-hug
  - exercise: knee-hugg
"""


class Setup:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.lib = root / "lib"
        self.images = root / "images"
        (self.lib / "routines").mkdir(parents=True)
        (self.lib / "i18n" / "de").mkdir(parents=True)
        self.images.mkdir()
        (self.images / "hug.svg").write_text("<svg/>", encoding="utf-8")
        self.write("knee-hug.yaml", EXERCISE.format(id="knee-hug", name="Knee hug"))
        self.write("routines/evening.yaml", ROUTINE)
        self.cache = root / "cache" / "library.cache"
        self.age()

    @property
    def dirs(self) -> list[LibraryDir]:
        return [LibraryDir(self.lib, "builtin", self.images)]

    def write(self, name: str, text: str) -> Path:
        path = self.lib / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def age(self, when: int = OLD) -> None:
        """Date every file and folder ``when`` (time stamps alone must tell changes apart)."""
        for folder, subdirs, files in os.walk(self.root):
            for name in [*subdirs, *files]:
                os.utime(Path(folder) / name, (when, when))

    def load(self, lang: str | None = None):
        return load_cached(self.dirs, self.cache, lang)


@pytest.fixture
def setup(tmp_path) -> Setup:
    return Setup(tmp_path)


@pytest.fixture
def no_reading(monkeypatch):
    """Fail if any library file is parsed: the answer must come from the cache."""

    def refuse(path):
        raise AssertionError(f"read {path}")

    def arm():
        monkeypatch.setattr(library_module, "read_yaml", refuse)

    return arm


def test_a_cached_library_equals_a_loaded_one_and_reads_no_file(setup, no_reading):
    first = setup.load()
    assert setup.cache.is_file()
    fresh = load_library(setup.dirs)
    no_reading()
    again = setup.load()
    assert again == first == fresh
    assert dict(again.exercises) == dict(first.exercises)
    assert [str(p) for p in again.problems] == [str(p) for p in first.problems]
    # the FILE:LINE of a problem survives the cache word for word
    assert f"{setup.lib / 'routines' / 'evening.yaml'}:7: exercise 'knee-hugg' does not exist" in str(
        again.problems[0]
    )


def test_cache_file_is_private(setup):
    setup.load()
    assert setup.cache.stat().st_mode & 0o777 == 0o600
    assert setup.cache.parent.stat().st_mode & 0o077 == 0


def test_an_edit_with_the_same_size_is_seen(setup):
    setup.load()
    setup.write("knee-hug.yaml", EXERCISE.format(id="knee-hug", name="Knee hig"))
    setup.age(OLD + 1)
    assert setup.load().exercises["knee-hug"].name == "Knee hig"


def test_a_file_replaced_with_the_same_size_and_time_is_seen(setup):
    setup.load()
    path = setup.lib / "knee-hug.yaml"
    other = setup.lib / "other.tmp"
    other.write_text(EXERCISE.format(id="knee-hug", name="Knee hig"), encoding="utf-8")
    os.replace(other, path)  # a new inode; the time stamps are set back to the old ones
    setup.age()
    assert setup.load().exercises["knee-hug"].name == "Knee hig"


def test_added_and_removed_files_are_seen(setup):
    setup.load()
    setup.write("cat-cow.yaml", EXERCISE.format(id="cat-cow", name="Cat cow"))
    assert set(setup.load().exercises) == {"cat-cow", "knee-hug"}
    (setup.lib / "cat-cow.yaml").unlink()
    assert set(setup.load().exercises) == {"knee-hug"}


def test_a_removed_picture_is_seen(setup):
    assert setup.load().exercises
    (setup.images / "hug.svg").unlink()
    library = setup.load()
    assert "knee-hug" not in library.exercises
    assert any("picture 'hug.svg' not found" in p.message for p in library.problems)


def test_a_new_translation_is_seen(setup):
    assert setup.load("de").exercises["knee-hug"].name == "Knee hug"
    (setup.lib / "i18n" / "de" / "knee-hug.yaml").write_text(
        "id: knee-hug\nname: Knie umarmen\nsummary: Ein Knie.\nsteps: [Liegen., Ziehen.]\n",
        encoding="utf-8",
    )
    assert setup.load("de").exercises["knee-hug"].name == "Knie umarmen"
    assert setup.load("en").exercises["knee-hug"].name == "Knee hug"  # the language is in the key


def test_files_changed_just_now_are_not_cached(setup):
    setup.write("knee-hug.yaml", EXERCISE.format(id="knee-hug", name="Knee hug"))  # dated now
    setup.load()
    assert not setup.cache.exists()
    assert not list(setup.cache.parent.iterdir())  # no temporary file left behind


@pytest.mark.parametrize(
    "content",
    [b"", b"garbage", b"coach-library-cache\n", b"coach-library-cache\n\x80\x05garbage"],
)
def test_a_corrupt_cache_is_ignored_and_replaced(setup, content):
    expected = setup.load()
    setup.cache.write_bytes(content)
    assert setup.load() == expected
    assert setup.cache.read_bytes().startswith(b"coach-library-cache\n\x80")


class Evil:
    def __reduce__(self):
        return (os.system, ("touch pwned",))


def test_a_cache_naming_other_code_is_refused_not_run(setup, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    setup.load()
    setup.cache.write_bytes(b"coach-library-cache\n" + pickle.dumps(Evil()))
    assert setup.load().exercises
    assert not (tmp_path / "pwned").exists()


def test_a_cache_others_may_write_is_ignored(setup, no_reading):
    setup.load()
    setup.cache.chmod(0o666)
    no_reading()
    with pytest.raises(AssertionError, match="read"):
        setup.load()


def test_a_cache_of_other_folders_is_not_used(setup, tmp_path):
    setup.load()
    other = Setup(tmp_path / "other")
    other.write("cat-cow.yaml", EXERCISE.format(id="cat-cow", name="Cat cow"))
    other.age()
    library = load_cached(other.dirs, setup.cache)
    assert set(library.exercises) == {"cat-cow", "knee-hug"}


def test_a_picture_added_beside_the_file_is_seen(setup):
    (setup.images / "hug.svg").unlink()
    setup.age()
    assert "knee-hug" not in setup.load().exercises
    (setup.lib / "hug.svg").write_text("<svg/>", encoding="utf-8")  # only the folder's time changes
    assert setup.load().exercises["knee-hug"].images == (setup.lib / "hug.svg",)
