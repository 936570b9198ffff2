"""One scale item: its label and a row of choices showing the anchor words.

STYLE is set once on the form that holds the rows (one style sheet, not one per row).

The row itself takes the keyboard focus (the choice buttons are for the mouse):
a digit sets the score and moves on to the next row, Left/Right change the score,
Up/Down move between rows, Backspace or Delete make the item blank again. A blank
item is None, never 0.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy

STYLE = """
QFrame#choiceRow { border: 1px solid transparent; border-radius: 6px; }
QFrame#choiceRow[focused="true"] { border: 1px solid palette(highlight);
    background: palette(alternate-base); }
QFrame#choiceRow QPushButton { padding: 2px 8px; }
QFrame#choiceRow QPushButton:checked { background: palette(highlight);
    color: palette(highlighted-text); border: 1px solid palette(highlight);
    border-radius: 4px; }
"""


class ChoiceRow(QFrame):
    """A 0..max score for one item, blank until answered."""

    changed = Signal(object)  # the new score, or None for blank

    def __init__(self, key: str, label: str, anchors: tuple[str, ...], number: int | None = None,
                 parent=None):
        super().__init__(parent)
        self.key, self.anchors = key, anchors
        self.title = label
        self._value: int | None = None
        self.setObjectName("choiceRow")
        self.setProperty("focused", False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Rows grow a little when the screen is tall, so 16 items never feel crowded.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 1, 6, 1)
        layout.setSpacing(4)
        text = f"{number}. {label}" if number is not None else label
        self.label = QLabel(text)
        layout.addWidget(self.label)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # clicking the chosen score again makes it blank
        self.buttons: list[QPushButton] = []
        for score, anchor in enumerate(anchors):
            button = QPushButton(f"{score}  {anchor}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(f"{label}: {score} {anchor}")
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.group.addButton(button, score)
            self.buttons.append(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(self._clicked)
        self.setMaximumHeight(self.sizeHint().height() + 12)
        self._describe()

    # ---- value ----------------------------------------------------------------
    @property
    def value(self) -> int | None:
        return self._value

    def set_label_width(self, width: int) -> None:
        """Rows of one form share a label width so their choices line up."""
        self.label.setFixedWidth(width)

    def set_value(self, value: int | None, notify: bool = False) -> None:
        if value is not None and not 0 <= value < len(self.anchors):
            return
        self._value = value
        for score, button in enumerate(self.buttons):
            button.setChecked(score == value)
        self._describe()
        if notify:
            self.changed.emit(value)

    def _clicked(self, score: int) -> None:
        self.set_value(None if self._value == score else score, notify=True)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def _describe(self) -> None:
        state = (self.tr("blank") if self._value is None
                 else f"{self._value} {self.anchors[self._value]}")
        self.setAccessibleName(f"{self.label.text()}: {state}")
        self.setAccessibleDescription(self.tr(
            "Type 0 to %d to answer and move on; Backspace makes it blank")
            % (len(self.anchors) - 1))

    # ---- keyboard and focus -------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        key, mods = event.key(), event.modifiers()
        plain = not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if plain and Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            score = key - Qt.Key.Key_0
            if score < len(self.anchors):
                self.set_value(score, notify=True)
                self.focusNextChild()
            event.accept()
            return
        if plain and key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.set_value(None, notify=True)
        elif plain and key == Qt.Key.Key_Right:
            self.set_value(0 if self._value is None else min(self._value + 1,
                                                              len(self.anchors) - 1), notify=True)
        elif plain and key == Qt.Key.Key_Left:
            if self._value is not None and self._value > 0:
                self.set_value(self._value - 1, notify=True)
        elif plain and key == Qt.Key.Key_Down:
            self.focusNextChild()
        elif plain and key == Qt.Key.Key_Up:
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._mark_focus(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._mark_focus(False)
        super().focusOutEvent(event)

    def _mark_focus(self, focused: bool) -> None:
        self.setProperty("focused", focused)
        self.style().unpolish(self)
        self.style().polish(self)
