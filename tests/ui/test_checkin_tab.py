"""The daily check-in tab, driven like a person would: keys, clicks, a real store."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from taper_desktop.app import build_window
from taper_desktop.domain.models import CheckIn, Dose, PlanRevision, Substance
from taper_desktop.domain.scales import SOWS_INSTRUMENT
from taper_desktop.store import checkins, doses, drafts, open_store, plans, records, settings
from taper_desktop.ui.checkin.hold_banner import DISMISSED_KEY
from taper_desktop.ui.checkin_tab import draft_key

ONE = dt.timedelta(days=1)
KEYS = SOWS_INSTRUMENT.item_keys


def checkin_tab(window, qtbot):
    window.tabs.setCurrentWidget(window.checkin_tab)
    window.activateWindow()
    tab = window.checkin_tab
    qtbot.waitUntil(lambda: tab.item_rows[0].hasFocus())
    return tab


def press(qtbot, keys: str) -> None:
    """Type each character into whatever has the keyboard focus."""
    for key in keys:
        qtbot.keyClick(QApplication.focusWidget(), key)


def key(qtbot, code, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), code, modifier)


def test_a_whole_check_in_by_keyboard_alone(window, store, qtbot):
    tab = checkin_tab(window, qtbot)
    scores = "0123401234012343"
    press(qtbot, scores)  # each digit answers the focused item and moves to the next
    assert QApplication.focusWidget() is tab.measures.boxes["craving"]
    press(qtbot, "5")
    key(qtbot, Qt.Key.Key_Tab)
    press(qtbot, "0")  # pain 0 is an answer, not a blank
    key(qtbot, Qt.Key.Key_Tab)
    press(qtbot, "7.5")
    key(qtbot, Qt.Key.Key_Tab)
    press(qtbot, "6")
    key(qtbot, Qt.Key.Key_Tab)
    press(qtbot, "7")
    with qtbot.waitSignal(window.events.checkin_saved) as saved_signal:
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved_signal.args == [tab.day]

    saved = checkins.get(store, tab.today())
    assert saved.items == {k: int(s) for k, s in zip(KEYS, scores, strict=False)}
    assert saved.total == sum(int(s) for s in scores) == 33
    assert (saved.craving, saved.pain, saved.sleep_hours, saved.sleep_quality, saved.mood) == (
        5,
        0,
        7.5,
        6,
        7,
    )
    assert drafts.get(store, draft_key(tab.day)) is None  # Save takes the draft with it
    assert "Total: 33 of 64" in tab.total_label.text()
    assert "severe" in tab.total_label.text() and "conventional" in tab.total_label.text()
    assert "Saved at" in tab.status_label.text()
    assert "Handelsman" in tab.citation.text()
    assert "not validated" in tab.band_note.text()


def test_arrow_keys_move_and_change_and_backspace_blanks(window, qtbot):
    tab = checkin_tab(window, qtbot)
    rows = tab.item_rows
    key(qtbot, Qt.Key.Key_Right)  # blank -> 0
    key(qtbot, Qt.Key.Key_Right)  # 0 -> 1
    assert rows[0].value == 1 and rows[0].hasFocus()
    key(qtbot, Qt.Key.Key_Down)
    assert rows[1].hasFocus()
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Backspace)
    assert rows[0].value is None
    press(qtbot, "9")  # beyond the scale: ignored, focus stays
    assert rows[0].value is None and rows[0].hasFocus()


def test_the_draft_survives_closing_the_window(window, store, data_dir, qtbot):
    tab = checkin_tab(window, qtbot)
    press(qtbot, "3210")
    tab.note.setPlainText("Rough night")
    day = tab.day
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: drafts.get(store, draft_key(day)) is not None)

    second_store = open_store(data_dir)
    try:
        second = build_window(second_store)
        qtbot.addWidget(second)
        again = second.checkin_tab
        assert again.day == day
        assert [r.value for r in again.item_rows[:5]] == [3, 2, 1, 0, None]
        assert again.note.toPlainText() == "Rough night"
        assert "draft" in again.status_label.text()
        assert "incomplete (4 of 16)" in again.total_label.text()
        second.close()
    finally:
        second_store.close()
    assert checkins.get(store, day) is None  # a draft is not a saved check-in


def test_the_draft_is_written_while_typing_without_any_close(window, store, qtbot):
    tab = checkin_tab(window, qtbot)
    press(qtbot, "12")
    qtbot.waitUntil(lambda: drafts.get(store, draft_key(tab.day)) is not None, timeout=3000)
    assert drafts.get(store, draft_key(tab.day))["items"] == {"anxious": 1, "yawning": 2}


def test_partial_then_complete(window, store, qtbot):
    tab = checkin_tab(window, qtbot)
    press(qtbot, "21012")
    assert tab.total_label.text() == "Total: incomplete (5 of 16)"
    assert tab.save()
    partial = checkins.get(store, tab.day)
    assert not partial.complete and partial.total is None and len(partial.items) == 5
    assert "partial (5 of 16)" in tab.status_label.text()

    press(qtbot, "00000000000")  # the remaining 11 items
    assert tab.total_label.text().startswith("Total: 6 of 64")
    assert "mild" in tab.total_label.text()
    assert tab.save()
    complete = checkins.get(store, tab.day)
    assert complete.complete and complete.total == 6
    assert "partial" not in tab.status_label.text()


def test_blank_is_not_zero(window, store, qtbot):
    tab = checkin_tab(window, qtbot)
    press(qtbot, "0")  # anxious: 0 not at all
    key(qtbot, Qt.Key.Key_Down)  # yawning: left blank
    press(qtbot, "1")  # perspiring: 1
    tab.measures.boxes["pain"].setValue(0)
    assert tab.save()
    saved = checkins.get(store, tab.day)
    assert saved.items == {"anxious": 0, "perspiring": 1}
    assert "yawning" not in saved.items
    assert saved.pain == 0 and saved.craving is None and saved.sleep_hours is None
    assert tab.measures.boxes["craving"].text() == "not recorded"


def test_nothing_typed_means_nothing_saved(window, store, qtbot):
    tab = checkin_tab(window, qtbot)
    assert not tab.save()
    assert checkins.get(store, tab.day) is None
    assert "Nothing to save" in tab.message_label.text()


def test_a_past_day_can_be_opened_and_edited(window, store, qtbot):
    tab = window.checkin_tab
    yesterday = tab.today() - ONE
    checkins.save(store, CheckIn(yesterday, "SOWS", items={"anxious": 1}, note="first"))
    tab = checkin_tab(window, qtbot)
    key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert tab.day == yesterday
    assert "yesterday" in tab.day_label.text()
    assert tab.item_rows[0].value == 1 and tab.note.toPlainText() == "first"
    assert "Saved at" in tab.status_label.text()
    tab.item_rows[0].setFocus()
    press(qtbot, "3")
    with qtbot.waitSignal(window.events.checkin_saved) as signal:
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == [yesterday]
    assert checkins.get(store, yesterday).items == {"anxious": 3}
    assert checkins.get(store, tab.today()) is None  # today untouched
    key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert tab.day == tab.today()


def test_no_future_day(window, qtbot):
    tab = checkin_tab(window, qtbot)
    today = tab.today()
    assert not tab.next_button.isEnabled()
    key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert tab.day == today
    tab.open_day(today + 5 * ONE)
    assert tab.day == today
    assert "Future days" in tab.message_label.text()


class Now:
    """The time a test sets by hand (the real time until then); build_window wraps it in
    the app's one clock."""

    def __init__(self, moment: dt.datetime | None = None):
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment or dt.datetime.now()


