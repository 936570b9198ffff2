"""``taper-desktop decrypt``: back to an unencrypted store."""

from __future__ import annotations

import argparse

from taper_desktop.cli.common import CliError, has_terminal, open_for, refuse_if_window_open
from taper_desktop.cli.encrypt import describe_copies
from taper_desktop.store import StoreError


def register(sub, common) -> None:
    p = sub.add_parser(
        "decrypt",
        parents=[common],
        help="back to an unencrypted store",
        description="Give the current passphrase or recovery code; the database and its "
        "backups are written back unencrypted and the key file is removed. "
        "Asks to confirm on the terminal; without a terminal --yes is needed.",
    )
    p.add_argument("--yes", action="store_true", help="do not ask to confirm")
    p.set_defaults(func=run)


def confirm() -> bool:
    """Replaced in tests."""
    answer = input("Store the diary unencrypted on this computer? Type yes to go on: ")
    return answer.strip().lower() == "yes"


def run(args: argparse.Namespace) -> int:
    from taper_desktop.store import encryption

    if not args.yes and not has_terminal():
        raise CliError("decrypt needs --yes when there is no terminal to confirm on")
    refuse_if_window_open(args)
    store = open_for(args, create=False)
    try:
        if not store.encrypted:
            raise CliError(f"{store.data_dir} is not protected with a passphrase")
        if not args.yes and not confirm():
            raise CliError("not confirmed; nothing was changed")
        try:
            done = encryption.decrypt(store)
        except StoreError as exc:
            raise CliError(f"{exc}; the diary is unchanged") from None
    finally:
        store.close()
    print(f"The diary in {store.data_dir} is no longer encrypted.")
    describe_copies(done)
    return 0
