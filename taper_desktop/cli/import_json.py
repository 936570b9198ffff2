"""``taper-desktop import-json FILE``: read a full JSON export; all of it or nothing."""

from __future__ import annotations

import argparse

from taper_desktop.cli.exchange_common import add_import_args, run_import
from taper_desktop.cli.i18n import tr


def register(sub, common) -> None:
    p = sub.add_parser(
        "import-json",
        parents=[common],
        help=tr("import a full JSON export"),
        description=tr(
            "Check the whole file, then store all of it in one step, or nothing "
            "if anything in it has a problem."
        ),
    )
    add_import_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: the window, which starts through this module, need not load them.
    from taper_desktop.exchange import full_json
    from taper_desktop.exchange.problems import read_text

    return run_import(
        args,
        lambda f: full_json.parse_json(read_text(f), f),
        lambda s, parsed, how, backup: full_json.import_parsed(
            s, parsed, how, backup, file=args.file
        ),
    )
