"""Daily use across the check-in and the calendar: one clock, one 'taken as planned',
change events between the tabs, and entry that starts however a field was reached."""

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from taper_desktop.app import build_window
from taper_desktop.domain import reminders
from taper_desktop.domain.clock import Clock
from taper_desktop.domain.models import Dose, PlanRevision, Substance
from taper_desktop.store import day_table, doses, plans, records

ONE = dt.timedelta(days=1)


class Now:
    """The time a test sets by hand; build_window wraps it in the app's one clock."""

    def __init__(self, moment: dt.datetime):
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment


@pytest.fixture
def now(today):
    return Now(dt.datetime.combine(today, dt.time(10, 0)))


@pytest.fixture
def win(qtbot, store, now):
    w = build_window(store, clock=now, has_tray=False)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def kratom_plan(store, first: dt.date, dose: float = 8.0):
    return plans.create_plan(store, Substance("Kratom leaf powder", "kratom", "g"),
                             PlanRevision(first, "linear", dose, 1, 7, 0.1))


def calendar_on(win, day: dt.date):
    win.tabs.setCurrentWidget(win.calendar_tab)
    tab = win.calendar_tab
    tab.month.set_selected(day)
    return tab


# ---- one clock ------------------------------------------------------------------------
def test_the_whole_window_shares_one_clock(win, now):
    assert win.checkin_tab.clock is win.clock
    assert win.calendar_tab.clock is win.clock
    assert win.calendar_tab.day_panel.clock is win.clock
    assert win.reminders.clock is win.clock
    assert win.checkin_tab.dose_strip.clock is win.clock


def test_calendar_taken_as_planned_stamps_the_diary_day_time(win, store, now, qtbot, today):
    kratom_plan(store, today - 3 * ONE)
    # 01:30 after midnight still belongs to the diary day before (boundary 04:00)
    now.moment = dt.datetime.combine(today + ONE, dt.time(1, 30))
    assert win.clock.today() == today
    tab = calendar_on(win, today)
    with qtbot.waitSignal(win.events.doses_changed):
        qtbot.mouseClick(tab.day_panel.as_planned_button, Qt.MouseButton.LeftButton)
    [dose] = doses.on_day(store, today)
    assert (dose.amount, dose.time) == (8, "01:30")
    # a past day gets no invented time
    tab.month.set_selected(today - ONE)
    qtbot.mouseClick(tab.day_panel.as_planned_button, Qt.MouseButton.LeftButton)
    assert [d.time for d in doses.on_day(store, today - ONE)] == [None]


def test_clock_time_on_only_for_the_diary_day():
    clock = Clock(lambda: dt.datetime(2026, 3, 10, 2, 15))
    assert clock.today() == dt.date(2026, 3, 9)
    assert clock.time_on(dt.date(2026, 3, 9)) == "02:15"
    assert clock.time_on(dt.date(2026, 3, 10)) is None
    assert clock.time_on(dt.date(2026, 3, 8)) is None


# ---- one "taken as planned" ----------------------------------------------------------------
def test_taken_as_planned_logs_the_rest_in_both_tabs_and_then_stops(win, store, qtbot, today):
    kratom_plan(store, today - 3 * ONE)
    win.events.plan_changed.emit()
    doses.add(store, Dose(today, 3, "g", "08:00"))
    win.events.doses_changed.emit(today)
    strip = win.checkin_tab.dose_strip
    panel = calendar_on(win, today).day_panel
    assert panel.as_planned_button.isEnabled() and strip.as_planned.isEnabled()
    assert "5 g" in panel.as_planned_button.toolTip()
    assert "5 g" in strip.as_planned.toolTip()
    with qtbot.waitSignal(win.events.doses_changed):
        qtbot.mouseClick(panel.as_planned_button, Qt.MouseButton.LeftButton)
    assert sorted(d.amount for d in doses.on_day(store, today)) == [3, 5]
    # both buttons are now off: the plan is reached, a second press adds nothing
    assert not panel.as_planned_button.isEnabled()
    assert not strip.as_planned.isEnabled()
    with pytest.raises(ValueError, match="already logged"):
        doses.take_as_planned(store, today, 8, "g")

    # the same from the check-in on another day
    yesterday = today - ONE
    win.tabs.setCurrentWidget(win.checkin_tab)
    win.checkin_tab.open_day(yesterday)
    with qtbot.waitSignal(win.events.doses_changed):
        qtbot.mouseClick(strip.as_planned, Qt.MouseButton.LeftButton)
    assert [d.amount for d in doses.on_day(store, yesterday)] == [8]
    assert not strip.as_planned.isEnabled()
    panel.show_day(yesterday)
    assert not panel.as_planned_button.isEnabled()


