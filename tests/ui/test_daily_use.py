"""Daily use across the check-in and the calendar: one clock, one 'taken as planned',
change events between the tabs, and entry that starts however a field was reached."""

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from taper_desktop.app import build_window
from taper_desktop.domain import reminders
from taper_desktop.domain.clock import Clock
from taper_desktop.domain.models import CheckIn, Dose, PlanRevision, Substance
from taper_desktop.store import checkins, day_table, doses, drafts, plans, records, settings
from taper_desktop.ui import locale_format

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
    return plans.create_plan(
        store,
        Substance("Kratom leaf powder", "kratom", "g"),
        PlanRevision(first, "linear", dose, 1, 7, 0.1),
    )


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
        qtbot.mouseClick(tab.day_panel.doses.as_planned_button, Qt.MouseButton.LeftButton)
    [dose] = doses.on_day(store, today)
    assert (dose.amount, dose.time) == (8, "01:30")
    # a past day gets no invented time
    tab.month.set_selected(today - ONE)
    qtbot.mouseClick(tab.day_panel.doses.as_planned_button, Qt.MouseButton.LeftButton)
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
    assert panel.doses.as_planned_button.isEnabled() and strip.as_planned.isEnabled()
    assert "5 g" in panel.doses.as_planned_button.toolTip()
    assert "5 g" in strip.as_planned.toolTip()
    with qtbot.waitSignal(win.events.doses_changed):
        qtbot.mouseClick(panel.doses.as_planned_button, Qt.MouseButton.LeftButton)
    assert sorted(d.amount for d in doses.on_day(store, today)) == [3, 5]
    # both buttons are now off: the plan is reached, a second press adds nothing
    assert not panel.doses.as_planned_button.isEnabled()
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
    assert not panel.doses.as_planned_button.isEnabled()


def test_taken_as_planned_refuses_a_day_without_a_plan(store):
    with pytest.raises(ValueError, match="no planned dose"):
        doses.take_as_planned(store, dt.date(2026, 3, 1), None, "g")
    assert doses.on_day(store, dt.date(2026, 3, 1)) == []


# ---- change events --------------------------------------------------------------------
def test_a_medication_added_in_the_calendar_shows_in_the_checkin_at_once(win, store, qtbot, today):
    checkin = win.checkin_tab
    assert checkin.day == today and checkin.meds.none_label.isVisibleTo(checkin)
    panel = calendar_on(win, today).day_panel
    qtbot.keyClicks(panel.meds.name, "Loperamide")
    qtbot.keyClicks(panel.meds.amount, "2")
    qtbot.keyClicks(panel.meds.unit, "mg")
    with qtbot.waitSignal(win.events.records_changed) as signal:
        qtbot.keyClick(panel.meds.name, Qt.Key.Key_Return)
    assert signal.args == [today]
    texts = [
        checkin.meds.list_layout.itemAt(i).widget().text()
        for i in range(checkin.meds.list_layout.count())
        if hasattr(checkin.meds.list_layout.itemAt(i).widget(), "text")
    ]
    assert any("Loperamide" in t for t in texts)
    assert not checkin.meds.none_label.isVisibleTo(checkin)


def test_a_medication_added_in_the_checkin_shows_in_the_day_panel(win, store, qtbot, today):
    panel = calendar_on(win, today).day_panel
    assert panel.meds.shown() == []
    win.tabs.setCurrentWidget(win.checkin_tab)
    meds = win.checkin_tab.meds
    qtbot.keyClicks(meds.name, "Ibuprofen")
    with qtbot.waitSignal(win.events.records_changed):
        qtbot.mouseClick(meds.add_button, Qt.MouseButton.LeftButton)
    assert panel.meds.shown() == ["Ibuprofen"]
    # removing it in the check-in takes it out of the panel too
    remove = meds.list_layout.itemAtPosition(0, 1).widget()
    with qtbot.waitSignal(win.events.records_changed):
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert panel.meds.shown() == []
    assert records.medications_between(store, today, today) == []


def test_an_appointment_added_in_the_panel_updates_the_month(win, store, qtbot, today):
    tab = calendar_on(win, today)
    qtbot.keyClicks(tab.day_panel.visits.time, "10:30")
    with qtbot.waitSignal(win.events.records_changed):
        qtbot.keyClick(tab.day_panel.visits.time, Qt.Key.Key_Return)
    assert tab.month.cells[today].visit == "10:30"


