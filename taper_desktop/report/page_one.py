"""Page 1 after the plan: planned and logged doses, the withdrawal chart, the first and
the last week compared, holds, flagged days and COWS totals at visits."""

from __future__ import annotations

import datetime as dt

from taper_desktop.domain import scales
from taper_desktop.domain.wording import fill
from taper_desktop.report import fonts, i18n
from taper_desktop.report.chart import withdrawal_chart
from taper_desktop.report.i18n import tr, translate
from taper_desktop.report.styles import (
    CELL_PADDING,
    H2,
    SMALL,
    Story,
    excerpt,
    key_values,
    p,
    t,
    table,
)
from taper_desktop.report.summary import Comparison, Summary
from taper_desktop.report.words import day_text, days, not_logged, span, weekday_day

FLAGGED_NOTE_CHARS = 220  # page 1 excerpt; the Notes section prints every note in full
FLAGGED_ON_PAGE_1 = 8


def adherence_section(s: Summary, width: float) -> Story:
    out = [p(translate("Report", "Planned and logged doses"), H2)]
    pairs = []
    doses = translate("Report", "Doses")
    if not s.dose_days:
        pairs.append(
            (doses, fill(translate("Report", "none logged in this period (0 of %1)"), days(s.days)))
        )
    elif s.days_planned:
        pct = ""
        if s.dose_days_with_plan:
            pct = f" ({i18n.number(100 * s.at_or_below_plan / s.dose_days_with_plan, 0)}%)"
        text = (
            fill(  # %n: the count decides the noun's form ("von 90 Tagen" in German)
                tr(
                    "logged on %1 of %n day(s); at or below plan on %2 of %3 logged days "
                    "with a plan",
                    None,
                    s.days,
                ),
                s.dose_days,
                s.at_or_below_plan,
                s.dose_days_with_plan,
            )
            + pct
        )
        if s.over_plan:
            text += "; " + tr("above plan on %n day(s)", None, s.over_plan)
        pairs.append((doses, text))
    else:
        pairs.append((doses, fill(tr("logged on %1 of %n day(s)", None, s.days), s.dose_days)))
    checkins = fill(tr("on %1 of %n day(s)", None, s.days), s.checkin_days)
    if s.partial_checkins:
        checkins += " " + fill(
            translate("Report", "(%1 complete, %2 partial: a partial check-in has no total)"),
            s.complete_checkins,
            s.partial_checkins,
        )
    pairs.append((translate("Report", "Symptom check-ins"), checkins))
    if s.note_days:
        pairs.append(
            (
                translate("Report", "Notes only"),
                fill(
                    translate(
                        "Report", "%1 with a note and no symptom rated (not counted as check-ins)"
                    ),
                    days(s.note_days),
                ),
            )
        )
    if s.not_logged:
        pairs.append(
            (
                translate("Report", "Not logged"),
                fill(
                    translate("Report", "%1 with neither a dose nor a check-in: %2"),
                    days(len(s.not_logged)),
                    _day_list(s.not_logged),
                ),
            )
        )
    else:
        pairs.append(
            (
                translate("Report", "Not logged"),
                translate("Report", "none: every day has a dose or a check-in"),
            )
        )
    return out + [key_values(pairs, width)]


def _day_list(dates: list[dt.date], limit: int = 8) -> str:
    """Dates as short ranges: '2026-09-12 to 2026-09-13, 2026-10-08'."""
    spans: list[list[dt.date]] = []
    for day in dates:
        if spans and (day - spans[-1][1]).days == 1:
            spans[-1][1] = day
        else:
            spans.append([day, day])
    parts = [day_text(a) if a == b else span(a, b) for a, b in spans]
    if len(parts) > limit:
        return (
            ", ".join(parts[:limit])
            + " "
            + fill(translate("Report", "and %1 more (see daily table)"), len(parts) - limit)
        )
    return ", ".join(parts)


def chart_section(s: Summary, width: float) -> Story:
    out = [p(translate("Report", "Withdrawal symptoms"), H2)]
    if not s.series:
        return out + [p(translate("Report", "No symptom check-ins in this period."))]
    height = 155 if len(s.series) == 1 else 88
    if len(s.series) > 1:
        out.append(
            p(
                translate(
                    "Report",
                    "Two scales were used in this period; their totals "
                    "are never combined and are shown separately.",
                ),
                SMALL,
            )
        )
    for n, series in enumerate(s.series, start=1):
        legend = n == len(s.series)
        out.append(
            withdrawal_chart(s, series, width, height if legend else height - 16, legend=legend)
        )
        inst = series.instrument
        complete = tr("%n complete check-in(s)", None, series.complete_days)
        bits = [f"{inst.key}: {complete}"]
        if series.mean is not None:
            bits.append(
                fill(
                    translate("Report", "mean total %1, highest %2 (range 0-%3)"),
                    i18n.number(series.mean),
                    series.maximum,
                    inst.max_total,
                )
            )
        if series.partial_days:
            bits.append(tr("%n partial check-in(s) not plotted", None, series.partial_days))
        gaps = sum(1 for v in series.totals if v is None)
        if gaps:
            bits.append(
                fill(
                    translate("Report", "gaps in the line: %1 without a complete check-in"),
                    days(gaps),
                )
            )
        if inst.bands:
            limits = ", ".join(
                f"{i18n.translate_any(b.name)} {b.low}"
                if b.low == b.high
                else f"{i18n.translate_any(b.name)} {b.low}-{b.high}"
                for b in inst.bands
            )
            bits.append(
                fill(translate("Report", "dotted lines: conventional band limits (%1)"), limits)
            )
        out.append(p("; ".join(bits) + ".", SMALL))
    return out


