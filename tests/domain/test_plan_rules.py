"""The plan rules (domain/plan_rules.py) and the one dose formatter (domain/formatting.py),
at their boundaries."""

import datetime as dt

import pytest

from taper_desktop.domain import plan_rules as pr
from taper_desktop.domain.formatting import (
    format_amount,
    format_dose,
    format_mme,
    normalise_unit,
    unit_name,
)
from taper_desktop.domain.models import CustomStep, Hold, Plan, PlanRevision, Substance
from taper_desktop.domain.schedule import PlanSchedule, schedule_rows

D = dt.date(2026, 12, 1)


def codes(problems):
    return [p.code for p in problems]


def rev(
    start=8.0,
    step=10.0,
    interval=7,
    resolution=0.1,
    target=0.0,
    rule="percent",
    steps=(),
    day=D,
    agreed="",
):
    return PlanRevision(
        day,
        rule,
        start,
        step,
        interval,
        resolution,
        target,
        custom_steps=list(steps),
        increase_agreed_with=agreed,
    )


# ---- rounding step, start, target ---------------------------------------------------------


@pytest.mark.parametrize(
    "start, resolution, code",
    [
        (5, 10, pr.ROUND_NOT_BELOW_START),  # today: one row, a stop to 0 on day one
        (5, 5, pr.ROUND_NOT_BELOW_START),  # equal is not smaller
        (2.9, 0.5, pr.START_NOT_MULTIPLE),  # would start at 3 g, above the typed dose
        (15, 10, pr.START_NOT_MULTIPLE),  # would cut 33% on day one
        (8, 0, pr.ROUND_NOT_POSITIVE),
        (8, -0.1, pr.ROUND_NOT_POSITIVE),
        (0, 0.1, pr.START_NOT_POSITIVE),
    ],
)
def test_rounding_step_rules(start, resolution, code):
    problems = pr.check_rule("percent", start, 10, 7, resolution, 0)
    assert code in codes(problems)
    values = next(p for p in problems if p.code == code).values
    assert values.get("start", start) == start


@pytest.mark.parametrize(
    "start, resolution", [(2.9, 0.1), (7.25, 0.25), (5.1, 0.1), (60, 2.5), (8, 0.1), (0.2, 0.1)]
)
def test_multiples_despite_float_noise_are_accepted(start, resolution):
    assert pr.check_rule("percent", start, 10, 7, resolution, 0) == []


@pytest.mark.parametrize(
    "target, code",
    [
        (-0.1, pr.TARGET_NEGATIVE),
        (8, pr.TARGET_NOT_BELOW_START),
        (0.25, pr.TARGET_NOT_MULTIPLE),
        (9, pr.TARGET_NOT_BELOW_START),
    ],
)
def test_target_rules(target, code):
    assert codes(pr.check_rule("percent", 8, 10, 7, 0.1, target)) == [code]


@pytest.mark.parametrize("target", [0, 0.1, 7.9, 4])
def test_targets_allowed(target):
    assert pr.check_rule("percent", 8, 10, 7, 0.1, target) == []


@pytest.mark.parametrize(
    "rule, step, interval, code",
    [
        ("percent", 0, 7, pr.PERCENT_OUT_OF_RANGE),
        ("percent", 50.01, 7, pr.PERCENT_OUT_OF_RANGE),
        ("linear", 8.1, 7, pr.AMOUNT_OUT_OF_RANGE),
        ("linear", 0, 7, pr.AMOUNT_OUT_OF_RANGE),
        ("percent", 10, 0, pr.INTERVAL_TOO_SHORT),
        ("percent", None, 7, pr.STEP_MISSING),
        ("weekly", 10, 7, pr.RULE_UNKNOWN),
        ("percent", 0.0001, 7, pr.NO_END),
    ],
)
def test_step_rules(rule, step, interval, code):
    assert code in codes(pr.check_rule(rule, 8, step, interval, 0.1, 0))


def test_step_boundaries_allowed():
    assert pr.check_rule("percent", 8, 50, 1, 0.1, 0) == []
    assert pr.check_rule("linear", 8, 8, 1, 0.1, 0) == []


def test_describe_names_the_values():
    (problem,) = pr.check_rule("percent", 15, 10, 7, 10, 0)
    assert problem.describe() == "start dose 15 is not a multiple of the rounding step 10"


def test_first_row_is_the_start_dose_exactly():
    rows = schedule_rows("percent", 2.9, 10, 7, D, 0.1)
    assert rows[0].dose == 2.9
    assert all(b.dose < a.dose for a, b in zip(rows, rows[1:], strict=False))


# ---- custom steps ----------------------------------------------------------------------


