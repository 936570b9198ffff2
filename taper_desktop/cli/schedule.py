"""``taper-desktop schedule``: print a proposed taper schedule (design.md "schedule rules")."""

from __future__ import annotations

import argparse
import json
import math

from taper_desktop.cli.common import UsageError, day_arg
from taper_desktop.domain.formatting import format_amount, format_dose
from taper_desktop.domain.plan_rules import LINEAR, PERCENT, RuleError, check_rule
from taper_desktop.domain.schedule import ScheduleRow, schedule_rows
from taper_desktop.domain.wording import count, numerus

HEADER = ("Date", "Dose", "Lasts")
# The option that holds each field a plan rule names (domain/plan_rules.py).
OPTION = {
    "start": "--start",
    "resolution": "--round",
    "target": "--target",
    "step": "--step",
    "interval": "--every",
    "rule": "--method",
}


def _number(text: str) -> float:
    """argparse type: a finite decimal number (argparse's float accepts 'nan' and 'inf')."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a finite number")
    return value


def _days(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days") from None


def register(sub, common) -> None:
    p = sub.add_parser(
        "schedule",
        parents=[common],
        help="print a proposed taper schedule",
        description="Print the schedule a taper rule gives: the start, each day the rounded "
        "dose changes, and the target. A plan to confirm with your provider.",
    )
    p.add_argument(
        "--start", type=_number, required=True, metavar="DOSE", help="start dose per day"
    )
    p.add_argument("--unit", required=True, help="dose unit, e.g. g, mg, mL")
    p.add_argument(
        "--method",
        required=True,
        choices=(PERCENT, LINEAR),
        help="percent: each step removes STEP%% of the most recent dose; "
        "linear: each step removes STEP units",
    )
    p.add_argument(
        "--step",
        type=_number,
        required=True,
        metavar="N",
        help="percent per step (0-50] or amount per step",
    )
    p.add_argument(
        "--every", type=_days, required=True, metavar="DAYS", help="days between steps (at least 1)"
    )
    p.add_argument(
        "--from",
        dest="first",
        type=day_arg,
        required=True,
        metavar="YYYY-MM-DD",
        help="date of the start dose",
    )
    p.add_argument(
        "--round",
        dest="resolution",
        type=_number,
        default=0.1,
        metavar="R",
        help="round every dose to a multiple of R, ties to the lower dose (default 0.1)",
    )
    p.add_argument(
        "--target",
        type=_number,
        default=0.0,
        metavar="T",
        help="the dose the taper ends at (default 0)",
    )
    p.add_argument("--json", action="store_true", help="one JSON object per line: date, dose, unit")
    p.set_defaults(func=run)


def table(rows: list[ScheduleRow], unit: str) -> list[str]:
    """The readable table: date, dose and how many days each dose lasts."""
    body = []
    for row in rows:
        lasts = "target" if row.days is None else count(row.days, "day")
        body.append((row.day.isoformat(), format_dose(row.dose, unit), lasts))
    widths = [max(len(r[i]) for r in [HEADER, *body]) for i in range(3)]
    return [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
        for r in [HEADER, *body]
    ]


def run(args: argparse.Namespace) -> int:
    unit = args.unit.strip()
    if not unit:
        raise UsageError("--unit must not be empty")
    problems = check_rule(
        args.method, args.start, args.step, args.every, args.resolution, args.target
    )
    if problems:  # the same checker as the plan dialog, the store and the import
        first = problems[0]
        raise UsageError(f"{OPTION.get(first.field, first.field)}: {first.describe()}")
    try:
        rows = schedule_rows(
            args.method, args.start, args.step, args.every, args.first, args.resolution, args.target
        )
    except RuleError as exc:
        raise UsageError(str(exc)) from None
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    except OverflowError:
        raise UsageError("the numbers are too large to make a schedule") from None
    _print(args, rows, unit)  # a reader that stops early (head) is handled in cli.main
    return 0


def _print(args: argparse.Namespace, rows: list[ScheduleRow], unit: str) -> None:
    if args.json:
        for row in rows:
            print(json.dumps({"date": row.day.isoformat(), "dose": row.dose, "unit": unit}))
        return
    print("Proposed schedule, a plan to confirm with your provider.")
    rule = (
        f"{format_amount(args.step)}% of the most recent dose"
        if args.method == PERCENT
        else format_dose(args.step, unit)
    )
    print(
        f"{numerus('Every %n day(s)', args.every)} remove {rule}; doses rounded to "
        f"{format_dose(args.resolution, unit)}; target {format_dose(args.target, unit)}."
    )
    print()
    for line in table(rows, unit):
        print(line)
