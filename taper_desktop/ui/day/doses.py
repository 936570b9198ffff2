"""The day panel's doses: 'taken as planned', the doses logged, and adding, editing or
deleting one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from taper_desktop.domain import as_planned
from taper_desktop.domain.clock import Clock
from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.models import Dose, Plan
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.domain.wording import fill
from taper_desktop.store import doses
from taper_desktop.store.db import Store
from taper_desktop.ui import dose_confirm, locale_format
from taper_desktop.ui.day.fields import button, edit, fmt, message_label, parse_amount, parse_time
from taper_desktop.ui.validation import validation_text


class DoseBox(QGroupBox):
    saved = Signal(object)  # the day whose doses changed

    def __init__(self, store: Store, clock: Clock, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Doses taken"))
        self.store, self.clock = store, clock
        self.day = clock.today()
        self.plan: Plan | None = None
        self.schedule: PlanSchedule | None = None
        self.editing: Dose | None = None
        self.day_doses: list[Dose] = []
        v = QVBoxLayout(self)
        self.as_planned_button = button(self.tr("Taken as &planned"), self.take_as_planned)
        self.as_planned_button.setToolTip(self.tr("Log the planned dose for this day in one step"))
        v.addWidget(self.as_planned_button)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Doses taken this day"))
        self.list.setMaximumHeight(96)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected_dose())
        v.addWidget(self.list)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Total taken"))
        v.addWidget(self.total)
        row = QHBoxLayout()
        self.amount = edit(self.tr("Dose amount"), self.tr("amount"), 90)
        self.unit_label = QLabel()
        self.time = edit(self.tr("Dose time"), self.tr("HH:MM"), 70)
        self.note = edit(self.tr("Dose note"), self.tr("note (optional)"))
        for w in (self.amount, self.unit_label, self.time, self.note):
            row.addWidget(w)
        v.addLayout(row)
        for field in (self.amount, self.time, self.note):
            field.returnPressed.connect(self.save_dose)
        buttons = QHBoxLayout()
        self.save_button = button(self.tr("&Add dose"), self.save_dose)
        self.edit_button = button(
            self.tr("Edit"), self.edit_selected_dose, self.tr("Edit selected dose")
        )
        self.delete_button = button(
            self.tr("&Delete"), self.delete_selected_dose, self.tr("Delete selected dose")
        )
        self.cancel_button = button(self.tr("Cancel"), self.cancel_edit, self.tr("Cancel editing"))
        for b in (self.save_button, self.edit_button, self.delete_button, self.cancel_button):
            buttons.addWidget(b)
        v.addLayout(buttons)
        self.message = message_label(self.tr("Message"))
        v.addWidget(self.message)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._escape)

    # ---- showing ----------------------------------------------------------------------
    @property
    def unit(self) -> str:
        """The unit a new dose is stored in: the plan's substance, else the unit of a dose
        already logged that day. Before any plan there is no default unit: with no dose on
        the day it is "" and logging waits for a plan, as in the check-in (README
        "Logging doses")."""
        if self.plan is not None:
            return self.plan.substance.unit
        return self.day_doses[0].unit if self.day_doses else ""

    def planned(self) -> float | None:
        return self.schedule.planned(self.day) if self.schedule else None

    def show_day(self, day: dt.date, plan: Plan | None, schedule: PlanSchedule | None) -> None:
        if day != self.day:
            self.cancel_edit()
            self.say("")
        self.day, self.plan, self.schedule = day, plan, schedule
        self.day_doses = doses.on_day(self.store, day)
        self.unit_label.setText(locale_format.unit(self.unit))
        self.list.clear()
        no_time = self.tr("no time")
        for dose in self.day_doses:
            text = f"{dose.time or no_time}   {locale_format.dose(dose.amount, dose.unit)}"
            if dose.note:
                text += f"   {dose.note}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, dose.id)
            self.list.addItem(item)
        planned = self.planned()
        taken = sum(d.amount for d in self.day_doses)
        if self.day_doses:
            text = fill(self.tr("Total taken: %1"), locale_format.dose(taken, self.unit))
            if planned is not None and taken > planned + 1e-9:
                text += fill(
                    self.tr(" (%1 above the plan)"), locale_format.dose(taken - planned, self.unit)
                )
            self.total.setText(text)
        else:
            self.total.setText(self.tr("Not logged"))
        left = as_planned.remaining(planned, taken)
        self.as_planned_button.setEnabled(left is not None and day <= self.clock.today())
        if left is None:
            self.as_planned_button.setToolTip(
                self.tr("There is no planned dose for this day")
                if not planned
                else self.tr("The planned dose is already logged")
            )
        elif self.day_doses:
            self.as_planned_button.setToolTip(
                fill(
                    self.tr("Logs the rest of the planned dose: %1"),
                    locale_format.dose(left, self.unit),
                )
            )
        else:
            self.as_planned_button.setToolTip(
                fill(self.tr("Logs %1"), locale_format.dose(left, self.unit))
            )
        can_log = bool(self.unit)
        for widget in (self.amount, self.time, self.note, self.save_button):
            widget.setEnabled(can_log)
        if not can_log:
            self.message.setText(
                self.tr(
                    "Set up a taper plan to log doses: each dose is kept in the unit of its "
                    "substance."
                )
            )
        has_dose = bool(self.day_doses)
        self.edit_button.setEnabled(has_dose)
        self.delete_button.setEnabled(has_dose)
        self._show_edit_buttons(self.editing is not None)

    def focus_target(self):
        """'Taken as planned' if it applies, else the amount; None when neither can log."""
        if self.as_planned_button.isEnabled():
            return self.as_planned_button
        return self.amount if self.amount.isEnabled() else None

    # ---- doses ------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.message.setText(text)

    def _escape(self) -> None:
        """Escape while a dose is edited cancels the edit, leaving the dose as it was."""
        if self.editing is not None:
            self.cancel_edit()
            self.say(self.tr("Edit cancelled; the dose is unchanged."))
            self.list.setFocus()

    def take_as_planned(self) -> None:
        """The check-in's 'taken as planned' too: logs what is left of the planned dose."""
        if self.day > self.clock.today():
            return
        try:
            dose = doses.take_as_planned(
                self.store,
                self.day,
                self.planned(),
                self.unit,
                self.clock.time_on(self.day),
                self.plan.substance.id if self.plan else None,
            )
        except ValidationError as exc:
            self.say(validation_text(exc))
            return
        self.say(fill(self.tr("Logged %1 as planned."), locale_format.dose(dose.amount, dose.unit)))
        self.saved.emit(self.day)

    def _selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def save_dose(self) -> None:
        if not self.unit:
            return  # no plan and no unit: the panel says a plan comes first
        try:
            amount = parse_amount(self.amount.text())
        except ValidationError as exc:
            self.say(fill(self.tr("Amount: %1."), validation_text(exc)))
            self.amount.setFocus()
            return
        try:
            time = parse_time(self.time.text())
        except ValidationError as exc:
            self.say(fill(self.tr("Time: %1."), validation_text(exc)))
            self.time.setFocus()
            return
        note = self.note.text().strip()
        if not dose_confirm.confirmed(
            self, amount, self.planned(), self.unit, self.day, self.clock.today()
        ):
            self.say(self.tr("Not saved; the amount is still there to change."))
            self.amount.setFocus()
            return
        try:  # the store refuses a dose for a day that has not come yet
            if self.editing is not None:
                dose = self.editing
                dose.amount, dose.time, dose.note = amount, time, note
                doses.update(self.store, dose)
                said = self.tr("Dose changed.")
            else:
                substance = self.plan.substance.id if self.plan else None
                doses.add(self.store, Dose(self.day, amount, self.unit, time, note, substance))
                said = self.tr("Dose added.")
        except ValidationError as exc:
            self.say(fill(self.tr("Not saved: %1."), validation_text(exc)))
            return
        self.say(said)
        self.cancel_edit()
        self.saved.emit(self.day)
        self.amount.setFocus()  # ready for the next dose, whichever field sent it

    def edit_selected_dose(self) -> None:
        dose_id = self._selected_id()
        if dose_id is None and self.day_doses:
            self.list.setCurrentRow(0)
            dose_id = self._selected_id()
        dose = next((d for d in self.day_doses if d.id == dose_id), None)
        if dose is None:
            return
        self.editing = dose
        self.amount.setText(fmt(dose.amount))
        self.time.setText(dose.time or "")
        self.note.setText(dose.note)
        self.save_button.setText(self.tr("&Save changes"))
        self.save_button.setAccessibleName(self.tr("Save changes to the dose"))
        self._show_edit_buttons(True)
        self.say("")
        self.amount.setFocus()
        self.amount.selectAll()

    def cancel_edit(self) -> None:
        self.editing = None
        for field in (self.amount, self.time, self.note):
            field.clear()
        self.save_button.setText(self.tr("&Add dose"))
        self.save_button.setAccessibleName(self.tr("Add dose"))
        self._show_edit_buttons(False)

    def _show_edit_buttons(self, editing: bool) -> None:
        """While a dose is edited: Save changes and Cancel in place of Edit and Delete, so
        the row keeps its width and the narrow panel never needs a sideways scroll."""
        self.cancel_button.setVisible(editing)
        self.edit_button.setVisible(not editing)
        self.delete_button.setVisible(not editing)

    def delete_selected_dose(self) -> None:
        dose_id = self._selected_id()
        if dose_id is None:
            self.say(self.tr("Select a dose in the list first."))
            return
        doses.delete(self.store, dose_id)
        self.cancel_edit()
        self.say(self.tr("Dose deleted."))
        self.saved.emit(self.day)
