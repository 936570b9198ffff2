"""The store refuses input with ValidationError (shown to the person, translated), and
stores nothing of what it refuses."""

import datetime as dt

import pytest

from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.models import CheckIn, CowsTotal, Dose, OtherMedication
from taper_desktop.store import checkins, doses, records

DAY = dt.date(2026, 3, 1)


@pytest.mark.parametrize(
    "refuse, words",
    [
        (lambda s: doses.add(s, Dose(DAY, 0, "g")), "dose amount 0 must be greater than 0"),
        (lambda s: doses.add(s, Dose(DAY, 2.5, " ")), "dose unit is missing"),
        (lambda s: doses.add(s, Dose(DAY, 2.5, "g", "7:5")), "'7:5' is not a time"),
        (lambda s: records.add_medication(s, OtherMedication(DAY, " ")), "name is missing"),
        (lambda s: records.add_cows(s, CowsTotal(DAY, 49)), "COWS total 49 must be"),
        (
            lambda s: checkins.save(s, CheckIn(DAY, "SOWS", extras={"low_energy": 5})),
            "extra symptom 'low_energy': score 5 is outside 0-4",
        ),
        (
            lambda s: checkins.save(s, CheckIn(DAY, "SOWS", craving=11)),
            "Craving: 11 is outside 0-10",
        ),
    ],
)
def test_refused_input_is_a_validation_error_and_nothing_is_stored(store, refuse, words):
    with pytest.raises(ValidationError, match=words) as caught:
        refuse(store)
    assert "%" not in str(caught.value)  # every placeholder filled
    assert records.counts(store) == {k: 0 for k in records.counts(store)}
