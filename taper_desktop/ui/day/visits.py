"""The day panel's appointments: a visit with its time, clinician, note and an optional
COWS total the clinician gave (recorded, never computed here)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from taper_desktop.domain import scales
from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.models import Appointment
from taper_desktop.domain.wording import fill
from taper_desktop.store import records, visits
from taper_desktop.store.db import Store
from taper_desktop.ui.day.fields import button, edit, message_label, parse_time, wrap_items
from taper_desktop.ui.translations import scale_text
from taper_desktop.ui.validation import validation_text


class VisitBox(QGroupBox):
    records_changed = Signal(object)  # the day whose appointments changed

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Appointment"))
        self.store = store
        self.day: dt.date | None = None
        v = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Appointments this day"))
        self.list.setMaximumHeight(72)
        wrap_items(self.list)
        v.addWidget(self.list)
        form = QFormLayout()
        self.time = edit(self.tr("Appointment time"), self.tr("HH:MM"), 70)
        self.clinician = edit(self.tr("Clinician"), self.tr("who you saw"))
        self.note = edit(self.tr("Appointment note"), self.tr("note (optional)"))
        self.cows = edit(self.tr("Clinician COWS total"), self.tr("0-48, optional"), 110)
        self.cows.setToolTip(
            self.tr(
                "Only a total your clinician gave you (Clinical Opiate Withdrawal Scale, "
                "Wesson & Ling 2003). The app does not compute it."
            )
        )
        form.addRow(self.tr("Time"), self.time)
        form.addRow(self.tr("Clinician"), self.clinician)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("COWS total"), self.cows)
        for field in (self.time, self.clinician, self.note, self.cows):
            field.returnPressed.connect(self.add)  # Enter adds, as for doses and meds
        v.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(button(self.tr("Add appoi&ntment"), self.add))
        self.delete_button = button(
            self.tr("Delete"), self.delete, self.tr("Delete selected appointment")
        )
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        v.addLayout(buttons)
        self.message = message_label(self.tr("Message"))
        v.addWidget(self.message)

    def say(self, text: str) -> None:
        self.message.setText(text)

    def show_day(self, day: dt.date) -> None:
        if day != self.day:
            self.say("")
        self.day = day
        self.list.clear()
        cows = {c.appointment_id: c for c in records.cows_between(self.store, day, day)}
        for appt in records.appointments_between(self.store, day, day):
            text = " ".join(x for x in (appt.time or "", appt.clinician, appt.note) if x)
            if appt.id in cows:
                total = cows[appt.id].total
                text += fill(
                    self.tr("; COWS %1 (%2)"), total, scale_text(scales.cows_band(total).name)
                )
            item = QListWidgetItem(text or self.tr("appointment"))
            item.setData(Qt.ItemDataRole.UserRole, appt.id)
            self.list.addItem(item)
        self.delete_button.setEnabled(self.list.count() > 0)

    def add(self) -> None:
        if self.day is None:
            return
        try:
            time = parse_time(self.time.text())
        except ValidationError as exc:
            self.say(fill(self.tr("Time: %1."), validation_text(exc)))
            self.time.setFocus()
            return
        cows_text = self.cows.text().strip()
        cows = None
        if cows_text:
            if not cows_text.isdigit() or not 0 <= int(cows_text) <= scales.COWS_MAX:
                self.say(
                    fill(self.tr("COWS total: %1 is not a whole number from 0 to 48."), cows_text)
                )
                self.cows.setFocus()
                return
            cows = int(cows_text)
        appointment = Appointment(
            self.day, time, self.clinician.text().strip(), self.note.text().strip()
        )
        visits.add_visit(self.store, appointment, cows)
        for field in (self.time, self.clinician, self.note, self.cows):
            field.clear()
        self.say("")
        self.show_day(self.day)
        self.records_changed.emit(self.day)

    def delete(self) -> None:
        item = self.list.currentItem()
        if item is None or self.day is None:
            self.say(self.tr("Select an appointment in the list first."))
            return
        visits.delete_visit(self.store, item.data(Qt.ItemDataRole.UserRole))
        self.show_day(self.day)
        self.records_changed.emit(self.day)
