"""``taper-desktop encrypt``: protect the data folder with a passphrase."""

from __future__ import annotations

import argparse
from pathlib import Path

from taper_desktop.cli.common import (
    CliError,
    ask_hidden,
    first_line,
    has_terminal,
    open_for,
    refuse_if_window_open,
)
from taper_desktop.store import StoreError


def register(sub, common) -> None:
    p = sub.add_parser(
        "encrypt",
        parents=[common],
        help="protect the folder with a passphrase",
        description="Encrypt the database and its backups (SQLCipher) with a new passphrase, "
        "asked twice on the terminal or read from --new-passphrase-file. Prints "
        "a recovery code once, on a line starting 'Recovery code: '. Keep it "
        "safe: without the passphrase and the recovery code nobody can recover "
        "the data.",
    )
    add_new_passphrase_arg(p)
    p.set_defaults(func=run)


def add_new_passphrase_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        type=Path,
        help="read the new passphrase from the first line of FILE",
    )


def new_passphrase(args: argparse.Namespace) -> str:
    """The new passphrase: from --new-passphrase-file, else asked twice without echo."""
    from taper_desktop.store.keyfile import passphrase_problem

    if args.new_passphrase_file:
        passphrase = first_line(args.new_passphrase_file, "--new-passphrase-file")
    elif not has_terminal():
        raise CliError(
            "there is no terminal to ask for the new passphrase; give it with "
            "--new-passphrase-file FILE (first line)"
        )
    else:
        passphrase = ask_hidden("New passphrase: ")
        if ask_hidden("The same passphrase again: ") != passphrase:
            raise CliError("the two passphrases differ; nothing was changed")
    problem = passphrase_problem(passphrase)
    if problem:
        raise CliError(f"{problem}; nothing was changed")
    return passphrase


def print_recovery_code(code: str) -> None:
    print(
        "Write down this recovery code and keep it apart from this computer. It opens "
        "the diary when the passphrase is forgotten; it is shown only now. Without both "
        "the passphrase and this code nobody can recover the data."
    )
    print(f"Recovery code: {code}")


def describe_copies(done) -> None:
    for path in done.converted:
        print(f"Converted {path.name}")
    for path in done.removed:
        print(f"Deleted {path.name}: it could not be read, so it could not be converted")


def run(args: argparse.Namespace) -> int:
    from taper_desktop.store import encryption

    if not args.new_passphrase_file and not has_terminal():
        raise CliError(
            "there is no terminal to ask for the new passphrase; give it with "
            "--new-passphrase-file FILE (first line)"
        )
    refuse_if_window_open(args)
    store = open_for(args)
    try:
        if store.encrypted:
            raise CliError(
                f"{store.data_dir} is already protected with a passphrase; use "
                "change-passphrase to change it"
            )
        passphrase = new_passphrase(args)
        try:
            done = encryption.encrypt(store, passphrase)
        except StoreError as exc:
            raise CliError(f"{exc}; the diary is unchanged") from None
    finally:
        store.close()
    print(f"The diary in {store.data_dir} is now encrypted.")
    describe_copies(done)
    print_recovery_code(done.recovery_code)
    return 0
