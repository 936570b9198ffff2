"""The main window's status bar: a passing message never runs under the data-file label.

Qt draws a message left of the permanent widgets and cuts it where they start. Here a
message that does not fit beside the label makes the label give way while it shows, and
one longer than the whole bar is shortened in the middle (…), the full text on hover;
currentMessage() still gives the whole message.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

# Qt's own margins around a message (6 px left, 12 right) and some air before a widget.
MESSAGE_MARGINS = 24


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.gives_way: QWidget | None = None  # the permanent label hidden for a long message
        self._hidden_for_message = False
        self._full = self._shown = ""
        self.messageChanged.connect(self._message_changed)

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        self._full, self._shown = text, self._fit(text)
        super().showMessage(self._shown, timeout)

    def currentMessage(self) -> str:
        shown = super().currentMessage()
        return self._full if shown and shown == self._shown else shown

    def _fit(self, text: str) -> str:
        """text as it can show: the label gives way if need be, then the middle is cut."""
        metrics = self.fontMetrics()
        needed = metrics.horizontalAdvance(text)
        label, beside = self.gives_way, 0
        if label is not None:
            beside = max(label.width(), label.sizeHint().width()) + 8
            if needed + MESSAGE_MARGINS + beside <= self.width():
                self._give_back()
            elif not label.isHidden():
                label.hide()
                self._hidden_for_message = True
        room = self.width() - MESSAGE_MARGINS
        if label is not None and not label.isHidden():
            room -= beside
        if needed <= room:
            self.setToolTip("")
            return text
        self.setToolTip(text)
        return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, max(room, 0))

    def _give_back(self) -> None:
        if self._hidden_for_message and self.gives_way is not None:
            self.gives_way.show()
        self._hidden_for_message = False

    def _message_changed(self, text: str) -> None:
        if not text:  # the message went: the label comes back
            self._full = self._shown = ""
            self.setToolTip("")
            self._give_back()
        elif text != self._shown:  # put there by Qt itself (a menu's status tip)
            self._full, self._shown = text, self._fit(text)
            if self._shown != text:
                super().showMessage(self._shown)


class FittingLabel(QLabel):
    """A permanent status-bar label (the data file) that gives up room to the notices
    beside it: shortened in the middle (…) when the bar is short (its owner puts the whole
    text in the tooltip)."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right()
        return QSize(width + 2, hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full[:8] + "…"), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideMiddle, max(self.contentsRect().width(), 0)
        )
        if shown != self.text():
            self.setText(shown)
