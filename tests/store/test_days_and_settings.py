"""The day-boundary rule and the settings declared once."""

import datetime as dt

import pytest

from taper_desktop.domain import settings as fields
from taper_desktop.domain.days import logical_day, parse_day, parse_hhmm
from taper_desktop.store import settings


@pytest.mark.parametrize(
    "clock,expected",
    [
        ("2026-03-10T01:30", "2026-03-09"),  # after midnight, before 04:00: the day before
        ("2026-03-10T03:59", "2026-03-09"),
        ("2026-03-10T04:00", "2026-03-10"),
        ("2026-03-10T23:59", "2026-03-10"),
        ("2026-03-01T00:10", "2026-02-28"),
    ],
)
def test_day_boundary_default_four_am(clock, expected):
    assert logical_day(dt.datetime.fromisoformat(clock)).isoformat() == expected


def test_day_boundary_is_configurable():
    moment = dt.datetime(2026, 3, 10, 5, 0)
    assert logical_day(moment, dt.time(6, 0)) == dt.date(2026, 3, 9)
    assert logical_day(moment, dt.time(0, 0)) == dt.date(2026, 3, 10)


@pytest.mark.parametrize("bad", ["2026-02-30", "2026-2-3", "yesterday", "", "2026-13-01"])
def test_bad_dates_are_named(bad):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_day(bad)


@pytest.mark.parametrize("bad", ["4:00", "24:00", "12:60", "noon"])
def test_bad_times_are_named(bad):
    with pytest.raises(ValueError, match="HH:MM"):
        parse_hhmm(bad)


def test_settings_defaults_and_round_trip(store):
    assert settings.get(store, "day_boundary") == "04:00"
    assert settings.get(store, "instrument") == "SOWS"
    assert settings.get(store, "hold_threshold_sows") == 6
    settings.put_many(
        store,
        {"instrument": "SOWS-Gossop", "extra_symptoms": ["diarrhoea"], "default_resolution": 1},
    )
    assert settings.get(store, "instrument") == "SOWS-Gossop"
    assert settings.get(store, "extra_symptoms") == ["diarrhoea"]
    assert settings.get(store, "default_resolution") == 1.0


def test_a_bad_setting_is_refused_and_nothing_is_written(store):
    with pytest.raises(ValueError, match="day_boundary"):
        settings.put_many(store, {"instrument": "SOWS-Gossop", "day_boundary": "25:00"})
    assert settings.get(store, "instrument") == "SOWS"
    with pytest.raises(ValueError, match="unknown setting"):
        fields.validate("colour", "blue")
    with pytest.raises(ValueError, match="not a whole number"):
        fields.validate("hold_threshold_sows", "6")


def test_a_hand_edited_value_falls_back_to_the_default(store):
    with store.transaction():
        store.execute("INSERT INTO setting VALUES ('theme', '\"purple\"')")
    assert settings.get(store, "theme") == "system"
