"""Shared parts of the export-*/import-* commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from taper_desktop.cli.common import CliError, open_for
from taper_desktop.domain.wording import count, numerus
from taper_desktop.privatefile import WriteError


def add_import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument(
        "--on-conflict",
        choices=("skip", "replace"),
        default=None,
        help="when the file has data for days that already hold data: skip "
        "keeps what is stored, replace takes the file's rows (a backup "
        "is made first). Without it such an import is refused.",
    )


def run_export(args: argparse.Namespace, write) -> int:
    """Write the export with write(store, path) -> what to report."""
    target: Path = args.file
    if target.is_dir():
        raise CliError(f"{target} is a folder; give a file name")
    if not target.parent.is_dir():
        raise CliError(f"{target}: the folder {target.parent} does not exist")
    store = open_for(args, create=False)
    try:
        try:
            what = write(store, target)
        except OSError as exc:
            if isinstance(exc, WriteError):  # already names the file and the reason
                raise CliError(str(exc)) from None
            raise CliError(f"{target}: cannot write: {exc.strerror or exc}") from None
    finally:
        store.close()
    print(f"Exported {what} to {target}")
    return 0


def run_import(args: argparse.Namespace, parse, write) -> int:
    """parse(path) checks the whole file first; write(store, parsed, on_conflict, backup)."""
    from taper_desktop.exchange.problems import Conflicts, ImportFailed
    from taper_desktop.store import backups

    try:
        parsed = parse(args.file)
    except ImportFailed as exc:
        raise CliError(f"{exc.summary()}; nothing was imported") from None
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
                f"{args.file}: {exc.summary()}; nothing was imported. Use "
                "--on-conflict skip to keep them or --on-conflict replace to "
                "take the file's"
            ) from None
        except ImportFailed as exc:
            raise CliError(f"{exc.summary()}; nothing was imported") from None
    finally:
        store.close()
    print(describe(result, args.file))
    return 0


def describe(result, file) -> str:
    parts = [
        f"Imported {count(result.days, 'day')} from {file}: "
        f"{count(result.checkins, 'check-in')}, {count(result.doses, 'dose')}"
    ]
    if result.plans:
        parts.append(count(result.plans, "plan"))
    if result.other:
        parts.append(numerus("%n other record(s)", result.other))
    text = ", ".join(parts) + "."
    if result.skipped_days:
        text += f" Kept the stored data for {count(len(result.skipped_days), 'day')}."
    if result.replaced_days:
        text += f" Replaced {count(len(result.replaced_days), 'day')}."
    if result.backup:
        text += f" A copy from before the import is in {result.backup}."
    kept = getattr(result, "kept_plan_problems", [])
    if kept:
        increases = result.unrecorded_increases
        others = len(kept) - increases
        if increases:
            text += (
                f" {increases} dose increase{'s' * (increases != 1)} with no provider's "
                'name, kept and marked "agreement not recorded".'
            )
        if others:
            text += (
                f" {others} plan rule{'s' * (others != 1)} broken by the file's plan, "
                "kept as it was and marked in the calendar."
            )
        text += "".join(f"\n  {line}" for line in result.plan_notes())
    return text
