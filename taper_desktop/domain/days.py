"""The day-boundary rule: a check-in made after midnight but before the boundary
(default 04:00) belongs to the day before, because that is the day the person is
still living."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP

DEFAULT_DAY_BOUNDARY = dt.time(4, 0)


def parse_hhmm(text: str) -> dt.time:
    """Parse 'HH:MM' (24-hour) strictly; raise ValidationError with the bad value named."""
    try:
        hours, minutes = text.split(":")
        if len(hours) != 2 or len(minutes) != 2:
            raise ValueError
        return dt.time(int(hours), int(minutes))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("validation", "'%1' is not a time in HH:MM (00:00-23:59)"), text
        ) from None


def logical_day(moment: dt.datetime, boundary: dt.time = DEFAULT_DAY_BOUNDARY) -> dt.date:
    """The diary day a moment belongs to under the day-boundary rule."""
    day = moment.date()
    if moment.time() < boundary:
        day -= dt.timedelta(days=1)
    return day


def parse_day(text: str) -> dt.date:
    """Parse an ISO 'YYYY-MM-DD' date strictly, naming the bad value on failure."""
    try:
        if len(text) != 10:
            raise ValueError
        return dt.date.fromisoformat(text)
    except (ValueError, TypeError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("validation", "date '%1' is not a real date in the form YYYY-MM-DD"),
            text,
        ) from None


def days_between(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    """Every day from first to last inclusive."""
    for n in range((last - first).days + 1):
        yield first + dt.timedelta(days=n)
