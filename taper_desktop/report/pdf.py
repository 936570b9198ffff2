"""The provider report's PDF layout (reportlab platypus), written atomically, 0600.

Page 1 is the one-minute summary; then the daily table, the plan's revision
history, the items with the highest means, other medications and the sources.
Every page carries "page x of y", the generation date and the footer.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import FrameBreak

from taper_desktop import APP_TITLE, __version__
from taper_desktop.domain import plan_rules, safety, scales
from taper_desktop.domain.formatting import format_amount, format_dose, format_mme, is_rate
from taper_desktop.domain.schedule import CUSTOM, LINEAR, PERCENT
from taper_desktop.domain.substances import KRATOM, MME_CAVEAT, OPIOID
from taper_desktop.privatefile import WriteError, write_private
from taper_desktop.report import fonts, i18n
from taper_desktop.report.chart import withdrawal_chart
from taper_desktop.report.i18n import translate
from taper_desktop.report.summary import Summary

MARGIN = 48.0
BOTTOM = 58.0
INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#666666")
RULE = colors.HexColor("#c8c8c8")
STRIPE = colors.HexColor("#f4f6f8")
FLAG = colors.HexColor("#fbf4e4")
HEAD = colors.HexColor("#e8edf2")
HOLD = colors.HexColor("#dfe5ec")


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    return text


# Texts translated inside f-strings below, which lupdate cannot read there.
_MARKED = (
    QT_TRANSLATE_NOOP("Report", "Taper summary"),
    QT_TRANSLATE_NOOP("Report", "Safety:"),
    QT_TRANSLATE_NOOP("Report", "Translation not validated"),
    QT_TRANSLATE_NOOP("Report", "Morphine milligram equivalents"),
    QT_TRANSLATE_NOOP("Report", "Safety"),
    QT_TRANSLATE_NOOP("Report", "page 1"),
)


CELL_PADDING = 3  # each side of a table cell (see _table)


def _fits(text: str, width: float, bold: bool = False) -> str:
    """A table cell's text, broken at its spaces when one line would not fit in the column
    of width, less its paddings (longer words in other languages: "nicht eingetragen")."""
    font = fonts.BOLD if bold else fonts.REGULAR
    room = width - 2 * CELL_PADDING
    if all(pdfmetrics.stringWidth(line, font, 7.5) <= room for line in text.split("\n")):
        return text
    return text.replace(" ", "\n")


def footer() -> str:
    return translate(
        "Report",
        "Patient-reported data. Severity bands are conventional, not "
        "validated. This summary is not a diagnosis.",
    )


def not_logged() -> str:
    return translate("Report", "not logged")


def before_diary() -> str:
    return translate("Report", "before the diary")


NOTE_CHARS = 90
FLAGGED_NOTE_CHARS = 220  # page 1 excerpt; the Notes section prints every note in full
FLAGGED_ON_PAGE_1 = 8


class ReportError(Exception):
    """The report could not be written (one line naming the file and the reason)."""


# ---- styles -------------------------------------------------------------------
def _style(
    name: str, size: float = 9, leading: float | None = None, bold: bool = False, color=INK, **kw
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=fonts.BOLD if bold else fonts.REGULAR,
        fontSize=size,
        leading=leading or size * 1.3,
        textColor=color,
        alignment=TA_LEFT,
        **kw,
    )


BODY = _style("body")
SMALL = _style("small", 7.5, color=MUTED)
CELL = _style("cell", 7.5, 9.2)
H1 = _style("h1", 16, 20, bold=True, spaceAfter=2)
H2 = _style("h2", 10.5, 13, bold=True, spaceBefore=8, spaceAfter=3, keepWithNext=1)
# For a heading over a table that may run over pages: a heading kept with such a table
# would push the whole table to a new page; a CondPageBreak before it avoids orphans.
H2_LONG = ParagraphStyle("h2_long", parent=H2, keepWithNext=0)
H3 = _style("h3", 8.5, 11, bold=True, spaceBefore=3, spaceAfter=1, keepWithNext=1)
NOTE = _style("note", 8.5, 11, spaceAfter=3)
SUB = _style("sub", 8.5, color=MUTED, spaceAfter=6)


def p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of markup we wrote (already escaped where it holds user text)."""
    return fonts.paragraph(text, style)


def up(text: str, style: ParagraphStyle = CELL) -> Paragraph:
    """A paragraph of one piece of user text (right to left when it is all Arabic or Hebrew)."""
    return fonts.user_paragraph(text, style)


