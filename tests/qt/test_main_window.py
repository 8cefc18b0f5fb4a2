"""The main window's tabs: a page built only when first opened."""

from PySide6.QtWidgets import QLabel

from coach import paths
from coach.core.library import load_library
from coach.qt.main_window import MainWindow


def test_lazy_tab_is_built_on_first_show(qtbot):
    window = MainWindow(load_library(paths.library_dirs()), user_folder=paths.user_exercises_dir())
    qtbot.addWidget(window)
    built = []

    def factory():
        built.append(QLabel("history page"))
        return built[-1]

    window.add_lazy_tab(factory, "History", 2)
    assert not built and window.tabs.tabText(2) == "History"
    window.tabs.setCurrentIndex(2)
    assert len(built) == 1 and window.tabs.widget(2) is built[0] and window.tabs.currentIndex() == 2
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentIndex(2)
    assert len(built) == 1
