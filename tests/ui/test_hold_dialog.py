"""The hold dialog: its error goes away as soon as the dates are valid."""

import datetime as dt

from PySide6.QtCore import QDate


def test_the_hold_error_clears_once_the_dates_are_fixed(qtbot):
    from taper_desktop.ui.hold_dialog import HoldDialog

    dialog = HoldDialog(dt.date(2026, 6, 10))
    qtbot.addWidget(dialog)
    dialog.open_ended.setChecked(False)
    dialog.end.setDate(QDate(2026, 6, 5))
    dialog.accept()
    assert not dialog.error.isHidden()
    assert "cannot be before" in dialog.error.text()
    assert dialog.result() == 0

    dialog.end.setDate(QDate(2026, 6, 12))
    assert dialog.error.isHidden()
    assert dialog.error.text() == ""


def test_the_hold_error_clears_when_the_hold_becomes_open_ended(qtbot):
    from taper_desktop.ui.hold_dialog import HoldDialog

    dialog = HoldDialog(dt.date(2026, 6, 10))
    qtbot.addWidget(dialog)
    dialog.open_ended.setChecked(False)
    dialog.end.setDate(QDate(2026, 6, 1))
    dialog.accept()
    assert not dialog.error.isHidden()
    dialog.open_ended.setChecked(True)
    assert dialog.error.isHidden()


def test_correcting_a_hold_opens_the_hold_dialog_filled_in(qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from taper_desktop.domain.models import Hold
    from taper_desktop.ui import plan_history
    from taper_desktop.ui.hold_dialog import HoldDialog

    start = dt.date(2026, 11, 29)
    original = Hold(start, start + dt.timedelta(days=4), "flu")
    seen = {}

    def run(dialog):
        seen["ok"] = dialog.buttons.button(dialog.buttons.StandardButton.Ok).text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(HoldDialog, "exec", run)
    corrected = plan_history.ask_hold_correction(None, original)
    assert seen["ok"] == "Save the correction"
    assert (corrected.start_day, corrected.end_day, corrected.reason) == (
        start,
        start + dt.timedelta(days=4),
        "flu",
    )
