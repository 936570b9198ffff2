"""The day-table CSV (design.md "Day-table CSV"): one row per day that has data.

Export writes planned dose, total taken and the check-in. Import reads the same
columns, ignores `dose_planned`, checks a total against its items, and stores the
day's `dose_taken` as ONE dose without a time (the CSV holds only the day's total,
so separate doses and their times cannot be recovered from it; use the JSON file
for a full copy). Reading and checking a file is in day_csv_read.py; this module
writes the export and stores a checked file.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from taper_desktop.domain import dose_rules
from taper_desktop.domain.models import CheckIn
from taper_desktop.exchange.day_csv_read import COLUMNS as COLUMNS
from taper_desktop.exchange.day_csv_read import MEASURES as MEASURES
from taper_desktop.exchange.day_csv_read import DayData as DayData
from taper_desktop.exchange.day_csv_read import parse_csv as parse_csv
from taper_desktop.exchange.problems import (
    Conflicts,
    ImportFailed,
    ImportResult,
    Problem,
    read_text,
)
from taper_desktop.privatefile import write_private
from taper_desktop.store import imports, plans, records
from taper_desktop.store.day_table import day_rows
from taper_desktop.store.db import Store, now_text
from taper_desktop.store.settings import diary_today


def number_text(value: float | int | None) -> str:
    """A number with a decimal point and no float noise; blank for None."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text if text not in ("", "0", "-0") or value == 0 else repr(value)


# ---- export -------------------------------------------------------------------------


def table_rows(store: Store) -> list[list[str]]:
    """The CSV rows (without header) for every day that has a dose or a check-in."""
    span = records.date_span(store)
    if span is None:
        return []
    out = []
    for row in day_rows(store, *span):
        if not row.has_data:
            continue
        cells = dict.fromkeys(COLUMNS, "")
        cells["date"] = row.day.isoformat()
        cells["dose_planned"] = number_text(row.planned)
        cells["dose_taken"] = number_text(row.taken)
        if row.taken is not None or row.planned is not None:
            cells["dose_unit"] = row.unit
        c = row.checkin
        if c is not None:
            scale = c.scale
            cells["instrument"] = c.instrument
            for key in scale.item_keys:
                cells[f"{scale.column_prefix}_{key}"] = number_text(c.items.get(key))
            cells[f"{scale.column_prefix}_total"] = number_text(c.total)
            for name in MEASURES:
                cells[name] = number_text(getattr(c, name))
            cells["flag_for_provider"] = "1" if c.flag_for_provider else "0"
            cells["note"] = c.note
        out.append([cells[k] for k in COLUMNS])
    return out


def export_csv(store: Store, path: str | Path) -> int:
    """Write the day table to path (atomically: a temporary file renamed); returns rows."""
    rows = table_rows(store)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    write_atomic(Path(path), buffer.getvalue().encode("utf-8"))
    return len(rows)


def write_atomic(path: Path, data: bytes) -> None:
    """Write an export through the one private-file writer (atomic, fsynced, 0600)."""
    write_private(path, data)


# ---- import -------------------------------------------------------------------------


def import_csv(store: Store, path: str | Path, on_conflict: str = "ask") -> ImportResult:
    """Import a day-table CSV. Raises ImportFailed or Conflicts (nothing written)."""
    return import_days(store, parse_csv(read_text(path), path), on_conflict, file=path)


def check_no_future_dose(store: Store, parsed: list[DayData], file: str | Path) -> None:
    """Refuse the whole file (ImportFailed) when a row has a dose for a day not yet come."""
    today = diary_today(store)
    problems = [
        Problem(d.line, "date", d.day.isoformat(), problem)
        for d in parsed
        if d.dose is not None
        for problem in [dose_rules.future_day_error(d.day, today)]
        if problem
    ]
    if problems:
        raise ImportFailed(file, problems)


def find_conflicts(store: Store, parsed: list[DayData], note: str = "") -> Conflicts | None:
    """Days on which the file has a check-in (or dose) and so does the store."""
    by_table = imports.clashes(
        store,
        {
            "checkin": {d.day for d in parsed if d.checkin is not None},
            "dose": {d.day for d in parsed if d.dose is not None},
        },
    )
    return Conflicts(by_table, note=note) if by_table else None


def _has_data(d: DayData) -> bool:
    return d.dose is not None or d.checkin is not None


def import_days(
    store: Store,
    parsed: list[DayData],
    on_conflict: str = "ask",
    backup: Callable[[Store], Path] | None = None,
    file: str | Path = "CSV",
) -> ImportResult:
    """Write checked rows in one transaction. on_conflict: ask (raise Conflicts),
    skip (keep the stored days as they are) or replace (on those days the file's
    check-in replaces the stored one, its dose total replaces the stored doses).
    backup(store) is called first when something will be replaced. A dose for a day not
    yet come refuses the whole file (ImportFailed naming file, line and date)."""
    check_no_future_dose(store, parsed, file)
    result = ImportResult()
    clash = find_conflicts(store, parsed)
    if clash and on_conflict not in ("skip", "replace"):
        raise clash
    if clash and on_conflict == "replace" and backup is not None:
        result.backup = backup(store)  # outside the transaction: the copy reads the file
    with store.transaction():
        clash = find_conflicts(store, parsed)
        if clash and on_conflict not in ("skip", "replace"):
            raise clash
        skip: set[dt.date] = set()
        if clash and on_conflict == "replace":
            for table, days in clash.by_table.items():
                imports.clear_days(store, days, (table,))
            result.replaced_days = clash.days
        elif clash:
            skip = set(clash.days)
            result.skipped_days = clash.days
        plan = plans.current_plan(store)
        substance = plan.substance if plan else None
        stamp = now_text()
        for d in parsed:
            if not _has_data(d) or d.day in skip:
                continue
            result.days += 1
            if d.dose is not None:
                dose = d.dose
                if substance is not None and substance.unit == dose.unit:
                    dose = dataclasses.replace(dose, substance_id=substance.id)
                imports.insert_dose(store, dose, stamp)
                result.doses += 1
            if d.checkin is not None:
                write_checkin(store, d.checkin, stamp)
                result.checkins += 1
    return result


def write_checkin(store: Store, c: CheckIn, stamp: str) -> None:
    """Insert a check-in with its items and extras (caller holds the transaction)."""
    imports.insert_checkin(store, c, c.saved_at or stamp)
