"""``taper-desktop check-db``: integrity, schema version and counts."""

from __future__ import annotations

import argparse

from taper_desktop.cli.common import CliError, open_for
from taper_desktop.cli.i18n import tr
from taper_desktop.domain.wording import fill
from taper_desktop.store import records
from taper_desktop.store.db import cipher_version
from taper_desktop.store.schema import USER_VERSION


def register(sub, common) -> None:
    p = sub.add_parser(
        "check-db",
        parents=[common],
        help=tr("check integrity, schema version, counts"),
        description=tr(
            "Check the database: SQLite integrity check, schema "
            "version, whether it is encrypted (and the SQLCipher "
            "version) and how many records of each kind it holds."
        ),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_for(args, create=False)
    try:
        problems = [r[0] for r in store.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise CliError(fill(tr("%1: integrity check failed: %2"), store.path, problems[0]))
        counts = records.counts(store)
        span = records.date_span(store)
        lines = [
            (tr("database:"), str(store.path)),
            (tr("integrity:"), "ok"),
            (tr("encrypted:"), tr("yes") if store.encrypted else tr("no")),
            ("SQLCipher:", cipher_version()),
            (
                tr("schema version:"),
                fill(tr("%1 (this app: %2)"), store.schema_version(), USER_VERSION),
            ),
            (
                tr("days covered:"),
                fill(tr("%1 to %2"), span[0], span[1]) if span else tr("none"),
            ),
        ]
        width = max(len(label) for label, _ in lines) + 1
        for label, value in lines:
            print(f"{label:<{width}}{value}")
        labels = [
            ("substance", tr("substances:")),
            ("plan", tr("plans:")),
            ("plan_revision", tr("plan revisions:")),
            ("hold", tr("holds:")),
            ("dose", tr("doses:")),
            ("checkin", tr("check-ins:")),
            ("extra_symptom_score", tr("extra symptom scores:")),
            ("other_medication", tr("other medications:")),
            ("appointment", tr("appointments:")),
            ("cows_total", tr("COWS totals:")),
            ("draft", tr("drafts:")),
        ]
        width = max(22, *(len(label) + 1 for _, label in labels))
        for table, label in labels:
            print(f"{label:<{width}}{counts[table]:>8}")
    finally:
        store.close()
    return 0
