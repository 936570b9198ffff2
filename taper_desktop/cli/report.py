"""``taper-desktop report``: the provider PDF for a date range, made headless."""

from __future__ import annotations

import argparse

from taper_desktop.cli.common import CliError, UsageError, day_arg, open_for
from taper_desktop.cli.i18n import error_text, tr
from taper_desktop.domain.wording import fill


def register(sub, common) -> None:
    p = sub.add_parser(
        "report",
        parents=[common],
        help=tr("write the provider PDF report for a date range"),
        description=tr(
            "Write the provider report (PDF) for the days FROM to TO inclusive: a "
            "one-page summary, then the daily table, the plan's revision history, the "
            "items with the highest means and other medications. The file is "
            "replaced atomically and readable by you only. Paper size follows the "
            "paper_size setting (auto: Letter in US/Canada/Mexico-style locales, "
            "else A4). With --plan-sheet it writes instead the one-page plan sheet: "
            "the current dose, the next steps, holds, who agreed the plan, the "
            "tolerance note and room for the provider's signature (no dates needed). "
            "The report speaks the app's language setting."
        ),
    )
    p.add_argument(
        "--from",
        dest="first",
        metavar="YYYY-MM-DD",
        type=day_arg,
        help=tr("first day of the period (required unless --plan-sheet)"),
    )
    p.add_argument(
        "--to",
        dest="last",
        metavar="YYYY-MM-DD",
        type=day_arg,
        help=tr("last day of the period, inclusive (required unless --plan-sheet)"),
    )
    p.add_argument(
        "--plan-sheet",
        action="store_true",
        help=tr("write the one-page plan sheet instead of the report"),
    )
    p.add_argument("--out", metavar="FILE.pdf", required=True, help=tr("where to write the PDF"))
    p.add_argument("--patient", default="", metavar="NAME", help=tr("patient name to print"))
    p.add_argument("--provider", default="", metavar="NAME", help=tr("provider name to print"))
    p.add_argument("--no-table", action="store_true", help=tr("leave out the daily table"))
    p.add_argument("--no-notes", action="store_true", help=tr("leave out the day notes"))
    p.add_argument(
        "--paper",
        choices=("auto", "A4", "Letter"),
        default=None,
        help=tr("paper size (default: the paper_size setting)"),
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
        names = missing[0] if len(missing) == 1 else fill(tr("%1 and %2"), *missing)
        raise UsageError(fill(tr("the report needs %1 (or use --plan-sheet)"), names))
    if args.first > args.last:
        raise UsageError(fill(tr("--from %1 is after --to %2"), args.first, args.last))
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
        raise CliError(error_text(exc)) from None
    finally:
        store.close()
    print(fill(tr("Report for %1 to %2 written to %3"), args.first, args.last, path))
    return 0


def _plan_sheet(args: argparse.Namespace) -> int:
    from taper_desktop.report import ReportError
    from taper_desktop.report.plan_sheet import write_plan_sheet

    store = open_for(args, create=False)
    try:
        path = write_plan_sheet(store, args.out, paper=args.paper)
    except ReportError as exc:
        raise CliError(error_text(exc)) from None
    finally:
        store.close()
    print(fill(tr("Plan sheet written to %1"), path))
    return 0
