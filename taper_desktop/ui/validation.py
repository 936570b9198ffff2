"""Refused input (domain.errors.ValidationError) and other marked problems (any
domain.errors.WordedError, such as store.StoreError) in the person's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from taper_desktop.domain.errors import WordedError


def _translate(context: str, text: str) -> str:
    """Look a text up where lupdate filed it: an error's own text under its class's
    context ("validation", "store"), a marked value (domain.errors.Term) under its own
    context, such as "scales"."""
    return QCoreApplication.translate(context, text)


def translate(context: str, text: str, n: int = -1) -> str:
    """A marked text in the person's language; with a count n, Qt's plural form for n
    (the translate function exchange.problems' descriptions take)."""
    return QCoreApplication.translate(context, text, None, n)


def validation_text(error: WordedError) -> str:
    """The error's text translated, with its values filled (translated where marked)."""
    return error.translated(_translate)


def error_text(exc: BaseException) -> str:
    """An exception's message for the person: translated when it is a marked text, else
    as it is (an OSError's reason, say)."""
    if isinstance(exc, WordedError):
        return validation_text(exc)
    return str(exc)


def sentence(text: str) -> str:
    """A message fragment ("the key file ... is missing") as a sentence for a screen."""
    text = text.strip()
    if not text:
        return text
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")
