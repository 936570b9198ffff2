"""What the plan rules say about a stored plan reaches the person: the calendar's plan line,
the day a revision takes effect, the plan history and the report."""

import datetime as dt

import pytest
from pypdf import PdfReader

from taper_desktop.domain.models import PlanRevision, Substance
from taper_desktop.report import ReportOptions, write_report
from taper_desktop.store import plans
from taper_desktop.ui.calendar_tab import CalendarTab
from taper_desktop.ui.events import DataEvents
from taper_desktop.ui.plan_history import PlanHistoryDialog

D = dt.date(2026, 11, 1)


@pytest.fixture
def tab(qtbot, store):
    events = DataEvents()
    widget = CalendarTab(store, events, today=D + dt.timedelta(days=45))
    widget.events_owner = events
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    return widget


def oxy():
    return Substance("Oxycodone", "opioid", "mg", mme_factor=1.5)


def with_agreed_increase(store):
    plan = plans.create_plan(store, oxy(), PlanRevision(D, "percent", 60, 10, 14, 5))
    plans.add_revision(
        store,
        plan.id,
        PlanRevision(
            D + dt.timedelta(days=42),
            "percent",
            60,
            10,
            14,
            5,
            increase_agreed_with="Dr Rivera",
            increase_agreed_on=dt.date(2026, 12, 1),
        ),
    )
    return plan


def test_the_plan_line_shows_the_increase_and_who_agreed_it(tab, store):
    with_agreed_increase(store)
    tab.refresh()
    text = tab.summary.text()
    assert (
        "Increase from 50 mg to 60 mg on 13 Dec 2026, agreed with Dr Rivera on 1 Dec 2026."
    ) in text
    cell = tab.month.cells.get(D + dt.timedelta(days=42))
    if cell is not None:  # the revision's day is marked where the month shows it
        assert cell.revision and "a new plan revision takes effect" in cell.description
    tab.day_panel.show_day(D + dt.timedelta(days=42))
    assert "A new plan revision takes effect today." in tab.day_panel.plan_label.text()


def test_a_stored_plan_breaking_a_rule_is_kept_and_marked(tab, store):
    """Written as an earlier version could (the store itself refuses it now)."""
    plan = plans.create_plan(store, oxy(), PlanRevision(D, "percent", 60, 10, 14, 5))
    store.execute(
        "UPDATE plan_revision SET start_dose = 62, resolution = 5 WHERE plan_id = ?", (plan.id,)
    )
    store.conn.commit()
    tab.refresh()
    text = tab.summary.text()
    assert "This plan's start dose (62 mg) is not a multiple of its rounding step (5 mg)." in text
    assert "Use Change plan to correct it." in text
    assert tab.plan_button.isVisibleTo(tab) and "Change" in tab.plan_button.text()


def test_a_past_increase_without_a_name_reads_agreement_not_recorded(tab, store, qtbot):
    plan = plans.create_plan(store, oxy(), PlanRevision(D, "percent", 60, 10, 14, 5))
    store.execute(
        "INSERT INTO plan_revision (plan_id, effective_date, rule, start_dose, step,"
        " interval_days, resolution, target, created_at) VALUES (?, ?, 'percent', 60, 10, 14,"
        " 5, 0, '2026-12-13T09:00:00')",
        (plan.id, (D + dt.timedelta(days=42)).isoformat()),
    )
    store.conn.commit()
    tab.refresh()
    assert (
        "Increase from 50 mg to 60 mg on 13 Dec 2026, agreement not recorded." in tab.summary.text()
    )
    dialog = PlanHistoryDialog(plans.current_plan(store))
    qtbot.addWidget(dialog)
    column = [
        dialog.revisions.horizontalHeaderItem(c).text()
        for c in range(dialog.revisions.columnCount())
    ].index("Dose increase")
    assert dialog.revisions.item(0, column).text() == "none"
    assert dialog.revisions.item(1, column).text() == (
        "increase from 50 mg to 60 mg on 13 Dec 2026, agreement not recorded"
    )


def test_the_report_names_who_agreed_the_increase(store, tmp_path):
    with_agreed_increase(store)
    out = tmp_path / "r.pdf"
    write_report(store, ReportOptions(first=D, last=D + dt.timedelta(days=50)), out, paper="A4")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    said = "increase from 50 mg to 60 mg on 13 Dec 2026, agreed with Dr Rivera on 1 Dec 2026"
    assert said in text


def test_the_calendar_refuses_a_dose_for_tomorrow_and_says_why(tab, store):
    from taper_desktop.store import doses, settings

    tomorrow = settings.diary_today(store) + dt.timedelta(days=1)
    plans.create_plan(
        store,
        Substance("Kratom leaf powder", "kratom", "g"),
        PlanRevision(tomorrow - dt.timedelta(days=3), "linear", 8, 1, 7, 0.1),
    )
    tab.refresh()
    panel = tab.day_panel
    panel.show_day(tomorrow)
    panel.doses.amount.setText("5")
    panel.doses.save_dose()
    assert "has not come yet" in panel.doses.message.text()
    assert doses.on_day(store, tomorrow) == []
