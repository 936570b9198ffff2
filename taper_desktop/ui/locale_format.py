"""Dates and numbers in the window, in the language's locale (QLocale).

The rules match the report's (report/i18n.py, which uses the same CLDR data through
Babel): English writes a date with the month's name (4 Mar 2026), in date fields and in
sentences alike (date_pattern, date), never month-first or day-first numbers;
a computer set to the C/POSIX locale gets the English forms, as it gets the English
catalogue (QLocale's C locale would write "04 03 2026"). Other languages write numeric
dates in their locale's short form with a four-digit year (04.03.2026, 4/3/2026), month
and weekday names in the language, and
their decimal sign ("7,5 g"). The calendar's first day of the week comes from QLocale
too. Files (CSV, JSON) never use these: they keep ISO dates and a decimal point.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit


def _english() -> bool:
    return QLocale().language() in (QLocale.Language.English, QLocale.Language.C)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(day: dt.date, name: str) -> QDateEdit:
    """A date field in the window's date format, with a calendar pop-up and a name for
    screen readers (the one way the dialogs build their date fields)."""
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    edit.setAccessibleName(name)
    return edit


def date_pattern() -> str:
    """THE date format of the window, in date fields and in sentences alike: '4 Mar 2026'
    in English, else the locale's numeric form with a four-digit year."""
    if _english():
        return "d MMM yyyy"
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern.replace("yyyy", "y").replace("yy", "y").replace("y", "yyyy")


def date(day: dt.date) -> str:
    """A date as its field shows it: '30 Nov 2026' in English, '30.11.2026', '30/11/2026'."""
    return QLocale().toString(qdate(day), date_pattern())


def long_date(day: dt.date) -> str:
    """'Sunday 29 November 2026', 'domingo, 29 de noviembre de 2026'."""
    if _english():
        return QLocale().toString(qdate(day), "dddd d MMMM yyyy")
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def weekday_day_month(day: dt.date) -> str:
    """'Sunday 29 November' without the year."""
    return QLocale().toString(qdate(day), "dddd d MMMM")


def day_month(day: dt.date) -> str:
    """'29 Nov', '7 Sep', '29 nov', '29 Nov.': day first, as every date in the window."""
    return QLocale().toString(qdate(day), "d MMM")


def weekday_day_month_short(day: dt.date) -> str:
    """'Sun 29 Nov'."""
    return QLocale().toString(qdate(day), "ddd d MMM")


def date_time(moment: dt.datetime) -> str:
    """A moment: the date as in a sentence, then the 24-hour time ('29 Nov 2026 14:03',
    '29/11/2026 14:03', '29.11.2026 14:03'), as report/i18n.py timestamp writes it."""
    return f"{date(moment.date())} {moment:%H:%M}"


def stamp(text: str) -> str:
    """A time the store wrote (ISO 8601, with its offset) as date_time in this computer's
    time zone; text that is not such a time is shown as it is."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    return date_time(moment.astimezone() if moment.tzinfo else moment)


def day_month_year(day: dt.date) -> str:
    return QLocale().toString(qdate(day), "d MMM yyyy")


def month_year(day: dt.date) -> str:
    return QLocale().toString(qdate(day), "MMMM yyyy")


def weekday_short(day: dt.date) -> str:
    return QLocale().toString(qdate(day), "ddd")


def decimal(text: str) -> str:
    """A number written with a point (a dose from format_amount) in the locale's form."""
    return text.replace(".", QLocale().decimalPoint())


def dose(amount: float, unit: str) -> str:
    """THE dose text (domain/formatting.py format_dose) with the locale's decimal sign and
    a counted unit in the language ('4 cápsulas')."""
    from taper_desktop.domain.formatting import format_dose
    from taper_desktop.ui.translations import unit_plural

    return decimal(format_dose(amount, unit, unit_plural))


def unit(name: str) -> str:
    """A unit on its own (beside an amount field, in a heading), in the language."""
    from taper_desktop.domain.formatting import unit_name
    from taper_desktop.ui.translations import unit_plural

    return unit_name(name, unit_plural)


def value(value: object) -> str:
    """A value of a domain sentence (safety.Text) as the window writes it: a date as in a
    sentence ('27 Nov 2026', '27/11/2026'), a number or dose with the decimal sign."""
    from taper_desktop.domain.safety import Amount

    if isinstance(value, dt.date):
        return date(value)
    if isinstance(value, Amount | float):
        return decimal(str(value))
    return str(value)


def month_short(day: dt.date) -> str:
    return QLocale().toString(qdate(day), "MMM")


def month_short_year(day: dt.date) -> str:
    return QLocale().toString(qdate(day), "MMM yyyy")
