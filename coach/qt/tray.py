"""The tray icon: how close the next break is, at a glance, and the app's everyday controls."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from coach.core.i18n import QT_TRANSLATE_NOOP
from coach.core.model import PURPOSE_TITLES, Routine
from coach.qt.resources import app_icon

PAUSE_CHOICES = (
    (QT_TRANSLATE_NOOP("Tray", "For 30 minutes"), 30 * 60),
    (QT_TRANSLATE_NOOP("Tray", "For 1 hour"), 60 * 60),
    (QT_TRANSLATE_NOOP("Tray", "Until tomorrow"), -1),
)


def pause_label(label: str) -> str:
    """A ``PAUSE_CHOICES`` label in the user's language."""
    return QCoreApplication.translate("Tray", label)


def tray_pixmap(fraction: float | None, *, paused: bool = False, size: int = 64) -> QPixmap:
    """The Coach symbol inside a ring that fills as the next break comes closer.

    ``fraction`` is the share of the sitting interval used up (None: not counting, e.g. away or
    outside working hours). Paused shows two bars instead of the ring; the tooltip says the rest.
    """
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    inner = size * 0.22
    app_icon().paint(painter, int(inner), int(inner), int(size - 2 * inner), int(size - 2 * inner))
    width = size * 0.11
    rect = QRectF(width / 2 + 1, width / 2 + 1, size - width - 2, size - width - 2)
    if paused:
        painter.setPen(QPen(QColor("#8a8f98"), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(rect, 0, 360 * 16)
    elif fraction is not None:
        track = QColor("#8a8f98")
        track.setAlphaF(0.45)
        painter.setPen(QPen(track, width))
        painter.drawArc(rect, 0, 360 * 16)
        colour = QColor("#2f8fdd") if fraction < 0.85 else QColor("#e0782f")
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(rect, 90 * 16, int(-max(0.02, min(1.0, fraction)) * 360 * 16))
    painter.end()
    return pixmap


class Tray(QObject):
    """The system tray icon and its menu; the app connects the signals to the scheduler.

    Signals:
        start_break: start the movement-break routine now.
        start_routine(object): a Routine chosen from the menu.
        walk_requested: "Going for a walk", or "I'm back" while a walk is on (see ``update_status``).
        reading_toggled(bool): reading mode on or off.
        pause_requested(int): seconds to pause for (-1 until tomorrow, 0 to resume).
        open_requested: show the main window.
        quit_requested: quit Coach.
    """

    start_break = Signal()
    start_routine = Signal(object)
    walk_requested = Signal()
    reading_toggled = Signal(bool)
    pause_requested = Signal(int)
    open_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        routines: Iterable[Routine],
        parent: QObject | None = None,
        *,
        icon: QSystemTrayIcon | None = None,
    ) -> None:
        """``icon``: a tray icon already showing (start-up shows one before this class is loaded)."""
        super().__init__(parent)
        if icon is None:
            icon = QSystemTrayIcon(QIcon(tray_pixmap(0.0)))
        icon.setParent(self)
        self.icon = icon
        self.icon.setToolTip("Coach")
        self.menu = QMenu()
        self.menu.setAccessibleName("Coach")
        self.status_action = self.menu.addAction("Coach")
        self.status_action.setEnabled(False)
        self.menu.addSeparator()
        self.break_action = self.menu.addAction(self.tr("Start a desk break now"))
        self.break_action.triggered.connect(self.start_break)
        self.routines_menu = self.menu.addMenu(self.tr("Start routine"))
        self.set_routines(routines)
        self.walk_action = self.menu.addAction(self.tr("Going for a walk"))
        self.walk_action.triggered.connect(self.walk_requested)
        self.reading_action = self.menu.addAction(self.tr("Reading mode"))
        self.reading_action.setCheckable(True)
        self.reading_action.setToolTip(
            self.tr("Count time as sitting even when you do not touch the keyboard")
        )
        self.reading_action.toggled.connect(self.reading_toggled)
        self.pause_menu = self.menu.addMenu(self.tr("Pause reminders"))
        group = QActionGroup(self)
        for label, seconds in PAUSE_CHOICES:
            action = self.pause_menu.addAction(pause_label(label))
            action.triggered.connect(lambda _=False, s=seconds: self.pause_requested.emit(s))
            group.addAction(action)
        self.resume_action = self.pause_menu.addAction(self.tr("Resume reminders"))
        self.resume_action.triggered.connect(lambda: self.pause_requested.emit(0))
        self.resume_action.setEnabled(False)
        self.menu.addSeparator()
        open_action = self.menu.addAction(self.tr("Open Coach"))
        open_action.triggered.connect(self.open_requested)
        settings_action = self.menu.addAction(self.tr("Settings…"))
        settings_action.triggered.connect(self.settings_requested)
        quit_action = self.menu.addAction(self.tr("Quit"))
        quit_action.triggered.connect(self.quit_requested)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self._last: tuple | None = None

    def set_routines(self, routines: Iterable[Routine]) -> None:
        self.routines_menu.clear()
        by_purpose: dict[str, list[Routine]] = {}
        for routine in routines:
            by_purpose.setdefault(routine.purpose, []).append(routine)
        for purpose, title in PURPOSE_TITLES.items():
            if purpose not in by_purpose:
                continue
            self.routines_menu.addSection(QCoreApplication.translate("Purpose", title))
            for routine in by_purpose[purpose]:
                action = QAction(routine.name, self.routines_menu)
                action.setToolTip(routine.summary)
                action.triggered.connect(lambda _=False, r=routine: self.start_routine.emit(r))
                self.routines_menu.addAction(action)

    def show(self) -> bool:
        """Show the icon if the desktop has a tray; returns whether it does."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        self.icon.show()
        return True

    def show_message(self, title: str, body: str) -> None:
        """A balloon from the tray icon (where there is no notification server)."""
        self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 8000)

    def update_status(
        self,
        status: str,
        tooltip: str,
        fraction: float | None,
        *,
        paused: bool,
        reading: bool,
        walking: bool = False,
    ) -> None:
        """Redraw only when something visible changed (the tray is updated every few seconds).

        While ``walking`` the walk item reads "I'm back" (``walk_requested`` then ends the walk).
        """
        key = (status, tooltip, None if fraction is None else round(fraction, 2), paused, reading, walking)
        if key == self._last:
            return
        self._last = key
        self.walk_action.setText(self.tr("I'm back") if walking else self.tr("Going for a walk"))
        self.status_action.setText(status)
        self.icon.setToolTip(tooltip)
        self.icon.setIcon(QIcon(tray_pixmap(fraction, paused=paused)))
        self.resume_action.setEnabled(paused)
        if self.reading_action.isChecked() != reading:
            self.reading_action.blockSignals(True)
            self.reading_action.setChecked(reading)
            self.reading_action.blockSignals(False)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()
