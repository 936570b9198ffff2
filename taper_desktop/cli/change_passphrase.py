"""``taper-desktop change-passphrase``: a new passphrase, or a new recovery code."""

from __future__ import annotations

import argparse

from taper_desktop.cli.common import CliError, has_terminal, open_for
from taper_desktop.cli.encrypt import (
    add_new_passphrase_arg,
    new_passphrase,
    no_terminal_text,
    print_recovery_code,
)
from taper_desktop.cli.i18n import error_text, tr
from taper_desktop.domain.wording import fill
from taper_desktop.store import StoreError


def register(sub, common) -> None:
    p = sub.add_parser(
        "change-passphrase",
        parents=[common],
        help=tr("new passphrase (or a new recovery code)"),
        description=tr(
            "Give the current passphrase or recovery code, then the new passphrase "
            "(asked twice, or read from --new-passphrase-file). Only the key file "
            "is rewritten. With --new-recovery-code, makes a new recovery code "
            "instead and prints it; the old code stops working."
        ),
    )
    add_new_passphrase_arg(p)
    p.add_argument(
        "--new-recovery-code",
        action="store_true",
        help=tr("make a new recovery code instead of a new passphrase"),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from taper_desktop.store import encryption

    if not (args.new_recovery_code or args.new_passphrase_file or has_terminal()):
        raise CliError(no_terminal_text())
    store = open_for(args, create=False)
    try:
        if not store.encrypted:
            raise CliError(
                fill(tr("%1 is not protected with a passphrase; use encrypt"), store.data_dir)
            )
        try:
            if args.new_recovery_code:
                code = encryption.new_recovery_code(store)
            else:
                encryption.change_passphrase(store, new_passphrase(args))
        except StoreError as exc:
            raise CliError(fill(tr("%1; nothing was changed"), error_text(exc))) from None
    finally:
        store.close()
    if args.new_recovery_code:
        print(tr("The old recovery code no longer works."))
        print_recovery_code(code)
    else:
        print(tr("The passphrase is changed. The recovery code is the same as before."))
    return 0
