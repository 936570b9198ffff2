"""File > Restore from backup...: pick a backup by date and contents; the current
file is copied to a backup first, so a restore can itself be undone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from taper_desktop import APP_TITLE
from taper_desktop.domain import settings as fields
from taper_desktop.domain.wording import fill
from taper_desktop.store import StoreError, backups
from taper_desktop.store.backups import Backup
from taper_desktop.ui import file_dialogs, locale_format
from taper_desktop.ui.sizing import resize_within_screen
from taper_desktop.ui.translations import scale_text, tr
from taper_desktop.ui.validation import error_text, sentence

KIND_LABELS = {
    "daily": "Daily",
    "weekly": "Weekly",
    "before-restore": "Before a restore",
    "before-import": "Before an import",
    "before-migration": "Before an update",
    "file": "A file you chose",
}


def _twin(weekly: Backup, daily: Backup) -> bool:
    """A weekly copy is made from that day's daily copy: the same content twice."""
    return (
        weekly.kind == "weekly"
        and daily.kind == "daily"
        and weekly.good
        and daily.good
        and weekly.made.date() == daily.made.date()
        and weekly.counts == daily.counts
    )


def _without_twins(found: list[Backup]) -> list[Backup]:
    """The backups to list: a weekly copy identical to its day's daily one is one row."""
    dailies = [b for b in found if b.kind == "daily"]
    return [b for b in found if not any(_twin(b, d) for d in dailies)]


def _when(backup: Backup) -> str:
    """Date and time; date only where the time is not known (a copy rewritten later)."""
    if backup.kind in ("daily", "weekly") and backup.made.time() == dt.time():
        return locale_format.date(backup.made.date())
    return locale_format.date_time(backup.made)


def _short(problem: str) -> str:
    """The reason without SQLite's wording and the path (those go in the tooltip)."""
    return problem.split(" (", 1)[0]


class RestoreDialog(QDialog):
    """Lists backups newest first; returns the chosen one in .chosen."""

    def __init__(self, found: list[Backup], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.found = _without_twins(found)  # the rows, in order
        self.chosen: Backup | None = None
        intro = QLabel(
            self.tr(
                "Choose a copy to go back to. Your current data is saved as a backup first, "
                "so you can come back to it."
            )
        )
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [
                self.tr("Made"),
                self.tr("Kind"),
                self.tr("Check-ins"),
                self.tr("Doses"),
                self.tr("Plans"),
                self.tr("Status"),
            ]
        )
        twins = {id(b) for b in self.found} ^ {id(b) for b in found}
        for b in self.found:
            counts = b.counts or {}
            kind = self.tr(KIND_LABELS.get(b.kind, b.kind))
            if b.kind == "daily" and any(_twin(w, b) for w in found if id(w) in twins):
                kind = self.tr("Daily and weekly")
            row = QTreeWidgetItem(
                [
                    _when(b),
                    kind,
                    str(counts.get("checkin", "")),
                    str(counts.get("dose", "")),
                    str(counts.get("plan", "")),
                    self.tr("ready")
                    if b.good
                    else fill(
                        self.tr("cannot be used: %1"),
                        _short(error_text(b.problem) if b.problem else ""),
                    ),
                ]
            )
            for col in (2, 3, 4):
                row.setTextAlignment(col, Qt.AlignmentFlag.AlignRight)
            if not b.good:
                row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                row.setToolTip(
                    5, error_text(b.problem) if b.problem else ""
                )  # the full reason, path included
            self.table.addTopLevelItem(row)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore this copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self._selected() is not None)
        )
        self.table.itemActivated.connect(lambda *_: self._accept())
        empty = QLabel(
            self.tr(
                "There are no backups yet. A backup is made each day "
                "the first time you open Taper Desktop."
            )
        )
        empty.setWordWrap(True)
        empty.setVisible(not found)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(empty)
        layout.addWidget(self.buttons)
        # as wide as the columns need (large text, longer words in a translation)
        columns = sum(
            max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c))
            for c in range(self.table.columnCount())
        )
        needed = (
            columns
            + 2 * self.table.frameWidth()
            + self.table.verticalScrollBar().sizeHint().width()
            + layout.contentsMargins().left()
            + layout.contentsMargins().right()
            + 8
        )
        resize_within_screen(self, max(720, needed), 420)
        first_good = next((i for i, b in enumerate(self.found) if b.good), None)
        item = self.table.topLevelItem(first_good) if first_good is not None else None
        if item is not None:
            self.table.setCurrentItem(item)
        self.table.setFocus()

    def _selected(self) -> Backup | None:
        row = self.table.currentItem()
        if row is None or not row.isSelected():
            return None
        b = self.found[self.table.indexOfTopLevelItem(row)]
        return b if b.good else None

    def _accept(self) -> None:
        self.chosen = self._selected()
        if self.chosen is not None:
            self.accept()


def ask_backup(parent, found: list[Backup]) -> Backup | None:
    dialog = RestoreDialog(found, parent)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None


def _setting_value(key: str, value) -> str:
    """A setting's value as the settings dialog shows it."""
    field = fields.FIELDS_BY_KEY[key]
    labels = {
        v: QCoreApplication.translate(fields.TR_CONTEXT, label)
        if field.kind is str
        else scale_text(label)
        for v, label in field.choices
    }
    if field.kind is bool:
        return tr("on") if value else tr("off")
    if field.kind is list:
        return ", ".join(labels.get(v, str(v)) for v in value) or tr("none")
    if field.choices:
        return labels.get(value, str(value))
    if isinstance(value, float):
        return f"{value:g}{field.suffix}"
    return f"{value}{field.suffix}"


