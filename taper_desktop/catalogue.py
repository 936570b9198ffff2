"""The translation catalogues read without Qt, for the report and the command line.

Texts outside the window are marked ``translate("Context", "...")``, or ``tr("...")`` and,
for a count, ``tr("... %n ...", None, n)`` (pyside6-lupdate reads plural forms only from
tr() calls, and files them under the empty context, as the window's). lupdate collects
them into the same catalogues as the window's strings (resources/translations/
taper_desktop_<lang>.ts). This module reads the catalogue of the current language with
ElementTree (the .ts file is XML; the compiled .qm is Qt's private format) and looks
texts up under their context. A text with no finished translation stays English, where
%n plurals follow domain/wording.py ("%n day(s)": "1 day", "89 days").

The current language is a context variable: `using(code)` sets it for a block (a report
in the language chosen in its dialog); `set_language(code)` sets it for the rest of a
command-line run.
"""

from __future__ import annotations

import contextlib
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from functools import lru_cache

from taper_desktop.domain.wording import numerus
from taper_desktop.resources import resource_path

TRANSLATIONS = resource_path("translations")
SOURCE_LANGUAGE = "en"
_SKIPPED = ("unfinished", "obsolete", "vanished")


def available() -> list[str]:
    """Language codes that have a catalogue (en, de, es, ...)."""
    return sorted(p.stem.split("_", 2)[-1] for p in TRANSLATIONS.glob("taper_desktop_*.ts"))


def system_language(environ: Mapping[str, str] = os.environ) -> str:
    """The language of the computer's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var, "")
        if value:
            code = value.split(":")[0].split(".")[0].split("_")[0].lower()
            if code not in ("c", "posix"):
                return code
    return SOURCE_LANGUAGE


def resolve(language: str, environ: Mapping[str, str] = os.environ) -> str:
    """A language setting ("system" or a code) as a code that has a catalogue."""
    code = system_language(environ) if language in ("", "system") else language
    code = code.split("_")[0].lower()
    return code if code in available() else SOURCE_LANGUAGE


Key = tuple[str, str]  # (context, source text)


@lru_cache(maxsize=8)
def _read(language: str) -> tuple[dict[Key, str], dict[Key, tuple[str, ...]]]:
    """The language's finished translations: plain texts, and the plural forms of %n texts."""
    path = TRANSLATIONS / f"taper_desktop_{language}.ts"
    plain: dict[Key, str] = {}
    plural: dict[Key, tuple[str, ...]] = {}
    if language == SOURCE_LANGUAGE or not path.exists():
        return plain, plural
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in _SKIPPED:
                continue
            key = (name, message.findtext("source") or "")
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if forms and all(forms):
                    plural[key] = forms
            elif translation.text:
                plain[key] = translation.text
    return plain, plural


def catalogue(language: str) -> dict[Key, str]:
    """(context, source) -> finished translation, from the language's .ts file."""
    return _read(language)[0]


def plural_form(language: str, n: int) -> int:
    """Which of a language's plural forms a count takes, in the order Qt's catalogues list
    them: one form (ja, ko, th, vi, zh), 0 and 1 alike (fr, pt), else one and other."""
    if language in ("ja", "ko", "th", "vi", "zh"):
        return 0
    if language in ("fr", "pt"):
        return 0 if n in (0, 1) else 1
    return 0 if n == 1 else 1


_current: ContextVar[str] = ContextVar("text_language", default=SOURCE_LANGUAGE)


@contextlib.contextmanager
def using(language: str) -> Iterator[None]:
    """Within the block, translate() speaks language."""
    token = _current.set(language)
    try:
        yield
    finally:
        _current.reset(token)


def set_language(language: str) -> None:
    """From now on translate() speaks language (the command line, once per run)."""
    _current.set(language)


def language() -> str:
    return _current.get()


def translate(context: str, text: str, disambiguation: None = None, n: int = -1) -> str:
    """text in the current language (English when not translated). With a count n, the
    text has a %n, filled with n in the language's plural form."""
    if n < 0:
        return catalogue(_current.get()).get((context, text), text)
    forms = _read(_current.get())[1].get((context, text))
    if forms is None:
        return numerus(text, n)
    form = forms[min(plural_form(_current.get(), n), len(forms) - 1)]
    return form.replace("%n", str(n))


def unit_plural(text: str, n: int) -> str:
    """A counted unit's form for n (domain/formatting.py COUNTED_UNITS) in the current
    language: the report and the command line pass it to format_dose."""
    return translate("units", text, None, n)


def clear_cache() -> None:
    """Forget the catalogues read so far (tests that point TRANSLATIONS elsewhere)."""
    _read.cache_clear()
    _any_context.cache_clear()


def tr(text: str, disambiguation: None = None, n: int = -1) -> str:
    """A text marked ``tr("...")`` (``tr("... %n ...", None, n)`` when counted): lupdate
    files such texts under the empty context, as the window's, with their plural forms."""
    return translate("", text, disambiguation, n)


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
