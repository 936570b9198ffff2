"""Queries the charts need beyond the day table: the span of days that hold data."""

from __future__ import annotations

import datetime as dt

from taper_desktop.store.db import Store


def data_bounds(store: Store) -> tuple[dt.date, dt.date] | None:
    """First and last day with a check-in or a dose, or None when there is neither."""
    row = store.execute(
        "SELECT min(lo), max(hi) FROM ("
        " SELECT min(day) AS lo, max(day) AS hi FROM checkin"
        " UNION ALL SELECT min(day), max(day) FROM dose)"
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return dt.date.fromisoformat(row[0]), dt.date.fromisoformat(row[1])


def has_checkins(store: Store) -> bool:
    return store.execute("SELECT 1 FROM checkin LIMIT 1").fetchone() is not None
