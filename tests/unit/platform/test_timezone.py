"""The local time zone: a named zone with daylight-saving rules wherever one can be found."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from coach.platform.timezone import local_zone


def test_tz_variable_wins():
    assert local_zone({"TZ": ":Europe/Berlin"}, localtime_link=lambda: "Asia/Tokyo") == ZoneInfo(
        "Europe/Berlin"
    )


def test_the_localtime_link_names_the_zone():
    assert local_zone({}, localtime_link=lambda: "America/New_York", tzlocal_name=lambda: None) == ZoneInfo(
        "America/New_York"
    )


def test_windows_gets_a_zone_with_daylight_saving_from_tzlocal():
    """No TZ and no /etc/localtime (Windows): tzlocal's IANA name, so summer time is right."""
    zone = local_zone({}, localtime_link=lambda: None, tzlocal_name=lambda: "Europe/Berlin")
    assert zone == ZoneInfo("Europe/Berlin")
    assert datetime(2026, 7, 1, 12, tzinfo=zone).utcoffset() == timedelta(hours=2)
    assert datetime(2026, 1, 1, 12, tzinfo=zone).utcoffset() == timedelta(hours=1)


def test_unknown_names_fall_through_to_the_next_source():
    zone = local_zone(
        {"TZ": "Not/A_Zone"}, localtime_link=lambda: "posixrules/../x", tzlocal_name=lambda: "UTC"
    )
    assert zone == ZoneInfo("UTC")


def test_a_fixed_offset_is_the_last_resort(caplog):
    zone = local_zone({}, localtime_link=lambda: None, tzlocal_name=lambda: None)
    assert zone.utcoffset(datetime.now()) is not None
    assert "no daylight-saving" in caplog.text
