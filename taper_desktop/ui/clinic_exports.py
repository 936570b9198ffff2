"""File > Export for a clinic system (FHIR), Export calendar (iCalendar), Print plan sheet.

The writing happens in exchange/ and report/; this module asks where and what, runs the
writing on a worker (ui/worker.py: the window never freezes, a progress dialog appears
when it takes more than about half a second) and reports back: the saved path in the
status bar, or a message saying why nothing was saved. Each flow returns the running
`Flow` (ended(True) once the file is written), or None when the person cancelled.
`ask_fhir`, `choose_path`, `open_file` and `show_error` are the only places that open
dialogs, so tests replace them with monkeypatch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
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
from taper_desktop.domain.wording import fill
from taper_desktop.store import Store, records, settings
from taper_desktop.ui import translations
from taper_desktop.ui.period_fields import PeriodFields
from taper_desktop.ui.validation import error_text
from taper_desktop.ui.worker import Flow, Task, Work, run_with_progress

_STATE_PATIENT = "report/patient"  # the name typed in the report dialog


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A bare tr("...") call, so that lupdate puts the text in the catalogue."""
    return translations.tr(text, disambiguation, n)


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
        self.period = PeriodFields(
            first, last, self.tr("First day to export"), self.tr("Last day to export"), None, self
        )
        self.from_edit, self.to_edit = self.period.from_edit, self.period.to_edit
        self.patient_edit = QLineEdit(patient)
        self.patient_edit.setPlaceholderText(self.tr("optional"))
        self.patient_edit.setAccessibleName(self.tr("Patient name"))
        name_note = QLabel(
            self.tr(
                "The name is the only personal detail in the file; leave it empty to leave it out."
            )
        )
        name_note.setWordWrap(True)
        self.problem = self.period.problem

        form = QFormLayout()
        form.addRow("", self.all_box)
        self.period.add_rows(form)
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
        self.period.changed.connect(self._check)
        self._check()
        self.setMinimumWidth(440)

    def _check(self) -> None:
        limited = not self.all_box.isChecked()
        self.period.set_enabled(limited)
        ok = self.period.check(active=limited)
        if self.problem.isVisibleTo(self) == ok:
            self.problem.setVisible(not ok)
            self.adjustSize()  # room for the message, nothing squeezed under it
        self.ok_button.setEnabled(ok)

    def choice(self) -> FhirChoice:
        if self.all_box.isChecked():
            return FhirChoice(None, None, self.patient_edit.text().strip())
        return FhirChoice(self.period.first, self.period.last, self.patient_edit.text().strip())


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


def _run(
    window,
    label: str,
    write: Callable[[Store], Any],
    done: Callable[[Any], None],
    not_saved: str,
) -> Flow:
    """Run write on a worker with a connection of its own to the diary; done(result)
    back on the GUI thread, or show_error with not_saved (%1: why) when it raised."""
    flow = Flow(window)

    def work(w: Work) -> Any:
        if w.store is None:  # never: the task below is given the window's store
            raise RuntimeError("the diary is not open")
        return write(w.store)

    def succeeded(result: Any) -> None:
        done(result)
        flow.end(True)

    def failed(exc: BaseException) -> None:
        show_error(window, fill(not_saved, error_text(exc)))
        flow.end(False)

    task = Task(work, store=window.store)
    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.cancelled.connect(lambda: flow.end(False))
    run_with_progress(window, label, task)
    return flow


def export_fhir(window, today: dt.date | None = None) -> Flow | None:
    """The whole File > Export for a clinic system flow; None when cancelled."""
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
        tr("Save the clinic file"),
        _documents(f"taper-diary-fhir-{today.isoformat()}.json"),
        tr("FHIR JSON files (*.json)"),
    )
    if not chosen:
        return None
    path = _with_suffix(chosen, ".json")

    def done(counts) -> None:
        _status(window, fill(tr("Clinic file saved to %1 (%2)."), path, fhir.describe(counts)))

    return _run(
        window,
        tr("Saving the clinic file..."),
        lambda store: fhir.export_fhir(store, path, choice.first, choice.last, choice.patient),
        done,
        tr("The clinic file was not saved: %1"),
    )


def export_calendar(window, remind: bool) -> Flow | None:
    """File > Export calendar: write the .ics; None when cancelled."""
    from taper_desktop.exchange import ics

    chosen = choose_path(
        window,
        tr("Save the calendar file"),
        _documents("taper-plan.ics"),
        tr("Calendar files (*.ics)"),
    )
    if not chosen:
        return None
    path = _with_suffix(chosen, ".ics")

    def done(counts: dict[str, int]) -> None:
        text = fill(
            tr("Calendar saved to %1: %2, %3, %4. Import it into your calendar app."),
            path,
            tr("%n step(s)", None, counts["steps"]),
            tr("%n hold(s)", None, counts["holds"]),
            tr("%n appointment(s)", None, counts["appointments"]),
        )
        _status(window, text)

    return _run(
        window,
        tr("Saving the calendar file..."),
        lambda store: ics.export_ics(store, path, remind),
        done,
        tr("The calendar file was not saved: %1"),
    )


def print_plan_sheet(window) -> Flow | None:
    """File > Print plan sheet: write the one-page PDF and open it for printing; None
    when cancelled."""
    from taper_desktop.report.plan_sheet import write_plan_sheet

    today = _today(window)
    chosen = choose_path(
        window,
        tr("Save the plan sheet"),
        _documents(f"taper-plan-sheet-{today.isoformat()}.pdf"),
        tr("PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = _with_suffix(chosen, ".pdf")

    def done(written: Path) -> None:
        if open_file(written):
            _status(window, fill(tr("Plan sheet saved to %1"), written))
        else:
            _status(
                window,
                fill(
                    tr(
                        "Plan sheet saved to %1. It could not be opened here: open it "
                        "from your file manager."
                    ),
                    written,
                ),
            )

    return _run(
        window,
        tr("Writing the plan sheet..."),
        lambda store: write_plan_sheet(store, path, today=today),
        done,
        tr("The plan sheet was not saved: %1"),
    )