def _measure(c: Comparison) -> str:
    """A row's name in the report's language: "Total SOWS (0-64)", "Horas de sueño (0-24)"."""
    if c.instrument:  # worded as on the chart
        total = scales.instrument(c.instrument).max_total
        return fill(translate("Report", "%1 total (0-%2)"), c.instrument, total)
    return f"{i18n.translate_any(c.label)} ({c.scale})"


def _period_means_section(s: Summary, width: float) -> Story:
    """For a period shorter than two weeks: one mean per measure, nothing to compare."""
    out = [p(translate("Report", "Means over the period"), H2)]
    data = [
        [
            translate("Report", "Measure"),
            translate("Report", "Mean") + "\n" + span(s.rows[0].day, s.rows[-1].day),
        ]
    ]
    for c in s.comparisons:
        data.append([_measure(c), _mean_n(c.period, c.period_n)])
    out.append(table(data, [width * 0.34, width * 0.3]))
    out.append(
        p(
            translate(
                "Report",
                "Mean of the days recorded (n = days with a value); "
                "not-logged days are left out. The period is shorter "
                "than two weeks, so first and last weeks are not "
                "compared.",
            ),
            SMALL,
        )
    )
    return out


def comparison_section(s: Summary, width: float) -> Story:
    out = [p(translate("Report", "First week and last week"), H2)]
    if not s.checkin_days:
        return out + [p(translate("Report", "No check-ins to compare."))]
    if s.weeks_overlap:
        return _period_means_section(s, width)
    first_w = s.rows[:7]
    last_w = s.rows[-7:]
    head = [
        translate("Report", "Measure"),
        translate("Report", "First week") + "\n" + span(first_w[0].day, first_w[-1].day),
        translate("Report", "Last week") + "\n" + span(last_w[0].day, last_w[-1].day),
        translate("Report", "Change"),
    ]
    data = [head]
    for c in s.comparisons:
        data.append(
            [_measure(c), _mean_n(c.first, c.first_n), _mean_n(c.last, c.last_n), _change(c.change)]
        )
    # The week columns widen to their headings' longest line (a date range in words).
    week = max(width * 0.24, _heading_width(head[1]), _heading_width(head[2]))
    change = max(width * 0.14, _heading_width(head[3]))
    w = [width - 2 * week - change, week, week, change]
    out.append(table(data, w, extra=[("ALIGN", (1, 1), (-1, -1), "LEFT")]))
    out.append(
        p(
            translate(
                "Report",
                "Mean of the days recorded (n = days with a value); not-logged days are left out.",
            ),
            SMALL,
        )
    )
    return out


def _heading_width(text: str) -> float:
    """The width a bold table heading needs for its longest line, padding included."""
    widest = max(fonts.text_width(line, fonts.BOLD, 7.5) for line in text.split("\n"))
    return widest + 2 * CELL_PADDING + 2


def _change(value: float | None) -> str:
    if value is None:
        return "–"
    return i18n.number(0.0) if abs(value) < 0.05 else i18n.plain_number(f"{value:+.1f}")


def _mean_n(value: float | None, n: int) -> str:
    return not_logged() if value is None else f"{i18n.number(value)}  (n={n})"


def events_section(s: Summary, width: float) -> Story:
    """Holds, days flagged for the provider with their notes, COWS totals at visits."""
    holds = []
    for h in s.holds:
        reason = f": {t(h.reason)}" if h.reason else ""
        length = h.length()
        if h.end_day is None or length is None:
            holds.append(
                fill(translate("Report", "from %1, no end date yet"), day_text(h.start_day))
                + reason
            )
        else:
            holds.append(f"{span(h.start_day, h.end_day)}, {days(length)}{reason}")
    flagged = []
    for c in s.flagged[:FLAGGED_ON_PAGE_1]:
        note = (
            f": {t(excerpt(c.note, FLAGGED_NOTE_CHARS))}"
            if (s.options.include_notes and c.note.strip())
            else ""
        )
        if c.total is not None:
            total = " " + fill(translate("Report", "(%1 total %2)"), c.instrument, c.total)
        elif not c.rated:
            total = " " + translate("Report", "(note, no symptoms rated)")
        elif not c.complete:
            total = " " + translate("Report", "(partial check-in)")
        else:
            total = ""
        flagged.append(f"<b>{weekday_day(c.day)}</b>{total}{note}")
    if len(s.flagged) > FLAGGED_ON_PAGE_1:
        flagged.append(
            fill(
                translate("Report", "and %1 more, highlighted in the daily table"),
                len(s.flagged) - FLAGGED_ON_PAGE_1,
            )
        )
    cows = []
    for visit in s.cows:
        who = f", {t(visit.clinician)}" if visit.clinician else ""
        cows.append(
            f"{day_text(visit.day)}: <b>{visit.total}</b> "
            f"({i18n.translate_any(scales.cows_band(visit.total).name)}{who})"
        )
    pairs = [
        (
            translate("Report", "Holds"),
            "<br/>".join(holds) or translate("Report", "none in this period"),
        ),
        (
            translate("Report", "Flagged for the provider"),
            "<br/>".join(flagged) or translate("Report", "no day was flagged"),
        ),
        (
            translate("Report", "COWS at visits"),
            "; ".join(cows) or translate("Report", "none recorded in this period"),
        ),
    ]
    return [p(translate("Report", "Holds, flagged days and visits"), H2), key_values(pairs, width)]
