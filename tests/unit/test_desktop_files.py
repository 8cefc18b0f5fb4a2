"""Desktop integration: the menu entry, AppStream data and icons, installed and removed per user."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from coach.cli import main
from coach.commands.desktop import APP_ID, install, installed_files, render_desktop_entry, uninstall


def test_install_and_uninstall(tmp_path, monkeypatch, capsys, coach_home):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["install-desktop"]) == 0
    files = installed_files(coach_home)  # with COACH_HOME set, never the real user's menu
    assert files["desktop"] == coach_home / "applications" / f"{APP_ID}.desktop"
    assert all(path.is_file() for path in files.values())
    assert not (tmp_path / "share").exists()
    entry = files["desktop"].read_text()
    assert f"Icon={APP_ID}" in entry and "Exec=" in entry and "@EXEC@" not in entry
    assert "Coach is now in your application menu." in capsys.readouterr().out
    assert main(["uninstall-desktop"]) == 0
    assert not any(path.exists() for path in files.values())
    assert main(["uninstall-desktop"]) == 0
    assert "Nothing to remove" in capsys.readouterr().out


def test_without_coach_home_the_menu_follows_xdg_data_home(tmp_path, monkeypatch):
    from coach.commands.desktop import data_home

    monkeypatch.delenv("COACH_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert data_home() == tmp_path / "share"


def test_exec_line_is_quoted_for_paths_with_spaces(tmp_path):
    files = install(tmp_path, exec_line=None)
    assert files["desktop"].exists()
    from coach.core.files import exec_value

    assert exec_value(["/opt/my apps/coach", "50%"]) == '"/opt/my apps/coach" 50%%'
    # one quoting for the menu entry and the autostart entry: a backslash is escaped twice
    assert exec_value(["C:\\x y"]) == '"C:\\\\\\\\x y"'
    uninstall(tmp_path)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates(tmp_path):
    path = tmp_path / f"{APP_ID}.desktop"
    path.write_text(render_desktop_entry('"/opt/my apps/coach"'))
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates(tmp_path):
    files = install(tmp_path, exec_line="coach")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(files["metainfo"])],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