def t(text: str) -> str:
    """User text as safe markup with per-run font fallback."""
    return fonts.markup(text)


def num(value: float | None, digits: int = 1) -> str:
    if value is None:
        return not_logged()
    return i18n.number(value, digits)


def g(value: float) -> str:
    """A number as short as it can be (like :g), with the language's decimal sign."""
    return i18n.plain_number(format_amount(value))


def dose(value: float | None, unit: str = "") -> str:
    """THE dose text (domain/formatting.py format_dose), with the language's decimal sign."""
    if value is None:
        return not_logged()
    return i18n.plain_number(format_dose(value, unit))


def day_text(day: dt.date) -> str:
    return i18n.date(day)


def weekday_day(day: dt.date) -> str:
    return f"{i18n.weekday(day)} {i18n.date(day)}"


def span(first: dt.date, last: dt.date) -> str:
    return (
        translate("Report", "%1 to %2").replace("%1", day_text(first)).replace("%2", day_text(last))
    )


def days(n: int) -> str:
    return (
        translate("Report", "1 day")
        if n == 1
        else translate("Report", "%1 days").replace("%1", str(n))
    )


def plural(n: int, word: str, many: str | None = None) -> str:
    """English only (the plan sheet's words): '1 day', '3 days'."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def fill(text: str, *values) -> str:
    """Put values into %1, %2, ... of a translated text (the order may differ by language)."""
    for number, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{number}", str(value))
    return text


# ---- page furniture ---------------------------------------------------------------
class _NumberedCanvas(pdfcanvas.Canvas):
    """Holds each page until the end so every page can say 'page x of y'."""

    def __init__(self, *args, furniture=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._furniture = furniture

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._furniture(self, number, total)
            super().showPage()
        super().save()


def _furniture_painter(summary: Summary, pagesize, generated: dt.datetime):
    width, _height = pagesize
    opts = summary.options
    who = opts.patient.strip()
    head = f"{translate('Report', 'Taper summary')} · {span(opts.first, opts.last)}"
    if who:
        head = f"{head} · {who}"

    # The canvas paints the pages after the story is built: take the words now.
    footer_text = footer()
    made = fill(
        translate("Report", "Generated %1 by %2"),
        i18n.timestamp(generated),
        f"{APP_TITLE} {__version__}",
    )
    page_of = translate("Report", "Page %1 of %2")

    def paint(canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        if number > 1:
            line = fonts.fit(head, fonts.REGULAR, 7.5, width - 2 * MARGIN)
            fonts.draw_string(canvas, MARGIN, _height - 30, line, fonts.REGULAR, 7.5)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(MARGIN, _height - 35, width - MARGIN, _height - 35)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, BOTTOM - 18, width - MARGIN, BOTTOM - 18)
        fonts.draw_string(canvas, MARGIN, BOTTOM - 29, footer_text, fonts.REGULAR, 7)
        fonts.draw_string(canvas, MARGIN, BOTTOM - 39, made, fonts.REGULAR, 7)
        fonts.draw_string(
            canvas,
            width - MARGIN,
            BOTTOM - 29,
            fill(page_of, number, total),
            fonts.REGULAR,
            7.5,
            align="right",
        )
        canvas.restoreState()

    return paint


# ---- tables -------------------------------------------------------------------
def _table(data, widths, header: bool = True, stripes: bool = True, extra=()) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 7.5, 9.2),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    if header:
        style += [
            ("FONT", (0, 0), (-1, 0), fonts.BOLD, 7.5, 9.2),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ]
    if stripes:
        style.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [None, STRIPE]))
    style.append(("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE))
    table.setStyle(TableStyle(style + list(extra)))
    return table


def _excerpt(text: str, limit: int) -> str:
    """text on one line, cut at a word boundary to at most limit characters with '…'."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:.") + "…"


class _EndOfSummary(CondPageBreak):
    """Ends page 1 so the summary stands alone; once the summary has run over onto
    page 2 it does nothing, so no page is left nearly empty."""

    def __init__(self):
        super().__init__(0)

    def wrap(self, availWidth, availHeight):
        frame = self._doctemplateAttr("frame")
        if frame is not None and self._doctemplateAttr("page") == 1:
            frame.add_generated_content(FrameBreak)
        return 0, 0


def _key_values(pairs, width: float) -> Table:
    data = [
        [p(f"<b>{k}</b>", CELL), v if isinstance(v, Paragraph) else p(v, CELL)] for k, v in pairs
    ]
    table = Table(data, colWidths=[118, width - 118], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 7.5),  # not the unembedded default
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


