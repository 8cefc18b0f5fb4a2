"""config.yaml while Coach runs: saving from the dialogs, and picking up edits made by hand."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal, Slot

from coach import paths
from coach.controllers.services import Services
from coach.core.errors import SettingsError
from coach.core.settings import Settings, with_usable_routines
from coach.core.settings_io import file_signature, load_settings, save_settings

log = logging.getLogger(__name__)


class ConfigController(QObject):
    """Saves settings and re-reads config.yaml when it was edited by hand (not when Coach saved it).

    Signals:
        changed(object): the Settings now in force (``services.settings`` is already updated).
        reloaded(object): the same, when they came from a hand edit of the file.
    """

    changed = Signal(object)
    reloaded = Signal(object)

    def __init__(
        self, services: Services, notice: Callable[[str], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.notice = notice
        self.watcher = QFileSystemWatcher(self)
        self._watch()
        self.watcher.fileChanged.connect(self._file_changed)
        self.watcher.directoryChanged.connect(self._file_changed)
        self._signature = file_signature(paths.config_path())

    @Slot(object)
    def save(self, settings: Settings) -> None:
        """Write ``settings`` to config.yaml and put them in force."""
        try:
            save_settings(paths.config_path(), settings, self.services.clock)
        except SettingsError as exc:
            self.notice(self.tr("Your settings could not be saved: {error}").format(error=exc))
        self._signature = file_signature(paths.config_path())
        self._apply(settings)

    def _apply(self, settings: Settings) -> None:
        settings, wrong = with_usable_routines(settings, self.services.library.routines)
        if wrong:  # a routine missing or for another purpose: its default is in force
            self.notice("\n".join(str(problem) for problem in wrong))
        self.services.settings = settings
        self.changed.emit(settings)

    def _watch(self) -> None:
        path = paths.config_path()
        for target in (path, path.parent):
            if target.exists() and str(target) not in self.watcher.files() + self.watcher.directories():
                self.watcher.addPath(str(target))

    @Slot(str)
    def _file_changed(self, _path: str) -> None:
        self._watch()
        signature = file_signature(paths.config_path())
        if signature is None or signature == self._signature:
            return
        self._signature = signature
        loaded = load_settings(paths.config_path(), self.services.clock)
        if loaded.notice:
            self.notice(loaded.notice)
        if not loaded.clean:  # keep the last good settings until the file is fixed
            log.info("settings file has problems; keeping the settings in use")
            return
        self._apply(loaded.settings)
        self.reloaded.emit(loaded.settings)
        log.info("settings re-read from %s", paths.config_path())
