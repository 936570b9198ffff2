"""A quiet line in the status bar saying a day has no check-in yet, with one action."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal

from taper_desktop.domain.wording import fill
from taper_desktop.ui import locale_format
from taper_desktop.ui.status_notice import StatusNotice


class ReminderNotice(StatusNotice):
    """Hidden until show_for(day); never red, never counts missed days."""

    check_in_requested = Signal(object)  # the day to check in for

    def __init__(self, parent=None):
        super().__init__(parent)
        self.check_in_button = self.action_button
        self.check_in_button.setText(self.tr("Check in now"))
        self.check_in_button.setAccessibleName(self.tr("Check in now"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the reminder"))

    def show_for(self, day: dt.date, today: dt.date) -> None:
        if day == today:
            text = self.tr("No check-in yet today.")
        elif day == today - dt.timedelta(days=1):
            text = self.tr("Yesterday has no check-in yet.")
        else:
            text = fill(self.tr("%1 has no check-in yet."), locale_format.date(day))
        self.say(day, text)

    def checked_in(self, day: dt.date) -> None:
        """A check-in was saved: the notice about that day has nothing left to say."""
        self.settled(day)

    def requested(self, day: dt.date | None) -> None:
        self.check_in_requested.emit(day)
