"""Every revision of the plan and every hold, oldest first: nothing is overwritten."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from taper_desktop.domain import plan_rules
from taper_desktop.domain.formatting import format_amount, format_dose
from taper_desktop.domain.models import Plan, PlanRevision
from taper_desktop.domain.schedule import CUSTOM, PERCENT
from taper_desktop.ui.plan_rule_text import increase_text
from taper_desktop.ui.sizing import resize_within_screen


def rule_text(revision: PlanRevision, unit: str, tr=lambda s: s) -> str:
    """A one-line description of a revision's rule."""
    if revision.rule == CUSTOM:
        return tr("custom: %d dated steps") % len(revision.custom_steps)
    step = (f"{format_amount(revision.step)}%" if revision.rule == PERCENT
            else format_dose(revision.step, unit))
    return tr("%s every %d days, rounded to %s") % (step, revision.interval_days,
                                                   format_dose(revision.resolution, unit))


class PlanHistoryDialog(QDialog):
    def __init__(self, plan: Plan, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan history"))
        unit = plan.substance.unit
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Revisions of the plan (%s)") % plan.substance.name))
        self.revisions = self._table([
            self.tr("In force from"), self.tr("Start dose"), self.tr("Rule"), self.tr("Target"),
            self.tr("Reason"), self.tr("Agreed with"), self.tr("Dose increase"),
            self.tr("Saved")])
        self.revisions.setAccessibleName(self.tr("Plan revisions"))
        try:
            rises = {id(r.revision): r.rises for r in plan_rules.review_plan(plan)}
        except ValueError:
            rises = {}
        for r in plan.revisions:
            increase = "; ".join(increase_text(day, before, to, unit, r.increase_agreed_with,
                                               r.increase_agreed_on)
                                 for day, before, to in rises.get(id(r), [])) \
                or self.tr("none")
            self._add(self.revisions, [
                r.effective_date.isoformat(), format_dose(r.start_dose, unit),
                rule_text(r, unit, self.tr), format_dose(r.target, unit), r.reason,
                r.agreed_by, increase, r.created_at[:16].replace("T", " ")])
        layout.addWidget(self.revisions, 3)
        layout.addWidget(QLabel(self.tr("Holds (steps paused)")))
        self.holds = self._table([self.tr("First held day"), self.tr("Last held day"),
                                  self.tr("Days"), self.tr("Reason")])
        self.holds.setAccessibleName(self.tr("Holds"))
        for h in plan.holds:
            self._add(self.holds, [
                h.start_day.isoformat(),
                h.end_day.isoformat() if h.end_day else self.tr("until resumed"),
                str(h.length()) if h.length() else "", h.reason])
        if not plan.holds:
            self._add(self.holds, [self.tr("No holds"), "", "", ""])
        layout.addWidget(self.holds, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        # Wide enough for every column (a long reason or the saved time is never cut short),
        # as far as the screen allows.
        needed = max(t.horizontalHeader().length() + 2 * t.frameWidth()
                     + t.verticalScrollBar().sizeHint().width()
                     for t in (self.revisions, self.holds))
        margins = layout.contentsMargins()
        resize_within_screen(self, max(860, needed + margins.left() + margins.right()), 460)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _add(self, table: QTableWidget, cells: list[str]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for col, value in enumerate(cells):
            table.setItem(row, col, QTableWidgetItem(value))


def show(parent, plan: Plan) -> None:
    dialog = PlanHistoryDialog(plan, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
