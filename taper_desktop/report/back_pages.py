"""The pages after the daily table: every note in full, the plan's revision history, the
items with the highest means, other medications, and the scales and sources."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak

from taper_desktop.domain import safety, scales
from taper_desktop.domain.substances import KRATOM, MME_CAVEAT, OPIOID
from taper_desktop.domain.wording import fill
from taper_desktop.report import fonts, i18n
from taper_desktop.report.i18n import translate
from taper_desktop.report.plan_section import increases_by_revision
from taper_desktop.report.styles import CELL, H2, H2_LONG, H3, NOTE, SMALL, Story, p, t, table, up
from taper_desktop.report.summary import Summary
from taper_desktop.report.words import (
    day_text,
    g,
    increase_text,
    not_validated_note,
    rule_text,
    weekday_day,
)


def notes_section(s: Summary) -> Story:
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


def revisions_section(s: Summary, width: float) -> Story:
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
    rises = increases_by_revision(s)
    for rev in s.revisions:
        schedule = rule_text(rev, s.unit)
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
    out.append(table(data, widths))
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


def items_section(s: Summary, width: float) -> Story:
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
        table(
            data,
            [width * 0.26, width * 0.36, width * 0.2, width * 0.18],
            extra=[("ALIGN", (2, 0), (-1, -1), "RIGHT")],
        )
    )
    return out


def medications_section(s: Summary, width: float) -> Story:
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
    out.append(table(data, widths))
    return out


def sources_section(s: Summary) -> Story:
    out = [p(translate("Report", "Scales, sources and notes"), H2)]
    used = {series.instrument.key for series in s.series}
    used |= {r.checkin.instrument for r in s.rows if r.checkin is not None}
    lines = []
    if not_validated_note():
        lines.append(
            fill(
                "<b>%1</b>: %2",
                translate("Report", "Translation not validated"),
                not_validated_note(),
            )
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
            fill(
                "<b>%1</b>: %2 %3",
                translate("Report", "Morphine milligram equivalents"),
                i18n.translate_any(MME_CAVEAT),
                "CDC Clinical Practice Guideline for Prescribing Opioids for Pain, "
                "MMWR Recomm Rep 2022;71(3).",
            )
        )
    if s.plan is not None:
        lines.append(
            fill(
                "<b>%1</b> (%2): %3",
                translate("Report", "Safety"),
                translate("Report", "page 1"),
                i18n.translate_any(safety.TOLERANCE_SOURCE),
            )
        )
    out += [p(line, SMALL) for line in lines]
    return out
