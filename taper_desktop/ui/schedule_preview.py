"""The plan editor's right side: the proposed schedule as a table and a chart, the
projected end, and notes on rounding's big cuts, the last dose and the pace."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taper_desktop.domain import plan_rules
from taper_desktop.domain.formatting import MME_ROUNDING
from taper_desktop.domain.models import Hold, PlanRevision
from taper_desktop.domain.plan_rules import PERCENT, Cut
from taper_desktop.domain.schedule import PlanSchedule, ScheduleRow
from taper_desktop.domain.substances import MME_CAVEAT
from taper_desktop.domain.wording import fill
from taper_desktop.ui import locale_format
from taper_desktop.ui.plan_parts import days_text, fmt, note_label
from taper_desktop.ui.schedule_model import ScheduleModel
from taper_desktop.ui.translations import substance_text

if TYPE_CHECKING:
    import pyqtgraph as pg

MAX_PREVIEW_ROWS = 400


class SchedulePreview(QWidget):
    """Shows a revision's schedule (show_schedule) or says what is missing (show_nothing)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        v = QVBoxLayout(self)
        v.setContentsMargins(6, 0, 0, 0)
        title = QLabel(self.tr("Proposed schedule: a plan to confirm with your provider"))
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        v.addWidget(title)
        self.end_label = QLabel()
        self.end_label.setWordWrap(True)
        self.end_label.setAccessibleName(self.tr("Projected end date"))
        v.addWidget(self.end_label)
        self.model = ScheduleModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Schedule preview"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Every column as wide as its text (dates and "Dose (capsules)" are never cut);
        # the last one takes what is left.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        v.addWidget(self.table, 3)
        self.cut_note = note_label()
        self.cut_note.setAccessibleName(self.tr("Steps made larger by rounding"))
        v.addWidget(self.cut_note)
        self.last_note = note_label()
        self.last_note.setAccessibleName(self.tr("How long the last dose lasts"))
        v.addWidget(self.last_note)
        self.pace_note = note_label()
        self.pace_note.setAccessibleName(self.tr("Pace of the schedule"))
        self.pace_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.addWidget(self.pace_note)
        import pyqtgraph as pg  # on use: loading pyqtgraph would slow the app's start

        from taper_desktop.ui.charts.common import ValueAxis

        self.chart: pg.PlotWidget = pg.PlotWidget(
            axisItems={"bottom": pg.DateAxisItem(orientation="bottom"), "left": ValueAxis()}
        )
        self.chart.setBackground(self.palette().color(self.backgroundRole()))
        self.chart.setMenuEnabled(False)
        self.chart.setMouseEnabled(False, False)
        self.chart.hideButtons()
        self.chart.setMinimumHeight(130)
        self.chart.setAccessibleName(self.tr("Schedule chart"))
        v.addWidget(self.chart, 2)
        self.mme_note = note_label()
        self.mme_note.setText(substance_text(MME_CAVEAT) + " " + self.tr(MME_ROUNDING))
        v.addWidget(self.mme_note)

    def show_nothing(self, unit: str, mme_factor: float | None) -> None:
        """The fields are not complete yet: an empty table that says so."""
        self.model.clear(unit, mme_factor)
        self.mme_note.setVisible(mme_factor is not None)
        for note in (self.cut_note, self.last_note, self.pace_note):
            note.setVisible(False)
        self.chart.setVisible(False)
        self.chart.clear()
        self.end_label.setText(
            self.tr("The schedule appears here once the fields marked on the left are complete.")
        )
        self._fit()

    def show_schedule(
        self, revision: PlanRevision, holds: list[Hold], unit: str, mme_factor: float | None
    ) -> None:
        """The schedule of a revision, with the holds still open or to come."""
        holds = [h for h in holds if h.end_day is None or h.end_day >= revision.effective_date]
        schedule = PlanSchedule([revision], holds)
        rows = schedule.rows()[:MAX_PREVIEW_ROWS]
        big = (
            {c.index: c for c in plan_rules.big_cuts([r.dose for r in rows], revision.step)}
            if revision.rule == PERCENT and revision.step is not None
            else {}
        )
        self.model.show_schedule(rows, revision, unit, mme_factor, big)
        self.mme_note.setVisible(mme_factor is not None)
        for note in (self.cut_note, self.last_note, self.pace_note):
            note.setVisible(False)
        self.chart.setVisible(True)
        end = schedule.projected_end()
        if end is not None:
            weeks = (end - revision.effective_date).days / 7
            self.end_label.setText(
                fill(
                    self.tr("Projected end: %1 (about %2 weeks), if every step goes as planned."),
                    locale_format.date(end),
                    fmt(round(weeks, 1)),
                )
            )
        elif any(h.end_day is None for h in holds):
            self.end_label.setText(
                self.tr("Steps are paused by an open hold; the end date moves once you resume.")
            )
        else:
            self.end_label.setText(self.tr("These steps do not reach the target dose."))
        self._explain(rows, revision, unit, big, end)
        self._fit()
        self._draw(rows, unit)

    def _explain(
        self,
        rows: list[ScheduleRow],
        revision: PlanRevision,
        unit: str,
        big: dict[int, Cut],
        end: dt.date | None,
    ) -> None:
        """The notes under the table: rounding's big cuts, the last dose, the pace."""
        if big:
            cuts = ", ".join(
                f"{locale_format.date(rows[i].day)} ({c.percent:.0f}%)"
                for i, c in sorted(big.items())
            )
            self.cut_note.setText(
                fill(
                    self.tr("\u25b2 Rounding to %1 makes these steps cut more than twice %2%: %3."),
                    locale_format.dose(revision.resolution, unit),
                    fmt(revision.step or 0),
                    cuts,
                )
            )
            self.cut_note.setVisible(True)
        last = rows[-2] if len(rows) >= 2 else None
        if end is not None and last is not None and last.days is not None:
            text = (
                self.tr("The last dose before the stop, %1, lasts %2.")
                if revision.target <= 0
                else self.tr("The last dose before the target, %1, lasts %2.")
            )
            self.last_note.setText(
                fill(
                    text,
                    locale_format.dose(last.dose, unit),
                    days_text(last.days),
                )
            )
            self.last_note.setVisible(True)
        if end is not None and len(rows) >= 2:
            pace = plan_rules.weekly_pace(
                rows[0].dose, rows[-1].dose, (rows[-1].day - rows[0].day).days
            )
            if pace is not None:
                text = fill(
                    self.tr("Average cut: %1% of the start dose per week."),
                    locale_format.decimal(f"{pace:.1f}"),
                )
                if plan_rules.pace_is_fast(pace):
                    text += " " + self.tr(
                        "That is faster than 10% per week. The CDC 2022 opioid guideline "
                        "(Recommendation 5) calls 10% per week a faster option for people "
                        "who have used opioids for weeks to months, and says 10% per month "
                        "is better tolerated after a year or more. Consider discussing the "
                        "pace with your provider."
                    )
                self.pace_note.setText(text)
                self.pace_note.setVisible(True)

    def _fit(self) -> None:
        """The preview side is at least as wide as the table's columns: nothing clipped."""
        table = self.table
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        columns = sum(
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(self.model.columnCount())
        )  # what the texts need, not the stretched width shown now
        width = columns + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width() + 8
        table.setMinimumWidth(min(width, 520))

    def _draw(self, rows: list[ScheduleRow], unit: str) -> None:
        self.chart.clear()
        if not rows:
            return
        xs, ys = [], []
        for row in rows:
            xs.append(dt.datetime.combine(row.day, dt.time(12)).timestamp())
            ys.append(row.dose)
        last = rows[-1].day + dt.timedelta(days=max(7, rows[-1].days or 7))
        xs.append(dt.datetime.combine(last, dt.time(12)).timestamp())
        colour = self.palette().color(self.palette().ColorRole.Highlight)
        # xs are the edges of each dose's span, so one more x than y.
        import pyqtgraph as pg

        self.chart.plot(xs, ys, stepMode="center", pen=pg.mkPen(colour, width=2))
        self.chart.setLabel("left", locale_format.unit(unit))
