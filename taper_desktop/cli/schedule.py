"""``taper-desktop schedule``: print a proposed taper schedule (design.md "schedule rules")."""

from __future__ import annotations

import argparse
import json
import math

from taper_desktop.catalogue import unit_plural
from taper_desktop.cli.common import UsageError, day_arg
from taper_desktop.cli.i18n import error_text, tr
from taper_desktop.domain.formatting import format_amount, format_dose
from taper_desktop.domain.plan_rules import LINEAR, PERCENT, RuleError, check_rule
from taper_desktop.domain.schedule import ScheduleRow, schedule_rows
from taper_desktop.domain.wording import fill

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
        raise argparse.ArgumentTypeError(fill(tr("'%1' is not a number"), text)) from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(fill(tr("'%1' is not a finite number"), text))
    return value


def _days(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            fill(tr("'%1' is not a whole number of days"), text)
        ) from None


def register(sub, common) -> None:
    p = sub.add_parser(
        "schedule",
        parents=[common],
        help=tr("print a proposed taper schedule"),
        description=tr(
            "Print the schedule a taper rule gives: the start, each day the rounded "
            "dose changes, and the target. A plan to confirm with your provider."
        ),
    )
    p.add_argument(
        "--start", type=_number, required=True, metavar="DOSE", help=tr("start dose per day")
    )
    p.add_argument("--unit", required=True, help=tr("dose unit, e.g. g, mg, mL"))
    p.add_argument(
        "--method",
        required=True,
        choices=(PERCENT, LINEAR),
        # %% is argparse's way of writing a percent sign in a help text
        help=tr(
            "percent: each step removes STEP%% of the most recent dose; "
            "linear: each step removes STEP units"
        ),
    )
    p.add_argument(
        "--step",
        type=_number,
        required=True,
        metavar="N",
        help=tr("percent per step (0-50] or amount per step"),
    )
    p.add_argument(
        "--every",
        type=_days,
        required=True,
        metavar="DAYS",
        help=tr("days between steps (at least 1)"),
    )
    p.add_argument(
        "--from",
        dest="first",
        type=day_arg,
        required=True,
        metavar="YYYY-MM-DD",
        help=tr("date of the start dose"),
    )
    p.add_argument(
        "--round",
        dest="resolution",
        type=_number,
        default=0.1,
        metavar="R",
        help=tr("round every dose to a multiple of R, ties to the lower dose (default 0.1)"),
    )
    p.add_argument(
        "--target",
        type=_number,
        default=0.0,
        metavar="T",
        help=tr("the dose the taper ends at (default 0)"),
    )
    p.add_argument(
        "--json", action="store_true", help=tr("one JSON object per line: date, dose, unit")
    )
    p.set_defaults(func=run)


def table(rows: list[ScheduleRow], unit: str) -> list[str]:
    """The readable table: date, dose and how many days each dose lasts."""
    body = []
    for row in rows:
        lasts = tr("target") if row.days is None else tr("%n day(s)", None, row.days)
        body.append((row.day.isoformat(), format_dose(row.dose, unit, unit_plural), lasts))
    header = (tr("Date"), tr("Dose"), tr("Lasts"))
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(3)]
    return [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
        for r in [header, *body]
    ]


def run(args: argparse.Namespace) -> int:
    unit = args.unit.strip()
    if not unit:
        raise UsageError(tr("--unit must not be empty"))
    problems = check_rule(
        args.method, args.start, args.step, args.every, args.resolution, args.target
    )
    if problems:  # the same checker as the plan dialog, the store and the import
        first = problems[0]
        raise UsageError(f"{OPTION.get(first.field, first.field)}: {error_text(first.error())}")
    try:
        rows = schedule_rows(
            args.method, args.start, args.step, args.every, args.first, args.resolution, args.target
        )
    except (RuleError, ValueError) as exc:  # a ValidationError is a ValueError
        raise UsageError(error_text(exc)) from None
    except OverflowError:
        raise UsageError(tr("the numbers are too large to make a schedule")) from None
    _print(args, rows, unit)  # a reader that stops early (head) is handled in cli.main
    return 0


def _print(args: argparse.Namespace, rows: list[ScheduleRow], unit: str) -> None:
    if args.json:
        for row in rows:
            print(json.dumps({"date": row.day.isoformat(), "dose": row.dose, "unit": unit}))
        return
    print(tr("Proposed schedule, a plan to confirm with your provider."))
    rule = (
        fill(tr("%1% of the most recent dose"), format_amount(args.step))
        if args.method == PERCENT
        else format_dose(args.step, unit, unit_plural)
    )
    print(
        fill(
            tr("Every %n day(s) remove %1; doses rounded to %2; target %3.", None, args.every),
            rule,
            format_dose(args.resolution, unit, unit_plural),
            format_dose(args.target, unit, unit_plural),
        )
    )
    print()
    for line in table(rows, unit):
        print(line)
