"""``taper-desktop export-json FILE``: everything, for a full copy."""

from __future__ import annotations

import argparse
from pathlib import Path

from taper_desktop.cli.exchange_common import run_export
from taper_desktop.cli.i18n import tr
from taper_desktop.domain.wording import fill


def register(sub, common) -> None:
    p = sub.add_parser(
        "export-json",
        parents=[common],
        help=tr("export everything as JSON"),
        description=tr(
            "Write every plan, revision, hold, dose, check-in, other "
            "medication, appointment, COWS total and setting."
        ),
    )
    p.add_argument("file", metavar="FILE", type=Path)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: the window, which starts through this module, need not load them.
    from taper_desktop.exchange import full_json

    def write(store, path):
        counts = full_json.export_json(store, path)
        return fill(
            tr("%1, %2 and %3"),
            tr("%n check-in(s)", None, counts["checkins"]),
            tr("%n dose(s)", None, counts["doses"]),
            tr("%n plan(s)", None, counts["plans"]),
        )

    return run_export(args, write)
