"""``taper-desktop export-ics FILE``: taper steps, holds and appointments as iCalendar."""

from __future__ import annotations

import argparse
from pathlib import Path

from taper_desktop.cli.exchange_common import run_export


def register(sub, common) -> None:
    p = sub.add_parser(
        "export-ics",
        parents=[common],
        help="export the taper steps, holds and appointments as a calendar file (.ics)",
        description="Write an iCalendar file for the calendar you already use: an all-day "
        'event on each taper step day ("Taper step: 3.1 g to 2.9 g"), holds as '
        "multi-day events, appointments at their local time with the time zone. "
        "Event UIDs are stable, so importing a newer file updates the events, "
        "also after a plan revision. The file is replaced atomically and "
        "readable by you only.",
    )
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument(
        "--remind-evening-before",
        action="store_true",
        help="add a reminder at 20:00 the evening before each step",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from taper_desktop.exchange import ics

    return run_export(
        args, lambda s, f: ics.describe(ics.export_ics(s, f, args.remind_evening_before))
    )
