"""File > Export for a clinic system (FHIR), Export calendar (iCalendar), Print plan sheet.

The writing happens in exchange/ and report/; this module asks where and what, and
reports back. `ask_fhir`, `choose_path`, `open_file` and `show_error` are the only
places that open dialogs, so tests replace them with monkeypatch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from taper_desktop import APP_TITLE
from taper_desktop.store import records, settings
from taper_desktop.ui import locale_format, translations

_STATE_PATIENT = "report/patient"  # the name typed in the report dialog


def _tr(text: str) -> str:
    return translations.tr(text)


@dataclass(frozen=True)
class FhirChoice:
    first: dt.date | None  # None: from the first day with data
    last: dt.date | None
    patient: str


class FhirDialog(QDialog):
    """Collects the days and the optional name for the clinic export."""

    def __init__(
        self, first: dt.date, last: dt.date, patient: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for a clinic system"))
        self.setAccessibleName(self.tr("Export for a clinic system"))
        intro = QLabel(
            self.tr(
                "A FHIR R4 file that a clinic's record system can read: your check-ins, doses, "
                "visits and your taper plan. It is saved only where you choose; give it to your "
                "clinic the way they ask."
            )
        )
        intro.setWordWrap(True)
        self.all_box = QCheckBox(self.tr("&All days"))
        self.all_box.setAccessibleName(self.tr("Export all days"))
        self.all_box.setChecked(True)
        self.from_edit = locale_format.date_edit(first, self.tr("First day to export"))
        self.to_edit = locale_format.date_edit(last, self.tr("Last day to export"))
        self.patient_edit = QLineEdit(patient)
        self.patient_edit.setPlaceholderText(self.tr("optional"))
        self.patient_edit.setAccessibleName(self.tr("Patient name"))
        name_note = QLabel(
            self.tr(
                "The name is the only personal detail in the file; leave it empty to leave it out."
            )
        )
        name_note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem with the dates"))

        form = QFormLayout()
        form.addRow("", self.all_box)
        form.addRow(self.tr("&From:"), self.from_edit)
        form.addRow(self.tr("&To:"), self.to_edit)
        form.addRow(self.tr("&Patient name:"), self.patient_edit)
        form.addRow("", name_note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save file..."))
        self.ok_button.setAccessibleName(self.tr("Save the clinic file"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.all_box.toggled.connect(self._check)
        self.from_edit.dateChanged.connect(self._check)
        self.to_edit.dateChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(440)

    def _check(self) -> None:
        limited = not self.all_box.isChecked()
        self.from_edit.setEnabled(limited)
        self.to_edit.setEnabled(limited)
        first = locale_format.pydate(self.from_edit.date())
        last = locale_format.pydate(self.to_edit.date())
        ok = not limited or first <= last
        self.problem.setText(
            ""
            if ok
            else self.tr(
                "The first day (%s) is after the last day (%s). Choose a first day on or "
                "before the last day."
            )
            % (locale_format.date(first), locale_format.date(last))
        )
        self.problem.setVisible(not ok)
        self.ok_button.setEnabled(ok)

    def choice(self) -> FhirChoice:
        if self.all_box.isChecked():
            return FhirChoice(None, None, self.patient_edit.text().strip())
        return FhirChoice(
            locale_format.pydate(self.from_edit.date()),
            locale_format.pydate(self.to_edit.date()),
            self.patient_edit.text().strip(),
        )


def ask_fhir(
    parent: QWidget | None, first: dt.date, last: dt.date, patient: str
) -> FhirChoice | None:
    dialog = FhirDialog(first, last, patient, parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    from taper_desktop.ui.protection import export_title

    store = getattr(parent, "store", None)  # exports are never encrypted
    path, _filter = QFileDialog.getSaveFileName(
        parent, export_title(title, store), suggested, filters
    )
    from taper_desktop.ui import file_dialogs

    file_dialogs.remember(path)
    return path or None


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, APP_TITLE, text)


def _documents(name: str) -> str:
    from taper_desktop.ui import file_dialogs

    return file_dialogs.suggested(name)  # the folder last chosen, else Documents


def _with_suffix(chosen: str, suffix: str) -> Path:
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _today(window) -> dt.date:
    """The diary day from the window's one clock."""
    clock = getattr(window, "clock", None)
    return clock.today() if clock is not None else settings.diary_today(window.store)


