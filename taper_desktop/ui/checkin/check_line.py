"""A check box whose words wrap: a QCheckBox draws its text on one line, which set the
narrowest the other measures' column could be at large text in a longer language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
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
        layout.setContentsMargins(3, 2, 3, 2)  # room for the focus frame
        layout.setSpacing(4)
        self.box = QCheckBox()
        self.box.setAccessibleName(name)
        self.words = _Words(text)
        self.words.setWordWrap(True)
        self.words.setBuddy(self.box)  # Alt+letter clicks a check box buddy
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.words, 1)
        self.box.installEventFilter(self)
        self._level()

    def _level(self) -> None:
        """The box level with the words' first line."""
        line = self.words.fontMetrics().height()
        self.box.setFixedHeight(max(line, self.box.minimumSizeHint().height()))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.box and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()
        return super().eventFilter(watched, event)

    def paintEvent(self, event) -> None:
        """With the keyboard on the box, a frame round box and words, as on the scale's
        rows: a check box's own mark is small at any text size."""
        super().paintEvent(event)
        if self.box.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1.5))
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size setting
            self._level()
