"""File menu: Export for a clinic system, Export calendar (with its reminder check box),
Print plan sheet. Dialog functions are replaced; the files written are real and parsed.
The writing runs on a worker: results and errors come back to the window."""

import datetime as dt
import json
import threading

import icalendar
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QProgressDialog

from taper_desktop.demo import fill_demo
from taper_desktop.store import settings
from taper_desktop.ui import clinic_exports
from taper_desktop.ui.clinic_exports import FhirChoice, FhirDialog


def test_file_menu_offers_the_three_exports(window):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    for wanted in (
        "Export for a clinic &system (FHIR)...",
        "Export cale&ndar (iCalendar)...",
        "Print &plan sheet (PDF)...",
        "Calendar: remind the e&vening before each step",
    ):
        assert wanted in texts


def test_reminder_check_box_is_remembered(window, store):
    assert not window.remind_evening_action.isChecked()
    window.remind_evening_action.trigger()
    assert window.remind_evening_action.isChecked()
    assert settings.get(store, "ics_remind_evening_before") is True


def test_dialog_limits_the_days_only_when_asked(qtbot):
    dialog = FhirDialog(dt.date(2026, 9, 1), dt.date(2026, 11, 28), "Sam")
    qtbot.addWidget(dialog)
    assert dialog.choice() == FhirChoice(None, None, "Sam")
    assert not dialog.from_edit.isEnabled()
    dialog.all_box.setChecked(False)
    dialog.from_edit.setDate(QDate(2026, 12, 1))
    assert not dialog.ok_button.isEnabled() and "after the last day" in dialog.problem.text()
    dialog.from_edit.setDate(QDate(2026, 10, 1))
    assert dialog.ok_button.isEnabled()
    assert dialog.choice() == FhirChoice(dt.date(2026, 10, 1), dt.date(2026, 11, 28), "Sam")
    for widget in (
        dialog.all_box,
        dialog.from_edit,
        dialog.to_edit,
        dialog.patient_edit,
        dialog.ok_button,
    ):
        assert widget.accessibleName()


def test_clinic_export_from_the_window(window, store, tmp_path, monkeypatch, qtbot):
    fill_demo(store)
    window.ui_state.setValue("report/patient", "Sam Lee")
    asked = []

    def fake_ask(parent, first, last, patient):
        asked.append(patient)
        return FhirChoice(None, None, patient)

    monkeypatch.setattr(clinic_exports, "ask_fhir", fake_ask)
    monkeypatch.setattr(clinic_exports, "choose_path", lambda *a: str(tmp_path / "clinic"))
    window.export_fhir_action.trigger()
    assert asked == ["Sam Lee"]  # the name typed in the report dialog is offered
    qtbot.waitUntil(lambda: "Clinic file saved to" in window.statusBar().currentMessage())
    data = json.loads((tmp_path / "clinic.json").read_text(encoding="utf-8"))
    patient = next(
        e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == "Patient"
    )
    assert patient["name"] == [{"text": "Sam Lee"}]


def test_calendar_export_follows_the_check_box(window, store, tmp_path, monkeypatch, qtbot):
    fill_demo(store)
    monkeypatch.setattr(clinic_exports, "choose_path", lambda *a: str(tmp_path / "plan"))
    window.remind_evening_action.setChecked(True)
    window.export_calendar_action.trigger()
    qtbot.waitUntil(lambda: "Calendar saved to" in window.statusBar().currentMessage())
    cal = icalendar.Calendar.from_ical((tmp_path / "plan.ics").read_bytes())
    steps = [e for e in cal.walk("VEVENT") if str(e["summary"]).startswith("Taper step")]
    assert steps and all(e.walk("VALARM") for e in steps)


def test_plan_sheet_is_written_and_opened(window, store, tmp_path, monkeypatch, qtbot):
    fill_demo(store)
    opened = []
    monkeypatch.setattr(clinic_exports, "choose_path", lambda *a: str(tmp_path / "sheet"))
    monkeypatch.setattr(clinic_exports, "open_file", lambda p: opened.append(p) or True)
    window.plan_sheet_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert opened == [tmp_path / "sheet.pdf"]
    assert len(PdfReader(tmp_path / "sheet.pdf").pages) == 1


def test_a_path_that_cannot_be_written_is_explained(window, store, tmp_path, monkeypatch, qtbot):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    errors = []
    monkeypatch.setattr(clinic_exports, "choose_path", lambda *a: str(blocker / "plan.ics"))
    monkeypatch.setattr(clinic_exports, "show_error", lambda parent, text: errors.append(text))
    window.export_calendar_action.trigger()
    qtbot.waitUntil(lambda: bool(errors))
    assert len(errors) == 1 and "was not saved" in errors[0] and "plan.ics" in errors[0]


