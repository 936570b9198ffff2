"""The safety notes and the hold suggestion as a person meets them: typed check-ins, the
calendar's day panel and plan line. Each appears when it should, stays away when it
should not, and says only true things."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from taper_desktop.domain.clock import fixed
from taper_desktop.domain.models import CheckIn, Hold, PlanRevision, Substance
from taper_desktop.domain.scales import GOSSOP_INSTRUMENT, SOWS_INSTRUMENT
from taper_desktop.store import checkins, plans, settings
from taper_desktop.ui import locale_format
from taper_desktop.ui.calendar_tab import CalendarTab
from taper_desktop.ui.events import DataEvents

ONE = dt.timedelta(days=1)
KEYS = SOWS_INSTRUMENT.item_keys


def shown(day: dt.date) -> str:
    """A date in a sentence as the window writes it in English: '27 Nov 2026', not ISO."""
    return locale_format.date(day)


def checkin_tab(window, qtbot):
    window.tabs.setCurrentWidget(window.checkin_tab)
    window.activateWindow()
    tab = window.checkin_tab
    qtbot.waitUntil(lambda: tab.item_rows[0].hasFocus())
    return tab


def type_in(qtbot, digits: str) -> None:
    for digit in digits:
        qtbot.keyClick(QApplication.focusWidget(), digit)


def save(window, qtbot):
    with qtbot.waitSignal(window.events.checkin_saved):
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )


def plan(store, first, kind="kratom", unit="g", start=8.0, step=1.0, every=7, holds=()):
    made = plans.create_plan(
        store,
        Substance(f"A {kind}", kind, unit),
        PlanRevision(first, "linear", start, step, every, 0.5),
    )
    for hold in holds:
        plans.add_hold(store, made.id, hold)
    return made


def sows_items(total: int, urge: int = 0) -> dict:
    items = dict.fromkeys(KEYS, 0)
    left = total - urge
    for key in KEYS[:15]:
        items[key] = min(4, left)
        left -= items[key]
    items["feel_like_using"] = urge
    return items


# ---- severe SOWS total ------------------------------------------------------------------
def test_a_severe_total_typed_and_saved_shows_a_calm_note(window, store, qtbot):
    tab = checkin_tab(window, qtbot)
    assert not tab.safety_notes.isVisible()
    type_in(qtbot, "2222222222200000")  # 11 items at 2: total 22, no plan, no history
    assert not tab.safety_notes.isVisible()  # said about a saved total only
    save(window, qtbot)
    assert tab.safety_notes.isVisible()
    [text] = tab.safety_notes.texts()
    assert text.startswith("Your SOWS total today is 22, in the conventional severe band.")
    assert "contact your provider" in text and "local emergency number" in text
    assert "conventional, not validated" in text
    assert "highest" not in text and "naloxone" not in text
    card = tab.safety_notes.cards[0]
    assert card.accessibleName() == "Safety note"
    assert card.text.accessibleDescription() == text
    assert card.dismiss_button.accessibleName() == "Dismiss this note for the day"
    assert tab.isAncestorOf(card)  # inside the tab: never a dialog
    assert QApplication.activeModalWidget() is None


def test_twenty_is_not_severe(window, store, qtbot):
    tab = checkin_tab(window, qtbot)
    type_in(qtbot, "2222222222000000")  # 20
    save(window, qtbot)
    assert not tab.safety_notes.isVisible() and tab.safety_notes.texts() == []


def test_severe_note_during_a_hold_and_dismissed_for_the_day(window, store, qtbot, today):
    plan(store, today - 20 * ONE, holds=[Hold(today - 3 * ONE, None, "agreed pause")])
    checkins.save(store, CheckIn(today, "SOWS", items=sows_items(40)))
    window.events.data_replaced.emit()  # as after an import
    tab = checkin_tab(window, qtbot)
    assert tab.safety_notes.isVisible()
    assert "is 40, in the conventional severe band" in tab.safety_notes.texts()[0]
    qtbot.mouseClick(tab.safety_notes.cards[0].dismiss_button, Qt.MouseButton.LeftButton)
    assert not tab.safety_notes.isVisible()
    tab.reload()
    assert not tab.safety_notes.isVisible()  # dismissed for this day, kept in the store
    # another day's severe total is a new note
    checkins.save(store, CheckIn(today - ONE, "SOWS", items=sows_items(30)))
    tab.open_day(today - ONE)
    assert tab.safety_notes.isVisible()
    assert tab.safety_notes.texts()[0].startswith(f"Your SOWS total on {shown(today - ONE)} was 30")


def test_the_note_is_reached_by_keyboard_and_dismissed_with_it(window, store, qtbot, today):
    checkins.save(store, CheckIn(today, "SOWS", items=sows_items(25)))
    window.events.data_replaced.emit()
    tab = checkin_tab(window, qtbot)
    card = tab.safety_notes.cards[0]
    card.text.setFocus()
    assert card.text.hasFocus()  # the text takes the focus: Tab reaches it
    qtbot.keyClick(card.text, Qt.Key.Key_Tab)
    assert card.dismiss_button.hasFocus()
    qtbot.keyClick(card.dismiss_button, Qt.Key.Key_Space)
    assert not tab.safety_notes.isVisible()


# ---- highest on record --------------------------------------------------------------------
def _gossop(day, total):
    keys = GOSSOP_INSTRUMENT.item_keys
    return CheckIn(
        day,
        "SOWS-Gossop",
        items={k: total // 10 + (1 if i < total % 10 else 0) for i, k in enumerate(keys)},
    )


@pytest.mark.parametrize("earlier, said", [(12, False), (13, True)])
def test_highest_gossop_total_since_the_plan_began(window, store, qtbot, today, earlier, said):
    settings.put(store, "instrument", "SOWS-Gossop")
    plan(store, today - 30 * ONE, kind="opioid", unit="mg", start=60, step=5)
    for n in range(1, earlier + 1):
        checkins.save(store, _gossop(today - n * ONE, 6))
    checkins.save(store, _gossop(today - 40 * ONE, 29))  # before the plan: not counted
    window.events.settings_changed.emit()
    tab = checkin_tab(window, qtbot)
    type_in(qtbot, "1111111000")  # 7 of 30, above every earlier 6
    save(window, qtbot)
    assert tab.safety_notes.isVisible() is said
    if said:
        [text] = tab.safety_notes.texts()
        assert text.startswith(
            "This is the highest SOWS-Gossop total you have recorded since "
            "your plan began (7 of 30)."
        )
        assert "contact your provider" in text and "severe" not in text


# ---- strongest urge ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "kind, naloxone", [("opioid", True), ("buprenorphine", True), ("kratom", False)]
)
def test_strongest_urge_brings_the_tolerance_note(window, store, qtbot, today, kind, naloxone):
    plan(store, today - 5 * ONE, kind=kind, unit="mg", start=16, step=1)
    window.events.plan_changed.emit()
    tab = checkin_tab(window, qtbot)
    type_in(qtbot, "0000000000000003")  # item 16 at 3: not the strongest
    save(window, qtbot)
    assert not tab.safety_notes.isVisible()
    tab.item_rows[15].setFocus()
    type_in(qtbot, "4")
    save(window, qtbot)
    [text] = tab.safety_notes.texts()
    assert text.startswith('You rated "I feel like using now" at its strongest (4 of 4).')
    assert (
        "Tolerance falls during a taper. A dose you used to take can now cause an overdose." in text
    )
    assert ("Keep naloxone at hand" in text) is naloxone


def test_craving_ten_brings_the_tolerance_note(window, store, qtbot):
    tab = checkin_tab(window, qtbot)
    type_in(qtbot, "0000000000000000")
    type_in(qtbot, "10")  # craving box
    save(window, qtbot)
    assert tab.safety_notes.texts()[0].startswith("You rated craving at its strongest")


# ---- the calendar -----------------------------------------------------------------------
@pytest.fixture
def calendar(qtbot, store, today):
    events = DataEvents()
    widget = CalendarTab(store, events, today=today)
    widget.events_owner = events
    qtbot.addWidget(widget)
    widget.setMinimumSize(720, 520)  # as the main window does; fixes the size hints
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_day_panel_shows_that_days_note_only(calendar, store, qtbot, today):
    checkins.save(store, CheckIn(today - 2 * ONE, "SOWS", items=sows_items(21)))
    checkins.save(store, CheckIn(today - ONE, "SOWS", items=sows_items(12)))
    calendar.refresh()
    notes = calendar.day_panel.safety_notes
    calendar.month.set_selected(today - 2 * ONE)
    assert notes.isVisible()
    assert f"on {shown(today - 2 * ONE)} was 21" in notes.texts()[0]
    calendar.month.set_selected(today - ONE)
    assert not notes.isVisible()
    calendar.month.set_selected(today - 2 * ONE)
    qtbot.mouseClick(notes.cards[0].dismiss_button, Qt.MouseButton.LeftButton)
    assert not notes.isVisible()


def test_plan_line_shows_the_tolerance_note_in_the_last_steps(calendar, store, qtbot, today):
    # 8 mg, -2 mg every 7 days from today-14: 8, 6, then 4 today (half): nothing yet
    plan(store, today - 14 * ONE, kind="opioid", unit="mg", start=8, step=2)
    calendar.refresh()
    assert not calendar.plan_notes.isVisible()
    calendar.clock = fixed(today + 7 * ONE)  # a week on: 2 mg, a quarter of 8
    calendar.refresh()
    assert calendar.plan_notes.isVisible()
    [text] = calendar.plan_notes.texts()
    assert text.startswith(
        "The planned dose, 2 mg, is at or below a quarter of the plan's first start dose (8 mg)."
    )
    assert "Keep naloxone at hand" in text
    assert calendar.isAncestorOf(calendar.plan_notes)


def test_plan_line_on_the_day_the_target_is_reached(calendar, store, today):
    plan(store, today - 28 * ONE, kind="kratom", start=8, step=2)  # 0 g from today
    calendar.refresh()
    [text] = calendar.plan_notes.texts()
    assert text.startswith("The plan reaches its target today (0 g).")
    assert "naloxone" not in text


# ---- the hold suggestion updates on save (issue 17 item 1) ----------------------------------
def test_hold_suggestion_appears_when_the_check_in_is_saved(window, store, qtbot, today):
    plan(store, today - 13 * ONE, kind="kratom", start=8, step=1, every=7)  # step today-6
    step = plans.current_plan(store)
    for n in range(13, 6, -1):
        checkins.save(store, CheckIn(today - n * ONE, "SOWS", items=sows_items(5)))
    checkins.save(store, CheckIn(today - ONE, "SOWS", items=sows_items(20)))
    window.events.plan_changed.emit()
    tab = checkin_tab(window, qtbot)
    assert step is not None
    assert not tab.banner.isVisible()  # one recent total: too little to compare
    type_in(qtbot, "2222222222000000")  # 20 today
    save(window, qtbot)
    assert tab.banner.isVisible()  # at once, without moving to another day
    text = tab.banner.text.text()
    assert (
        "Your mean SOWS total over the last 3 days is 20, up from 5 in the week before "
        "the step on" in text
    )
    assert "often" not in text


def test_hold_banner_after_a_severe_run_with_falling_totals_says_no_rise(
    window, store, qtbot, today
):
    """Two severe days after the step, though lower than the week before it: the banner
    names the severe days and the true comparison, never 'up' or 'higher'."""
    plan(store, today - 13 * ONE, kind="opioid", unit="mg", start=40, step=5, every=7)
    for n in range(13, 6, -1):
        checkins.save(store, CheckIn(today - n * ONE, "SOWS", items=sows_items(30)))
    checkins.save(store, CheckIn(today - ONE, "SOWS", items=sows_items(24)))
    window.events.data_replaced.emit()
    tab = checkin_tab(window, qtbot)
    type_in(qtbot, "2222222222200000")  # 22 today: severe again, still below 30
    save(window, qtbot)
    assert tab.banner.isVisible()
    text = tab.banner.text.text()
    assert "conventional severe band two days in a row" in text
    assert f"{shown(today - ONE)} (24) and {shown(today)} (22)" in text
    assert "in the week before the step on" in text and "it was 30" in text
    assert "up from" not in text and "higher" not in text


def test_hold_banner_for_gossop_states_its_own_scale(window, store, qtbot, today):
    settings.put(store, "instrument", "SOWS-Gossop")
    plan(store, today - 13 * ONE, kind="kratom", start=8, step=1, every=7)
    for n in range(13, 6, -1):
        checkins.save(store, _gossop(today - n * ONE, 4))
    checkins.save(store, _gossop(today - ONE, 10))
    window.events.settings_changed.emit()
    tab = checkin_tab(window, qtbot)
    assert not tab.banner.isVisible()
    type_in(qtbot, "1111111111")  # 10 of 30 today
    save(window, qtbot)
    assert tab.banner.isVisible()
    assert (
        "Your mean SOWS-Gossop total over the last 3 days is 10, up from 4 in the week "
        "before the step on"
    ) in tab.banner.text.text()
    assert "severe" not in tab.banner.text.text()
