"""``taper-desktop demo``: fill an EMPTY data folder with a realistic demo taper."""

from __future__ import annotations

import argparse

from taper_desktop.cli.common import CliError, open_for
from taper_desktop.cli.i18n import tr
from taper_desktop.demo import DEMO_DAYS, fill_demo
from taper_desktop.domain.wording import fill
from taper_desktop.store import records


def register(sub, common) -> None:
    p = sub.add_parser(
        "demo",
        parents=[common],
        help=tr("fill an EMPTY data folder with a demo taper"),
        description=tr(
            "Fill an empty data folder with %n days of a realistic kratom "
            "taper (8 g/day, steps every 7 days, one hold, a few days not logged). "
            "Refuses a folder that already holds data.",
            None,
            DEMO_DAYS,
        ),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_for(args)
    try:
        if not records.is_empty(store):
            raise CliError(
                fill(
                    tr(
                        "%1 already holds data; demo only fills an empty "
                        "data folder (use --data-dir to choose another)"
                    ),
                    store.data_dir,
                )
            )
        fill_demo(store)
        counts = records.counts(store)
        print(
            fill(
                tr("Demo taper written to %1: %2, %3, %4, %5."),
                store.path,
                tr("%n check-in(s)", None, counts["checkin"]),
                tr("%n dose(s)", None, counts["dose"]),
                tr("%n plan revision(s)", None, counts["plan_revision"]),
                tr("%n hold(s)", None, counts["hold"]),
            )
        )
    finally:
        store.close()
    return 0
