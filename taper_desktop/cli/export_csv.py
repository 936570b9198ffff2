"""``taper-desktop export-csv FILE``: the day table, one row per day with data."""

from __future__ import annotations

import argparse
from pathlib import Path

from taper_desktop.cli.exchange_common import days, run_export
from taper_desktop.cli.i18n import tr


def register(sub, common) -> None:
    p = sub.add_parser(
        "export-csv",
        parents=[common],
        help=tr("export the day table as CSV"),
        description=tr(
            "Write one CSV row per day that has a dose or a check-in "
            "(columns as in the day-table format)."
        ),
    )
    p.add_argument("file", metavar="FILE", type=Path)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: the window, which starts through this module, need not load them.
    from taper_desktop.exchange import day_csv

    return run_export(args, lambda s, f: days(day_csv.export_csv(s, f)))
