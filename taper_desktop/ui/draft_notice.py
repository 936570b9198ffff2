"""A quiet line in the status bar at start: a check-in on another day was typed and not
saved. Open goes to it; nothing is saved or thrown away without the person."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from taper_desktop.domain.wording import fill
from taper_desktop.ui import locale_format


class DraftNotice(QWidget):
    open_requested = Signal(object)  # the day whose draft to open

    def __init__(self, parent=None):
        super().__init__(parent)
        self.day: dt.date | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.open_button = QPushButton(self.tr("Open it"))
        self.open_button.setAccessibleName(self.tr("Open the unsaved check-in"))
        self.dismiss_button = QPushButton(self.tr("Not now"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the draft notice"))
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(self.dismiss_button)
        self.open_button.clicked.connect(self._open)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()

    def show_for(self, days: list[dt.date]) -> None:
        """Mention the most recent of days (the others are marked in the calendar)."""
        if not days:
            self.hide()
            return
        self.day = max(days)
        shown = locale_format.weekday_day_month_short(self.day)
        text = fill(self.tr("Draft not saved: the check-in for %1."), shown)
        short = fill(self.tr("Draft not saved: %1"), shown)
        more = len(days) - 1
        if more == 1:
            text += " " + self.tr("One more day has a draft (marked in the calendar).")
            short += " " + self.tr("(and 1 more day)")
        elif more > 1:
            text += " " + self.tr("%d more days have drafts (marked in the calendar).") % more
            short += " " + self.tr("(and %d more days)") % more
        # Short in the status bar, where room is scarce; the whole sentence on hover and
        # for screen readers.
        self.label.setText(short)
        self.label.setToolTip(text)
        self.label.setMinimumWidth(self.label.sizeHint().width())
        self.label.setAccessibleName(text)
        self.show()

    def settled(self, day: dt.date) -> None:
        """A draft was saved or discarded: the notice about that day has nothing to say."""
        if day == self.day:
            self.hide()

    def _open(self) -> None:
        self.hide()
        self.open_requested.emit(self.day)
