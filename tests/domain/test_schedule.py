"""Schedule rules (design.md "schedule rules"): hand-worked references and properties."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from taper_desktop.domain.models import CustomStep, Hold, PlanRevision
from taper_desktop.domain.schedule import (
    PlanSchedule,
    round_to,
    schedule_rows,
    step_doses,
    validate_rule,
)
from taper_desktop.domain.substances import CATALOGUE_BY_KEY, mme_per_day

D0 = dt.date(2026, 3, 2)


def day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


def test_kratom_8g_10_percent_weekly_at_quarter_gram_worked_by_hand():
    # Exact dose 8 x 0.9^n rounded to 0.25 g, ties to the lower dose, e.g.
    # n=1 7.2 -> 7.25; n=3 5.832 -> 5.75; n=15 1.647 -> 1.75 (no change, hold);
    # n=21 0.875 -> 1.0 (3.50 quarter-grams and a bit: rounds up, hold); n=40 0.118 -> 0.
    expected = [
        (0, 8.0),
        (7, 7.25),
        (14, 6.5),
        (21, 5.75),
        (28, 5.25),
        (35, 4.75),
        (42, 4.25),
        (49, 3.75),
        (56, 3.5),
        (63, 3.0),
        (70, 2.75),
        (77, 2.5),
        (84, 2.25),
        (91, 2.0),
        (98, 1.75),
        (112, 1.5),
        (119, 1.25),
        (133, 1.0),
        (154, 0.75),
        (175, 0.5),
        (210, 0.25),
        (280, 0.0),
    ]
    rows = schedule_rows("percent", 8, 10, 7, D0, resolution=0.25)
    assert [((r.day - D0).days, r.dose) for r in rows] == expected
    gaps = [b[0] - a[0] for a, b in zip(expected, expected[1:], strict=False)]
    assert [r.days for r in rows] == [*gaps, None]


def test_linear_oxycodone_taper_with_mme_per_step_worked_by_hand():
    # 40 mg/day, 7.5 mg less every 14 days, 5 mg tablets: 32.5 and 17.5 are exact ties
    # and go to the lower dose. Oxycodone MME factor 1.5 (CDC 2022).
    rows = schedule_rows("linear", 40, 7.5, 14, D0, resolution=5)
    assert [((r.day - D0).days, r.dose) for r in rows] == [
        (0, 40.0),
        (14, 30.0),
        (28, 25.0),
        (42, 15.0),
        (56, 10.0),
        (70, 0.0),
    ]
    factor = CATALOGUE_BY_KEY["oxycodone"].mme_factor
    assert [mme_per_day(r.dose, factor) for r in rows] == [60.0, 45.0, 37.5, 22.5, 15.0, 0.0]
    assert mme_per_day(8.0, CATALOGUE_BY_KEY["kratom_powder"].mme_factor) is None
    assert mme_per_day(8.0, CATALOGUE_BY_KEY["buprenorphine"].mme_factor) is None


def test_round_to_ties_go_lower_and_float_noise_is_cleaned():
    assert round_to(0.25, 0.5) == 0.0
    assert round_to(0.75, 0.5) == 0.5
    assert round_to(0.7500001, 0.5) == 1.0
    assert round_to(0.3, 0.1) == 0.3
    assert round_to(7.2, 0.25) == 7.25
    with pytest.raises(ValueError, match="resolution"):
        round_to(1, 0)


def test_target_ends_the_schedule():
    rows = schedule_rows("linear", 10, 2, 7, D0, resolution=1, target=3)
    assert [(r.dose, r.days) for r in rows] == [(10, 7), (8, 7), (6, 7), (4, 7), (3, None)]


@pytest.mark.parametrize(
    "args, message",
    [
        (("percent", 0, 10, 7, 0.1, 0), "start dose"),
        (("percent", 8, 0, 7, 0.1, 0), "percent"),
        (("percent", 8, 51, 7, 0.1, 0), "percent"),
        (("linear", 8, 9, 7, 0.1, 0), "amount per step"),
        (("linear", 8, 0, 7, 0.1, 0), "amount per step"),
        (("percent", 8, 10, 0, 0.1, 0), "interval"),
        (("percent", 8, 10, 7, 0, 0), "rounding step"),
        (("percent", 8, 10, 7, 0.1, 8), "target"),
        (("weekly", 8, 10, 7, 0.1, 0), "rule"),
    ],
)
def test_validate_rule_names_the_bad_parameter(args, message):
    with pytest.raises(ValueError, match=message):
        validate_rule(*args)


def test_hold_shifts_later_steps_by_its_length_and_resume_restarts_them():
    rev = PlanRevision(D0, "linear", 10, 1, 7, 1)
    plain = PlanSchedule([rev])
    assert plain.step_changes()[:3] == [(day(0), 10), (day(7), 9), (day(14), 8)]
    held = PlanSchedule([rev], [Hold(day(10), day(12))])  # three held days
    assert held.step_changes()[:3] == [(day(0), 10), (day(7), 9), (day(17), 8)]
    assert held.planned(day(16)) == 9 and held.planned(day(17)) == 8
    assert held.is_held(day(11)) and not held.is_held(day(13))
    open_hold = PlanSchedule([rev], [Hold(day(10))])
    assert open_hold.step_changes() == [(day(0), 10), (day(7), 9)]
    assert open_hold.planned(day(400)) == 9
    assert open_hold.projected_end() is None
    assert plain.projected_end() == day(70)
    assert held.projected_end() == day(73)


def test_a_hold_starting_on_a_step_day_postpones_that_step():
    rev = PlanRevision(D0, "linear", 10, 1, 7, 1)
    sched = PlanSchedule([rev], [Hold(day(7), day(8))])
    assert sched.planned(day(7)) == 10
    assert sched.step_changes()[1] == (day(9), 9)


def test_custom_steps_follow_their_dates_and_shift_with_a_hold():
    rev = PlanRevision(
        D0,
        "custom",
        30,
        None,
        None,
        5,
        custom_steps=[CustomStep(day(10), 25), CustomStep(day(20), 20), CustomStep(day(30), 0)],
    )
    assert PlanSchedule([rev]).step_changes() == [
        (day(0), 30),
        (day(10), 25),
        (day(20), 20),
        (day(30), 0),
    ]
    held = PlanSchedule([rev], [Hold(day(12), day(15))])
    assert held.step_changes() == [(day(0), 30), (day(10), 25), (day(24), 20), (day(34), 0)]
    assert held.projected_end() == day(34)


def test_revision_keeps_history_and_day_of_step():
    first = PlanRevision(D0, "percent", 8, 10, 7, 0.1, id=1)
    second = PlanRevision(day(30), "percent", 5.8, 5, 14, 0.1, id=2)
    before = PlanSchedule([first])
    after = PlanSchedule([first, second])
    for n in range(30):
        assert after.planned(day(n)) == before.planned(day(n))
    assert after.planned(day(30)) == 5.8
    assert after.planned(day(43)) == 5.8 and after.planned(day(44)) == 5.5
    assert after.day_of_step(day(44)) == 1 and after.day_of_step(day(46)) == 3
    assert after.next_step(day(44)) == (day(58), round_to(5.8 * 0.95**2, 0.1))
    assert after.planned(day(-1)) is None
    rows = after.rows()
    assert rows[0].day == D0 and rows[-1].dose == 0 and rows[-1].days is None


# ---- properties -------------------------------------------------------------------------

resolutions = st.sampled_from([0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0])


@st.composite
def rules(draw):
    resolution = draw(resolutions)
    start = draw(st.integers(2, 400)) * resolution
    method = draw(st.sampled_from(["percent", "linear"]))
    step = draw(st.floats(2, 50)) if method == "percent" else draw(st.floats(resolution / 4, start))
    target = draw(st.sampled_from([0.0, 0.0, round_to(start / 3, resolution)]))
    if target >= start:
        target = 0.0
    interval = draw(st.integers(1, 30))
    return method, start, step, interval, resolution, target


@settings(max_examples=150, deadline=None)
@given(rules())
def test_schedule_properties(rule):
    method, start, step, interval, resolution, target = rule
    rows = schedule_rows(method, start, step, interval, D0, resolution, target)
    doses = [r.dose for r in rows]
    assert all(b < a for a, b in zip(doses, doses[1:], strict=False)), "doses never rise or repeat"
    assert doses[-1] == target
    for dose in doses[:-1]:  # every shown dose is measurable
        assert abs(dose / resolution - round(dose / resolution)) < 1e-6
    for a, b in zip(doses, doses[1:-1], strict=False):  # no step smaller than the resolution
        assert a - b >= resolution - 1e-9
    for r in rows:
        assert (r.day - D0).days % interval == 0, "steps fall on the interval grid"
    assert all(r.days is not None and r.days > 0 for r in rows[:-1]) and rows[-1].days is None


@st.composite
def holds(draw):
    found, cursor = [], 0
    for _ in range(draw(st.integers(0, 3))):
        start = cursor + draw(st.integers(0, 60))
        length = draw(st.integers(1, 20))
        found.append(Hold(day(start), day(start + length - 1)))
        cursor = start + length + 1
    return found


@settings(max_examples=120, deadline=None)
@given(rules(), holds())
def test_holds_shift_steps_by_the_held_days_before_them(rule, hold_list):
    method, start, step, interval, resolution, target = rule
    rev = PlanRevision(D0, method, start, step, interval, resolution, target)
    plain = PlanSchedule([rev]).step_changes()
    shifted = PlanSchedule([rev], hold_list)
    got = shifted.step_changes()
    assert [d for _, d in got] == [d for _, d in plain]
    for (plain_day, _), (held_day, _) in zip(plain[1:], got[1:], strict=False):
        grid = (plain_day - D0).days
        assert grid % interval == 0
        # shifted by exactly the held days that fell before it
        assert (held_day - plain_day).days == shifted.held_days(D0, held_day - dt.timedelta(1))
        assert not shifted.is_held(held_day)
    for n in range(0, 120, 3):
        planned = shifted.planned(day(n))
        assert planned is not None and planned >= target


@settings(max_examples=100, deadline=None)
@given(rules(), rules(), st.integers(1, 200), holds())
def test_a_revision_never_changes_days_before_its_effective_date(first, second, at, hold_list):
    rev1 = PlanRevision(D0, *first, id=1)
    method, start, step, interval, resolution, target = second
    rev2 = PlanRevision(day(at), method, start, step, interval, resolution, target, id=2)
    before = PlanSchedule([rev1], hold_list)
    after = PlanSchedule([rev1, rev2], hold_list)
    for n in range(-1, at):
        assert after.planned(day(n)) == before.planned(day(n))
    assert after.planned(day(at)) is not None
    assert [c for c in after.step_changes() if c[0] < day(at)] == [
        c for c in before.step_changes() if c[0] < day(at)
    ]


def test_step_doses_rejects_custom():
    with pytest.raises(ValueError):
        list(step_doses("custom", 8, 1, 0.1))


@st.composite
def any_holds(draw):
    """Disjoint holds anywhere, also before the plan, on its first day, or open-ended."""
    found, cursor = [], draw(st.integers(-20, 40))
    for _ in range(draw(st.integers(0, 4))):
        start = cursor + draw(st.integers(0, 40))
        if draw(st.integers(0, 5)) == 0:
            found.append(Hold(day(start), None))
            break
        length = draw(st.integers(1, 25))
        found.append(Hold(day(start), day(start + length - 1)))
        cursor = start + length + draw(st.integers(0, 3))
    return found


@st.composite
def revisions(draw):
    found, at = [], 0
    for i in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            start = draw(st.integers(2, 60))
            steps = [
                CustomStep(day(at + draw(st.integers(-3, 90))), draw(st.integers(0, 60)))
                for _ in range(draw(st.integers(0, 4)))
            ]
            found.append(
                PlanRevision(day(at), "custom", start, None, None, 1, custom_steps=steps, id=i + 1)
            )
        else:
            found.append(PlanRevision(day(at), *draw(rules()), id=i + 1))
        at += draw(st.integers(0, 80))
    return found


@settings(max_examples=150, deadline=None)
@given(revisions(), any_holds())
def test_planned_from_cached_steps_equals_walking_the_plan_clock(revs, hold_list):
    schedule = PlanSchedule(revs, hold_list)
    for n in range(-5, 260):
        assert schedule.planned(day(n)) == schedule._planned_on_clock(day(n)), n


def test_overlapping_holds_still_walk_the_plan_clock():
    rev = PlanRevision(D0, "linear", 10, 1, 5, 1)
    schedule = PlanSchedule([rev], [Hold(day(3), day(9)), Hold(day(6), day(12))])
    assert not schedule._disjoint_holds
    assert [schedule.planned(day(n)) for n in range(30)] == [
        schedule._planned_on_clock(day(n)) for n in range(30)
    ]
