"""``taper-desktop import-csv FILE``: read a day-table CSV; all of it or nothing."""

from __future__ import annotations

import argparse

from taper_desktop.cli.exchange_common import add_import_args, run_import
from taper_desktop.cli.i18n import tr


def register(sub, common) -> None:
    p = sub.add_parser(
        "import-csv",
        parents=[common],
        help=tr("import a day-table CSV"),
        description=tr(
            "Check every row of a day-table CSV, then store all of it in one step, "
            "or nothing if any row has a problem. dose_planned is ignored; each "
            "day's dose_taken becomes one dose without a time."
        ),
    )
    add_import_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: the window, which starts through this module, need not load them.
    from taper_desktop.exchange import day_csv
    from taper_desktop.exchange.problems import read_text

    return run_import(
        args,
        lambda f: day_csv.parse_csv(read_text(f), f),
        lambda s, parsed, how, backup: day_csv.import_days(s, parsed, how, backup, file=args.file),
    )