@pytest.fixture
def now():
    return Now()


@pytest.fixture
def clocked(qtbot, store, now):
    """A window whose clock the test moves through `now`."""
    w = build_window(store, clock=now)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_the_day_boundary_decides_today(clocked, now, qtbot):
    tab = clocked.checkin_tab
    now.moment = dt.datetime(2026, 3, 10, 3, 30)
    assert tab.today() == dt.date(2026, 3, 9)  # before 04:00: still the day before
    now.moment = dt.datetime(2026, 3, 10, 4, 0)
    assert tab.today() == dt.date(2026, 3, 10)


def test_switching_day_keeps_what_was_typed(window, store, qtbot):
    tab = checkin_tab(window, qtbot)
    today = tab.day
    press(qtbot, "44")
    key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert drafts.get(store, draft_key(today))["items"] == {"anxious": 4, "yawning": 4}
    assert tab.item_rows[0].value is None  # yesterday is a different, empty form
    tab.open_day(today)
    assert [r.value for r in tab.item_rows[:2]] == [4, 4]


def _plan(store, first: dt.date):
    substance = Substance("Kratom leaf powder", "kratom", "g")
    revision = PlanRevision(first, "percent", 8.0, 10.0, 7, 0.1)
    return plans.create_plan(store, substance, revision)


