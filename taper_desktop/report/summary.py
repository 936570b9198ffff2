"""What the provider report says, computed from the store without any layout.

Everything the PDF prints comes from `build_summary`, so tests can check the
figures directly. Not logged is None, never 0; partial check-ins have no total;
SOWS and SOWS-Gossop figures are always kept apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from taper_desktop.domain import measures, scales, stats
from taper_desktop.domain.models import (
    Appointment,
    CheckIn,
    CowsTotal,
    Hold,
    OtherMedication,
    Plan,
    PlanRevision,
)
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.store import plans, records
from taper_desktop.store.day_table import DayRow, day_rows, first_diary_day
from taper_desktop.store.db import Store

WEEK = measures.WINDOW_DAYS  # the first and the last week are compared
TOP_ITEMS = 5
_EPS = 1e-9


@dataclass
class ReportOptions:
    first: dt.date
    last: dt.date
    patient: str = ""
    provider: str = ""
    include_table: bool = True
    include_notes: bool = True
    language: str = ""  # a language code; "" follows the app's language setting


@dataclass
class Comparison:
    """Mean of one measure in the first and in the last week, and over the whole period."""

    label: str  # English, as marked for translation: "Sleep hours", "SOWS total"
    scale: str
    first: float | None
    first_n: int
    last: float | None
    last_n: int
    period: float | None = None
    period_n: int = 0
    instrument: str = ""  # the scale whose total this is; "" for a companion measure

    @property
    def change(self) -> float | None:
        if self.first is None or self.last is None:
            return None
        return self.last - self.first


@dataclass
class InstrumentSeries:
    """One instrument's complete totals over the period (None where not a total)."""

    instrument: scales.Instrument
    totals: list[int | None]
    rolling: list[float | None]
    complete_days: int
    partial_days: int
    mean: float | None
    maximum: int | None


@dataclass
class ItemMean:
    instrument: str
    label: str
    mean: float
    n: int
    max_score: int


@dataclass
class Summary:
    options: ReportOptions
    rows: list[DayRow]
    plan: Plan | None
    schedule: PlanSchedule | None
    unit: str
    # plan figures
    plan_start_day: dt.date | None = None
    plan_start_dose: float | None = None
    planned_at_start: float | None = None  # first planned dose within the period
    planned_at_end: float | None = None
    reduced_since_start_pct: float | None = None
    reduced_in_period_pct: float | None = None
    step_start: dt.date | None = None
    step_day: int | None = None
    next_step: tuple[dt.date, float] | None = None
    held_at_end: bool = False
    mme_at_end: float | None = None
    # adherence
    days: int = 0
    days_planned: int = 0
    dose_days: int = 0
    at_or_below_plan: int = 0
    over_plan: int = 0
    dose_days_with_plan: int = 0
    checkin_days: int = 0
    complete_checkins: int = 0
    partial_checkins: int = 0
    note_days: int = 0  # saved with a note (or flag) and no symptom rated: not check-ins
    not_logged: list[dt.date] = field(default_factory=list)  # neither dose nor check-in
    diary_began: dt.date | None = None  # earlier days are before the diary, not "not logged"
    # symptoms
    series: list[InstrumentSeries] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)
    top_items: list[ItemMean] = field(default_factory=list)
    extra_means: list[ItemMean] = field(default_factory=list)
    # events
    holds: list[Hold] = field(default_factory=list)
    flagged: list[CheckIn] = field(default_factory=list)
    cows: list[CowsTotal] = field(default_factory=list)
    appointments: list[Appointment] = field(default_factory=list)
    medications: list[OtherMedication] = field(default_factory=list)
    revisions: list[PlanRevision] = field(default_factory=list)
    step_changes: list[tuple[dt.date, float]] = field(default_factory=list)

    @property
    def has_data(self) -> bool:
        return any(r.has_data for r in self.rows)

    @property
    def weeks_overlap(self) -> bool:
        return self.days < 2 * WEEK


_Getter = Callable[[DayRow], float | None]  # a day's value of one measure, or None


def _pct_drop(start: float | None, end: float | None) -> float | None:
    if start is None or end is None or start <= 0:
        return None
    return (start - end) / start * 100


def _week_mean(rows: list[DayRow], get: _Getter) -> tuple[float | None, int]:
    values = [get(r) for r in rows]
    present = [v for v in values if v is not None]
    return stats.mean(present), len(present)


def _instrument_total(instrument: str) -> Callable[[DayRow], int | None]:
    def get(row: DayRow) -> int | None:
        c = row.checkin
        return c.total if c is not None and c.instrument == instrument else None

    return get


def _measure(name: str) -> _Getter:
    def get(row: DayRow) -> float | None:
        if row.checkin is None:
            return None
        value: float | None = getattr(row.checkin, name)
        return value

    return get


