"""The taper calendar tab."""

from PySide6.QtWidgets import QVBoxLayout, QWidget

from taper_desktop.ui.empty_state import EmptyState


class CalendarTab(QWidget):
    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyState(
            self.tr("No taper plan yet"),
            self.tr("The plan you agreed with your provider will show here day by day, "
                    "with what you took. Setting up a plan arrives in a coming version.")))
