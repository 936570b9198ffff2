"""The report's words, numbers and dates in the report's language (no Qt).

How the report is translated: report/ has no Qt, so it cannot use QTranslator. Its
strings are marked ``translate("Report", "...")``, which pyside6-lupdate collects into
the same catalogues as the window's ``tr()`` strings; taper_desktop/catalogue.py reads
them without Qt (it is shared with the command line) and this module passes on its
names. A string with no finished translation prints in English.

Numbers and dates follow the language's CLDR locale through Babel, the data QLocale
uses in the window: a decimal comma in Spanish and German ("7,5 g"), dates in the
locale's numeric form with a four-digit year (es 4/3/2026, de 04.03.2026), weekday
names in the language. English writes the month's name (4 Mar 2026), as the window does
(ui/locale_format.py): English readers are split between month-first and day-first
numbers, and a month's name reads one way. Files (CSV, JSON) never go through here: they
keep ISO dates and a decimal point in every language.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from taper_desktop.catalogue import (
    SOURCE_LANGUAGE,
    available,
    language,
    resolve,
    system_language,
    tr,
    translate,
    translate_any,
    using,
)

if TYPE_CHECKING:
    from babel import Locale

__all__ = [
    "SOURCE_LANGUAGE",
    "available",
    "date",
    "decimal_point",
    "language",
    "number",
    "plain_number",
    "resolve",
    "short_date",
    "substance_name",
    "system_language",
    "timestamp",
    "tr",
    "translate",
    "translate_any",
    "using",
    "weekday",
]


def substance_name(name: str) -> str:
    """A plan's substance in the report's language (domain/substances.py shown_name)."""
    from taper_desktop.domain.substances import shown_name

    return shown_name(name, lambda text: translate("substances", text))


# ---- numbers and dates -------------------------------------------------------------
def _babel_locale() -> Locale:
    from babel import Locale  # loaded only when a report is made

    return Locale.parse(language())


def decimal_point() -> str:
    if language() == SOURCE_LANGUAGE:
        return "."
    from babel.numbers import get_decimal_symbol

    symbol: str = get_decimal_symbol(_babel_locale())
    return symbol


def number(value: float, digits: int = 1) -> str:
    """value with digits decimals and the language's decimal sign: 7.5 -> '7,5' (de)."""
    return f"{value:.{digits}f}".replace(".", decimal_point())


def plain_number(text: str) -> str:
    """A number already written with a point (format_amount, :g) in the language's form."""
    return text.replace(".", decimal_point())


def _pattern() -> str:
    from babel.dates import get_date_format

    pattern = get_date_format("short", locale=_babel_locale()).pattern
    return pattern.replace("yyyy", "y").replace("yy", "y").replace("y", "yyyy")


def date(day: dt.date) -> str:
    """A date as the window writes it: '4 Mar 2026' in English, else the language's
    numeric form."""
    if language() == SOURCE_LANGUAGE:
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    from babel.dates import format_date

    return format_date(day, _pattern(), locale=_babel_locale())


def weekday(day: dt.date) -> str:
    """The abbreviated weekday name: 'Wed', 'mié', 'Mi.'."""
    if language() == SOURCE_LANGUAGE:
        return ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[day.weekday()]
    from babel.dates import format_date

    return format_date(day, "EEE", locale=_babel_locale())


def short_date(day: dt.date) -> str:
    """Day and month for a chart axis: '4 Mar' (en), '4 mar' (es), '4. März' (de)."""
    if language() == SOURCE_LANGUAGE:
        return f"{day.day} {_MONTHS[day.month - 1]}"
    from babel.dates import format_skeleton

    return format_skeleton("MMMd", day, locale=_babel_locale())


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def timestamp(moment: dt.datetime) -> str:
    return f"{date(moment.date())} {moment:%H:%M}"
