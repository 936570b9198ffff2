"""``taper-desktop report``: the provider PDF for a date range, made headless."""

from __future__ import annotations

import argparse

from taper_desktop.cli.common import CliError, UsageError, day_arg, open_for


def register(sub, common) -> None:
    p = sub.add_parser(
        "report",
        parents=[common],
        help="write the provider PDF report for a date range",
        description="Write the provider report (PDF) for the days FROM to TO inclusive: a "
        "one-page summary, then the daily table, the plan's revision history, the "
        "items with the highest means and other medications. The file is "
        "replaced atomically and readable by you only. Paper size follows the "
        "paper_size setting (auto: Letter in US/Canada/Mexico-style locales, "
        "else A4). With --plan-sheet it writes instead the one-page plan sheet: "
        "the current dose, the next steps, holds, who agreed the plan, the "
        "tolerance note and room for the provider's signature (no dates needed).",
    )
    p.add_argument(
        "--from",
        dest="first",
        metavar="YYYY-MM-DD",
        type=day_arg,
        help="first day of the period (required unless --plan-sheet)",
    )
    p.add_argument(
        "--to",
        dest="last",
        metavar="YYYY-MM-DD",
        type=day_arg,
        help="last day of the period, inclusive (required unless --plan-sheet)",
    )
    p.add_argument(
        "--plan-sheet",
        action="store_true",
        help="write the one-page plan sheet instead of the report",
    )
    p.add_argument("--out", metavar="FILE.pdf", required=True, help="where to write the PDF")
    p.add_argument("--patient", default="", metavar="NAME", help="patient name to print")
    p.add_argument("--provider", default="", metavar="NAME", help="provider name to print")
    p.add_argument("--no-table", action="store_true", help="leave out the daily table")
    p.add_argument("--no-notes", action="store_true", help="leave out the day notes")
    p.add_argument(
        "--paper",
        choices=("auto", "A4", "Letter"),
        default=None,
        help="paper size (default: the paper_size setting)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so that opening the window does not load reportlab.
    from taper_desktop.report import ReportError, ReportOptions, write_report

    if args.plan_sheet:
        return _plan_sheet(args)
    missing = [
        name for name, value in (("--from", args.first), ("--to", args.last)) if value is None
    ]
    if missing:
        raise UsageError(f"the report needs {' and '.join(missing)} (or use --plan-sheet)")
    if args.first > args.last:
        raise UsageError(f"--from {args.first} is after --to {args.last}")
    options = ReportOptions(
        args.first,
        args.last,
        patient=args.patient,
        provider=args.provider,
        include_table=not args.no_table,
        include_notes=not args.no_notes,
    )
    store = open_for(args, create=False)
    try:
        path = write_report(store, options, args.out, paper=args.paper)
    except ReportError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    print(f"Report for {args.first} to {args.last} written to {path}")
    return 0


def _plan_sheet(args: argparse.Namespace) -> int:
    from taper_desktop.report import ReportError
    from taper_desktop.report.plan_sheet import write_plan_sheet

    store = open_for(args, create=False)
    try:
        path = write_plan_sheet(store, args.out, paper=args.paper)
    except ReportError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    print(f"Plan sheet written to {path}")
    return 0
