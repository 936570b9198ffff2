"""Rolling means and after-step profiles against values worked out by hand."""

import datetime as dt

from taper_desktop.domain.stats import after_step_profile, mean, rolling_mean


def test_mean_skips_missing_and_is_none_when_nothing_present():
    assert mean([2, None, 4]) == 3
    assert mean([None, None]) is None
    assert mean([0, 0]) == 0  # a logged zero is a value, not a gap


def test_rolling_mean_small_window_by_hand():
    values = [2, 4, None, 6, 8, None, None, 10, 12]
    # window 3, at least 2 values:
    # [2] [2,4] [2,4,-] [4,-,6] [-,6,8] [6,8,-] [8,-,-] [-,-,10] [-,10,12]
    assert rolling_mean(values, window=3, min_count=2) == [None, 3, 3, 5, 7, 7, None, None, 11]


def test_rolling_mean_default_seven_days_needs_four_values():
    values = [1, 2, 3, 4, 5, 6, 7, 8]
    out = rolling_mean(values)
    assert out[:3] == [None, None, None]
    assert out[3] == 2.5  # (1+2+3+4)/4
    assert out[6] == 4  # (1..7)/7
    assert out[7] == 5  # (2..8)/7: day 1 has left the window


def test_after_step_profile_by_hand():
    d = dt.date(2025, 3, 1)
    day = lambda n: d + dt.timedelta(days=n)  # noqa: E731
    series = {day(0): 10, day(1): 12, day(2): 14, day(3): 11, day(5): 9, day(6): 20, day(7): 22}
    per_step, means = after_step_profile(series, [day(0), day(5)], days_after=6)
    assert per_step[0] == [10, 12, 14, 11, None, 9, 20]
    assert per_step[1] == [9, 20, 22, None, None, None, None]
    assert means == [9.5, 16, 18, 11, None, 9, 20]


def test_after_step_profile_can_stop_each_step_at_the_next():
    d = dt.date(2025, 3, 1)
    day = lambda n: d + dt.timedelta(days=n)  # noqa: E731
    series = {day(0): 10, day(1): 12, day(2): 14, day(3): 11, day(5): 9, day(6): 20, day(7): 22}
    per_step, means = after_step_profile(series, [day(0), day(5)], days_after=6, stop_at_next=True)
    assert per_step[0] == [10, 12, 14, 11, None, None, None]  # day 5 is the next cut
    assert per_step[1] == [9, 20, 22, None, None, None, None]
    assert means == [9.5, 16, 18, 11, None, None, None]