def restore_text(when: str, preview: backups.RestorePreview) -> tuple[str, str]:
    """(question, details) naming everything a restore replaces, settings included."""
    question = fill(tr("Replace everything in Taper Desktop with the copy from %1?"), when)

    def rows(counts: dict[str, int]) -> str:
        return ", ".join(
            [
                tr("%n check-in(s)", None, counts.get("checkin", 0)),
                tr("%n dose(s)", None, counts.get("dose", 0)),
                tr("%n plan revision(s)", None, counts.get("plan_revision", 0)),
                tr("%n hold(s)", None, counts.get("hold", 0)),
            ]
        )

    lines = [
        tr(
            "A restore replaces all of it: check-ins and notes, doses, the plan and its "
            "history, holds, other medications, appointments, COWS totals, unsaved "
            "drafts and your settings."
        ),
        fill(tr("Now: %1."), rows(preview.counts_now)),
        fill(tr("In the copy: %1."), rows(preview.counts_then)),
    ]
    shown = [
        (k, now, then)
        for k, now, then in preview.settings
        if k in fields.FIELDS_BY_KEY and not fields.FIELDS_BY_KEY[k].internal
    ]
    if shown:
        lines.append(tr("These settings change back:"))
        for key, now, then in shown:
            label = QCoreApplication.translate(fields.TR_CONTEXT, fields.FIELDS_BY_KEY[key].label)
            lines.append(
                "  \u2022 "
                + fill(
                    tr("%1: %2 (now %3)"),
                    label,
                    _setting_value(key, then),
                    _setting_value(key, now),
                )
            )
    else:
        lines.append(tr("Your settings are the same in the copy."))
    lines.append(tr("Your current data is saved as a backup first, so you can come back to it."))
    return question, "\n".join(lines)


def confirm(parent, backup: Backup) -> bool:
    """Ask before a restore, listing what it replaces. Tests replace this."""
    try:
        preview = backups.preview_restore(parent.store, backup.path)
    except StoreError as exc:
        show_message(
            parent, fill(tr("Nothing was restored; your data is unchanged. %1"), error_text(exc))
        )
        return False
    question, details = restore_text(_when(backup), preview)
    box = QMessageBox(
        QMessageBox.Icon.Question, APP_TITLE, question, QMessageBox.StandardButton.Cancel, parent
    )
    box.setInformativeText(details)
    restore = box.addButton(tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is restore


def show_message(parent, text: str) -> None:
    QMessageBox.information(parent, APP_TITLE, text)


def _restore(window, chosen: Backup) -> bool:
    """Back up the current file, restore chosen and tell the whole window."""
    try:
        before = backups.restore(window.store, chosen.path)
    except (StoreError, OSError) as exc:
        show_message(
            window,
            fill(tr("The backup was not restored; your data is unchanged. %1"), error_text(exc)),
        )
        return False
    window.events.data_replaced.emit()
    window.events.settings_changed.emit()  # the copy's settings are the ones in force now
    window.statusBar().showMessage(
        fill(
            tr("Restored the copy from %1. Your data from before is in %2."),
            _when(chosen),
            before.name,
        ),
        10000,
    )
    return True


def restore_from_backup(window) -> bool:
    """The File menu action: choose, confirm, back up the current file, restore."""
    found = backups.list_backups(window.store.data_dir, key=window.store.key)
    chosen = ask_backup(window, found)
    if chosen is None or not confirm(window, chosen):
        return False
    return _restore(window, chosen)


def ask_backup_file(parent) -> str:
    """A backup file from anywhere (a USB stick, say); '' when cancelled. Tests replace this."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        tr("Restore from a file"),
        file_dialogs.start_folder(),
        tr("Taper Desktop backups (*.sqlite3 *.db);;All files (*)"),
    )
    file_dialogs.remember(path)
    return path


def restore_from_file(window) -> bool:
    """File > Restore from a file: the file is checked (a Taper Desktop database, sound,
    not from a newer version) before anything is asked or replaced."""
    path = ask_backup_file(window)
    if not path:
        return False
    counts, problem = backups.examine(Path(path), window.store.key)
    if problem:
        why = error_text(StoreError(backups.CANNOT_RESTORE, Path(path).name, problem))
        show_message(window, sentence(why) + " " + tr("Nothing was changed."))
        return False
    made = dt.datetime.fromtimestamp(Path(path).stat().st_mtime).replace(second=0, microsecond=0)
    chosen = Backup(Path(path), "file", made, counts)
    if not confirm(window, chosen):
        return False
    return _restore(window, chosen)


def ask_backup_target(parent, name: str) -> str:
    """Where to save a backup copy; '' when cancelled. Tests replace this."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        tr("Back up now"),
        file_dialogs.suggested(name),
        tr("Taper Desktop backups (*.sqlite3)"),
    )
    file_dialogs.remember(path)
    return path


def back_up_now(window) -> Path | None:
    """File > Back up now: a complete copy where the person chooses (Documents first)."""
    name = f"taper-backup-{dt.date.today().isoformat()}.sqlite3"
    chosen = ask_backup_target(window, name)
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".sqlite3":
        target = target.with_name(target.name + ".sqlite3")
    try:
        written = backups.backup_to_file(window.store, target)
    except (StoreError, OSError) as exc:
        show_message(window, fill(tr("The backup was not made: %1"), error_text(exc)))
        return None
    window.statusBar().showMessage(
        fill(tr("Backup saved to %1. Restore from a file takes it back."), written),
        10000,
    )
    return written
