"""The charts tab."""

from PySide6.QtWidgets import QVBoxLayout, QWidget

from taper_desktop.ui.empty_state import EmptyState


class ChartsTab(QWidget):
    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyState(
            self.tr("No charts yet"),
            self.tr("Trends of your symptoms against your dose steps will show here once "
                    "you have a few days of check-ins.")))
