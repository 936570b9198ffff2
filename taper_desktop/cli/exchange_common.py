"""Shared parts of the export-*/import-* commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from taper_desktop.cli.common import CliError, open_for
from taper_desktop.cli.i18n import error_text, tr, translate
from taper_desktop.domain.wording import fill
from taper_desktop.privatefile import WriteError


def add_import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument(
        "--on-conflict",
        choices=("skip", "replace"),
        default=None,
        help=tr(
            "when the file has data for days that already hold data: skip "
            "keeps what is stored, replace takes the file's rows (a backup "
            "is made first). Without it such an import is refused."
        ),
    )


def run_export(args: argparse.Namespace, write) -> int:
    """Write the export with write(store, path) -> what to report."""
    target: Path = args.file
    if target.is_dir():
        raise CliError(fill(tr("%1 is a folder; give a file name"), target))
    if not target.parent.is_dir():
        raise CliError(fill(tr("%1: the folder %2 does not exist"), target, target.parent))
    store = open_for(args, create=False)
    try:
        try:
            what = write(store, target)
        except OSError as exc:
            if isinstance(exc, WriteError):  # already names the file and the reason
                raise CliError(error_text(exc)) from None
            raise CliError(fill(tr("%1: cannot write: %2"), target, exc.strerror or exc)) from None
    finally:
        store.close()
    print(fill(tr("Exported %1 to %2"), what, target))
    return 0


def run_import(args: argparse.Namespace, parse, write) -> int:
    """parse(path) checks the whole file first; write(store, parsed, on_conflict, backup)."""
    from taper_desktop.exchange.problems import Conflicts, ImportFailed
    from taper_desktop.store import backups

    try:
        parsed = parse(args.file)
    except ImportFailed as exc:
        raise CliError(fill(nothing_imported_text(), exc.summary(translate))) from None
    store = open_for(args)
    try:
        try:
            result = write(
                store,
                parsed,
                args.on_conflict or "ask",
                lambda s: backups.backup_before(s, "import"),
            )
        except Conflicts as exc:
            raise CliError(
                fill(
                    tr(
                        "%1: %2; nothing was imported. Use --on-conflict skip to keep "
                        "them or --on-conflict replace to take the file's"
                    ),
                    args.file,
                    exc.summary(translate),
                )
            ) from None
        except ImportFailed as exc:
            raise CliError(fill(nothing_imported_text(), exc.summary(translate))) from None
    finally:
        store.close()
    print(describe(result, args.file))
    return 0


def nothing_imported_text() -> str:
    return tr("%1; nothing was imported")


def days(n: int) -> str:
    return tr("%n day(s)", None, n)


def describe(result, file) -> str:
    parts = [
        fill(
            tr("Imported %1 from %2: %3, %4"),
            days(result.days),
            file,
            tr("%n check-in(s)", None, result.checkins),
            tr("%n dose(s)", None, result.doses),
        )
    ]
    if result.plans:
        parts.append(tr("%n plan(s)", None, result.plans))
    if result.other:
        parts.append(tr("%n other record(s)", None, result.other))
    text = ", ".join(parts) + "."
    if result.skipped_days:
        text += " " + fill(tr("Kept the stored data for %1."), days(len(result.skipped_days)))
    if result.replaced_days:
        text += " " + fill(tr("Replaced %1."), days(len(result.replaced_days)))
    if result.backup:
        text += " " + fill(tr("A copy from before the import is in %1."), result.backup)
    kept = getattr(result, "kept_plan_problems", [])
    if kept:
        increases = result.unrecorded_increases
        others = len(kept) - increases
        if increases:
            text += " " + tr(
                "%n dose increase(s) with no provider's name, kept and marked "
                '"agreement not recorded".',
                None,
                increases,
            )
        if others:
            text += " " + tr(
                "%n plan rule(s) broken by the file's plan, kept as it was and marked "
                "in the calendar.",
                None,
                others,
            )
        text += "".join(f"\n  {line}" for line in result.plan_notes(translate))
    return text