def build_summary(store: Store, options: ReportOptions) -> Summary:
    """Every figure the report prints, for options.first..options.last inclusive."""
    if options.last < options.first:
        raise ValueError(f"the period ends ({options.last}) before it starts ({options.first})")
    plan = plans.current_plan(store)
    schedule = PlanSchedule(plan.revisions, plan.holds) if plan else None
    rows = day_rows(store, options.first, options.last, schedule)
    unit = plan.substance.unit if plan else (rows[0].unit if rows else "")
    s = Summary(
        options=options,
        rows=rows,
        plan=plan,
        schedule=schedule,
        unit=unit,
        days=len(rows),
        diary_began=first_diary_day(store),
    )
    if plan is not None and schedule is not None:
        _plan_figures(s, plan, schedule)
    _adherence(s)
    _symptoms(s)
    first, last = options.first, options.last
    if plan is not None:
        s.holds = [
            h
            for h in plan.holds
            if h.start_day <= last and (h.end_day is None or h.end_day >= first)
        ]
    s.flagged = [r.checkin for r in rows if r.checkin is not None and r.checkin.flag_for_provider]
    s.cows = records.cows_between(store, first, last)
    s.appointments = records.appointments_between(store, first, last)
    s.medications = records.medications_between(store, first, last)
    return s


def _plan_figures(s: Summary, plan: Plan, schedule: PlanSchedule) -> None:
    last = s.options.last
    s.revisions = list(schedule.revisions)
    s.step_changes = schedule.step_changes()
    if s.step_changes:
        s.plan_start_day, s.plan_start_dose = s.step_changes[0]
    in_period = [r.planned for r in s.rows if r.planned is not None]
    if in_period:
        s.planned_at_start, s.planned_at_end = in_period[0], in_period[-1]
    s.reduced_since_start_pct = _pct_drop(s.plan_start_dose, s.planned_at_end)
    s.reduced_in_period_pct = _pct_drop(s.planned_at_start, s.planned_at_end)
    if s.planned_at_end is not None:
        s.step_start = schedule.current_step_start(last)
        if s.step_start is not None:
            s.step_day = (last - s.step_start).days + 1
        s.next_step = schedule.next_step(last)
        s.held_at_end = schedule.is_held(last)
        if plan.substance.mme_factor is not None:
            s.mme_at_end = s.planned_at_end * plan.substance.mme_factor


def _adherence(s: Summary) -> None:
    for row in s.rows:
        if row.planned is not None:
            s.days_planned += 1
        if row.taken is not None:
            s.dose_days += 1
            if row.planned is not None:
                s.dose_days_with_plan += 1
                if row.taken <= row.planned + _EPS:
                    s.at_or_below_plan += 1
                else:
                    s.over_plan += 1
        if row.checkin is not None and not row.checkin.rated:
            s.note_days += 1
        elif row.checkin is not None:
            s.checkin_days += 1
            if row.checkin.complete:
                s.complete_checkins += 1
            else:
                s.partial_checkins += 1
        if not row.has_data and (s.diary_began is None or row.day >= s.diary_began):
            s.not_logged.append(row.day)


def _symptoms(s: Summary) -> None:
    used = []
    for row in s.rows:
        if row.checkin is not None and row.checkin.rated and row.checkin.instrument not in used:
            used.append(row.checkin.instrument)
    used.sort(key=lambda k: list(scales.INSTRUMENTS).index(k))
    head, tail = s.rows[:WEEK], s.rows[-WEEK:]
    for key in used:
        inst = scales.instrument(key)
        get = _instrument_total(key)
        totals = [get(r) for r in s.rows]
        present = [t for t in totals if t is not None]
        partial = sum(
            1
            for r in s.rows
            if r.checkin is not None
            and r.checkin.rated
            and r.checkin.instrument == key
            and not r.checkin.complete
        )
        s.series.append(
            InstrumentSeries(
                instrument=inst,
                totals=totals,
                rolling=stats.rolling_mean(totals),
                complete_days=len(present),
                partial_days=partial,
                mean=stats.mean(present),
                maximum=max(present) if present else None,
            )
        )
        s.comparisons.append(
            Comparison(
                f"{inst.key} total",
                f"0-{inst.max_total}",
                *_week_mean(head, get),
                *_week_mean(tail, get),
                *_week_mean(s.rows, get),
                instrument=inst.key,
            )
        )
        s.top_items.extend(_item_means(s.rows, inst)[:TOP_ITEMS])
    for m in measures.MEASURES:
        name, label, scale = m.key, m.label, m.scale
        measure = _measure(name)
        s.comparisons.append(
            Comparison(
                label,
                scale,
                *_week_mean(head, measure),
                *_week_mean(tail, measure),
                *_week_mean(s.rows, measure),
            )
        )
    s.extra_means = _extra_means(s.rows)


def _item_means(rows: list[DayRow], inst: scales.Instrument) -> list[ItemMean]:
    """Mean score of each item over the days it was answered, highest first."""
    out = []
    for key, label in inst.items:
        values = [
            r.checkin.items[key]
            for r in rows
            if r.checkin is not None and r.checkin.instrument == inst.key and key in r.checkin.items
        ]
        if values:
            out.append(
                ItemMean(inst.key, label, sum(values) / len(values), len(values), inst.max_item)
            )
    out.sort(
        key=lambda m: (
            -m.mean,
            inst.item_keys.index(next(k for k, lab in inst.items if lab == m.label)),
        )
    )
    return out


def _extra_means(rows: list[DayRow]) -> list[ItemMean]:
    out = []
    for key, label in scales.EXTRA_SYMPTOMS:
        values = [
            r.checkin.extras[key] for r in rows if r.checkin is not None and key in r.checkin.extras
        ]
        if values:
            out.append(
                ItemMean(
                    "extra", label, sum(values) / len(values), len(values), scales.EXTRA_SYMPTOM_MAX
                )
            )
    out.sort(key=lambda m: -m.mean)
    return out
