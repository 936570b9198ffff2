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
from taper_desktop.cli.i18n import error_text, tr
from taper_desktop.domain.wording import fill
from taper_desktop.store import StoreError


def register(sub, common) -> None:
    p = sub.add_parser(
        "encrypt",
        parents=[common],
        help=tr("protect the folder with a passphrase"),
        description=tr(
            "Encrypt the database and its backups (SQLCipher) with a new passphrase, "
            "asked twice on the terminal or read from --new-passphrase-file. Prints "
            "a recovery code once, on a line starting 'Recovery code: '. Keep it "
            "safe: without the passphrase and the recovery code nobody can recover "
            "the data."
        ),
    )
    add_new_passphrase_arg(p)
    p.set_defaults(func=run)


def no_terminal_text() -> str:
    return tr(
        "there is no terminal to ask for the new passphrase; give it with "
        "--new-passphrase-file FILE (first line)"
    )


def add_new_passphrase_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        type=Path,
        help=tr("read the new passphrase from the first line of FILE"),
    )


def new_passphrase(args: argparse.Namespace) -> str:
    """The new passphrase: from --new-passphrase-file, else asked twice without echo."""
    from taper_desktop.store.keyfile import passphrase_problem

    if args.new_passphrase_file:
        passphrase = first_line(args.new_passphrase_file, "--new-passphrase-file")
    elif not has_terminal():
        raise CliError(no_terminal_text())
    else:
        passphrase = ask_hidden(tr("New passphrase: "))
        if ask_hidden(tr("The same passphrase again: ")) != passphrase:
            raise CliError(tr("the two passphrases differ; nothing was changed"))
    problem = passphrase_problem(passphrase)
    if problem:
        raise CliError(fill(tr("%1; nothing was changed"), error_text(problem)))
    return passphrase


def print_recovery_code(code: str) -> None:
    print(
        tr(
            "Write down this recovery code and keep it apart from this computer. It opens "
            "the diary when the passphrase is forgotten; it is shown only now. Without both "
            "the passphrase and this code nobody can recover the data."
        )
    )
    # The line scripts look for: "Recovery code: " in every language (see --help).
    print(f"Recovery code: {code}")


def describe_copies(done) -> None:
    for path in done.converted:
        print(fill(tr("Converted %1"), path.name))
    for path in done.removed:
        print(fill(tr("Deleted %1: it could not be read, so it could not be converted"), path.name))


def run(args: argparse.Namespace) -> int:
    from taper_desktop.store import encryption

    if not args.new_passphrase_file and not has_terminal():
        raise CliError(no_terminal_text())
    refuse_if_window_open(args)
    store = open_for(args)
    try:
        if store.encrypted:
            raise CliError(
                fill(
                    tr(
                        "%1 is already protected with a passphrase; use "
                        "change-passphrase to change it"
                    ),
                    store.data_dir,
                )
            )
        passphrase = new_passphrase(args)
        try:
            done = encryption.encrypt(store, passphrase)
        except StoreError as exc:
            raise CliError(fill(tr("%1; the diary is unchanged"), error_text(exc))) from None
    finally:
        store.close()
    print(fill(tr("The diary in %1 is now encrypted."), store.data_dir))
    describe_copies(done)
    print_recovery_code(done.recovery_code)
    return 0
