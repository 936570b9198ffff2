"""Refused input and other problems, in words each layer can show in the person's language.

A WordedError is an exception whose message is a marked English text with %1..%9 and the
values that fill them; it is translated where it is shown, never where it is raised.
ValidationError is one; store.StoreError (a problem with the database or key file) and
the passphrase rules of store.keyfile are others. Each subclass names the catalogue
context its texts are marked under (``context``).

A ValidationError says what is wrong with input a person (or a file) gave: a setting, a
score, a measure, a dose, a plan. It is not a programming error, so the window shows its
text to the person; any other exception is a bug and is never dressed up as a message
about their input.

It carries an English text with %1..%9 placeholders (domain.wording.fill) and the values
that fill them. The text is marked for pyside6-lupdate under the context "validation"
(``QT_TRANSLATE_NOOP(CONTEXT, "...")`` where it is written), so:

- ``str(error)`` is the English text filled (command line, logs, tests);
- ``error.translated(translate)`` is the text in the person's language, where translate
  is ``QCoreApplication.translate`` (context, text) -> text; the window uses
  ``ui.validation.validation_text(error)``.

A value may itself be a ValidationError (a problem inside a larger one) or a Term (a word
marked under another context, such as a measure's label): both are translated too.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import NamedTuple

from taper_desktop.domain.formatting import format_amount
from taper_desktop.domain.wording import fill

CONTEXT = "validation"

Translate = Callable[[str, str], str]


class Term(NamedTuple):
    """A word marked for translation under its own context, used as a value."""

    context: str
    text: str


def _same(_context: str, text: str) -> str:
    return text


class WordedError(Exception):
    """An English text with %1..%9, marked under ``context``, and the values that fill it.

    ``str(error)`` is the English text filled; ``error.translated(translate)`` is the
    person's language (the window: ui.validation.validation_text; the command line:
    cli.i18n.error_text)."""

    context = CONTEXT

    def __init__(self, text: str, *values: object) -> None:
        self.text = text
        self.values = values
        super().__init__(self.translated(_same))

    def translated(self, translate: Translate) -> str:
        """The text in translate's language, its values filled (translated where marked)."""
        return fill(translate(self.context, self.text), *(show(v, translate) for v in self.values))

    def __str__(self) -> str:
        return self.translated(_same)


class ValidationError(WordedError, ValueError):
    """Input refused: an English text with %1..%9 and the values that fill it."""


def show(value: object, translate: Translate = _same) -> str:
    """A value as it reads inside a message: dates as YYYY-MM-DD, amounts as typed (7.5,
    not 7.500000001), marked words and nested problems translated."""
    if isinstance(value, WordedError):
        return value.translated(translate)
    if isinstance(value, Term):
        return translate(value.context, value.text) if value.text else ""
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, float):
        return format_amount(value) if math.isfinite(value) else str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
