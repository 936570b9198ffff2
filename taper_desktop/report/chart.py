"""The report chart as vector graphics: one instrument's daily total, its 7-day mean
and the planned dose steps, with gaps where a day has no complete check-in."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from taper_desktop.domain.formatting import format_amount, is_rate
from taper_desktop.domain.wording import fill
from taper_desktop.report import i18n, words
from taper_desktop.report.fonts import BOLD, REGULAR
from taper_desktop.report.i18n import translate
from taper_desktop.report.palette import BAND, DAILY, DOSE, GRID, HOLD, INK, MEAN
from taper_desktop.report.summary import InstrumentSeries, Summary
from taper_desktop.store.day_table import DayRow


def short_date(day: dt.date) -> str:
    return i18n.short_date(day)


def _nice_step(span: float, ticks: int = 5, whole: bool = False) -> float:
    """A round tick step near span/ticks; whole=True keeps it a whole number (for totals)."""
    raw = span / ticks
    if whole and raw <= 1:
        return 1
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for mult in (1, 2, 5, 10) if whole else (1, 2, 2.5, 5, 10):
        if raw <= mult * power:
            return mult * power
    return 10 * power


def _nice_top(value: float, step: float) -> float:
    return max(step, math.ceil(value / step - 1e-9) * step)


def _x_ticks(first: dt.date, n: int) -> list[int]:
    """Day indexes to label: weekly, fortnightly, monthly or quarterly by span."""
    if n <= 14:
        return list(range(n))
    if n <= 35:
        return list(range(0, n, 7))
    if n <= 120:
        return list(range(0, n, 14))
    out = []
    for i in range(n):
        day = first + dt.timedelta(days=i)
        if day.day == 1 and (n <= 400 or day.month in (1, 4, 7, 10)):
            out.append(i)
    return out


def _fmt(value: float) -> str:
    return i18n.plain_number(format_amount(value))


def withdrawal_chart(
    summary: Summary, series: InstrumentSeries, width: float, height: float, legend: bool = True
) -> Drawing:
    """A Drawing of the instrument's totals against the planned dose (legend below it
    unless legend=False, for a chart stacked above another with the same legend)."""
    rows = summary.rows
    n = len(rows)
    d = Drawing(width, height)
    d.initialFontName = REGULAR  # the renderer would otherwise start in (unembedded) Helvetica
    left, right, bottom, top = 30.0, 34.0, 34.0 if legend else 18.0, 14.0
    x0, x1, y0, y1 = left, width - right, bottom, height - top
    step_w = (x1 - x0) / max(n, 1)

    def x_at(i: float) -> float:
        return x0 + (i + 0.5) * step_w

    inst = series.instrument
    values = [v for v in series.totals if v is not None] + [
        v for v in series.rolling if v is not None
    ]
    peak = max(values + [10 if inst.bands else 5])
    ystep = _nice_step(peak, whole=True)
    ytop = (
        min(_nice_top(peak * 1.08, ystep), inst.max_total)
        if peak < inst.max_total
        else inst.max_total
    )
    ystep = _nice_step(ytop, whole=True)

    def y_at(v: float) -> float:
        return y0 + (y1 - y0) * v / ytop

    doses = [r.planned for r in rows if r.planned is not None] + [
        r.taken for r in rows if r.taken is not None
    ]
    dose_top = None
    if any(r.planned is not None for r in rows):
        dstep = _nice_step(max(doses) if max(doses) > 0 else 1)
        dose_top = _nice_top(max(doses) * 1.08, dstep)
        dstep = _nice_step(dose_top)

    # grid and left axis
    v = 0.0
    while v <= ytop + 1e-9:
        y = y_at(v)
        d.add(Line(x0, y, x1, y, strokeColor=GRID, strokeWidth=0.5))
        d.add(
            String(
                x0 - 4,
                y - 2.5,
                _fmt(v),
                fontName=REGULAR,
                fontSize=7,
                fillColor=INK,
                textAnchor="end",
            )
        )
        v += ystep
    # holds over the grid (no grid line shows through a hold), behind the band limits
    # and the data
    for i, row in enumerate(rows):
        if row.held and (i == 0 or not rows[i - 1].held):
            j = i
            while j + 1 < n and rows[j + 1].held:
                j += 1
            d.add(
                Rect(
                    x0 + i * step_w,
                    y0,
                    (j - i + 1) * step_w,
                    y1 - y0,
                    fillColor=HOLD,
                    strokeColor=None,
                )
            )
            d.add(
                String(
                    x0 + (i + (j - i + 1) / 2) * step_w,
                    y1 - 8,
                    translate("Report", "hold"),
                    fontName=REGULAR,
                    fontSize=6.5,
                    fillColor=BAND,
                    textAnchor="middle",
                )
            )
    for band in inst.bands[1:-1]:  # limits between mild, moderate, severe
        if band.high < ytop:
            y = y_at(band.high + 0.5)
            d.add(Line(x0, y, x1, y, strokeColor=BAND, strokeWidth=0.5, strokeDashArray=[1.5, 2]))
    d.add(
        String(
            4,
            y1 + 5,
            fill(translate("Report", "%1 total (0-%2)"), inst.key, inst.max_total),
            fontName=BOLD,
            fontSize=7,
            fillColor=INK,
        )
    )
    # right axis: planned dose
    if dose_top:
        v = 0.0
        while v <= dose_top + 1e-9:
            d.add(
                String(
                    x1 + 4,
                    y0 + (y1 - y0) * v / dose_top - 2.5,
                    _fmt(round(v, 6)),
                    fontName=REGULAR,
                    fontSize=7,
                    fillColor=DOSE,
                )
            )
            v += dstep
        title = (
            translate("Report", "Planned dose (%1)")
            if is_rate(summary.unit)  # a rate
            else translate("Report", "Planned dose (%1/day)")
        )
        d.add(
            String(
                width - 2,
                y1 + 5,
                fill(title, words.unit(summary.unit)),
                fontName=BOLD,
                fontSize=7,
                fillColor=DOSE,
                textAnchor="end",
            )
        )
    d.add(Line(x0, y0, x1, y0, strokeColor=INK, strokeWidth=0.6))
    # x ticks
    for i in _x_ticks(rows[0].day, n):
        x = x_at(i)
        d.add(Line(x, y0, x, y0 - 3, strokeColor=INK, strokeWidth=0.5))
        d.add(
            String(
                x,
                y0 - 11,
                short_date(rows[i].day),
                fontName=REGULAR,
                fontSize=7,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    # planned dose as steps
    if dose_top:
        segment: list[float] = []
        ended: list[DayRow | None] = [*rows, None]  # None closes the last segment
        for i, day in enumerate(ended):
            if day is None or day.planned is None:
                if len(segment) >= 4:
                    d.add(PolyLine(segment, strokeColor=DOSE, strokeWidth=1.1))
                segment = []
                continue
            y = y0 + (y1 - y0) * day.planned / dose_top
            segment += [x0 + i * step_w, y, x0 + (i + 1) * step_w, y]
    # daily totals: thin line between consecutive days, a dot on each
    small = n > 120
    for run in _segments(series.totals):
        pts = [c for i, v in run for c in (x_at(i), y_at(v))]
        if len(run) > 1:
            d.add(PolyLine(pts, strokeColor=DAILY, strokeWidth=0.5))
        if not small:
            for i, v in run:
                d.add(Circle(x_at(i), y_at(v), 1.3, fillColor=DAILY, strokeColor=None))
    for run in _segments(series.rolling):
        pts = [c for i, v in run for c in (x_at(i), y_at(v))]
        if len(run) > 1:
            d.add(PolyLine(pts, strokeColor=MEAN, strokeWidth=1.6))
        else:
            d.add(Circle(pts[0], pts[1], 1.2, fillColor=MEAN, strokeColor=None))
    if legend:
        _legend(d, x0, 6, dose_top is not None, any(r.held for r in rows), summary.unit)
    return d


def _segments(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """Runs of consecutive (index, value) whose value is present."""
    out: list[list[tuple[int, float]]] = []
    current: list[tuple[int, float]] = []
    for i, v in enumerate(values):
        if v is None:
            if current:
                out.append(current)
            current = []
        else:
            current.append((i, v))
    if current:
        out.append(current)
    return out


def _legend(d: Drawing, x: float, y: float, dose: bool, hold: bool, unit: str) -> None:
    entries = [
        ("dot", DAILY, translate("Report", "daily total (complete check-ins)")),
        ("line", MEAN, translate("Report", "7-day mean (at least 4 days)")),
    ]
    if dose:
        entries.append(("line", DOSE, translate("Report", "planned dose")))
    if hold:
        entries.append(("box", HOLD, translate("Report", "hold")))
    for kind, color, text in entries:
        if kind == "dot":
            d.add(Line(x, y + 2.5, x + 12, y + 2.5, strokeColor=color, strokeWidth=0.5))
            d.add(Circle(x + 6, y + 2.5, 1.5, fillColor=color, strokeColor=None))
        elif kind == "line":
            d.add(Line(x, y + 2.5, x + 12, y + 2.5, strokeColor=color, strokeWidth=1.6))
        else:
            d.add(Rect(x, y - 1, 12, 7, fillColor=color, strokeColor=BAND, strokeWidth=0.3))
        d.add(String(x + 16, y, text, fontName=REGULAR, fontSize=7, fillColor=INK))
        x += 16 + stringWidth(text, REGULAR, 7) + 14
