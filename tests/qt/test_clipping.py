"""No text is cut off: the checker finds clipped text, and the gallery's every screen has none."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QTabWidget, QVBoxLayout, QWidget

from coach.tools.clipping import clipped

ROOT = Path(__file__).resolve().parents[2]


def _window(qtbot, *children, width=200, height=120):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for child in children:
        layout.addWidget(child)
    window.show()
    window.setMinimumSize(0, 0)
    layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    return window


def test_finds_a_label_cut_off(qtbot):
    label = QLabel("You have been sitting for 31 minutes. Stand up for a desk break")
    label.setMinimumWidth(10)
    window = _window(qtbot, label, width=120)
    assert any("sitting for" in p and "width" in p for p in clipped(window))


def test_finds_a_wrapped_label_without_the_height_it_needs(qtbot):
    label = QLabel("Coach is a self-care aid, not medical advice. " * 6)
    label.setWordWrap(True)
    label.setMaximumHeight(20)
    window = _window(qtbot, label, width=200)
    assert any("height" in p for p in clipped(window))


def test_finds_a_squeezed_button_and_tab(qtbot):
    button = QPushButton("Save and close this session now")
    button.setMinimumWidth(10)
    tabs = QTabWidget()
    for title in ("Movement breaks", "Working hours", "Walks and warm-ups"):
        tabs.addTab(QWidget(), title)
    tabs.setMinimumWidth(10)
    window = _window(qtbot, button, tabs, width=90, height=200)
    problems = clipped(window)
    assert any("Save and close" in p for p in problems)
    assert any("tab '" in p for p in problems)


def test_finds_an_elided_list_row(qtbot):
    view = QListView()
    view.setModel(QStringListModel(["Lying hamstring stretch with a strap around one foot"]))
    view.setMinimumWidth(10)
    window = _window(qtbot, view, width=100, height=120)
    assert any("row 'Lying hamstring" in p for p in clipped(window))


def test_a_roomy_window_has_nothing_cut_off(qtbot):
    label = QLabel("Well done")
    window = _window(qtbot, label, QPushButton("Save and close"), width=400, height=200)
    assert clipped(window) == []


@pytest.mark.gui
def test_no_screen_cuts_off_text_in_either_language_at_either_size(tmp_path):
    """The gallery draws every screen on a 1280×800 and a 1366×768-at-125 % screen, in English
    and German, and lists any text cut off; there must be none."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "coach.tools.gallery", str(tmp_path), "--scheme", "light", "--check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    report = (tmp_path / "clipped.txt").read_text() if (tmp_path / "clipped.txt").exists() else ""
    assert result.returncode == 0, report or result.stderr[-2000:]
    assert report == ""
    for size in ("default", "small"):
        for lang in ("en", "de"):
            assert len(list((tmp_path / size / lang / "light").glob("*.png"))) >= 28
