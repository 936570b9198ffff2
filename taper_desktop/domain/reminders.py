"""When the daily check-in reminder is due: plain rules, driven by a clock the caller passes.

A reminder belongs to a diary day (see days.logical_day). It is due from the first moment at
the reminder time that falls inside that day, as long as the day has no check-in and the app
has not reminded about that day already.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from taper_desktop.domain.days import logical_day


def reminder_moment(day: dt.date, at: dt.time, boundary: dt.time) -> dt.datetime:
    """The moment the reminder for diary day `day` becomes due.

    A reminder time before the day boundary (say 01:00 with a 04:00 boundary) still belongs
    to the evening of `day`, so it falls on the next calendar date.
    """
    date = day if at >= boundary else day + dt.timedelta(days=1)
    return dt.datetime.combine(date, at)


def due_day(
    now: dt.datetime,
    at: dt.time,
    boundary: dt.time,
    has_checkin: Callable[[dt.date], bool],
    already_reminded: dt.date | None = None,
) -> dt.date | None:
    """The diary day to remind about now, or None when no reminder is due."""
    day = logical_day(now, boundary)
    if day == already_reminded or now < reminder_moment(day, at, boundary):
        return None
    return None if has_checkin(day) else day


def missed_on_start(
    now: dt.datetime,
    at: dt.time,
    boundary: dt.time,
    has_checkin: Callable[[dt.date], bool],
    first_day: dt.date | None = None,
) -> dt.date | None:
    """The most recent diary day whose reminder time has passed without a check-in.

    Used where no tray can remind while the app is closed: on the next start the app says
    so once. Looks at today and the day before only; older gaps are the calendar's business.
    A day before first_day (the diary began: a new plan's first day) is never asked about.
    """
    today = logical_day(now, boundary)
    for day in (today, today - dt.timedelta(days=1)):
        if first_day is not None and day < first_day:
            return None
        if now >= reminder_moment(day, at, boundary):
            return None if has_checkin(day) else day
    return None
