"""Page 1's plan: the substance, the planned dose, the reductions, the current step, any
dose increase and who agreed it, and the tolerance note (clinical.md section 9)."""

from __future__ import annotations

import datetime as dt

from taper_desktop.domain import plan_rules, safety
from taper_desktop.domain.formatting import format_mme, is_rate
from taper_desktop.domain.models import Plan
from taper_desktop.domain.substances import MME_CAVEAT
from taper_desktop.domain.wording import fill
from taper_desktop.report import i18n, words
from taper_desktop.report.i18n import translate
from taper_desktop.report.styles import BODY, H2, SMALL, Story, key_values, p, t
from taper_desktop.report.summary import Summary
from taper_desktop.report.words import day_text, dose, increase_text

Increase = tuple[dt.date, float, float]  # the day, the dose before, the dose from that day


def increases_by_revision(s: Summary) -> dict[int, list[Increase]]:
    """id(revision) -> the increases it brings."""
    if s.plan is None:
        return {}
    try:
        return {id(r.revision): r.rises for r in plan_rules.review_plan(s.plan)}
    except ValueError:
        return {}


def _increases_in_force(s: Summary, plan: Plan) -> list[str]:
    """The increase the revision in force at the period's end brought, with who agreed it
    (or "agreement not recorded"): an increase is never silent."""
    in_force = [r for r in plan.revisions if r.effective_date <= s.options.last]
    if not in_force:
        return []
    current = in_force[-1]
    return [
        increase_text(day, before, to, s.unit, current)
        for day, before, to in increases_by_revision(s).get(id(current), [])
    ]


def plan_section(s: Summary, width: float) -> Story:
    out = [p(translate("Report", "Plan"), H2)]
    if s.plan is None:
        return out + [p(translate("Report", "No taper plan is recorded."))]
    unit = s.unit
    sub = s.plan.substance
    pairs = [
        (
            translate("Report", "Substance"),
            t(f"{i18n.substance_name(sub.name)} ({words.unit(unit)})"),
        )
    ]
    if s.planned_at_end is None:
        start = day_text(s.plan_start_day) if s.plan_start_day else translate("Report", "later")
        pairs.append(
            (
                translate("Report", "Planned dose"),
                fill(translate("Report", "the plan starts %1, after this period"), start),
            )
        )
        return out + [key_values(pairs, width), *tolerance(s.plan)]
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
    if s.reduced_since_start_pct is not None and s.plan_start_day is not None:
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
    if s.step_day is not None and s.step_start is not None:
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
    rises = _increases_in_force(s, s.plan)
    if rises:
        pairs.append((translate("Report", "Dose increase"), "; ".join(rises)))
    out.append(key_values(pairs, width))
    if s.mme_at_end is not None:
        out.append(p(i18n.translate_any(MME_CAVEAT), SMALL))
    return out + tolerance(s.plan)


def tolerance(plan: Plan) -> Story:
    """The tolerance sentence on page 1 for every plan, in body type (clinical.md 9): with
    the naloxone sentence for the opioid and buprenorphine kinds."""
    text = " ".join(i18n.translate_any(line) for line in safety.tolerance_note(plan.substance.kind))
    return [
        p(fill("<b>%1</b> %2", translate("Report", "Safety:"), text), BODY),
        p(i18n.translate_any(safety.TOLERANCE_SOURCE), SMALL),
    ]
