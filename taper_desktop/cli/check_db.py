"""``taper-desktop check-db``: integrity, schema version and counts."""

from __future__ import annotations

import argparse

from taper_desktop.cli.common import CliError, open_for
from taper_desktop.store import records
from taper_desktop.store.db import cipher_version
from taper_desktop.store.schema import USER_VERSION


def register(sub, common) -> None:
    p = sub.add_parser(
        "check-db",
        parents=[common],
        help="check integrity, schema version, counts",
        description="Check the database: SQLite integrity check, schema "
        "version, whether it is encrypted (and the SQLCipher "
        "version) and how many records of each kind it holds.",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_for(args, create=False)
    try:
        problems = [r[0] for r in store.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise CliError(f"{store.path}: integrity check failed: {problems[0]}")
        print(f"database:       {store.path}")
        print("integrity:      ok")
        print(f"encrypted:      {'yes' if store.encrypted else 'no'}")
        print(f"SQLCipher:      {cipher_version()}")
        print(f"schema version: {store.schema_version()} (this app: {USER_VERSION})")
        counts = records.counts(store)
        span = records.date_span(store)
        print(f"days covered:   {span[0]} to {span[1]}" if span else "days covered:   none")
        for table, label in (
            ("substance", "substances"),
            ("plan", "plans"),
            ("plan_revision", "plan revisions"),
            ("hold", "holds"),
            ("dose", "doses"),
            ("checkin", "check-ins"),
            ("extra_symptom_score", "extra symptom scores"),
            ("other_medication", "other medications"),
            ("appointment", "appointments"),
            ("cows_total", "COWS totals"),
            ("draft", "drafts"),
        ):
            print(f"{label + ':':<22}{counts[table]:>8}")
    finally:
        store.close()
    return 0
