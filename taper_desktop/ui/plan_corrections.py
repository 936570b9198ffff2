"""Correcting or withdrawing a plan's revision or hold entered in error: the questions
the plan history asks, and the plan and hold editors filled with what is corrected."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
)

from taper_desktop.domain.models import Hold, Plan, PlanRevision
from taper_desktop.domain.wording import fill
from taper_desktop.ui import locale_format


def ask_withdraw(parent, what: str) -> bool:
    def tr(text: str) -> str:
        return QCoreApplication.translate("PlanHistoryDialog", text)

    answer = QMessageBox.question(
        parent,
        tr("Withdraw?"),
        fill(
            tr(
                "Withdraw %1 as entered in error? It leaves the schedule "
                "but stays in the history, marked as withdrawn today."
            ),
            what,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_revision_correction(
    parent, plan_without: Plan, original: PlanRevision, today: dt.date
) -> PlanRevision | None:
    """The plan editor filled with the revision to correct; the corrected revision."""
    from taper_desktop.ui.plan_dialog import PlanDialog

    dialog = PlanDialog(plan_without, today=today, parent=parent)
    try:
        fill_plan_dialog(dialog, original)
        return dialog.result_choice.revision if dialog.exec() and dialog.result_choice else None
    finally:
        dialog.deleteLater()


def fill_plan_dialog(dialog, revision: PlanRevision) -> None:
    """Put a revision's values in the plan editor, to correct them."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("PlanHistoryDialog", text)

    dialog.setWindowTitle(tr("Correct a revision entered in error"))
    usual = QCoreApplication.translate(
        "PlanDialog",
        "Saving adds a new revision. The current plan stays in the history and "
        "days before the date in force keep the schedule they had.",
    )
    for label in dialog.findChildren(QLabel):
        if label.text() == usual:  # the editor's note on saving, said for a correction
            label.setText(
                tr(
                    "Saving withdraws the revision shown (the history keeps it, "
                    "marked as entered in error) and puts this correction in its "
                    "place. Every plan rule applies to the correction."
                )
            )
    dialog.save_button.setText(tr("Save the correction"))
    dialog.save_button.setAccessibleName(tr("Save the correction"))
    day = revision.effective_date
    dialog.effective.setDate(QDate(day.year, day.month, day.day))
    dialog.rule.setCurrentIndex(dialog.rule.findData(revision.rule))
    dialog.start.setText(f"{revision.start_dose:.6g}")
    dialog.step.setText("" if revision.step is None else f"{revision.step:.6g}")
    dialog.interval.setText(str(revision.interval_days or 7))
    dialog.resolution.setText(f"{revision.resolution:.6g}")
    dialog.target.setText(f"{revision.target:.6g}")
    dialog.reason.setText(revision.reason)
    dialog.agreed_by.setText(revision.agreed_by)
    while dialog.custom_table.rowCount():
        dialog.custom_table.removeRow(0)
    for step in revision.custom_steps:
        dialog.add_custom_step(step.day, step.dose, step.increase_agreed)
    dialog.update_preview()


def ask_hold_correction(parent, original: Hold) -> Hold | None:
    """The hold dialog filled with the hold to correct; the corrected hold."""
    from taper_desktop.ui.hold_dialog import HoldDialog

    dialog = HoldDialog(original.start_day, parent)
    try:
        dialog.setWindowTitle(
            QCoreApplication.translate("PlanHistoryDialog", "Correct a hold entered in error")
        )
        dialog.open_ended.setChecked(original.end_day is None)
        if original.end_day is not None:
            dialog.end.setDate(locale_format.qdate(original.end_day))
        dialog.reason.setText(original.reason)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("PlanHistoryDialog", "Save the correction"))
        ok.setAccessibleName(ok.text())
        return dialog.hold() if dialog.exec() else None
    finally:
        dialog.deleteLater()
