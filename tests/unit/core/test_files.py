"""The file-access layer against odd files: pipes, devices, folders, sockets, links of every kind."""

from __future__ import annotations

import os
import socket
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from coach.core import files
from coach.core.files import FileAccessError

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX special files")


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def unix_socket(path: Path) -> Path:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()
    return path


def link(path: Path, target: str | Path) -> Path:
    path.symlink_to(target)
    return path


ODD: dict[str, Callable[[Path], Path]] = {
    "named pipe": lambda tmp: fifo(tmp / "x"),
    "folder": lambda tmp: (tmp / "x").mkdir() or tmp / "x",
    "socket": lambda tmp: unix_socket(tmp / "x"),
    "link to a device": lambda tmp: link(tmp / "x", "/dev/null"),
    "dangling link": lambda tmp: link(tmp / "x", tmp / "nowhere"),
    "link loop": lambda tmp: link(tmp / "x", tmp / "x"),
    "link to a pipe": lambda tmp: link(tmp / "x", fifo(tmp / "p")),
    "link to a folder": lambda tmp: link(tmp / "x", tmp),
}
WORDS = {
    "named pipe": "named pipe",
    "folder": "folder",
    "socket": "socket",
    "link to a device": "device",
    "dangling link": "dangling",
    "link loop": "loop",
    "link to a pipe": "named pipe",
    "link to a folder": "folder",
}


def finishes(action: Callable[[], object], seconds: float = 5.0) -> object:
    """Run ``action`` in a thread; fail (instead of hanging the suite) if it blocks."""
    result: list[object] = []

    def run() -> None:
        try:
            result.append(action())
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            result.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked on a special file"
    return result[0]


@pytest.mark.parametrize("kind", ODD)
def test_reading_an_odd_file_is_refused_at_once_naming_it(tmp_path, kind):
    path = ODD[kind](tmp_path)
    outcome = finishes(lambda: files.read_bytes(path))
    assert isinstance(outcome, FileAccessError), outcome
    assert outcome.filename == str(path) and WORDS[kind] in outcome.strerror
    assert str(path) in str(outcome)


def test_a_link_to_a_regular_file_is_read(tmp_path):
    (tmp_path / "real.yaml").write_text("a: 1\n")
    assert files.read_text(link(tmp_path / "x.yaml", tmp_path / "real.yaml")) == "a: 1\n"


def test_reading_more_than_the_limit_is_refused(tmp_path):
    (tmp_path / "big").write_bytes(b"x" * 11)
    with pytest.raises(FileAccessError, match="limit"):
        files.read_bytes(tmp_path / "big", limit=10)
    assert files.read_bytes(tmp_path / "big", limit=11) == b"x" * 11


