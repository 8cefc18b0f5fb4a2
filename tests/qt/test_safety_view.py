"""The Safety page shows the whole guidance; the welcome and the player show only their part."""

from __future__ import annotations

from coach.core.safety import CAUSES, MOVEMENT_REASSURANCE, PAIN_ON_A_WALK, RED_FLAGS
from coach.qt.safety_view import SafetyView, safety_html


def test_the_safety_page_has_reassurance_walking_advice_and_causes(qtbot):
    view = SafetyView(intro=None, walking=True)
    qtbot.addWidget(view)
    text = view.label.text()
    assert MOVEMENT_REASSURANCE.replace("'", "&#x27;") in text
    assert "Land on your heel first" in text and "Spread your weight evenly" in text
    assert "If pain starts on a walk" in text and "pharmacist" in PAIN_ON_A_WALK[3]
    for cause in CAUSES:
        assert f"<b>{cause.name}</b>" in text
    assert text.index("Emergency: ") < text.index("Today: ") < text.index("Soon: ")
    assert "<ol>" in text  # the questions for a doctor are numbered


def test_the_short_versions_leave_the_walking_advice_out():
    for html in (safety_html(None, rules=False), safety_html("Session stopped.")):
        assert "Why your back may hurt" not in html
        assert RED_FLAGS[0].items[0].split(":")[0] in html
