"""Small reusable widgets: an exercise picture, the countdown ring and a 0–10 pain scale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from coach.qt import design
from coach.qt.resources import render_picture


class PictureView(QLabel):
    """Shows one SVG picture scaled to fit, mirrored on request; re-renders on resize."""

    def __init__(self, parent: QWidget | None = None, minimum: int = 200) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._mirrored = False
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(minimum, int(minimum * 0.75))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def shown(self) -> tuple[Path | None, bool]:
        """The picture on show and whether it is mirrored."""
        return self._path, self._mirrored

    def show_picture(self, path: Path | None, mirrored: bool = False) -> None:
        if (path, mirrored) == (self._path, self._mirrored) and self.pixmap() and not self.pixmap().isNull():
            return
        self._path, self._mirrored = path, mirrored
        self._render()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._render()

    def _render(self) -> None:
        if self._path is None:
            self.clear()
            return
        self.setPixmap(
            render_picture(
                self._path, self.size() - QSize(8, 8), mirrored=self._mirrored, ratio=self.devicePixelRatioF()
            )
        )


def track_colour(palette: QPalette) -> QColor:
    """The text colour at 15 % over the window colour, as one opaque colour.

    Painting a large shape in a see-through colour makes Qt split the work across its pooled
    paint threads (dozens of wake-ups per repaint); the opaque mix looks the same on the
    window's plain background and is painted at once.
    """
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    return QColor.fromRgbF(
        *(0.15 * t + 0.85 * w for t, w in zip(text.getRgbF()[:3], window.getRgbF()[:3], strict=True))
    )


class ProgressStrip(QProgressBar):
    """A progress bar drawn as a framed track filled with the highlight colour.

    The Fusion style draws a progress bar with see-through stripes, which Qt splits across its
    pooled paint threads: the player's bar moves every second, and each repaint woke the
    process dozens of times. This one paints opaque shapes only; being a QProgressBar, it keeps
    the value API and what screen readers are told.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextVisible(False)

    def paintEvent(self, event) -> None:
        span = self.maximum() - self.minimum()
        done = min(1.0, max(0.0, (self.value() - self.minimum()) / span)) if span > 0 else 0.0
        palette = self.palette()
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.0))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(frame, 2, 2)
        if done > 0:
            inner = frame.adjusted(1, 1, -1, -1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(
                QRectF(inner.left(), inner.top(), max(2.0, inner.width() * done), inner.height()), 1.5, 1.5
            )
        painter.end()


class CountdownRing(QWidget):
    """A large countdown number inside a ring that empties as the phase runs out.

    Purely a view: the player sets ``fraction`` (0..1 of the phase done), ``text`` and
    ``caption``. The ring uses the palette's highlight colour; the number carries the
    information, never colour alone.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self._text = ""
        self._caption = ""
        self.setMinimumSize(150, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Countdown"))

    def set_state(self, fraction: float, text: str, caption: str) -> None:
        fraction = max(0.0, min(1.0, fraction))
        if (fraction, text, caption) != (self._fraction, self._text, self._caption):
            self._fraction, self._text, self._caption = fraction, text, caption
            self.setAccessibleDescription(f"{caption}: {text}")
            self.update()

    @property
    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def paintEvent(self, event) -> None:
        side = min(self.width(), self.height()) - 12
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        pen_width = max(6.0, side / 18)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        track = track_colour(palette)
        painter.setPen(QPen(track, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        inner = rect.adjusted(pen_width / 2, pen_width / 2, -pen_width / 2, -pen_width / 2)
        painter.drawEllipse(inner)
        painter.setPen(
            QPen(
                palette.color(QPalette.ColorRole.Highlight),
                pen_width,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
            )
        )
        span = int(-(1.0 - self._fraction) * 360 * 16)
        if span:
            painter.drawArc(inner, 90 * 16, span)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        font = QFont(self.font())
        font.setPixelSize(max(12, int(side / 4.2)))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        number = QRectF(
            inner.left(), inner.top() + inner.height() * 0.22, inner.width(), inner.height() * 0.42
        )
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, self._text)
        small = QFont(self.font())
        small.setPixelSize(max(10, int(side / 13)))
        painter.setFont(small)
        caption = QRectF(
            inner.left(), inner.top() + inner.height() * 0.62, inner.width(), inner.height() * 0.16
        )
        painter.drawText(caption, Qt.AlignmentFlag.AlignCenter, self._caption)
        painter.end()


class PainScale(QWidget):
    """Eleven buttons, 0 (no pain) to 10 (worst imaginable); nothing chosen until the user picks.

    Signals:
        chosen(int): a rating was picked.
    """

    chosen = Signal(int)

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.setAccessibleName(label)
        for value in range(11):
            button = QPushButton(str(value), self)
            button.setCheckable(True)
            button.setMinimumWidth(36)
            design.compact(button)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            if value == 0:
                words = self.tr("{value} of 10 (no pain)")
            elif value == 10:
                words = self.tr("{value} of 10 (worst pain imaginable)")
            else:
                words = self.tr("{value} of 10")
            words = words.format(value=value)
            button.setAccessibleName(f"{label}: {words}")
            button.setToolTip(words)
            self._group.addButton(button, value)
            layout.addWidget(button)
        self._group.idClicked.connect(self._on_clicked)

    @Slot(int)
    def _on_clicked(self, value: int) -> None:
        self.chosen.emit(value)

    def value(self) -> int | None:
        checked = self._group.checkedId()
        return None if checked < 0 else checked

    def set_value(self, value: int | None) -> None:
        if value is None:
            self._group.setExclusive(False)
            for button in self._group.buttons():
                button.setChecked(False)
            self._group.setExclusive(True)
        else:
            self._group.button(value).setChecked(True)
