"""``taper-desktop decrypt``: back to an unencrypted store."""

from __future__ import annotations

import argparse

from taper_desktop.cli.common import CliError, has_terminal, open_for, refuse_if_window_open
from taper_desktop.cli.encrypt import describe_copies
from taper_desktop.cli.i18n import error_text, tr
from taper_desktop.domain.wording import fill
from taper_desktop.store import StoreError


def register(sub, common) -> None:
    p = sub.add_parser(
        "decrypt",
        parents=[common],
        help=tr("back to an unencrypted store"),
        description=tr(
            "Give the current passphrase or recovery code; the database and its "
            "backups are written back unencrypted and the key file is removed. "
            "Asks to confirm on the terminal; without a terminal --yes is needed."
        ),
    )
    p.add_argument("--yes", action="store_true", help=tr("do not ask to confirm"))
    p.set_defaults(func=run)


def confirm() -> bool:
    """Replaced in tests."""
    answer = input(tr("Store the diary unencrypted on this computer? Type yes to go on: "))
    # "yes" as the question names it in the person's language; English "yes" always works
    return answer.strip().lower() in ("yes", tr("yes").lower())


def run(args: argparse.Namespace) -> int:
    from taper_desktop.store import encryption

    if not args.yes and not has_terminal():
        raise CliError(tr("decrypt needs --yes when there is no terminal to confirm on"))
    refuse_if_window_open(args)
    store = open_for(args, create=False)
    try:
        if not store.encrypted:
            raise CliError(fill(tr("%1 is not protected with a passphrase"), store.data_dir))
        if not args.yes and not confirm():
            raise CliError(tr("not confirmed; nothing was changed"))
        try:
            done = encryption.decrypt(store)
        except StoreError as exc:
            raise CliError(fill(tr("%1; the diary is unchanged"), error_text(exc))) from None
    finally:
        store.close()
    print(fill(tr("The diary in %1 is no longer encrypted."), store.data_dir))
    describe_copies(done)
    return 0
