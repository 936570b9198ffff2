"""A marker for text the UI translates later, so domain/ stays Qt-free.

pyside6-lupdate reads ``QT_TRANSLATE_NOOP("context", "text")`` calls in the source and files
the text under that context; at run time the marker returns the text unchanged, and the UI
looks it up with ``QCoreApplication.translate(context, text)`` where it shows it.

A text with a count (%n) is marked with ``translate("context", "text", None, 0)`` instead:
lupdate files a call of that shape as a plural message, so each language gets its own
plural forms (lupdate has no plural form of QT_TRANSLATE_NOOP for Python). The UI looks
it up with the count: ``QCoreApplication.translate(context, text, None, n)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    """Mark text for translation without translating it."""
    return text


def translate(_context: str, text: str, _disambiguation: None = None, _n: int = 0) -> str:
    """Mark a text with a count (%n) as a plural message, without translating it."""
    return text
