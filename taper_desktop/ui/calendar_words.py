"""The calendar's words for a day and for the plan: what a day's cell shows and says
(its description for screen readers and the tooltip), and the plan line above the month.

Texts are looked up under the calendar tab's context ("CalendarTab")."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication

from taper_desktop.domain import plan_rules
from taper_desktop.domain.formatting import format_mme
from taper_desktop.domain.models import Hold, Plan
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.domain.substances import MME_CAVEAT, mme_per_day
from taper_desktop.domain.wording import fill
from taper_desktop.store.day_table import DayRow
from taper_desktop.ui import locale_format
from taper_desktop.ui.day_panel import fmt
from taper_desktop.ui.month_cells import DayCell
from taper_desktop.ui.plan_rule_text import increase_text, kept_problem_text
from taper_desktop.ui.translations import scale_text, substance_name, substance_text

translate = QCoreApplication.translate  # literal texts below, so lupdate collects them


def day_cell(row: DayRow, visit: str, step: bool, draft: bool, today: dt.date) -> DayCell:
    """What a day's cell shows and says (its description for screen readers and the tooltip)."""
    unit = row.unit
    # "not logged" only where a dose was expected: past days inside the plan.
    cell = DayCell(
        held=row.held,
        step=step,
        visit=visit,
        future=row.day > today or row.planned is None,
    )
    said = []
    if row.planned is not None:
        cell.planned = locale_format.dose(row.planned, unit)
        said.append(fill(translate("CalendarTab", "planned %1"), cell.planned))
    if row.taken is not None:
        cell.taken = locale_format.dose(row.taken, unit)
        said.append(fill(translate("CalendarTab", "took %1"), cell.taken))
        if row.planned is not None and row.taken > row.planned + 1e-9:
            cell.over_plan = f"+{fmt(round(row.taken - row.planned, 6))}"
    elif row.day <= today:
        said.append(translate("CalendarTab", "doses not logged"))
    if row.checkin is not None and not row.checkin.rated:
        said.append(translate("CalendarTab", "a note, no symptoms rated"))
    elif row.checkin is not None:
        scale = row.checkin.scale
        if row.checkin.total is None:
            cell.partial = True
            cell.withdrawal = translate("CalendarTab", "partial")
            said.append(translate("CalendarTab", "check-in partly answered"))
        elif scale.bands:  # SOWS: the total and its conventional band
            cell.withdrawal = str(row.checkin.total)
        else:  # SOWS-Gossop has no bands; name it so its totals are never mixed up
            cell.withdrawal = f"{row.checkin.instrument} {row.checkin.total}"
        if row.checkin.total is not None:
            band = scale.band(row.checkin.total)
            if band is not None:
                cell.band = scale_text(band.name)
                cell.band_level = [b.name for b in scale.bands].index(band.name)
            said.append(
                fill(
                    translate("CalendarTab", "%1 total %2%3"),
                    row.checkin.instrument,
                    row.checkin.total,
                    fill(
                        translate("CalendarTab", ", %1 (conventional band)"), scale_text(band.name)
                    )
                    if band
                    else "",
                )
            )
    if step:
        said.append(translate("CalendarTab", "the planned dose changes"))
    if row.held:
        said.append(translate("CalendarTab", "steps on hold"))
    if visit:
        said.append(fill(translate("CalendarTab", "appointment %1"), visit))
    if row.checkin is not None:
        cell.flagged = row.checkin.flag_for_provider
        cell.note = bool(row.checkin.note.strip())
        if cell.flagged:
            said.append(translate("CalendarTab", "flagged for your provider"))
        if cell.note:
            said.append(fill(translate("CalendarTab", "note: %1"), _excerpt(row.checkin.note)))
    cell.draft = draft
    if draft:
        said.append(translate("CalendarTab", "a check-in draft not saved"))
    cell.description = "; ".join(said)
    return cell


