"""A marker for text the UI translates later, so domain/ stays Qt-free.

pyside6-lupdate reads ``QT_TRANSLATE_NOOP("context", "text")`` calls in the source and files
the text under that context; at run time the marker returns the text unchanged, and the UI
looks it up with ``QCoreApplication.translate(context, text)`` where it shows it.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    """Mark text for translation without translating it."""
    return text
