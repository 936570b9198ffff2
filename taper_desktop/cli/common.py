"""Shared pieces of the subcommands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from taper_desktop.cli.i18n import error_text, follow_settings, tr
from taper_desktop.domain.days import parse_day
from taper_desktop.domain.wording import fill
from taper_desktop.paths import data_dir
from taper_desktop.store import Store, StoreError, open_store


class CliError(Exception):
    """A data error: exit 1 with this one line."""


class UsageError(Exception):
    """A usage error found after parsing: exit 2 with this one line."""


def has_terminal() -> bool:
    """True when a person can be asked on the terminal (never asked otherwise: no hang)."""
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def first_line(path: Path, option: str) -> str:
    """The first line of a passphrase file, without its line ending."""
    try:
        with open(path, encoding="utf-8") as fh:
            line = fh.readline()
    except OSError as exc:
        raise CliError(fill(tr("%1 %2: cannot read it (%3)"), option, path, exc.strerror)) from None
    except UnicodeDecodeError:
        raise CliError(fill(tr("%1 %2: the file is not UTF-8 text"), option, path)) from None
    return line.rstrip("\r\n")


def ask_hidden(prompt: str) -> str:
    """Read a line without echo (getpass). Replaced in tests."""
    import getpass

    return getpass.getpass(prompt)


def current_secret(args: argparse.Namespace) -> str:
    """The passphrase or recovery code of an encrypted folder: from --passphrase-file,
    else asked without echo; never from argv or the environment."""
    path = getattr(args, "passphrase_file", None)
    if path:
        return first_line(Path(path), "--passphrase-file")
    if not has_terminal():
        raise CliError(
            tr(
                "this diary is protected with a passphrase and there is no terminal "
                "to ask on; give it with --passphrase-file FILE (first line)"
            )
        )
    return ask_hidden(tr("Passphrase or recovery code: "))


def open_for(args: argparse.Namespace, *, create: bool = True) -> Store:
    """Open the folder's store; an encrypted one is unlocked with current_secret()."""
    from taper_desktop.store import encryption

    folder = data_dir(getattr(args, "data_dir", None))
    try:
        key = None
        if encryption.folder_state(folder) == encryption.ENCRYPTED:
            encryption.check_key_file(folder)  # a missing key file is named before asking
            secret = current_secret(args)
            try:
                key = encryption.unlock(folder, secret)
            except encryption.WrongSecret as exc:
                raise CliError(fill(tr("%1; nothing was changed"), error_text(exc))) from None
        store = open_store(folder, create=create, key=key)
        if store.encrypted:
            encryption.sweep(store)
        follow_settings(store)  # from now on the app's language setting
        return store
    except StoreError as exc:
        raise CliError(error_text(exc)) from None


def day_arg(text: str):
    """argparse type for YYYY-MM-DD dates."""
    try:
        return parse_day(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(error_text(exc)) from None


def refuse_if_window_open(args: argparse.Namespace) -> None:
    """A conversion replaces the database file: never under an open window."""
    from taper_desktop.paths import window_is_open

    folder = data_dir(getattr(args, "data_dir", None))
    if window_is_open(folder):
        raise CliError(
            fill(tr("Taper Desktop is open with %1; close it first (nothing was changed)"), folder)
        )
