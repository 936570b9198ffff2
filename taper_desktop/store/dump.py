"""Whole-table reads for the full JSON export (exchange/full_json/export.py).

Each row comes as a dict of its columns (with `id` where the table has one), in a
stable order, so an export imported into an empty store exports again to the same
content. Writing goes through the typed inserts in store/imports.py.
"""

from __future__ import annotations

from typing import Any

from taper_desktop.store.db import Store

# Columns per table, in a fixed order (the order of the keys in the export).
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