# ---- page 1 -----------------------------------------------------------------------
def _rule_text(rev, unit: str) -> str:
    if rev.rule == PERCENT:
        how = fill(
            translate("Report", "cut %1% of the most recent dose every %2"),
            g(rev.step),
            days(rev.interval_days),
        )
    elif rev.rule == LINEAR:
        how = fill(
            translate("Report", "cut %1 every %2"), dose(rev.step, unit), days(rev.interval_days)
        )
    elif rev.rule == CUSTOM:
        steps = ", ".join(f"{day_text(s.day)}: {g(s.dose)}" for s in rev.custom_steps[:6])
        more = " ..." if len(rev.custom_steps) > 6 else ""
        how = (
            fill(translate("Report", "custom steps (%1)"), steps + more)
            if steps
            else translate("Report", "custom steps")
        )
    else:
        how = rev.rule
    return fill(
        translate("Report", "from %1, %2, measured to %3, target %4"),
        dose(rev.start_dose, unit),
        how,
        dose(rev.resolution, unit),
        dose(rev.target, unit),
    )


def increase_text(day: dt.date, before: float, to: float, unit: str, rev) -> str:
    """'increase from 6.6 g to 14 g on 2026-12-13, agreed with Dr Rivera on 2026-12-01', or
    '..., agreement not recorded' (domain/plan_rules.py finds the increases)."""
    text = fill(
        translate("Report", "increase from %1 to %2 on %3"),
        dose(before, unit),
        dose(to, unit),
        day_text(day),
    )
    name = (rev.increase_agreed_with or "").strip()
    if not name:
        return text + ", " + translate("Report", "agreement not recorded")
    if rev.increase_agreed_on is None:
        return text + ", " + fill(translate("Report", "agreed with %1"), name)
    return (
        text
        + ", "
        + fill(translate("Report", "agreed with %1 on %2"), name, day_text(rev.increase_agreed_on))
    )


def _rises(s: Summary) -> dict[int, list]:
    """id(revision) -> the increases it brings."""
    if s.plan is None:
        return {}
    try:
        return {id(r.revision): r.rises for r in plan_rules.review_plan(s.plan)}
    except ValueError:
        return {}


def _increases_in_force(s: Summary) -> list[str]:
    """The increase the revision in force at the period's end brought, with who agreed it
    (or "agreement not recorded"): an increase is never silent."""
    in_force = [r for r in s.plan.revisions if r.effective_date <= s.options.last]
    if not in_force:
        return []
    current = in_force[-1]
    return [
        increase_text(day, before, to, s.unit, current)
        for day, before, to in _rises(s).get(id(current), [])
    ]


