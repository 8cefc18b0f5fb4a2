"""The app's secondary windows: the player (one at a time), Settings, the welcome and History."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from coach.controllers.autostart import AutostartController
from coach.controllers.services import Services
from coach.core.bending import avoiding
from coach.core.model import Routine
from coach.core.settings import BreakStyle, Settings
from coach.qt.cues import QtCueSink
from coach.qt.lifecycle import quitting

if TYPE_CHECKING:  # each window's module is imported when the window is first opened
    from coach.qt.main_window import MainWindow
    from coach.qt.player import PlayerWindow
    from coach.qt.settings_dialog import SettingsDialog
    from coach.qt.welcome import WelcomeWizard


class Windows(QObject):
    """Opens each secondary window once (a second request brings it forward) and reports back.

    Signals:
        settings_chosen(object): Settings the user saved in the dialog or the welcome.
        session_ended: a player closed (the history and the Today page may have changed).
        welcome_opened: the welcome is showing (questions wait until it is finished).
        welcome_finished: the welcome was closed, answered or not.
    """

    settings_chosen = Signal(object)
    session_ended = Signal()
    welcome_opened = Signal()
    welcome_finished = Signal()

    def __init__(
        self,
        services: Services,
        window: MainWindow | None,
        state: QSettings,
        autostart: AutostartController,
        cue_sink: QtCueSink,
        *,
        speech_available: Callable[[], bool],
        desktop_notes: Callable[[BreakStyle], Iterable[str]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.window = window
        self.state = state
        self.autostart = autostart
        self.cue_sink = cue_sink
        self.speech_available = speech_available
        self.desktop_notes = desktop_notes
        self.player: PlayerWindow | None = None
        self._queued: tuple[Routine, str, Callable[[], None] | None] | None = None  # waits for the player
        self.settings_dialog: SettingsDialog | None = None
        self.welcome: WelcomeWizard | None = None
        self.history: QWidget | None = None  # built when its tab is first opened

    # -- the player

    def open_player(
        self, routine: Routine, source: str, on_closed: Callable[[], None] | None
    ) -> PlayerWindow:
        """Play ``routine``; one player at a time.

        ``on_closed`` is called once the routine has ended (finished or stopped), even while its
        summary stays open: a summary is no running routine. A player showing only its summary
        is closed (keeping the rating) to make way; a different routine asked for while one
        plays is queued and starts when that player closes, never dropped as if it were done.
        """
        current = self.player
        if current is not None and current.showing_summary:
            current.close()  # saves what the summary holds; ``closed`` clears self.player
            current = self.player
        if current is not None:
            current.raise_()
            current.activateWindow()
            if current.routine.id == routine.id:  # that very routine is playing
                if on_closed is not None:
                    on_closed()
            else:
                if self._queued is not None and self._queued[2] is not None:
                    self._queued[2]()  # replaced by the newer request: its caller is done waiting
                self._queued = (routine, source, on_closed)
            return current
        from coach.core.runner import Runner
        from coach.qt.player import PlayerWindow

        settings, clock = self.services.settings, self.services.clock
        player = PlayerWindow(
            Runner(routine, clock),
            clock,
            sink=self.services.log,
            cue_sink=self.cue_sink,
            sounds=settings.sounds,
            voice=settings.voice,
            source=source,
            settings=settings,
        )
        player.bending_reported.connect(
            lambda direction: self.settings_chosen.emit(avoiding(self.services.settings, direction))
        )
        player.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        ended_once: list[bool] = []

        def ended(*_args: object) -> None:
            if not ended_once:
                ended_once.append(True)
                if on_closed is not None:
                    on_closed()

        def closed() -> None:
            self.player = None
            ended()
            refresh = getattr(self.history, "refresh", None)
            if refresh is not None:
                refresh()
            self.session_ended.emit()
            queued, self._queued = self._queued, None
            if queued is not None:
                self.open_player(*queued)

        player.runner.finished.connect(ended)
        player.runner.stopped.connect(ended)
        player.closed.connect(closed)
        self.player = player
        player.show()
        player.raise_()
        player.activateWindow()
        player.start()
        return player

    def close_player(self) -> None:
        if self.player is not None:
            self.player.close()

    # -- settings and the welcome

    @Slot()
    def open_settings(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        from coach.qt.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.services.settings,
            self.services.library.routines.values(),
            speech_available=self.speech_available(),
            autostart=self.autostart.offer(),
            desktop_notes=self.desktop_notes,
        )
        dialog.settings_changed.connect(self.settings_chosen)
        dialog.finished.connect(lambda _r: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.show()

    @Slot(object)
    def settings_reloaded(self, settings: Settings) -> None:
        """config.yaml was edited by hand: an open Settings dialog shows the new values."""
        if self.settings_dialog is not None:
            self.settings_dialog.load(settings)

    @property
    def welcome_done(self) -> bool:
        return bool(self.state.value("welcome/done", False, type=bool))

    @Slot()
    def open_welcome(self) -> None:
        """The first-run welcome (also from Help → Welcome tour)."""
        if self.welcome is not None:
            self.welcome.raise_()
            return
        from coach.qt.welcome import WelcomeWizard

        wizard = WelcomeWizard(self.services.settings, autostart=self.autostart.offer())
        wizard.accepted.connect(lambda: self.settings_chosen.emit(wizard.answers()))

        def done(_result: int) -> None:
            if not quitting(QApplication.instance()):  # closed by a logout or signal: ask again next time
                self.state.setValue("welcome/done", True)
                self.state.sync()
            self.welcome = None
            self.welcome_finished.emit()

        wizard.finished.connect(done)
        self.welcome = wizard
        self.welcome_opened.emit()
        wizard.show()
        wizard.raise_()

    # -- history

    def build_history(self) -> QWidget:
        """The History page, built when its tab is first opened (QtCharts is loaded only then)."""
        from coach.qt.history_view import HistoryView

        assert self.services.log is not None
        services = self.services

        def today():
            return services.clock.now().astimezone(services.tz).date()

        history = HistoryView(services.log, services.tz, today)
        window = self.window
        assert window is not None  # the History tab is in it
        history.show_safety_requested.connect(lambda: window.show_tab(window.safety))
        self.history = history
        return history
