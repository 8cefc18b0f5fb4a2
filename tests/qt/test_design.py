"""The design system: contrast of every text colour, the palette it applies, icons and button roles."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPushButton

from coach.qt import design
from coach.qt.design import DARK, LIGHT, Icon, Role, contrast


@pytest.fixture
def light_again(qapp):
    """Put the application back as it was: other tests expect no style sheet."""
    sheet, palette, style = qapp.styleSheet(), qapp.palette(), qapp.style().name()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    design._CURRENT[0] = LIGHT


@pytest.mark.parametrize("scheme", [LIGHT, DARK], ids=["light", "dark"])
def test_text_colours_meet_wcag_aa(scheme):
    for text in ("text", "muted", "danger", "warning", "success", "accent"):
        for ground in ("window", "surface", "field"):
            ratio = contrast(getattr(scheme, text), getattr(scheme, ground))
            assert ratio >= 4.5, f"{text} on {ground}: {ratio:.2f}"
    assert contrast(scheme.on_accent, scheme.accent) >= 4.5
    assert contrast(scheme.text, scheme.accent_soft) >= 4.5
    assert contrast(scheme.on_shade, "#" + scheme.shade[3:]) >= 4.5


def test_contrast_is_the_wcag_ratio():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_apply_follows_the_requested_scheme(qapp, light_again):
    design.apply(qapp, dark=True)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    assert design.colours() is DARK
    assert 'QPushButton[role="primary"]' in qapp.styleSheet()
    design.apply(qapp, dark=False)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window


def test_every_icon_is_drawn_and_distinct(qapp):
    images = {}
    for kind in Icon:
        image = design.pixmap(kind, 16).toImage()
        assert not image.isNull()
        opaque = sum(
            image.pixelColor(x, y).alpha() > 0 for x in range(image.width()) for y in range(image.height())
        )
        assert opaque > 20, kind
        images[kind] = bytes(image.constBits())
    assert len(set(images.values())) == len(Icon)
    assert design.icon_html(Icon.DONE).startswith("<img src='data:image/png;base64,")


def test_button_roles_are_styled(qtbot):
    button = QPushButton("Save")
    qtbot.addWidget(button)
    assert design.role_of(button) is Role.SECONDARY
    design.button(button, Role.PRIMARY, large=True)
    assert design.role_of(button) is Role.PRIMARY
    assert button.property("scale") == "large"