@pytest.mark.parametrize("kind", ODD)
def test_writing_over_an_odd_file_is_refused_and_changes_nothing(tmp_path, kind):
    path = ODD[kind](tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    kind_before = os.lstat(path).st_mode
    outcome = finishes(lambda: files.atomic_write(path, "data"))
    assert isinstance(outcome, FileAccessError), outcome
    assert str(path) in str(outcome)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no temporary file left either
    assert os.lstat(path).st_mode == kind_before


@pytest.mark.parametrize("name", ["", " ", ".", "..", "folder/"])
def test_a_write_needs_a_file_name(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    with pytest.raises(FileAccessError) as caught:
        files.atomic_write(name, "data")
    assert "file name" in caught.value.strerror
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]


def test_writing_through_a_link_replaces_its_target_and_keeps_the_link(tmp_path):
    real = tmp_path / "dotfiles" / "export.csv"
    real.parent.mkdir()
    real.write_text("old")
    real.chmod(0o640)
    alias = link(tmp_path / "export.csv", real)
    files.atomic_write(alias, "new")
    assert alias.is_symlink() and os.readlink(alias) == str(real)
    assert real.read_text() == "new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # the target keeps its permissions
    assert sorted(p.name for p in real.parent.iterdir()) == ["export.csv"]


def test_a_new_file_is_private_and_an_existing_one_keeps_its_mode(tmp_path):
    fresh = tmp_path / "fresh.csv"
    files.atomic_write(fresh, "a")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    shared = tmp_path / "shared.txt"
    shared.write_text("old")
    shared.chmod(0o644)
    files.atomic_write(shared, b"new")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644 and shared.read_bytes() == b"new"
    files.atomic_write(tmp_path / "menu.desktop", "x", files.SHARED_FILE)
    assert stat.S_IMODE((tmp_path / "menu.desktop").stat().st_mode) == 0o644


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError), files.atomic_file(target) as out:
        out.write("half")
        raise RuntimeError("disk on fire")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_special_file_put_in_place_during_the_write_is_not_replaced(tmp_path):
    target = tmp_path / "out.csv"
    with pytest.raises(FileAccessError), files.atomic_file(target) as out:
        out.write("data")
        os.mkfifo(target)  # another program, between the check and the rename
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_folders_are_created_owner_only_and_a_file_in_the_way_is_named(tmp_path):
    made = files.ensure_folder(tmp_path / "a" / "b")
    assert made.is_dir()
    for folder in (tmp_path / "a", tmp_path / "a" / "b"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    (tmp_path / "file").write_text("mine")
    with pytest.raises(FileAccessError, match="not a folder") as caught:
        files.ensure_folder(tmp_path / "file" / "sub")
    assert caught.value.filename == str(tmp_path / "file")
    with pytest.raises(FileAccessError, match="dangling"):
        files.ensure_folder(link(tmp_path / "gone", tmp_path / "nowhere") / "sub")


def test_scan_folder_lists_regular_files_and_names_every_skip(tmp_path):
    (tmp_path / "good.yaml").write_text("a: 1\n")
    (tmp_path / "notes.txt").write_text("not yaml")
    (tmp_path / ".hidden.yaml").write_text("a: 1\n")
    link(tmp_path / "alias.yaml", tmp_path / "good.yaml")
    fifo(tmp_path / "pipe.yaml")
    link(tmp_path / "dangling.yaml", tmp_path / "nowhere.yaml")
    link(tmp_path / "loop.yaml", tmp_path / "loop.yaml")
    (tmp_path / "folder.yaml").mkdir()
    found, skipped = finishes(lambda: files.scan_folder(tmp_path, (".yaml",)))
    assert [p.name for p in found] == ["alias.yaml", "good.yaml"]
    assert {p.path.name: p.message.split(":")[0] for p in skipped} == {
        "dangling.yaml": "skipped",
        "folder.yaml": "skipped",
        "loop.yaml": "skipped",
        "pipe.yaml": "skipped",
    }
    assert files.scan_folder(tmp_path / "missing", (".yaml",)) == ([], [])
    _, (problem,) = files.scan_folder(tmp_path / "good.yaml", (".yaml",))
    assert "not a folder" in problem.message


def test_private_files_and_tightening(tmp_path):
    db = tmp_path / "log.db"
    assert files.create_private(db) and not files.create_private(db)
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    db.chmod(0o644)
    files.make_private(db)
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("args", "value"),
    [
        (["coach"], "coach"),
        (["/opt/my apps/coach", "--minimized"], '"/opt/my apps/coach" --minimized'),
        (["50%"], "50%%"),
        (["a$b"], '"a\\\\$b"'),
        (['say "hi"'], '"say \\\\"hi\\\\""'),
        (["C:\\x"], '"C:\\\\\\\\x"'),
        ([""], '""'),
    ],
)
def test_one_exec_quoting_for_menu_and_autostart_entries(args, value):
    assert files.exec_value(args) == value


def test_exec_quoting_refuses_a_line_break():
    with pytest.raises(ValueError, match="line break"):
        files.exec_value(["a\nb"])
