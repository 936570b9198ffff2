"""Signals that tell the tabs the data changed, so each redraws without a restart."""

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    checkin_saved = Signal(object)  # datetime.date of the check-in
    doses_changed = Signal(object)  # datetime.date whose doses changed
    records_changed = Signal(object)  # datetime.date whose other medications or appointments
    #                                   changed (added or removed in the check-in or calendar)
    draft_discarded = Signal(object)  # datetime.date whose unsaved check-in was thrown away
    plan_changed = Signal()  # a plan, revision or hold was added or changed
    data_replaced = Signal()  # an import or a restore replaced data wholesale
    settings_changed = Signal()
