"""Other medications, appointments and clinician COWS totals."""

from __future__ import annotations

import datetime as dt

from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.domain.models import Appointment, CowsTotal, OtherMedication
from taper_desktop.domain.scales import COWS_MAX
from taper_desktop.store import imports
from taper_desktop.store.db import Store, now_text


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def add_medication(store: Store, med: OtherMedication) -> OtherMedication:
    if not med.name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("validation", "medication name is missing"))
    if med.amount is not None and not med.amount > 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("validation", "medication amount must be greater than 0")
        )
    with store.transaction():
        med.name = med.name.strip()
        med.id = imports.insert_medication(store, med, now_text())
    return med


def delete_medication(store: Store, med_id: int) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM other_medication WHERE id = ?", (med_id,))


def medications_between(store: Store, first: dt.date, last: dt.date) -> list[OtherMedication]:
    rows = store.execute(
        "SELECT * FROM other_medication WHERE day BETWEEN ? AND ? ORDER BY day, time, id",
        (first.isoformat(), last.isoformat()),
    )
    return [
        OtherMedication(
            day=_d(r["day"]),
            name=r["name"],
            amount=r["amount"],
            unit=r["unit"],
            time=r["time"],
            note=r["note"],
            id=r["id"],
        )
        for r in rows
    ]


def add_appointment(store: Store, appt: Appointment) -> Appointment:
    with store.transaction():
        appt.id = imports.insert_appointment(store, appt, now_text())
    return appt


def delete_appointment(store: Store, appt_id: int) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM appointment WHERE id = ?", (appt_id,))


def appointments_between(store: Store, first: dt.date, last: dt.date) -> list[Appointment]:
    rows = store.execute(
        "SELECT * FROM appointment WHERE day BETWEEN ? AND ? ORDER BY day, time, id",
        (first.isoformat(), last.isoformat()),
    )
    return [
        Appointment(
            day=_d(r["day"]), time=r["time"], clinician=r["clinician"], note=r["note"], id=r["id"]
        )
        for r in rows
    ]


def add_cows(store: Store, cows: CowsTotal) -> CowsTotal:
    if (
        isinstance(cows.total, bool)
        or not isinstance(cows.total, int)
        or not 0 <= cows.total <= COWS_MAX
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("validation", "COWS total %1 must be a whole number 0-%2"),
            repr(cows.total),
            COWS_MAX,
        )
    with store.transaction():
        cows.id = imports.insert_cows_total(store, cows, now_text())
    return cows


def cows_between(store: Store, first: dt.date, last: dt.date) -> list[CowsTotal]:
    rows = store.execute(
        "SELECT * FROM cows_total WHERE day BETWEEN ? AND ? ORDER BY day, id",
        (first.isoformat(), last.isoformat()),
    )
    return [
        CowsTotal(
            day=_d(r["day"]),
            total=r["total"],
            clinician=r["clinician"],
            note=r["note"],
            appointment_id=r["appointment_id"],
            id=r["id"],
        )
        for r in rows
    ]


TABLES = (
    "substance",
    "plan",
    "plan_revision",
    "plan_custom_step",
    "hold",
    "dose",
    "checkin",
    "checkin_item",
    "extra_symptom_score",
    "other_medication",
    "appointment",
    "cows_total",
    "setting",
    "draft",
)


def counts(store: Store) -> dict[str, int]:
    """Rows per table, for check-db."""
    return {t: store.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def is_empty(store: Store) -> bool:
    """True when the store holds no diary data (settings and drafts do not count)."""
    return all(n == 0 for t, n in counts(store).items() if t not in ("setting", "draft"))


def date_span(store: Store) -> tuple[dt.date, dt.date] | None:
    row = store.execute(
        "SELECT min(d), max(d) FROM (SELECT day AS d FROM checkin UNION ALL SELECT day FROM dose)"
    ).fetchone()
    return None if row[0] is None else (_d(row[0]), _d(row[1]))
