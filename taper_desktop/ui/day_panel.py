"""One day in detail: the planned dose, doses taken, other medications, a visit with an
optional clinician COWS total, and the way to that day's check-in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from taper_desktop.domain import as_planned, scales
from taper_desktop.domain.clock import Clock
from taper_desktop.domain.days import parse_hhmm
from taper_desktop.domain.formatting import format_amount, format_mme
from taper_desktop.domain.models import Appointment, Dose, OtherMedication, Plan
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.domain.substances import MME_CAVEAT, mme_per_day
from taper_desktop.store import checkins, doses, drafts, records, visits
from taper_desktop.store.db import Store
from taper_desktop.ui import dose_confirm, locale_format
from taper_desktop.ui.safety_notes import SafetyNotes, day_notes
from taper_desktop.ui.sizing import text_field_width
from taper_desktop.ui.translations import scale_text, substance_text


def fmt(value: float) -> str:
    """An amount as the one dose formatter writes it (domain/formatting.py), in the
    locale's decimal form."""
    return locale_format.decimal(format_amount(value))


def parse_amount(text: str) -> float:
    """A positive decimal typed by the person (comma or point); ValueError names it."""
    cleaned = text.strip().replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(f"{text.strip() or 'empty'} is not a number") from None
    if not 0 < value < 1_000_000:
        raise ValueError(f"{fmt(value)} must be greater than 0")
    return value


def parse_time(text: str) -> str | None:
    """'' means no time; otherwise HH:MM (a single-digit hour is accepted)."""
    text = text.strip()
    if not text:
        return None
    if len(text) == 4 and text[1] == ":":
        text = "0" + text
    parse_hhmm(text)
    return text


def wrap_items(widget: QListWidget) -> None:
    """Long entries (a visit with its COWS total) wrap instead of scrolling sideways."""
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)


