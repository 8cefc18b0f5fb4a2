"""The computer's time zone, with its daylight-saving rules, on Linux, macOS and Windows."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Mapping
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)


def _tzlocal_name() -> str | None:
    """The IANA name tzlocal finds (the Windows registry's zone mapped to IANA), if installed."""
    try:
        import tzlocal
    except ImportError:
        return None
    try:
        return tzlocal.get_localzone_name()
    except Exception as exc:  # noqa: BLE001 - tzlocal raises many kinds; a fixed offset still works
        log.info("tzlocal could not name the time zone: %s", exc)
        return None


def _localtime_link() -> str | None:
    with contextlib.suppress(OSError):
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    return None


def local_zone(
    env: Mapping[str, str] = os.environ,
    *,
    localtime_link: Callable[[], str | None] = _localtime_link,
    tzlocal_name: Callable[[], str | None] = _tzlocal_name,
) -> tzinfo:
    """The computer's time zone, with its daylight-saving rules when they can be found.

    Tries $TZ, the /etc/localtime link (Linux, macOS), then tzlocal (Windows' registry; needs
    the tzdata package there). A fixed offset, right for today at least, is the last resort.
    """
    names = [env.get("TZ", "").removeprefix(":")]
    for find in (localtime_link, tzlocal_name):
        names.append(find() or "")
    for name in filter(None, names):
        with contextlib.suppress(ZoneInfoNotFoundError, ValueError, OSError):
            return ZoneInfo(name)
    log.warning("time zone: no named zone found; using today's fixed offset (no daylight-saving changes)")
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone
