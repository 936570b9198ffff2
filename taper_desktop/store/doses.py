"""Doses taken: any number per day, each with an optional time."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict

from taper_desktop.domain import as_planned, dose_rules
from taper_desktop.domain.days import parse_hhmm
from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.domain.models import Dose
from taper_desktop.store import imports
from taper_desktop.store.db import Store, now_text


def validate(dose: Dose) -> None:
    if isinstance(dose.amount, bool) or not isinstance(dose.amount, (int, float)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("validation", "dose amount %1 is not a number"), repr(dose.amount)
        )
    if not 0 < dose.amount < 1_000_000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("validation", "dose amount %1 must be greater than 0"),
            float(dose.amount),
        )
    if not dose.unit.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("validation", "dose unit is missing"))
    if dose.time is not None:
        parse_hhmm(dose.time)


def not_in_future(store: Store, day: dt.date) -> None:
    """A dose is logged for a day that has come: never for a future diary day."""
    from taper_desktop.store.settings import diary_today

    dose_rules.check_not_future(day, diary_today(store))


def add(store: Store, dose: Dose) -> Dose:
    validate(dose)
    not_in_future(store, dose.day)
    with store.transaction():
        dose.id = imports.insert_dose(store, dose, now_text())
    return dose


def update(store: Store, dose: Dose) -> None:
    validate(dose)
    not_in_future(store, dose.day)
    with store.transaction() as conn:
        conn.execute(
            "UPDATE dose SET day = ?, time = ?, amount = ?, unit = ?, note = ? WHERE id = ?",
            (dose.day.isoformat(), dose.time, dose.amount, dose.unit, dose.note, dose.id),
        )


def delete(store: Store, dose_id: int) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM dose WHERE id = ?", (dose_id,))


def _row(r: sqlite3.Row) -> Dose:
    return Dose(
        day=dt.date.fromisoformat(r["day"]),
        amount=r["amount"],
        unit=r["unit"],
        time=r["time"],
        note=r["note"],
        substance_id=r["substance_id"],
        id=r["id"],
    )


def on_day(store: Store, day: dt.date) -> list[Dose]:
    return between(store, day, day)


def between(store: Store, first: dt.date, last: dt.date) -> list[Dose]:
    rows = store.execute(
        "SELECT * FROM dose WHERE day BETWEEN ? AND ? ORDER BY day, time IS NULL, time, id",
        (first.isoformat(), last.isoformat()),
    )
    return [_row(r) for r in rows]


def totals_between(store: Store, first: dt.date, last: dt.date) -> dict[dt.date, float]:
    """Total taken per day; days with no dose logged are absent (not logged, not 0)."""
    rows = store.execute(
        "SELECT day, sum(amount) FROM dose WHERE day BETWEEN ? AND ? GROUP BY day",
        (first.isoformat(), last.isoformat()),
    )
    return {dt.date.fromisoformat(r[0]): r[1] for r in rows}


def by_day(doses: list[Dose]) -> dict[dt.date, list[Dose]]:
    grouped: dict[dt.date, list[Dose]] = defaultdict(list)
    for dose in doses:
        grouped[dose.day].append(dose)
    return dict(grouped)


def take_as_planned(
    store: Store,
    day: dt.date,
    planned: float | None,
    unit: str,
    time: str | None = None,
    substance_id: int | None = None,
) -> Dose:
    """Log what is left of the day's planned dose as one dose, in one transaction.

    The same for the check-in and the calendar (domain.as_planned): the day's total becomes
    the plan. Refused when the plan is already reached, so a second press never adds more.
    """
    with store.transaction() as conn:
        row = conn.execute(
            "SELECT sum(amount) FROM dose WHERE day = ?", (day.isoformat(),)
        ).fetchone()
        left = as_planned.remaining(planned, row[0])
        if left is None:
            if planned is None or planned <= 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("validation", "%1 has no planned dose"), day
                )
            raise ValidationError(
                QT_TRANSLATE_NOOP("validation", "the planned dose for %1 is already logged"), day
            )
        return add(store, Dose(day, left, unit, time, as_planned.NOTE, substance_id))
