"""The companion measures and the 7-day window are declared once, in domain/measures.py,
and every layer takes them from there."""

from taper_desktop.domain import measures, scales, stats
from taper_desktop.domain.models import CheckIn
from taper_desktop.exchange import day_csv
from taper_desktop.report import summary


def test_the_measures_are_the_checkin_fields_in_the_csv_order():
    assert measures.MEASURE_KEYS == ("craving", "pain", "sleep_hours", "sleep_quality", "mood")
    fields = CheckIn.__dataclass_fields__
    assert all(key in fields for key in measures.MEASURE_KEYS)
    assert day_csv.MEASURES == measures.MEASURE_KEYS
    assert measures.CHARTED_KEYS == ("craving", "pain", "sleep_quality", "mood")


def test_scales_and_validation_use_the_declared_ranges():
    assert list(scales.COMPANION_MEASURES) == list(measures.MEASURE_KEYS)
    assert scales.COMPANION_MEASURES["sleep_hours"] == ("Sleep hours", 0, 24, 0.5)
    scales.validate_measure("sleep_hours", 7.5)
    for bad in (7.3, 25):
        try:
            scales.validate_measure("sleep_hours", bad)
        except ValueError as exc:
            assert "Sleep hours" in str(exc)
        else:
            raise AssertionError(f"{bad} accepted")


def test_the_rolling_window_is_one_pair_of_constants():
    assert (measures.WINDOW_DAYS, measures.WINDOW_MIN_DAYS) == (7, 4)
    assert summary.WEEK == measures.WINDOW_DAYS
    # the default window of the one rolling mean is the declared one
    values = [1.0, None, None, None, 2.0, 3.0, 4.0, None, None, None, None]
    assert stats.rolling_mean(values) == stats.rolling_mean(values, 7, 4)
    assert stats.rolling_mean(values)[6] == 2.5 and stats.rolling_mean(values)[10] is None


def test_chart_labels_and_styles_cover_the_charted_measures(qapp):
    from taper_desktop.ui.charts import common, data

    assert data.MEASURES == measures.CHARTED_KEYS
    assert set(common.MEASURE_STYLES) == set(measures.CHARTED_KEYS)
    assert [common.measure_label(k) for k in measures.CHARTED_KEYS] == [
        measures.measure(k).label for k in measures.CHARTED_KEYS
    ]
