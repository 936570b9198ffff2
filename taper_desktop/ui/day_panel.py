"""One day in detail: the planned dose, doses taken, other medications, a visit with an
optional clinician COWS total, and the way to that day's check-in.

Each box is a module of its own: ui/day/doses.py, ui/day/visits.py, and the check-in's
other medications box (ui/checkin/other_meds.py), so both tabs edit medications alike.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from taper_desktop.domain.clock import Clock
from taper_desktop.domain.formatting import format_mme
from taper_desktop.domain.models import Plan
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.domain.substances import MME_CAVEAT, mme_per_day
from taper_desktop.domain.wording import fill
from taper_desktop.store import checkins, drafts
from taper_desktop.store.db import Store
from taper_desktop.ui import locale_format
from taper_desktop.ui.checkin.other_meds import OtherMedsBox
from taper_desktop.ui.day.doses import DoseBox
from taper_desktop.ui.day.fields import button, fmt, message_label
from taper_desktop.ui.day.visits import VisitBox
from taper_desktop.ui.safety_notes import SafetyNotes, day_notes
from taper_desktop.ui.translations import scale_text, substance_text

__all__ = ["DayPanel", "ask_discard_draft", "fmt"]


class DayPanel(QWidget):
    open_checkin = Signal(object)  # datetime.date

    def __init__(self, store: Store, events, clock: Clock, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.doses = DoseBox(store, clock)
        self.clock = clock
        self.day = clock.today()
        self.plan: Plan | None = None
        self.schedule: PlanSchedule | None = None
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
        self.doses.saved.connect(self._doses_saved)
        layout.addWidget(self.doses)
        layout.addWidget(self._checkin_box())
        self.safety_notes = SafetyNotes(store)
        layout.addWidget(self.safety_notes)
        layout.addWidget(self._med_box())
        self.visits = VisitBox(store)
        self.visits.records_changed.connect(events.records_changed.emit)
        layout.addWidget(self.visits)
        layout.addStretch(1)
        events.records_changed.connect(self._records_changed)
        events.draft_discarded.connect(lambda _day: self._refresh_checkin())

    @property
    def clock(self) -> Clock:
        return self._clock

    @clock.setter
    def clock(self, clock: Clock) -> None:
        """One clock for the panel and its doses box (a test may set another)."""
        self._clock = self.doses.clock = clock

    # ---- building ---------------------------------------------------------------------
    def _checkin_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Check-in"))
        v = QVBoxLayout(box)
        h = QHBoxLayout()
        self.checkin_label = QLabel()
        self.checkin_label.setWordWrap(True)
        self.checkin_label.setAccessibleName(self.tr("Check-in summary"))
        self.checkin_button = button(
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
        self.draft_open_button = button(
            self.tr("&Open"),
            lambda: self.open_checkin.emit(self.day),
            self.tr("Open the unsaved check-in"),
        )
        self.draft_discard_button = button(
            self.tr("Discard"), self.discard_draft, self.tr("Discard the unsaved check-in")
        )
        d.addWidget(self.draft_label, 1)
        d.addWidget(self.draft_open_button)
        d.addWidget(self.draft_discard_button)
        v.addWidget(self.draft_row)
        return box

    def _med_box(self) -> QGroupBox:
        """The check-in's own medications box, with a time field as well."""
        box = QGroupBox(self.tr("Other medications"))
        v = QVBoxLayout(box)
        self.meds = OtherMedsBox(self.store, with_time=True)
        self.meds.add_button.setText(self.tr("Add &medication"))  # &A is Add dose here
        self.meds.records_changed.connect(self.events.records_changed.emit)
        self.meds_message = message_label(self.tr("Message"))
        self.meds.message.connect(self._say_meds)
        v.addWidget(self.meds)
        v.addWidget(self.meds_message)
        return box

    def _say_meds(self, text: str) -> None:
        self.meds_message.setText(text)

    def discard_draft(self) -> None:
        """Throw away this day's unsaved check-in, after asking."""
        if not ask_discard_draft(self, self.day):
            return
        drafts.delete(self.store, drafts.checkin_key(self.day))
        self.events.draft_discarded.emit(self.day)

    # ---- showing ----------------------------------------------------------------------
    def set_context(self, plan: Plan | None, schedule: PlanSchedule | None) -> None:
        self.plan, self.schedule = plan, schedule

    def planned(self) -> float | None:
        return self.schedule.planned(self.day) if self.schedule else None

    def show_day(self, day: dt.date) -> None:
        if day != self.day:
            self._say_meds("")
        self.day = day
        self.refresh()

    def refresh(self) -> None:
        day = self.day
        title = locale_format.long_date(day)
        if day == self.clock.today():
            title = fill(self.tr("Today, %1"), title)
        self.heading.setText(title)
        self.doses.show_day(day, self.plan, self.schedule)
        self.plan_label.setText(self._plan_text())
        self._refresh_checkin()
        self.meds.show_day(day)
        self.visits.show_day(day)

    def _plan_text(self) -> str:
        if self.schedule is None:
            return self.tr("No taper plan yet.")
        planned = self.planned()
        if planned is None:
            return self.tr("Before the plan starts.")
        parts = [fill(self.tr("Planned: %1"), locale_format.dose(planned, self.doses.unit))]
        factor = self.plan.substance.mme_factor if self.plan else None
        mme = mme_per_day(planned, factor)
        if mme is not None:
            parts[0] += fill(self.tr(" (%1 MME/day)"), locale_format.decimal(format_mme(mme)))
        parts[0] += "."
        n = self.schedule.day_of_step(self.day)
        if self.schedule.is_held(self.day):
            parts.append(self.tr("Steps paused (hold)."))
        elif self.schedule.is_step_day(self.day):
            parts.append(self.tr("The dose changes today."))
        elif n is not None:
            parts.append(fill(self.tr("Day %1 of this step."), n))
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
        self.note_label.setText(fill(self.tr("Note: %1"), note) if note else "")
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
                fill(
                    self.tr("%1 partly answered (%2 of %3 items)"),
                    checkin.instrument,
                    scale.answered(checkin.items),
                    len(scale.items),
                )
            )
            return
        band = scale.band(checkin.total)
        text = fill(
            self.tr("%1 total %2 of %3"), checkin.instrument, checkin.total, scale.max_total
        )
        if band is not None:
            text += fill(self.tr(", %1 (conventional band)"), scale_text(band.name))
        self.checkin_label.setText(text)

    def _records_changed(self, day: dt.date) -> None:
        """A medication or appointment was added or removed (here or in the check-in)."""
        if day == self.day:
            self.meds.show_day(day)
            self.visits.show_day(day)

    def focus_first(self) -> None:
        """Put the keyboard in the panel: on 'taken as planned' if it applies, else amount;
        before any plan (no dose can be logged yet) on the check-in button."""
        target = self.doses.focus_target() or self.checkin_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _doses_saved(self, *_day) -> None:
        self.refresh()
        self.events.doses_changed.emit(self.day)


def ask_discard_draft(parent, day: dt.date) -> bool:
    """Confirm throwing away a day's unsaved check-in. Tests replace this."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("DayPanel", text)

    answer = QMessageBox.question(
        parent,
        tr("Discard the draft?"),
        fill(
            tr("Discard what was typed for %1 and not saved? This cannot be undone."),
            locale_format.weekday_day_month(day),
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
