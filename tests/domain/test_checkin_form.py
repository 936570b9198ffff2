"""The check-in form as one typed object, and the rule that an empty form is not saved."""

import datetime as dt

import pytest

from taper_desktop.domain.checkin_form import (
    CheckInForm,
    TypedDose,
    TypedMedication,
    nothing_to_save,
)
from taper_desktop.domain.models import CheckIn, Dose, OtherMedication

DAY = dt.date(2026, 3, 4)


def test_an_untouched_form_has_nothing_to_save():
    assert nothing_to_save(CheckInForm(instrument="SOWS").to_checkin(DAY))


def test_a_blank_note_of_spaces_is_still_nothing():
    assert nothing_to_save(CheckInForm(instrument="SOWS", note="  \n ").to_checkin(DAY))


@pytest.mark.parametrize(
    "form",
    [
        CheckInForm(instrument="SOWS", items={"anxious": 0}),  # a 0 is an answer
        CheckInForm(instrument="SOWS", extras={"diarrhea": 1}),
        CheckInForm(instrument="SOWS", measures={"pain": 0}),
        CheckInForm(instrument="SOWS", measures={"sleep_hours": 6.5}),
        CheckInForm(instrument="SOWS", note="slept badly"),
        CheckInForm(instrument="SOWS", flag=True),
    ],
)
def test_any_one_answer_is_something_to_save(form):
    assert not nothing_to_save(form.to_checkin(DAY))


def test_a_medication_or_a_dose_typed_alone_is_something_to_save():
    empty = CheckIn(DAY, "SOWS")
    assert not nothing_to_save(empty, [OtherMedication(DAY, "Loperamide")])
    assert not nothing_to_save(empty, (), [Dose(DAY, 2.0, "g")])
    assert nothing_to_save(empty, [], [])


def test_the_draft_keeps_its_stored_shape_both_ways():
    form = CheckInForm(
        instrument="SOWS",
        items={"anxious": 2},
        extras={"diarrhea": 1},
        measures={"craving": 5, "sleep_hours": 7.5},
        note="half typed",
        flag=True,
        medication=TypedMedication("Loperamide", 2.0, "mg"),
        dose=TypedDose(3.0, "08:30"),
    )
    stored = form.to_dict()
    assert stored["medication"] == {"name": "Loperamide", "amount": 2.0, "unit": "mg"}
    assert stored["dose"] == {"amount": 3.0, "time": "08:30"}
    assert CheckInForm.from_dict(stored) == form


def test_an_older_draft_without_medication_or_dose_reads_as_blank():
    form = CheckInForm.from_dict({"instrument": "SOWS", "items": {"yawning": 1}})
    assert form.medication == TypedMedication() and form.dose == TypedDose()
    assert form.items == {"yawning": 1} and form.note == "" and not form.flag


def test_a_saved_check_in_opens_as_the_same_form():
    checkin = CheckIn(DAY, "SOWS", {"anxious": 3}, craving=4, sleep_hours=6.5, note="ok")
    again = CheckInForm.from_checkin(checkin).to_checkin(DAY)
    assert again == checkin


def test_a_typed_medication_needs_a_name():
    assert TypedMedication("  ", 2.0, "mg").on(DAY) is None
    assert TypedMedication(" Ibuprofen ", None, " mg ").on(DAY) == OtherMedication(
        DAY, "Ibuprofen", None, "mg"
    )