def _plan_section(s: Summary, width: float) -> list:
    out = [p(translate("Report", "Plan"), H2)]
    if s.plan is None:
        return out + [p(translate("Report", "No taper plan is recorded."))]
    unit = s.unit
    sub = s.plan.substance
    pairs = [(translate("Report", "Substance"), t(f"{sub.name} ({unit})"))]
    if s.planned_at_end is None:
        start = day_text(s.plan_start_day) if s.plan_start_day else translate("Report", "later")
        pairs.append(
            (
                translate("Report", "Planned dose"),
                fill(translate("Report", "the plan starts %1, after this period"), start),
            )
        )
        return out + [_key_values(pairs, width), *_tolerance(s)]
    # A patch's dose is a rate ("50 mcg/h"), never "per day".
    end_text = fill(
        translate("Report", "<b>%1</b> on %2")
        if is_rate(unit)
        else translate("Report", "<b>%1/day</b> on %2"),
        dose(s.planned_at_end, unit),
        day_text(s.options.last),
    )
    if s.mme_at_end is not None:
        end_text += " " + fill(
            translate("Report", "(%1 MME/day, CDC 2022 table)"),
            i18n.plain_number(format_mme(s.mme_at_end)),
        )
    pairs.append((translate("Report", "Planned dose"), end_text))
    if s.reduced_since_start_pct is not None:
        pairs.append(
            (
                translate("Report", "Reduced since plan start"),
                fill(
                    translate("Report", "%1% (from %2 on %3)"),
                    f"{s.reduced_since_start_pct:.0f}",
                    dose(s.plan_start_dose, unit),
                    day_text(s.plan_start_day),
                ),
            )
        )
    if s.reduced_in_period_pct is not None:
        pairs.append(
            (
                translate("Report", "Reduced over period"),
                fill(
                    translate("Report", "%1% (planned %2 at the start, %3 at the end)"),
                    f"{s.reduced_in_period_pct:.0f}",
                    dose(s.planned_at_start, unit),
                    dose(s.planned_at_end, unit),
                ),
            )
        )
    parts = []
    if s.step_day is not None:
        # the one day count of the app: the step day is day 1 (domain.schedule.day_of_step)
        parts.append(
            fill(
                translate("Report", "day %1 of this step, %2 (since %3)"),
                s.step_day,
                dose(s.planned_at_end, unit),
                day_text(s.step_start),
            )
        )
    open_hold = next((h for h in s.holds if h.end_day is None), None)
    if s.held_at_end and s.next_step is None and open_hold is not None:
        parts.append(
            fill(
                translate(
                    "Report",
                    "on hold since %1 with no end date: later steps wait until the hold ends",
                ),
                day_text(open_hold.start_day),
            )
        )
    else:
        if s.held_at_end:
            parts.append(translate("Report", "on hold"))
        if s.next_step is not None:
            parts.append(
                fill(
                    translate("Report", "next planned step %1 to %2"),
                    day_text(s.next_step[0]),
                    dose(s.next_step[1], unit),
                )
            )
        elif s.plan.revisions and s.planned_at_end <= s.plan.revisions[-1].target + 1e-9:
            parts.append(translate("Report", "target reached"))
        else:
            parts.append(translate("Report", "no further step scheduled"))
    pairs.append((translate("Report", "Current step"), "; ".join(parts)))
    rises = _increases_in_force(s)
    if rises:
        pairs.append((translate("Report", "Dose increase"), "; ".join(rises)))
    out.append(_key_values(pairs, width))
    if s.mme_at_end is not None:
        out.append(p(i18n.translate_any(MME_CAVEAT), SMALL))
    return out + _tolerance(s)


def _tolerance(s: Summary) -> list:
    """The tolerance sentence on page 1 for every plan, in body type (clinical.md 9): with
    the naloxone sentence for the opioid and buprenorphine kinds."""
    text = " ".join(
        i18n.translate_any(line) for line in safety.tolerance_note(s.plan.substance.kind)
    )
    return [
        p(f"<b>{translate('Report', 'Safety:')}</b> {text}", BODY),
        p(i18n.translate_any(safety.TOLERANCE_SOURCE), SMALL),
    ]


def _adherence_section(s: Summary, width: float) -> list:
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
            fill(
                translate(
                    "Report",
                    "logged on %1 of %2; at or below plan on %3 of %4 logged days with a plan",
                ),
                s.dose_days,
                days(s.days),
                s.at_or_below_plan,
                s.dose_days_with_plan,
            )
            + pct
        )
        if s.over_plan:
            text += "; " + fill(translate("Report", "above plan on %1"), days(s.over_plan))
        pairs.append((doses, text))
    else:
        pairs.append(
            (doses, fill(translate("Report", "logged on %1 of %2"), s.dose_days, days(s.days)))
        )
    checkins = fill(translate("Report", "on %1 of %2"), s.checkin_days, days(s.days))
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
    return out + [_key_values(pairs, width)]


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


def _chart_section(s: Summary, width: float) -> list:
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
        complete = (
            translate("Report", "1 complete check-in")
            if series.complete_days == 1
            else fill(translate("Report", "%1 complete check-ins"), series.complete_days)
        )
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
            bits.append(
                translate("Report", "1 partial check-in not plotted")
                if series.partial_days == 1
                else fill(
                    translate("Report", "%1 partial check-ins not plotted"), series.partial_days
                )
            )
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


def _measure(c) -> str:
    return f"{i18n.translate_any(c.label)} ({c.scale})"


def _period_means_section(s: Summary, width: float) -> list:
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
    out.append(_table(data, [width * 0.34, width * 0.3]))
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


def _comparison_section(s: Summary, width: float) -> list:
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
    w = [width * 0.34, width * 0.24, width * 0.24, width * 0.18]
    out.append(_table(data, w, extra=[("ALIGN", (1, 1), (-1, -1), "LEFT")]))
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


def _change(value: float | None) -> str:
    if value is None:
        return "–"
    return i18n.number(0.0) if abs(value) < 0.05 else i18n.plain_number(f"{value:+.1f}")


