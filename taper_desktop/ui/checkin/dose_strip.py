"""The day's plan and a compact dose logger: "taken as planned" in one action, or
an amount and an optional time."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taper_desktop.domain import as_planned
from taper_desktop.domain.clock import Clock
from taper_desktop.domain.days import parse_hhmm
from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.formatting import format_amount
from taper_desktop.domain.models import Dose
from taper_desktop.domain.wording import fill
from taper_desktop.store import doses
from taper_desktop.ui import dose_confirm, locale_format
from taper_desktop.ui.checkin.blank_entry import type_over_blank
from taper_desktop.ui.sizing import text_field_width
from taper_desktop.ui.validation import validation_text


def fmt(amount: float) -> str:
    """An amount as the one dose formatter writes it (domain/formatting.py), in the
    locale's decimal form."""
    return locale_format.decimal(format_amount(amount))


class DoseStrip(QWidget):
    """Planned dose, day of the step, what was taken, and the logger."""

    logged = Signal(object)  # the day whose doses changed
    message = Signal(str)  # a short, calm note for the person
    typing = Signal()  # the amount or time being typed changed (kept in the draft)

    def __init__(self, store, clock: Clock, parent=None):
        super().__init__(parent)
        self.store, self.clock = store, clock
        self.day: dt.date | None = None
        self.planned: float | None = None
        self.unit = ""
        self.taken_total: float | None = None
        self.substance_id: int | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.plan_label = QLabel()
        self.plan_label.setAccessibleName(self.tr("Planned dose"))
        self.taken_label = QLabel()
        self.taken_label.setAccessibleName(self.tr("Doses taken"))
        self.taken_label.setWordWrap(True)  # many doses, large text: more lines, never cut
        labels = QHBoxLayout()
        labels.setSpacing(16)
        self.labels = labels
        labels.addWidget(self.plan_label)
        labels.addWidget(self.taken_label, 1)
        outer.addLayout(labels)

        self.logger = QWidget()
        row = QHBoxLayout(self.logger)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.as_planned = QPushButton(self.tr("Taken as &planned"))
        self.as_planned.setAccessibleName(self.tr("Log the planned dose as taken"))
        self.as_planned.clicked.connect(self.log_as_planned)
        row.addWidget(self.as_planned)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("or")))
        self.amount = QDoubleSpinBox()
        self.amount.setDecimals(2)
        self.amount.setRange(0, 99999)
        self.amount.setSpecialValueText(self.tr("amount"))
        type_over_blank(self.amount)
        self.amount.setAccessibleName(self.tr("Dose amount"))
        self.amount.setMinimumWidth(110)
        row.addWidget(self.amount)
        self.unit_label = QLabel()
        row.addWidget(self.unit_label)
        row.addWidget(QLabel(self.tr("at")))
        self.time = QLineEdit()
        self.time.setPlaceholderText(self.tr("HH:MM"))
        self.time.setMaxLength(5)
        self.time.setFixedWidth(text_field_width(self.time, self.time.placeholderText(), 70))
        self.time.setAccessibleName(self.tr("Dose time (optional, HH:MM)"))
        self.time.setToolTip(self.tr("Optional. 24-hour time, for example 08:30"))
        self.time.returnPressed.connect(self.log_amount)
        self.amount.valueChanged.connect(self.typing)
        self.time.textChanged.connect(self.typing)
        row.addWidget(self.time)
        self.log_button = QPushButton(self.tr("&Log dose"))
        self.log_button.setAccessibleName(self.tr("Log this dose"))
        self.log_button.clicked.connect(self.log_amount)
        row.addWidget(self.log_button)
        row.addStretch(1)
        outer.addWidget(self.logger)

    def natural_width(self) -> int:
        """The width that shows what was taken on one line beside the plan."""
        line = 0
        for label in (self.plan_label, self.taken_label):
            doc = QTextDocument()
            doc.setDefaultFont(label.font())
            doc.setHtml(label.text())
            doc.setDocumentMargin(0)
            line += math.ceil(doc.idealWidth()) + 8
        line += self.labels.spacing()
        logger = self.logger.sizeHint().width() if not self.logger.isHidden() else 0
        return max(line, logger)

    # ---- showing ----------------------------------------------------------------
    def show_day(self, day: dt.date, schedule, plan) -> None:
        self.day = day
        self.unit = plan.substance.unit if plan else ""
        self.substance_id = plan.substance.id if plan else None
        self.planned = schedule.planned(day) if schedule else None
        if self.planned is None:
            self.plan_label.setText(
                self.tr("No taper plan yet.")
                if plan is None
                else self.tr("No planned dose for this day.")
            )
        else:
            text = fill(self.tr("Planned: <b>%1</b>"), locale_format.dose(self.planned, self.unit))
            start = schedule.current_step_start(day)
            if schedule.is_held(day):
                text += self.tr(" · on hold")
            if start is not None:
                text += fill(self.tr(" · day %1 of this step"), (day - start).days + 1)
            self.plan_label.setText(text)
        taken = doses.on_day(self.store, day)
        if not self.unit and taken:
            self.unit = taken[-1].unit
        self.unit_label.setText(locale_format.unit(self.unit))
        self.logger.setVisible(bool(self.unit))
        if not taken:
            self.taken_total = None
            self.taken_label.setText(
                self.tr("Taken: not logged")
                if self.unit
                else self.tr("Set up a taper plan in the Taper calendar tab to log doses here.")
            )
        else:
            self.taken_total = sum(d.amount for d in taken)
            # Each dose kept on one line ("3.5 g at 08:15") where the list wraps.
            parts = [
                (
                    locale_format.dose(d.amount, d.unit)
                    + (fill(self.tr(" at %1"), d.time) if d.time else "")
                ).replace(" ", "\u00a0")
                for d in taken
            ]
            self.taken_label.setText(
                fill(
                    self.tr("Taken: <b>%1</b> (%2)"),
                    locale_format.dose(self.taken_total, self.unit),
                    ", ".join(parts),
                )
            )
        remaining = self._remaining()
        self.as_planned.setEnabled(remaining is not None and bool(self.unit))
        if self.planned is None:
            self.as_planned.setToolTip(self.tr("There is no planned dose for this day"))
        elif remaining is None:
            self.as_planned.setToolTip(self.tr("The planned dose is already logged"))
        elif self.taken_total:
            self.as_planned.setToolTip(
                fill(
                    self.tr("Logs the rest of the planned dose: %1"),
                    locale_format.dose(remaining, self.unit),
                )
            )
        else:
            self.as_planned.setToolTip(
                fill(self.tr("Logs %1"), locale_format.dose(remaining, self.unit))
            )
        self.log_button.setEnabled(bool(self.unit))

    def _remaining(self) -> float | None:
        """The part of the planned dose not yet logged, or None when nothing is left."""
        return as_planned.remaining(self.planned, self.taken_total)

    # ---- what is typed, kept in the check-in's draft ---------------------------------
    def typed(self) -> dict:
        return {"amount": self.amount.value() or None, "time": self.time.text()}

    def set_typed(self, value: dict) -> None:
        for widget in (self.amount, self.time):
            widget.blockSignals(True)
        self.amount.setValue(value.get("amount") or 0)
        self.time.setText(value.get("time", ""))
        for widget in (self.amount, self.time):
            widget.blockSignals(False)

    def typed_dose(self) -> Dose | None:
        """The amount typed but not logged yet, as a dose (Save stores it with the check-in)."""
        amount = self.amount.value()
        if self.day is None or amount <= 0 or not self.unit:
            return None
        return Dose(
            self.day,
            amount,
            self.unit,
            self.time.text().strip() or None,
            substance_id=self.substance_id,
        )

    # ---- logging ----------------------------------------------------------------
    def log_as_planned(self) -> None:
        if self.day is None or self._remaining() is None:
            return
        try:
            dose = doses.take_as_planned(
                self.store,
                self.day,
                self.planned,
                self.unit,
                self.clock.time_on(self.day),
                self.substance_id,
            )
        except ValidationError as exc:
            self.message.emit(fill(self.tr("The dose was not logged: %1"), validation_text(exc)))
            return
        self.message.emit(
            fill(self.tr("Logged %1 as planned."), locale_format.dose(dose.amount, dose.unit))
        )
        self.logged.emit(dose.day)

    def log_amount(self) -> None:
        if self.day is None:
            return
        amount = self.amount.value()
        if amount <= 0:
            self.message.emit(self.tr("Type the amount taken first."))
            self.amount.setFocus()
            return
        time = self.time.text().strip() or None
        if time is not None:
            try:
                parse_hhmm(time)
            except ValidationError:
                self.message.emit(
                    fill(
                        self.tr(
                            "The time '%1' is not HH:MM, for example 08:30. Nothing was logged."
                        ),
                        time,
                    )
                )
                self.time.setFocus()
                return
        if not self.confirm_amount(amount):
            return
        if self._add(Dose(self.day, amount, self.unit, time, substance_id=self.substance_id)):
            self.amount.setValue(0)
            self.time.clear()

    def confirm_amount(self, amount: float) -> bool:
        """Asks first when amount is more than twice the day's plan (ui/dose_confirm.py),
        for Log and for the check-in's Save alike; on "Go back" says so and focuses the
        amount, which keeps what was typed."""
        if self.day is None:  # no day shown: nothing can be logged
            return False
        if dose_confirm.confirmed(
            self, amount, self.planned, self.unit, self.day, self.clock.today()
        ):
            return True
        self.message.emit(self.tr("Not logged; the amount is still there to change."))
        self.amount.setFocus()
        return False

    def _add(self, dose: Dose) -> bool:
        try:
            doses.add(self.store, dose)
        except ValidationError as exc:
            self.message.emit(fill(self.tr("The dose was not logged: %1"), validation_text(exc)))
            return False
        self.message.emit(fill(self.tr("Logged %1."), locale_format.dose(dose.amount, dose.unit)))
        self.logged.emit(dose.day)
        return True