def test_plan_dose_and_taken_as_planned(window, store, qtbot):
    tab = window.checkin_tab
    today = tab.today()
    _plan(store, today - 9 * ONE)  # steps on day 0 and day 7: today is day 3 of 7.2 g
    window.events.plan_changed.emit()
    tab = checkin_tab(window, qtbot)
    assert "7.2 g" in tab.dose_strip.plan_label.text()
    assert "day 3 of this step" in tab.dose_strip.plan_label.text()
    assert "not logged" in tab.dose_strip.taken_label.text()
    with qtbot.waitSignal(window.events.doses_changed) as signal:
        qtbot.mouseClick(tab.dose_strip.as_planned, Qt.MouseButton.LeftButton)
    assert signal.args == [today]
    assert [d.amount for d in doses.on_day(store, today)] == [7.2]
    assert not tab.dose_strip.as_planned.isEnabled()  # nothing left to log as planned
    assert "7.2 g" in tab.dose_strip.taken_label.text()


def test_log_an_amount_and_time_and_refuse_a_bad_time(window, store, qtbot):
    tab = window.checkin_tab
    _plan(store, tab.today() - 2 * ONE)
    window.events.plan_changed.emit()
    strip = checkin_tab(window, qtbot).dose_strip
    strip.amount.setValue(2.5)
    strip.time.setText("25:00")
    qtbot.mouseClick(strip.log_button, Qt.MouseButton.LeftButton)
    assert doses.on_day(store, tab.day) == []
    assert "25:00" in tab.message_label.text() and "not HH:MM" in tab.message_label.text()
    strip.time.setText("08:30")
    qtbot.mouseClick(strip.log_button, Qt.MouseButton.LeftButton)
    logged = doses.on_day(store, tab.day)
    assert [(d.amount, d.unit, d.time) for d in logged] == [(2.5, "g", "08:30")]
    # the rest of the plan's 8 g is what "taken as planned" now logs
    qtbot.mouseClick(strip.as_planned, Qt.MouseButton.LeftButton)
    assert sum(d.amount for d in doses.on_day(store, tab.day)) == pytest.approx(8.0)


def test_other_medication_and_flag_and_note(window, store, qtbot):
    tab = checkin_tab(window, qtbot)
    qtbot.keyClicks(tab.meds.name, "Loperamide")
    tab.meds.amount.setValue(2)
    qtbot.keyClicks(tab.meds.unit, "mg")
    qtbot.mouseClick(tab.meds.add_button, Qt.MouseButton.LeftButton)
    meds = records.medications_between(store, tab.day, tab.day)
    assert [(m.name, m.amount, m.unit) for m in meds] == [("Loperamide", 2, "mg")]
    # one typed but not added is stored with the check-in on Save
    qtbot.keyClicks(tab.meds.name, "Ibuprofen")
    qtbot.keyClick(tab.flag, Qt.Key.Key_Space)
    qtbot.keyClicks(tab.note, "Asked about pausing")
    assert tab.save()
    saved = checkins.get(store, tab.day)
    assert saved.flag_for_provider and saved.note == "Asked about pausing"
    names = [m.name for m in records.medications_between(store, tab.day, tab.day)]
    assert names == ["Loperamide", "Ibuprofen"]


