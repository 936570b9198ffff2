"""One typed insert per table, and the day checks imports need.

These are the only INSERT statements for diary records: imports call them for whole
files, and the modules that add one record at a time (checkins, doses, records) call
them inside their own transaction after checking the input.

Imports check a whole file first (exchange/), then call these inside ONE
`store.transaction()`, so a file is stored entirely or not at all. Timestamps
(created_at, saved_at) are written as given, so an exported file re-imports to an
identical export. Values are written as the caller checked them: nothing here trims
or rounds.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable

from taper_desktop.domain.models import (
    Appointment,
    CheckIn,
    CowsTotal,
    Dose,
    Hold,
    OtherMedication,
    PlanRevision,
    Substance,
)
from taper_desktop.store.db import Store

# Tables whose rows belong to one diary day (the `day` column): where imports can clash.
DAY_TABLES = ("checkin", "dose", "other_medication", "appointment", "cows_total")


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _new_id(cur: sqlite3.Cursor) -> int:
    row_id = cur.lastrowid
    if row_id is None:  # pragma: no cover - sqlite3 sets it after every INSERT
        raise RuntimeError("the database gave no id for a new row")
    return row_id


def insert_substance(store: Store, substance: Substance, created_at: str) -> int:
    cur = store.execute(
        "INSERT INTO substance (name, kind, unit, form, mme_factor, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            substance.name,
            substance.kind,
            substance.unit,
            substance.form,
            substance.mme_factor,
            created_at,
        ),
    )
    return _new_id(cur)


SubstanceKey = tuple[str, str, str, str, float | None]  # name, kind, unit, form, mme_factor


def substance_ids(store: Store) -> dict[SubstanceKey, int]:
    """The stored substances' ids by all their values, to reuse one that is the same."""
    rows = store.execute("SELECT id, name, kind, unit, form, mme_factor FROM substance ORDER BY id")
    return {(r[1], r[2], r[3], r[4], r[5]): int(r[0]) for r in rows}


def insert_plan(store: Store, substance_id: int, name: str, created_at: str) -> int:
    cur = store.execute(
        "INSERT INTO plan (substance_id, name, created_at) VALUES (?, ?, ?)",
        (substance_id, name, created_at),
    )
    return _new_id(cur)


def insert_revision(store: Store, plan_id: int, rev: PlanRevision) -> int:
    """One plan revision with its custom steps; rev.created_at is written as given."""
    cur = store.execute(
        "INSERT INTO plan_revision (plan_id, effective_date, rule, start_dose, step,"
        " interval_days, resolution, target, reason, agreed_by, increase_agreed_with,"
        " increase_agreed_on, created_at, withdrawn_on, withdrawn_reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            plan_id,
            rev.effective_date.isoformat(),
            rev.rule,
            rev.start_dose,
            rev.step,
            rev.interval_days,
            rev.resolution,
            rev.target,
            rev.reason,
            rev.agreed_by,
            rev.increase_agreed_with,
            _day(rev.increase_agreed_on),
            rev.created_at,
            _day(rev.withdrawn_on),
            rev.withdrawn_reason,
        ),
    )
    rev_id = _new_id(cur)
    for step in rev.custom_steps:
        store.execute(
            "INSERT INTO plan_custom_step (revision_id, day, dose, increase_agreed)"
            " VALUES (?, ?, ?, ?)",
            (rev_id, step.day.isoformat(), step.dose, int(step.increase_agreed)),
        )
    return rev_id


def insert_hold(store: Store, plan_id: int, hold: Hold, created_at: str) -> int:
    cur = store.execute(
        "INSERT INTO hold (plan_id, start_day, end_day, reason, created_at, withdrawn_on,"
        " withdrawn_reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            plan_id,
            hold.start_day.isoformat(),
            _day(hold.end_day),
            hold.reason,
            created_at,
            _day(hold.withdrawn_on),
            hold.withdrawn_reason,
        ),
    )
    return _new_id(cur)


def insert_dose(store: Store, dose: Dose, created_at: str) -> int:
    cur = store.execute(
        "INSERT INTO dose (day, time, substance_id, amount, unit, note, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            dose.day.isoformat(),
            dose.time,
            dose.substance_id,
            dose.amount,
            dose.unit,
            dose.note,
            created_at,
        ),
    )
    return _new_id(cur)


