"""'Taken as planned': the one rule behind the button in the check-in and the calendar.

The button logs what is left of the day's planned dose, so the day's total becomes the
plan: the whole dose on a day with nothing logged, the rest after a part was logged, and
nothing (the button is off) once the plan is reached.
"""

from __future__ import annotations

NOTE = "taken as planned"


def remaining(planned: float | None, taken_total: float | None) -> float | None:
    """The part of the planned dose not logged yet, or None when nothing is left to log."""
    if planned is None or planned <= 0:
        return None
    left = round(planned - (taken_total or 0), 6)
    return left if left > 0 else None