def test_extra_symptoms_are_off_until_turned_on_and_apart_from_the_total(window, store, qtbot):
    tab = checkin_tab(window, qtbot)
    assert tab.extra_rows == []
    tab.extras_toggle.setChecked(True)
    assert len(tab.extra_rows) == 5
    assert settings.get(store, "extra_symptoms")
    tab.extra_rows[0].setFocus()
    press(qtbot, "4")
    for row in tab.item_rows:
        row.set_value(1, notify=True)
    assert tab.total_label.text().startswith("Total: 16 of 64")
    assert tab.save()
    saved = checkins.get(store, tab.day)
    assert saved.extras == {"diarrhoea": 4} and saved.total == 16


def test_sows_gossop_as_a_setting(window, store, qtbot):
    settings.put(store, "instrument", "SOWS-Gossop")
    window.events.settings_changed.emit()
    tab = checkin_tab(window, qtbot)
    assert len(tab.item_rows) == 10
    assert tab.item_rows[0].buttons[3].text() == "3  severe"
    press(qtbot, "4")  # beyond 0-3: ignored
    assert tab.item_rows[0].value is None
    press(qtbot, "3333333333")
    assert tab.total_label.text() == "Total: 30 of 30"
    assert "no severity bands" in tab.band_note.text()
    assert tab.save()
    assert checkins.get(store, tab.day).instrument == "SOWS-Gossop"


def _rising_after_a_step(store, today):
    """Plan from today-13, a step on today-6; the 7 days before it total 5 each, the
    last two days 20 each: +15, well over the default threshold of 6."""
    plan = _plan(store, today - 13 * ONE)
    for n in range(13, 6, -1):
        items = {**dict.fromkeys(KEYS, 0), **dict.fromkeys(KEYS[:5], 1)}  # total 5
        checkins.save(store, CheckIn(today - n * ONE, "SOWS", items=items))
    for n in (2, 1):
        checkins.save(
            store,
            CheckIn(
                today - n * ONE,
                "SOWS",
                items={**dict.fromkeys(KEYS, 1), "anxious": 3, "yawning": 3},
            ),
        )
    return plan


def test_hold_banner_records_a_hold(window, store, qtbot):
    tab = window.checkin_tab
    today = tab.today()
    plan = _rising_after_a_step(store, today)
    with qtbot.waitSignal(window.events.plan_changed):
        window.events.plan_changed.emit()
    tab = checkin_tab(window, qtbot)
    assert tab.banner.isVisible()
    assert "up from 5 in the week before the step on" in tab.banner.text.text()
    assert "provider" in tab.banner.text.text()
    with qtbot.waitSignal(window.events.plan_changed):
        qtbot.mouseClick(tab.banner.hold_button, Qt.MouseButton.LeftButton)
    holds = plans.load_plan(store, plan.id).holds
    assert [(h.start_day, h.end_day) for h in holds] == [(today, None)]
    assert not tab.banner.isVisible()
    assert "hold" in tab.message_label.text()


