"""A check box whose words wrap: a QCheckBox draws its text on one line, which set the
narrowest the other measures' column could be at large text in a longer language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class _Words(QLabel):
    """The box's words: a click on them ticks the box, as on a check box's own text."""

    def mouseReleaseEvent(self, event) -> None:
        buddy = self.buddy()
        if event.button() == Qt.MouseButton.LeftButton and isinstance(buddy, QCheckBox):
            buddy.click()
            buddy.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mouseReleaseEvent(event)


class CheckLine(QWidget):
    """box: the check box (it takes the keyboard and carries the accessible name); its
    words are a wrapping label whose Alt+letter ticks it."""

    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.box = QCheckBox()
        self.box.setAccessibleName(name)
        self.words = _Words(text)
        self.words.setWordWrap(True)
        self.words.setBuddy(self.box)  # Alt+letter clicks a check box buddy
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.words, 1)
