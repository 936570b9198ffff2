"""The report's shared words and figures: not logged, doses, dates, periods and the plan
rule in words, in the report's language (report/i18n.py)."""

from __future__ import annotations

import datetime as dt

from taper_desktop.catalogue import unit_plural
from taper_desktop.domain.formatting import format_amount, format_dose, unit_name
from taper_desktop.domain.models import PlanRevision
from taper_desktop.domain.plan_rules import CUSTOM, LINEAR, PERCENT
from taper_desktop.domain.wording import fill
from taper_desktop.report import i18n
from taper_desktop.report.i18n import tr, translate


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


def g(value: float) -> str:
    """A number as short as it can be (like :g), with the language's decimal sign."""
    return i18n.plain_number(format_amount(value))


def dose(value: float | None, unit: str = "") -> str:
    """THE dose text (domain/formatting.py format_dose), with the language's decimal sign."""
    if value is None:
        return not_logged()
    return i18n.plain_number(format_dose(value, unit, unit_plural))


def unit(name: str) -> str:
    """A unit on its own (a heading), in the report's language: 'g', 'cápsulas'."""
    return unit_name(name, unit_plural)


def day_text(day: dt.date) -> str:
    return i18n.date(day)


def weekday_day(day: dt.date) -> str:
    return f"{i18n.weekday(day)} {i18n.date(day)}"


def span(first: dt.date, last: dt.date) -> str:
    return fill(translate("Report", "%1 to %2"), day_text(first), day_text(last))


def days(n: int) -> str:
    return tr("%n day(s)", None, n)


def rule_text(rev: PlanRevision, unit: str) -> str:
    step, every = rev.step, rev.interval_days
    if rev.rule == PERCENT and step is not None and every is not None:
        how = fill(
            translate("Report", "cut %1% of the most recent dose every %2"), g(step), days(every)
        )
    elif rev.rule == LINEAR and step is not None and every is not None:
        how = fill(translate("Report", "cut %1 every %2"), dose(step, unit), days(every))
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


def increase_text(day: dt.date, before: float, to: float, unit: str, rev: PlanRevision) -> str:
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
