"""Small pieces the plan editor and the calendar share: reading a typed number, writing
an amount or a number of days, and the labels that carry a field's message or a note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from taper_desktop.domain.formatting import format_amount
from taper_desktop.ui import locale_format
from taper_desktop.ui.translations import tr


def number(text: str) -> float:
    """A typed amount; a comma is read as the decimal sign. ValueError when not a number."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        raise ValueError("missing")
    value = float(cleaned)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("not finite")
    return value


def fmt(value: float) -> str:
    """An amount as the window writes it: '7.25', '7,25'."""
    return locale_format.decimal(format_amount(value))


def days_text(days: int) -> str:
    """'1 day', '7 days': Qt's plural forms, so each language has its own."""
    return tr("%n day(s)", None, days)


def message_label(name: str, keep_room: bool = True) -> QLabel:
    """A field's message ("Type the start dose."), in italics under the field.

    With keep_room (a field whose message comes and goes while the person types), its
    line is kept while it is hidden, so the message moves no field and a click lands
    where it was aimed. A message longer than a line takes a second line when shown."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    font = label.font()
    font.setItalic(True)
    label.setFont(font)
    if keep_room:
        label.setMinimumHeight(label.fontMetrics().lineSpacing())
        keep_room_when_hidden(label)
    label.setVisible(False)
    return label


def note_label() -> QLabel:
    """A smaller note that explains a field or the schedule; hidden until it has text."""
    note = QLabel()
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    font = note.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    note.setFont(font)
    note.setVisible(False)
    return note


def keep_room_when_hidden(label: QLabel) -> None:
    """The label's room stays when it is hidden, so nothing under it moves up."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