def test_hold_banner_can_be_dismissed_and_stays_dismissed(window, store, qtbot):
    today = window.checkin_tab.today()
    _rising_after_a_step(store, today)
    window.events.plan_changed.emit()
    tab = checkin_tab(window, qtbot)
    assert tab.banner.isVisible()
    qtbot.mouseClick(tab.banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not tab.banner.isVisible()
    assert drafts.get(store, DISMISSED_KEY) == (today - 6 * ONE).isoformat()
    window.events.plan_changed.emit()
    assert not tab.banner.isVisible()
    assert plans.current_plan(store).holds == []


def test_no_banner_with_too_little_data(window, store, qtbot):
    today = window.checkin_tab.today()
    _plan(store, today - 13 * ONE)
    checkins.save(store, CheckIn(today - ONE, "SOWS", items=dict.fromkeys(KEYS, 3)))
    window.events.plan_changed.emit()
    tab = checkin_tab(window, qtbot)
    assert not tab.banner.isVisible()


def test_saved_day_with_a_dose_logged_elsewhere_refreshes(window, store, qtbot):
    tab = checkin_tab(window, qtbot)
    doses.add(store, Dose(tab.day, 1.5, "g", "09:00"))
    window.events.doses_changed.emit(tab.day)
    assert "1.5" in tab.dose_strip.taken_label.text()


def test_switching_tabs_writes_the_draft_at_once(window, store, qtbot):
    tab = checkin_tab(window, qtbot)
    press(qtbot, "2")
    window.tabs.setCurrentWidget(window.calendar_tab)  # no waiting for the timer
    assert drafts.get(store, draft_key(tab.day))["items"] == {"anxious": 2}


def test_every_control_has_an_accessible_name(window, store, qtbot):
    _plan(store, window.checkin_tab.today() - 2 * ONE)
    settings.put(store, "extra_symptoms", ["diarrhoea"])
    window.events.settings_changed.emit()
    tab = checkin_tab(window, qtbot)
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLineEdit, QPlainTextEdit

    kinds = (QAbstractButton, QAbstractSpinBox, QLineEdit, QPlainTextEdit)
    controls = [
        w
        for w in tab.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(tab)
        and not isinstance(w.parent(), QAbstractSpinBox)
    ]
    assert len(controls) > 90
    unnamed = [w for w in controls if not w.accessibleName()]
    assert unnamed == []
    assert all(row.accessibleName() for row in tab.item_rows + tab.extra_rows)
    assert tab.item_rows[0].accessibleName() == "1. I feel anxious: blank"


def test_without_a_plan_the_dose_logger_explains_instead_of_greying_out(window, qtbot):
    tab = checkin_tab(window, qtbot)
    assert not tab.dose_strip.logger.isVisible()
    assert "No taper plan yet" in tab.dose_strip.plan_label.text()


def test_data_replaced_shows_the_new_data(window, store, qtbot):
    tab = checkin_tab(window, qtbot)
    checkins.save(store, CheckIn(tab.day, "SOWS", items={"anxious": 4}))
    window.events.data_replaced.emit()
    assert tab.item_rows[0].value == 4
    assert "Saved at" in tab.status_label.text()


def test_a_click_answers_and_a_second_click_makes_it_blank_again(window, qtbot):
    tab = checkin_tab(window, qtbot)
    button = tab.item_rows[2].buttons[3]
    assert button.text() == "3  quite a bit"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert tab.item_rows[2].value == 3
    assert tab.total_label.text() == "Total: incomplete (1 of 16)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert tab.item_rows[2].value is None


def test_unsaved_changes_to_a_saved_day_come_back_as_a_draft(window, store, data_dir, qtbot):
    tab = checkin_tab(window, qtbot)
    checkins.save(store, CheckIn(tab.day, "SOWS", items={"anxious": 1}))
    tab.open_day(tab.day)
    tab.item_rows[1].setFocus()
    press(qtbot, "4")
    tab.flush_draft()
    tab.open_day(tab.day - ONE)
    tab.open_day(tab.day + ONE)
    assert [r.value for r in tab.item_rows[:2]] == [1, 4]
    assert "changes not saved yet" in tab.status_label.text()
    assert checkins.get(store, tab.day).items == {"anxious": 1}


def test_left_open_past_the_day_boundary_it_moves_to_the_new_day(clocked, now, qtbot):
    window = clocked
    tab = checkin_tab(window, qtbot)
    first = tab.day
    window.tabs.setCurrentWidget(window.calendar_tab)
    now.moment = dt.datetime.combine(first + ONE, dt.time(9, 0))
    window.tabs.setCurrentWidget(tab)
    assert tab.day == first + ONE
    assert "today" in tab.day_label.text()


def test_discard_changes_goes_back_to_what_is_saved(window, store, qtbot):
    tab = checkin_tab(window, qtbot)
    checkins.save(store, CheckIn(tab.day, "SOWS", items={"anxious": 1}))
    tab.open_day(tab.day)
    assert not tab.discard_button.isVisible()
    tab.item_rows[0].setFocus()
    press(qtbot, "4")
    assert tab.discard_button.isVisible()
    qtbot.mouseClick(tab.discard_button, Qt.MouseButton.LeftButton)
    assert tab.item_rows[0].value == 1
    assert drafts.get(store, draft_key(tab.day)) is None
    assert not tab.discard_button.isVisible()


def test_save_is_all_or_nothing(store):
    from taper_desktop.domain.models import OtherMedication

    day = dt.date(2026, 3, 10)
    drafts.put(store, draft_key(day), {"items": {"anxious": 2}})
    bad_med = OtherMedication(day, "Ibuprofen", -1.0, "mg")
    with pytest.raises(ValueError):
        checkins.save_from_form(
            store, CheckIn(day, "SOWS", items={"anxious": 2}), draft_key(day), [bad_med]
        )
    assert checkins.get(store, day) is None
    assert drafts.get(store, draft_key(day)) is not None  # the draft survives a failed save
    assert records.medications_between(store, day, day) == []


def test_large_text_stacks_the_header_and_columns_instead_of_clipping(window, qtbot):
    """Large text in a 1280 x 800 window: the dose strip goes under the day (and the other
    measures under the scale where they do not fit), so no button is squeezed and nothing
    scrolls sideways."""
    from PySide6.QtWidgets import QBoxLayout

    tab = window.checkin_tab
    window.tabs.setCurrentWidget(tab)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: tab.header.direction() == QBoxLayout.Direction.LeftToRight)
    assert tab.columns.direction() == QBoxLayout.Direction.LeftToRight
    font = tab.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    tab.setFont(font)
    window.resize(1281, 800)  # a resize after the font change, as a screen change gives
    qtbot.waitUntil(lambda: tab.header.direction() == QBoxLayout.Direction.TopToBottom)
    QApplication.processEvents()
    strip = tab.dose_strip
    for button in (strip.as_planned, strip.log_button):
        assert button.width() >= button.sizeHint().width()
    assert tab.scroll.widget().minimumSizeHint().width() <= tab.scroll.viewport().width()


