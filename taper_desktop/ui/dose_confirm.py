"""The question before storing an amount far above the day's plan (domain.dose_rules).

Both the check-in's dose strip and the calendar's day panel ask through ask_large_dose,
the one place that opens this dialog, so tests replace it with monkeypatch."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from taper_desktop.domain import dose_rules
from taper_desktop.domain.wording import fill
from taper_desktop.ui import locale_format


def confirmed(
    parent, amount: float, planned: float | None, unit: str, day: dt.date, today: dt.date
) -> bool:
    """True when the amount may be stored: it is within the rule, or the person said Yes."""
    if planned is None or not dose_rules.needs_confirmation(amount, planned):
        return True
    return ask_large_dose(parent, amount, planned, unit, day == today)


def ask_large_dose(parent, amount: float, planned: float, unit: str, is_today: bool) -> bool:
    """A calm question stating the numbers; the default is Go back. Tests replace this."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("DoseConfirm", text)

    text = (
        tr("%1 is more than twice today's planned %2. Store it as typed?")
        if is_today
        else tr("%1 is more than twice this day's planned %2. Store it as typed?")
    )
    text = fill(text, locale_format.dose(amount, unit), locale_format.dose(planned, unit))
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Store this dose?"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    store = box.addButton(tr("Store it"), QMessageBox.ButtonRole.YesRole)
    back = box.addButton(tr("Go back"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is store
