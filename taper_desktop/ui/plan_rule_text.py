"""Each plan-rule problem (domain/plan_rules.py) in the person's language.

The checker names the problem and its values; this module only words it, for the plan
dialog, the calendar's plan line and the import summary."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from taper_desktop.domain import plan_rules as pr
from taper_desktop.domain.formatting import format_amount
from taper_desktop.domain.wording import fill
from taper_desktop.ui import locale_format

translate = QCoreApplication.translate  # literal texts below, so lupdate collects them


def problem_text(problem: pr.Problem, unit: str = "") -> str:
    """A calm sentence naming the values, e.g. 'The start dose (2.9 g) is not a multiple
    of the rounding step (0.5 g).'"""
    v = problem.values

    def dose(key: str) -> str:
        return (
            locale_format.dose(v[key], unit)
            if isinstance(v.get(key), (int, float))
            else str(v.get(key))
        )

    def day(key: str) -> str:
        value = v.get(key)
        return locale_format.date(value) if isinstance(value, dt.date) else str(value)

    code = problem.code
    if code == pr.ROUND_NOT_POSITIVE:
        return translate("plan_rules", "The rounding step must be greater than 0.")
    if code == pr.ROUND_NOT_BELOW_START:
        return fill(
            translate(
                "plan_rules", "The rounding step (%1) must be smaller than the start dose (%2)."
            ),
            dose("resolution"),
            dose("start"),
        )
    if code == pr.START_NOT_MULTIPLE:
        return fill(
            translate(
                "plan_rules", "The start dose (%1) is not a multiple of the rounding step (%2)."
            ),
            dose("start"),
            dose("resolution"),
        )
    if code == pr.START_NOT_POSITIVE:
        return translate("plan_rules", "The start dose must be greater than 0.")
    if code == pr.TARGET_NEGATIVE:
        return translate("plan_rules", "The target cannot be below 0.")
    if code == pr.TARGET_NOT_BELOW_START:
        return fill(
            translate("plan_rules", "The target (%1) must be below the start dose (%2)."),
            dose("target"),
            dose("start"),
        )
    if code == pr.TARGET_NOT_MULTIPLE:
        return fill(
            translate(
                "plan_rules", "The target (%1) must be 0 or a multiple of the rounding step (%2)."
            ),
            dose("target"),
            dose("resolution"),
        )
    if code == pr.PERCENT_OUT_OF_RANGE:
        return translate("plan_rules", "The percent per step must be above 0 and at most 50.")
    if code == pr.AMOUNT_OUT_OF_RANGE:
        return translate(
            "plan_rules", "The amount per step must be greater than 0 and at most the start dose."
        )
    if code == pr.STEP_MISSING:
        return translate("plan_rules", "Type the step size.")
    if code == pr.INTERVAL_TOO_SHORT:
        return translate("plan_rules", "Type a whole number of days, at least 1.")
    if code == pr.NO_END:
        return fill(
            translate(
                "plan_rules", "These steps are too small to reach the target within %1 steps."
            ),
            str(v.get("max_steps")),
        )
    if code == pr.CUSTOM_NO_STEPS:
        return translate("plan_rules", "Add at least one dated step.")
    if code == pr.CUSTOM_ORDER:
        return fill(
            translate("plan_rules", "Step on %1: dates must be in order, one step per date."),
            day("day"),
        )
    if code == pr.CUSTOM_NOT_AFTER_START:
        return fill(
            translate(
                "plan_rules", "Step on %1: date it after the day the plan takes effect (%2)."
            ),
            day("day"),
            day("effective"),
        )
    if code == pr.CUSTOM_NEGATIVE:
        return fill(translate("plan_rules", "Step on %1: the dose cannot be below 0."), day("day"))
    if code == pr.CUSTOM_NOT_MULTIPLE:
        return fill(
            translate("plan_rules", "Step on %1: %2 is not a multiple of the rounding step (%3)."),
            day("day"),
            dose("dose"),
            dose("resolution"),
        )
    if code == pr.CUSTOM_BELOW_TARGET:
        return fill(
            translate("plan_rules", "Step on %1: %2 is below the target (%3)."),
            day("day"),
            dose("dose"),
            dose("target"),
        )
    if code == pr.INCREASE_NOT_CONFIRMED:
        return fill(
            translate(
                "plan_rules",
                "The dose rises on %1 from %2 to %3. Confirm below that your provider "
                "agreed this increase, with their name.",
            ),
            day("day"),
            dose("before"),
            dose("dose"),
        )
    if code == pr.EFFECTIVE_BEFORE_PLAN:
        return fill(
            translate("plan_rules", "A change cannot start before the plan itself (%1)."),
            day("first"),
        )
    if code == pr.HOLD_OVERLAP:
        return fill(translate("plan_rules", "This hold overlaps the hold from %1."), day("other"))
    if code == pr.HOLD_ENDS_BEFORE_START:
        return translate("plan_rules", "A hold cannot end before it starts.")
    if code == pr.RULE_UNKNOWN:
        return translate("plan_rules", "Pick a rule.")
    return problem.describe()


def kept_problem_text(problem: pr.Problem, unit: str = "") -> str:
    """A rule a stored plan breaks, said about 'this plan' (calendar plan line)."""
    v = problem.values
    if problem.code == pr.START_NOT_MULTIPLE:
        return fill(
            translate(
                "plan_rules",
                "This plan's start dose (%1) is not a multiple of its rounding step (%2).",
            ),
            locale_format.dose(v["start"], unit),
            locale_format.dose(v["resolution"], unit),
        )
    if problem.code == pr.ROUND_NOT_BELOW_START:
        return fill(
            translate(
                "plan_rules",
                "This plan's rounding step (%1) is not smaller than its start dose (%2).",
            ),
            locale_format.dose(v["resolution"], unit),
            locale_format.dose(v["start"], unit),
        )
    if problem.code == pr.TARGET_NOT_MULTIPLE:
        return fill(
            translate(
                "plan_rules", "This plan's target (%1) is not a multiple of its rounding step (%2)."
            ),
            locale_format.dose(v["target"], unit),
            locale_format.dose(v["resolution"], unit),
        )
    return problem_text(problem, unit)


def increase_text(day, before: float, to: float, unit: str, agreed_with: str, agreed_on) -> str:
    """'increase from 6.6 g to 14 g on 2026-12-01, agreed with Dr Rivera on 2026-12-01',
    or '..., agreement not recorded'."""
    text = fill(
        translate("plan_rules", "increase from %1 to %2 on %3"),
        locale_format.dose(before, unit),
        locale_format.dose(to, unit),
        locale_format.date(day),
    )
    if agreed_with:
        agreed = fill(translate("plan_rules", "agreed with %1"), agreed_with)
        if agreed_on is not None:
            agreed = fill(
                translate("plan_rules", "agreed with %1 on %2"),
                agreed_with,
                locale_format.date(agreed_on),
            )
        return text + ", " + agreed
    return text + ", " + translate("plan_rules", "agreement not recorded")


def amount(value: float) -> str:
    return format_amount(value)
