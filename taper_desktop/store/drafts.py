"""Unsaved form state, kept as it changes so nothing typed is lost."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from taper_desktop.store.db import Store, now_text

CHECKIN_PREFIX = "checkin:"  # a check-in's draft is kept under checkin:YYYY-MM-DD


def put(store: Store, key: str, value: Any) -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO draft (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
            "updated_at = excluded.updated_at",
            (key, json.dumps(value), now_text()),
        )


def get(store: Store, key: str) -> Any | None:
    row = store.execute("SELECT value FROM draft WHERE key = ?", (key,)).fetchone()
    return None if row is None else json.loads(row["value"])


def delete(store: Store, key: str) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM draft WHERE key = ?", (key,))


def keys(store: Store, prefix: str = "") -> list[str]:
    rows = store.execute("SELECT key FROM draft WHERE key LIKE ? || '%' ORDER BY key", (prefix,))
    return [r["key"] for r in rows]


def checkin_key(day: dt.date) -> str:
    return f"{CHECKIN_PREFIX}{day.isoformat()}"


def checkin_draft_days(store: Store) -> set[dt.date]:
    """The days with a check-in typed but not saved (a draft kept)."""
    days = set()
    for key in keys(store, CHECKIN_PREFIX):
        try:
            days.add(dt.date.fromisoformat(key[len(CHECKIN_PREFIX) :]))
        except ValueError:
            continue  # not a day's draft
    return days
