"""Prompts: the small always-on-top prompt window and the full-screen overlay, both answered once."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDeadlineTimer, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.qt.resources import app_icon


def compositor_places_windows() -> bool:
    """True on Wayland, where the compositor places windows and ignores ``move()``/``setGeometry``."""
    return QGuiApplication.platformName().startswith("wayland")


def cover_screen(window: QWidget, screen: QScreen) -> None:
    """Show ``window`` full-screen on ``screen``: the one request every compositor honours."""
    window.setScreen(screen)
    window.setGeometry(screen.geometry())  # X11 and Windows; Wayland uses the screen alone
    window.showFullScreen()


class PromptWindow(QWidget):
    """A small window in the corner of the screen with a message and a few choices.

    It stays on top and never takes keyboard focus from what the user is typing: it is shown
    without activation and does not accept focus until clicked.

    Signals:
        answered(str): the key of the choice; emitted once, then the window closes.
    """

    answered = Signal(str)

    def __init__(
        self,
        title: str,
        message: str,
        choices: Sequence[tuple[str, str]],
        *,
        default: str | None = None,
        dismiss: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``dismiss`` is the answer when the user closes the window instead of choosing."""
        super().__init__(
            parent,
            Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.setWindowIcon(app_icon())
        self.setAccessibleName(title)
        self._done = False
        self.dismiss = dismiss
        heading = QLabel(title, self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for key, label in choices:
            button = QPushButton(label, self)
            button.setAccessibleName(label)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, k=key: self.answer(k))
            if key == default:
                button.setDefault(True)
            row.addWidget(button)
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.setMinimumWidth(380)

    def popup(self) -> None:
        """Show in the bottom-right corner of the primary screen's free area.

        On Wayland the compositor places it (usually centred on the active screen), as it does
        every new window: asking for a corner would be ignored there.
        """
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        if screen is not None and not compositor_places_windows():
            area = screen.availableGeometry()
            self.move(area.right() - self.width() - 24, area.bottom() - self.height() - 48)
        self.show()
        self.raise_()

    @Slot(str)
    def answer(self, key: str) -> None:
        if self._done:
            return
        self._done = True
        self.answered.emit(key)
        self.close()

    def withdraw(self) -> None:
        """Close without an answer (the scheduler withdrew the prompt)."""
        self._done = True
        self.close()

    def closeEvent(self, event) -> None:
        """Closed from the window manager's title bar: that is the ``dismiss`` answer, if any."""
        if event.spontaneous() and not self._done and self.dismiss is not None:
            self.answer(self.dismiss)
        super().closeEvent(event)


class _ScreenShade(QWidget):
    """A dimmed, frameless cover for one screen."""

    def __init__(self, screen: QScreen) -> None:
        super().__init__(
            None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.Tool
        )
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.target = screen

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(10, 12, 16, 200))
        painter.end()


class BreakOverlay(QWidget):
    """Full-screen, dimmed overlay on every screen with the prompt's choices and a countdown.

    When the countdown runs out the default choice (usually Start) is taken.

    Signals:
        answered(str): the chosen key, once.
    """

    answered = Signal(str)

    def __init__(
        self,
        title: str,
        message: str,
        choices: Sequence[tuple[str, str]],
        *,
        default: str,
        countdown_s: int = 15,
    ) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self._done = False
        self._default = default
        self._countdown_ms = countdown_s * 1000
        self._deadline = QDeadlineTimer(self._countdown_ms)
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        self.shades = [_ScreenShade(s) for s in screens if s is not primary]
        self.target = primary
        heading = QLabel(title, self)
        big = QFont(heading.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        heading.setFont(big)
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        text_font = QFont(self.message.font())
        text_font.setPointSizeF(text_font.pointSizeF() * 1.25)
        self.message.setFont(text_font)
        self.message.setMaximumWidth(900)
        self.countdown = QLabel(self)
        medium = QFont(self.countdown.font())
        medium.setPointSizeF(medium.pointSizeF() * 1.4)
        self.countdown.setFont(medium)
        for label in (heading, self.message, self.countdown):
            label.setStyleSheet("color: #f2f4f8;")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for key, label in choices:
            button = QPushButton(label, self)
            button.setMinimumHeight(44)
            button.setMinimumWidth(140)
            button.setAccessibleName(label)
            button.clicked.connect(lambda _=False, k=key: self.answer(k))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(heading)
        layout.addWidget(self.message, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(self.countdown)
        layout.addSpacing(16)
        layout.addLayout(row)
        layout.addStretch(3)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._count)
        self._show_count()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(10, 12, 16, 215))
        painter.end()

    def popup(self) -> None:
        """Cover every screen: full-screen windows, which X11, Windows, macOS and Wayland all honour."""
        for shade in self.shades:
            cover_screen(shade, shade.target)
        if self.target is not None:
            cover_screen(self, self.target)
        else:
            self.showFullScreen()
        self.raise_()
        self.activateWindow()
        if self._default in self.buttons:
            self.buttons[self._default].setFocus()
        self._deadline = QDeadlineTimer(self._countdown_ms)
        self._show_count()
        self._timer.start()

    def _show_count(self) -> None:
        label = self.buttons[self._default].text() if self._default in self.buttons else self.tr("Start")
        left = -(-self._deadline.remainingTime() // 1000)
        self.countdown.setText(self.tr("{choice} in {seconds} s").format(choice=label, seconds=left))

    @Slot()
    def _count(self) -> None:
        """Re-read the deadline on every wake-up; the timer only says when to look."""
        if self._deadline.hasExpired():
            self.answer(self._default)
        else:
            self._show_count()

    def keyPressEvent(self, event) -> None:
        if (
            event.key() == Qt.Key.Key_Escape
            and "postpone" in self.buttons
            and self.buttons["postpone"].isEnabled()
        ):
            self.answer("postpone")
            return
        super().keyPressEvent(event)

    @Slot(str)
    def answer(self, key: str) -> None:
        if self._done:
            return
        self._done = True
        self._timer.stop()
        self.answered.emit(key)
        self.close()

    def withdraw(self) -> None:
        self._done = True
        self._timer.stop()
        self.close()

    def closeEvent(self, event) -> None:
        for shade in self.shades:
            shade.close()
        self.shades = []
        super().closeEvent(event)
