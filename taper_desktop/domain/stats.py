"""Small statistics used by the charts, the report and the hold prompt.

Missing values are None and are skipped, never counted as zero.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from taper_desktop.domain.measures import WINDOW_DAYS, WINDOW_MIN_DAYS


def mean(values: Sequence[float | None]) -> float | None:
    """Mean of the values present, or None when none are."""
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def rolling_mean(
    values: Sequence[float | None], window: int = WINDOW_DAYS, min_count: int = WINDOW_MIN_DAYS
) -> list[float | None]:
    """Trailing mean over the last `window` days, including the day itself.

    values holds one entry per consecutive calendar day (None for not logged). A
    day's mean needs at least min_count values in its window, else it is None.
    """
    out: list[float | None] = []
    total, count = 0.0, 0
    for i, value in enumerate(values):
        if value is not None:
            total += value
            count += 1
        if i >= window:
            old = values[i - window]
            if old is not None:
                total -= old
                count -= 1
        out.append(total / count if count >= min_count else None)
    return out


def after_step_profile(
    series: dict[dt.date, float],
    step_days: Sequence[dt.date],
    days_after: int = 14,
    stop_at_next: bool = False,
) -> tuple[list[list[float | None]], list[float | None]]:
    """For each step day, the values on day 0..days_after after it; and their mean per day.

    With stop_at_next, a step's days from the next step day on are None, so a profile
    shows the answer to that one step, not the next step's as well.
    Returns (one list per step, the mean across steps for each day offset).
    """
    ordered = sorted(step_days)
    per_step = []
    for step in step_days:
        later = [d for d in ordered if d > step]
        stop = later[0] if stop_at_next and later else None
        row = []
        for k in range(days_after + 1):
            day = step + dt.timedelta(days=k)
            row.append(None if stop is not None and day >= stop else series.get(day))
        per_step.append(row)
    means = [mean([row[k] for row in per_step]) for k in range(days_after + 1)]
    return per_step, means