def test_opening_another_day_shows_the_focused_item(window, qtbot, today):
    """Scrolled down to the note, then the previous day: the row a digit would answer is
    in view, not left above the visible part."""
    tab = checkin_tab(window, qtbot)
    window.resize(900, 420)  # small: the form scrolls
    scroll = tab.scroll
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    tab.open_day(today - ONE)
    row = tab.item_rows[0]
    assert row.hasFocus()
    qtbot.waitUntil(lambda: not row.visibleRegion().isEmpty())


def test_a_typed_dose_not_yet_logged_survives_a_closed_window(window, store, data_dir, qtbot):
    tab = window.checkin_tab
    _plan(store, tab.today() - 2 * ONE)
    window.events.plan_changed.emit()
    strip = checkin_tab(window, qtbot).dose_strip
    strip.amount.setValue(1.5)
    strip.time.setText("21:15")
    day = tab.day
    window.close()
    qtbot.waitUntil(
        lambda: (
            (drafts.get(store, draft_key(day)) or {}).get("dose")
            == {"amount": 1.5, "time": "21:15"}
        )
    )
    assert doses.on_day(store, day) == []  # typed, not logged
    second_store = open_store(data_dir)
    try:
        second = build_window(second_store)
        qtbot.addWidget(second)
        again = second.checkin_tab.dose_strip
        assert (again.amount.value(), again.time.text()) == (1.5, "21:15")
        second.close()
    finally:
        second_store.close()


