"""Coach's design system: spacing, type, light and dark colours, state icons, card and button styles.

Every view takes its look from here: :func:`apply` gives the application a palette that follows
the system's colour scheme and one generated style sheet; widgets opt into a style with the
helpers (:func:`button`, :func:`card`, :func:`text`) which set a dynamic property the sheet
selects on. Nothing else in ``coach/qt`` names a colour or a pixel size for text.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QStyle,
    QStyleFactory,
    QWidget,
)

# -- spacing: one scale, in device-independent pixels -------------------------------------------------


class Space:
    """The spacing scale; layouts use these instead of numbers."""

    XS = 4
    S = 8
    M = 12
    L = 16
    XL = 24
    XXL = 32


# -- type: steps relative to the system font ------------------------------------------------------------


class Type(StrEnum):
    """The type scale; each step is a multiple of the user's base font size."""

    CAPTION = "caption"
    BODY = "body"
    STRONG = "strong"
    HEADING = "heading"
    TITLE = "title"
    DISPLAY = "display"


TYPE_SCALE: dict[Type, tuple[float, QFont.Weight]] = {
    Type.CAPTION: (0.9, QFont.Weight.Normal),
    Type.BODY: (1.0, QFont.Weight.Normal),
    Type.STRONG: (1.0, QFont.Weight.DemiBold),
    Type.HEADING: (1.2, QFont.Weight.DemiBold),
    Type.TITLE: (1.5, QFont.Weight.Bold),
    Type.DISPLAY: (2.1, QFont.Weight.Bold),
}


def font(kind: Type, base: QFont | None = None) -> QFont:
    """The application font at step ``kind`` of the type scale."""
    result = QFont(base if base is not None else QApplication.font())
    scale, weight = TYPE_SCALE[kind]
    size = result.pointSizeF()
    if size > 0:
        result.setPointSizeF(size * scale)
    else:
        result.setPixelSize(max(8, round(result.pixelSize() * scale)))
    result.setWeight(weight)
    return result


# -- colour --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Colours:
    """One colour scheme. Text pairs meet WCAG AA (4.5:1), checked by ``tests/qt/test_design.py``."""

    dark: bool
    window: str  # the page behind everything
    surface: str  # cards
    field: str  # text fields, lists, check boxes (a step lighter than cards when dark)
    text: str
    muted: str  # secondary text; still AA on window and surface
    border: str
    accent: str  # primary buttons, the current step, focus
    on_accent: str  # text on accent
    accent_soft: str  # a tint of accent behind the current step
    danger: str  # destructive buttons and emergencies: text or outline on surface
    on_danger: str
    warning: str
    success: str
    info: str
    shade: str  # the full-screen reminder's backdrop (with alpha)
    on_shade: str


LIGHT = Colours(
    dark=False,
    window="#f4f6f8",
    surface="#ffffff",
    field="#ffffff",
    text="#1b2330",
    muted="#4f5b69",
    border="#cfd6de",
    accent="#1d5fc9",
    on_accent="#ffffff",
    accent_soft="#dde8fb",
    danger="#b3261e",
    on_danger="#ffffff",
    warning="#9a4a00",
    success="#1a7242",
    info="#1d5fc9",
    shade="#e6101419",
    on_shade="#f3f5f8",
)

DARK = Colours(
    dark=True,
    window="#15181c",
    surface="#1f2329",
    field="#2c323b",
    text="#e7eaee",
    muted="#a8b1bc",
    border="#3a414b",
    accent="#6ea2ff",
    on_accent="#0c1422",
    accent_soft="#23344f",
    danger="#ff8a80",
    on_danger="#2a0906",
    warning="#f0b060",
    success="#6fd39a",
    info="#6ea2ff",
    shade="#eb0b0d10",
    on_shade="#f3f5f8",
)


