"""File > Export report: choose the period and options, write the PDF, open it.

`ask`, `choose_path`, `open_file` and `show_error` are small module functions so
tests can replace them; the dialog only collects values and the caller acts.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from taper_desktop.domain.settings import LANGUAGES
from taper_desktop.domain.wording import fill
from taper_desktop.report import ReportOptions, default_period, write_report
from taper_desktop.store import Store, settings
from taper_desktop.store.day_table import first_diary_day
from taper_desktop.ui import file_dialogs, locale_format, translations
from taper_desktop.ui.period_fields import PeriodFields
from taper_desktop.ui.validation import error_text
from taper_desktop.ui.worker import Flow, Task, Work, run_with_progress

_STATE_PATIENT, _STATE_PROVIDER = "report/patient", "report/provider"
# The period last chosen, per data file, while the app runs: the next report offers it again.
_chosen_periods: dict[str, tuple[dt.date, dt.date]] = {}


def tr(text: str) -> str:
    """A text of the flow outside the dialog class (the catalogue's empty context)."""
    return translations.tr(text)


class ReportDialog(QDialog):
    """Collects the period, the options and the optional names for the report."""

    def __init__(
        self,
        first: dt.date,
        last: dt.date,
        patient: str = "",
        provider: str = "",
        parent: QWidget | None = None,
        hint: str = "",
        latest: dt.date | None = None,
        language: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export report"))
        self.setAccessibleName(self.tr("Export report"))
        intro = QLabel(
            self.tr(
                "A PDF summary of your diary to bring to your provider. "
                "It is saved only where you choose."
            )
        )
        intro.setWordWrap(True)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))

        self.period = PeriodFields(
            first,
            last,
            self.tr("First day of the report"),
            self.tr("Last day of the report"),
            latest,  # days after today have no data yet: they would read as missed
            self,
        )
        self.from_edit, self.to_edit = self.period.from_edit, self.period.to_edit
        self.table_box = QCheckBox(self.tr("Include the &daily table"))
        self.table_box.setChecked(True)
        self.table_box.setAccessibleName(self.tr("Include the daily table"))
        self.notes_box = QCheckBox(self.tr("Include my &notes"))
        self.notes_box.setChecked(True)
        self.notes_box.setAccessibleName(self.tr("Include notes"))
        self.patient_edit = QLineEdit(patient)
        self.patient_edit.setPlaceholderText(self.tr("optional"))
        self.patient_edit.setAccessibleName(self.tr("Patient name"))
        self.provider_edit = QLineEdit(provider)
        self.provider_edit.setPlaceholderText(self.tr("optional"))
        self.provider_edit.setAccessibleName(self.tr("Provider name"))
        self.language_box = QComboBox()
        for code, name in LANGUAGES:
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(
            max(0, self.language_box.findData(language or translations.current_language()))
        )
        self.language_box.setAccessibleName(self.tr("Report language"))
        self.problem = self.period.problem
        # room kept for the message, so nothing moves when it comes and goes
        self.problem.setMinimumHeight(self.problem.fontMetrics().lineSpacing() * 3)

        form = QFormLayout()  # "&From:" labels get their field as buddy (Alt+F)
        self.period.add_rows(form)
        form.addRow(self.tr("&Patient name:"), self.patient_edit)
        form.addRow(self.tr("P&rovider name:"), self.provider_edit)
        form.addRow(self.tr("Report lan&guage:"), self.language_box)
        form.addRow("", self.table_box)
        form.addRow("", self.notes_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save PDF..."))
        self.ok_button.setAccessibleName(self.tr("Save the report as a PDF"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.period.changed.connect(self._check)
        self._check()
        self.setMinimumWidth(420)

    def _check(self) -> None:
        self.ok_button.setEnabled(self.period.check())

    def options(self) -> ReportOptions:
        return ReportOptions(
            first=self.period.first,
            last=self.period.last,
            patient=self.patient_edit.text().strip(),
            provider=self.provider_edit.text().strip(),
            include_table=self.table_box.isChecked(),
            include_notes=self.notes_box.isChecked(),
            language=self.language_box.currentData(),
        )


def ask(
    parent: QWidget | None,
    first: dt.date,
    last: dt.date,
    patient: str = "",
    provider: str = "",
    hint: str = "",
) -> ReportOptions | None:
    """Show the dialog (no day after last can be chosen); the options, or None if cancelled."""
    dialog = ReportDialog(first, last, patient, provider, parent, hint, latest=last)
    return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_path(parent: QWidget | None, suggested: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, tr("Save report"), suggested, tr("PDF files (*.pdf)")
    )
    file_dialogs.remember(path)
    return path or None


def open_file(path: Path) -> bool:
    """Open the PDF in the system viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, APP_TITLE, text)


def _suggested_path(options: ReportOptions) -> str:
    name = f"taper-report-{options.first.isoformat()}-to-{options.last.isoformat()}.pdf"
    return file_dialogs.suggested(name)


def export_report(parent, store: Store, events=None, today: dt.date | None = None) -> Flow | None:
    """The whole File > Export report flow: asks, then writes the PDF on a worker and
    opens it. Returns the running Flow (ended(True) once written), or None if cancelled."""
    today = today or settings.diary_today(store)
    first, last = default_period(store, today)
    previous = settings.get(store, "last_report_to")
    began = first_diary_day(store)
    chosen_before = _chosen_periods.get(str(store.path))
    if chosen_before is not None:
        first, last = (min(day, today) for day in chosen_before)
        hint = tr("Suggested dates: the period you chose last time.")
    elif previous and first.isoformat() > previous:
        hint = fill(
            tr("Suggested dates start after your last report, which ended on %1."),
            locale_format.date(dt.date.fromisoformat(previous)),
        )
    elif began is not None and first == began:
        hint = fill(
            tr("Suggested dates start on %1, the first day of your diary."),
            locale_format.date(first),
        )
    else:
        hint = tr("Suggested dates: the last 30 days.")
    from taper_desktop.ui.protection import plaintext_note

    if plaintext_note(store):
        hint += " " + plaintext_note(store)
    state = getattr(parent, "ui_state", None)
    if getattr(store, "encrypted", False):
        state = None  # names are not kept in the plain window.ini of a protected diary
    patient = str(state.value(_STATE_PATIENT, "")) if state is not None else ""
    provider = str(state.value(_STATE_PROVIDER, "")) if state is not None else ""
    options = ask(parent, first, last, patient, provider, hint)
    if options is None:
        return None
    _chosen_periods[str(store.path)] = (options.first, options.last)
    chosen = choose_path(parent, _suggested_path(options))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    flow = Flow(parent)

    def failed(exc: BaseException) -> None:
        show_error(parent, fill(tr("The report was not saved: %1"), error_text(exc)))
        flow.end(False)

    def written(written: Path) -> None:
        settings.put(store, "last_report_to", options.last.isoformat())
        if state is not None:
            state.setValue(_STATE_PATIENT, options.patient)
            state.setValue(_STATE_PROVIDER, options.provider)
        if events is not None:
            events.settings_changed.emit()
        opened = open_file(written)
        if hasattr(parent, "statusBar"):
            message = fill(
                tr("Report saved to %1")
                if opened
                else tr(
                    "Report saved to %1. It could not be opened here: "
                    "open it from your file manager."
                ),
                written,
            )
            parent.statusBar().showMessage(message, 15000)
        flow.end(True)

    # Written on a worker with its own connection: the window stays responsive.
    def write(work: Work) -> Path:
        if work.store is None:  # never: the task is given the store below
            raise RuntimeError("the report has no store to read")
        return write_report(work.store, options, path)

    task = Task(write, store=store)
    task.succeeded.connect(written)
    task.failed.connect(failed)
    run_with_progress(parent, tr("Writing the report..."), task)
    return flow
