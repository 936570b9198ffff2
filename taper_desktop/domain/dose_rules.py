"""Rules for a dose as it is logged, the same on every path (window, command line, import)."""

from __future__ import annotations

import datetime as dt

from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP

# An amount above this multiple of the day's planned dose asks for confirmation first.
CONFIRM_ABOVE_PLANNED = 2


def future_day_error(day: dt.date, today: dt.date) -> ValidationError | None:
    """Why a dose cannot be logged for day, or None: never for a diary day not yet come."""
    if day > today:
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "validation",
                "%1 has not come yet; a dose can be logged for today (%2) or an earlier day",
            ),
            day,
            today,
        )
    return None


def check_not_future(day: dt.date, today: dt.date) -> None:
    """Raise ValidationError when day is after today (the diary day now)."""
    error = future_day_error(day, today)
    if error is not None:
        raise error


def needs_confirmation(amount: float, planned: float | None) -> bool:
    """True when amount is more than twice the day's planned dose (none planned: False)."""
    return planned is not None and planned > 0 and amount > CONFIRM_ABOVE_PLANNED * planned