def luminance(colour: str) -> float:
    """WCAG relative luminance of a colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    c = QColor(colour)
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def system_is_dark() -> bool:
    """Whether the desktop asks for a dark scheme (Qt's colour-scheme hint, else the palette)."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightnessF() < 0.5


_CURRENT: list[Colours] = [LIGHT]
_FOLLOWING: list[bool] = []


def colours() -> Colours:
    """The scheme in use."""
    return _CURRENT[0]


def palette(c: Colours) -> QPalette:
    """A full QPalette for a scheme (so native-drawn parts match the style sheet)."""
    pal = QPalette()
    roles = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, value in (
            (roles.Window, c.window),
            (roles.WindowText, c.text),
            (roles.Base, c.field),
            (roles.AlternateBase, c.window),
            (roles.Text, c.text),
            (roles.Button, c.surface),
            (roles.ButtonText, c.text),
            (roles.Highlight, c.accent),
            (roles.HighlightedText, c.on_accent),
            (roles.ToolTipBase, c.surface),
            (roles.ToolTipText, c.text),
            (roles.PlaceholderText, c.muted),
            (roles.Link, c.accent),
            (roles.Mid, c.border),
            (roles.Midlight, c.border),
        ):
            pal.setColor(group, role, QColor(value))
    disabled = QColor(c.muted)
    disabled.setAlphaF(0.75)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


# -- the style sheet ----------------------------------------------------------------------------------


class Role(StrEnum):
    """Button roles: one primary per screen, secondary for the rest, destructive for ends and pain."""

    PRIMARY = "primary"
    SECONDARY = "secondary"
    DESTRUCTIVE = "destructive"


def stylesheet(c: Colours, base_pt: float) -> str:
    """The application style sheet for scheme ``c`` and the user's base font size."""

    def pt(kind: Type) -> str:
        return f"{base_pt * TYPE_SCALE[kind][0]:.1f}pt"

    hover = QColor(c.accent).lighter(112 if c.dark else 92).name()
    danger_hover = QColor(c.danger).lighter(110 if c.dark else 95).name()
    return f"""
QPushButton {{
    background: {c.surface}; color: {c.text};
    border: 1px solid {c.border}; border-radius: 6px;
    padding: {Space.S - 2}px {Space.L}px; min-height: 20px;
}}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:focus {{ border: 2px solid {c.accent}; padding: {Space.S - 3}px {Space.L - 1}px; }}
QPushButton:pressed, QPushButton:checked {{ background: {c.accent_soft}; }}
QPushButton:disabled {{ color: {c.muted}; background: {c.window}; }}
QPushButton[role="primary"] {{
    background: {c.accent}; color: {c.on_accent}; border: 1px solid {c.accent}; font-weight: 600;
}}
QPushButton[role="primary"]:hover {{ background: {hover}; }}
QPushButton[role="primary"]:focus {{ border: 2px solid {c.text}; }}
QPushButton[role="destructive"] {{ color: {c.danger}; border: 1px solid {c.danger}; }}
QPushButton[role="destructive"]:hover {{ background: {danger_hover}; color: {c.on_danger}; }}
QPushButton[scale="large"] {{ padding: {Space.S + 2}px {Space.XL}px; min-height: 24px; }}
QPushButton[scale="reminder"] {{
    padding: {Space.M}px {Space.XXL}px; min-height: 36px; font-size: {pt(Type.HEADING)};
}}
QPushButton[scale="reminder"]:focus {{ padding: {Space.M - 1}px {Space.XXL - 1}px; }}
QLineEdit {{
    background: {c.field}; border: 1px solid {c.border}; border-radius: 6px; padding: {Space.XS}px {Space.S}px;
}}
QLineEdit:focus {{ border: 2px solid {c.accent}; padding: {Space.XS - 1}px {Space.S - 1}px; }}
QPushButton[scale="compact"] {{ padding: {Space.XS}px {Space.XS}px; }}
QPushButton[scale="compact"]:focus {{ padding: {Space.XS - 1}px {Space.XS - 1}px; }}
QFrame[card="true"] {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: 10px;
}}
QFrame[card="true"] QLabel {{ background: transparent; border: none; }}
QLabel[type="caption"] {{ font-size: {pt(Type.CAPTION)}; color: {c.muted}; }}
QLabel[type="muted"] {{ color: {c.muted}; }}
QLabel[type="strong"] {{ font-weight: 600; }}
QLabel[type="heading"] {{ font-size: {pt(Type.HEADING)}; font-weight: 600; }}
QLabel[type="lead"] {{ font-size: {pt(Type.HEADING)}; }}
QLabel[type="title"] {{ font-size: {pt(Type.TITLE)}; font-weight: 700; }}
QLabel[type="display"] {{ font-size: {pt(Type.DISPLAY)}; font-weight: 700; }}
QLabel[tone="danger"] {{ color: {c.danger}; }}
QLabel[tone="warning"] {{ color: {c.warning}; }}
QWidget[shade="true"] QLabel {{ color: {c.on_shade}; }}
QGroupBox {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: 10px;
    margin-top: 1.6em; padding: {Space.S}px {Space.XS}px {Space.XS}px {Space.XS}px; font-weight: 600;
}}
QGroupBox::title {{
    subcontrol-origin: margin; subcontrol-position: top left; left: {Space.XS}px; padding: 0 {Space.XS}px;
    color: {c.text};
}}
QGroupBox QLabel {{ background: transparent; font-weight: 400; }}
QGroupBox QCheckBox, QGroupBox QRadioButton {{ font-weight: 400; }}
QListView::item:selected, QListWidget::item:selected {{ background: {c.accent_soft}; color: {c.text}; }}
QListWidget[role="steps"] {{ background: transparent; border: none; }}
QListWidget[role="steps"]::item {{ padding: {Space.XS}px {Space.S}px; border-radius: 6px; }}
QListWidget[role="steps"]::item:selected {{
    background: {c.accent_soft}; color: {c.text}; border-left: 4px solid {c.accent};
}}
QTabBar::tab {{ padding: {Space.S}px {Space.L}px; }}
QProgressBar {{ border: none; background: {c.border}; border-radius: 3px; max-height: 6px; }}
QProgressBar::chunk {{ background: {c.accent}; border-radius: 3px; }}
"""


def apply(app: QApplication, *, dark: bool | None = None) -> Colours:
    """Give ``app`` Coach's look in the system's colour scheme (or ``dark`` when given).

    The Fusion style draws what the sheet leaves alone from the palette on every platform, so
    light and dark look the same everywhere. Returns the scheme applied.
    """
    if dark is None:
        dark = system_is_dark()
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged") and not _FOLLOWING:
            _FOLLOWING.append(True)  # the desktop switched light/dark: follow it while running
            hints.colorSchemeChanged.connect(lambda _scheme: apply(app))
    c = DARK if dark else LIGHT
    _CURRENT[0] = c
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(palette(c))
    base = app.font().pointSizeF()
    app.setStyleSheet(stylesheet(c, base if base > 0 else 10.0))
    icon.cache_clear()
    icon_uri.cache_clear()
    return c


# -- helpers the views call --------------------------------------------------------------------------


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def button(widget: QPushButton, role: Role = Role.SECONDARY, *, large: bool = False) -> QPushButton:
    """Style a push button as ``role`` (and large, for the reminder and the player's main controls)."""
    widget.setProperty("role", str(role))
    if large:
        widget.setProperty("scale", "large")
    widget.setMinimumHeight(44 if large else 0)
    _repolish(widget)
    return widget


def reminder(widget: QPushButton) -> QPushButton:
    """A big button of the full-screen reminder, easy to hit from a step away."""
    widget.setProperty("scale", "reminder")
    widget.setMinimumSize(220, 60)
    _repolish(widget)
    return widget


def compact(widget: QPushButton) -> QPushButton:
    """A small button in a row of many (the pain scale's numbers)."""
    widget.setProperty("scale", "compact")
    _repolish(widget)
    return widget


def role_of(widget: QPushButton) -> Role:
    """The role a button was given (secondary when none)."""
    value = widget.property("role")
    return Role(value) if value in set(Role) else Role.SECONDARY


def text(label: QLabel, kind: str = "body", *, tone: str | None = None) -> QLabel:
    """Style a label at a step of the type scale (``caption``, ``heading``, ``title``...)."""
    label.setProperty("type", kind)
    if tone:
        label.setProperty("tone", tone)
    _repolish(label)
    return label


def card(frame: QFrame | None = None, parent: QWidget | None = None) -> QFrame:
    """A card: a surface with a border and rounded corners; lay out its contents with ``Space``."""
    frame = frame if frame is not None else QFrame(parent)
    frame.setProperty("card", True)
    frame.setFrameShape(QFrame.Shape.NoFrame)
    _repolish(frame)
    return frame


def card_margins() -> tuple[int, int, int, int]:
    return (Space.L, Space.M, Space.L, Space.M)


# -- icons: one set for states and safety levels -------------------------------------------------------


class Icon(StrEnum):
    """Coach's state and safety icons: one shape and colour per meaning, never colour alone."""

    EMERGENCY = "emergency"  # red octagon, "!"
    URGENT = "urgent"  # amber triangle, "!"
    SOON = "soon"  # blue circle, clock hands
    CAUTION = "caution"  # amber triangle, "!" (take care during an exercise)
    DONE = "done"  # green circle, tick
    PARTIAL = "partial"  # amber half circle
    NOT_DONE = "not-done"  # grey ring, dash
    STOPPED = "stopped"  # red square, "!"
    INFO = "info"  # blue circle, "i"


def _tone(kind: Icon, c: Colours) -> str:
    return {
        Icon.EMERGENCY: c.danger,
        Icon.STOPPED: c.danger,
        Icon.URGENT: c.warning,
        Icon.CAUTION: c.warning,
        Icon.PARTIAL: c.warning,
        Icon.SOON: c.info,
        Icon.INFO: c.info,
        Icon.DONE: c.success,
        Icon.NOT_DONE: c.muted,
    }[kind]


def _draw(painter: QPainter, kind: Icon, side: float, c: Colours) -> None:
    colour = QColor(_tone(kind, c))
    ink = QColor(c.surface)
    s = side
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if kind is Icon.EMERGENCY:
        k = s * 0.29
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(k, 0), QPointF(s - k, 0), QPointF(s, k), QPointF(s, s - k),
                    QPointF(s - k, s), QPointF(k, s), QPointF(0, s - k), QPointF(0, k),
                ]
            )
        )  # fmt: skip
    elif kind in (Icon.URGENT, Icon.CAUTION):
        path = QPainterPath()
        path.moveTo(s / 2, s * 0.06)
        path.lineTo(s * 0.96, s * 0.92)
        path.lineTo(s * 0.04, s * 0.92)
        path.closeSubpath()
        if kind is Icon.CAUTION:  # take care: an outline, lighter than "see a doctor today"
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(
                QPen(
                    colour,
                    s * 0.09,
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin,
                )
            )
            ink = colour
        painter.drawPath(path)
    elif kind is Icon.STOPPED:
        painter.drawRoundedRect(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88), s * 0.16, s * 0.16)
    elif kind is Icon.NOT_DONE:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, s * 0.1))
        painter.drawEllipse(QRectF(s * 0.08, s * 0.08, s * 0.84, s * 0.84))
    elif kind is Icon.PARTIAL:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, s * 0.1))
        painter.drawEllipse(QRectF(s * 0.08, s * 0.08, s * 0.84, s * 0.84))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPie(QRectF(s * 0.08, s * 0.08, s * 0.84, s * 0.84), 90 * 16, 180 * 16)
        return
    else:
        painter.drawEllipse(QRectF(0, 0, s, s))
    pen = QPen(ink, s * 0.13, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if kind in (Icon.EMERGENCY, Icon.STOPPED, Icon.URGENT, Icon.CAUTION):
        top, bottom = (0.36, 0.62) if kind in (Icon.URGENT, Icon.CAUTION) else (0.24, 0.56)
        painter.drawLine(QPointF(s / 2, s * top), QPointF(s / 2, s * bottom))
        painter.drawPoint(QPointF(s / 2, s * (bottom + 0.17)))
    elif kind is Icon.DONE:
        painter.drawPolyline(
            QPolygonF([QPointF(s * 0.27, s * 0.52), QPointF(s * 0.44, s * 0.69), QPointF(s * 0.74, s * 0.34)])
        )
    elif kind is Icon.NOT_DONE:
        painter.setPen(QPen(colour, s * 0.1, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(s * 0.34, s / 2), QPointF(s * 0.66, s / 2))
    elif kind is Icon.SOON:
        painter.drawPolyline(
            QPolygonF([QPointF(s / 2, s * 0.24), QPointF(s / 2, s / 2), QPointF(s * 0.7, s * 0.62)])
        )
    elif kind is Icon.INFO:
        painter.drawLine(QPointF(s / 2, s * 0.46), QPointF(s / 2, s * 0.74))
        painter.drawPoint(QPointF(s / 2, s * 0.28))


def pixmap(kind: Icon, side: int = 16, ratio: float = 2.0) -> QPixmap:
    """Icon ``kind`` as a pixmap ``side`` pixels square in the current scheme."""
    image = QPixmap(QSize(round(side * ratio), round(side * ratio)))
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _draw(painter, kind, side * ratio, colours())
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


@cache
def icon(kind: Icon) -> QIcon:
    """Icon ``kind`` for buttons, list rows and labels."""
    result = QIcon()
    for side in (16, 24, 32):
        result.addPixmap(pixmap(kind, side, 1.0))
    return result


@cache
def icon_uri(kind: Icon, side: int = 16) -> str:
    """Icon ``kind`` as a ``data:`` URI for rich text."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap(kind, side, 2.0).toImage().save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(bytes(data.data())).decode("ascii")


def icon_html(kind: Icon, side: int = 16) -> str:
    """An ``<img>`` of icon ``kind`` sitting on the text line, for QLabel rich text."""
    return f"<img src='{icon_uri(kind, side)}' width='{side}' height='{side}' style='vertical-align: middle'>"


# -- windows -----------------------------------------------------------------------------------------


def desktop_animations_off(widget: QWidget | None = None) -> bool:
    """Whether the desktop turns animations off: its style's animation duration is zero (the
    only reduced-motion signal Qt passes on)."""
    style = widget.style() if widget is not None else QApplication.style()
    return style.styleHint(QStyle.StyleHint.SH_Widget_Animation_Duration, None, widget) == 0


def working_screen_geometry() -> QRect:
    """The free area of the screen the user works on (the one under the pointer)."""
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def place(window: QWidget, size: QSize, area: QRect | None = None) -> None:
    """Size ``window`` to ``size`` (never larger than the free area) and centre it there."""
    area = area if area is not None else working_screen_geometry()
    width = min(size.width(), area.width() - Space.XL)
    height = min(size.height(), area.height() - Space.XXL)
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    frame = window.frameGeometry()
    frame.moveCenter(area.center())
    window.move(frame.topLeft())


def fit_rows(view: QAbstractItemView) -> None:
    """Make a list at least as wide as its widest row, so no row is elided."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    model = view.model()
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.decorationSize = view.iconSize()
    widest = 0
    for row in range(min(model.rowCount(), 500)):
        index = model.index(row, 0)
        widest = max(widest, view.itemDelegateForIndex(index).sizeHint(option, index).width())
    spacing = view.spacing() if hasattr(view, "spacing") else 0
    scrollbar = view.style().pixelMetric(view.style().PixelMetric.PM_ScrollBarExtent)
    view.setMinimumWidth(widest + 2 * spacing + scrollbar + 2 * view.frameWidth() + Space.XS)
