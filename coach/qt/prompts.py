"""Prompts: the small always-on-top prompt window and the full-screen overlay, both answered once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from coach.qt import design
from coach.qt.design import Role, Space
from coach.qt.resources import app_icon
from coach.qt.widgets import PictureView


def _role(key: str, default: str | None) -> Role:
    """The default choice is the primary button; the others are secondary (none ends anything)."""
    return Role.PRIMARY if key == default else Role.SECONDARY


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
        picture: Path | None = None,
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
        heading = design.text(QLabel(title, self), "heading")
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setMinimumWidth(300)
        self.picture: PictureView | None = None
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(Space.S)
        row.addStretch(1)
        for key, label in choices:
            button = design.button(QPushButton(label, self), _role(key, default))
            button.setAccessibleName(label)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, k=key: self.answer(k))
            if key == default:
                button.setDefault(True)
            row.addWidget(button)
            self.buttons[key] = button
        text = QVBoxLayout()
        text.setSpacing(Space.S)
        text.addWidget(heading)
        text.addWidget(self.message)
        text.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(Space.L)
        if picture is not None:
            self.picture = PictureView(self, minimum=96)
            self.picture.setFixedSize(112, 96)
            self.picture.show_picture(picture)
            top.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.L, Space.L, Space.L, Space.L)
        layout.setSpacing(Space.M)
        layout.addLayout(top)
        layout.addLayout(row)
        self.setMinimumWidth(420 if len(message) < 400 else 560 if len(message) < 700 else 680)

    def fit(self) -> None:
        """Take the size the content needs at the window's width (wrapped text included)."""
        self.adjustSize()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            self.resize(self.width(), max(self.minimumHeight(), layout.totalHeightForWidth(self.width())))

    def popup(self) -> None:
        """Show in the bottom-right corner of the primary screen's free area.

        On Wayland the compositor places it (usually centred on the active screen), as it does
        every new window: asking for a corner would be ignored there.
        """
        self.fit()
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
        painter.fillRect(self.rect(), QColor(design.colours().shade))
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
        picture: Path | None = None,
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
        self.setProperty("shade", True)
        heading = design.text(QLabel(title, self), "display")
        self.message = design.text(QLabel(message, self), "lead")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.countdown = design.text(QLabel(self), "heading")
        for label in (heading, self.message, self.countdown):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture: PictureView | None = None
        if picture is not None:
            self.picture = PictureView(self, minimum=160)
            self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self.picture.setAccessibleName(self.tr("What to do"))
            self.picture.show_picture(picture)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(Space.L)
        row.addStretch(1)
        for key, label in choices:
            button = design.reminder(design.button(QPushButton(label, self), _role(key, default)))
            button.setAccessibleName(label)
            button.clicked.connect(lambda _=False, k=key: self.answer(k))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        # one centred column, as wide as a comfortable line: the whole sentence wraps inside it
        column = QWidget(self)
        column.setMaximumWidth(820)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(Space.L)
        inner.addWidget(heading)
        if self.picture is not None:
            inner.addWidget(self.picture, 1)
        inner.addWidget(self.message)
        inner.addWidget(self.countdown)
        inner.addSpacing(Space.S)
        inner.addLayout(row)
        self.column = column
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.XXL, Space.XXL, Space.XXL, Space.XXL)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._count)
        self._show_count()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(design.colours().shade))
        painter.end()

    def resizeEvent(self, event) -> None:
        """Keep the column a readable width of the screen it covers."""
        self.column.setFixedWidth(min(820, max(320, self.width() - 2 * Space.XXL)))
        if self.picture is not None:
            self.picture.setFixedHeight(max(120, min(320, int(self.height() * 0.34))))
        super().resizeEvent(event)

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
