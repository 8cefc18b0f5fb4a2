"""An answer given after "Stop — this hurts" in a player run on its own is kept in the settings."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from coach import paths
from coach.app import _save_bending
from coach.controllers.services import Services
from coach.core.clock import ManualClock
from coach.core.settings_io import load_settings


def test_the_answer_is_saved_and_the_other_kept(qapp):
    services = Services(ManualClock(), ZoneInfo("Europe/Berlin"))
    _save_bending(services, "backward")
    _save_bending(services, "forward")
    saved = load_settings(paths.config_path()).settings
    assert saved.avoid_forward_bending and saved.avoid_backward_bending
    assert services.settings == saved
    services.close()
