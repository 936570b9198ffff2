"""Settings that belong with the data (declared in domain.settings)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from taper_desktop.domain import settings as fields
from taper_desktop.domain.clock import Clock
from taper_desktop.domain.days import logical_day, parse_hhmm
from taper_desktop.store.db import Store


def get(store: Store, key: str) -> Any:
    row = store.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    if row is None:
        return fields.default(key)
    try:
        return fields.validate(key, json.loads(row["value"]))
    except ValueError:
        return fields.default(key)  # a stale or hand-edited value never stops the app


def get_all(store: Store) -> dict[str, Any]:
    return {f.key: get(store, f.key) for f in fields.FIELDS}


def put(store: Store, key: str, value: Any) -> None:
    put_many(store, {key: value})


def put_many(store: Store, values: dict[str, Any]) -> None:
    """Validate every value first, then write them all in one transaction."""
    checked = {key: fields.validate(key, value) for key, value in values.items()}
    with store.transaction() as conn:
        for key, value in checked.items():
            conn.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )


def diary_today(store: Store, now: dt.datetime | None = None) -> dt.date:
    """Today as the diary counts it: before the day-boundary setting it is still yesterday."""
    boundary = parse_hhmm(get(store, "day_boundary"))
    return logical_day(now or dt.datetime.now(), boundary)


def diary_clock(store: Store, now: Callable[[], dt.datetime] = dt.datetime.now) -> Clock:
    """The app's clock: now from `now`, the diary day under this store's day boundary."""
    return Clock(now, lambda: parse_hhmm(get(store, "day_boundary")))
