"""The plan sheet's moving parts: the current dose, the next steps and the holds."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.styles import ParagraphStyle

from taper_desktop.domain.formatting import is_rate
from taper_desktop.domain.models import Plan
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.domain.wording import fill
from taper_desktop.report import fonts, i18n
from taper_desktop.report.i18n import tr, translate
from taper_desktop.report.styles import H2, SMALL, Story, excerpt, p, t, table
from taper_desktop.report.words import day_text, days, dose, weekday_day

NEXT_STEPS = 12
NOTE = ParagraphStyle("sheet_note", parent=SMALL, spaceBefore=3)
HOLDS_SHOWN = 4
HOLD_REASON_CHARS = 90  # typed texts are cut (with "…") so that the sheet stays one page


def per_day(unit: str) -> str:
    return "" if is_rate(unit) else translate("Report", " per day")


def _steps(n: int) -> str:
    return tr("%n more step(s)", None, n)


def current(schedule: PlanSchedule, plan: Plan, today: dt.date) -> str:
    unit = plan.substance.unit
    first = schedule.revisions[0].effective_date
    if today < first:
        return fill(
            translate("Report", "the plan starts on %1 at %2"),
            day_text(first),
            dose(schedule.planned(first), unit) + per_day(unit),
        )
    text = fill(
        translate("Report", "<b>%1</b> on %2"),
        dose(schedule.planned(today), unit) + per_day(unit),
        day_text(today),
    )
    since = schedule.current_step_start(today)
    if since is not None and since < today:
        text += fill(
            translate("Report", " (since %1, day %2 of this step)"),
            day_text(since),
            schedule.day_of_step(today),
        )
    held = next((h for h in schedule.holds if h.covers(today)), None)
    if held is not None:
        text += fill(translate("Report", "; on hold since %1"), day_text(held.start_day))
        text += (
            fill(translate("Report", " until %1"), day_text(held.end_day))
            if held.end_day
            else translate("Report", ", no end date yet")
        )
    return text


def steps_table(schedule: PlanSchedule, plan: Plan, today: dt.date, width: float) -> Story:
    unit = plan.substance.unit
    out = [p(translate("Report", "Next steps"), H2)]
    open_hold = next((h for h in schedule.holds if h.covers(today) and h.end_day is None), None)
    if open_hold is not None:
        # The clock is stopped: date the steps as if the hold ended today, and show each
        # as a number of days after the hold ends.
        from dataclasses import replace

        holds = [replace(h, end_day=today) if h is open_hold else h for h in schedule.holds]
        schedule = PlanSchedule(schedule.revisions, holds)
    rows = schedule.rows()
    ahead = [(i, r) for i, r in enumerate(rows) if r.day > today and i > 0]
    if not ahead:
        end = schedule.projected_end()
        if end is not None and end <= today:
            return out + [
                p(
                    fill(
                        translate(
                            "Report", "The target was reached on %1. No further step is planned."
                        ),
                        day_text(end),
                    )
                )
            ]
        return out + [p(translate("Report", "No further step is scheduled."))]
    if open_hold is not None:
        out.append(
            p(
                translate(
                    "Report",
                    "The plan is on hold with no end date, so the steps "
                    "have no dates yet: each is counted from the day the "
                    "hold ends.",
                ),
                NOTE,
            )
        )
    shown = ahead[:NEXT_STEPS]
    data = [
        [
            translate("Report", "Step"),
            translate("Report", "From") if open_hold is None else translate("Report", "When"),
            translate("Report", "Dose"),
            translate("Report", "Change"),
            translate("Report", "Lasts"),
        ]
    ]
    for i, r in shown:
        before = rows[i - 1].dose
        cut = before - r.dose
        change = f"−{dose(cut, unit)}"
        if before > 0:
            change += (
                f" ({i18n.number(100 * cut / before, 0)}\u00a0%)"
                if i18n.language() != i18n.SOURCE_LANGUAGE
                else f" ({cut / before:.0%})"
            )
        lasts = days(r.days) if r.days is not None else translate("Report", "target")
        when = (
            weekday_day(r.day)
            if open_hold is None
            else fill(translate("Report", "%1 after the hold"), days((r.day - today).days))
        )
        data.append([str(i), when, dose(r.dose, unit) + per_day(unit), change, lasts])
    widths: list[float] = [40, 120, 120, 110]
    widths.append(width - sum(widths))
    # Larger than the report's tables: the sheet is read from across a kitchen.
    out.append(
        table(
            data,
            widths,
            extra=[
                ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                ("FONT", (0, 0), (-1, 0), fonts.BOLD, 9.5, 12),
                ("FONT", (0, 1), (-1, -1), fonts.REGULAR, 10, 12.5),
                ("FONT", (2, 1), (2, -1), fonts.BOLD, 10, 12.5),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ],
        )
    )
    more = len(ahead) - len(shown)
    end = schedule.projected_end()
    if end is not None:
        reach = (
            fill(translate("Report", "on %1"), day_text(end))
            if open_hold is None
            else fill(translate("Report", "%1 after the hold ends"), days((end - today).days))
        )
        if more > 0:
            out.append(
                p(
                    fill(
                        translate("Report", "and %1, reaching the target of %2 %3."),
                        _steps(more),
                        dose(rows[-1].dose, unit),
                        reach,
                    ),
                    NOTE,
                )
            )
        else:
            out.append(
                p(fill(translate("Report", "The last step reaches the target %1."), reach), NOTE)
            )
    elif more > 0:
        out.append(p(fill(translate("Report", "and %1."), _steps(more)), NOTE))
    if open_hold is None and any(h.end_day is None for h in schedule.holds):
        out.append(
            p(
                translate(
                    "Report",
                    "A hold with no end date stops the dates: later steps move when it ends.",
                ),
                NOTE,
            )
        )
    return out


def holds_section(schedule: PlanSchedule, plan: Plan) -> Story:
    out = [p(translate("Report", "Holds"), H2)]
    if not plan.holds:
        return out + [
            p(
                translate(
                    "Report",
                    "No holds so far. A hold pauses the steps; every "
                    "later step moves by its length.",
                )
            )
        ]
    unit = plan.substance.unit
    lines = []
    for h in sorted(plan.holds, key=lambda h: h.start_day)[-HOLDS_SHOWN:]:
        held_at = schedule.planned(h.start_day)
        at = fill(translate("Report", " at %1"), dose(held_at, unit)) if held_at is not None else ""
        length = h.length()
        if h.end_day and length is not None:
            when = (
                fill(
                    translate("Report", "%1 to %2 (%3)"),
                    day_text(h.start_day),
                    day_text(h.end_day),
                    days(length),
                )
                + at
            )
        else:
            when = fill(
                translate("Report", "from %1%2, no end date yet"), day_text(h.start_day), at
            )
        reason = f": {t(excerpt(h.reason, HOLD_REASON_CHARS))}" if h.reason.strip() else ""
        lines.append(f"{when}{reason}")
    if len(plan.holds) > HOLDS_SHOWN:
        earlier = len(plan.holds) - HOLDS_SHOWN
        lines.append(tr("and %n earlier hold(s)", None, earlier))
    return out + [p("<br/>".join(lines))]