def test_taken_as_planned_refuses_a_day_without_a_plan(store):
    with pytest.raises(ValueError, match="no planned dose"):
        doses.take_as_planned(store, dt.date(2026, 3, 1), None, "g")
    assert doses.on_day(store, dt.date(2026, 3, 1)) == []


# ---- change events --------------------------------------------------------------------
def test_a_medication_added_in_the_calendar_shows_in_the_checkin_at_once(win, store, qtbot,
                                                                         today):
    checkin = win.checkin_tab
    assert checkin.day == today and checkin.meds.none_label.isVisibleTo(checkin)
    panel = calendar_on(win, today).day_panel
    qtbot.keyClicks(panel.med_name, "Loperamide")
    qtbot.keyClicks(panel.med_amount, "2")
    qtbot.keyClicks(panel.med_unit, "mg")
    with qtbot.waitSignal(win.events.records_changed) as signal:
        qtbot.keyClick(panel.med_name, Qt.Key.Key_Return)
    assert signal.args == [today]
    texts = [checkin.meds.list_layout.itemAt(i).widget().text()
             for i in range(checkin.meds.list_layout.count())
             if hasattr(checkin.meds.list_layout.itemAt(i).widget(), "text")]
    assert any("Loperamide" in t for t in texts)
    assert not checkin.meds.none_label.isVisibleTo(checkin)


def test_a_medication_added_in_the_checkin_shows_in_the_day_panel(win, store, qtbot, today):
    panel = calendar_on(win, today).day_panel
    assert panel.med_list.count() == 0
    win.tabs.setCurrentWidget(win.checkin_tab)
    meds = win.checkin_tab.meds
    qtbot.keyClicks(meds.name, "Ibuprofen")
    with qtbot.waitSignal(win.events.records_changed):
        qtbot.mouseClick(meds.add_button, Qt.MouseButton.LeftButton)
    assert panel.med_list.count() == 1 and "Ibuprofen" in panel.med_list.item(0).text()
    # removing it in the check-in takes it out of the panel too
    remove = meds.list_layout.itemAtPosition(0, 1).widget()
    with qtbot.waitSignal(win.events.records_changed):
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert panel.med_list.count() == 0
    assert records.medications_between(store, today, today) == []


def test_an_appointment_added_in_the_panel_updates_the_month(win, store, qtbot, today):
    tab = calendar_on(win, today)
    qtbot.keyClicks(tab.day_panel.visit_time, "10:30")
    with qtbot.waitSignal(win.events.records_changed):
        qtbot.keyClick(tab.day_panel.visit_time, Qt.Key.Key_Return)
    assert tab.month.cells[today].visit == "10:30"


# ---- a click, then a digit -----------------------------------------------------------------
@pytest.mark.parametrize("name,typed,expected", [("craving", "7", 7), ("pain", "3", 3),
                                                 ("sleep_hours", "6", 6.0)])
def test_a_click_into_a_blank_measure_then_a_digit_enters_it(win, qtbot, name, typed,
                                                             expected):
    tab = win.checkin_tab
    box = tab.measures.boxes[name]
    assert tab.measures.values()[name] is None
    edit = box.lineEdit()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton,
                     pos=QPoint(edit.width() // 2, edit.height() // 2))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    qtbot.keyClicks(box, typed)
    assert tab.measures.values()[name] == expected
    assert tab.form_state()["measures"][name] == expected


def test_a_click_into_the_blank_dose_amount_then_digits_enter_it(win, qtbot, store, today):
    kratom_plan(store, today - ONE)
    win.events.plan_changed.emit()
    amount = win.checkin_tab.dose_strip.amount
    edit = amount.lineEdit()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton,
                     pos=QPoint(edit.width() // 2, edit.height() // 2))
    qtbot.keyClicks(amount, "2.5")
    assert amount.value() == 2.5


# ---- no "Yesterday has no check-in yet" before the plan existed ---------------------------
def test_no_reminder_for_the_day_before_a_new_plan(win, store, now, today):
    now.moment = dt.datetime.combine(today, dt.time(9, 0))
    assert win.reminders.missed_on_start() == today - ONE  # no plan: yesterday is asked about
    kratom_plan(store, today)  # set up today, first day today
    assert day_table.diary_start(store) == today
    assert win.reminders.missed_on_start() is None
    win.remind_missed()
    assert not win.reminder_notice.isVisible()


def test_missed_on_start_rule_skips_days_before_the_first_day():
    at, boundary = dt.time(20, 0), dt.time(4, 0)
    never = lambda _day: False  # noqa: E731
    now = dt.datetime(2026, 3, 11, 9, 0)
    assert reminders.missed_on_start(now, at, boundary, never) == dt.date(2026, 3, 10)
    assert reminders.missed_on_start(now, at, boundary, never, dt.date(2026, 3, 10)) \
        == dt.date(2026, 3, 10)
    assert reminders.missed_on_start(now, at, boundary, never, dt.date(2026, 3, 11)) is None
