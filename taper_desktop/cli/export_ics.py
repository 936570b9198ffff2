"""``taper-desktop export-ics FILE``: taper steps, holds and appointments as iCalendar."""

from __future__ import annotations

import argparse
from pathlib import Path

from taper_desktop.cli.exchange_common import run_export
from taper_desktop.cli.i18n import tr
from taper_desktop.domain.wording import fill


def register(sub, common) -> None:
    p = sub.add_parser(
        "export-ics",
        parents=[common],
        help=tr("export the taper steps, holds and appointments as a calendar file (.ics)"),
        description=tr(
            "Write an iCalendar file for the calendar you already use: an all-day "
            'event on each taper step day ("Taper step: 3.1 g to 2.9 g"), holds as '
            "multi-day events, appointments at their local time with the time zone. "
            "Event UIDs are stable, so importing a newer file updates the events, "
            "also after a plan revision. The file is replaced atomically and "
            "readable by you only."
        ),
    )
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument(
        "--remind-evening-before",
        action="store_true",
        help=tr("add a reminder at 20:00 the evening before each step"),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from taper_desktop.exchange import ics

    def write(store, path):
        counts = ics.export_ics(store, path, args.remind_evening_before)
        return fill(
            tr("%1, %2 and %3"),
            tr("%n taper step(s)", None, counts["steps"]),
            tr("%n hold(s)", None, counts["holds"]),
            tr("%n appointment(s)", None, counts["appointments"]),
        )

    return run_export(args, write)
