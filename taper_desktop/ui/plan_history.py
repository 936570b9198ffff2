"""Every revision of the plan and every hold, oldest first: nothing is overwritten.

A revision or a hold entered wrongly is corrected or withdrawn here. The original stays in
the list, marked "withdrawn on DATE (entered in error)"; a correction is checked by every
plan rule (store.plans, domain.plan_rules), as a new revision or hold would be.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from taper_desktop.domain import plan_rules
from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.formatting import format_amount
from taper_desktop.domain.models import Hold, Plan, PlanRevision
from taper_desktop.domain.plan_rules import CUSTOM, PERCENT
from taper_desktop.domain.wording import fill
from taper_desktop.ui import locale_format
from taper_desktop.ui.fitted_table import FittedTable
from taper_desktop.ui.plan_corrections import ask_hold_correction as ask_hold_correction
from taper_desktop.ui.plan_corrections import ask_revision_correction as ask_revision_correction
from taper_desktop.ui.plan_corrections import ask_withdraw as ask_withdraw
from taper_desktop.ui.plan_corrections import fill_plan_dialog as fill_plan_dialog  # callers' name
from taper_desktop.ui.plan_rule_text import increase_text
from taper_desktop.ui.sizing import resize_within_screen
from taper_desktop.ui.translations import substance_name, tr
from taper_desktop.ui.validation import validation_text


def rule_text(revision: PlanRevision, unit: str) -> str:
    """A one-line description of a revision's rule."""
    if revision.rule == CUSTOM:
        return tr("custom: %n dated step(s)", None, len(revision.custom_steps))
    step = (
        f"{locale_format.decimal(format_amount(revision.step or 0))}%"
        if revision.rule == PERCENT
        else locale_format.dose(revision.step or 0, unit)
    )
    return fill(
        tr("%1 every %n day(s), rounded to %2", None, revision.interval_days or 0),
        step,
        locale_format.dose(revision.resolution, unit),
    )


