"""When to suggest discussing a hold: symptoms clearly higher after a dose step.

The rule (issue 4, design.md flow 6), evaluated for one day, "today":

- The step is the most recent day on or before today on which the planned dose
  changed (the plan's first day is not a step).
- Only complete check-ins of the instrument in use count: a partial check-in has
  no total, and totals of SOWS and SOWS-Gossop are never mixed.
- Baseline: the mean total of the 7 days before the step (step-7 .. step-1).
- Recent: the mean total of the last 3 days (today-2 .. today), counting only days
  on or after the step day.
- Rising: recent mean - baseline mean >= threshold (a setting; 6 SOWS points or
  3 SOWS-Gossop points by default).
- Severe run (SOWS only, whose bands are conventional, not validated): two
  consecutive days among those recent days both in the severe band.

"Too little data" means: fewer than MIN_BASELINE (4) of the 7 baseline days, or
fewer than MIN_RECENT (2) of the recent days, have a complete total. Then the
rising test cannot decide and says so; a severe run still counts, because it
needs no baseline. Nothing is suggested while a hold already covers today.

It suggests, never prescribes: the banner asks the person to consider discussing a
hold with their provider.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from taper_desktop.domain.models import CheckIn
from taper_desktop.domain.scales import SOWS
from taper_desktop.domain.scales import instrument as get_instrument
from taper_desktop.domain.stats import mean

BASELINE_DAYS = 7
RECENT_DAYS = 3
MIN_BASELINE = 4
MIN_RECENT = 2

# Outcomes
NO_STEP = "no step"  # no dose step on or before today
HELD = "held"  # a hold already covers today
TOO_LITTLE_DATA = "too little data"
SETTLING = "settling"  # enough data, below the threshold, no severe run
RISING = "rising"  # recent mean exceeds the baseline by at least the threshold
SEVERE_RUN = "severe run"  # two consecutive severe days after the step (SOWS)

SUGGEST = (RISING, SEVERE_RUN)


@dataclass(frozen=True)
class HoldCheck:
    """What the rule found; `suggest` is True when the banner should be shown."""

    outcome: str
    step_day: dt.date | None = None
    baseline: float | None = None  # mean total of the 7 days before the step
    recent: float | None = None  # mean total of the last 3 days since the step
    baseline_count: int = 0
    recent_count: int = 0
    recent_days: int = 0  # days in the recent window (up to 3, none before the step)
    severe_days: tuple[tuple[dt.date, int], ...] = ()  # the severe run's days and totals

    @property
    def suggest(self) -> bool:
        return self.outcome in SUGGEST


def last_step(today: dt.date, step_changes: Sequence[tuple[dt.date, float]]) -> dt.date | None:
    """The latest day on or before today on which the planned dose changed."""
    steps = [day for day, _dose in step_changes[1:] if day <= today]
    return max(steps) if steps else None


def complete_totals(checkins: Iterable[CheckIn], instrument: str) -> dict[dt.date, int]:
    """Totals of complete check-ins of one instrument; partial ones have none."""
    totals = {}
    for checkin in checkins:
        if checkin.instrument == instrument:
            total = checkin.total
            if total is not None:
                totals[checkin.day] = total
    return totals


def check(
    today: dt.date,
    step_changes: Sequence[tuple[dt.date, float]],
    checkins: Iterable[CheckIn],
    instrument: str,
    threshold: float,
    held_today: bool = False,
) -> HoldCheck:
    """Apply the hold-prompt rule for today (see the module docstring)."""
    step = last_step(today, step_changes)
    if step is None:
        return HoldCheck(NO_STEP)
    if held_today:
        return HoldCheck(HELD, step)
    totals = complete_totals(checkins, instrument)
    one = dt.timedelta(days=1)
    baseline_days = [step - one * k for k in range(BASELINE_DAYS, 0, -1)]
    recent_days = [today - one * k for k in range(RECENT_DAYS - 1, -1, -1)]
    recent_days = [d for d in recent_days if d >= step]
    baseline_values = [totals[d] for d in baseline_days if d in totals]
    recent_values = [totals[d] for d in recent_days if d in totals]
    baseline, recent = mean(baseline_values), mean(recent_values)

    def found(outcome: str, severe_days: tuple[tuple[dt.date, int], ...] = ()) -> HoldCheck:
        # The comparison is made for every outcome, so the words can state it as it is.
        return HoldCheck(
            outcome,
            step_day=step,
            baseline=baseline,
            recent=recent,
            baseline_count=len(baseline_values),
            recent_count=len(recent_values),
            recent_days=len(recent_days),
            severe_days=severe_days,
        )

    run = _severe_run(recent_days, totals, instrument) if instrument == SOWS else ()
    if run:
        return found(SEVERE_RUN, run)
    if (
        baseline is None
        or recent is None
        or len(baseline_values) < MIN_BASELINE
        or len(recent_values) < MIN_RECENT
    ):
        return found(TOO_LITTLE_DATA)
    if recent - baseline >= threshold:
        return found(RISING)
    return found(SETTLING)


def _severe_run(
    days: list[dt.date], totals: dict[dt.date, int], instrument: str
) -> tuple[tuple[dt.date, int], ...]:
    """The latest two consecutive days both in the severe band, with their totals, or ()."""
    scale = get_instrument(instrument)

    def severe(day: dt.date) -> bool:
        band = scale.band(totals.get(day))
        return band is not None and band.name == "severe"

    for a, b in reversed(list(zip(days, days[1:], strict=False))):
        if severe(a) and severe(b) and (b - a).days == 1:
            return ((a, totals[a]), (b, totals[b]))
    return ()