def _mean_n(value: float | None, n: int) -> str:
    return not_logged() if value is None else f"{i18n.number(value)}  (n={n})"


def _events_section(s: Summary, width: float) -> list:
    """Holds, days flagged for the provider with their notes, COWS totals at visits."""
    holds = []
    for h in s.holds:
        reason = f": {t(h.reason)}" if h.reason else ""
        if h.end_day is None:
            holds.append(
                fill(translate("Report", "from %1, no end date yet"), day_text(h.start_day))
                + reason
            )
        else:
            holds.append(f"{span(h.start_day, h.end_day)}, {days(h.length())}{reason}")
    flagged = []
    for c in s.flagged[:FLAGGED_ON_PAGE_1]:
        note = (
            f": {t(_excerpt(c.note, FLAGGED_NOTE_CHARS))}"
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
    for c in s.cows:
        who = f", {t(c.clinician)}" if c.clinician else ""
        cows.append(
            f"{day_text(c.day)}: <b>{c.total}</b> "
            f"({i18n.translate_any(scales.cows_band(c.total).name)}{who})"
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
    return [p(translate("Report", "Holds, flagged days and visits"), H2), _key_values(pairs, width)]


# ---- following pages ---------------------------------------------------------------------
def _daily_table(s: Summary, width: float) -> list:
    """One row a day. Each scale used has its own total column, named with its range, so a
    0-64 and a 0-30 total never share a column; the band column is SOWS's only (SOWS-Gossop
    has no bands)."""
    out = [CondPageBreak(90), p(translate("Report", "Daily table"), H2_LONG)]
    if not s.has_data:
        return out + [p(translate("Report", "No day in this period has a dose or a check-in."))]
    used = {r.checkin.instrument for r in s.rows if r.checkin is not None and r.checkin.rated}
    keys = [k for k in scales.INSTRUMENTS if k in used] or [scales.SOWS]
    mixed = len(keys) > 1
    head = [
        translate("Report", "Date"),
        fill(translate("Report", "Planned\n(%1)"), s.unit),
        fill(translate("Report", "Taken\n(%1)"), s.unit),
    ]
    widths = [68, 40, 46]
    total_cols = []
    for key in keys:
        inst = scales.instrument(key)
        total_cols.append(len(head))
        name = "SOWS-\nGossop" if key == scales.GOSSOP else key  # fits a narrow column
        head.append(fill(translate("Report", "%1\ntotal\n(0-%2)"), name, inst.max_total))
        widths.append(44)
        if inst.bands:
            head.append(fill(translate("Report", "%1\nband"), key))
            widths.append(42 if mixed else 46)
    first_measure = len(head)
    head += [
        translate("Report", "Craving"),
        translate("Report", "Pain"),
        translate("Report", "Sleep h /\nquality"),
        translate("Report", "Mood"),
    ]
    widths += [34, 26, 44, 28]
    notes = s.options.include_notes
    head.append(translate("Report", "Note") if notes else translate("Report", "Flagged"))
    widths.append(width - sum(widths))
    data = [head]
    extra = []
    marker_text = "<b>{}</b>".format(translate("Report", "Flagged."))
    for i, r in enumerate(s.rows, start=1):
        c = r.checkin
        planned = dose(r.planned) if r.planned is not None else translate("Report", "no plan")
        taken = dose(r.taken) if r.taken is not None else _fits(not_logged(), widths[2])
        row = [weekday_day(r.day), planned, taken]
        column = 3
        for n, key in enumerate(keys):
            inst = scales.instrument(key)
            mine = c is not None and c.rated and c.instrument == key
            if c is not None and not c.rated:  # a note, no symptom rated: not a check-in
                total, band = (translate("Report", "note") if n == 0 else ""), ""
            elif not mine:
                # another scale that day, or no check-in: blank here, named in its own column
                total, band = ("–" if c is not None else _fits(not_logged(), 44)), ""
            elif c.total is None:  # no total; the band column (SOWS) says how many items
                total = translate("Report", "partial")
                band = fill(
                    translate("Report", "%1/%2 items"), inst.answered(c.items), len(inst.items)
                )
            else:
                total = str(c.total)
                b = inst.band(c.total)
                band = i18n.translate_any(b.name) if b else ""
            row.append(total)
            cells = 2 if inst.bands else 1
            if inst.bands:
                row.append(band)
            if not mine or c.total is None:
                extra.append(("TEXTCOLOR", (column, i), (column + cells - 1, i), MUTED))
            column += cells
        if c is None:
            craving = pain = sleep = mood = ""
        else:
            craving, pain, mood = (_opt(c.craving), _opt(c.pain), _opt(c.mood))
            sleep = f"{_opt(c.sleep_hours)} / {_opt(c.sleep_quality)}"
        flagged = c is not None and c.flag_for_provider
        if notes:
            text = _excerpt(c.note if c else "", NOTE_CHARS)  # in full under "Notes"
            if text and fonts.is_rtl(text):  # the marker on its own line, the note RTL
                last_cell = ([p(marker_text, CELL)] if flagged else []) + [up(text)]
            else:
                marker = marker_text + " " if flagged else ""
                last_cell = p(marker + t(text), CELL) if (text or marker) else ""
        else:
            last_cell = translate("Report", "yes") if flagged else ""
        if not r.has_data and s.diary_began is not None and r.day < s.diary_began:
            row[2:] = ["", before_diary()] + [""] * (len(row) - 4)  # the diary had not begun
        data.append(row + [craving, pain, sleep, mood, last_cell])
        if r.taken is None:
            extra.append(("TEXTCOLOR", (2, i), (2, i), MUTED))
        if flagged:
            extra.append(("BACKGROUND", (0, i), (-1, i), FLAG))
        if r.held:
            extra.append(("BACKGROUND", (1, i), (1, i), HOLD))
    note_col = len(head) - 1
    extra += [
        ("ALIGN", (1, 0), (2, -1), "RIGHT"),
        ("ALIGN", (first_measure, 0), (note_col - 1, -1), "RIGHT"),
        ("LEFTPADDING", (note_col, 0), (note_col, -1), 8),
    ]  # the note never reads as mood
    extra += [("ALIGN", (col, 0), (col, -1), "RIGHT") for col in total_cols]
    data[0] = [_fits(text, w, bold=True) for text, w in zip(head, widths, strict=False)]
    out.append(_table(data, widths, extra=extra))
    legend = translate(
        "Report",
        'Blank or –: not recorded that day. "partial": some scale '
        'items were left unanswered, so there is no total. "note": '
        "a note with no symptom rated, not a check-in. Shaded planned "
        "dose: the plan was on hold. Highlighted rows were flagged "
        "for the provider.",
    )
    if mixed:
        legend += " " + translate(
            "Report",
            "Two scales were used in this period: each has its "
            "own total column (SOWS 0-64, SOWS-Gossop 0-30); "
            "their totals are never combined.",
        )
    if notes:
        legend += " " + translate(
            "Report", 'Notes cut short with … are printed in full under "Notes".'
        )
    out.append(p(legend, SMALL))
    return out


def _notes_section(s: Summary) -> list:
    """Every note of the period in full, by date: the days flagged for the provider first."""
    days = [r.checkin for r in s.rows if r.checkin is not None and r.checkin.note.strip()]
    if not days:
        return []
    flagged = [c for c in days if c.flag_for_provider]
    others = [c for c in days if not c.flag_for_provider]
    out = [CondPageBreak(90), p(translate("Report", "Notes"), H2_LONG)]
    for title, group in (
        (translate("Report", "Flagged for the provider"), flagged),
        (translate("Report", "Other days"), others),
    ):
        if not group:
            continue
        if flagged:  # a sub-heading only when the notes are split in two groups
            out.append(p(title, H3))
        for c in group:
            note = c.note.strip()
            if fonts.is_rtl(note):  # the date on its own line, the note right to left
                out += [p(f"<b>{weekday_day(c.day)}</b>", NOTE), up(note, NOTE)]
                continue
            text = "<br/>".join(t(line) for line in note.splitlines())
            out.append(p(f"<b>{weekday_day(c.day)}</b>&nbsp;&nbsp; {text}", NOTE))
    return out


def _opt(value) -> str:
    return "–" if value is None else g(value)


def _revisions_section(s: Summary, width: float) -> list:
    out = [p(translate("Report", "Plan revision history"), H2)]
    if not s.revisions:
        return out + [p(translate("Report", "No taper plan is recorded."))]
    data = [
        [
            translate("Report", "Effective"),
            translate("Report", "Schedule"),
            translate("Report", "Reason"),
            translate("Report", "Agreed by"),
        ]
    ]
    rises = _rises(s)
    for rev in s.revisions:
        schedule = _rule_text(rev, s.unit)
        for day, before, to in rises.get(id(rev), []):  # an increase is never silent
            schedule += "; " + increase_text(day, before, to, s.unit, rev)
        data.append(
            [
                day_text(rev.effective_date),
                p(t(schedule), CELL),
                up(rev.reason or "–"),
                up(rev.agreed_by or "–"),
            ]
        )
    widths = [58, width * 0.45, 0, width * 0.16]
    widths[2] = width - sum(widths)
    out.append(_table(data, widths))
    if s.holds or (s.plan and s.plan.holds):
        out.append(
            p(
                translate(
                    "Report",
                    "Holds pause the plan clock: every later step moves by the hold's length.",
                ),
                SMALL,
            )
        )
    return out


def _items_section(s: Summary, width: float) -> list:
    out = [p(translate("Report", "Items with the highest mean scores"), H2)]
    rows = s.top_items + s.extra_means[:5]
    if not rows:
        return out + [p(translate("Report", "No scale items were answered in this period."))]
    data = [
        [
            translate("Report", "Scale"),
            translate("Report", "Item"),
            translate("Report", "Mean"),
            translate("Report", "Days answered"),
        ]
    ]
    for m in rows:
        scale = (
            translate("Report", "extra (not in total)") if m.instrument == "extra" else m.instrument
        )
        data.append(
            [
                scale,
                i18n.translate_any(m.label),
                fill(translate("Report", "%1 of %2"), i18n.number(m.mean, 2), m.max_score),
                str(m.n),
            ]
        )
    out.append(
        _table(
            data,
            [width * 0.26, width * 0.36, width * 0.2, width * 0.18],
            extra=[("ALIGN", (2, 0), (-1, -1), "RIGHT")],
        )
    )
    return out


def _medications_section(s: Summary, width: float) -> list:
    out = [CondPageBreak(70), p(translate("Report", "Other medications"), H2_LONG)]
    if not s.medications:
        return out + [p(translate("Report", "None recorded in this period."))]
    notes = s.options.include_notes and any(m.note for m in s.medications)
    data = [
        [
            translate("Report", "Date"),
            translate("Report", "Time"),
            translate("Report", "Medication"),
            translate("Report", "Amount"),
        ]
        + ([translate("Report", "Note")] if notes else [])
    ]
    for m in s.medications:
        amount = "–" if m.amount is None else f"{g(m.amount)} {m.unit}".strip()
        row = [day_text(m.day), m.time or "–", up(m.name), amount]
        if notes:
            row.append(up(m.note) if m.note else "")
        data.append(row)
    widths = [62, 36, width * 0.3, 60]
    if notes:
        widths.append(width - sum(widths))
    else:
        widths[2] = width - 62 - 36 - 60
    out.append(_table(data, widths))
    return out


def not_validated_note() -> str:
    """In a language other than English, the scale items are an unvalidated translation
    (clinical.md section 1): empty in English."""
    if i18n.language() == i18n.SOURCE_LANGUAGE:
        return ""
    return translate(
        "Report",
        "The scale items in this report are a translation that has "
        "not been validated; the published scales are in English.",
    )


def _sources_section(s: Summary) -> list:
    out = [p(translate("Report", "Scales, sources and notes"), H2)]
    used = {series.instrument.key for series in s.series}
    used |= {r.checkin.instrument for r in s.rows if r.checkin is not None}
    lines = []
    if not_validated_note():
        lines.append(
            f"<b>{translate('Report', 'Translation not validated')}</b>: {not_validated_note()}"
        )
    for key in (scales.SOWS, scales.GOSSOP):
        if key in used or (not used and key == scales.SOWS):
            inst = scales.instrument(key)
            note = i18n.translate_any(inst.band_note)
            if s.plan is not None and s.plan.substance.kind == KRATOM:  # kratom wording only
                note += " " + i18n.translate_any(inst.kratom_note)
            lines.append(f"<b>{i18n.translate_any(inst.title)}</b>: {inst.citation} {note}")
    if s.cows:
        lines.append(
            fill(
                translate(
                    "Report",
                    "<b>Clinical Opiate Withdrawal Scale (COWS)</b>, "
                    "recorded as given by a clinician, never "
                    "computed by the app: %1",
                ),
                scales.COWS_CITATION,
            )
        )
    lines.append(
        translate(
            "Report",
            "<b>7-day mean</b>: mean of the complete totals in the 7 "
            "days ending that day, drawn when at least 4 are "
            "present. Partial check-ins have no total and are left "
            "out of every mean of the total.",
        )
    )
    lines.append(
        translate(
            "Report",
            "<b>At or below plan</b>: the day's logged doses add up "
            "to no more than the planned dose. Planned doses come "
            "from the rule agreed with the provider.",
        )
    )
    if s.mme_at_end is not None or (s.plan and s.plan.substance.kind == OPIOID):
        lines.append(
            f"<b>{translate('Report', 'Morphine milligram equivalents')}</b>: "
            f"{i18n.translate_any(MME_CAVEAT)} CDC Clinical Practice Guideline for "
            "Prescribing Opioids for Pain, MMWR Recomm Rep 2022;71(3)."
        )
    if s.plan is not None:
        lines.append(
            f"<b>{translate('Report', 'Safety')}</b> "
            f"({translate('Report', 'page 1')}): "
            f"{i18n.translate_any(safety.TOLERANCE_SOURCE)}"
        )
    out += [p(line, SMALL) for line in lines]
    return out


# ---- assembly -------------------------------------------------------------------
def story(s: Summary, width: float, generated: dt.datetime) -> list:
    opts = s.options
    flow: list = [
        p(translate("Report", "Taper summary for the provider"), H1),
        p(translate("Report", "Patient-reported diary kept with Taper Desktop"), SUB),
    ]
    pairs = []
    if opts.patient.strip():
        pairs.append((translate("Report", "Patient"), up(opts.patient.strip())))
    if opts.provider.strip():
        pairs.append((translate("Report", "Provider"), up(opts.provider.strip())))
    pairs.append((translate("Report", "Period"), f"{span(opts.first, opts.last)} ({days(s.days)})"))
    pairs.append((translate("Report", "Generated"), i18n.timestamp(generated)))
    flow.append(_key_values(pairs, width))
    flow += _plan_section(s, width)
    if not s.has_data:
        flow += [
            p(translate("Report", "In this period"), H2),
            p(
                fill(
                    translate(
                        "Report",
                        "No doses and no check-ins were logged from %1 "
                        "to %2: all %3 are missing. There is nothing to "
                        "summarise for these dates.",
                    ),
                    day_text(opts.first),
                    day_text(opts.last),
                    days(s.days),
                )
            ),
        ]
        flow += _events_section(s, width)
        flow += _sources_section(s)
        return flow
    flow += _adherence_section(s, width)
    flow += _chart_section(s, width)
    flow.append(KeepTogether(_comparison_section(s, width)))
    flow += _events_section(s, width)
    flow.append(_EndOfSummary())
    if opts.include_table:
        flow += _daily_table(s, width)
    if opts.include_notes:
        flow += _notes_section(s)
    if opts.include_table or opts.include_notes:
        flow.append(CondPageBreak(160))
    flow.append(KeepTogether(_revisions_section(s, width)))
    flow.append(KeepTogether(_items_section(s, width)))
    flow += _medications_section(s, width)
    flow.append(Spacer(1, 4))
    flow.append(KeepTogether(_sources_section(s)))
    return flow


def render(
    summary: Summary,
    pagesize,
    generated: dt.datetime | None = None,
    language: str = i18n.SOURCE_LANGUAGE,
) -> bytes:
    """The report as PDF bytes, in language (a code with a catalogue, e.g. "es")."""
    with i18n.using(language):
        return _render(summary, pagesize, generated)


def _render(summary: Summary, pagesize, generated: dt.datetime | None) -> bytes:
    fonts.register_base()
    generated = generated or dt.datetime.now()
    opts = summary.options
    buffer = io.BytesIO()
    width, height = pagesize
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM,
        title=f"{translate('Report', 'Taper summary')} {span(opts.first, opts.last)}",
        author=opts.patient.strip() or f"{APP_TITLE} user",
        subject=translate("Report", "Patient-reported taper diary summary for a provider visit"),
        creator=f"{APP_TITLE} {__version__}",
        keywords="taper, withdrawal, SOWS, report",
    )
    frame = Frame(
        MARGIN,
        BOTTOM,
        width - 2 * MARGIN,
        height - MARGIN - BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    paint = _furniture_painter(summary, pagesize, generated)
    doc.build(
        story(summary, frame.width, generated),
        canvasmaker=lambda *a, **k: _NumberedCanvas(
            *a, furniture=paint, **{**k, "initialFontName": fonts.REGULAR}
        ),
    )
    return buffer.getvalue()


def write_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Write the PDF through the one private-file writer; failures become ReportError."""
    try:
        return write_private(path, data)
    except WriteError as exc:
        raise ReportError(str(exc)) from None
