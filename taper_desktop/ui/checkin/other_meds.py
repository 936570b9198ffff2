"""Other medications taken on the day (name, amount, unit), e.g. for symptom relief.

Each one is stored when added (its own transaction); what is half typed in the
fields travels with the check-in draft. The calendar's day panel uses the same box, with
a time field as well.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taper_desktop.domain.days import parse_hhmm
from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.formatting import format_amount
from taper_desktop.domain.models import OtherMedication
from taper_desktop.domain.wording import fill
from taper_desktop.store import records
from taper_desktop.ui import locale_format
from taper_desktop.ui.checkin.blank_entry import type_over_blank
from taper_desktop.ui.sizing import text_field_width
from taper_desktop.ui.validation import validation_text


class OtherMedsBox(QWidget):
    changed = Signal()  # the typed fields changed (for the draft)
    message = Signal(str)
    records_changed = Signal(object)  # the day whose stored medications changed

    def __init__(self, store, parent=None, with_time: bool = False):
        super().__init__(parent)
        self.store = store
        self.day: dt.date | None = None
        self.labels: list[QLabel] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.list_widget = QWidget()
        self.list_layout = QGridLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.list_widget)
        self.none_label = QLabel(self.tr("None added for this day."))
        outer.addWidget(self.none_label)

        row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("name"))
        self.name.setAccessibleName(self.tr("Other medication name"))
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 999999)
        self.amount.setDecimals(2)
        self.amount.setSpecialValueText(self.tr("amount"))
        type_over_blank(self.amount)
        self.amount.setAccessibleName(self.tr("Other medication amount (optional)"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("unit"))
        self.unit.setMaximumWidth(70)
        self.unit.setAccessibleName(self.tr("Other medication unit"))
        self.time: QLineEdit | None = None
        if with_time:
            self.time = QLineEdit()
            self.time.setPlaceholderText(self.tr("HH:MM"))
            self.time.setMaxLength(5)
            self.time.setFixedWidth(text_field_width(self.time, self.time.placeholderText(), 60))
            self.time.setAccessibleName(self.tr("Other medication time (optional, HH:MM)"))
            self.time.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add this medication"))
        self.add_button.clicked.connect(self.add)
        for widget in (self.name, self.unit):
            widget.textChanged.connect(lambda _t: self.changed.emit())
            widget.returnPressed.connect(self.add)
        self.amount.valueChanged.connect(lambda _v: self.changed.emit())
        # The name has a line of its own, the box's whole width, so a long name stays
        # readable in a narrow column or at large text; amount, unit (time) and Add below.
        outer.addWidget(self.name)
        row.addWidget(self.amount, 1)
        row.addWidget(self.unit)
        if self.time is not None:
            row.addWidget(QLabel(self.tr("at")))
            row.addWidget(self.time)
        row.addWidget(self.add_button)
        outer.addLayout(row)

    def show_day(self, day: dt.date) -> None:
        self.day = day
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.labels = []
        meds = records.medications_between(self.store, day, day)
        for i, med in enumerate(meds):
            amount = (
                ""
                if med.amount is None
                else f"{locale_format.decimal(format_amount(med.amount))} {med.unit}".strip()
            )
            text = med.name + (f", {amount}" if amount else "")
            if med.time:
                text = fill(self.tr("%1 at %2"), text, med.time)
            label = QLabel(text)
            self.labels.append(label)
            self.list_layout.addWidget(label, i, 0)
            remove = QPushButton(self.tr("Remove"))
            remove.setAccessibleName(fill(self.tr("Remove %1"), med.name))
            remove.clicked.connect(lambda _c=False, m=med: self.remove(m))
            self.list_layout.addWidget(remove, i, 1)
        self.list_layout.setColumnStretch(0, 1)
        self.none_label.setVisible(not meds)

    def add(self) -> None:
        if self.day is None:
            return
        name = self.name.text().strip()
        if not name:
            self.message.emit(self.tr("Type the medication's name first."))
            self.name.setFocus()
            return
        amount = self.amount.value() or None
        time = None
        if self.time is not None and self.time.text().strip():
            time = self.time.text().strip()
            if len(time) == 4 and time[1] == ":":
                time = "0" + time  # 8:30 is 08:30
            try:
                parse_hhmm(time)
            except ValidationError as exc:
                self.message.emit(fill(self.tr("Not added: %1"), validation_text(exc)))
                self.time.setFocus()
                return
        try:
            records.add_medication(
                self.store,
                OtherMedication(self.day, name, amount, self.unit.text().strip(), time),
            )
        except ValidationError as exc:
            self.message.emit(fill(self.tr("Not added: %1"), validation_text(exc)))
            return
        self.set_typed({})
        if self.time is not None:
            self.time.clear()
        self.changed.emit()
        self.show_day(self.day)
        self.records_changed.emit(self.day)
        self.message.emit(fill(self.tr("Added %1."), name))
        self.name.setFocus()

    def remove(self, med: OtherMedication) -> None:
        if med.id is None or self.day is None:
            return
        records.delete_medication(self.store, med.id)
        self.show_day(self.day)
        self.records_changed.emit(self.day)
        self.message.emit(fill(self.tr("Removed %1."), med.name))

    def shown(self) -> list[str]:
        """The medications listed for the day, as shown."""
        return [label.text() for label in self.labels]

    # ---- draft --------------------------------------------------------------------
    def typed(self) -> dict:
        return {
            "name": self.name.text(),
            "amount": self.amount.value() or None,
            "unit": self.unit.text(),
        }

    def set_typed(self, value: dict) -> None:
        for widget in (self.name, self.amount, self.unit):
            widget.blockSignals(True)
        self.name.setText(value.get("name", ""))
        self.amount.setValue(value.get("amount") or 0)
        self.unit.setText(value.get("unit", ""))
        for widget in (self.name, self.amount, self.unit):
            widget.blockSignals(False)
