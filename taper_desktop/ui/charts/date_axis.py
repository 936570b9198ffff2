"""A date axis for day-level data: day, week, month or year ticks, never clock times.

pyqtgraph's DateAxisItem switches to hours when zoomed in, which means nothing for a
daily diary; this axis picks the finest calendar step whose labels fit.
"""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics

from taper_desktop.ui import locale_format
from taper_desktop.ui.charts.data import DAY_SECONDS, day_x, x_day

# (unit, step, approximate days per step), finest first
_STEPS = (
    ("day", 1, 1),
    ("day", 2, 2),
    ("week", 1, 7),
    ("week", 2, 14),
    ("month", 1, 30.4),
    ("month", 2, 61),
    ("month", 3, 91),
    ("month", 6, 183),
    ("year", 1, 365),
    ("year", 2, 730),
    ("year", 5, 1826),
)
_SAMPLE = {"day": "30 Sep", "week": "30 Sep", "month": "Sep 2025", "year": "2025"}


def _month_start(day: dt.date, step: int) -> dt.date:
    month = (day.month - 1) // step * step + 1
    return dt.date(day.year, month, 1)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def calendar_ticks(unit: str, step: int, first: dt.date, last: dt.date) -> list[dt.date]:
    """Tick days from first to last for a calendar step (weeks start on Monday)."""
    ticks = []
    if unit in ("day", "week"):
        days = step * (7 if unit == "week" else 1)
        start = first - dt.timedelta(days=first.weekday()) if unit == "week" else first
        if unit == "day" and step > 1:  # keep ticks on the same days while panning
            start = first - dt.timedelta(days=first.toordinal() % step)
        day = start
        while day <= last:
            if day >= first:
                ticks.append(day)
            day += dt.timedelta(days=days)
    elif unit == "month":
        day = _month_start(first, step)
        while day <= last:
            if day >= first:
                ticks.append(day)
            day = _add_months(day, step)
    else:
        year = first.year - first.year % step
        while year <= last.year:
            day = dt.date(year, 1, 1)
            if first <= day <= last:
                ticks.append(day)
            year += step
    return ticks


class DateAxis(pg.AxisItem):
    """Bottom axis whose x values are day_x() seconds; labels like 'Mar 12', 'Mar 2025'."""

    def __init__(self, **kwargs):
        super().__init__("bottom", **kwargs)
        self.step = ("month", 1)
        self._major_spacing = 0.0

    def _metrics(self) -> QFontMetrics:
        return QFontMetrics(self.style.get("tickFont") or QFont())

    def choose_step(
        self, span_seconds: float, size: float, with_year: bool = False
    ) -> tuple[str, int]:
        """The finest calendar step whose sample label fits with room to spare
        (with_year: a day label may carry the year, where the year changes)."""
        px_per_day = size / max(span_seconds / DAY_SECONDS, 1e-9)
        metrics = self._metrics()
        for unit, step, days in _STEPS:
            sample = _SAMPLE[unit] + (" 2025" if with_year and unit in ("day", "week") else "")
            if days * px_per_day >= metrics.horizontalAdvance(sample) + 24:
                return unit, step
        return _STEPS[-1][0], _STEPS[-1][1]

    def tickValues(self, minVal, maxVal, size):
        if size <= 0 or not maxVal > minVal:
            return []
        crosses = x_day(minVal).year != x_day(maxVal).year
        unit, step = self.step = self.choose_step(maxVal - minVal, size, crosses)
        first, last = x_day(minVal) - dt.timedelta(days=1), x_day(maxVal) + dt.timedelta(days=1)
        majors = [
            day_x(d)
            for d in calendar_ticks(unit, step, first, last)
            if minVal <= day_x(d) <= maxVal
        ]
        days = dict((u, d) for u, _s, d in _STEPS)
        self._major_spacing = step * days[unit] * DAY_SECONDS
        levels = [(self._major_spacing, majors)]
        px_per_day = size / ((maxVal - minVal) / DAY_SECONDS)
        if unit in ("week", "day") and step > 1 or (unit == "week" and px_per_day >= 4):
            minor = [
                day_x(d)
                for d in calendar_ticks("day", 1, first, last)
                if minVal <= day_x(d) <= maxVal
            ]
            levels.append((DAY_SECONDS, minor))
        elif unit == "year":
            minor = [
                day_x(d)
                for d in calendar_ticks("month", 1, first, last)
                if minVal <= day_x(d) <= maxVal
            ]
            levels.append((30.4 * DAY_SECONDS, minor))
        return levels

    def tickStrings(self, values, scale, spacing):
        if spacing != self._major_spacing:
            return [""] * len(values)
        unit = self.step[0]
        labels = []
        previous_year = None
        for value in values:
            day = x_day(value)
            if unit == "year":
                labels.append(str(day.year))
            elif unit == "month":
                show_year = day.month == 1 or previous_year != day.year
                labels.append(
                    locale_format.month_short_year(day)
                    if show_year
                    else locale_format.month_short(day)
                )
            else:
                text = locale_format.day_month(day)  # day first, as the window's dates
                if previous_year is not None and previous_year != day.year:
                    text += f" {day.year}"
                labels.append(text)
            previous_year = day.year
        return labels
