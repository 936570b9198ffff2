"""The daily check-in tab: the symptom scale, companion measures, doses and a note.

Built to be done in under a minute by keyboard: a digit answers the focused item
and moves on, Ctrl+S saves, Ctrl+Left/Right change the day. What is typed is kept
as a draft as it changes (ui/checkin/draft.py), so closing the window, switching tabs or
a crash loses nothing; Save makes it the day's check-in in one transaction.

The layout is ui/checkin/view.py; this module opens days, keeps the draft and saves.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from taper_desktop.domain import scales
from taper_desktop.domain.checkin_form import (
    CheckInForm,
    TypedDose,
    TypedMedication,
    nothing_to_save,
)
from taper_desktop.domain.clock import Clock
from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.models import CheckIn
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.domain.substances import KRATOM
from taper_desktop.domain.wording import fill
from taper_desktop.store import checkins, plans, settings
from taper_desktop.ui import locale_format
from taper_desktop.ui.checkin.choice_row import ChoiceRow
from taper_desktop.ui.checkin.draft import CheckInDraft, draft_key
from taper_desktop.ui.checkin.footer import saved_time
from taper_desktop.ui.checkin.view import CheckInView
from taper_desktop.ui.safety_notes import day_notes
from taper_desktop.ui.validation import validation_text

__all__ = ["CheckInTab", "draft_key", "saved_time"]


class CheckInTab(QWidget):
    def __init__(self, store, events, clock: Clock | None = None, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.clock = clock or settings.diary_clock(store)
        self.day: dt.date | None = None
        self._opened_on: dt.date | None = None  # what "today" was when the day was opened
        self.instrument = scales.SOWS_INSTRUMENT
        self.saved: CheckIn | None = None
        self._loading = False
        self._plan_kind: str | None = None  # the plan's substance kind, for its wording
        self.draft = CheckInDraft(store, self.form, self)

        self.view = view = CheckInView(store, self.clock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        # The view's parts, named on the tab as the rest of the window knows them.
        self.dose_strip, self.banner, self.safety_notes = (
            view.dose_strip,
            view.banner,
            view.safety_notes,
        )
        self.measures, self.meds, self.note, self.flag = (
            view.measures,
            view.meds,
            view.note,
            view.flag,
        )
        self.extras_toggle = view.extras_toggle
        # The form's scroll area, under the name the tests and window know (it hides
        # QWidget.scroll(), which nothing here calls).
        self.scroll = view.scroll_area  # type: ignore[method-assign, assignment]
        self.header, self.columns = view.header, view.columns
        self.day_label, self.next_button = view.day_label, view.next_button
        self.prev_button, self.today_button = view.prev_button, view.today_button
        self.total_label, self.band_note = view.total_label, view.band_note
        self.status_label, self.message_label = view.status_label, view.message_label
        self.save_button, self.discard_button = view.save_button, view.discard_button
        self.citation, self.total_hint = view.citation, view.total_hint
        self.left_column, self.side_widget = view.left_column, view.side_widget
        self.scale_box, self.extras_box, self.notices = (
            view.scale_box,
            view.extras_box,
            view.notices,
        )
        self._wire()

        events.doses_changed.connect(self._doses_changed)
        events.records_changed.connect(self._records_changed)
        events.draft_discarded.connect(self._draft_discarded)
        events.plan_changed.connect(self.refresh_context)
        events.data_replaced.connect(self.reload)
        events.settings_changed.connect(self.reload)
        app = QApplication.instance()
        if app is not None:  # a quit by signal never hides the window: flush then too
            app.aboutToQuit.connect(self.flush_draft)
        self.open_day(self.today())

    def _wire(self) -> None:
        view, events = self.view, self.events
        view.edited.connect(self.form_changed)
        view.prev_button.clicked.connect(lambda: self.step_day(-1))
        view.next_button.clicked.connect(lambda: self.step_day(1))
        view.today_button.clicked.connect(lambda: self.open_day(self.today()))
        self.dose_strip.logged.connect(events.doses_changed.emit)
        self.dose_strip.message.connect(self.say)
        self.banner.message.connect(self.say)
        self.banner.hold_recorded.connect(events.plan_changed.emit)
        self.meds.message.connect(self.say)
        self.meds.records_changed.connect(events.records_changed.emit)
        self.extras_toggle.toggled.connect(self._toggle_extras)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard_changes)
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        # Ctrl+S is the main window's Edit > Save check-in, shown in its menu.
        for keys, slot in (
            (QKeySequence("Ctrl+Left"), lambda: self.step_day(-1)),
            (QKeySequence("Ctrl+Right"), lambda: self.step_day(1)),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(scope)
            shortcut.activated.connect(slot)

    @property
    def item_rows(self) -> list[ChoiceRow]:
        return self.view.item_rows

    @property
    def extra_rows(self) -> list[ChoiceRow]:
        return self.view.extra_rows

    def _toggle_extras(self, on: bool) -> None:
        keys = [k for k, _ in scales.EXTRA_SYMPTOMS] if on else []  # the setting keeps all
        settings.put(self.store, "extra_symptoms", keys)
        self.events.settings_changed.emit()

    # ---- days ---------------------------------------------------------------------
    def today(self) -> dt.date:
        return self.clock.today()

    def step_day(self, delta: int) -> None:
        if self.day is not None:
            self.open_day(self.day + dt.timedelta(days=delta))

    def open_day(self, day: dt.date) -> None:
        """Show the check-in for day: its draft if one is kept, else what is saved.

        Future days cannot be opened; they stay on today."""
        today = self.today()
        if day > today:
            if self.day == today:
                self.say(self.tr("Future days cannot be filled in yet."))
                return
            day = today
        if self.day is not None:
            self.flush_draft()
        self.day, self._opened_on = day, today
        self.saved = checkins.get(self.store, day)
        draft = self.draft.load(day)
        source = draft or (CheckInForm.from_checkin(self.saved) if self.saved else CheckInForm())
        try:
            self.instrument = scales.instrument(
                source.instrument or settings.get(self.store, "instrument")
            )
        except ValueError:  # an instrument this version does not know
            self.instrument = scales.SOWS_INSTRUMENT
        # Extra symptoms the scale already rates are not offered (Gossop's trouble sleeping).
        offered = [k for k, _ in scales.extra_symptoms_for(self.instrument.key)]
        extras = [k for k in settings.get(self.store, "extra_symptoms") if k in offered]
        for key in source.extras:
            if key not in extras and key in dict(scales.EXTRA_SYMPTOMS):
                extras.append(key)  # never hide a score already given
        self._loading = True
        try:
            self.extras_toggle.blockSignals(True)
            self.extras_toggle.setChecked(bool(settings.get(self.store, "extra_symptoms")))
            self.extras_toggle.blockSignals(False)
            self.view.show_rows(self.instrument, extras)
            self._set_form(source)
        finally:
            self._loading = False
        self.day_label.setText(self.view.day_text(day, today))
        self.next_button.setEnabled(day < today)
        self.today_button.setEnabled(day != today)
        self.message_label.clear()
        self.meds.show_day(day)
        self.refresh_context()
        self._update_total()
        self._update_status()
        if self.isVisible():
            self.focus_first_blank()

    def focus_first_blank(self) -> None:
        self.view.focus_first_blank()

    def ready_for_keys(self) -> bool:
        """The form is shown and an item row has the keyboard: a digit typed now answers."""
        return self.view.ready_for_keys()

    def reload(self) -> None:
        """Settings or data changed elsewhere: show the same day again, keeping typing."""
        self.flush_draft()
        self.day, day = None, self.day
        self.open_day(day or self.today())

    # ---- the form -----------------------------------------------------------------
    def form(self) -> CheckInForm:
        """Everything typed in the form (blank items absent)."""
        med = self.meds.typed()
        dose = self.dose_strip.typed()
        return CheckInForm(
            instrument=self.instrument.key,
            items={r.key: r.value for r in self.item_rows if r.value is not None},
            extras={r.key: r.value for r in self.extra_rows if r.value is not None},
            measures=self.measures.values(),
            note=self.note.toPlainText(),
            flag=self.flag.isChecked(),
            medication=TypedMedication(med["name"], med["amount"], med["unit"]),
            dose=TypedDose(dose["amount"], dose["time"]),
        )

    def form_state(self) -> dict:
        """The form as kept in the draft."""
        return self.form().to_dict()

    def _set_form(self, form: CheckInForm) -> None:
        for row in self.item_rows:
            row.set_value(form.items.get(row.key))
        for row in self.extra_rows:
            row.set_value(form.extras.get(row.key))
        self.measures.set_values(form.measures)
        self.note.blockSignals(True)
        self.note.setPlainText(form.note)
        self.note.blockSignals(False)
        self.flag.blockSignals(True)
        self.flag.setChecked(form.flag)
        self.flag.blockSignals(False)
        self.meds.set_typed(form.medication.to_dict())
        self.dose_strip.set_typed(form.dose.to_dict())

    def form_changed(self, *_args) -> None:
        if self._loading:
            return
        self.draft.changed()
        self._update_total()
        self._update_status()

    def flush_draft(self) -> None:
        """Write the pending change to the draft now (also on hide, close and day change)."""
        self.draft.flush()

    def collect(self) -> CheckIn:
        assert self.day is not None
        return self.form().to_checkin(self.day)

    def _update_total(self) -> None:
        items = {r.key: r.value for r in self.item_rows}
        self.view.footer.show_total(self.instrument, items, self._plan_kind == KRATOM)

    def _update_status(self) -> None:
        self.view.footer.show_status(
            self.saved, self.draft.unsaved, self.instrument, self.clock.now().date()
        )

    def discard_changes(self) -> None:
        """Drop this day's draft and show what is saved (or an empty form)."""
        if self.day is None:
            return
        self.draft.discard()
        day, self.day = self.day, None
        self.open_day(day)
        self.say(self.tr("Changes discarded."))

    def say(self, text: str) -> None:
        self.message_label.setText(text)

    # ---- saving -------------------------------------------------------------------
    def save(self) -> bool:
        """Make the form the day's check-in (one transaction); the draft goes with it."""
        if self.day is None:
            return False
        form = self.form()
        checkin = form.to_checkin(self.day)
        med = form.medication.on(self.day)
        meds = [med] if med is not None else []
        typed_dose = self.dose_strip.typed_dose()
        taken = [typed_dose] if typed_dose is not None else []
        if nothing_to_save(checkin, meds, taken):
            self.say(self.tr("Nothing to save yet: answer an item or write a note first."))
            return False
        # Save stores a typed dose too, so it asks the same question as Log.
        if typed_dose is not None and not self.dose_strip.confirm_amount(typed_dose.amount):
            return False
        self.draft.hold()
        try:
            checkins.save_from_form(self.store, checkin, draft_key(self.day), meds, taken)
        except ValidationError as exc:
            self.draft.keep()
            self.say(
                fill(
                    self.tr("Not saved: %1. What you typed is kept as a draft."),
                    validation_text(exc),
                )
            )
            return False
        self.saved = checkin
        self.draft.settled()
        if meds:
            self.meds.set_typed({})
            self.meds.show_day(self.day)
            self.events.records_changed.emit(self.day)
        if taken:
            self.dose_strip.set_typed({})
            self.events.doses_changed.emit(self.day)
        self._update_status()
        day = locale_format.day_month(self.day)
        if not checkin.rated:
            self.say(
                fill(
                    self.tr(
                        "Saved for %1 as a note: no symptoms rated, so it does not count as a "
                        "check-in."
                    ),
                    day,
                )
            )
        elif checkin.complete:
            self.say(fill(self.tr("Check-in for %1 saved."), day))
        else:
            self.say(fill(self.tr("Check-in for %1 saved as partial."), day))
        self.refresh_context()  # the hold suggestion and safety notes follow the saved totals
        self.events.checkin_saved.emit(self.day)
        return True

    # ---- plan and doses -----------------------------------------------
    def _draft_discarded(self, day) -> None:
        """The calendar threw this day's draft away: show what is saved again."""
        if day == self.day:
            self.draft.hold()
            self.day = None
            self.open_day(day)

    def _records_changed(self, day) -> None:
        """Other medications changed (perhaps in the calendar): show them at once."""
        if day == self.day:
            self.meds.show_day(day)

    def _doses_changed(self, day) -> None:
        if day == self.day:
            self.refresh_context()

    def refresh_context(self) -> None:
        """The dose strip and the hold banner, from the current plan."""
        if self.day is None:
            return
        plan = plans.current_plan(self.store)
        schedule = PlanSchedule(plan.revisions, plan.holds) if plan else None
        self.dose_strip.show_day(self.day, schedule, plan)
        self.banner.refresh(schedule)
        self._plan_kind = plan.substance.kind if plan else None
        self.extras_toggle.setToolTip(self.view.extras_tooltip(self.instrument, self._plan_kind))
        self.safety_notes.show_notes(day_notes(self.store, plan, self.saved, self.today()))
        self._update_total()
        self.view._fit_layout()
        self.view._fit_notices()

    # ---- Qt events --------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        today = self.today()
        if self.day is not None and (
            self.day > today
            or (today != self._opened_on and self.day == self._opened_on and not self.draft.unsaved)
        ):
            self.open_day(today)  # the app stayed open past the day boundary
        elif self.day is not None:
            self.day_label.setText(self.view.day_text(self.day, today))
            self.next_button.setEnabled(self.day < today)
        QTimer.singleShot(0, self._focus_if_nothing_focused)

    def _focus_if_nothing_focused(self) -> None:
        focused = self.focusWidget()
        if self.isVisible() and (focused is None or not self.isAncestorOf(focused)):
            self.focus_first_blank()

    def hideEvent(self, event) -> None:
        self.flush_draft()
        super().hideEvent(event)
