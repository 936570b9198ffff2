"""``taper-desktop demo``: fill an EMPTY data folder with a realistic demo taper."""

from __future__ import annotations

import argparse

from taper_desktop.cli.common import CliError, open_for
from taper_desktop.demo import DEMO_DAYS, fill_demo
from taper_desktop.store import records


def register(sub, common) -> None:
    p = sub.add_parser(
        "demo",
        parents=[common],
        help="fill an EMPTY data folder with a demo taper",
        description=f"Fill an empty data folder with {DEMO_DAYS} days of a realistic kratom "
        "taper (8 g/day, steps every 7 days, one hold, a few days not logged). "
        "Refuses a folder that already holds data.",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_for(args)
    try:
        if not records.is_empty(store):
            raise CliError(
                f"{store.data_dir} already holds data; demo only fills an empty "
                "data folder (use --data-dir to choose another)"
            )
        fill_demo(store)
        counts = records.counts(store)
        print(
            f"Demo taper written to {store.path}: {counts['checkin']} check-ins, "
            f"{counts['dose']} doses, {counts['plan_revision']} plan revisions, "
            f"{counts['hold']} hold."
        )
    finally:
        store.close()
    return 0
