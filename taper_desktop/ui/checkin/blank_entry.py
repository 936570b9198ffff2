"""Typing over a blank spin box: a click into "not recorded" and a digit enter the value.

A spin box shows its blank ("not recorded", "amount") as special-value text. Clicked into,
the cursor lands inside that text and a typed digit made no valid number, so nothing
happened; keyboard focus (Tab) selected the text and worked. The first character typed
into a blank box now replaces the text, however the box got the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractSpinBox

_STARTS_A_NUMBER = set("0123456789.,")


class _TypeOverBlank(QObject):
    def eventFilter(self, obj, event) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.text()[:1] in _STARTS_A_NUMBER
            and event.text()
            and obj.value() <= obj.minimum()
            and obj.specialValueText()
        ):
            obj.lineEdit().selectAll()
        return False


def type_over_blank(box: QAbstractSpinBox) -> None:
    """Let a digit typed into box while it shows its blank text replace that text."""
    typer = _TypeOverBlank(box)
    box.installEventFilter(typer)
