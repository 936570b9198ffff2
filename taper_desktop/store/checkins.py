"""Daily check-ins: one per day, items absent when unanswered."""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from taper_desktop.domain import scales
from taper_desktop.domain.models import CheckIn, OtherMedication
from taper_desktop.store import drafts, records
from taper_desktop.store.db import Store, now_text

_MEASURES = ("craving", "pain", "sleep_hours", "sleep_quality", "mood")


def validate(checkin: CheckIn) -> None:
    """Raise ValueError naming the first value that is not allowed."""
    scale = scales.instrument(checkin.instrument)
    scale.validate(checkin.items)
    known = {k for k, _ in scales.EXTRA_SYMPTOMS}
    for key, score in checkin.extras.items():
        if key not in known:
            raise ValueError(f"unknown extra symptom {key!r}")
        if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 4:
            raise ValueError(f"extra symptom {key!r}: score {score!r} is outside 0-4")
    for name in _MEASURES:
        scales.validate_measure(name, getattr(checkin, name))


def save(store: Store, checkin: CheckIn) -> CheckIn:
    """Make checkin the day's check-in (replacing any earlier one) in one transaction.

    Returns the check-in with its id and saved_at filled in.
    """
    validate(checkin)
    saved_at = now_text()
    with store.transaction() as conn:
        conn.execute("DELETE FROM checkin WHERE day = ?", (checkin.day.isoformat(),))
        cur = conn.execute(
            "INSERT INTO checkin (day, instrument, craving, pain, sleep_hours, sleep_quality,"
            " mood, note, flag_for_provider, saved_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (checkin.day.isoformat(), checkin.instrument, checkin.craving, checkin.pain,
             checkin.sleep_hours, checkin.sleep_quality, checkin.mood, checkin.note,
             int(checkin.flag_for_provider), saved_at),
        )
        checkin_id = cur.lastrowid
        conn.executemany(
            "INSERT INTO checkin_item (checkin_id, instrument, item, score) VALUES (?,?,?,?)",
            [(checkin_id, checkin.instrument, k, v) for k, v in checkin.items.items()],
        )
        conn.executemany(
            "INSERT INTO extra_symptom_score (checkin_id, symptom, score) VALUES (?,?,?)",
            [(checkin_id, k, v) for k, v in checkin.extras.items()],
        )
    checkin.id, checkin.saved_at = checkin_id, saved_at
    return checkin


def delete(store: Store, day: dt.date) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM checkin WHERE day = ?", (day.isoformat(),))


def get(store: Store, day: dt.date) -> CheckIn | None:
    found = between(store, day, day)
    return found[0] if found else None


def between(store: Store, first: dt.date, last: dt.date) -> list[CheckIn]:
    """Check-ins from first to last inclusive, in day order."""
    rows = store.execute(
        "SELECT * FROM checkin WHERE day BETWEEN ? AND ? ORDER BY day",
        (first.isoformat(), last.isoformat()),
    ).fetchall()
    return _load(store, rows)


def all_checkins(store: Store) -> list[CheckIn]:
    return _load(store, store.execute("SELECT * FROM checkin ORDER BY day").fetchall())


def _load(store: Store, rows: Iterable) -> list[CheckIn]:
    by_id: dict[int, CheckIn] = {}
    for r in rows:
        by_id[r["id"]] = CheckIn(
            day=dt.date.fromisoformat(r["day"]), instrument=r["instrument"],
            craving=r["craving"], pain=r["pain"], sleep_hours=r["sleep_hours"],
            sleep_quality=r["sleep_quality"], mood=r["mood"], note=r["note"],
            flag_for_provider=bool(r["flag_for_provider"]), saved_at=r["saved_at"],
            id=r["id"],
        )
    if not by_id:
        return []
    lo, hi = min(by_id), max(by_id)
    for r in store.execute(
        "SELECT checkin_id, item, score FROM checkin_item WHERE checkin_id BETWEEN ? AND ?",
        (lo, hi),
    ):
        if r[0] in by_id:
            by_id[r[0]].items[r[1]] = r[2]
    for r in store.execute(
        "SELECT checkin_id, symptom, score FROM extra_symptom_score "
        "WHERE checkin_id BETWEEN ? AND ?", (lo, hi),
    ):
        if r[0] in by_id:
            by_id[r[0]].extras[r[1]] = r[2]
    return sorted(by_id.values(), key=lambda c: c.day)


def days_with_checkin(store: Store, first: dt.date, last: dt.date) -> set[dt.date]:
    rows = store.execute("SELECT day FROM checkin WHERE day BETWEEN ? AND ?",
                         (first.isoformat(), last.isoformat()))
    return {dt.date.fromisoformat(r[0]) for r in rows}


def save_from_form(store: Store, checkin: CheckIn, draft_key: str | None = None,
                   medications: Iterable[OtherMedication] = ()) -> CheckIn:
    """Save the check-in form: the check-in, any medication still typed in it, and
    the removal of its draft, all in one transaction (all stored or none)."""
    with store.transaction():
        save(store, checkin)
        for med in medications:
            records.add_medication(store, med)
        if draft_key is not None:
            drafts.delete(store, draft_key)
    return checkin
