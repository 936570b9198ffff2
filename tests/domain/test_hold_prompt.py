"""The hold-prompt rule, on reference cases worked out by hand."""

import datetime as dt

from taper_desktop.domain import hold_prompt as hp
from taper_desktop.domain.models import CheckIn
from taper_desktop.domain.scales import GOSSOP_INSTRUMENT, SOWS_INSTRUMENT

D = dt.date
PLAN_START = D(2026, 3, 1)
STEP = D(2026, 3, 10)
STEPS = [(PLAN_START, 8.0), (STEP, 7.2)]
# The 7 days before the step, 03-03 .. 03-09: 8+10+9+11+10+8+7 = 63, mean 9.0 by hand.
BASELINE = dict(zip([D(2026, 3, d) for d in range(3, 10)], [8, 10, 9, 11, 10, 8, 7], strict=False))


def sows(day, total, answered=16):
    """A SOWS check-in whose items add up to total (spread as evenly as possible)."""
    keys = SOWS_INSTRUMENT.item_keys
    items = {k: total // 16 + (1 if i < total % 16 else 0) for i, k in enumerate(keys)}
    items = dict(list(items.items())[:answered])
    return CheckIn(day=day, instrument="SOWS", items=items)


def gossop(day, total):
    keys = GOSSOP_INSTRUMENT.item_keys
    items = {k: total // 10 + (1 if i < total % 10 else 0) for i, k in enumerate(keys)}
    return CheckIn(day=day, instrument="SOWS-Gossop", items=items)


def days(values: dict, maker=sows):
    return [maker(day, total) for day, total in values.items()]


def after(*totals):
    """Totals for 03-10, 03-11, 03-12 (None = not logged)."""
    return {D(2026, 3, 10 + i): t for i, t in enumerate(totals) if t is not None}


TODAY = D(2026, 3, 12)


def run(recent, today=TODAY, baseline=BASELINE, threshold=6, **kw):
    checkins = days(baseline) + days(recent)
    return hp.check(today, STEPS, checkins, "SOWS", threshold, **kw)


def test_the_helper_builds_the_totals_it_is_asked_for():
    assert sows(STEP, 23).total == 23 and sows(STEP, 23, answered=15).total is None
    assert gossop(STEP, 13).total == 13


def test_rising_recent_mean_clears_the_threshold():
    # (13 + 16 + 17) / 3 = 15.33; 15.33 - 9.0 = 6.33 >= 6
    result = run(after(13, 16, 17))
    assert result.outcome == hp.RISING and result.suggest
    assert result.step_day == STEP
    assert result.baseline == 9.0 and round(result.recent, 2) == 15.33
    assert (result.baseline_count, result.recent_count) == (7, 3)


def test_exactly_the_threshold_counts_as_rising():
    assert run(after(15, 15, 15)).outcome == hp.RISING  # 15 - 9 = 6


def test_settling_stays_quiet():
    # (12 + 14 + 13) / 3 = 13; 13 - 9 = 4 < 6
    result = run(after(12, 14, 13))
    assert result.outcome == hp.SETTLING and not result.suggest


def test_a_higher_threshold_setting_is_respected():
    assert run(after(13, 16, 17), threshold=7).outcome == hp.SETTLING


def test_only_the_last_three_days_count():
    # Today 03-14: recent window 03-12..03-14 = 12, 11, 10 -> mean 11, +2: settling,
    # although 03-10 and 03-11 were high.
    recent = {
        D(2026, 3, 10): 25,
        D(2026, 3, 11): 19,
        D(2026, 3, 12): 12,
        D(2026, 3, 13): 11,
        D(2026, 3, 14): 10,
    }
    assert run(recent, today=D(2026, 3, 14)).outcome == hp.SETTLING


def test_two_consecutive_severe_days_suggest_even_without_a_baseline():
    result = run(after(None, 21, 22), baseline={})
    assert result.outcome == hp.SEVERE_RUN and result.suggest


def test_severe_days_that_are_not_consecutive_are_not_a_run():
    result = run(after(22, None, 23), baseline={})
    assert result.outcome == hp.TOO_LITTLE_DATA and not result.suggest


def test_one_severe_day_among_moderate_ones_is_not_a_run():
    # 21 (severe) then 12 and 14; mean 15.67 - 9 = 6.67: rising, but not a severe run
    assert run(after(21, 12, 14)).outcome == hp.RISING
    assert run(after(21, 12, 10)).outcome == hp.SETTLING


def test_too_little_data_before_the_step():
    baseline = dict(list(BASELINE.items())[:3])  # 3 of 7 days
    result = run(after(20, 20, 20), baseline=baseline)
    assert result.outcome == hp.TOO_LITTLE_DATA and not result.suggest
    assert result.baseline_count == 3


def test_too_little_data_since_the_step():
    assert run(after(None, None, 20)).outcome == hp.TOO_LITTLE_DATA
    # two of the three days are enough: (18 + 16) / 2 = 17, +8
    assert run(after(None, 18, 16)).outcome == hp.RISING


def test_days_before_the_step_never_count_as_recent():
    # Step on 03-10, today 03-10: only one recent day, though 03-08 and 03-09 are in the window.
    result = run(after(30), today=STEP)
    assert result.outcome == hp.TOO_LITTLE_DATA and result.recent_count == 1


def test_partial_check_ins_have_no_total_and_do_not_count():
    checkins = days(BASELINE) + [sows(d, 20, answered=12) for d in after(1, 1, 1)]
    result = hp.check(D(2026, 3, 12), STEPS, checkins, "SOWS", 6)
    assert result.outcome == hp.TOO_LITTLE_DATA and result.recent_count == 0


def test_totals_of_the_two_scales_are_never_mixed():
    # Gossop check-ins after the step are ignored when the instrument is SOWS...
    checkins = days(BASELINE) + days(after(25, 25, 25), gossop)
    assert hp.check(D(2026, 3, 12), STEPS, checkins, "SOWS", 6).outcome == hp.TOO_LITTLE_DATA
    # ...and a SOWS baseline is ignored when the instrument is SOWS-Gossop.
    result = hp.check(D(2026, 3, 12), STEPS, checkins, "SOWS-Gossop", 3)
    assert result.outcome == hp.TOO_LITTLE_DATA and result.baseline_count == 0


def test_gossop_rising_uses_its_own_threshold_and_has_no_severe_run():
    baseline = {d: 5 for d in BASELINE}  # mean 5
    checkins = days(baseline, gossop) + days(after(8, 8, 7), gossop)  # mean 7.67, +2.67
    assert hp.check(D(2026, 3, 12), STEPS, checkins, "SOWS-Gossop", 3).outcome == hp.SETTLING
    checkins = days(baseline, gossop) + days(after(8, 8, 8), gossop)  # +3
    assert hp.check(D(2026, 3, 12), STEPS, checkins, "SOWS-Gossop", 3).outcome == hp.RISING
    checkins = days(after(30, 30, 30), gossop)  # maximal, but Gossop has no bands
    assert hp.check(D(2026, 3, 12), STEPS, checkins, "SOWS-Gossop", 3).outcome == hp.TOO_LITTLE_DATA


def test_no_step_yet_and_future_steps_are_ignored():
    assert hp.check(D(2026, 3, 5), STEPS, [], "SOWS", 6).outcome == hp.NO_STEP
    assert hp.check(D(2026, 3, 9), STEPS, days(BASELINE), "SOWS", 6).outcome == hp.NO_STEP


def test_the_latest_step_is_used():
    steps = STEPS + [(D(2026, 3, 17), 6.5)]
    assert hp.last_step(D(2026, 3, 16), steps) == STEP
    assert hp.last_step(D(2026, 3, 17), steps) == D(2026, 3, 17)


def test_nothing_is_suggested_while_a_hold_covers_today():
    result = run(after(25, 25, 25), held_today=True)
    assert result.outcome == hp.HELD and not result.suggest