def test_custom_step_on_the_effective_date_is_refused():
    r = rev(rule="custom", start=8, steps=[CustomStep(D, 7)])
    assert codes(pr.check_revision(r)) == [pr.CUSTOM_NOT_AFTER_START]
    ok = rev(rule="custom", start=8, steps=[CustomStep(D + dt.timedelta(days=1), 7)])
    assert pr.check_revision(ok) == []


@pytest.mark.parametrize(
    "dose, code",
    [(7.25, pr.CUSTOM_NOT_MULTIPLE), (0.5, pr.CUSTOM_BELOW_TARGET), (-1, pr.CUSTOM_NEGATIVE)],
)
def test_custom_step_dose_rules(dose, code):
    r = rev(rule="custom", start=8, target=1, steps=[CustomStep(D + dt.timedelta(days=7), dose)])
    assert code in codes(pr.check_revision(r))


def test_custom_steps_out_of_order_and_none():
    later, sooner = D + dt.timedelta(days=14), D + dt.timedelta(days=7)
    r = rev(rule="custom", steps=[CustomStep(later, 6), CustomStep(sooner, 7)])
    assert pr.CUSTOM_ORDER in codes(pr.check_revision(r))
    assert codes(pr.check_revision(rev(rule="custom"))) == [pr.CUSTOM_NO_STEPS]


# ---- increases -------------------------------------------------------------------------


def test_a_revision_above_the_day_before_needs_the_providers_name():
    first = rev(start=6.6, step=10, interval=7, day=D)
    plan = Plan(Substance("Kratom", "kratom", "g"), [first])
    second = rev(start=14, day=D + dt.timedelta(days=3))
    (problem,) = pr.check_new_revision(plan, second)
    assert problem.code == pr.INCREASE_NOT_CONFIRMED
    assert problem.values == {"day": second.effective_date, "before": 6.6, "dose": 14}
    assert "from 6.6 to 14" in problem.describe()
    second.increase_agreed_with = "Dr Rivera"
    assert pr.check_new_revision(plan, second) == []
    same = rev(start=6.6, day=D + dt.timedelta(days=3))
    assert pr.check_new_revision(plan, same) == []  # equal is no increase


def test_a_custom_step_up_needs_the_providers_name():
    up = rev(
        rule="custom",
        start=8,
        steps=[CustomStep(D + dt.timedelta(days=7), 6), CustomStep(D + dt.timedelta(days=14), 7)],
    )
    assert codes(pr.check_revision(up)) == [pr.INCREASE_NOT_CONFIRMED]
    up.increase_agreed_with = "Dr Rivera"
    assert pr.check_revision(up) == []


def test_review_of_a_stored_plan_keeps_and_marks():
    first = rev(start=15, resolution=10, day=D)  # breaks today's rule
    second = rev(start=20, resolution=10, step=10, day=D + dt.timedelta(days=10))
    plan = Plan(Substance("Oxycodone", "opioid", "mg"), [first, second])
    review = pr.review_plan(plan)
    assert codes(review[0].problems) == [pr.START_NOT_MULTIPLE]
    assert review[1].rises and not review[1].increase_recorded
    assert pr.INCREASE_NOT_CONFIRMED not in codes(review[1].problems)


def test_planned_before_follows_holds():
    first = rev(start=8, step=50, interval=7, resolution=1, day=D)
    hold = Hold(D + dt.timedelta(days=5), D + dt.timedelta(days=9))
    assert pr.planned_before([first], [], D + dt.timedelta(days=8)) == 4
    assert pr.planned_before([first], [hold], D + dt.timedelta(days=8)) == 8


# ---- holds -------------------------------------------------------------------------------


def test_hold_rules():
    a = Hold(D, D + dt.timedelta(days=3))
    assert codes(pr.check_hold(Hold(D + dt.timedelta(days=3), None), [a])) == [pr.HOLD_OVERLAP]
    assert pr.check_hold(Hold(D + dt.timedelta(days=4), None), [a]) == []
    assert codes(pr.check_hold(Hold(D, D - dt.timedelta(days=1)), [])) == [
        pr.HOLD_ENDS_BEFORE_START
    ]


# ---- preview: big cuts and pace ----------------------------------------------------------


def test_rounding_big_cuts_are_found():
    rows = schedule_rows("percent", 4, 10, 7, D, 1)
    doses = [r.dose for r in rows]
    assert doses == [4, 3, 2, 1, 0]
    cuts = pr.big_cuts(doses, 10)
    assert [(c.index, round(c.percent)) for c in cuts] == [(1, 25), (2, 33), (3, 50), (4, 100)]
    assert pr.big_cuts([10, 8], 10) == []  # exactly twice is not more than twice
    assert [c.index for c in pr.big_cuts([10, 7.9], 10)] == [1]


