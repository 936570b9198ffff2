"""The period a report or an export covers: a From and a To date field, and the message
when the first day is after the last. One part for every dialog that asks for days (the
report, the clinic export), so the fields, their format and the check read the same."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel

from taper_desktop.domain.wording import fill
from taper_desktop.ui import locale_format


class PeriodFields(QObject):
    """from_edit, to_edit and problem (a label the dialog places); changed when a day does."""

    changed = Signal()

    def __init__(
        self,
        first: dt.date,
        last: dt.date,
        first_name: str,
        last_name: str,
        latest: dt.date | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.from_edit = locale_format.date_edit(first, first_name)
        self.to_edit = locale_format.date_edit(last, last_name)
        if latest is not None:  # days after it have no data yet: they would read as missed
            self.from_edit.setMaximumDate(locale_format.qdate(latest))
            self.to_edit.setMaximumDate(locale_format.qdate(latest))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.problem.setAccessibleName(self.tr("Problem with the dates"))
        self.from_edit.dateChanged.connect(lambda _day: self.changed.emit())
        self.to_edit.dateChanged.connect(lambda _day: self.changed.emit())

    def add_rows(self, form: QFormLayout) -> None:
        """The two rows, "&From:" and "&To:" (Alt+F, Alt+T go to the fields)."""
        form.addRow(self.tr("&From:"), self.from_edit)
        form.addRow(self.tr("&To:"), self.to_edit)

    @property
    def first(self) -> dt.date:
        return locale_format.pydate(self.from_edit.date())

    @property
    def last(self) -> dt.date:
        return locale_format.pydate(self.to_edit.date())

    def set_enabled(self, enabled: bool) -> None:
        self.from_edit.setEnabled(enabled)
        self.to_edit.setEnabled(enabled)

    def check(self, active: bool = True) -> bool:
        """True when the days can be used (always, when not active: e.g. "All days"); the
        problem label says what is wrong otherwise."""
        ok = not active or self.first <= self.last
        self.problem.setText(
            ""
            if ok
            else fill(
                self.tr(
                    "The first day (%1) is after the last day (%2). Choose a first day on or "
                    "before the last day."
                ),
                locale_format.date(self.first),
                locale_format.date(self.last),
            )
        )
        return ok
