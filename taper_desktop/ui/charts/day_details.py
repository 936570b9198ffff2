"""The values of the day pointed at, listed beside the charts: dose planned and taken,
the step it belongs to, the check-in's total, band, 7-day mean, measures and top items.
"Not logged" is said in words, never shown as zero."""

from __future__ import annotations

import datetime as dt

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from taper_desktop.domain.wording import fill
from taper_desktop.ui import locale_format
from taper_desktop.ui.charts.common import measure_label
from taper_desktop.ui.charts.data import MEASURES, ChartData
from taper_desktop.ui.translations import scale_text


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{locale_format.decimal(text)} {unit}".strip()


def _dose(amount: float, unit: str) -> str:
    """The dose text, its number and unit kept on one line."""
    return locale_format.dose(amount, unit).replace(" ", "\u00a0")


def days_since_cut(data: ChartData, day: dt.date) -> tuple[int, float] | None:
    """(days since the latest dose cut on or before day, the dose it cut to)."""
    found = None
    for (change, dose), (_before_day, before) in zip(
        data.step_changes[1:], data.step_changes, strict=False
    ):
        if change > day:
            break
        if dose < before:
            found = ((day - change).days, dose)
    return found


class DayDetails(QLabel):
    """A rich-text label listing one day's values."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Values of the day pointed at"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setMargin(8)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def show_day(self, data: ChartData, index: int) -> None:
        self.setText(self.day_html(data, index))

    def day_html(self, data: ChartData, index: int) -> str:
        row = data.rows[index]
        not_logged = self.tr("not logged")
        lines = [f"<b>{locale_format.weekday_short(row.day)} {locale_format.date(row.day)}</b>"]
        if row.planned is not None:
            lines.append(fill(self.tr("Planned dose: %1"), _dose(row.planned, row.unit)))
        taken = _dose(row.taken, row.unit) if row.taken is not None else not_logged
        lines.append(fill(self.tr("Dose taken: %1"), taken))
        if row.held:
            lines.append(self.tr("On hold (steps paused)"))
        for day, dose in data.step_changes[1:]:
            if day == row.day:
                lines.append(fill(self.tr("Step to %1 today"), _dose(dose, row.unit)))
        since = days_since_cut(data, row.day)
        if since and since[0] > 0:  # one day count everywhere: the step day is day 1
            lines.append(
                fill(
                    self.tr("Day %1 of the step down to %2"),
                    since[0] + 1,
                    _dose(since[1], row.unit),
                )
            )
        c = row.checkin
        if c is None:
            lines.append(fill(self.tr("Check-in: %1"), not_logged))
            return "<br>".join(lines)
        scale = c.scale
        if not c.rated:
            lines.append(self.tr("A note, no symptoms rated (not a check-in)"))
        elif c.total is None:
            lines.append(
                fill(
                    self.tr("%1: partial check-in, %2 of %3 items answered (no total)"),
                    c.instrument,
                    scale.answered(c.items),
                    len(scale.items),
                )
            )
        else:
            band = scale.band(c.total)
            text = fill(self.tr("%1 total: %2"), c.instrument, c.total)
            if band is not None:
                text += " " + fill(self.tr("(conventional band: %1)"), scale_text(band.name))
            lines.append(text)
        series = data.instruments.get(c.instrument)
        if series is not None and np.isfinite(series.mean[index]):
            lines.append(fill(self.tr("7-day mean: %1"), _fmt(float(series.mean[index]))))
        values = [(measure_label(m), getattr(c, m)) for m in MEASURES]
        if all(value is None for _label, value in values):
            lines.append(fill(self.tr("Craving, pain, sleep quality, mood: %1"), not_logged))
        else:
            lines.append(
                ", ".join(
                    f"{label} {not_logged if value is None else value}" for label, value in values
                )
            )
        if c.sleep_hours is not None:
            lines.append(fill(self.tr("Slept %1 hours"), _fmt(c.sleep_hours)))
        if c.items:
            top = sorted(c.items.items(), key=lambda kv: -kv[1])[:3]
            named = [f"{scale_text(scale.label(k))} {v}" for k, v in top if v > 0]
            if named:
                lines.append(fill(self.tr("Highest items: %1"), ", ".join(named)))
        return "<br>".join(lines)
