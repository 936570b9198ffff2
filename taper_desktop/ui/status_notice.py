"""A quiet line in the status bar about one day, with one action and "Not now".

The base of the draft notice (ui/draft_notice.py) and the reminder (ui/reminder_notice.py):
hidden until there is something to say, never red, gone once the day is settled.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class StatusNotice(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: dt.date | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.action_button = QPushButton()
        # The base's own context: self.tr would look "Not now" up under the subclass.
        self.dismiss_button = QPushButton(QCoreApplication.translate("StatusNotice", "Not now"))
        layout.addWidget(self.label)
        layout.addWidget(self.action_button)
        layout.addWidget(self.dismiss_button)
        self.action_button.clicked.connect(self._act)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()

    def say(self, day: dt.date, text: str, full: str | None = None) -> None:
        """Show text about day; full, when given, is the whole sentence on hover and for
        screen readers (text being its short form)."""
        self.day = day
        self.label.setText(text)
        self.label.setToolTip(full or "")
        self.label.setAccessibleName(full or text)
        self.show()

    def settled(self, day: dt.date) -> None:
        """The day was checked in, saved or discarded: the notice has nothing left to say."""
        if day == self.day:
            self.hide()

    def _act(self) -> None:
        self.hide()
        self.requested(self.day)

    def requested(self, day: dt.date | None) -> None:
        """The action for day (each notice emits its own signal)."""
        raise NotImplementedError
