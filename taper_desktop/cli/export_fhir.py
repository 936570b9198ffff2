"""``taper-desktop export-fhir FILE [--from D --to D]``: the diary as a FHIR R4 Bundle."""

from __future__ import annotations

import argparse
from pathlib import Path

from taper_desktop.cli.common import UsageError, day_arg
from taper_desktop.cli.exchange_common import run_export
from taper_desktop.cli.i18n import tr
from taper_desktop.domain.wording import fill


def register(sub, common) -> None:
    p = sub.add_parser(
        "export-fhir",
        parents=[common],
        help=tr("export for a clinic system (FHIR R4 JSON)"),
        description=tr(
            "Write the diary as one FHIR R4 (4.0.1) Bundle of type collection, in "
            "UTF-8 JSON, for a clinic's system: a QuestionnaireResponse per check-in, "
            "an Observation per scale total, companion measure and COWS total, a "
            "MedicationStatement per dose and a MedicationRequest (intent plan) per "
            "plan revision. Ids are stable, so exporting again gives the same ids. "
            "The file is replaced atomically and readable by you only. --from and --to "
            "limit the diary days; the plan is always included whole. Mapping: "
            "docs/fhir.md."
        ),
    )
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument(
        "--from",
        dest="first",
        metavar="YYYY-MM-DD",
        type=day_arg,
        default=None,
        help=tr("first day to include (default: the first day with data)"),
    )
    p.add_argument(
        "--to",
        dest="last",
        metavar="YYYY-MM-DD",
        type=day_arg,
        default=None,
        help=tr("last day to include, inclusive (default: the last day with data)"),
    )
    p.add_argument(
        "--patient",
        default="",
        metavar="NAME",
        help=tr("name for the Patient resource (default: none; no identifier is ever added)"),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from taper_desktop.exchange import fhir

    if args.first and args.last and args.first > args.last:
        raise UsageError(fill(tr("--from %1 is after --to %2"), args.first, args.last))

    def write(store, path):
        counts = fhir.export_fhir(store, path, args.first, args.last, args.patient)
        # FHIR resource names are the standard's words, the same in every language
        described = fhir.describe(counts)
        return tr("no diary records") if described == "no diary records" else described

    return run_export(args, write)
