"""Whole-table reads and raw inserts for export and import.

Imports validate everything first (exchange/), then call these inside ONE
`store.transaction()`, so a file is stored entirely or not at all. Timestamps
(created_at, saved_at) are written as given, so an exported file re-imports to
an identical export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from taper_desktop.store.db import Store

# Columns per table, in a fixed order; `id` is read but never written from a file.
COLUMNS: dict[str, tuple[str, ...]] = {
    "substance": ("name", "kind", "unit", "form", "mme_factor", "created_at"),
    "plan": ("substance_id", "name", "created_at"),
    "plan_revision": (
        "plan_id",
        "effective_date",
        "rule",
        "start_dose",
        "step",
        "interval_days",
        "resolution",
        "target",
        "reason",
        "agreed_by",
        "increase_agreed_with",
        "increase_agreed_on",
        "created_at",
        "withdrawn_on",
        "withdrawn_reason",
    ),
    "plan_custom_step": ("revision_id", "day", "dose", "increase_agreed"),
    "hold": (
        "plan_id",
        "start_day",
        "end_day",
        "reason",
        "created_at",
        "withdrawn_on",
        "withdrawn_reason",
    ),
    "dose": ("day", "time", "substance_id", "amount", "unit", "note", "created_at"),
    "checkin": (
        "day",
        "instrument",
        "craving",
        "pain",
        "sleep_hours",
        "sleep_quality",
        "mood",
        "note",
        "flag_for_provider",
        "saved_at",
    ),
    "checkin_item": ("checkin_id", "instrument", "item", "score"),
    "extra_symptom_score": ("checkin_id", "symptom", "score"),
    "other_medication": ("day", "time", "name", "amount", "unit", "note", "created_at"),
    "appointment": ("day", "time", "clinician", "note", "created_at"),
    "cows_total": ("day", "total", "appointment_id", "clinician", "note", "created_at"),
    "setting": ("key", "value"),
}

# Stable export order: what a re-import recreates in the same order.
_ORDER = {
    "substance": "id",
    "plan": "id",
    "plan_revision": "plan_id, effective_date, id",
    "plan_custom_step": "revision_id, day",
    "hold": "plan_id, start_day, id",
    "dose": "day, time IS NULL, time, id",
    "checkin": "day",
    "checkin_item": "checkin_id, item",
    "extra_symptom_score": "checkin_id, symptom",
    "other_medication": "day, time IS NULL, time, id",
    "appointment": "day, time IS NULL, time, id",
    "cows_total": "day, id",
    "setting": "key",
}

# Tables whose rows belong to one diary day (the `day` column).
DAY_TABLES = ("checkin", "dose", "other_medication", "appointment", "cows_total")
_WITH_ROWID = {
    "substance",
    "plan",
    "plan_revision",
    "hold",
    "dose",
    "checkin",
    "other_medication",
    "appointment",
    "cows_total",
}


def rows(store: Store, table: str) -> list[dict[str, Any]]:
    """Every row of table as a dict (with `id` where the table has one), in export order."""
    cols = COLUMNS[table]
    select = ("id, " if table in _WITH_ROWID else "") + ", ".join(cols)
    cur = store.execute(f"SELECT {select} FROM {table} ORDER BY {_ORDER[table]}")
    return [dict(r) for r in cur]


def insert(store: Store, table: str, record: dict[str, Any]) -> int:
    """Insert one row (columns taken from COLUMNS[table]); returns its rowid."""
    cols = COLUMNS[table]
    marks = ", ".join("?" for _ in cols)
    cur = store.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})",
        tuple(record.get(c) for c in cols),
    )
    return cur.lastrowid


def days_holding_data(
    store: Store, days: Iterable[dt.date], tables: Iterable[str] = ("checkin", "dose")
) -> set[dt.date]:
    """Those of days on which the store already has a row in any of tables."""
    wanted = {d.isoformat() for d in days}
    if not wanted:
        return set()
    found: set[str] = set()
    for table in tables:
        if table not in DAY_TABLES:
            raise ValueError(table)
        found.update(
            r[0] for r in store.execute(f"SELECT DISTINCT day FROM {table}") if r[0] in wanted
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
            if table not in DAY_TABLES:
                raise ValueError(table)
            conn.executemany(f"DELETE FROM {table} WHERE day = ?", params)


def has_plans(store: Store) -> bool:
    return store.execute("SELECT EXISTS (SELECT 1 FROM plan)").fetchone()[0] == 1


def delete_plans(store: Store) -> None:
    """Remove every plan with its revisions, custom steps and holds; substances stay."""
    with store.transaction() as conn:
        conn.execute("DELETE FROM plan")


def stored_setting_keys(store: Store) -> set[str]:
    return {r[0] for r in store.execute("SELECT key FROM setting")}


def put_setting_json(store: Store, key: str, value_json: str) -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) "
            "DO UPDATE SET value = excluded.value",
            (key, value_json),
        )
