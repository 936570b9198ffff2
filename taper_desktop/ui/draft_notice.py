"""A quiet line in the status bar at start: a check-in on another day was typed and not
saved. Open goes to it; nothing is saved or thrown away without the person."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal

from taper_desktop.domain.wording import fill
from taper_desktop.ui import locale_format
from taper_desktop.ui.status_notice import StatusNotice
from taper_desktop.ui.translations import tr


class DraftNotice(StatusNotice):
    open_requested = Signal(object)  # the day whose draft to open

    def __init__(self, parent=None):
        super().__init__(parent)
        self.open_button = self.action_button
        self.open_button.setText(self.tr("Open it"))
        self.open_button.setAccessibleName(self.tr("Open the unsaved check-in"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the draft notice"))

    def show_for(self, days: list[dt.date]) -> None:
        """Mention the most recent of days (the others are marked in the calendar)."""
        if not days:
            self.hide()
            return
        day = max(days)
        shown = locale_format.weekday_day_month_short(day)
        text = fill(self.tr("Draft not saved: the check-in for %1."), shown)
        short = fill(self.tr("Draft not saved: %1"), shown)
        more = len(days) - 1
        if more == 1:
            text += " " + self.tr("One more day has a draft (marked in the calendar).")
            short += " " + self.tr("(and 1 more day)")
        elif more > 1:
            text += " " + tr("%n more days have drafts (marked in the calendar).", None, more)
            short += " " + tr("(and %n more days)", None, more)
        # Short in the status bar, where room is scarce; the whole sentence on hover and
        # for screen readers.
        self.say(day, short, text)
        self.label.setMinimumWidth(self.label.sizeHint().width())

    def requested(self, day: dt.date | None) -> None:
        self.open_requested.emit(day)