class PlanHistoryDialog(QDialog):
    """The history; with a store it also corrects and withdraws (read-only without)."""

    def __init__(
        self,
        plan: Plan,
        parent=None,
        store=None,
        today: dt.date | None = None,
        changed: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self.plan, self.store = plan, store
        self.today: dt.date = today or dt.date.today()  # the diary day, from the caller
        self.changed = changed or (lambda: None)
        self.setWindowTitle(self.tr("Plan history"))
        layout = QVBoxLayout(self)
        if store is not None:
            hint = QLabel(
                self.tr(
                    "Entered something wrongly? Select the revision or hold, then correct or "
                    "withdraw it. Nothing is erased: the original stays here, marked as "
                    "withdrawn."
                )
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(
            QLabel(fill(self.tr("Revisions of the plan (%1)"), substance_name(plan.substance.name)))
        )
        self.revisions = self._table(
            [
                self.tr("In force from"),
                self.tr("Start dose"),
                self.tr("Rule"),
                self.tr("Target"),
                self.tr("Reason"),
                self.tr("Agreed with"),
                self.tr("Dose increase"),
                self.tr("Saved"),
                self.tr("Status"),
            ],
            wrapped=(2, 4, 5, 6, 7, 8),  # rule, reason, agreed with, increase, saved, status
        )
        self.revisions.setAccessibleName(self.tr("Plan revisions"))
        layout.addWidget(self.revisions, 3)
        self.revision_buttons = self._buttons(
            layout,
            self.tr("Correct revision..."),
            self.correct_revision,
            self.tr("Withdraw revision..."),
            self.withdraw_revision,
        )
        layout.addWidget(QLabel(self.tr("Holds (steps paused)")))
        self.holds = self._table(
            [
                self.tr("First held day"),
                self.tr("Last held day"),
                self.tr("Days"),
                self.tr("Reason"),
                self.tr("Status"),
            ],
            wrapped=(3, 4),  # reason, status
        )
        self.holds.setAccessibleName(self.tr("Holds"))
        layout.addWidget(self.holds, 2)
        self.hold_buttons = self._buttons(
            layout,
            self.tr("Correct hold..."),
            self.correct_hold,
            self.tr("Withdraw hold..."),
            self.withdraw_hold,
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self._fill()
        # Wide enough for every column on one line, as far as the screen allows; on a
        # smaller screen the text columns wrap and nothing runs off the right edge.
        needed = max(
            t.natural_width() + 2 * t.frameWidth() + t.verticalScrollBar().sizeHint().width()
            for t in (self.revisions, self.holds)
        )
        margins = layout.contentsMargins()
        resize_within_screen(self, max(860, needed + margins.left() + margins.right()), 600)

    # ---- building ------------------------------------------------------------------
    def _table(self, headers: list[str], wrapped: tuple[int, ...]) -> FittedTable:
        """A table whose text columns (wrapped) wrap so that every column stays in view."""
        table = FittedTable(headers, wrapped)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.itemSelectionChanged.connect(self._update_buttons)
        return table

    def _buttons(self, layout, correct: str, on_correct, withdraw: str, on_withdraw):
        row = QHBoxLayout()
        made = []
        for text, slot in ((correct, on_correct), (withdraw, on_withdraw)):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("...", ""))
            button.clicked.connect(slot)
            row.addWidget(button)
            made.append(button)
        row.addStretch(1)
        layout.addLayout(row)
        for button in made:
            button.setVisible(self.store is not None)
        return made

    def _status(self, item: PlanRevision | Hold) -> str:
        if item.withdrawn_on is None:
            if isinstance(item, PlanRevision):  # a later revision ends this one's days
                later = [
                    r.effective_date
                    for r in self.plan.revisions
                    if r.effective_date > item.effective_date
                ]
                if later:
                    return fill(
                        self.tr("in force until %1, then replaced"),
                        locale_format.date(min(later) - dt.timedelta(days=1)),
                    )
            return self.tr("in force")
        from taper_desktop.store.plans import ENTERED_IN_ERROR

        reason = item.withdrawn_reason
        return fill(
            self.tr("withdrawn on %1 (%2)"),
            locale_format.date(item.withdrawn_on),
            self.tr("entered in error") if reason == ENTERED_IN_ERROR else reason,
        )

    def _fill(self) -> None:
        plan, unit = self.plan, self.plan.substance.unit
        self.revision_rows = sorted(
            plan.revisions + plan.withdrawn_revisions,
            key=lambda r: (r.effective_date, r.created_at, r.id or 0),
        )
        self.revisions.setRowCount(0)
        try:  # what each revision in force raised, and who agreed it (domain/plan_rules.py)
            rises = {id(r.revision): r.rises for r in plan_rules.review_plan(plan)}
        except ValueError:
            rises = {}
        for r in self.revision_rows:
            increase = "; ".join(
                increase_text(day, before, to, unit, r.increase_agreed_with, r.increase_agreed_on)
                for day, before, to in rises.get(id(r), [])
            ) or self.tr("none")
            self._add(
                self.revisions,
                [
                    locale_format.date(r.effective_date),
                    locale_format.dose(r.start_dose, unit),
                    rule_text(r, unit),
                    locale_format.dose(r.target, unit),
                    r.reason,
                    r.agreed_by,
                    increase,
                    locale_format.stamp(r.created_at),
                    self._status(r),
                ],
                r.withdrawn_on,
            )
        self.hold_rows = sorted(
            plan.holds + plan.withdrawn_holds, key=lambda h: (h.start_day, h.id or 0)
        )
        self.holds.setRowCount(0)
        for h in self.hold_rows:
            self._add(
                self.holds,
                [
                    locale_format.date(h.start_day),
                    locale_format.date(h.end_day) if h.end_day else self.tr("until resumed"),
                    str(h.length()) if h.length() else "",
                    h.reason,
                    self._status(h),
                ],
                h.withdrawn_on,
            )
        if not self.hold_rows:
            self._add(self.holds, [self.tr("No holds"), "", "", "", ""], None)
        for table in (self.revisions, self.holds):
            table.fit_columns()
        self._update_buttons()

    def _add(self, table: QTableWidget, cells: list[str], withdrawn) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for col, value in enumerate(cells):
            item = QTableWidgetItem(value)
            if withdrawn is not None:  # kept, visibly not part of the plan any more
                font = QFont(item.font())
                font.setItalic(True)
                font.setStrikeOut(col < len(cells) - 1)
                item.setFont(font)
                item.setForeground(self.palette().placeholderText())
            table.setItem(row, col, item)

    # ---- choosing -------------------------------------------------------------------
    def _chosen(self, table: QTableWidget, rows: list):
        index = table.currentRow()
        if not 0 <= index < len(rows) or not table.selectionModel().hasSelection():
            return None
        chosen = rows[index]
        return chosen if chosen.withdrawn_on is None else None

    def _update_buttons(self) -> None:
        revision = self._chosen(self.revisions, self.revision_rows)
        for button in self.revision_buttons:
            button.setEnabled(revision is not None)
        hold = self._chosen(self.holds, self.hold_rows)
        for button in self.hold_buttons:
            button.setEnabled(hold is not None)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _reload(self, text: str) -> None:
        from taper_desktop.store import plans

        assert self.plan.id is not None  # a stored plan
        self.plan = plans.load_plan(self.store, self.plan.id)
        self._fill()
        self.say(text)
        self.changed()

    # ---- corrections -----------------------------------------------------------------
    def correct_revision(self) -> None:
        from taper_desktop.store import plans

        original = self._chosen(self.revisions, self.revision_rows)
        if original is None:
            return
        others = [r for r in self.plan.revisions if r.id != original.id]
        corrected = ask_revision_correction(
            self,
            Plan(self.plan.substance, others, self.plan.holds, self.plan.name, self.plan.id),
            original,
            self.today,
        )
        if corrected is None:
            return
        try:
            plans.correct_revision(self.store, original.id, corrected, self.today)
        except ValidationError as exc:
            self.say(
                fill(self.tr("Not corrected: %1. The revision is unchanged."), validation_text(exc))
            )
            return
        self._reload(
            fill(
                self.tr("Corrected. The revision from %1 is kept in the list as withdrawn on %2."),
                locale_format.date(original.effective_date),
                locale_format.date(self.today),
            )
        )

    def withdraw_revision(self) -> None:
        from taper_desktop.store import plans

        original = self._chosen(self.revisions, self.revision_rows)
        if original is None or not ask_withdraw(
            self,
            fill(
                self.tr("the revision in force from %1"),
                locale_format.date(original.effective_date),
            ),
        ):
            return
        try:
            plans.withdraw_revision(self.store, original.id, self.today)
        except ValidationError as exc:
            self.say(fill(self.tr("Not withdrawn: %1."), validation_text(exc)))
            return
        self._reload(self.tr("Withdrawn; it stays in the list, marked."))

    def correct_hold(self) -> None:
        from taper_desktop.store import plans

        original = self._chosen(self.holds, self.hold_rows)
        if original is None:
            return
        corrected = ask_hold_correction(self, original)
        if corrected is None:
            return
        try:
            plans.correct_hold(self.store, original.id, corrected, self.today)
        except ValidationError as exc:
            self.say(
                fill(self.tr("Not corrected: %1. The hold is unchanged."), validation_text(exc))
            )
            return
        self._reload(
            fill(
                self.tr("Corrected. The hold from %1 is kept in the list as withdrawn on %2."),
                locale_format.date(original.start_day),
                locale_format.date(self.today),
            )
        )

    def withdraw_hold(self) -> None:
        from taper_desktop.store import plans

        original = self._chosen(self.holds, self.hold_rows)
        if original is None or not ask_withdraw(
            self, fill(self.tr("the hold from %1"), locale_format.date(original.start_day))
        ):
            return
        try:
            plans.withdraw_hold(self.store, original.id, self.today)
        except ValidationError as exc:
            self.say(fill(self.tr("Not withdrawn: %1."), validation_text(exc)))
            return
        self._reload(self.tr("Withdrawn; it stays in the list, marked."))


# ---- the questions (tests replace these) -------------------------------------------------
def show(
    parent,
    plan: Plan,
    store=None,
    today: dt.date | None = None,
    changed: Callable[[], None] | None = None,
) -> None:
    dialog = PlanHistoryDialog(plan, parent, store, today, changed)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