FLOWS = {
    "fhir": (
        lambda window: clinic_exports.export_fhir(window),
        "clinic.json",
        "Clinic file saved to",
        "The clinic file was not saved",
    ),
    "calendar": (
        lambda window: clinic_exports.export_calendar(window, False),
        "plan.ics",
        "Calendar saved to",
        "The calendar file was not saved",
    ),
    "plan sheet": (
        lambda window: clinic_exports.print_plan_sheet(window),
        "sheet.pdf",
        "Plan sheet saved to",
        "The plan sheet was not saved",
    ),
}


@pytest.fixture
def shown_errors(monkeypatch):
    """The dialogs answered (all days, no name; the file opened by nobody); returns the
    list of error messages shown."""
    monkeypatch.setattr(
        clinic_exports, "ask_fhir", lambda parent, first, last, patient: FhirChoice(None, None, "")
    )
    monkeypatch.setattr(clinic_exports, "open_file", lambda path: True)
    errors = []
    monkeypatch.setattr(clinic_exports, "show_error", lambda parent, text: errors.append(text))
    return errors


@pytest.mark.parametrize("name", FLOWS)
def test_each_export_is_written_on_a_worker(
    window, store, tmp_path, monkeypatch, qtbot, name, shown_errors
):
    start, file_name, saved, _failed = FLOWS[name]
    fill_demo(store)
    target = tmp_path / file_name
    monkeypatch.setattr(clinic_exports, "choose_path", lambda *a: str(target))
    flow = start(window)
    # back in the window before the file is written: the result arrives through the event
    # loop, which has not run yet
    assert flow.ok is None and saved not in window.statusBar().currentMessage()
    with qtbot.waitSignal(flow.ended, timeout=20_000) as ended:
        pass
    assert ended.args == [True] and shown_errors == []
    assert target.stat().st_size > 0
    assert saved in window.statusBar().currentMessage() and str(target) in (
        window.statusBar().currentMessage()
    )


@pytest.mark.parametrize("name", FLOWS)
def test_an_error_on_the_worker_comes_back_as_a_message(
    window, store, tmp_path, monkeypatch, qtbot, name, shown_errors
):
    start, file_name, saved, failed = FLOWS[name]
    fill_demo(store)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setattr(clinic_exports, "choose_path", lambda *a: str(blocker / file_name))
    with qtbot.waitSignal(start(window).ended, timeout=20_000) as ended:
        pass
    assert ended.args == [False]
    assert (
        len(shown_errors) == 1
        and shown_errors[0].startswith(failed)
        and file_name in shown_errors[0]
    )
    assert saved not in window.statusBar().currentMessage()


def test_progress_shows_while_a_long_export_runs(
    window, store, tmp_path, monkeypatch, qtbot, shown_errors
):
    """Work that lasts over half a second shows a progress dialog, which closes at the end;
    the export runs on another thread than the window's."""
    from taper_desktop.exchange import fhir

    fill_demo(store)
    monkeypatch.setattr(clinic_exports, "choose_path", lambda *a: str(tmp_path / "clinic"))
    real, gate, threads = fhir.export_fhir, threading.Event(), []

    def held(*args, **kwargs):  # the real export, once the test lets it go on
        threads.append(threading.get_ident())
        assert gate.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(fhir, "export_fhir", held)
    flow = clinic_exports.export_fhir(window)

    def progress():
        return [d for d in window.findChildren(QProgressDialog) if d.isVisible()]

    try:
        qtbot.waitUntil(lambda: bool(progress()), timeout=5_000)
        assert progress()[0].labelText() == "Saving the clinic file..."
        assert threads and threads[0] != threading.get_ident()
    finally:
        gate.set()
    with qtbot.waitSignal(flow.ended, timeout=20_000) as ended:
        pass
    assert ended.args == [True] and (tmp_path / "clinic.json").exists()
    qtbot.waitUntil(lambda: not progress())


def test_date_fields_follow_the_language_as_the_report_dialog_does(qtbot):
    """The FHIR, hold and plan dialogs. date fields take the window's date format (German
    dd.MM.yyyy), not a fixed ISO one next to the report dialog's localized fields."""
    from PySide6.QtCore import QLocale

    from taper_desktop.ui.hold_dialog import HoldDialog

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German))
    try:
        fhir = FhirDialog(dt.date(2026, 9, 1), dt.date(2026, 11, 28), "")
        hold = HoldDialog(dt.date(2026, 9, 1))
        qtbot.addWidget(fhir)
        qtbot.addWidget(hold)
        assert fhir.from_edit.displayFormat() == "dd.MM.yyyy"
        assert hold.start.displayFormat() == "dd.MM.yyyy"
        from taper_desktop.ui.plan_dialog import PlanDialog

        plan = PlanDialog(None)
        qtbot.addWidget(plan)
        assert plan.effective.displayFormat() == "dd.MM.yyyy"
    finally:
        QLocale.setDefault(before)
