"""One row per calendar day: the plan, the doses and the check-in side by side.

Shared by the charts, the report and the day-table CSV. A value that was not
recorded is None, never 0.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from taper_desktop.domain.days import days_between
from taper_desktop.domain.models import CheckIn
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.store import checkins, doses, plans
from taper_desktop.store.db import Store


@dataclass
class DayRow:
    day: dt.date
    planned: float | None
    taken: float | None  # total taken; None when no dose was logged
    unit: str
    held: bool
    checkin: CheckIn | None

    @property
    def total(self) -> int | None:
        return None if self.checkin is None else self.checkin.total

    @property
    def partial(self) -> bool:
        return self.checkin is not None and not self.checkin.complete

    @property
    def has_data(self) -> bool:
        return self.checkin is not None or self.taken is not None


def plan_schedule(store: Store) -> PlanSchedule | None:
    """The schedule of the current plan, or None when there is no plan."""
    plan = plans.current_plan(store)
    return None if plan is None else PlanSchedule(plan.revisions, plan.holds)


def day_rows(
    store: Store, first: dt.date, last: dt.date, schedule: PlanSchedule | None = None
) -> list[DayRow]:
    """A row for every day from first to last inclusive (days without data included)."""
    plan = plans.current_plan(store)
    if schedule is None and plan is not None:
        schedule = PlanSchedule(plan.revisions, plan.holds)
    unit = plan.substance.unit if plan else ""
    taken = doses.totals_between(store, first, last)
    if not unit and taken:
        row = store.execute("SELECT unit FROM dose ORDER BY id DESC LIMIT 1").fetchone()
        unit = row[0] if row else ""
    by_day = {c.day: c for c in checkins.between(store, first, last)}
    days = list(days_between(first, last))
    if schedule:
        planned = [schedule.planned(day) for day in days]
        held = [schedule.is_held(day) for day in days] if schedule.holds else [False] * len(days)
    else:
        planned, held = [None] * len(days), [False] * len(days)
    return [
        DayRow(day, dose, taken.get(day), unit, is_held, by_day.get(day))
        for day, dose, is_held in zip(days, planned, held, strict=False)
    ]


def diary_start(store: Store) -> dt.date | None:
    """The first day the diary covers once a plan exists: the plan's first day (the day it
    was set up, or an earlier effective date) or an earlier check-in. None without a plan,
    when every day counts."""
    row = store.execute(
        "SELECT min(min(substr(p.created_at, 1, 10)), min(r.effective_date))"
        " FROM plan p JOIN plan_revision r ON r.plan_id = p.id"
    ).fetchone()
    if row is None or row[0] is None:
        return None
    first = dt.date.fromisoformat(row[0])
    earliest = store.execute("SELECT min(day) FROM checkin").fetchone()[0]
    if earliest is not None:
        first = min(first, dt.date.fromisoformat(earliest))
    return first


def first_diary_day(store: Store) -> dt.date | None:
    """The first day the diary covers: the plan's first day or the first day with a dose
    or a check-in, whichever is earlier; None while the diary is empty. Days before it are
    before the diary began, never "not logged"."""
    row = store.execute(
        "SELECT min(d) FROM (SELECT min(effective_date) AS d FROM plan_revision"
        " UNION ALL SELECT min(day) FROM checkin UNION ALL SELECT min(day) FROM dose)"
    ).fetchone()
    return dt.date.fromisoformat(row[0]) if row and row[0] else None
