"""One scale item: its label and a row of choices showing the anchor words.

Drawn with the palette rather than a style sheet: a style sheet over the whole form
costs tens of milliseconds at start-up.

The row itself takes the keyboard focus (the choice buttons are for the mouse):
a digit sets the score and moves on to the next row, Left/Right change the score,
Up/Down move between rows, Backspace or Delete make the item blank again. A blank
item is None, never 0.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
)

from taper_desktop.domain.wording import fill

QWIDGETSIZE_MAX = (1 << 24) - 1

_BOLD_WIDTHS: dict[tuple[str, str], int] = {}


def _bold_width(button: QPushButton) -> int:
    """The width the button needs when its text is bold (cached per text and font, so a
    larger text size never reuses a smaller width)."""
    plain = QFont(button.font())
    plain.setBold(False)
    text = (button.text(), plain.key())
    if text not in _BOLD_WIDTHS:
        was = QFont(button.font())
        bold = QFont(plain)
        bold.setBold(True)
        button.setFont(bold)
        _BOLD_WIDTHS[text] = button.sizeHint().width()
        button.setFont(was)
    return _BOLD_WIDTHS[text]


class ChoiceRow(QFrame):
    """A 0..max score for one item, blank until answered."""

    changed = Signal(object)  # the new score, or None for blank
    MARGINS = 6  # left and right, around the statement and the choices
    SPACING = 4  # between the statement and the choices, and between choices

    def __init__(
        self, key: str, label: str, anchors: tuple[str, ...], number: int | None = None, parent=None
    ):
        super().__init__(parent)
        self.key, self.anchors = key, anchors
        self.title = label
        self._value: int | None = None
        self.setObjectName("choiceRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Rows grow a little when the screen is tall, so 16 items never feel crowded.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        # The statement beside its choices, or above them where the form is narrow
        # (set_label_width).
        layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(self.MARGINS, 1, self.MARGINS, 1)
        layout.setSpacing(self.SPACING)
        self.row_layout = layout
        text = f"{number}. {label}" if number is not None else label
        self.label = QLabel(text)
        self.label.setWordWrap(True)  # within the width the form shares (set_label_width)
        layout.addWidget(self.label)
        choices = QHBoxLayout()
        choices.setSpacing(self.SPACING)
        layout.addLayout(choices)
        self._plain = self.palette()
        self._chosen = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            self._chosen.setColor(
                group,
                QPalette.ColorRole.Button,
                self._plain.color(group, QPalette.ColorRole.Highlight),
            )
            self._chosen.setColor(
                group,
                QPalette.ColorRole.ButtonText,
                self._plain.color(group, QPalette.ColorRole.HighlightedText),
            )
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # clicking the chosen score again makes it blank
        self.buttons: list[QPushButton] = []
        for score, anchor in enumerate(anchors):
            button = QPushButton(f"{score}  {anchor}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(f"{label}: {score}, {anchor}")
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.group.addButton(button, score)
            self.buttons.append(button)
            choices.addWidget(button)
        choices.addStretch(1)
        self.fit_choices()
        self.group.idClicked.connect(self._clicked)
        self._describe()

    # ---- value ----------------------------------------------------------------
    @property
    def value(self) -> int | None:
        return self._value

    def fit_choices(self) -> None:
        """Each choice as wide as its text in bold at the current font, so choosing never
        shifts the columns."""
        for button in self.buttons:
            button.setMinimumWidth(_bold_width(button))

    def choices_width(self) -> int:
        return sum(b.minimumWidth() for b in self.buttons) + self.SPACING * (len(self.buttons) - 1)

    def set_label_width(self, width: int | None) -> None:
        """Rows of one form share a label width so their choices line up; None puts the
        statement on a line of its own above the choices (large text, narrow form)."""
        above = width is None
        if width is None:
            self.label.setMinimumWidth(0)
            self.label.setMaximumWidth(QWIDGETSIZE_MAX)
        else:
            self.label.setFixedWidth(width)
        direction = QBoxLayout.Direction.TopToBottom if above else QBoxLayout.Direction.LeftToRight
        if self.row_layout.direction() != direction:
            self.row_layout.setDirection(direction)
            self.row_layout.setSpacing(1 if above else self.SPACING)

    def set_max_height(self, height: int) -> None:
        """Rows may grow to this height on a tall screen (they share one measure)."""
        self.setMaximumHeight(height)

    def set_value(self, value: int | None, notify: bool = False) -> None:
        if value is not None and not 0 <= value < len(self.anchors):
            return
        self._value = value
        for score, button in enumerate(self.buttons):
            chosen = score == value
            if button.isChecked() != chosen or button.font().bold() != chosen:
                button.setChecked(chosen)
                button.setPalette(self._chosen if chosen else self._plain)
                font = button.font()
                font.setBold(chosen)
                button.setFont(font)
        self._describe()
        if notify:
            self.changed.emit(value)

    def _clicked(self, score: int) -> None:
        self.set_value(None if self._value == score else score, notify=True)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def _describe(self) -> None:
        state = (
            self.tr("blank")
            if self._value is None
            else f"{self._value}, {self.anchors[self._value]}"
        )
        self.setAccessibleName(f"{self.label.text()}: {state}")
        self.setAccessibleDescription(
            fill(
                self.tr("Type 0 to %1 to answer and move on; Backspace makes it blank"),
                len(self.anchors) - 1,
            )
        )

    # ---- keyboard and focus -------------------------------------------------------
    def keyPressEvent(self, event) -> None:
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
            self.set_value(
                0 if self._value is None else min(self._value + 1, len(self.anchors) - 1),
                notify=True,
            )
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

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event) -> None:
        """The focused row gets a soft frame, so it is clear what a digit will answer."""
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1.5))
            painter.setBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 6, 6)