def test_save_logs_a_typed_dose_with_the_checkin_or_nothing(window, store, qtbot):
    tab = window.checkin_tab
    _plan(store, tab.today() - 2 * ONE)
    window.events.plan_changed.emit()
    tab = checkin_tab(window, qtbot)
    press(qtbot, "2")
    tab.dose_strip.amount.setValue(3.0)
    tab.dose_strip.time.setText("8am")
    assert not tab.save()  # a bad time: nothing stored, the form kept
    assert checkins.get(store, tab.day) is None and doses.on_day(store, tab.day) == []
    assert drafts.get(store, draft_key(tab.day))["dose"]["time"] == "8am"
    tab.dose_strip.time.setText("08:00")
    with qtbot.waitSignal(window.events.doses_changed):
        assert tab.save()
    assert [(d.amount, d.time) for d in doses.on_day(store, tab.day)] == [(3.0, "08:00")]
    assert checkins.get(store, tab.day).items == {"anxious": 2}
    assert tab.dose_strip.amount.value() == 0 and drafts.get(store, draft_key(tab.day)) is None


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_large_text_setting_keeps_both_columns_side_by_side_at_1400(store, qtbot, percent):
    """The large-text setting at 1400 px wide: the scale and the other measures stand side
    by side, each whole, with no sideways scrolling and no clipped statement or choice."""
    from PySide6.QtWidgets import QBoxLayout

    from taper_desktop.ui import text_size

    settings.put(store, "text_size", percent)
    app = QApplication.instance()
    try:
        window = build_window(store)
        qtbot.addWidget(window)
        window.show()
        tab = window.checkin_tab
        window.tabs.setCurrentWidget(tab)
        window.resize(1400, 900)
        qtbot.waitUntil(lambda: tab.width() >= 1300)
        QApplication.processEvents()
        assert tab.columns.direction() == QBoxLayout.Direction.LeftToRight
        left = tab.left_column.geometry()
        side = tab.side_widget.geometry()
        assert left.right() < side.left()  # side by side, not overlapping
        assert abs(left.top() - side.top()) <= 2  # on one line, not stacked
        box = tab.view.scale_box  # the scale's heading shows whole
        assert box.fontMetrics().horizontalAdvance(box.title()) <= box.width()
        assert side.right() <= tab.scroll.viewport().width()
        assert tab.scroll.widget().minimumSizeHint().width() <= tab.scroll.viewport().width()
        for row in tab.item_rows:
            # each statement has the height its wrapped lines need; each choice its text
            assert row.label.height() >= row.label.heightForWidth(row.label.width())
            for button in row.buttons:
                assert button.width() >= button.sizeHint().width()
    finally:
        text_size.apply(app, 100)


@pytest.mark.parametrize("size", [(1400, 900), (1024, 700)])
def test_the_hold_confirmation_is_never_clipped(window, store, qtbot, size):
    tab = window.checkin_tab
    _rising_after_a_step(store, tab.today())
    window.resize(*size)
    with qtbot.waitSignal(window.events.plan_changed):
        window.events.plan_changed.emit()
    tab = checkin_tab(window, qtbot)
    with qtbot.waitSignal(window.events.plan_changed):
        qtbot.mouseClick(tab.banner.hold_button, Qt.MouseButton.LeftButton)
    label = tab.message_label
    assert "Plan to confirm with your provider" in label.text()
    assert label.wordWrap()
    # The whole wrapped text fits the label's height at its width, and the label is on
    # its own line, not squeezed beside Save.
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert (
        label.geometry().bottom()
        < tab.save_button.mapTo(label.parentWidget(), tab.save_button.rect().topLeft()).y()
    )


def test_tab_from_the_day_buttons_reaches_the_dose_strip_in_reading_order(window, store, qtbot):
    """Keys only: back from the first item to the day's arrow, then forward again: the
    dose strip sits between the day and the items, as on screen."""
    tab = window.checkin_tab
    _plan(store, tab.today() - 2 * ONE)
    window.events.plan_changed.emit()
    tab = checkin_tab(window, qtbot)
    key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # yesterday
    qtbot.waitUntil(lambda: tab.next_button.isEnabled() and tab.item_rows[0].hasFocus())
    strip = tab.dose_strip
    for _ in range(12):
        if QApplication.focusWidget() is tab.prev_button:
            break
        key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is tab.prev_button
    forward = []
    for _ in range(7):
        key(qtbot, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        forward.append(strip.amount if focused is strip.amount.lineEdit() else focused)
    expected = [tab.next_button, tab.today_button]
    expected += [
        w for w in (strip.as_planned, strip.amount) if w.isVisibleTo(tab) and w.isEnabled()
    ]
    expected += [strip.time, strip.log_button, tab.item_rows[0], tab.item_rows[1]]
    assert forward == expected[:7]
