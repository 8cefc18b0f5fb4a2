"""The main window: Today, Library, History and Safety, with the app's menus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from coach.core.library import Library
from coach.qt import design
from coach.qt.home_view import HomeView
from coach.qt.library_view import LibraryView
from coach.qt.safety_view import SafetyView


class MainWindow(QMainWindow):
    """Hosts the views; closing it hides it while Coach keeps running in the tray.

    Signals:
        start_requested(object): a Routine to play.
        quit_requested: the user chose Quit.
        minimized_on_close: the window was closed without a tray and minimised instead.
    """

    start_requested = Signal(object)
    quit_requested = Signal()
    minimized_on_close = Signal()

    def __init__(
        self,
        library: Library,
        *,
        user_folder,
        avoid_backward_bending: bool = False,
        avoid_forward_bending: bool = False,
        state: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Coach")
        self.setAccessibleName("Coach")
        self.state = state
        self.hide_on_close = True  # there is a tray icon to come back from
        self.minimize_on_close = False  # there is none: minimise rather than vanish
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.home = HomeView(library, avoid_backward_bending, self)
        self.library_view = LibraryView(
            library, user_folder, avoid_backward_bending=avoid_backward_bending, parent=self
        )
        if avoid_forward_bending:
            self.home.set_routines(library, avoid_backward_bending, avoid_forward_bending)
            self.library_view.avoid_forward.setChecked(True)
        self.safety = SafetyView(self, intro=None, walking=True)
        self.tabs.addTab(self.home, self.tr("&Today"))
        self.tabs.addTab(self.library_view, self.tr("&Library"))
        self.tabs.addTab(self.safety, self.tr("&Safety"))
        self.setCentralWidget(self.tabs)
        self._lazy: dict[QWidget, Callable[[], QWidget]] = {}
        self.tabs.currentChanged.connect(self._build_lazy)
        self.home.start_requested.connect(self.start_requested)
        self.library_view.start_requested.connect(self.start_requested)
        self.coach_menu = self.menuBar().addMenu(self.tr("&Coach"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_requested)
        self.quit_action = quit_action
        safety = QAction(self.tr("When to see a &doctor"), self)
        safety.triggered.connect(lambda: self.show_tab(self.safety))
        self.help_menu.addAction(safety)
        design.place(self, QSize(1040, 720))  # centred on the working screen, never larger than it
        self._restore()

    def add_tab(self, widget: QWidget, title: str, index: int | None = None) -> None:
        if index is None:
            self.tabs.addTab(widget, title)
        else:
            self.tabs.insertTab(index, widget, title)

    def add_lazy_tab(self, factory: Callable[[], QWidget], title: str, index: int) -> None:
        """A tab whose page is built the first time it is shown (keeps start-up small)."""
        placeholder = QWidget(self)
        self._lazy[placeholder] = factory
        self.tabs.insertTab(index, placeholder, title)

    def _build_lazy(self, index: int) -> None:
        placeholder = self.tabs.widget(index)
        factory = self._lazy.pop(placeholder, None)
        if factory is None:
            return
        title = self.tabs.tabText(index)
        page = factory()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, title)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()

    def finish_menus(self) -> None:
        """Add Quit last, after the app has put its actions in the Coach menu."""
        self.coach_menu.addSeparator()
        self.coach_menu.addAction(self.quit_action)

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)
        self.bring_forward()

    def bring_forward(self) -> None:
        self.show()
        self.setWindowState(self.windowState() & ~self.windowState().WindowMinimized)
        self.raise_()
        self.activateWindow()

    def _restore(self) -> None:
        if self.state is None:
            return
        geometry = self.state.value("main/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        tab = self.state.value("main/tab")
        if tab is not None:
            self.tabs.setCurrentIndex(int(tab))

    def save_state(self) -> None:
        if self.state is not None:
            self.state.setValue("main/geometry", self.saveGeometry())
            self.state.setValue("main/tab", self.tabs.currentIndex())
            self.state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if not event.spontaneous():  # Qt closing every window to quit (SIGTERM, logout): let it
            super().closeEvent(event)
        elif self.hide_on_close:
            event.ignore()
            self.hide()
        elif self.minimize_on_close:  # no tray to come back from: stay reachable in the taskbar
            event.ignore()
            self.showMinimized()
            self.minimized_on_close.emit()
        else:
            super().closeEvent(event)
