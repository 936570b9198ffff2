"""The daily check-in tab."""

from PySide6.QtWidgets import QVBoxLayout, QWidget

from taper_desktop.ui.empty_state import EmptyState


class CheckInTab(QWidget):
    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyState(
            self.tr("Daily check-in"),
            self.tr("The daily symptom check-in (SOWS, 16 items, under a minute by keyboard) "
                    "arrives in a coming version.")))
