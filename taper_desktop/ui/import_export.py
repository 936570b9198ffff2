"""File > Import data... and File > Export data...: the CSV day table or the full JSON.

The functions named ask_*/show_* are the only places that open dialogs, so tests
replace them with monkeypatch.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from taper_desktop import APP_TITLE
from taper_desktop.domain.errors import WordedError
from taper_desktop.domain.wording import fill
from taper_desktop.exchange import day_csv, full_json
from taper_desktop.exchange.problems import MAX_REPORTED, Conflicts, ImportFailed, read_text
from taper_desktop.store import backups
from taper_desktop.ui import file_dialogs, locale_format, translations
from taper_desktop.ui.validation import error_text, translate
from taper_desktop.ui.worker import Flow, Task, run_with_progress

CSV_FILTER = "CSV day table (*.csv)"
JSON_FILTER = "Full copy, JSON (*.json)"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return translations.tr(text, disambiguation, n)


def _documents() -> str:
    """Where the dialog opens: the folder last chosen, else Documents."""
    return file_dialogs.start_folder()


def ask_save_path(parent) -> tuple[str, str]:
    """(path, format) chosen by the person; path is '' when cancelled."""
    from taper_desktop.ui.protection import export_title

    title = export_title(tr("Export data"), getattr(parent, "store", None))
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path(_documents()) / "taper-data.json"),
        f"{tr(JSON_FILTER)};;{tr(CSV_FILTER)}",
    )
    if not path:
        return "", ""
    file_dialogs.remember(path)
    fmt = (
        "csv"
        if path.lower().endswith(".csv")
        or (chosen == tr(CSV_FILTER) and not path.lower().endswith(".json"))
        else "json"
    )
    if not path.lower().endswith(f".{fmt}"):
        path += f".{fmt}"
    return path, fmt


def ask_open_path(parent) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        tr("Import data"),
        _documents(),
        f"{tr('Taper Desktop data (*.json *.csv)')};;{tr(JSON_FILTER)};;{tr(CSV_FILTER)}",
    )
    file_dialogs.remember(path)
    return path


def ask_conflict(parent, conflicts: Conflicts) -> str | None:
    """'skip', 'replace' or None (cancel) for days that already hold data."""
    box = QMessageBox(parent)
    box.setWindowTitle(APP_TITLE)
    box.setIcon(QMessageBox.Icon.Question)
    lines = []
    if conflicts.days:
        lines.append(
            tr(
                "The file has entries for %n day(s) that already have entries in your diary.",
                None,
                len(conflicts.days),
            )
        )
    if conflicts.plan:
        lines.append(tr("The file also has a taper plan that differs from yours."))
    box.setText(" ".join(lines))
    box.setInformativeText(
        " ".join(
            filter(
                None,
                [
                    tr(
                        "Keep yours and add only the new days, or let the file's entries replace "
                        "yours? A backup is made before anything is replaced."
                    ),
                    conflicts.note,
                ],
            )
        )
    )
    if conflicts.days:
        box.setDetailedText("\n".join(locale_format.date(d) for d in conflicts.days))
    keep = box.addButton(tr("&Keep mine"), QMessageBox.ButtonRole.AcceptRole)
    replace = box.addButton(tr("&Replace with the file's"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    keep.setAccessibleName(tr("Keep my entries"))
    replace.setAccessibleName(tr("Replace my entries with the file's"))
    box.exec()
    clicked = box.clickedButton()
    return "skip" if clicked is keep else "replace" if clicked is replace else None


class ProblemsDialog(QDialog):
    """Every problem found in an import file (up to MAX_REPORTED), in a list that scrolls."""

    def __init__(self, failed: ImportFailed, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Nothing was imported"))
        count = len(failed.problems)
        heading = QLabel(
            tr("Nothing was imported: the file needs a fix first. Your diary is unchanged.")
        )
        heading.setWordWrap(True)
        if count == 1:
            summary = tr("One problem was found in %1:")
        elif count <= MAX_REPORTED:
            summary = tr("%2 problems were found in %1. Each is listed with its line and column:")
        else:
            summary = tr(
                "%2 problems were found in %1. The first %3 are listed with their "
                "line and column; often one fix (a column in the wrong format) "
                "solves many:"
            )
        summary_label = QLabel(fill(summary, Path(failed.file).name, count, MAX_REPORTED))
        summary_label.setWordWrap(True)
        self.listing = QPlainTextEdit("\n".join(failed.lines(translate=translate)))
        self.listing.setReadOnly(True)
        self.listing.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.listing.setAccessibleName(tr("Problems found in the file"))
        self.listing.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        lines = min(max(len(failed.problems[: MAX_REPORTED + 1]), 3), 14)
        self.listing.setMinimumHeight(self.listing.fontMetrics().lineSpacing() * lines + 16)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setAccessibleName(tr("Close"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary_label)
        layout.addWidget(self.listing, 1)
        layout.addWidget(buttons)
        room = self.screen().availableGeometry()
        self.resize(min(720, room.width()), min(self.sizeHint().height(), int(room.height() * 0.8)))
        ok.setFocus()


def show_problems(parent, failed: ImportFailed) -> None:
    """Replaced in tests."""
    ProblemsDialog(failed, parent).exec()


def show_message(parent, text: str, warning: bool = False) -> None:
    if warning:
        QMessageBox.warning(parent, APP_TITLE, text)
    else:
        QMessageBox.information(parent, APP_TITLE, text)


def _is_json(path: str, text: str) -> bool:
    if path.lower().endswith(".json"):
        return True
    if path.lower().endswith(".csv"):
        return False
    return text.lstrip().startswith("{")


def export_data(window) -> Flow | None:
    """Write the chosen file on a worker; the window stays usable. None when cancelled."""
    path, fmt = ask_save_path(window)
    if not path:
        return None
    flow = Flow(window)

    def work(w) -> int | None:
        if fmt == "csv":
            return day_csv.export_csv(w.store, path)
        full_json.export_json(w.store, path)
        return None

    def done(count: int | None) -> None:
        if fmt == "csv":
            text = fill(tr("Exported %n day(s) to %1.", None, count or 0), path)
        else:
            text = fill(tr("Exported everything to %1."), path)
        window.statusBar().showMessage(text, 8000)
        flow.end(True)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, OSError) and not isinstance(exc, WordedError):
            reason = exc.strerror or str(exc)
        else:
            reason = error_text(exc)
        show_message(window, fill(tr("The file could not be written: %1"), reason), warning=True)
        flow.end(False)

    task = Task(work, store=window.store)
    task.succeeded.connect(done)
    task.failed.connect(failed)
    task.cancelled.connect(lambda: flow.end(False))
    run_with_progress(window, tr("Exporting your data..."), task)
    return flow


def _check_file(path: str, store, csv_note: str):
    """Read and check the file and find days that already hold data (on the worker)."""
    text = read_text(path)
    if _is_json(path, text):
        whole = full_json.parse_json(text, path)
        return (
            whole,
            functools.partial(full_json.import_parsed, file=path),
            full_json.find_conflicts(store, whole),
        )
    days = day_csv.parse_csv(text, path)
    return (
        days,
        functools.partial(day_csv.import_days, file=path),
        day_csv.find_conflicts(store, days, csv_note),
    )


def import_data(window) -> Flow | None:
    """Check the chosen file, ask about days that already hold data, import it all.

    Checking and writing run on a worker. The writing is one transaction: Cancel in
    the progress dialog, or any error, leaves the diary as it was. None when no file
    was chosen."""
    path = ask_open_path(window)
    if not path:
        return None
    flow = Flow(window)
    note = tr(
        "A CSV holds each day's total dose only: a replaced day keeps one dose without a time."
    )

    def checked(found) -> None:
        parsed, write, conflicts = found
        how = "ask"
        if conflicts is not None:
            answer = ask_conflict(window, conflicts)
            if answer is None:
                flow.end(False)
                return
            how = answer
        task = Task(
            lambda w: write(w.store, parsed, how, lambda s: backups.backup_before(s, "import")),
            store=window.store,
        )
        task.succeeded.connect(written)
        task.failed.connect(write_failed)
        task.cancelled.connect(cancelled)
        run_with_progress(window, tr("Importing..."), task, cancellable=True)

    def check_failed(exc: BaseException) -> None:
        if isinstance(exc, ImportFailed):
            show_problems(window, exc)
        else:
            show_message(
                window, fill(tr("Nothing was imported: %1"), error_text(exc)), warning=True
            )
        flow.end(False)

    def write_failed(exc: BaseException) -> None:
        show_message(window, fill(tr("Nothing was imported: %1"), error_text(exc)))
        flow.end(False)

    def cancelled() -> None:
        show_message(window, tr("Import cancelled. Your diary is unchanged."))
        flow.end(False)

    def written(result) -> None:
        window.events.data_replaced.emit()
        text = fill(
            tr("Imported %1: %2, %3."),
            tr("%n day(s)", None, result.days),
            tr("%n check-in(s)", None, result.checkins),
            tr("%n dose(s)", None, result.doses),
        )
        if result.skipped_days:
            text += " " + tr("Kept your entries for %n day(s).", None, len(result.skipped_days))
        if result.replaced_days:
            text += " " + tr(
                "Replaced %n day(s); the earlier version is saved as a backup.",
                None,
                len(result.replaced_days),
            )
        window.statusBar().showMessage(text, 10000)
        show_message(window, text)
        flow.end(True)

    task = Task(lambda w: _check_file(path, w.store, note), store=window.store)
    task.succeeded.connect(checked)
    task.failed.connect(check_failed)
    task.cancelled.connect(lambda: flow.end(False))
    run_with_progress(window, tr("Checking the file..."), task, cancellable=True)
    return flow
