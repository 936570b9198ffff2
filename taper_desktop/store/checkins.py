"""Daily check-ins: one per day, items absent when unanswered."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence

from taper_desktop.domain import measures, scales
from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.domain.models import CheckIn, Dose, OtherMedication
from taper_desktop.store import doses, drafts, imports, records
from taper_desktop.store.db import Store, now_text


def validate(checkin: CheckIn) -> None:
    """Raise ValidationError naming the first value that is not allowed."""
    scale = scales.instrument(checkin.instrument)
    scale.validate(checkin.items)
    known = {k for k, _ in scales.EXTRA_SYMPTOMS}
    for key, score in checkin.extras.items():
        if key not in known:
            raise ValidationError(
                QT_TRANSLATE_NOOP("validation", "unknown extra symptom %1"), repr(key)
            )
        if (
            isinstance(score, bool)
            or not isinstance(score, int)
            or not 0 <= score <= scales.EXTRA_SYMPTOM_MAX
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("validation", "extra symptom %1: score %2 is outside 0-%3"),
                repr(key),
                repr(score),
                scales.EXTRA_SYMPTOM_MAX,
            )
    for name in measures.MEASURE_KEYS:
        scales.validate_measure(name, getattr(checkin, name))


def save(store: Store, checkin: CheckIn) -> CheckIn:
    """Make checkin the day's check-in (replacing any earlier one) in one transaction.

    Returns the check-in with its id and saved_at filled in.
    """
    validate(checkin)
    saved_at = now_text()
    with store.transaction() as conn:
        conn.execute("DELETE FROM checkin WHERE day = ?", (checkin.day.isoformat(),))
        checkin_id = imports.insert_checkin(store, checkin, saved_at)
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
    return _load(
        store,
        f"SELECT {_COLUMNS} FROM checkin WHERE day BETWEEN ? AND ? ORDER BY day",
        (first.isoformat(), last.isoformat()),
    )


def all_checkins(store: Store) -> list[CheckIn]:
    return _load(store, f"SELECT {_COLUMNS} FROM checkin ORDER BY day")


_COLUMNS = (
    "id, day, instrument, craving, pain, sleep_hours, sleep_quality, mood, note,"
    " flag_for_provider, saved_at"
)


def _plain_cursor(store: Store) -> sqlite3.Cursor:
    """A cursor yielding plain tuples: years of item rows load several times faster
    than through sqlite3.Row."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    return cursor


def _load(store: Store, sql: str, params: Sequence[object] = ()) -> list[CheckIn]:
    by_id: dict[int, CheckIn] = {}
    fromisoformat = dt.date.fromisoformat
    for (
        checkin_id,
        day,
        instrument,
        craving,
        pain,
        sleep_hours,
        sleep_quality,
        mood,
        note,
        flag,
        saved_at,
    ) in _plain_cursor(store).execute(sql, params):
        by_id[checkin_id] = CheckIn(
            day=fromisoformat(day),
            instrument=instrument,
            craving=craving,
            pain=pain,
            sleep_hours=sleep_hours,
            sleep_quality=sleep_quality,
            mood=mood,
            note=note,
            flag_for_provider=bool(flag),
            saved_at=saved_at,
            id=checkin_id,
        )
    if not by_id:
        return []
    lo, hi = min(by_id), max(by_id)
    items = {checkin_id: c.items for checkin_id, c in by_id.items()}
    for checkin_id, item, score in _plain_cursor(store).execute(
        "SELECT checkin_id, item, score FROM checkin_item WHERE checkin_id BETWEEN ? AND ?",
        (lo, hi),
    ):
        found = items.get(checkin_id)
        if found is not None:
            found[item] = score
    extras = {checkin_id: c.extras for checkin_id, c in by_id.items()}
    for checkin_id, symptom, score in _plain_cursor(store).execute(
        "SELECT checkin_id, symptom, score FROM extra_symptom_score "
        "WHERE checkin_id BETWEEN ? AND ?",
        (lo, hi),
    ):
        found = extras.get(checkin_id)
        if found is not None:
            found[symptom] = score
    return sorted(by_id.values(), key=lambda c: c.day)


def other_totals(
    store: Store, instrument: str, first: dt.date, day: dt.date, total: int, enough: int
) -> tuple[int, bool]:
    """For the highest-on-record rule: how many complete totals of one scale exist from first
    on besides day's (counted up to enough), and whether any of them is at or above total.
    Both queries stop early where they can, so the usual case costs well under a
    millisecond even with years of data."""
    scale = scales.instrument(instrument)
    complete = (
        "SELECT 1 FROM checkin AS c JOIN checkin_item AS i ON i.checkin_id = c.id "
        "WHERE c.instrument = ? AND c.day >= ? AND c.day <> ? "
        "GROUP BY c.id HAVING COUNT(*) = ?"
    )
    params = (scale.key, first.isoformat(), day.isoformat(), len(scale.items))
    count = store.execute(
        f"SELECT COUNT(*) FROM ({complete} LIMIT ?)", (*params, enough)
    ).fetchone()[0]
    above = store.execute(
        f"SELECT EXISTS ({complete} AND SUM(i.score) >= ?)", (*params, total)
    ).fetchone()[0]
    return int(count), bool(above)


def days_with_checkin(store: Store, first: dt.date, last: dt.date) -> set[dt.date]:
    rows = store.execute(
        "SELECT day FROM checkin WHERE day BETWEEN ? AND ?", (first.isoformat(), last.isoformat())
    )
    return {dt.date.fromisoformat(r[0]) for r in rows}


def save_from_form(
    store: Store,
    checkin: CheckIn,
    draft_key: str | None = None,
    medications: Iterable[OtherMedication] = (),
    taken: Iterable[Dose] = (),
) -> CheckIn:
    """Save the check-in form: the check-in, any medication or dose still typed in it,
    and the removal of its draft, all in one transaction (all stored or none)."""
    with store.transaction():
        save(store, checkin)
        for med in medications:
            records.add_medication(store, med)
        for dose in taken:
            doses.add(store, dose)
        if draft_key is not None:
            drafts.delete(store, draft_key)
    return checkin