def test_pace_boundary():
    assert pr.weekly_pace(10, 0, 70) == pytest.approx(10)
    assert not pr.pace_is_fast(pr.weekly_pace(10, 0, 70))
    assert pr.pace_is_fast(pr.weekly_pace(10, 0, 69))
    assert pr.weekly_pace(10, 0, 0) is None


# ---- formatting --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "amount, unit, text",
    [
        (7.25, "g", "7.25 g"),
        (8.0, "g", "8 g"),
        (0.1 + 0.2, "g", "0.3 g"),
        (60, "mg", "60 mg"),
        (50, "mcg/hr", "50 mcg/h"),
        (50, "mcg/h", "50 mcg/h"),
        (4, "capsules", "4 capsules"),
        (1, "capsules", "1 capsule"),
        (1.5, "tablets", "1.5 tablets"),
        (1234567.5, "mg", "1234567.5 mg"),
        (-0.0, "g", "0 g"),
    ],
)
def test_format_dose(amount, unit, text):
    assert format_dose(amount, unit) == text


@pytest.mark.parametrize(
    "value, text",
    [(86.25, "86.3"), (78.75, "78.8"), (90, "90"), (0.05, "0.1"), (0.04, "0"), (12.34, "12.3")],
)
def test_format_mme_rounds_halves_up(value, text):
    assert format_mme(value) == text


def test_units():
    assert normalise_unit(" mcg/hr ") == "mcg/h"
    assert format_amount(7.25) == "7.25"


def test_planned_day_before_a_revision_in_a_schedule():
    first = rev(start=60, step=10, interval=14, resolution=5, day=D)
    schedule = PlanSchedule([first])
    assert schedule.planned(D + dt.timedelta(days=14)) == 55


# ---- a revision that only restates the plan in force ---------------------------------------


def _percent_plan() -> Plan:
    start = dt.date(2026, 11, 1)
    return Plan(
        Substance("Oxycodone", "opioid", "mg"),
        revisions=[PlanRevision(start, "percent", 60, 10, 14, 5)],
    )


def test_the_plan_in_force_restated_mid_step_is_no_change():
    plan = _percent_plan()
    day = dt.date(2026, 11, 20)  # six days into the second step (55 mg from 15 Nov)
    same = PlanRevision(day, "percent", 55, 10, 14, 5)
    assert pr.continues_unchanged(plan, same)


@pytest.mark.parametrize(
    "changed",
    [
        {"start_dose": 50},
        {"step": 5},
        {"interval_days": 7},
        {"resolution": 2.5},
        {"target": 10},
        {"rule": "linear"},
    ],
)
def test_any_changed_field_is_a_change(changed):
    plan = _percent_plan()
    fields = dict(
        effective_date=dt.date(2026, 11, 20),
        rule="percent",
        start_dose=55,
        step=10,
        interval_days=14,
        resolution=5,
    )
    fields.update(changed)
    assert not pr.continues_unchanged(plan, PlanRevision(**fields))


def test_a_new_plan_and_dated_steps_are_changes():
    assert not pr.continues_unchanged(
        None, PlanRevision(dt.date(2026, 11, 1), "percent", 60, 10, 14, 5)
    )
    start = dt.date(2026, 11, 1)
    custom = Plan(
        Substance("Kratom", "kratom", "g"),
        revisions=[
            PlanRevision(
                start,
                "custom",
                10,
                None,
                None,
                0.5,
                custom_steps=[
                    CustomStep(dt.date(2026, 11, 8), 9),
                    CustomStep(dt.date(2026, 11, 15), 8),
                ],
            )
        ],
    )
    day = dt.date(2026, 11, 10)
    rest = [CustomStep(dt.date(2026, 11, 15), 8)]
    same = PlanRevision(day, "custom", 9, None, None, 0.5, custom_steps=rest)
    assert pr.continues_unchanged(custom, same)
    moved = [CustomStep(dt.date(2026, 11, 16), 8)]
    assert not pr.continues_unchanged(
        custom, PlanRevision(day, "custom", 9, None, None, 0.5, custom_steps=moved)
    )


def test_counted_units_have_plural_forms_in_any_language():
    assert [format_dose(a, "capsules") for a in (1, 4, 0.5)] == [
        "1 capsule",
        "4 capsules",
        "0.5 capsules",
    ]
    assert [format_dose(a, "patches") for a in (1, 2)] == ["1 patch", "2 patches"]
    forms = {"%1 capsule(s)": ("%1 cápsula", "%1 cápsulas")}

    def spanish(text: str, n: int) -> str:
        one, many = forms[text]
        return one if n == 1 else many

    assert format_dose(1, "capsules", spanish) == "1 cápsula"
    assert format_dose(4, "capsules", spanish) == "4 cápsulas"
    assert format_dose(7.5, "g", spanish) == "7.5 g"  # a symbol is never looked up
    assert unit_name("capsules", spanish) == "cápsulas" and unit_name("mg") == "mg"
