"""Reading a day-table CSV (design.md "Day-table CSV"): every row checked, every problem
reported with its line and column; nothing is written here (day_csv.import_days does that).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from taper_desktop.domain import measures, scales
from taper_desktop.domain.days import parse_day
from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.domain.models import CheckIn, Dose
from taper_desktop.exchange.problems import (
    EMPTY,
    SOWS_OR_GOSSOP,
    ImportFailed,
    Problem,
    Said,
    Unlabelled,
)

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
            raise ImportFailed(file, [Problem(None, None, None, EMPTY)])
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
                        Said(
                            QT_TRANSLATE_NOOP("import", "the row has %1 cells; the header has %2"),
                            len(cells),
                            len(COLUMNS),
                        ),
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
                        Said(
                            QT_TRANSLATE_NOOP("import", "this date is already on line %1"),
                            days[parsed.day],
                        ),
                    )
                )
                continue
            days[parsed.day] = line
            result.append(parsed)
    except csv.Error as exc:
        malformed = Said(QT_TRANSLATE_NOOP("import", "the CSV is malformed: %1"), exc)
        problems.append(Problem(next_line, None, None, malformed))
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
                    Said(
                        QT_TRANSLATE_NOOP(
                            "import",
                            "the header must be the Taper Desktop day-table columns; "
                            "column %1 should be %2",
                        ),
                        i + 1,
                        repr(expected),
                    ),
                )
            )
            return
    if len(names) > len(COLUMNS):
        problems.append(
            Problem(
                line,
                str(len(COLUMNS) + 1),
                names[len(COLUMNS)],
                Said(QT_TRANSLATE_NOOP("import", "unexpected extra column")),
            )
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
        problems.append(
            Problem(line, col, raw, Said(QT_TRANSLATE_NOOP("import", "is not a whole number")))
        )
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
        not_number = Said(QT_TRANSLATE_NOOP("import", "is not a number (with a decimal point)"))
        problems.append(Problem(line, col, raw, not_number))
        return None


def _parse_row(cells: Cells, line: int, problems: list[Problem]) -> DayData | None:
    before = len(problems)
    raw_date = cells["date"].strip()
    try:
        day = parse_day(raw_date)
    except ValueError:
        not_date = Said(QT_TRANSLATE_NOOP("import", "is not a date in the form YYYY-MM-DD"))
        problems.append(Problem(line, "date", raw_date, not_date))
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
                    Said(
                        QT_TRANSLATE_NOOP(
                            "import", "must be greater than 0 (leave it blank if not logged)"
                        )
                    ),
                )
            )
        elif not unit:
            no_unit = Said(QT_TRANSLATE_NOOP("import", "a unit is needed with dose_taken"))
            problems.append(Problem(line, "dose_unit", "", no_unit))
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
                    Said(
                        QT_TRANSLATE_NOOP(
                            "import",
                            "instrument is blank (no check-in) but this check-in column is filled",
                        )
                    ),
                )
            )
        return None
    try:
        scale = scales.instrument(name)
    except ValueError:
        problems.append(Problem(line, "instrument", name, Said(SOWS_OR_GOSSOP)))
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
                    Said(
                        QT_TRANSLATE_NOOP("import", "only %1 columns may be filled on a %1 day"),
                        scale.key,
                    ),
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
                Problem(
                    line,
                    col,
                    cells[col],
                    Said(
                        QT_TRANSLATE_NOOP("import", "must be a whole number 0-%1"), scale.max_item
                    ),
                )
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
                    Said(
                        QT_TRANSLATE_NOOP(
                            "import",
                            "a total is given but not every item is answered; leave the total "
                            "blank",
                        )
                    ),
                )
            )
        elif scale.total(items) != total:
            problems.append(
                Problem(
                    line,
                    total_col,
                    cells[total_col],
                    Said(
                        QT_TRANSLATE_NOOP("import", "does not match the items, which add up to %1"),
                        scale.total(items),
                    ),
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
        except ValidationError as exc:  # the measure's own rule, in its own words
            problems.append(Problem(line, m, cells[m], Unlabelled(exc)))
    flag = cells["flag_for_provider"].strip()
    if flag not in ("", "0", "1"):
        zero_or_one = Said(QT_TRANSLATE_NOOP("import", "must be 0 or 1"))
        problems.append(Problem(line, "flag_for_provider", flag, zero_or_one))
    return CheckIn(
        day=day,
        instrument=scale.key,
        items=items,
        note=cells["note"],
        flag_for_provider=flag == "1",
        **measures,
    )