# ---- a click, then a digit -----------------------------------------------------------------
@pytest.mark.parametrize(
    "name,typed,expected", [("craving", "7", 7), ("pain", "3", 3), ("sleep_hours", "6", 6.0)]
)
def test_a_click_into_a_blank_measure_then_a_digit_enters_it(win, qtbot, name, typed, expected):
    tab = win.checkin_tab
    box = tab.measures.boxes[name]
    assert tab.measures.values()[name] is None
    edit = box.lineEdit()
    qtbot.mouseClick(
        edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() // 2, edit.height() // 2)
    )
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    qtbot.keyClicks(box, typed)
    assert tab.measures.values()[name] == expected
    assert tab.form_state()["measures"][name] == expected


def test_a_click_into_the_blank_dose_amount_then_digits_enter_it(win, qtbot, store, today):
    kratom_plan(store, today - ONE)
    win.events.plan_changed.emit()
    amount = win.checkin_tab.dose_strip.amount
    edit = amount.lineEdit()
    qtbot.mouseClick(
        edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() // 2, edit.height() // 2)
    )
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
    assert reminders.missed_on_start(now, at, boundary, never, dt.date(2026, 3, 10)) == dt.date(
        2026, 3, 10
    )
    assert reminders.missed_on_start(now, at, boundary, never, dt.date(2026, 3, 11)) is None


# ---- Escape cancels editing a dose ---------------------------------------------------------
def test_escape_cancels_editing_a_dose(win, store, qtbot, today):
    doses.add(store, Dose(today, 4, "g", "08:00"))
    panel = calendar_on(win, today).day_panel
    panel.doses.list.setCurrentRow(0)
    panel.doses.edit_selected_dose()
    assert panel.doses.editing is not None
    qtbot.waitUntil(lambda: panel.doses.amount.hasFocus())
    panel.doses.amount.selectAll()
    qtbot.keyClicks(panel.doses.amount, "9")
    qtbot.keyClick(panel.doses.amount, Qt.Key.Key_Escape)
    assert panel.doses.editing is None
    assert panel.doses.amount.text() == ""
    assert [d.amount for d in doses.on_day(store, today)] == [4]
    assert panel.doses.edit_button.isVisibleTo(panel)
    assert "unchanged" in panel.doses.message.text()


# ---- a note-only day is a note, not a check-in ---------------------------------------------
def test_a_note_only_day_is_saved_and_shown_as_a_note(win, store, qtbot, today):
    tab = win.checkin_tab
    qtbot.keyClicks(tab.note, "Slept at my sister's")
    tab.flag.setChecked(True)
    with qtbot.waitSignal(win.events.checkin_saved):
        assert tab.save()
    assert "as a note" in tab.message_label.text()
    assert "partial" not in tab.status_label.text()
    assert "a note, no symptoms rated" in tab.status_label.text()
    saved = checkins.get(store, today)
    assert saved is not None and not saved.rated
    cal = calendar_on(win, today)
    cell = cal.month.cells[today]
    assert cell.withdrawal == "" and not cell.partial  # no check-in marker
    assert cell.note and cell.flagged
    assert "a note, no symptoms rated" in cell.description
    assert "flagged for your provider" in cell.description
    panel = cal.day_panel
    assert panel.checkin_label.text() == "A note, no symptoms rated."
    assert panel.flag_label.isVisibleTo(panel)
    assert panel.note_label.text() == "Note: Slept at my sister's"


def test_the_report_counts_a_note_only_day_as_a_note(store, today):
    from taper_desktop.report.summary import ReportOptions, build_summary

    checkins.save(store, CheckIn(today - ONE, "SOWS", note="Only a note"))
    checkins.save(store, CheckIn(today, "SOWS", items={"anxious": 2}))
    s = build_summary(store, ReportOptions(today - 2 * ONE, today))
    assert (s.checkin_days, s.partial_checkins, s.note_days) == (1, 1, 1)
    assert [series.partial_days for series in s.series] == [1]


def test_a_note_only_day_has_no_partial_marker_in_the_charts(store, today):
    from taper_desktop.ui.charts import data as chart_data

    checkins.save(store, CheckIn(today - ONE, "SOWS", note="Only a note"))
    checkins.save(store, CheckIn(today, "SOWS", items={"anxious": 2}))
    data = chart_data.load(store, today=today)
    assert int(data.instruments["SOWS"].partial.sum()) == 1


