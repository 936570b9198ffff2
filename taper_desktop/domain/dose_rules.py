"""Rules for a dose as it is logged, the same on every path (window, command line, import)."""

from __future__ import annotations

import datetime as dt

# An amount above this multiple of the day's planned dose asks for confirmation first.
CONFIRM_ABOVE_PLANNED = 2


def future_day_problem(day: dt.date, today: dt.date) -> str | None:
    """Why a dose cannot be logged for day, or None: never for a diary day not yet come."""
    if day > today:
        return (
            f"{day.isoformat()} has not come yet; a dose can be logged for "
            f"today ({today.isoformat()}) or an earlier day"
        )
    return None


def check_not_future(day: dt.date, today: dt.date) -> None:
    """Raise ValueError when day is after today (the diary day now)."""
    problem = future_day_problem(day, today)
    if problem:
        raise ValueError(problem)


def needs_confirmation(amount: float, planned: float | None) -> bool:
    """True when amount is more than twice the day's planned dose (none planned: False)."""
    return planned is not None and planned > 0 and amount > CONFIRM_ABOVE_PLANNED * planned
