"""A quiet, dismissible banner inside the check-in tab (never a modal dialog)
suggesting the person consider discussing a hold with their provider."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

_STYLE = """
QFrame#holdBanner { background: palette(alternate-base); border: 1px solid palette(mid);
    border-radius: 6px; }
"""


class HoldBanner(QFrame):
    record_hold = Signal()
    dismissed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("holdBanner")
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(self.tr("Suggestion about a hold"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        texts = QVBoxLayout()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        texts.addWidget(self.text)
        texts.addWidget(self.detail)
        layout.addLayout(texts, 1)
        self.hold_button = QPushButton(self.tr("&Record a hold from today"))
        self.hold_button.setAccessibleName(self.tr("Record a hold from today"))
        self.hold_button.setToolTip(self.tr(
            "Pauses the steps from today until you end the hold; later steps move on by "
            "the days held. Plan to confirm with your provider."))
        self.hold_button.clicked.connect(self.record_hold)
        self.dismiss_button = QPushButton(self.tr("Not now"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss this suggestion"))
        self.dismiss_button.clicked.connect(self.dismissed)
        layout.addWidget(self.hold_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def show_check(self, check, unit_note: str) -> None:
        self.text.setText(self.tr(
            "<b>Your symptoms are higher than before the step on %s.</b> Plans often pause "
            "at a point like this. Consider discussing a hold with your provider.")
            % check.step_day.strftime("%d %b"))
        self.detail.setText(unit_note)
        self.show()
