"""The taper calendar tab: the plan agreed with the provider, day by day, next to what
was taken; a month grid, the selected day in detail, and the plan's controls."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
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

from taper_desktop.domain import plan_rules, safety
from taper_desktop.domain.clock import Clock, fixed
from taper_desktop.domain.formatting import format_mme
from taper_desktop.domain.models import Hold, Plan
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.domain.substances import MME_CAVEAT, mme_per_day
from taper_desktop.store import day_table, drafts, plans, records, settings
from taper_desktop.ui import hold_dialog, locale_format, plan_dialog, plan_history
from taper_desktop.ui.day_panel import DayPanel, fmt
from taper_desktop.ui.month_view import DayCell, MonthView
from taper_desktop.ui.plan_rule_text import increase_text, kept_problem_text
from taper_desktop.ui.safety_notes import SafetyNotes
from taper_desktop.ui.translations import scale_text, substance_text


class _Page(QWidget):
    """The tab's page: as tall as the window, or its minimum when that is taller (the
    scroll area would otherwise size it by its wrapped labels' preferred height)."""

    def heightForWidth(self, width: int) -> int:
        return self.layout().minimumHeightForWidth(width)


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
        self.month.labels = {
            "plan": self.tr("Plan"),
            "took": self.tr("Took"),
            "not_logged": self.tr("not logged"),
            "step": self.tr("Step"),
            "visit": self.tr("Visit"),
            "hold": self.tr("On hold"),
            "partial": self.tr("partial"),
            "today": self.tr("Today"),
            # one-letter forms for narrow cells (large text, small window)
            "plan_short": self.tr("P", "short for Plan in a narrow calendar cell"),
            "took_short": self.tr("T", "short for Took in a narrow calendar cell"),
            "step_short": self.tr("S", "short for Step in a narrow calendar cell"),
            "revision": self.tr("Plan change"),
            "revision_short": self.tr("P", "short for Plan change in a narrow calendar cell"),
            "visit_short": self.tr("V", "short for Visit in a narrow calendar cell"),
        }
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

        self.month.selected_changed.connect(self._day_selected)
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
        self.legend = QLabel(
            self.tr(
                "Dot: SOWS total and its conventional band (the stronger the dot, the higher). "
                "Keys: arrows, Page Up/Down, Enter."
            )
        )
        self.month_label.setToolTip(self.legend.text())
        self.legend.setToolTip(
            self.tr(
                "Arrows move a day or a week, Page Up/Down a month, Home today, Enter opens the "
                "day. SOWS-Gossop totals are named and have no bands. Small marks at the top "
                "right: a flag (flagged for your provider), a sheet (a note), a pencil (a "
                "check-in typed but not saved)."
            )
        )
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
        has_plan = self.plan is not None
        self.plan_button.setText(
            self.tr("Change p&lan...") if has_plan else self.tr("Set up your &taper plan...")
        )
        self.plan_button.setAccessibleName(
            self.plan_button.text().replace("&", "").replace("...", "")
        )
        self.hold_button.setVisible(has_plan)
        self.history_button.setVisible(has_plan)
        end_note = (
            safety.end_of_taper_note(
                self.schedule, self.today, self.plan.substance.unit, self.plan.substance.kind
            )
            if has_plan
            else None
        )
        self.plan_notes.show_notes([end_note] if end_note else [])
        if not has_plan:
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
        self.summary.setText(self.summary_text())
        self.summary.setToolTip(
            substance_text(MME_CAVEAT) if self.plan.substance.mme_factor else ""
        )

    def summary_text(self) -> str:
        plan, schedule, today = self.plan, self.schedule, self.today
        unit = plan.substance.unit
        parts = [f"<b>{plan.substance.name}</b>"]
        planned = schedule.planned(today)
        if planned is None:
            first = plan.revisions[0].effective_date
            parts.append(self.tr("starts %s.") % locale_format.date(first))
        else:
            text = self.tr("Today %s") % locale_format.dose(planned, unit)
            mme = mme_per_day(planned, plan.substance.mme_factor)
            if mme is not None:
                text += self.tr(" (%s MME/day*)") % locale_format.decimal(format_mme(mme))
            n = schedule.day_of_step(today)
            if schedule.is_held(today):
                text += self.tr(", steps paused")
            elif n is not None:
                text += self.tr(", day %d of this step") % n
            parts.append(text + ".")
            following = schedule.next_step(today)
            if following is not None:
                parts.append(
                    self.tr("Next step %s: %s.")
                    % (locale_format.date(following[0]), locale_format.dose(following[1], unit))
                )
        end = schedule.projected_end()
        if end is not None:
            parts.append(self.tr("Projected end %s.") % locale_format.date(end))
        elif self.current_hold() is not None:
            parts.append(self.tr("End date moves once you resume."))
        parts.append(self.tr("<i>A plan to confirm with your provider.</i>"))
        parts += self._plan_marks()
        if plan.substance.mme_factor:
            parts.append("<br><small>* " + substance_text(MME_CAVEAT) + "</small>")
        return " ".join(parts)

    def _plan_marks(self) -> list[str]:
        """What the plan rules say about the revision in force (domain/plan_rules.py): a
        rule it breaks (kept as stored, never changed behind the person's back) and an
        increase with who agreed it, or "agreement not recorded"."""
        plan, unit = self.plan, self.plan.substance.unit
        current = self.schedule.revision_for(self.today) or plan.revisions[0]
        try:
            review = next(r for r in plan_rules.review_plan(plan) if r.revision is current)
        except (StopIteration, ValueError):
            return []
        out = []
        for problem in review.problems:
            out.append(
                "<br>"
                + html.escape(kept_problem_text(problem, unit), quote=False)
                + " "
                + self.tr("Use Change plan to correct it.")
            )
        for day, before, to in review.rises:
            text = increase_text(
                day, before, to, unit, current.increase_agreed_with, current.increase_agreed_on
            )
            out.append("<br>" + html.escape(text[:1].upper() + text[1:], quote=False) + ".")
        return out

    def current_hold(self) -> Hold | None:
        """The hold in force today or open-ended, which Resume ends."""
        if self.plan is None:
            return None
        for hold in self.plan.holds:
            if hold.covers(self.today) or (hold.end_day is None):
                return hold
        return None

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
            row.day: self._cell(
                row, visits.get(row.day, ""), row.day in step_days, row.day in draft_days
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

    def _cell(self, row, visit: str, step: bool, draft: bool = False) -> DayCell:
        unit = row.unit
        # "not logged" only where a dose was expected: past days inside the plan.
        cell = DayCell(
            held=row.held,
            step=step,
            visit=visit,
            future=row.day > self.today or row.planned is None,
        )
        said = []
        if row.planned is not None:
            cell.planned = locale_format.dose(row.planned, unit)
            said.append(self.tr("planned %s") % cell.planned)
        if row.taken is not None:
            cell.taken = locale_format.dose(row.taken, unit)
            said.append(self.tr("took %s") % cell.taken)
            if row.planned is not None and row.taken > row.planned + 1e-9:
                cell.over_plan = f"+{fmt(round(row.taken - row.planned, 6))}"
        elif row.day <= self.today:
            said.append(self.tr("doses not logged"))
        if row.checkin is not None and not row.checkin.rated:
            said.append(self.tr("a note, no symptoms rated"))
        elif row.checkin is not None:
            scale = row.checkin.scale
            if row.checkin.total is None:
                cell.partial = True
                cell.withdrawal = self.tr("partial")
                said.append(self.tr("check-in partly answered"))
            elif scale.bands:  # SOWS: the total and its conventional band
                cell.withdrawal = str(row.checkin.total)
            else:  # SOWS-Gossop has no bands; name it so its totals are never mixed up
                cell.withdrawal = f"{row.checkin.instrument} {row.checkin.total}"
            if row.checkin.total is not None:
                band = scale.band(row.checkin.total)
                if band is not None:
                    cell.band = scale_text(band.name)
                    cell.band_level = [b.name for b in scale.bands].index(band.name)
                said.append(
                    self.tr("%s total %d%s")
                    % (
                        row.checkin.instrument,
                        row.checkin.total,
                        self.tr(", %s (conventional band)") % scale_text(band.name) if band else "",
                    )
                )
        if step:
            said.append(self.tr("the planned dose changes"))
        if row.held:
            said.append(self.tr("steps on hold"))
        if visit:
            said.append(self.tr("appointment %s") % visit)
        if row.checkin is not None:
            cell.flagged = row.checkin.flag_for_provider
            cell.note = bool(row.checkin.note.strip())
            if cell.flagged:
                said.append(self.tr("flagged for your provider"))
            if cell.note:
                said.append(self.tr("note: %s") % _excerpt(row.checkin.note))
        cell.draft = draft
        if draft:
            said.append(self.tr("a check-in draft not saved"))
        cell.description = "; ".join(said)
        return cell

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
    def _day_selected(self, day: dt.date) -> None:
        self.day_panel.show_day(day)

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
                plans.add_revision(self.store, self.plan.id, choice.revision)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Plan not saved"), str(exc))
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
                    if not ask_cancel_hold(self, current.start_day):
                        return
                    plans.withdraw_hold(self.store, current.id, self.today, plans.CANCELLED_UNUSED)
                    message = self.tr(
                        "The hold from %s was cancelled before any day was "
                        "held; the steps go on as planned."
                    ) % (locale_format.date(current.start_day))
                else:
                    last = self.today - dt.timedelta(days=1)
                    plans.end_hold(self.store, current.id, last)
                    days = (last - current.start_day).days + 1
                    message = self.tr(
                        "Steps resumed: held %s to %s (%s); later steps moved on by as many days."
                    ) % (
                        locale_format.date(current.start_day),
                        locale_format.date(last),
                        self.tr("1 day") if days == 1 else self.tr("%d days") % days,
                    )
            else:
                hold = hold_dialog.ask(self, self.today)
                if hold is None:
                    return
                plans.add_hold(self.store, self.plan.id, hold)
                message = self.tr("Steps paused from %s.") % locale_format.date(hold.start_day)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Hold not saved"), str(exc))
            return
        self.events.plan_changed.emit()
        self.say(message)

    def show_history(self) -> None:
        if self.plan is not None:
            plan_history.show(
                self, self.plan, self.store, self.today, self.events.plan_changed.emit
            )


def ask_cancel_hold(parent, start: dt.date) -> bool:
    """Resume on a hold's first day removes it: ask first. Tests replace this."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("CalendarTab", text)

    answer = QMessageBox.question(
        parent,
        tr("Cancel the hold?"),
        tr(
            "The hold from %s has not held any day yet. Cancel it? The steps then go on as "
            "planned; the plan history keeps it, marked as cancelled."
        )
        % locale_format.date(start),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _excerpt(note: str, limit: int = 80) -> str:
    """A note on one line, cut at a word for the tooltip (the day panel shows it all)."""
    text = " ".join(note.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"
