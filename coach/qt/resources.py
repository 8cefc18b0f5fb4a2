"""Pictures, icons and sounds shipped in ``assets/``, loaded by path and cached."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon

from coach import paths

if TYPE_CHECKING:  # the drawing classes are imported when a picture is first drawn: the tray
    # icon at start-up needs none of them (PySide6 builds each class on first import, slowly)
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPixmap
    from PySide6.QtSvg import QSvgRenderer


@cache
def app_icon() -> QIcon:
    icon = QIcon(str(paths.assets_dir() / "icons" / "coach.svg"))
    return icon if not icon.isNull() else QIcon.fromTheme("applications-health")


def sound_path(name: str) -> Path:
    return paths.assets_dir() / "sounds" / f"{name}.wav"


@cache
def svg_renderer(path: Path) -> QSvgRenderer:
    from PySide6.QtSvg import QSvgRenderer

    return QSvgRenderer(str(path))


def render_picture(path: Path, size: QSize, *, mirrored: bool = False, ratio: float = 1.0) -> QPixmap:
    """Render an SVG to a pixmap fitting ``size`` (aspect kept), optionally mirrored left-right."""
    from PySide6.QtCore import QRectF, QSize, Qt
    from PySide6.QtGui import QImage, QPainter, QPixmap, QTransform

    renderer = svg_renderer(path)
    if not renderer.isValid() or size.isEmpty():
        return QPixmap()
    view = renderer.viewBoxF()
    scale = min(size.width() / max(1.0, view.width()), size.height() / max(1.0, view.height()))
    target = QSize(max(1, int(view.width() * scale * ratio)), max(1, int(view.height() * scale * ratio)))
    image = QImage(target, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if mirrored:
        painter.setTransform(QTransform(-1, 0, 0, 1, target.width(), 0))
    renderer.render(painter, QRectF(0, 0, target.width(), target.height()))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