class DayPanel(QWidget):
    open_checkin = Signal(object)  # datetime.date

    def __init__(self, store: Store, events, clock: Clock, parent=None):
        super().__init__(parent)
        self.store, self.events, self.clock = store, events, clock
        self.day = clock.today()
        self.plan: Plan | None = None
        self.schedule: PlanSchedule | None = None
        self.editing: Dose | None = None
        self.day_doses: list[Dose] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.tr("Selected day"))
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plan_label.setAccessibleName(self.tr("Planned dose"))
        layout.addWidget(self.heading)
        layout.addWidget(self.plan_label)
        layout.addWidget(self._dose_box())
        layout.addWidget(self._checkin_box())
        self.safety_notes = SafetyNotes(store)
        layout.addWidget(self.safety_notes)
        layout.addWidget(self._med_box())
        layout.addWidget(self._visit_box())
        layout.addStretch(1)
        events.records_changed.connect(self._records_changed)
        events.draft_discarded.connect(lambda _day: self._refresh_checkin())

    # ---- building ---------------------------------------------------------------------
    def _button(self, text: str, slot, name: str | None = None) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name or text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _edit(self, name: str, placeholder: str = "", width: int | None = None) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        if width:
            edit.setMaximumWidth(text_field_width(edit, placeholder, width))
        return edit

    def _message(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setVisible(False)
        label.setAccessibleName(self.tr("Message"))
        return label

    def _dose_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Doses taken"))
        v = QVBoxLayout(box)
        self.as_planned_button = self._button(self.tr("Taken as &planned"), self.take_as_planned)
        self.as_planned_button.setToolTip(self.tr("Log the planned dose for this day in one step"))
        v.addWidget(self.as_planned_button)
        self.dose_list = QListWidget()
        self.dose_list.setAccessibleName(self.tr("Doses taken this day"))
        self.dose_list.setMaximumHeight(96)
        self.dose_list.itemDoubleClicked.connect(lambda _item: self.edit_selected_dose())
        v.addWidget(self.dose_list)
        self.dose_total = QLabel()
        self.dose_total.setAccessibleName(self.tr("Total taken"))
        v.addWidget(self.dose_total)
        row = QHBoxLayout()
        self.dose_amount = self._edit(self.tr("Dose amount"), self.tr("amount"), 90)
        self.dose_unit = QLabel()
        self.dose_time = self._edit(self.tr("Dose time"), self.tr("HH:MM"), 70)
        self.dose_note = self._edit(self.tr("Dose note"), self.tr("note (optional)"))
        for w in (self.dose_amount, self.dose_unit, self.dose_time, self.dose_note):
            row.addWidget(w)
        v.addLayout(row)
        self.dose_amount.returnPressed.connect(self.save_dose)
        self.dose_time.returnPressed.connect(self.save_dose)
        self.dose_note.returnPressed.connect(self.save_dose)
        buttons = QHBoxLayout()
        self.dose_save_button = self._button(self.tr("&Add dose"), self.save_dose)
        self.dose_edit_button = self._button(
            self.tr("Edit"), self.edit_selected_dose, self.tr("Edit selected dose")
        )
        self.dose_delete_button = self._button(
            self.tr("&Delete"), self.delete_selected_dose, self.tr("Delete selected dose")
        )
        self.dose_cancel_button = self._button(
            self.tr("Cancel"), self.cancel_edit, self.tr("Cancel editing")
        )
        for b in (
            self.dose_save_button,
            self.dose_edit_button,
            self.dose_delete_button,
            self.dose_cancel_button,
        ):
            buttons.addWidget(b)
        v.addLayout(buttons)
        self.dose_message = self._message()
        v.addWidget(self.dose_message)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), box)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._escape)
        return box

    def _escape(self) -> None:
        """Escape while a dose is edited cancels the edit, leaving the dose as it was."""
        if self.editing is not None:
            self.cancel_edit()
            self._say(self.dose_message, self.tr("Edit cancelled; the dose is unchanged."))
            self.dose_list.setFocus()

    def _checkin_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Check-in"))
        v = QVBoxLayout(box)
        h = QHBoxLayout()
        self.checkin_label = QLabel()
        self.checkin_label.setWordWrap(True)
        self.checkin_label.setAccessibleName(self.tr("Check-in summary"))
        self.checkin_button = self._button(
            self.tr("Open chec&k-in"),
            lambda: self.open_checkin.emit(self.day),
            self.tr("Open this day's check-in"),
        )
        h.addWidget(self.checkin_label, 1)
        h.addWidget(self.checkin_button)
        v.addLayout(h)
        self.flag_label = QLabel(self.tr("⚑ Flagged for your provider"))
        self.flag_label.setAccessibleName(self.tr("Flagged for your provider"))
        font = self.flag_label.font()
        font.setBold(True)
        self.flag_label.setFont(font)
        v.addWidget(self.flag_label)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label.setAccessibleName(self.tr("Note"))
        v.addWidget(self.note_label)
        # An unsaved check-in for this day: say so, with Open and Discard.
        self.draft_row = QWidget()
        d = QHBoxLayout(self.draft_row)
        d.setContentsMargins(0, 0, 0, 0)
        self.draft_label = QLabel(self.tr("Draft not saved"))
        self.draft_label.setAccessibleName(self.tr("Draft not saved"))
        self.draft_label.setWordWrap(True)
        self.draft_open_button = self._button(
            self.tr("&Open"),
            lambda: self.open_checkin.emit(self.day),
            self.tr("Open the unsaved check-in"),
        )
        self.draft_discard_button = self._button(
            self.tr("Discard"), self.discard_draft, self.tr("Discard the unsaved check-in")
        )
        d.addWidget(self.draft_label, 1)
        d.addWidget(self.draft_open_button)
        d.addWidget(self.draft_discard_button)
        v.addWidget(self.draft_row)
        return box

    def discard_draft(self) -> None:
        """Throw away this day's unsaved check-in, after asking."""
        if not ask_discard_draft(self, self.day):
            return
        drafts.delete(self.store, drafts.checkin_key(self.day))
        self.events.draft_discarded.emit(self.day)

    def _med_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Other medications"))
        v = QVBoxLayout(box)
        self.med_list = QListWidget()
        self.med_list.setAccessibleName(self.tr("Other medications this day"))
        self.med_list.setMaximumHeight(64)
        wrap_items(self.med_list)
        v.addWidget(self.med_list)
        row = QHBoxLayout()
        self.med_name = self._edit(self.tr("Medication name"), self.tr("name"))
        self.med_amount = self._edit(self.tr("Medication amount"), self.tr("amount"), 70)
        self.med_unit = self._edit(self.tr("Medication unit"), self.tr("unit"), 55)
        self.med_time = self._edit(self.tr("Medication time"), self.tr("HH:MM"), 60)
        for w in (self.med_name, self.med_amount, self.med_unit, self.med_time):
            row.addWidget(w)
            w.returnPressed.connect(self.add_medication)
        v.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addWidget(self._button(self.tr("Add &medication"), self.add_medication))
        self.med_delete_button = self._button(
            self.tr("Delete"), self.delete_medication, self.tr("Delete selected medication")
        )
        buttons.addWidget(self.med_delete_button)
        buttons.addStretch(1)
        v.addLayout(buttons)
        self.med_message = self._message()
        v.addWidget(self.med_message)
        return box

    def _visit_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Appointment"))
        v = QVBoxLayout(box)
        self.visit_list = QListWidget()
        self.visit_list.setAccessibleName(self.tr("Appointments this day"))
        self.visit_list.setMaximumHeight(72)
        wrap_items(self.visit_list)
        v.addWidget(self.visit_list)
        form = QFormLayout()
        self.visit_time = self._edit(self.tr("Appointment time"), self.tr("HH:MM"), 70)
        self.visit_clinician = self._edit(self.tr("Clinician"), self.tr("who you saw"))
        self.visit_note = self._edit(self.tr("Appointment note"), self.tr("note (optional)"))
        self.visit_cows = self._edit(
            self.tr("Clinician COWS total"), self.tr("0-48, optional"), 110
        )
        self.visit_cows.setToolTip(
            self.tr(
                "Only a total your clinician gave you (Clinical Opiate Withdrawal Scale, "
                "Wesson & Ling 2003). The app does not compute it."
            )
        )
        form.addRow(self.tr("Time"), self.visit_time)
        form.addRow(self.tr("Clinician"), self.visit_clinician)
        form.addRow(self.tr("Note"), self.visit_note)
        form.addRow(self.tr("COWS total"), self.visit_cows)
        for edit in (self.visit_time, self.visit_clinician, self.visit_note, self.visit_cows):
            edit.returnPressed.connect(self.add_visit)  # Enter adds, as for doses and meds
        v.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self._button(self.tr("Add appoi&ntment"), self.add_visit))
        self.visit_delete_button = self._button(
            self.tr("Delete"), self.delete_visit, self.tr("Delete selected appointment")
        )
        buttons.addWidget(self.visit_delete_button)
        buttons.addStretch(1)
        v.addLayout(buttons)
        self.visit_message = self._message()
        v.addWidget(self.visit_message)
        return box

    # ---- showing ----------------------------------------------------------------------
    def set_context(self, plan: Plan | None, schedule: PlanSchedule | None) -> None:
        self.plan, self.schedule = plan, schedule

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

    def show_day(self, day: dt.date) -> None:
        if day != self.day:
            self.cancel_edit()
            for label in (self.dose_message, self.med_message, self.visit_message):
                label.setVisible(False)
        self.day = day
        self.refresh()

    def refresh(self) -> None:
        day = self.day
        title = locale_format.long_date(day)
        if day == self.clock.today():
            title = self.tr("Today, %s") % title
        self.heading.setText(title)
        self.plan_label.setText(self._plan_text())
        self.day_doses = doses.on_day(self.store, day)
        self.dose_unit.setText(self.unit)
        self.dose_list.clear()
        for dose in self.day_doses:
            text = (
                f"{dose.time or self.tr('no time')}   {locale_format.dose(dose.amount, dose.unit)}"
            )
            if dose.note:
                text += f"   {dose.note}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, dose.id)
            self.dose_list.addItem(item)
        if self.day_doses:
            total = sum(d.amount for d in self.day_doses)
            text = self.tr("Total taken: %s") % locale_format.dose(total, self.unit)
            planned = self.planned()
            if planned is not None and total > planned + 1e-9:
                text += self.tr(" (%s above the plan)") % locale_format.dose(
                    total - planned, self.unit
                )
            self.dose_total.setText(text)
        else:
            self.dose_total.setText(self.tr("Not logged"))
        left = as_planned.remaining(self.planned(), sum(d.amount for d in self.day_doses))
        self.as_planned_button.setEnabled(left is not None and day <= self.clock.today())
        if left is None:
            self.as_planned_button.setToolTip(
                self.tr("There is no planned dose for this day")
                if not self.planned()
                else self.tr("The planned dose is already logged")
            )
        elif self.day_doses:
            self.as_planned_button.setToolTip(
                self.tr("Logs the rest of the planned dose: %s")
                % locale_format.dose(left, self.unit)
            )
        else:
            self.as_planned_button.setToolTip(
                self.tr("Logs %s") % locale_format.dose(left, self.unit)
            )
        can_log = bool(self.unit)
        for widget in (self.dose_amount, self.dose_time, self.dose_note, self.dose_save_button):
            widget.setEnabled(can_log)
        if not can_log:
            self.dose_message.setText(
                self.tr(
                    "Set up a taper plan to log doses: each dose is kept in the unit of its "
                    "substance."
                )
            )
        has_dose = bool(self.day_doses)
        self.dose_edit_button.setEnabled(has_dose)
        self.dose_delete_button.setEnabled(has_dose)
        self._show_edit_buttons(self.editing is not None)
        self._refresh_checkin()
        self._refresh_meds()
        self._refresh_visits()

    def _plan_text(self) -> str:
        if self.schedule is None:
            return self.tr("No taper plan yet.")
        planned = self.planned()
        if planned is None:
            return self.tr("Before the plan starts.")
        parts = [self.tr("Planned: %s") % locale_format.dose(planned, self.unit)]
        factor = self.plan.substance.mme_factor if self.plan else None
        mme = mme_per_day(planned, factor)
        if mme is not None:
            parts[0] += self.tr(" (%s MME/day)") % locale_format.decimal(format_mme(mme))
        parts[0] += "."
        n = self.schedule.day_of_step(self.day)
        if self.schedule.is_held(self.day):
            parts.append(self.tr("Steps paused (hold)."))
        elif self.schedule.is_step_day(self.day):
            parts.append(self.tr("The dose changes today."))
        elif n is not None:
            parts.append(self.tr("Day %d of this step.") % n)
        if self.plan is not None and any(
            r.effective_date == self.day for r in self.plan.revisions[1:]
        ):
            parts.append(self.tr("A new plan revision takes effect today."))
        text = " ".join(parts)
        if mme is not None:
            text += "\n" + substance_text(MME_CAVEAT)
        return text

    def _refresh_checkin(self) -> None:
        future = self.day > self.clock.today()
        self.checkin_button.setEnabled(not future)  # the check-in tab refuses future days
        checkin = checkins.get(self.store, self.day)
        self.safety_notes.show_notes(day_notes(self.store, self.plan, checkin, self.clock.today()))
        self.draft_row.setVisible(drafts.get(self.store, drafts.checkin_key(self.day)) is not None)
        self.flag_label.setVisible(checkin is not None and checkin.flag_for_provider)
        note = checkin.note.strip() if checkin is not None else ""
        self.note_label.setText(self.tr("Note: %s") % note if note else "")
        self.note_label.setVisible(bool(note))
        if checkin is not None and not checkin.rated:
            self.checkin_label.setText(self.tr("A note, no symptoms rated."))
            return
        if checkin is None:
            self.checkin_label.setText(
                self.tr("Can be filled in on the day.") if future else self.tr("Not logged")
            )
            return
        scale = checkin.scale
        if checkin.total is None:
            self.checkin_label.setText(
                self.tr("%s partly answered (%d of %d items)")
                % (checkin.instrument, scale.answered(checkin.items), len(scale.items))
            )
            return
        band = scale.band(checkin.total)
        text = self.tr("%s total %d of %d") % (checkin.instrument, checkin.total, scale.max_total)
        if band is not None:
            text += self.tr(", %s (conventional band)") % scale_text(band.name)
        self.checkin_label.setText(text)

    def _refresh_meds(self) -> None:
        self.med_list.clear()
        for med in records.medications_between(self.store, self.day, self.day):
            amount = f" {fmt(med.amount)} {med.unit}".rstrip() if med.amount else ""
            item = QListWidgetItem(f"{med.time or ''} {med.name}{amount}".strip())
            item.setData(Qt.ItemDataRole.UserRole, med.id)
            self.med_list.addItem(item)
        self.med_delete_button.setEnabled(self.med_list.count() > 0)

    def _refresh_visits(self) -> None:
        self.visit_list.clear()
        cows = {c.appointment_id: c for c in records.cows_between(self.store, self.day, self.day)}
        for appt in records.appointments_between(self.store, self.day, self.day):
            text = " ".join(x for x in (appt.time or "", appt.clinician, appt.note) if x)
            if appt.id in cows:
                total = cows[appt.id].total
                text += self.tr("; COWS %d (%s)") % (
                    total,
                    scale_text(scales.cows_band(total).name),
                )
            item = QListWidgetItem(text or self.tr("appointment"))
            item.setData(Qt.ItemDataRole.UserRole, appt.id)
            self.visit_list.addItem(item)
        self.visit_delete_button.setEnabled(self.visit_list.count() > 0)

    def _records_changed(self, day: dt.date) -> None:
        """A medication or appointment was added or removed (here or in the check-in)."""
        if day == self.day:
            self._refresh_meds()
            self._refresh_visits()

    def focus_first(self) -> None:
        """Put the keyboard in the panel: on 'taken as planned' if it applies, else amount;
        before any plan (no dose can be logged yet) on the check-in button."""
        target = (
            self.as_planned_button
            if self.as_planned_button.isEnabled()
            else self.dose_amount
            if self.dose_amount.isEnabled()
            else self.checkin_button
        )
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- doses ------------------------------------------------------------------------
    def _say(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _doses_saved(self) -> None:
        self.refresh()
        self.events.doses_changed.emit(self.day)

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
        except ValueError as exc:
            self._say(self.dose_message, str(exc))
            return
        self._say(
            self.dose_message,
            self.tr("Logged %s as planned.") % locale_format.dose(dose.amount, dose.unit),
        )
        self._doses_saved()

    def _selected_id(self, widget: QListWidget) -> int | None:
        item = widget.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def save_dose(self) -> None:
        if not self.unit:
            return  # no plan and no unit: the panel says a plan comes first
        try:
            amount = parse_amount(self.dose_amount.text())
        except ValueError as exc:
            self._say(self.dose_message, self.tr("Amount: %s.") % exc)
            self.dose_amount.setFocus()
            return
        try:
            time = parse_time(self.dose_time.text())
        except ValueError as exc:
            self._say(self.dose_message, self.tr("Time: %s.") % exc)
            self.dose_time.setFocus()
            return
        note = self.dose_note.text().strip()
        if not dose_confirm.confirmed(
            self, amount, self.planned(), self.unit, self.day, self.clock.today()
        ):
            self._say(self.dose_message, self.tr("Not saved; the amount is still there to change."))
            self.dose_amount.setFocus()
            return
        try:  # the store refuses a dose for a day that has not come yet
            if self.editing is not None:
                dose = self.editing
                dose.amount, dose.time, dose.note = amount, time, note
                doses.update(self.store, dose)
                said = self.tr("Dose changed.")
            else:
                doses.add(
                    self.store,
                    Dose(
                        self.day,
                        amount,
                        self.unit,
                        time,
                        note,
                        self.plan.substance.id if self.plan else None,
                    ),
                )
                said = self.tr("Dose added.")
        except ValueError as exc:
            self._say(self.dose_message, self.tr("Not saved: %s.") % exc)
            return
        self._say(self.dose_message, said)
        self.cancel_edit()
        self._doses_saved()
        self.dose_amount.setFocus()  # ready for the next dose, whichever field sent it

    def edit_selected_dose(self) -> None:
        dose_id = self._selected_id(self.dose_list)
        if dose_id is None and self.day_doses:
            self.dose_list.setCurrentRow(0)
            dose_id = self._selected_id(self.dose_list)
        dose = next((d for d in self.day_doses if d.id == dose_id), None)
        if dose is None:
            return
        self.editing = dose
        self.dose_amount.setText(fmt(dose.amount))
        self.dose_time.setText(dose.time or "")
        self.dose_note.setText(dose.note)
        self.dose_save_button.setText(self.tr("&Save changes"))
        self.dose_save_button.setAccessibleName(self.tr("Save changes to the dose"))
        self._show_edit_buttons(True)
        self._say(self.dose_message, "")
        self.dose_amount.setFocus()
        self.dose_amount.selectAll()

    def cancel_edit(self) -> None:
        self.editing = None
        for edit in (self.dose_amount, self.dose_time, self.dose_note):
            edit.clear()
        self.dose_save_button.setText(self.tr("&Add dose"))
        self.dose_save_button.setAccessibleName(self.tr("Add dose"))
        self._show_edit_buttons(False)

    def _show_edit_buttons(self, editing: bool) -> None:
        """While a dose is edited: Save changes and Cancel in place of Edit and Delete, so
        the row keeps its width and the narrow panel never needs a sideways scroll."""
        self.dose_cancel_button.setVisible(editing)
        self.dose_edit_button.setVisible(not editing)
        self.dose_delete_button.setVisible(not editing)

    def delete_selected_dose(self) -> None:
        dose_id = self._selected_id(self.dose_list)
        if dose_id is None:
            self._say(self.dose_message, self.tr("Select a dose in the list first."))
            return
        doses.delete(self.store, dose_id)
        self.cancel_edit()
        self._say(self.dose_message, self.tr("Dose deleted."))
        self._doses_saved()

    # ---- other medications and visits ---------------------------------------------
    def add_medication(self) -> None:
        name = self.med_name.text().strip()
        if not name:
            self._say(self.med_message, self.tr("Name: type the medication's name."))
            self.med_name.setFocus()
            return
        try:
            amount = (
                parse_amount(self.med_amount.text()) if self.med_amount.text().strip() else None
            )
        except ValueError as exc:
            self._say(self.med_message, self.tr("Amount: %s.") % exc)
            self.med_amount.setFocus()
            return
        try:
            time = parse_time(self.med_time.text())
        except ValueError as exc:
            self._say(self.med_message, self.tr("Time: %s.") % exc)
            self.med_time.setFocus()
            return
        records.add_medication(
            self.store, OtherMedication(self.day, name, amount, self.med_unit.text().strip(), time)
        )
        for edit in (self.med_name, self.med_amount, self.med_unit, self.med_time):
            edit.clear()
        self._say(self.med_message, "")
        self._refresh_meds()
        self.events.records_changed.emit(self.day)

    def delete_medication(self) -> None:
        med_id = self._selected_id(self.med_list)
        if med_id is None:
            self._say(self.med_message, self.tr("Select a medication in the list first."))
            return
        records.delete_medication(self.store, med_id)
        self._refresh_meds()
        self.events.records_changed.emit(self.day)

    def add_visit(self) -> None:
        try:
            time = parse_time(self.visit_time.text())
        except ValueError as exc:
            self._say(self.visit_message, self.tr("Time: %s.") % exc)
            self.visit_time.setFocus()
            return
        cows_text = self.visit_cows.text().strip()
        cows = None
        if cows_text:
            if not cows_text.isdigit() or not 0 <= int(cows_text) <= scales.COWS_MAX:
                self._say(
                    self.visit_message,
                    self.tr("COWS total: %s is not a whole number from 0 to 48.") % cows_text,
                )
                self.visit_cows.setFocus()
                return
            cows = int(cows_text)
        visits.add_visit(
            self.store,
            Appointment(
                self.day, time, self.visit_clinician.text().strip(), self.visit_note.text().strip()
            ),
            cows,
        )
        for edit in (self.visit_time, self.visit_clinician, self.visit_note, self.visit_cows):
            edit.clear()
        self._say(self.visit_message, "")
        self._refresh_visits()
        self.events.records_changed.emit(self.day)

    def delete_visit(self) -> None:
        appt_id = self._selected_id(self.visit_list)
        if appt_id is None:
            self._say(self.visit_message, self.tr("Select an appointment in the list first."))
            return
        visits.delete_visit(self.store, appt_id)
        self._refresh_visits()
        self.events.records_changed.emit(self.day)


def ask_discard_draft(parent, day: dt.date) -> bool:
    """Confirm throwing away a day's unsaved check-in. Tests replace this."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("DayPanel", text)

    answer = QMessageBox.question(
        parent,
        tr("Discard the draft?"),
        tr("Discard what was typed for %s and not saved? This cannot be undone.")
        % locale_format.weekday_day_month(day),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
