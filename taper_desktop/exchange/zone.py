"""The computer's time zone, for exported times (appointments, dose times)."""

from __future__ import annotations

import datetime as dt


def local_zone() -> dt.tzinfo:
    """The IANA zone the computer is set to (tzlocal), so calendars get a real zone with
    its daylight-saving rules; the current fixed offset when it cannot be found."""
    try:
        import tzlocal

        zone: dt.tzinfo = tzlocal.get_localzone()
        return zone
    except Exception:
        return dt.datetime.now().astimezone().tzinfo or dt.UTC