# ---- flags and notes in the calendar ---------------------------------------------------------
def test_flag_and_note_show_in_the_cell_and_panel(win, store, today):
    checkins.save(
        store,
        CheckIn(
            today - ONE, "SOWS", items={"anxious": 1}, note="Rough night", flag_for_provider=True
        ),
    )
    checkins.save(store, CheckIn(today - 2 * ONE, "SOWS", items={"anxious": 1}))
    cal = calendar_on(win, today - ONE)
    flagged, plain = cal.month.cells[today - ONE], cal.month.cells[today - 2 * ONE]
    assert (flagged.flagged, flagged.note) == (True, True)
    assert (plain.flagged, plain.note) == (False, False)
    assert cal.month._marks(flagged) == ["flag", "note"]
    panel = cal.day_panel
    assert panel.flag_label.isVisibleTo(panel)
    assert panel.note_label.text() == "Note: Rough night"
    cal.month.set_selected(today - 2 * ONE)
    assert not panel.flag_label.isVisibleTo(panel) and not panel.note_label.isVisibleTo(panel)


# ---- unsaved drafts on other days ----------------------------------------------------------
def test_a_draft_on_another_day_is_marked_and_can_be_opened_or_discarded(
    win, store, qtbot, today, monkeypatch
):
    from taper_desktop.ui import day_panel as day_panel_module

    tab = win.checkin_tab
    tab.open_day(today - 2 * ONE)
    tab.item_rows[0].setFocus()
    qtbot.keyClicks(tab.item_rows[0], "3")
    tab.open_day(today)  # the typing is kept as a draft, not saved
    assert drafts.checkin_draft_days(store) == {today - 2 * ONE}
    cal = calendar_on(win, today - 2 * ONE)
    qtbot.waitUntil(lambda: cal.month.cells[today - 2 * ONE].draft)
    assert "a check-in draft not saved" in cal.month.cells[today - 2 * ONE].description
    panel = cal.day_panel
    assert panel.draft_row.isVisibleTo(panel)
    assert panel.draft_label.text() == "Draft not saved"
    # Open goes to that day's check-in, with the draft in it
    qtbot.mouseClick(panel.draft_open_button, Qt.MouseButton.LeftButton)
    assert win.tabs.currentWidget() is tab and tab.day == today - 2 * ONE
    assert tab.item_rows[0].value == 3
    # Discard (after asking) throws it away, everywhere
    cal = calendar_on(win, today - 2 * ONE)
    monkeypatch.setattr(day_panel_module, "ask_discard_draft", lambda parent, day: True)
    with qtbot.waitSignal(win.events.draft_discarded):
        qtbot.mouseClick(panel.draft_discard_button, Qt.MouseButton.LeftButton)
    assert drafts.checkin_draft_days(store) == set()
    assert not cal.month.cells[today - 2 * ONE].draft
    assert not panel.draft_row.isVisibleTo(panel)
    assert tab.item_rows[0].value is None


