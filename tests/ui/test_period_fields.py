"""The period fields shared by the report and the clinic export: the date fields show
dates as the dialogs' messages write them, in every language."""

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from taper_desktop.ui import locale_format
from taper_desktop.ui.clinic_exports import FhirDialog
from taper_desktop.ui.period_fields import PeriodFields
from taper_desktop.ui.report_dialog import ReportDialog

FIRST, LAST = dt.date(2026, 12, 1), dt.date(2026, 11, 20)  # the wrong way round


@pytest.fixture
def locale():
    before = QLocale()

    def use(language: QLocale.Language) -> None:
        QLocale.setDefault(QLocale(language))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        (QLocale.Language.English, ("1 Dec 2026", "20 Nov 2026")),
        (QLocale.Language.Spanish, ("1/12/2026", "20/11/2026")),
        (QLocale.Language.German, ("01.12.2026", "20.11.2026")),
    ],
)
def test_fields_show_dates_as_the_message_writes_them(qtbot, locale, language, shown):
    locale(language)
    dialog = FhirDialog(FIRST, LAST, "")
    qtbot.addWidget(dialog)
    dialog.all_box.setChecked(False)
    assert (dialog.from_edit.text(), dialog.to_edit.text()) == shown
    assert shown == (locale_format.date(FIRST), locale_format.date(LAST))
    for text in shown:  # the message names the days as the fields show them
        assert text in dialog.problem.text()
    assert not dialog.ok_button.isEnabled()


def test_report_and_clinic_export_share_the_period_fields(qtbot, locale):
    locale(QLocale.Language.English)
    fhir = FhirDialog(FIRST, LAST, "")
    report = ReportDialog(FIRST, LAST)
    qtbot.addWidget(fhir)
    qtbot.addWidget(report)
    fhir.all_box.setChecked(False)
    message = fhir.problem.text()
    assert "1 Dec 2026" in message
    for dialog in (fhir, report):
        assert isinstance(dialog.period, PeriodFields)
        assert dialog.from_edit is dialog.period.from_edit
        assert dialog.problem.text() == message
        assert dialog.from_edit.displayFormat() == locale_format.date_pattern()
        dialog.to_edit.setDate(locale_format.qdate(dt.date(2026, 12, 5)))  # in order now
        assert dialog.problem.text() == "" and dialog.ok_button.isEnabled()
    assert report.options().last == dt.date(2026, 12, 5)
    assert fhir.choice().first == FIRST


def test_all_days_needs_no_order(qtbot):
    dialog = FhirDialog(FIRST, LAST, "")
    qtbot.addWidget(dialog)
    assert dialog.all_box.isChecked() and dialog.ok_button.isEnabled()
    assert not dialog.from_edit.isEnabled() and dialog.problem.text() == ""
