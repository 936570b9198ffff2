"""Plural forms in English: "%n day(s)" reads "1 day" or "89 days".

Window text goes through Qt's %n forms (ui.translations.tr(text, None, n)), so a
translation gives each language its own plural forms; where no translation has a form,
as in English, this rule applies. The command line, which has no Qt, uses it directly.
"""

from __future__ import annotations

_MARK = "(s)"


def numerus(text: str, n: int) -> str:
    """text with %n replaced by n and each "(s)" dropped for 1, made "s" otherwise."""
    return text.replace("%n", str(n)).replace(_MARK, "" if n == 1 else "s")


def count(n: int, word: str) -> str:
    """'1 day', '89 days': a number and a regular English noun that agrees with it."""
    return numerus(f"%n {word}(s)", n)
