"""One clock for the whole app: "now" and the diary day come from here only.

Built once at start-up (app.build_window) and passed to every part that needs the time,
so the day-boundary rule is applied the same way everywhere and tests can move time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from taper_desktop.domain.days import DEFAULT_DAY_BOUNDARY, logical_day


class Clock:
    """The time now, and the diary day it belongs to under the day-boundary rule."""

    def __init__(
        self,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        boundary: Callable[[], dt.time] = lambda: DEFAULT_DAY_BOUNDARY,
    ):
        self._now, self._boundary = now, boundary

    def now(self) -> dt.datetime:
        return self._now()

    def today(self) -> dt.date:
        """The diary day now: before the boundary (default 04:00) it is still yesterday."""
        return logical_day(self.now(), self._boundary())

    def time_on(self, day: dt.date) -> str | None:
        """'HH:MM' now when day is the diary day now, else None: a dose logged for a past
        day gets no invented time."""
        now = self.now()
        return now.strftime("%H:%M") if day == logical_day(now, self._boundary()) else None


def fixed(moment: dt.datetime | dt.date) -> Clock:
    """A clock stopped at moment (a date means midday of it); for tests and previews."""
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time(12, 0))
    return Clock(lambda: moment)
