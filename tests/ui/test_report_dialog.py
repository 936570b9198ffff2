"""File > Export report: the dialog, the written PDF, last_report_to, opening the file."""

import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from taper_desktop.report import ReportOptions
from taper_desktop.store import settings
from taper_desktop.ui import report_dialog
from taper_desktop.ui.report_dialog import ReportDialog
from tests.report.test_report import D0, PATIENT, PROVIDER, d, seed


def test_dialog_collects_period_options_and_names(qtbot):
    dialog = ReportDialog(D0, d(20))
    qtbot.addWidget(dialog)
    for widget in (
        dialog.from_edit,
        dialog.to_edit,
        dialog.table_box,
        dialog.notes_box,
        dialog.patient_edit,
        dialog.provider_edit,
        dialog.ok_button,
    ):
        assert widget.accessibleName()
    qtbot.keyClicks(dialog.provider_edit, "Dr. Okafor")  # QTest types Latin-1 only
    dialog.patient_edit.setText(PATIENT)
    dialog.notes_box.setChecked(False)
    assert dialog.options() == ReportOptions(
        D0, d(20), PATIENT, "Dr. Okafor", True, False, language="en"
    )  # the window's language


def test_the_report_language_follows_the_window_and_can_be_changed(qtbot):
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German))
    try:
        dialog = ReportDialog(D0, d(20))
        qtbot.addWidget(dialog)
        assert dialog.options().language == "de"
        assert dialog.from_edit.displayFormat() == "dd.MM.yyyy"  # the locale's dates
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("es"))
        assert dialog.options().language == "es"
    finally:
        QLocale.setDefault(before)


def test_days_after_today_cannot_be_chosen(qtbot):
    """A future day has no data yet; in the report it would read as a day not logged."""
    dialog = ReportDialog(D0, d(20), latest=d(20))
    qtbot.addWidget(dialog)
    dialog.to_edit.setDate(QDate(2026, 3, 30))
    dialog.from_edit.setDate(QDate(2026, 3, 30))
    assert dialog.options().last == d(20) and dialog.options().first == d(20)


def test_first_day_after_last_day_is_explained_and_blocks_saving(qtbot):
    dialog = ReportDialog(D0, d(20))
    qtbot.addWidget(dialog)
    dialog.from_edit.setDate(QDate(2026, 4, 1))
    assert not dialog.ok_button.isEnabled()
    assert not dialog.problem.isHidden() and "after the last day" in dialog.problem.text()
    dialog.from_edit.setDate(QDate(2026, 3, 2))
    assert dialog.ok_button.isEnabled() and dialog.problem.text() == ""


def test_export_from_the_window_writes_opens_and_remembers(
    qtbot, window, store, tmp_path, monkeypatch
):
    from taper_desktop.ui import locale_format

    seed(store)
    last_report = settings.diary_today(store) - dt.timedelta(days=10)
    settings.put(store, "last_report_to", last_report.isoformat())
    asked, opened = [], []

    def fake_ask(parent, first, last, patient, provider, hint):
        asked.append((first, last))
        assert (
            f"after your last report, which ended on {locale_format.date(last_report)}" in hint
        )  # written as every date in the window, not in the stored ISO form
        return ReportOptions(D0, d(20), PATIENT, PROVIDER)

    monkeypatch.setattr(report_dialog, "ask", fake_ask)
    monkeypatch.setattr(report_dialog, "choose_path", lambda parent, s: str(tmp_path / "visit"))
    monkeypatch.setattr(report_dialog, "open_file", lambda path: opened.append(path) or True)
    with qtbot.waitSignal(window.events.settings_changed):
        window.export_report_action.trigger()
    today = settings.diary_today(store)
    assert asked == [(today - dt.timedelta(days=9), today)]  # since the last report
    written = tmp_path / "visit.pdf"
    assert opened == [written]
    assert PATIENT in PdfReader(str(written)).pages[0].extract_text()
    assert settings.get(store, "last_report_to") == d(20).isoformat()
    assert window.ui_state.value("report/patient") == PATIENT


def test_export_failure_is_shown_and_nothing_is_remembered(
    window, store, tmp_path, qtbot, monkeypatch
):
    errors = []
    monkeypatch.setattr(report_dialog, "ask", lambda *a: ReportOptions(D0, d(3)))
    monkeypatch.setattr(
        report_dialog, "choose_path", lambda parent, s: str(tmp_path / "gone" / "r.pdf")
    )
    monkeypatch.setattr(report_dialog, "open_file", lambda p: errors.append("opened"))
    monkeypatch.setattr(report_dialog, "show_error", lambda parent, text: errors.append(text))
    with qtbot.waitSignal(report_dialog.export_report(window, store).ended) as ended:
        pass
    assert ended.args == [False]
    assert len(errors) == 1 and "not saved" in errors[0] and "cannot write" in errors[0]
    assert settings.get(store, "last_report_to") == ""


def test_cancel_writes_nothing(window, store, monkeypatch):
    monkeypatch.setattr(report_dialog, "ask", lambda *a: None)
    monkeypatch.setattr(
        report_dialog,
        "choose_path",
        lambda *a: (_ for _ in ()).throw(AssertionError("no file dialog after cancel")),
    )
    assert report_dialog.export_report(window, store) is None


def test_tab_order_follows_the_form(qtbot):
    dialog = ReportDialog(D0, d(20))
    qtbot.addWidget(dialog)
    order, widget = [], dialog.from_edit
    for _ in range(40):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    wanted = [
        dialog.from_edit,
        dialog.to_edit,
        dialog.patient_edit,
        dialog.provider_edit,
        dialog.table_box,
        dialog.notes_box,
        dialog.ok_button,
    ]
    positions = [
        next(i for i, w in enumerate(order) if w is x or x.isAncestorOf(w)) for x in wanted
    ]
    assert positions == sorted(positions)


def test_the_dialog_offers_the_period_chosen_last_time(qtbot, window, store, tmp_path, monkeypatch):
    seed(store)
    asked = []

    def fake_ask(parent, first, last, patient, provider, hint):
        asked.append((first, last, hint))
        return ReportOptions(d(4), d(4))  # a one-day report

    monkeypatch.setattr(report_dialog, "ask", fake_ask)
    monkeypatch.setattr(report_dialog, "choose_path", lambda parent, s: str(tmp_path / "r"))
    monkeypatch.setattr(report_dialog, "open_file", lambda path: True)
    for _ in range(2):
        with qtbot.waitSignal(window.export_report().ended, timeout=20_000):
            pass
    assert asked[1][:2] == (d(4), d(4))  # not back to the suggested period
    assert "chose last time" in asked[1][2]
