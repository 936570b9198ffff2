"""Pause the steps: a hold from a date, open-ended or with a last held day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from taper_desktop.domain.models import Hold
from taper_desktop.domain.wording import fill
from taper_desktop.ui import locale_format


class HoldDialog(QDialog):
    def __init__(self, start: dt.date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pause the steps (hold)"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "A hold keeps the current dose and moves every later step back by the days "
                "held. Consider discussing a hold with your provider."
            )
        )
        intro.setWordWrap(True)
        self.start = QDateEdit(locale_format.qdate(start))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(locale_format.date_pattern())
        self.start.setAccessibleName(self.tr("First held day"))
        self.open_ended = QCheckBox(self.tr("Until I resume"))
        self.open_ended.setChecked(True)
        self.open_ended.setAccessibleName(self.tr("Hold until I resume"))
        self.end = QDateEdit(locale_format.qdate(start + dt.timedelta(days=6)))
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat(locale_format.date_pattern())
        self.end.setAccessibleName(self.tr("Last held day"))
        self.end.setEnabled(False)
        self.open_ended.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the hold"))
        self.reason.setPlaceholderText(self.tr("optional"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("First held day"), self.start)
        form.addRow("", self.open_ended)
        form.addRow(self.tr("Last held day"), self.end)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start hold"))
        ok.setAccessibleName(self.tr("Start hold"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # An error goes away as soon as the dates are valid again.
        self.start.dateChanged.connect(self._revalidate)
        self.end.dateChanged.connect(self._revalidate)
        self.open_ended.toggled.connect(self._revalidate)

    def _problem(self, hold: Hold) -> str:
        if hold.end_day is not None and hold.end_day < hold.start_day:
            return self.tr("The last held day cannot be before the first.")
        return ""

    def _revalidate(self, *_args) -> None:
        if not self.error.isHidden() and not self._problem(self.hold()):
            self.error.clear()
            self.error.setVisible(False)

    def hold(self) -> Hold:
        end = None if self.open_ended.isChecked() else locale_format.pydate(self.end.date())
        return Hold(locale_format.pydate(self.start.date()), end, self.reason.text().strip())

    def accept(self) -> None:
        problem = self._problem(self.hold())
        if problem:
            self.error.setText(problem)
            self.error.setVisible(True)
            return
        super().accept()


def ask(parent, start: dt.date) -> Hold | None:
    """Show the hold dialog; returns the hold to store, or None. Tests replace this."""
    dialog = HoldDialog(start, parent)
    try:
        return dialog.hold() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def ask_cancel_hold(parent, start: dt.date) -> bool:
    """Resume on a hold's first day removes it: ask first. Tests replace this."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("CalendarTab", text)

    answer = QMessageBox.question(
        parent,
        tr("Cancel the hold?"),
        fill(
            tr(
                "The hold from %1 has not held any day yet. Cancel it? The steps then "
                "go on as planned; the plan history keeps it, marked as cancelled."
            ),
            locale_format.date(start),
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
