"""SOWS and SOWS-Gossop: items, scoring, blank versus zero, conventional bands."""

import pytest

from taper_desktop.domain import scales
from taper_desktop.domain.scales import GOSSOP_INSTRUMENT as GOSSOP
from taper_desktop.domain.scales import SOWS_INSTRUMENT as SOWS


def test_sows_has_the_sixteen_items_of_clinical_md_in_order():
    assert SOWS.item_keys == (
        "anxious",
        "yawning",
        "perspiring",
        "eyes_tearing",
        "nose_running",
        "gooseflesh",
        "shaking",
        "hot_flashes",
        "cold_flashes",
        "bones_muscles_ache",
        "restless",
        "nauseous",
        "feel_like_vomiting",
        "muscles_twitch",
        "stomach_cramps",
        "feel_like_using",
    )
    assert SOWS.anchors == ("not at all", "a little", "moderately", "quite a bit", "extremely")
    assert (SOWS.max_item, SOWS.max_total) == (4, 64)


def test_gossop_has_ten_items_scored_zero_to_three():
    assert len(GOSSOP.items) == 10
    assert GOSSOP.anchors == ("none", "mild", "moderate", "severe")
    assert GOSSOP.max_total == 30
    assert GOSSOP.bands == ()
    assert GOSSOP.band(17) is None


def test_total_is_the_sum_when_every_item_is_answered():
    scores = {k: i % 5 for i, k in enumerate(SOWS.item_keys)}
    assert SOWS.total(scores) == sum(i % 5 for i in range(16)) == 30


def test_blank_is_not_zero():
    all_zero = {k: 0 for k in SOWS.item_keys}
    assert SOWS.total(all_zero) == 0
    one_blank = dict(all_zero)
    one_blank["restless"] = None
    assert SOWS.total(one_blank) is None
    del one_blank["restless"]
    assert SOWS.total(one_blank) is None
    assert SOWS.answered(one_blank) == 15
    assert not SOWS.is_complete(one_blank)


@pytest.mark.parametrize(
    "total,band",
    [
        (0, "none"),
        (1, "mild"),
        (10, "mild"),
        (11, "moderate"),
        (20, "moderate"),
        (21, "severe"),
        (64, "severe"),
    ],
)
def test_sows_conventional_bands_at_their_edges(total, band):
    assert SOWS.band(total).name == band


def test_out_of_range_and_unknown_items_are_named():
    with pytest.raises(ValueError, match="outside 0-4"):
        SOWS.validate({"anxious": 5})
    with pytest.raises(ValueError, match="outside 0-3"):
        GOSSOP.validate({"feeling_sick": 4})
    with pytest.raises(ValueError, match="no item 'sneezing'"):
        SOWS.validate({"sneezing": 1})
    with pytest.raises(ValueError, match="not a whole number"):
        SOWS.validate({"anxious": 1.5})


def test_instrument_lookup_and_csv_prefixes():
    assert scales.instrument("SOWS") is SOWS
    assert scales.instrument("SOWS-Gossop") is GOSSOP
    assert (SOWS.column_prefix, GOSSOP.column_prefix) == ("sows", "gossop")
    with pytest.raises(ValueError, match="unknown instrument"):
        scales.instrument("COWS")


@pytest.mark.parametrize(
    "total,band",
    [
        (4, "below the mild band"),
        (5, "mild"),
        (12, "mild"),
        (13, "moderate"),
        (24, "moderate"),
        (25, "moderately severe"),
        (36, "moderately severe"),
        (37, "severe"),
        (48, "severe"),
    ],
)
def test_cows_bands(total, band):
    assert scales.cows_band(total).name == band


def test_companion_measures_ranges_and_steps():
    scales.validate_measure("sleep_hours", 7.5)
    scales.validate_measure("pain", None)
    with pytest.raises(ValueError, match="not a multiple of 0.5"):
        scales.validate_measure("sleep_hours", 7.25)
    with pytest.raises(ValueError, match="outside 0-10"):
        scales.validate_measure("craving", 11)
