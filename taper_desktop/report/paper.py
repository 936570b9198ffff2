"""Paper size for the report: the `paper_size` setting, where "auto" follows the locale.

"auto" reads the locale the way the C library does for paper (LC_ALL, then LC_PAPER,
then LANG), parsed with Python's locale.normalize, and falls back to
locale.getlocale(). Letter for the United States, Canada, Mexico and the other
countries whose locales use Letter (Philippines, much of Central America, Chile,
Colombia, Venezuela, Puerto Rico, Dominican Republic); A4 everywhere else,
including when the locale is unknown ("C", "POSIX", empty).
"""

from __future__ import annotations

import locale
import os

from reportlab.lib import pagesizes

PageSize = tuple[float, float]  # width and height in points
A4: PageSize = pagesizes.A4
LETTER: PageSize = pagesizes.LETTER

LETTER_TERRITORIES = frozenset(
    {
        "US",
        "CA",
        "MX",
        "PH",
        "CL",
        "CO",
        "CR",
        "DO",
        "GT",
        "NI",
        "PA",
        "PR",
        "SV",
        "VE",
    }
)
# Windows reports names such as "English_United States"; match the country part.
_WINDOWS_LETTER = (
    "united states",
    "canada",
    "mexico",
    "philippines",
    "chile",
    "colombia",
    "costa rica",
    "dominican",
    "guatemala",
    "nicaragua",
    "panama",
    "puerto rico",
    "el salvador",
    "venezuela",
)


def locale_name(environ: dict[str, str] | None = None) -> str:
    """The locale name that decides paper size, e.g. 'en_US.UTF-8', or ''."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        if env.get(var):
            return env[var]
    name = locale.getlocale()[0]
    return name or ""


def uses_letter(name: str) -> bool:
    """True when the locale named `name` uses US Letter paper."""
    if not name or name in ("C", "POSIX") or name.startswith(("C.", "POSIX.")):
        return False
    lowered = name.lower()
    if any(country in lowered for country in _WINDOWS_LETTER):
        return True
    normal = locale.normalize(name).split(".")[0].split("@")[0]
    territory = normal.split("_")[1] if "_" in normal else ""
    return territory.upper() in LETTER_TERRITORIES


def page_size(setting: str, environ: dict[str, str] | None = None) -> PageSize:
    """Page size in points for the setting value "A4", "Letter" or "auto"."""
    if setting == "A4":
        return A4
    if setting == "Letter":
        return LETTER
    return LETTER if uses_letter(locale_name(environ)) else A4
