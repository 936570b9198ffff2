"""Settings declared once: defaults, validation, and a round trip through the store."""

import pytest

from taper_desktop.domain import settings as fields
from taper_desktop.store import settings as settings_store


def test_every_default_passes_its_own_validation():
    for field in fields.FIELDS:
        assert fields.validate(field.key, fields.default(field.key)) == field.default
        if field.choices and field.kind is str:
            assert field.default in {value for value, _ in field.choices}
        if field.bounds:
            assert field.bounds[0] <= field.default <= field.bounds[1]


def test_round_trip_every_visible_field(store):
    changed = {
        "day_boundary": "05:30",
        "instrument": "SOWS-Gossop",
        "extra_symptoms": ["diarrhoea", "low_energy"],
        "hold_threshold_sows": 9,
        "hold_threshold_gossop": 5,
        "paper_size": "Letter",
        "reminder_enabled": False,
        "reminder_time": "21:15",
        "theme": "dark",
        "keep_in_tray": True,
        "text_size": 150,
        "auto_lock_minutes": 5,
        "language": "es",
    }
    assert set(changed) == {f.key for f in fields.visible_fields()}
    settings_store.put_many(store, changed)
    assert {k: settings_store.get(store, k) for k in changed} == changed


@pytest.mark.parametrize(
    "key, value, words",
    [
        ("day_boundary", "25:00", "25:00"),
        ("reminder_time", "8pm", "8pm"),
        ("instrument", "COWS", "COWS"),
        ("extra_symptoms", ["hiccups"], "hiccups"),
        ("hold_threshold_sows", 0, "outside"),
        ("hold_threshold_sows", True, "not a whole number"),
        ("default_resolution", "0.1", "not a number"),
        ("theme", "purple", "purple"),
        ("nonsense", 1, "unknown setting"),
    ],
)
def test_bad_values_are_refused_with_the_value_named(key, value, words):
    with pytest.raises(ValueError, match=words):
        fields.validate(key, value)


def test_one_bad_value_writes_nothing(store):
    with pytest.raises(ValueError):
        settings_store.put_many(store, {"theme": "dark", "reminder_time": "99:99"})
    assert settings_store.get(store, "theme") == "system"


def test_internal_fields_are_not_visible():
    visible = {f.key for f in fields.visible_fields()}
    assert "first_run_done" not in visible and "last_report_to" not in visible
