"""The day-table CSV (design.md "Day-table CSV"): one row per day that has data.

Export writes planned dose, total taken and the check-in. Import reads the same
columns, ignores `dose_planned`, checks a total against its items, and stores the
day's `dose_taken` as ONE dose without a time (the CSV holds only the day's total,
so separate doses and their times cannot be recovered from it; use the JSON file
for a full copy).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from taper_desktop.domain import dose_rules, measures, scales
from taper_desktop.domain.days import parse_day
from taper_desktop.domain.models import CheckIn, Dose
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

MEASURES = measures.MEASURE_KEYS
COLUMNS: tuple[str, ...] = (
    ("date", "dose_planned", "dose_taken", "dose_unit", "instrument")
    + tuple(f"sows_{k}" for k in scales.SOWS_INSTRUMENT.item_keys)
    + ("sows_total",)
    + tuple(f"gossop_{k}" for k in scales.GOSSOP_INSTRUMENT.item_keys)
    + ("gossop_total",)
    + MEASURES
    + ("flag_for_provider", "note")
)


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


@dataclass(frozen=True)
class DayData:
    """One validated CSV row: what it would store."""

    day: dt.date
    line: int
    dose: Dose | None
    checkin: CheckIn | None


def parse_csv(text: str, file: str | Path = "CSV") -> list[DayData]:
    """Check every row; return them all, or raise ImportFailed listing every problem."""
    problems: list[Problem] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    days: dict[dt.date, int] = {}
    result: list[DayData] = []
    next_line = 1
    try:
        header = next(reader, None)
        header_line, next_line = 1, reader.line_num + 1
        if header is None:
            raise ImportFailed(file, [Problem(None, None, None, "the file is empty")])
        _check_header(header, header_line, problems)
        if problems:
            raise ImportFailed(file, problems)
        for cells in reader:
            line, next_line = next_line, reader.line_num + 1
            if not cells or all(not c.strip() for c in cells):
                continue  # blank line
            if len(cells) != len(COLUMNS):
                problems.append(
                    Problem(
                        line,
                        None,
                        None,
                        f"the row has {len(cells)} cells; the header has {len(COLUMNS)}",
                    )
                )
                continue
            parsed = _parse_row(dict(zip(COLUMNS, cells, strict=False)), line, problems)
            if parsed is None:
                continue
            if parsed.day in days:
                problems.append(
                    Problem(
                        line,
                        "date",
                        parsed.day.isoformat(),
                        f"this date is already on line {days[parsed.day]}",
                    )
                )
                continue
            days[parsed.day] = line
            result.append(parsed)
    except csv.Error as exc:
        problems.append(Problem(next_line, None, None, f"the CSV is malformed: {exc}"))
    if problems:
        raise ImportFailed(file, problems)
    return result


def _check_header(header: list[str], line: int, problems: list[Problem]) -> None:
    names = [h.strip() for h in header]
    for i, expected in enumerate(COLUMNS):
        got = names[i] if i < len(names) else None
        if got != expected:
            problems.append(
                Problem(
                    line,
                    str(i + 1),
                    got,
                    f"the header must be the Taper Desktop day-table columns; "
                    f"column {i + 1} should be {expected!r}",
                )
            )
            return
    if len(names) > len(COLUMNS):
        problems.append(
            Problem(line, str(len(COLUMNS) + 1), names[len(COLUMNS)], "unexpected extra column")
        )


Cells = dict[str, str]  # column name -> the cell's text


def _raw(cells: Cells, col: str) -> str | None:
    raw = cells[col].strip()
    return raw or None


def _whole(cells: Cells, col: str, line: int, problems: list[Problem]) -> int | None:
    raw = _raw(cells, col)
    if raw is None:
        return None
    try:
        return int(raw, 10)
    except ValueError:
        problems.append(Problem(line, col, raw, "is not a whole number"))
        return None


def _decimal(cells: Cells, col: str, line: int, problems: list[Problem]) -> float | None:
    raw = _raw(cells, col)
    if raw is None:
        return None
    try:
        value = float(raw)
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError
        return value
    except ValueError:
        problems.append(Problem(line, col, raw, "is not a number (with a decimal point)"))
        return None


def _parse_row(cells: Cells, line: int, problems: list[Problem]) -> DayData | None:
    before = len(problems)
    raw_date = cells["date"].strip()
    try:
        day = parse_day(raw_date)
    except ValueError:
        problems.append(Problem(line, "date", raw_date, "is not a date in the form YYYY-MM-DD"))
        return None
    _decimal(cells, "dose_planned", line, problems)  # ignored on import, but must be a number
    taken = _decimal(cells, "dose_taken", line, problems)
    unit = cells["dose_unit"].strip()
    dose = None
    if taken is not None:
        if not 0 < taken < 1_000_000:
            problems.append(
                Problem(
                    line,
                    "dose_taken",
                    cells["dose_taken"],
                    "must be greater than 0 (leave it blank if not logged)",
                )
            )
        elif not unit:
            problems.append(Problem(line, "dose_unit", "", "a unit is needed with dose_taken"))
        else:
            dose = Dose(day=day, amount=float(taken), unit=unit, note="imported day total (CSV)")
    checkin = _parse_checkin(cells, day, line, problems)
    return None if len(problems) > before else DayData(day, line, dose, checkin)


def _parse_checkin(
    cells: Cells, day: dt.date, line: int, problems: list[Problem]
) -> CheckIn | None:
    name = cells["instrument"].strip()
    if not name:
        filled = [c for c in COLUMNS[5:] if cells[c].strip()]
        if filled:
            problems.append(
                Problem(
                    line,
                    filled[0],
                    cells[filled[0]],
                    "instrument is blank (no check-in) but this check-in column is filled",
                )
            )
        return None
    try:
        scale = scales.instrument(name)
    except ValueError:
        problems.append(Problem(line, "instrument", name, "must be SOWS or SOWS-Gossop"))
        return None
    other = scales.GOSSOP_INSTRUMENT if scale is scales.SOWS_INSTRUMENT else scales.SOWS_INSTRUMENT
    for key in other.item_keys + ("total",):
        col = f"{other.column_prefix}_{key}"
        if cells[col].strip():
            problems.append(
                Problem(
                    line,
                    col,
                    cells[col],
                    f"only {scale.key} columns may be filled on a {scale.key} day",
                )
            )
    items: dict[str, int] = {}
    found_before = len(problems)
    for key in scale.item_keys:
        col = f"{scale.column_prefix}_{key}"
        value = _whole(cells, col, line, problems)
        if value is None:
            continue
        if not 0 <= value <= scale.max_item:
            problems.append(
                Problem(line, col, cells[col], f"must be a whole number 0-{scale.max_item}")
            )
        else:
            items[key] = value
    bad_item = len(problems) > found_before  # the total cannot be judged; say it once
    total_col = f"{scale.column_prefix}_total"
    total = _whole(cells, total_col, line, problems)
    if total is not None and not bad_item:
        if not scale.is_complete(items):
            problems.append(
                Problem(
                    line,
                    total_col,
                    cells[total_col],
                    "a total is given but not every item is answered; leave the total blank",
                )
            )
        elif scale.total(items) != total:
            problems.append(
                Problem(
                    line,
                    total_col,
                    cells[total_col],
                    f"does not match the items, which add up to {scale.total(items)}",
                )
            )
    measures: dict[str, Any] = {}
    for m in MEASURES:
        given: float | int | None = (
            _decimal(cells, m, line, problems)
            if m == "sleep_hours"
            else _whole(cells, m, line, problems)
        )
        if given is None:
            continue
        try:
            scales.validate_measure(m, given)
            measures[m] = given
        except ValueError as exc:
            # the column names the measure already: "column craving: 11 is outside 0-10"
            problems.append(Problem(line, m, cells[m], str(exc).split(": ", 1)[-1]))
    flag = cells["flag_for_provider"].strip()
    if flag not in ("", "0", "1"):
        problems.append(Problem(line, "flag_for_provider", flag, "must be 0 or 1"))
    return CheckIn(
        day=day,
        instrument=scale.key,
        items=items,
        note=cells["note"],
        flag_for_provider=flag == "1",
        **measures,
    )


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
        for problem in [dose_rules.future_day_problem(d.day, today)]
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