def summary_text(plan: Plan, schedule: PlanSchedule, today: dt.date, hold: Hold | None) -> str:
    """The plan line: today's dose, the next step, the projected end, what the rules say."""
    unit = plan.substance.unit
    parts = [f"<b>{html.escape(substance_name(plan.substance.name))}</b>"]
    planned = schedule.planned(today)
    if planned is None:
        first = plan.revisions[0].effective_date
        parts.append(fill(translate("CalendarTab", "starts %1."), locale_format.date(first)))
    else:
        text = fill(translate("CalendarTab", "Today %1"), locale_format.dose(planned, unit))
        mme = mme_per_day(planned, plan.substance.mme_factor)
        if mme is not None:
            text += fill(
                translate("CalendarTab", " (%1 MME/day*)"), locale_format.decimal(format_mme(mme))
            )
        n = schedule.day_of_step(today)
        if schedule.is_held(today):
            text += translate("CalendarTab", ", steps paused")
        elif n is not None:
            text += fill(translate("CalendarTab", ", day %1 of this step"), n)
        parts.append(text + ".")
        following = schedule.next_step(today)
        if following is not None:
            parts.append(
                fill(
                    translate("CalendarTab", "Next step %1: %2."),
                    locale_format.date(following[0]),
                    locale_format.dose(following[1], unit),
                )
            )
    end = schedule.projected_end()
    if end is not None:
        parts.append(fill(translate("CalendarTab", "Projected end %1."), locale_format.date(end)))
    elif hold is not None:
        parts.append(translate("CalendarTab", "End date moves once you resume."))
    parts.append(translate("CalendarTab", "<i>A plan to confirm with your provider.</i>"))
    parts += _plan_marks(plan, schedule, today)
    if plan.substance.mme_factor:
        parts.append("<br><small>* " + substance_text(MME_CAVEAT) + "</small>")
    return " ".join(parts)


def _plan_marks(plan: Plan, schedule: PlanSchedule, today: dt.date) -> list[str]:
    """What the plan rules say about the revision in force (domain/plan_rules.py): a
    rule it breaks (kept as stored, never changed behind the person's back) and an
    increase with who agreed it, or "agreement not recorded"."""
    unit = plan.substance.unit
    current = schedule.revision_for(today) or plan.revisions[0]
    try:
        review = next(r for r in plan_rules.review_plan(plan) if r.revision is current)
    except (StopIteration, ValueError):
        return []
    out = []
    for problem in review.problems:
        out.append(
            "<br>"
            + html.escape(kept_problem_text(problem, unit), quote=False)
            + " "
            + translate("CalendarTab", "Use Change plan to correct it.")
        )
    for day, before, to in review.rises:
        text = increase_text(
            day, before, to, unit, current.increase_agreed_with, current.increase_agreed_on
        )
        out.append("<br>" + html.escape(text[:1].upper() + text[1:], quote=False) + ".")
    return out


def _excerpt(note: str, limit: int = 80) -> str:
    """A note on one line, cut at a word for the tooltip (the day panel shows it all)."""
    text = " ".join(note.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def month_labels() -> dict[str, str]:
    """The month grid's words, full and in one-letter forms for narrow cells."""
    return {
        "plan": translate("CalendarTab", "Plan"),
        "took": translate("CalendarTab", "Took"),
        "not_logged": translate("CalendarTab", "not logged"),
        "step": translate("CalendarTab", "Step"),
        "visit": translate("CalendarTab", "Visit"),
        "hold": translate("CalendarTab", "On hold"),
        "partial": translate("CalendarTab", "partial"),
        "today": translate("CalendarTab", "Today"),
        # one-letter forms for narrow cells (large text, small window)
        "plan_short": translate("CalendarTab", "P", "short for Plan in a narrow calendar cell"),
        "took_short": translate("CalendarTab", "T", "short for Took in a narrow calendar cell"),
        "step_short": translate("CalendarTab", "S", "short for Step in a narrow calendar cell"),
        "revision": translate("CalendarTab", "Plan change"),
        "revision_short": translate(
            "CalendarTab", "P", "short for Plan change in a narrow calendar cell"
        ),
        "visit_short": translate("CalendarTab", "V", "short for Visit in a narrow calendar cell"),
    }


def legend_texts() -> tuple[str, str]:
    """The month's legend, and the keys and marks it explains in its tooltip."""
    return (
        translate(
            "CalendarTab",
            "Dot: SOWS total and its conventional band (the stronger the dot, the higher). "
            "Keys: arrows, Page Up/Down, Enter.",
        ),
        translate(
            "CalendarTab",
            "Arrows move a day or a week, Page Up/Down a month, Home today, Enter opens the "
            "day. SOWS-Gossop totals are named and have no bands. Small marks at the top "
            "right: a flag (flagged for your provider), a sheet (a note), a pencil (a "
            "check-in typed but not saved).",
        ),
    )


def held_now(plan: Plan | None, today: dt.date) -> Hold | None:
    """The hold in force today or open-ended: the one the plan line and Resume speak of."""
    if plan is None:
        return None
    for hold in plan.holds:
        if hold.covers(today) or hold.end_day is None:
            return hold
    return None
