"""Shared pieces of the subcommands."""

from __future__ import annotations

import argparse

from taper_desktop.domain.days import parse_day
from taper_desktop.paths import data_dir
from taper_desktop.store import Store, StoreError, open_store


class CliError(Exception):
    """A data error: exit 1 with this one line."""


class UsageError(Exception):
    """A usage error found after parsing: exit 2 with this one line."""


def open_for(args: argparse.Namespace, *, create: bool = True) -> Store:
    try:
        return open_store(data_dir(getattr(args, "data_dir", None)), create=create)
    except StoreError as exc:
        raise CliError(str(exc)) from None


def day_arg(text: str):
    """argparse type for YYYY-MM-DD dates."""
    try:
        return parse_day(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
