"""An amount more than twice the day's plan asks first, in the check-in and the calendar."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from taper_desktop.domain import dose_rules
from taper_desktop.domain.models import PlanRevision, Substance
from taper_desktop.store import doses, plans
from taper_desktop.ui import dose_confirm
from taper_desktop.ui.calendar_tab import CalendarTab
from taper_desktop.ui.events import DataEvents


def test_the_threshold_is_more_than_twice_the_plan():
    assert not dose_rules.needs_confirmation(120, 60)
    assert dose_rules.needs_confirmation(120.1, 60)
    assert not dose_rules.needs_confirmation(6000, None)  # nothing planned: no question


def oxy_plan(store, first: dt.date):
    return plans.create_plan(
        store,
        Substance("Oxycodone", "opioid", "mg", mme_factor=1.5),
        PlanRevision(first, "linear", 60, 5, 7, 5),
    )


@pytest.fixture
def asked(monkeypatch):
    """Replace the question; answers[0] is what the person clicks."""
    calls, answers = [], [False]

    def fake(parent, amount, planned, unit, is_today):
        calls.append((amount, planned, unit, is_today))
        return answers[0]

    monkeypatch.setattr(dose_confirm, "ask_large_dose", fake)
    return calls, answers


def test_checkin_asks_before_storing_a_large_amount(window, store, qtbot, asked):
    calls, answers = asked
    tab = window.checkin_tab
    oxy_plan(store, tab.today())
    window.events.plan_changed.emit()
    strip = tab.dose_strip
    strip.amount.setValue(6000)
    qtbot.mouseClick(strip.log_button, Qt.MouseButton.LeftButton)
    assert calls == [(6000, 60, "mg", True)]
    assert doses.on_day(store, tab.day) == []  # Go back: nothing stored, amount kept
    assert strip.amount.value() == 6000
    answers[0] = True
    with qtbot.waitSignal(window.events.doses_changed):
        qtbot.mouseClick(strip.log_button, Qt.MouseButton.LeftButton)
    assert [d.amount for d in doses.on_day(store, tab.day)] == [6000]
    # at twice the plan or below, no question
    strip.amount.setValue(120)
    with qtbot.waitSignal(window.events.doses_changed):
        qtbot.mouseClick(strip.log_button, Qt.MouseButton.LeftButton)
    assert len(calls) == 2


def test_calendar_asks_before_storing_a_large_amount(qtbot, store, today, asked):
    calls, answers = asked
    oxy_plan(store, today)
    events = DataEvents()
    tab = CalendarTab(store, events, today=today)
    qtbot.addWidget(tab)
    panel = tab.day_panel
    panel.show_day(today)
    panel.doses.amount.setText("6000")
    panel.doses.save_dose()
    assert calls == [(6000, 60, "mg", True)]
    assert doses.on_day(store, today) == []
    assert panel.doses.amount.text() == "6000"
    assert "Not saved" in panel.doses.message.text()
    answers[0] = True
    with qtbot.waitSignal(events.doses_changed):
        panel.doses.save_dose()
    assert [d.amount for d in doses.on_day(store, today)] == [6000]
    panel.doses.amount.setText("60")
    with qtbot.waitSignal(events.doses_changed):
        panel.doses.save_dose()
    assert len(calls) == 2


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, showing a dialog
def test_the_question_states_the_numbers_and_defaults_to_go_back(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["default"] = box.defaultButton().text()
        box.defaultButton().click()

    QTimer.singleShot(0, answer)
    assert dose_confirm.ask_large_dose(None, 6000, 60, "mg", True) is False
    assert seen["text"] == "6000 mg is more than twice today's planned 60 mg. Store it as typed?"
    assert seen["default"] == "Go back"


def test_before_any_plan_the_calendar_logs_no_dose(qtbot, store, today):
    """No default unit: like the check-in, the calendar waits for a plan."""
    events = DataEvents()
    tab = CalendarTab(store, events, today=today)
    qtbot.addWidget(tab)
    panel = tab.day_panel
    panel.show_day(today)
    assert panel.doses.unit == ""
    assert not panel.doses.amount.isEnabled() and not panel.doses.save_button.isEnabled()
    assert "Set up a taper plan" in panel.doses.message.text()
    panel.doses.save_dose()
    assert doses.on_day(store, today) == []


def test_save_asks_before_storing_a_large_typed_dose(window, store, qtbot, asked):
    """An amount typed but not logged is stored by Save: the same question comes first."""
    calls, answers = asked
    tab = window.checkin_tab
    oxy_plan(store, tab.today())
    window.events.plan_changed.emit()
    tab.dose_strip.amount.setValue(6000)
    tab.note.setPlainText("Rough night")
    assert tab.save() is False
    assert calls == [(6000, 60, "mg", True)]
    assert doses.on_day(store, tab.day) == []
    assert tab.dose_strip.amount.value() == 6000  # what was typed is kept
    answers[0] = True
    assert tab.save() is True
    assert [d.amount for d in doses.on_day(store, tab.day)] == [6000]
