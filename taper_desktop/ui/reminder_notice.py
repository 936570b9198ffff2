"""A quiet line in the status bar saying a day has no check-in yet, with one action."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from taper_desktop.ui import locale_format


class ReminderNotice(QWidget):
    """Hidden until show_for(day); never red, never counts missed days."""

    check_in_requested = Signal(object)  # the day to check in for

    def __init__(self, parent=None):
        super().__init__(parent)
        self.day: dt.date | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.check_in_button = QPushButton(self.tr("Check in now"))
        self.check_in_button.setAccessibleName(self.tr("Check in now"))
        self.dismiss_button = QPushButton(self.tr("Not now"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the reminder"))
        layout.addWidget(self.label)
        layout.addWidget(self.check_in_button)
        layout.addWidget(self.dismiss_button)
        self.check_in_button.clicked.connect(self._check_in)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()

    def show_for(self, day: dt.date, today: dt.date) -> None:
        self.day = day
        if day == today:
            self.label.setText(self.tr("No check-in yet today."))
        elif day == today - dt.timedelta(days=1):
            self.label.setText(self.tr("Yesterday has no check-in yet."))
        else:
            self.label.setText(self.tr("%s has no check-in yet.") % locale_format.date(day))
        self.label.setAccessibleName(self.label.text())
        self.show()

    def checked_in(self, day: dt.date) -> None:
        """A check-in was saved: the notice about that day has nothing left to say."""
        if day == self.day:
            self.hide()

    def _check_in(self) -> None:
        self.hide()
        self.check_in_requested.emit(self.day)
