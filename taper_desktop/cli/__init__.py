"""The command line (design.md "Command line"). Exit 0 on success, 2 on a usage
error, 1 on a data error, always with one line on stderr naming the problem."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence

import taper_desktop
from taper_desktop import APP_NAME, catalogue
from taper_desktop.cli.i18n import argparse_speaks, error_text, from_environment, tr
from taper_desktop.domain.errors import WordedError
from taper_desktop.domain.wording import fill
from taper_desktop.paths import ENV_VAR

# Each module has register(subparsers) and sets func(args) -> int on its parser.
COMMANDS = [
    "demo",
    "schedule",
    "export_csv",
    "export_json",
    "import_csv",
    "import_json",
    "report",
    "check_db",
    "encrypt",
    "change_passphrase",
    "decrypt",
    "export_fhir",
    "export_ics",
]


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line and exits 2. Its own words (usage:,
    headings, -h, its error messages) are in the person's language while it is built and
    parses (cli.i18n.argparse_speaks)."""

    def error(self, message: str):
        self.exit(2, fill(tr("%1: %2 (see --help)"), self.prog, message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    # A plain parser: its group titles must be argparse's own when a command takes it in
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=fill(
            tr("folder holding the data (default: %1, else the user data folder)"), f"${ENV_VAR}"
        ),
    )
    common.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help=tr(
            "for a folder protected with a passphrase: read the passphrase (or the "
            "recovery code) from the first line of FILE instead of asking on the terminal"
        ),
    )
    parser = _Parser(
        prog=APP_NAME,
        parents=[common],
        description=tr(
            "Taper Desktop: keep a taper plan agreed with your provider, a daily "
            "symptom check-in and trends, offline. Without a command, opens the window."
        ),
        epilog=tr("Exit status: 0 success, 1 data error, 2 usage error."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {taper_desktop.__version__}",
        help=tr("show the version number and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        importlib.import_module(f"taper_desktop.cli.{name}").register(sub, common)
    return parser


def _window_only(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, the data folder or None) when argv only opens the window (nothing, or
    --data-dir DIR); (False, None) otherwise. Opening the window then skips building
    every command's parser."""
    argv = list(argv)
    if not argv:
        return True, None
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > 11:
        return True, argv[0][11:]
    if len(argv) == 2 and argv[0] == "--data-dir" and argv[1] and not argv[1].startswith("-"):
        return True, argv[1]
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    try:
        try:
            code = _main(argv)
        except SystemExit:  # argparse after --help, --version or a usage error
            sys.stdout.flush()
            raise
        sys.stdout.flush()  # a pipe is block-buffered: a closed reader shows up here
        return code
    except BrokenPipeError:
        # The reader went away (e.g. piped into head): it has what it wanted. Nothing
        # more can be written there, and Python's own flush at exit must not fail either.
        _drop_stdout()
        return 0


def _drop_stdout() -> None:
    # (not a real file, as in a test's capture: nothing to do)
    with contextlib.suppress(AttributeError, OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _main(argv: Sequence[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    window, window_dir = _window_only(argv)
    os.umask(0o077)  # everything the app writes is readable by its owner only
    if window:
        import gc

        gc.disable()  # start-up only makes objects that live on; app.run_window re-enables it
        from taper_desktop.app import run_window

        return run_window(window_dir)
    # The environment's language until a data folder is open (then the app's setting).
    with catalogue.using(from_environment()):
        return _command(argv)


def _command(argv: list[str]) -> int:
    with argparse_speaks():  # argparse's own words in the person's language
        args = build_parser().parse_args(argv)
    from taper_desktop.cli.common import CliError, UsageError

    data_dir = getattr(args, "data_dir", None)
    try:
        if args.command is None:
            from taper_desktop.app import run_window

            return run_window(data_dir)
        return args.func(args)
    except UsageError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 2
    except (CliError, WordedError) as exc:  # refused input, a problem with the data folder
        print(f"{APP_NAME}: {error_text(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
