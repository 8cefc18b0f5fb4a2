"""The player's progress strip and ring colours: what they show, painted without see-through fills."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from coach.qt.widgets import ProgressStrip, track_colour


def test_track_colour_is_the_see_through_text_colour_made_opaque():
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(0, 0, 0))
    palette.setColor(QPalette.ColorRole.Window, QColor(200, 100, 240))
    colour = track_colour(palette)
    assert colour.alpha() == 255
    assert (colour.red(), colour.green(), colour.blue()) == (170, 85, 204)  # 85 % of the window


def test_progress_strip_fills_its_share_with_the_highlight(qtbot):
    strip = ProgressStrip()
    qtbot.addWidget(strip)
    strip.resize(400, 20)
    palette = strip.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(255, 0, 0))
    palette.setColor(QPalette.ColorRole.Base, QColor(255, 255, 255))
    strip.setPalette(palette)
    strip.setRange(0, 1000)
    strip.setValue(250)
    image = strip.grab().toImage()
    y = image.height() // 2
    assert image.pixelColor(50, y) == QColor(255, 0, 0)  # inside the first quarter
    assert image.pixelColor(300, y) == QColor(255, 255, 255)  # beyond it
    assert not strip.isTextVisible()  # the value is for screen readers; the label beside says it
    strip.setValue(1000)
    image = strip.grab().toImage()
    assert image.pixelColor(390, y) == QColor(255, 0, 0)
