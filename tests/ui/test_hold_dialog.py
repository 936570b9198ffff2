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
