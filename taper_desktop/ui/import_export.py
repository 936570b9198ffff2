"""File > Import data... and File > Export data...: the CSV day table or the full JSON.

The functions named ask_*/show_* are the only places that open dialogs, so tests
replace them with monkeypatch.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout,
)

from taper_desktop import APP_TITLE
from taper_desktop.exchange import day_csv, full_json
from taper_desktop.exchange.problems import MAX_REPORTED, Conflicts, ImportFailed, read_text
from taper_desktop.store import backups
from taper_desktop.ui import file_dialogs, translations

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
        parent, title, str(Path(_documents()) / "taper-data.json"),
        f"{tr(JSON_FILTER)};;{tr(CSV_FILTER)}")
    if not path:
        return "", ""
    file_dialogs.remember(path)
    fmt = "csv" if path.lower().endswith(".csv") or (
        chosen == tr(CSV_FILTER) and not path.lower().endswith(".json")) else "json"
    if not path.lower().endswith(f".{fmt}"):
        path += f".{fmt}"
    return path, fmt


def ask_open_path(parent) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Import data"), _documents(),
        f"{tr('Taper Desktop data (*.json *.csv)')};;{tr(JSON_FILTER)};;{tr(CSV_FILTER)}")
    file_dialogs.remember(path)
    return path


def ask_conflict(parent, conflicts: Conflicts) -> str | None:
    """'skip', 'replace' or None (cancel) for days that already hold data."""
    box = QMessageBox(parent)
    box.setWindowTitle(APP_TITLE)
    box.setIcon(QMessageBox.Icon.Question)
    lines = []
    if conflicts.days:
        lines.append(tr("The file has entries for %n day(s) that already have entries "
                        "in your diary.", None, len(conflicts.days)))
    if conflicts.plan:
        lines.append(tr("The file also has a taper plan that differs from yours."))
    box.setText(" ".join(lines))
    box.setInformativeText(" ".join(filter(None, [
        tr("Keep yours and add only the new days, or let the file's entries replace "
           "yours? A backup is made before anything is replaced."), conflicts.note])))
    if conflicts.days:
        box.setDetailedText("\n".join(d.isoformat() for d in conflicts.days))
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
        heading = QLabel(tr("Nothing was imported: the file needs a fix first. Your diary "
                            "is unchanged."))
        heading.setWordWrap(True)
        if count == 1:
            summary = tr("One problem was found in %1:")
        elif count <= MAX_REPORTED:
            summary = tr("%2 problems were found in %1. Each is listed with its line and "
                         "column:")
        else:
            summary = tr("%2 problems were found in %1. The first %3 are listed with their "
                         "line and column; often one fix (a column in the wrong format) "
                         "solves many:")
        summary_label = QLabel(summary.replace("%1", Path(failed.file).name)
                               .replace("%2", str(count)).replace("%3", str(MAX_REPORTED)))
        summary_label.setWordWrap(True)
        self.listing = QPlainTextEdit("\n".join(failed.lines()))
        self.listing.setReadOnly(True)
        self.listing.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.listing.setAccessibleName(tr("Problems found in the file"))
        self.listing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        lines = min(max(len(failed.lines()), 3), 14)
        self.listing.setMinimumHeight(
            self.listing.fontMetrics().lineSpacing() * lines + 16)
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
        self.resize(min(720, room.width()), min(self.sizeHint().height(),
                                                int(room.height() * 0.8)))
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


def export_data(window) -> bool:
    path, fmt = ask_save_path(window)
    if not path:
        return False
    try:
        if fmt == "csv":
            count = day_csv.export_csv(window.store, path)
            done = tr("Exported %n day(s) to %1.", None, count).replace("%1", path)
        else:
            full_json.export_json(window.store, path)
            done = tr("Exported everything to %1.").replace("%1", path)
    except OSError as exc:
        show_message(window, tr("The file could not be written: %1").replace(
            "%1", exc.strerror or str(exc)), warning=True)
        return False
    window.statusBar().showMessage(done, 8000)
    return True


def import_data(window) -> bool:
    """Check the chosen file, ask about days that already hold data, import it all."""
    path = ask_open_path(window)
    if not path:
        return False
    store = window.store
    try:
        text = read_text(path)
        if _is_json(path, text):
            parsed = full_json.parse_json(text, path)
            write, conflicts = full_json.import_parsed, full_json.find_conflicts(store, parsed)
        else:
            parsed = day_csv.parse_csv(text, path)
            note = tr("A CSV holds each day's total dose only: a replaced day keeps one "
                      "dose without a time.")
            write, conflicts = day_csv.import_days, day_csv.find_conflicts(store, parsed, note)
    except ImportFailed as exc:
        show_problems(window, exc)
        return False
    how = "ask"
    if conflicts is not None:
        how = ask_conflict(window, conflicts)
        if how is None:
            return False
    try:
        result = write(store, parsed, how, lambda s: backups.backup_before(s, "import"))
    except (ImportFailed, Conflicts) as exc:
        show_message(window, tr("Nothing was imported: %1").replace("%1", str(exc)))
        return False
    window.events.data_replaced.emit()
    text = tr("Imported %1: %2, %3.").replace(
        "%1", tr("%n day(s)", None, result.days)).replace(
        "%2", tr("%n check-in(s)", None, result.checkins)).replace(
        "%3", tr("%n dose(s)", None, result.doses))
    if result.skipped_days:
        text += " " + tr("Kept your entries for %n day(s).", None, len(result.skipped_days))
    if result.replaced_days:
        text += " " + tr("Replaced %n day(s); the earlier version is saved as a backup.", None,
                         len(result.replaced_days))
    window.statusBar().showMessage(text, 10000)
    show_message(window, text)
    return True
