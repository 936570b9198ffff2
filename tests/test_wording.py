"""Wording: every message names a thing once, amounts carry their unit, plurals agree."""

import datetime as dt

import pytest

from taper_desktop.domain.days import parse_hhmm
from taper_desktop.domain.models import Dose, PlanRevision, Substance
from taper_desktop.store import doses, plans


def test_a_bad_time_is_named_without_a_second_time_prefix():
    with pytest.raises(ValueError) as caught:
        parse_hhmm("25:00")
    message = "Time: %s." % caught.value  # as the day panel shows it
    assert message == "Time: '25:00' is not a time in HH:MM (00:00-23:59)."


def test_doses_taken_carry_their_unit_inside_the_brackets(window, store, qtbot):
    tab = window.checkin_tab
    day = tab.today()
    substance = Substance("Kratom leaf powder", "kratom", "g")
    plans.create_plan(store, substance, PlanRevision(day - dt.timedelta(days=2), "percent",
                                                     8.0, 10.0, 7, 0.1))
    doses.add(store, Dose(day, 6.0, "g", "08:54", "", substance.id))
    window.events.plan_changed.emit()
    window.events.doses_changed.emit(day)
    qtbot.waitUntil(lambda: "08:54" in tab.dose_strip.taken_label.text())
    assert "(6 g at 08:54)" in tab.dose_strip.taken_label.text()
