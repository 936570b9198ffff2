"""The one placeholder style of translatable texts, and plural forms in English.

Placeholders: every translatable text names its values %1, %2, ... %9 (Qt's style, so a
translation may put them in any order) and a count %n (Qt's plural forms). Never %s, %d
or {name}. `fill(text, *values)` puts the values in, in one pass, so a value that itself
contains "%2" is left alone.

Plural forms in English: "%n day(s)" reads "1 day" or "89 days".

Window text goes through Qt's %n forms (ui.translations.tr(text, None, n)), so a
translation gives each language its own plural forms; where no translation has a form,
as in English, this rule applies. The command line, which has no Qt, uses it directly.
"""

from __future__ import annotations

import re

_MARK = "(s)"
_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """text with %1 replaced by the first value, %2 by the second, and so on.

    Each value is turned into text with str(); a placeholder without a value is left as
    it is, so a missing value shows up in tests rather than vanishing."""

    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(one, text)


def numerus(text: str, n: int) -> str:
    """text with %n replaced by n and each "(s)" ("(es)") dropped for 1, made "s" ("es")
    otherwise."""
    text = text.replace("%n", str(n)).replace("(es)", "" if n == 1 else "es")
    return text.replace(_MARK, "" if n == 1 else "s")


def count(n: int, word: str) -> str:
    """'1 day', '89 days': a number and a regular English noun that agrees with it."""
    return numerus(f"%n {word}(s)", n)
