"""Per-day numpy arrays for the charts, read from the store once per data change.

Qt-free. A missing value is NaN (drawn as a gap), never 0. A range switch reuses these
arrays and never touches the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from taper_desktop.domain import measures as domain_measures
from taper_desktop.domain import scales, stats
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.store import chart_queries, settings
from taper_desktop.store.day_table import DayRow, day_rows, plan_schedule
from taper_desktop.store.db import Store

DAY_SECONDS = 86_400
EPOCH = dt.date(1970, 1, 1)
MEASURES = domain_measures.CHARTED_KEYS  # craving, pain, sleep quality, mood
AFTER_STEP_DAYS = 14


def day_x(day: dt.date) -> float:
    """x coordinate of a day: seconds from 1970-01-01 to its midnight, read as UTC."""
    return float((day - EPOCH).days * DAY_SECONDS)


def x_day(x: float) -> dt.date:
    return EPOCH + dt.timedelta(days=int(np.floor(x / DAY_SECONDS + 0.5)))


def _array(values) -> np.ndarray:
    """Floats with NaN for None (numpy turns None into NaN for a float array)."""
    return np.array(list(values), dtype=float)


def _means(arr: np.ndarray) -> np.ndarray:
    values = [None if v != v else v for v in arr.tolist()]  # NaN is not equal to itself
    return np.array(stats.rolling_mean(values), dtype=float)


@dataclass
class InstrumentSeries:
    """One instrument's totals; days scored with the other instrument are NaN here."""

    key: str
    total: np.ndarray  # complete check-ins only
    mean: np.ndarray  # 7-day rolling mean of total
    partial: np.ndarray  # bool: a check-in of this instrument left unfinished
    answered: np.ndarray  # items answered (0 where no check-in of this instrument)
    items: np.ndarray  # (n_items, n_days) item scores, NaN where not answered

    @property
    def scale(self) -> scales.Instrument:
        return scales.instrument(self.key)


@dataclass
class ChartData:
    first: dt.date
    rows: list[DayRow]
    x: np.ndarray
    planned: np.ndarray
    taken: np.ndarray
    unit: str
    measures: dict[str, np.ndarray]
    measure_means: dict[str, np.ndarray]
    instruments: dict[str, InstrumentSeries]
    latest_instrument: str | None
    step_changes: list[tuple[dt.date, float]] = field(default_factory=list)
    holds: list[tuple[dt.date, dt.date]] = field(default_factory=list)
    schedule: PlanSchedule | None = field(default=None, repr=False)
    _after_step: dict = field(default_factory=dict, repr=False)

    @property
    def last(self) -> dt.date:
        return self.rows[-1].day

    def index(self, day: dt.date) -> int | None:
        i = (day - self.first).days
        return i if 0 <= i < len(self.rows) else None

    def cuts(self) -> list[dt.date]:
        """Days on which the planned dose fell (the first day of the plan is not a cut)."""
        return [
            day
            for (day, dose), (_d, before) in zip(
                self.step_changes[1:], self.step_changes[:-1], strict=True
            )
            if dose < before
        ]

    def after_step(self, key: str) -> tuple[list[list[float | None]], list[float | None]]:
        """Totals on days 0..14 after each cut within the data (each cut until the next),
        and their mean per day."""
        if key in self._after_step:
            return self._after_step[key]
        series = self.instruments[key].total
        pairs = zip(self.rows, series, strict=True)
        totals = {row.day: float(v) for row, v in pairs if not np.isnan(v)}
        cuts = [d for d in self.cuts() if self.first <= d <= self.last]
        result = stats.after_step_profile(totals, cuts, AFTER_STEP_DAYS, stop_at_next=True)
        self._after_step[key] = result
        return result


def _span(store: Store, today: dt.date | None) -> tuple[dt.date, dt.date]:
    """The days the charts cover: every day with data, and up to today."""
    bounds = chart_queries.data_bounds(store)
    assert bounds is not None, "the charts are read only when there is a check-in"
    first, last = bounds
    today = today or settings.diary_today(store)
    if first <= today and last < today:
        last = today
    return first, last


def load(store: Store, today: dt.date | None = None) -> ChartData | None:
    """Read everything the charts draw; None when there is no check-in to chart."""
    if not chart_queries.has_checkins(store):
        return None
    first, last = _span(store, today)
    schedule = plan_schedule(store)
    rows = day_rows(store, first, last, schedule)
    return from_rows(rows, schedule)


def reload(
    store: Store,
    previous: ChartData | None,
    days: set[dt.date] | None,
    today: dt.date | None = None,
) -> ChartData | None:
    """The same as load(), reading only `days` again when nothing but their check-ins and
    doses changed (a save), so a save is charted without reading years of data again.

    days None, no earlier data, no plan (the unit may come from the latest dose) or a
    changed span of days: everything is read again.
    """
    if (
        previous is None
        or days is None
        or previous.schedule is None
        or not chart_queries.has_checkins(store)
    ):
        return load(store, today)
    first, last = _span(store, today)
    if (first, last) != (previous.first, previous.last) or not all(
        first <= day <= last for day in days
    ):
        return load(store, today)
    rows = list(previous.rows)
    for day in days:
        rows[(day - first).days] = day_rows(store, day, day, previous.schedule)[0]
    return from_rows(rows, previous.schedule)


def from_rows(rows: list[DayRow], schedule=None) -> ChartData:
    first = rows[0].day
    n = len(rows)
    x = np.arange(n, dtype=float) * DAY_SECONDS + day_x(first)
    instruments: dict[str, InstrumentSeries] = {}
    latest = None
    for row in rows:
        if row.checkin is not None:
            latest = row.checkin.instrument
    for key in dict.fromkeys(r.checkin.instrument for r in rows if r.checkin):
        scale = scales.instrument(key)
        item_keys = scale.item_keys
        blank: list[int | None] = [None] * len(item_keys)
        mine = np.array(
            [r.checkin is not None and r.checkin.instrument == key for r in rows], dtype=bool
        )
        # one list per day, turned into an array at once (None becomes NaN)
        per_day: list[list[int | None]] = [
            [r.checkin.items.get(k) for k in item_keys] if m and r.checkin is not None else blank
            for r, m in zip(rows, mine.tolist(), strict=False)
        ]
        items = np.array(
            per_day,
            dtype=float,
        ).T.copy()
        # the same rule as Instrument.total, for all days at once: a total only when
        # every item is answered (scores were validated when saved)
        answered = np.where(mine, np.isfinite(items).sum(axis=0), 0)
        complete = mine & (answered == len(scale.items))
        total = np.where(complete, np.nan_to_num(items).sum(axis=0), np.nan)
        partial = mine & ~complete & (answered > 0)  # a note-only day is no check-in
        instruments[key] = InstrumentSeries(key, total, _means(total), partial, answered, items)
    measures = {
        m: _array([getattr(r.checkin, m) if r.checkin else None for r in rows]) for m in MEASURES
    }
    steps = schedule.step_changes() if schedule is not None else []
    holds = []
    if schedule is not None:
        for h in schedule.holds:
            holds.append((h.start_day, h.end_day or rows[-1].day))
    return ChartData(
        first=first,
        rows=rows,
        x=x,
        planned=_array(r.planned for r in rows),
        taken=_array(r.taken for r in rows),
        unit=rows[0].unit,
        measures=measures,
        measure_means={m: _means(a) for m, a in measures.items()},
        instruments=instruments,
        latest_instrument=latest,
        step_changes=list(steps),
        holds=holds,
        schedule=schedule,
    )
