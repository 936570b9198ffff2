"""File > Restore from backup...: pick a backup by date and contents; the current
file is copied to a backup first, so a restore can itself be undone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout,
)

from taper_desktop import APP_TITLE
from taper_desktop.store import StoreError, backups
from taper_desktop.store.backups import Backup
from taper_desktop.ui.sizing import resize_within_screen
from taper_desktop.ui.translations import tr

KIND_LABELS = {
    "daily": "Daily",
    "weekly": "Weekly",
    "before-restore": "Before a restore",
    "before-import": "Before an import",
    "before-migration": "Before an update",
}


def _twin(weekly: Backup, daily: Backup) -> bool:
    """A weekly copy is made from that day's daily copy: the same content twice."""
    return (weekly.kind == "weekly" and daily.kind == "daily" and weekly.good and daily.good
            and weekly.made.date() == daily.made.date() and weekly.counts == daily.counts)


def _without_twins(found: list[Backup]) -> list[Backup]:
    """The backups to list: a weekly copy identical to its day's daily one is one row."""
    dailies = [b for b in found if b.kind == "daily"]
    return [b for b in found if not any(_twin(b, d) for d in dailies)]


def _when(backup: Backup) -> str:
    """Date and time; date only where the time is not known (a copy rewritten later)."""
    if backup.kind in ("daily", "weekly") and backup.made.time() == dt.time():
        return backup.made.strftime("%Y-%m-%d")
    return backup.made.strftime("%Y-%m-%d %H:%M")


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
        intro = QLabel(self.tr(
            "Choose a copy to go back to. Your current data is saved as a backup first, "
            "so you can come back to it."))
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Check-ins"),
                                    self.tr("Doses"), self.tr("Plans"), self.tr("Status")])
        twins = {id(b) for b in self.found} ^ {id(b) for b in found}
        for b in self.found:
            counts = b.counts or {}
            kind = self.tr(KIND_LABELS.get(b.kind, b.kind))
            if b.kind == "daily" and any(_twin(w, b) for w in found if id(w) in twins):
                kind = self.tr("Daily and weekly")
            row = QTreeWidgetItem([
                _when(b), kind,
                str(counts.get("checkin", "")), str(counts.get("dose", "")),
                str(counts.get("plan", "")),
                self.tr("ready") if b.good else self.tr("cannot be used: %1").replace(
                    "%1", _short(b.problem or ""))])
            for col in (2, 3, 4):
                row.setTextAlignment(col, Qt.AlignmentFlag.AlignRight)
            if not b.good:
                row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                row.setToolTip(5, b.problem or "")  # the full reason, path included
            self.table.addTopLevelItem(row)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore this copy"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self._selected() is not None))
        self.table.itemActivated.connect(lambda *_: self._accept())
        empty = QLabel(self.tr("There are no backups yet. A backup is made each day "
                               "the first time you open Taper Desktop."))
        empty.setWordWrap(True)
        empty.setVisible(not found)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(empty)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 720, 420)
        first_good = next((i for i, b in enumerate(self.found) if b.good), None)
        if first_good is not None:
            self.table.setCurrentItem(self.table.topLevelItem(first_good))
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


def confirm(parent, backup: Backup) -> bool:
    answer = QMessageBox.question(
        parent, APP_TITLE,
        tr("Go back to the copy from %1 (%2 check-ins, %3 doses)? Your current data "
                  "is saved as a backup first.").replace("%1", _when(backup))
        .replace("%2", str((backup.counts or {}).get("checkin", 0)))
        .replace("%3", str((backup.counts or {}).get("dose", 0))))
    return answer == QMessageBox.StandardButton.Yes


def show_message(parent, text: str) -> None:
    QMessageBox.information(parent, APP_TITLE, text)


def restore_from_backup(window) -> bool:
    """The File menu action: choose, confirm, back up the current file, restore."""
    found = backups.list_backups(window.store.data_dir, key=window.store.key)
    chosen = ask_backup(window, found)
    if chosen is None or not confirm(window, chosen):
        return False
    try:
        before = backups.restore(window.store, chosen.path)
    except (StoreError, OSError) as exc:
        show_message(window, tr("The backup was not restored; your data is "
                                       "unchanged. %1").replace("%1", str(exc)))
        return False
    window.events.data_replaced.emit()
    window.statusBar().showMessage(
        tr("Restored the copy from %1. Your data from before is in %2.").replace(
            "%1", _when(chosen)).replace("%2", before.name), 10000)
    return True
