"""The taper calendar tab: the plan agreed with the provider, day by day, next to what
was taken; a month grid, the selected day in detail, and the plan's controls."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from taper_desktop.domain import safety
from taper_desktop.domain.clock import Clock, fixed
from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.models import Hold, Plan
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.domain.substances import MME_CAVEAT
from taper_desktop.domain.wording import fill
from taper_desktop.store import day_table, drafts, plans, records, settings
from taper_desktop.ui import calendar_words as words
from taper_desktop.ui import hold_dialog, locale_format, plan_dialog, plan_history
from taper_desktop.ui.day_panel import DayPanel
from taper_desktop.ui.month_view import MonthView
from taper_desktop.ui.plan_parts import days_text
from taper_desktop.ui.safety_notes import SafetyNotes
from taper_desktop.ui.translations import substance_text
from taper_desktop.ui.validation import validation_text


class _Page(QWidget):
    """The tab's page: as tall as the window, or its minimum when that is taller (the
    scroll area would otherwise size it by its wrapped labels' preferred height)."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.minimumHeightForWidth(width) if layout is not None else -1


class CalendarTab(QWidget):
    open_checkin = Signal(object)  # datetime.date: show that day's check-in

    def __init__(
        self, store, events, clock: Clock | None = None, parent=None, today: dt.date | None = None
    ):
        super().__init__(parent)
        self.store, self.events = store, events
        # The app's one clock; `today` stops it on a day (tests).
        self.clock = clock or (fixed(today) if today else settings.diary_clock(store))
        self.plan: Plan | None = None
        self.schedule: PlanSchedule | None = None

        # The page scrolls when the window is too small for a readable month (a small
        # screen with large text), rather than squeezing cells until numbers are cut.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        page = _Page()
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_scroll.setWidget(page)
        outer.addWidget(self.page_scroll)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addWidget(self._plan_bar())
        self.plan_message = QLabel()  # one line confirming a plan action (e.g. Resume)
        self.plan_message.setWordWrap(True)
        self.plan_message.setAccessibleName(self.tr("Plan message"))
        self.plan_message.setVisible(False)
        layout.addWidget(self.plan_message)
        layout.addLayout(self._nav_bar())

        self.month = MonthView(self.today)
        self.month.first_weekday = (QLocale().firstDayOfWeek().value - 1) % 7
        self.month.setAccessibleName(self.tr("Month calendar"))
        self.month.labels = words.month_labels()
        self.day_panel = DayPanel(store, events, self.clock)
        self.day_panel.open_checkin.connect(self.open_checkin)
        events.records_changed.connect(lambda _day: self.refresh_month())
        self.day_scroll = QScrollArea()
        self.day_scroll.setWidget(self.day_panel)
        self.day_scroll.setWidgetResizable(True)
        self.day_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.day_scroll.setMinimumWidth(340)
        self.day_scroll.setAccessibleName(self.tr("Day details"))
        self.day_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.month)
        self.splitter.addWidget(self.day_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([820, 400])
        layout.addWidget(self.splitter, 1)

        self.month.selected_changed.connect(self.day_panel.show_day)
        self.month.month_changed.connect(lambda *_: self.refresh_month())
        self.month.activated.connect(self._day_activated)
        events.doses_changed.connect(lambda _day: self.refresh())
        events.checkin_saved.connect(lambda _day: self.refresh())
        events.draft_discarded.connect(lambda _day: self.refresh_month())
        events.plan_changed.connect(self.refresh)
        events.data_replaced.connect(self.refresh)
        self.refresh()

    @property
    def today(self) -> dt.date:
        """The diary day now, from the app's clock."""
        return self.clock.today()

    # ---- building ------------------------------------------------------------------
    def _button(self, text: str, slot, name: str | None = None) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name or text.replace("&", "").replace("...", ""))
        button.clicked.connect(slot)
        return button

    def _plan_bar(self) -> QFrame:
        bar = QFrame()
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(bar)
        outer.setContentsMargins(10, 6, 10, 6)
        outer.setSpacing(6)
        h = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.plan_bar_layout = h
        h.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(h)
        # The tolerance note in the plan's last steps (domain/safety.py end_of_taper).
        self.plan_notes = SafetyNotes(self.store)
        outer.addWidget(self.plan_notes)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("Plan summary"))
        h.addWidget(self.summary, 1)
        self.plan_button = self._button(self.tr("Set up your &taper plan..."), self.edit_plan)
        self.hold_button = self._button(self.tr("Pa&use steps (hold)..."), self.toggle_hold)
        self.history_button = self._button(self.tr("Plan histor&y..."), self.show_history)
        self.plan_buttons = QHBoxLayout()
        for b in (self.plan_button, self.hold_button, self.history_button):
            self.plan_buttons.addWidget(b)
        h.addLayout(self.plan_buttons)
        return bar

    def resizeEvent(self, event) -> None:
        """Narrow window (large text, small screen): the plan's buttons go under its
        summary, and the legend leaves the month row for its tooltip."""
        super().resizeEvent(event)
        room = self.width() - 40
        wide = room >= 420 + self.plan_buttons.sizeHint().width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.plan_bar_layout.direction() != direction:
            self.plan_bar_layout.setDirection(direction)
        nav = sum(
            w.sizeHint().width()
            for w in (self.prev_button, self.month_label, self.next_button, self.today_button)
        )
        self.legend.setVisible(room - nav >= 360)
        # Month and day side by side where both fit, else the day under the month.
        # The day column is never narrower than its fields and buttons need (large text).
        panel = (
            self.day_panel.minimumSizeHint().width()
            + self.day_scroll.verticalScrollBar().sizeHint().width()
            + 4
        )
        self.day_scroll.setMinimumWidth(max(340, panel))
        side = room >= self.month.minimumSizeHint().width() + max(360, panel)
        orientation = Qt.Orientation.Horizontal if side else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            self.day_scroll.setMinimumHeight(0 if side else 380)
            if side:
                self.splitter.setSizes([820, 400])

    def _nav_bar(self) -> QHBoxLayout:
        h = QHBoxLayout()
        self.prev_button = self._button(
            self.tr("< Previous month"), lambda: self.month.move_months(-1)
        )
        self.next_button = self._button(self.tr("Next month >"), lambda: self.month.move_months(1))
        self.today_button = self._button(
            self.tr("T&oday"), lambda: self.month.set_selected(self.today), self.tr("Go to today")
        )
        self.month_label = QLabel()
        font = self.month_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.month_label.setFont(font)
        self.month_label.setAccessibleName(self.tr("Month shown"))
        # As wide as the widest month, so the buttons beside it stay put while paging.
        metrics = self.month_label.fontMetrics()
        self.month_label.setMinimumWidth(
            max(
                metrics.horizontalAdvance(locale_format.month_year(dt.date(2000, m, 1)))
                for m in range(1, 13)
            )
            + 8
        )
        legend, keys = words.legend_texts()
        self.legend = QLabel(legend)
        self.month_label.setToolTip(legend)
        self.legend.setToolTip(keys)
        self.legend.setWordWrap(True)
        legend_font = self.legend.font()
        legend_font.setPointSizeF(legend_font.pointSizeF() * 0.9)
        self.legend.setFont(legend_font)
        h.addWidget(self.prev_button)
        h.addWidget(self.month_label)
        h.addWidget(self.next_button)
        h.addWidget(self.today_button)
        h.addSpacing(12)
        h.addWidget(self.legend, 1)
        return h

    # ---- refreshing ------------------------------------------------------------------
    def refresh(self) -> None:
        self.month.today = self.today  # the app may have been open past the day boundary
        self.plan = plans.current_plan(self.store)
        self.schedule = PlanSchedule(self.plan.revisions, self.plan.holds) if self.plan else None
        self.day_panel.set_context(self.plan, self.schedule)
        self._refresh_summary()
        self.refresh_month()
        self.day_panel.show_day(self.month.selected)

    def _refresh_summary(self) -> None:
        plan, schedule = self.plan, self.schedule
        has_plan = plan is not None and schedule is not None
        self.plan_button.setText(
            self.tr("Change p&lan...") if has_plan else self.tr("Set up your &taper plan...")
        )
        self.plan_button.setAccessibleName(
            self.plan_button.text().replace("&", "").replace("...", "")
        )
        self.hold_button.setVisible(has_plan)
        self.history_button.setVisible(has_plan)
        end_note = (
            safety.end_of_taper_note(schedule, self.today, plan.substance.unit, plan.substance.kind)
            if plan is not None and schedule is not None
            else None
        )
        self.plan_notes.show_notes([end_note] if end_note else [])
        if plan is None or schedule is None:
            self.summary.setText(
                self.tr(
                    "<b>No taper plan yet.</b> Set up the plan you agreed with your provider "
                    "to see it here day by day. You can log doses on any day meanwhile."
                )
            )
            return
        current = self.current_hold()
        self.hold_button.setText(
            self.tr("Res&ume steps") if current else self.tr("Pa&use steps (hold)...")
        )
        self.hold_button.setAccessibleName(
            self.hold_button.text().replace("&", "").replace("...", "")
        )
        self.summary.setText(words.summary_text(plan, schedule, self.today, self.current_hold()))
        self.summary.setToolTip(substance_text(MME_CAVEAT) if plan.substance.mme_factor else "")

    def current_hold(self) -> Hold | None:
        """The hold in force today or open-ended, which Resume ends."""
        return words.held_now(self.plan, self.today)

    def refresh_month(self) -> None:
        month = self.month
        self.month_label.setText(locale_format.month_year(dt.date(month.year, month.month, 1)))
        days = month.visible_days()
        first, last = days[0], days[-1]
        rows = day_table.day_rows(self.store, first, last, self.schedule)
        visits: dict[dt.date, str] = {}
        for appt in records.appointments_between(self.store, first, last):
            visits.setdefault(appt.day, appt.time or self.tr("visit"))
        step_days = {d for d, _ in self.schedule.step_changes()[1:]} if self.schedule else set()
        draft_days = drafts.checkin_draft_days(self.store)
        cells = {
            row.day: words.day_cell(
                row,
                visits.get(row.day, ""),
                row.day in step_days,
                row.day in draft_days,
                self.today,
            )
            for row in rows
        }
        if self.plan is not None:  # the calendar marks the day a revision takes effect
            for revision in self.plan.revisions[1:]:
                cell = cells.get(revision.effective_date)
                if cell is not None:
                    cell.revision = True
                    cell.description += "; " + self.tr("a new plan revision takes effect")
        month.set_cells(cells)

    def showEvent(self, event) -> None:
        """Arriving on the tab puts the keyboard on the month, so arrows work at once."""
        super().showEvent(event)
        if self.month.today != self.today:  # open past the day boundary
            self.refresh()
        else:  # a check-in draft may have been typed or saved meanwhile: marks and panel
            QTimer.singleShot(0, self._refresh_drafts)
        focused = self.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.month.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh_drafts(self) -> None:
        self.refresh_month()
        self.day_panel.refresh()

    # ---- actions ------------------------------------------------------------------
    def _day_activated(self, day: dt.date) -> None:
        """Enter or a double-click: open the day, ready to log a dose."""
        self.day_panel.show_day(day)
        self.day_panel.focus_first()

    def edit_plan(self) -> None:
        choice = plan_dialog.ask(self, self.plan, self.today)
        if choice is None:
            return
        try:
            if self.plan is None:
                plans.create_plan(
                    self.store, choice.substance, choice.revision, name=choice.substance.name
                )
            else:
                plans.add_revision(self.store, _id(self.plan.id), choice.revision)
        except ValidationError as exc:  # the plan rules, as the dialog checked them
            QMessageBox.warning(self, self.tr("Plan not saved"), validation_text(exc))
            return
        self.events.plan_changed.emit()

    def say(self, text: str) -> None:
        self.plan_message.setText(text)
        self.plan_message.setVisible(bool(text))

    def toggle_hold(self) -> None:
        if self.plan is None:
            return
        current = self.current_hold()
        try:
            if current is not None:
                if current.start_day >= self.today:
                    # Nothing held yet: removing it is a cancellation, so ask first.
                    if not hold_dialog.ask_cancel_hold(self, current.start_day):
                        return
                    plans.withdraw_hold(
                        self.store, _id(current.id), self.today, plans.CANCELLED_UNUSED
                    )
                    message = fill(
                        self.tr(
                            "The hold from %1 was cancelled before any "
                            "day was held; the steps go on as planned."
                        ),
                        locale_format.date(current.start_day),
                    )
                else:
                    last = self.today - dt.timedelta(days=1)
                    plans.end_hold(self.store, _id(current.id), last)
                    days = (last - current.start_day).days + 1
                    message = fill(
                        self.tr(
                            "Steps resumed: held %1 to %2 (%3); later steps moved on by as many "
                            "days."
                        ),
                        locale_format.date(current.start_day),
                        locale_format.date(last),
                        days_text(days),
                    )
            else:
                hold = hold_dialog.ask(self, self.today)
                if hold is None:
                    return
                plans.add_hold(self.store, _id(self.plan.id), hold)
                message = fill(self.tr("Steps paused from %1."), locale_format.date(hold.start_day))
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Hold not saved"), validation_text(exc))
            return
        self.events.plan_changed.emit()
        self.say(message)

    def show_history(self) -> None:
        if self.plan is not None:
            plan_history.show(
                self, self.plan, self.store, self.today, self.events.plan_changed.emit
            )


def _id(row_id: int | None) -> int:
    """A stored plan's or hold's id (those the store loaded always have one)."""
    assert row_id is not None
    return row_id