def insert_checkin(store: Store, checkin: CheckIn, saved_at: str) -> int:
    """A check-in with its answered items and extra symptoms."""
    cur = store.execute(
        "INSERT INTO checkin (day, instrument, craving, pain, sleep_hours, sleep_quality,"
        " mood, note, flag_for_provider, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            checkin.day.isoformat(),
            checkin.instrument,
            checkin.craving,
            checkin.pain,
            checkin.sleep_hours,
            checkin.sleep_quality,
            checkin.mood,
            checkin.note,
            int(checkin.flag_for_provider),
            saved_at,
        ),
    )
    checkin_id = _new_id(cur)
    for item, score in checkin.items.items():
        store.execute(
            "INSERT INTO checkin_item (checkin_id, instrument, item, score) VALUES (?, ?, ?, ?)",
            (checkin_id, checkin.instrument, item, score),
        )
    for symptom, score in checkin.extras.items():
        store.execute(
            "INSERT INTO extra_symptom_score (checkin_id, symptom, score) VALUES (?, ?, ?)",
            (checkin_id, symptom, score),
        )
    return checkin_id


def insert_medication(store: Store, med: OtherMedication, created_at: str) -> int:
    cur = store.execute(
        "INSERT INTO other_medication (day, time, name, amount, unit, note, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (med.day.isoformat(), med.time, med.name, med.amount, med.unit, med.note, created_at),
    )
    return _new_id(cur)


def insert_appointment(store: Store, appt: Appointment, created_at: str) -> int:
    cur = store.execute(
        "INSERT INTO appointment (day, time, clinician, note, created_at) VALUES (?, ?, ?, ?, ?)",
        (appt.day.isoformat(), appt.time, appt.clinician, appt.note, created_at),
    )
    return _new_id(cur)


def insert_cows_total(store: Store, cows: CowsTotal, created_at: str) -> int:
    cur = store.execute(
        "INSERT INTO cows_total (day, total, appointment_id, clinician, note, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            cows.day.isoformat(),
            cows.total,
            cows.appointment_id,
            cows.clinician,
            cows.note,
            created_at,
        ),
    )
    return _new_id(cur)


def stored_setting_keys(store: Store) -> set[str]:
    return {str(r[0]) for r in store.execute("SELECT key FROM setting")}


def put_setting_json(store: Store, key: str, value_json: str) -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) "
            "DO UPDATE SET value = excluded.value",
            (key, value_json),
        )


# ---- where a file meets what is stored ------------------------------------------------


def _check_table(table: str) -> str:
    if table not in DAY_TABLES:
        raise ValueError(table)
    return table


def days_holding_data(
    store: Store, days: Iterable[dt.date], tables: Iterable[str] = ("checkin", "dose")
) -> set[dt.date]:
    """Those of days on which the store already has a row in any of tables."""
    wanted = {d.isoformat() for d in days}
    if not wanted:
        return set()
    found: set[str] = set()
    for table in tables:
        found.update(
            r[0]
            for r in store.execute(f"SELECT DISTINCT day FROM {_check_table(table)}")
            if r[0] in wanted
        )
    return {dt.date.fromisoformat(d) for d in found}


def clashes(store: Store, wanted: dict[str, set[dt.date]]) -> dict[str, set[dt.date]]:
    """Per table, the days of wanted[table] on which that table already has rows."""
    found = {t: days_holding_data(store, days, (t,)) for t, days in wanted.items() if days}
    return {t: days for t, days in found.items() if days}


def clear_days(
    store: Store, days: Iterable[dt.date], tables: Iterable[str] = ("checkin", "dose")
) -> None:
    """Delete the rows of tables on days (inside the caller's transaction)."""
    params = [(d.isoformat(),) for d in days]
    with store.transaction() as conn:
        for table in tables:
            conn.executemany(f"DELETE FROM {_check_table(table)} WHERE day = ?", params)


def has_plans(store: Store) -> bool:
    return bool(store.execute("SELECT EXISTS (SELECT 1 FROM plan)").fetchone()[0] == 1)


def delete_plans(store: Store) -> None:
    """Remove every plan with its revisions, custom steps and holds; substances stay."""
    with store.transaction() as conn:
        conn.execute("DELETE FROM plan")