def test_a_draft_on_another_day_is_mentioned_on_start(qtbot, store, today):
    drafts.put(store, drafts.checkin_key(today - 3 * ONE), {"items": {"anxious": 2}})
    drafts.put(store, drafts.checkin_key(today - ONE), {"note": "half typed"})
    settings.put_many(store, {"reminder_enabled": False, "first_run_done": True})
    w = build_window(store, clock=Now(dt.datetime.combine(today, dt.time(10, 0))), has_tray=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.start_up()
    notice = w.draft_notice
    assert notice.isVisible()
    assert f"{today - ONE:%a} {(today - ONE).day} {today - ONE:%b}" in notice.label.text()
    assert "(and 1 more day)" in notice.label.text()
    assert "One more day has a draft" in notice.label.accessibleName()
    w.tabs.setCurrentIndex(0)
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    assert w.tabs.currentWidget() is w.checkin_tab
    assert w.checkin_tab.day == today - ONE
    assert w.checkin_tab.note.toPlainText() == "half typed"


# ---- cells never clip the dose and the score ----------------------------------------------
def test_labels_shorten_before_numbers(qtbot):
    from PySide6.QtGui import QFont, QFontMetrics

    from taper_desktop.ui.month_view import fitting

    fm = QFontMetrics(QFont())
    variants = ["Plan 3.25 g", "Plan 3.25", "P 3.25", "3.25"]
    assert fitting(variants, fm, 1000) == "Plan 3.25 g"
    assert fitting(variants, fm, fm.horizontalAdvance("P 3.25")) == "P 3.25"
    assert fitting(variants, fm, fm.horizontalAdvance("3.25")) == "3.25"


def test_at_large_text_the_month_keeps_room_for_the_dose_and_the_score(win, store, today):
    from PySide6.QtGui import QFont, QFontMetrics

    from taper_desktop.ui.month_view import cell_rows

    checkins.save(
        store,
        CheckIn(
            today - ONE,
            "SOWS-Gossop",
            items={
                k: 1
                for k in (
                    "feeling_sick",
                    "stomach_cramps",
                    "muscle_spasms",
                    "feeling_cold",
                    "heart_pounding",
                    "muscular_tension",
                    "aches_and_pains",
                    "yawning",
                    "runny_eyes",
                    "trouble_sleeping",
                )
            },
        ),
    )
    kratom_plan(store, today - 5 * ONE)
    cal = calendar_on(win, today - ONE)
    font = QFont(cal.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    cal.month.setFont(font)
    hint = cal.month.minimumSizeHint()
    small = QFontMetrics(cal.month._small_font())
    row = (hint.height() - cal.month._header_height()) / 6
    room = (row - 6 - QFontMetrics(font).height() - 1) // small.height()
    assert room >= 2
    cell = cal.month.cells[today - ONE]
    rows = cell_rows(cell, int(room))
    assert "marker" in rows and ("took" in rows or "plan" in rows)
    # the calendar scrolls rather than squeezing the month below that size
    win.resize(800, 600)
    assert cal.month.height() >= hint.height() or cal.page_scroll.verticalScrollBar().maximum() > 0


# ---- plan history: correct or withdraw, the original kept as withdrawn -------------------
@pytest.fixture
def history(qtbot, store, today):
    from taper_desktop.domain.models import Hold
    from taper_desktop.ui.plan_history import PlanHistoryDialog

    plan = kratom_plan(store, today - 30 * ONE)
    plans.add_revision(
        store,
        plan.id,
        PlanRevision(
            today - 10 * ONE, "percent", 6, 10, 7, 0.1, reason="typo visit", agreed_by="Dr. R"
        ),
    )
    plans.add_hold(store, plan.id, Hold(today - 5 * ONE, today - 3 * ONE, "rough week"))
    changed = []
    dialog = PlanHistoryDialog(
        plans.load_plan(store, plan.id), store=store, today=today, changed=lambda: changed.append(1)
    )
    dialog.changes = changed
    qtbot.addWidget(dialog)
    return dialog


def test_a_revision_is_corrected_and_the_original_stays_as_withdrawn(
    history, store, today, monkeypatch
):
    from taper_desktop.ui import plan_history

    history.revisions.selectRow(1)
    assert history.revision_buttons[0].isEnabled()
    seen = []

    def correct(parent, plan_without, original, day):
        seen.append((len(plan_without.revisions), original.reason))
        return PlanRevision(
            original.effective_date,
            "percent",
            6,
            5,
            7,
            0.1,
            reason="5% per step, as agreed",
            agreed_by="Dr. R",
        )

    monkeypatch.setattr(plan_history, "ask_revision_correction", correct)
    history.correct_revision()
    assert seen == [(1, "typo visit")]
    plan = plans.load_plan(store, history.plan.id)
    assert [r.step for r in plan.revisions] == [1, 5]
    [old] = plan.withdrawn_revisions
    assert (old.step, old.withdrawn_on, old.withdrawn_reason) == (10, today, "entered in error")
    assert history.revisions.rowCount() == 3
    status = [
        history.revisions.horizontalHeaderItem(c).text()
        for c in range(history.revisions.columnCount())
    ].index("Status")
    statuses = [history.revisions.item(i, status).text() for i in range(3)]
    assert f"withdrawn on {locale_format.date(today)} (entered in error)" in statuses
    assert (
        history.revisions.item(
            statuses.index(f"withdrawn on {locale_format.date(today)} (entered in error)"), 0
        )
        .font()
        .strikeOut()
    )
    assert history.changes == [1]
    # a withdrawn row cannot be corrected again
    history.revisions.selectRow(
        statuses.index(f"withdrawn on {locale_format.date(today)} (entered in error)")
    )
    assert not history.revision_buttons[0].isEnabled()


def test_a_correction_meets_every_plan_rule(history, store, today, monkeypatch):
    from taper_desktop.ui import plan_history

    history.revisions.selectRow(1)
    # a rise over the dose planned the day before, with no provider named: refused
    monkeypatch.setattr(
        plan_history,
        "ask_revision_correction",
        lambda *a: PlanRevision(today - 10 * ONE, "percent", 9, 10, 7, 0.1),
    )
    history.correct_revision()
    assert "Not corrected" in history.message.text()
    plan = plans.load_plan(store, history.plan.id)
    assert [r.start_dose for r in plan.revisions] == [8, 6] and plan.withdrawn_revisions == []
    assert history.changes == []


def test_the_only_revision_cannot_be_withdrawn_but_a_later_one_can(
    history, store, today, monkeypatch
):
    from taper_desktop.ui import plan_history

    monkeypatch.setattr(plan_history, "ask_withdraw", lambda parent, what: True)
    history.revisions.selectRow(1)
    history.withdraw_revision()
    plan = plans.load_plan(store, history.plan.id)
    assert len(plan.revisions) == 1 and len(plan.withdrawn_revisions) == 1
    history.revisions.selectRow(0)
    history.withdraw_revision()
    assert "only revision" in history.message.text()
    assert len(plans.load_plan(store, history.plan.id).revisions) == 1


def test_a_hold_is_corrected_or_withdrawn_and_stays_visible(history, store, today, monkeypatch):
    from taper_desktop.domain.models import Hold
    from taper_desktop.domain.schedule import PlanSchedule
    from taper_desktop.ui import plan_history

    history.holds.selectRow(0)
    monkeypatch.setattr(
        plan_history,
        "ask_hold_correction",
        lambda parent, original: Hold(today - 5 * ONE, today - 4 * ONE, "rough week"),
    )
    history.correct_hold()
    plan = plans.load_plan(store, history.plan.id)
    assert [(h.start_day, h.end_day) for h in plan.holds] == [(today - 5 * ONE, today - 4 * ONE)]
    assert [h.end_day for h in plan.withdrawn_holds] == [today - 3 * ONE]
    assert PlanSchedule(plan.revisions, plan.holds).holds == plan.holds
    assert history.holds.rowCount() == 2
    monkeypatch.setattr(plan_history, "ask_withdraw", lambda parent, what: True)
    row = [h.withdrawn_on for h in history.hold_rows].index(None)
    history.holds.selectRow(row)
    history.withdraw_hold()
    plan = plans.load_plan(store, history.plan.id)
    assert plan.holds == [] and len(plan.withdrawn_holds) == 2
    assert history.holds.rowCount() == 2  # both still listed, both marked


def test_withdrawn_records_survive_a_json_round_trip(history, store, today, tmp_path, monkeypatch):
    from taper_desktop.exchange import full_json
    from taper_desktop.store import open_store
    from taper_desktop.ui import plan_history

    monkeypatch.setattr(plan_history, "ask_withdraw", lambda parent, what: True)
    history.revisions.selectRow(1)
    history.withdraw_revision()
    history.holds.selectRow(0)
    history.withdraw_hold()
    out = tmp_path / "all.json"
    full_json.export_json(store, out)
    other_dir = tmp_path / "other"
    other = open_store(other_dir)
    try:
        full_json.import_json(other, out)
        plan = plans.current_plan(other)
        assert len(plan.revisions) == 1
        assert [(r.withdrawn_on, r.withdrawn_reason) for r in plan.withdrawn_revisions] == [
            (today, "entered in error")
        ]
        assert [h.withdrawn_on for h in plan.withdrawn_holds] == [today]
    finally:
        other.close()


def test_resume_on_a_holds_first_day_keeps_it_as_cancelled(win, store, today, monkeypatch, qtbot):
    from taper_desktop.domain.models import Hold
    from taper_desktop.ui import hold_dialog

    plan = kratom_plan(store, today - 7 * ONE)
    plans.add_hold(store, plan.id, Hold(today))
    tab = calendar_on(win, today)
    tab.refresh()
    monkeypatch.setattr(hold_dialog, "ask_cancel_hold", lambda parent, start: True)
    with qtbot.waitSignal(win.events.plan_changed):
        tab.toggle_hold()
    plan = plans.load_plan(store, plan.id)
    assert plan.holds == []
    [kept] = plan.withdrawn_holds
    assert kept.withdrawn_reason == plans.CANCELLED_UNUSED


def test_the_plan_editor_is_filled_with_the_revision_to_correct(qtbot, store, today):
    from taper_desktop.domain.models import Hold
    from taper_desktop.ui.hold_dialog import HoldDialog
    from taper_desktop.ui.plan_dialog import PlanDialog
    from taper_desktop.ui.plan_history import fill_plan_dialog

    plan = kratom_plan(store, today - 30 * ONE)
    wrong = plans.add_revision(
        store,
        plan.id,
        PlanRevision(
            today - 10 * ONE, "percent", 6, 10, 14, 0.1, reason="visit", agreed_by="Dr. R"
        ),
    )
    plan = plans.load_plan(store, plan.id)
    without = [r for r in plan.revisions if r.id != wrong.id]
    from taper_desktop.domain.models import Plan

    dialog = PlanDialog(Plan(plan.substance, without, plan.holds, plan.name, plan.id), today=today)
    qtbot.addWidget(dialog)
    fill_plan_dialog(dialog, wrong)
    choice, problems = dialog.read()
    assert problems == {}
    got = choice.revision
    assert (
        got.effective_date,
        got.rule,
        got.start_dose,
        got.step,
        got.interval_days,
        got.reason,
        got.agreed_by,
    ) == (today - 10 * ONE, "percent", 6, 10, 14, "visit", "Dr. R")
    assert dialog.save_button.text() == "Save the correction"
    hold = HoldDialog(today, None)
    qtbot.addWidget(hold)
    assert isinstance(hold.hold(), Hold)


def test_the_plan_editor_says_what_saving_a_correction_does(qtbot, store, today):
    from PySide6.QtWidgets import QLabel

    from taper_desktop.ui.plan_dialog import PlanDialog
    from taper_desktop.ui.plan_history import fill_plan_dialog

    plan = kratom_plan(store, today - 30 * ONE)
    dialog = PlanDialog(plan, today=today)
    qtbot.addWidget(dialog)
    fill_plan_dialog(dialog, plan.revisions[0])
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(t.startswith("Saving withdraws the revision shown") for t in texts)
    assert not any(t.startswith("Saving adds a new revision") for t in texts)


def test_the_charts_day_details_call_a_note_only_day_a_note(win, store, qtbot, today):
    checkins.save(store, CheckIn(today - ONE, "SOWS", note="Only a note"))
    win.tabs.setCurrentWidget(win.charts_tab)
    charts = win.charts_tab
    with qtbot.waitSignal(charts.refreshed, timeout=2000):
        win.events.data_replaced.emit()
    index = next(i for i, row in enumerate(charts.data.rows) if row.day == today - ONE)
    charts.show_day(index)
    assert "A note, no symptoms rated" in charts.details.text()
    assert "partial" not in charts.details.text()


def test_the_charts_and_the_report_follow_the_window_clock(
    win, now, store, today, qtbot, monkeypatch
):
    from taper_desktop.ui import report_dialog

    checkins.save(store, CheckIn(today - 3 * ONE, "SOWS", items={"anxious": 1}))
    now.moment = dt.datetime.combine(today + 2 * ONE, dt.time(1, 0))  # diary day today + 1
    win.tabs.setCurrentWidget(win.charts_tab)
    with qtbot.waitSignal(win.charts_tab.refreshed, timeout=2000):
        win.events.data_replaced.emit()
    assert win.charts_tab.clock is win.clock
    assert win.charts_tab.data.last == today + ONE
    asked = []
    monkeypatch.setattr(
        report_dialog,
        "export_report",
        lambda parent, store, events=None, today=None: asked.append(today),
    )
    win.export_report()
    assert asked == [today + ONE]


def test_a_notice_in_a_narrow_window_is_not_cut_by_the_data_path(qtbot, store, today):
    drafts.put(store, drafts.checkin_key(today - ONE), {"note": "half typed"})
    settings.put_many(store, {"reminder_enabled": False, "first_run_done": True})
    w = build_window(store, clock=Now(dt.datetime.combine(today, dt.time(10, 0))), has_tray=False)
    qtbot.addWidget(w)
    w.resize(760, 560)
    w.show()
    qtbot.waitExposed(w)
    w.start_up()
    label = w.draft_notice.label
    assert label.width() >= label.sizeHint().width()
    assert w.data_label.text() == "Data: taper.sqlite3"
    assert w.data_label.toolTip() == str(store.path)
    w.resize(1400, 800)
    qtbot.waitUntil(lambda: str(store.path) in w.data_label.text())
