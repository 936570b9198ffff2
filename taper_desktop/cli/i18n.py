"""The command line in the person's language, from the app's catalogues, without Qt.

Texts are marked ``tr("...")`` (plural texts ``tr("... %n ...", None, n)``), the same
call the window uses, so pyside6-lupdate collects them into the same catalogues
(resources/translations/*.ts); taper_desktop/catalogue.py reads them here. Values go into
%1..%9 with domain.wording.fill.

The language: the environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) when the command
starts, so --help and usage errors speak it; once a data folder is open, the app's
language setting (Settings; "system" is again the environment's). English otherwise.
Files written (CSV, JSON, FHIR, iCalendar) never depend on the language.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
from collections.abc import Iterator, Mapping
from typing import Any

from taper_desktop import catalogue
from taper_desktop.catalogue import tr
from taper_desktop.domain.errors import WordedError
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.domain.wording import fill

__all__ = [
    "argparse_speaks",
    "error_text",
    "follow_settings",
    "from_environment",
    "tr",
    "translate",
]


def from_environment(environ: Mapping[str, str] = os.environ) -> str:
    """The language code the environment asks for, when it has a catalogue (else "en")."""
    return catalogue.resolve("system", environ)


def follow_settings(store: Any) -> None:
    """Speak the app's language setting from now on (the folder's store is open)."""
    from taper_desktop.store import settings

    catalogue.set_language(catalogue.resolve(settings.get(store, "language")))


def translate(context: str, text: str, n: int = -1) -> str:
    """A marked text in the person's language; with a count n, its plural form (the
    translate function exchange.problems' descriptions take)."""
    return catalogue.translate(context, text, None, n)


def error_text(exc: BaseException) -> str:
    """An exception's message for the person, in their language when it is a marked text:
    a refused input (domain ValidationError), a problem with the database or the key file
    (store.StoreError), a passphrase rule."""
    if isinstance(exc, WordedError):
        return exc.translated(translate)
    return str(exc)


# ---- argparse's own words ------------------------------------------------------------
CONTEXT = "argparse"

# argparse's message (its gettext msgid, with its %s / %(name)r placeholders) -> the same
# message marked for the catalogue in the one placeholder style, %1, %2... in the order
# argparse's placeholders appear. Only what a person meets: --help headings and the
# refusals of what they typed (tests/cli/test_cli_language.py checks the two agree).
ARGPARSE_TEXTS = {
    "usage: ": QT_TRANSLATE_NOOP("argparse", "usage: "),
    "positional arguments": QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    "options": QT_TRANSLATE_NOOP("argparse", "options"),
    "show this help message and exit": QT_TRANSLATE_NOOP(
        "argparse", "show this help message and exit"
    ),
    "argument %(argument_name)s: %(message)s": QT_TRANSLATE_NOOP("argparse", "argument %1: %2"),
    "the following arguments are required: %s": QT_TRANSLATE_NOOP(
        "argparse", "the following arguments are required: %1"
    ),
    "one of the arguments %s is required": QT_TRANSLATE_NOOP(
        "argparse", "one of the arguments %1 is required"
    ),
    "unrecognized arguments: %s": QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %1"),
    "invalid choice: %(value)r (choose from %(choices)s)": QT_TRANSLATE_NOOP(
        "argparse", "invalid choice: %1 (choose from %2)"
    ),
    "invalid %(type)s value: %(value)r": QT_TRANSLATE_NOOP("argparse", "invalid %1 value: %2"),
    "expected one argument": QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    "expected at most one argument": QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    "expected at least one argument": QT_TRANSLATE_NOOP(
        "argparse", "expected at least one argument"
    ),
    "ambiguous option: %(option)s could match %(matches)s": QT_TRANSLATE_NOOP(
        "argparse", "ambiguous option: %1 could match %2"
    ),
    "ignored explicit argument %r": QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %1"),
    "not allowed with argument %s": QT_TRANSLATE_NOOP("argparse", "not allowed with argument %1"),
}
ARGPARSE_PLACEHOLDER = re.compile(r"%(?:\([a-z_]+\))?[sr]")


def argparse_text(message: Any) -> Any:
    """argparse's gettext: its message in the person's language, its own placeholders put
    back for it to fill. A message not in ARGPARSE_TEXTS (or not text) stays as it is."""
    marked = ARGPARSE_TEXTS.get(message) if isinstance(message, str) else None
    if marked is None:
        return message
    return fill(catalogue.translate(CONTEXT, marked), *ARGPARSE_PLACEHOLDER.findall(message))


@contextlib.contextmanager
def argparse_speaks() -> Iterator[None]:
    """Within the block, argparse's own words (usage:, headings, the -h help, its error
    messages) are in the person's language.

    The decision: argparse looks every message up with ``_()``, the ``gettext`` it
    imported into its module, at the moment it uses the message (building a parser,
    formatting --help, refusing an argument). For that block, this swaps the module's
    ``_`` for argparse_text, which looks the message up in the app's own catalogues.
    So one set of catalogues (resources/translations/*.ts) holds every word the command
    line says, in the project's %1 placeholder style, and no gettext .mo files for an
    "argparse" domain need to be built and shipped beside them. Overriding argparse's
    methods instead would mean copying its message-making code. The swap is undone
    afterwards, so nothing else using argparse in the same process is touched.
    Plural messages (ngettext: "expected %s arguments", for nargs=N, which no command
    uses) stay English.
    """
    names = vars(argparse)  # (the stubs do not declare its "_")
    original = names["_"]
    names["_"] = argparse_text
    try:
        yield
    finally:
        names["_"] = original
