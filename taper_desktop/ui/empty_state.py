"""A calm, centred explanation shown where there is nothing to show yet."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, title: str, text: str, action: str | None = None, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        heading = QLabel(title)
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        body.setMaximumWidth(560)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        layout.addSpacing(8)
        # Centred by stretches, not by an alignment flag: an aligned word-wrapped label
        # gets its one-line size hint and loses every line after the first.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(body, 4)
        row.addStretch(1)
        layout.addLayout(row)
        self.button: QPushButton | None = None
        if action:
            self.button = QPushButton(action)
            self.button.setAccessibleName(action)
            layout.addSpacing(12)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.heading, self.body = heading, body
