"""The report's words, numbers and dates in the report's language (no Qt).

How the report is translated: report/ has no Qt, so it cannot use QTranslator. Its
strings are marked ``translate("Report", "...")``, which pyside6-lupdate collects into
the same catalogues as the window's ``tr()`` strings
(resources/translations/taper_desktop_<lang>.ts). At run time this module reads the
catalogue of the report's language with ElementTree (the .ts file is XML; the
compiled .qm is Qt's private format) and looks strings up under their context. A
string with no finished translation prints in English.

Numbers and dates follow the language's CLDR locale through Babel, the data QLocale
uses in the window: a decimal comma in Spanish and German ("7,5 g"), dates in the
locale's numeric form with a four-digit year (es 4/3/2026, de 04.03.2026), weekday
names in the language. English keeps ISO dates (2026-03-04): English readers are split
between month-first and day-first, and ISO reads one way. Files (CSV, JSON) never go
through here: they keep ISO dates and a decimal point in every language.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import xml.etree.ElementTree as ET
from contextvars import ContextVar
from functools import lru_cache

from taper_desktop.resources import resource_path

TRANSLATIONS = resource_path("translations")
SOURCE_LANGUAGE = "en"


def available() -> list[str]:
    """Language codes that have a catalogue (en, de, es, ...)."""
    return sorted(p.stem.split("_", 2)[-1] for p in TRANSLATIONS.glob("taper_desktop_*.ts"))


def system_language(environ=os.environ) -> str:
    """The language of the computer's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var, "")
        if value:
            code = value.split(":")[0].split(".")[0].split("_")[0].lower()
            if code not in ("c", "posix"):
                return code
    return SOURCE_LANGUAGE


def resolve(language: str, environ=os.environ) -> str:
    """A language setting ("system" or a code) as a code that has a catalogue."""
    code = system_language(environ) if language in ("", "system") else language
    code = code.split("_")[0].lower()
    return code if code in available() else SOURCE_LANGUAGE


@lru_cache(maxsize=8)
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, from the language's .ts file."""
    path = TRANSLATIONS / f"taper_desktop_{language}.ts"
    if language == SOURCE_LANGUAGE or not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                continue
            if translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found


_current: ContextVar[str] = ContextVar("report_language", default=SOURCE_LANGUAGE)


@contextlib.contextmanager
def using(language: str):
    """Within the block, translate() and the formatters speak language."""
    token = _current.set(language)
    try:
        yield
    finally:
        _current.reset(token)


def language() -> str:
    return _current.get()


def translate(context: str, text: str) -> str:
    """text in the current report language (English when not translated)."""
    return catalogue(_current.get()).get((context, text), text)


# ---- numbers and dates -------------------------------------------------------------
def _babel_locale():
    from babel import Locale  # loaded only when a report is made

    return Locale.parse(_current.get())


def decimal_point() -> str:
    if _current.get() == SOURCE_LANGUAGE:
        return "."
    from babel.numbers import get_decimal_symbol

    return get_decimal_symbol(_babel_locale())


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
    """A date in the language's numeric form (ISO in English)."""
    if _current.get() == SOURCE_LANGUAGE:
        return day.isoformat()
    from babel.dates import format_date

    return format_date(day, _pattern(), locale=_babel_locale())


def weekday(day: dt.date) -> str:
    """The abbreviated weekday name: 'Wed', 'mié', 'Mi.'."""
    if _current.get() == SOURCE_LANGUAGE:
        return ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[day.weekday()]
    from babel.dates import format_date

    return format_date(day, "EEE", locale=_babel_locale())


def short_date(day: dt.date) -> str:
    """Day and month for a chart axis: '4 Mar' (en), '4 mar' (es), '4. März' (de)."""
    if _current.get() == SOURCE_LANGUAGE:
        return f"{day.day} {_MONTHS[day.month - 1]}"
    from babel.dates import format_skeleton

    return format_skeleton("MMMd", day, locale=_babel_locale())


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def timestamp(moment: dt.datetime) -> str:
    return f"{date(moment.date())} {moment:%H:%M}"


@lru_cache(maxsize=8)
def _any_context(language: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for (_context, source), text in catalogue(language).items():
        found.setdefault(source, text)
    return found


def translate_any(text: str) -> str:
    """A text that another layer marked for translation (a scale item, a band name, a
    measure), looked up under whichever context the catalogue files it."""
    return _any_context(_current.get()).get(text, text)