def _status(window, text: str) -> None:
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(text, 10000)


def _busy(work):
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work()
    finally:
        QGuiApplication.restoreOverrideCursor()


def export_fhir(window, today: dt.date | None = None) -> Path | None:
    """The whole File > Export for a clinic system flow; the written path, or None."""
    from taper_desktop.exchange import fhir

    store = window.store
    today = today or _today(window)
    span = records.date_span(store)
    first, last = span if span else (today - dt.timedelta(days=29), today)
    state = getattr(window, "ui_state", None)
    patient = str(state.value(_STATE_PATIENT, "")) if state is not None else ""
    choice = ask_fhir(window, first, last, patient)
    if choice is None:
        return None
    chosen = choose_path(
        window,
        _tr("Save the clinic file"),
        _documents(f"taper-diary-fhir-{today.isoformat()}.json"),
        _tr("FHIR JSON files (*.json)"),
    )
    if not chosen:
        return None
    path = _with_suffix(chosen, ".json")
    try:
        counts = _busy(
            lambda: fhir.export_fhir(store, path, choice.first, choice.last, choice.patient)
        )
    except (OSError, ValueError) as exc:
        show_error(window, _tr("The clinic file was not saved: %s") % exc)
        return None
    _status(
        window,
        _tr("Clinic file saved to %1 (%2).")
        .replace("%1", str(path))
        .replace("%2", fhir.describe(counts)),
    )
    return path


def export_calendar(window, remind: bool) -> Path | None:
    """File > Export calendar: write the .ics; the written path, or None."""
    from taper_desktop.exchange import ics

    chosen = choose_path(
        window,
        _tr("Save the calendar file"),
        _documents("taper-plan.ics"),
        _tr("Calendar files (*.ics)"),
    )
    if not chosen:
        return None
    path = _with_suffix(chosen, ".ics")
    try:
        counts = _busy(lambda: ics.export_ics(window.store, path, remind))
    except (OSError, ValueError) as exc:
        show_error(window, _tr("The calendar file was not saved: %s") % exc)
        return None
    _status(
        window,
        _tr(
            "Calendar saved to %1: %2 step(s), %3 hold(s), %4 appointment(s). "
            "Import it into your calendar app."
        )
        .replace("%1", str(path))
        .replace("%2", str(counts["steps"]))
        .replace("%3", str(counts["holds"]))
        .replace("%4", str(counts["appointments"])),
    )
    return path


def print_plan_sheet(window) -> Path | None:
    """File > Print plan sheet: write the one-page PDF and open it for printing."""
    from taper_desktop.report import ReportError
    from taper_desktop.report.plan_sheet import write_plan_sheet

    store = window.store
    today = _today(window)
    chosen = choose_path(
        window,
        _tr("Save the plan sheet"),
        _documents(f"taper-plan-sheet-{today.isoformat()}.pdf"),
        _tr("PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = _with_suffix(chosen, ".pdf")
    try:
        written = _busy(lambda: write_plan_sheet(store, path, today=today))
    except (ReportError, ValueError) as exc:
        show_error(window, _tr("The plan sheet was not saved: %s") % exc)
        return None
    if open_file(written):
        _status(window, _tr("Plan sheet saved to %s") % written)
    else:
        _status(
            window,
            _tr(
                "Plan sheet saved to %s. It could not be opened here: open it "
                "from your file manager."
            )
            % written,
        )
    return written
