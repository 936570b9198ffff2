"""Small parts shared by the day panel's boxes: amounts and times as typed, buttons, fields
and the message line under each box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton

from taper_desktop.domain.days import parse_hhmm
from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.formatting import format_amount
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.ui import locale_format
from taper_desktop.ui.sizing import text_field_width


def fmt(value: float) -> str:
    """An amount as the one dose formatter writes it (domain/formatting.py), in the
    locale's decimal form."""
    return locale_format.decimal(format_amount(value))


def parse_amount(text: str) -> float:
    """A positive decimal typed by the person (comma or point); ValidationError names it."""
    cleaned = text.strip().replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("validation", "%1 is not a number"), text.strip() or "''"
        ) from None
    if not 0 < value < 1_000_000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("validation", "%1 must be greater than 0"), fmt(value)
        )
    return value


def parse_time(text: str) -> str | None:
    """'' means no time; otherwise HH:MM (a single-digit hour is accepted)."""
    text = text.strip()
    if not text:
        return None
    if len(text) == 4 and text[1] == ":":
        text = "0" + text
    parse_hhmm(text)
    return text


def wrap_items(widget: QListWidget) -> None:
    """Long entries (a visit with its COWS total) wrap instead of scrolling sideways."""
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)


def button(text: str, slot, name: str | None = None) -> QPushButton:
    made = QPushButton(text)
    made.setAccessibleName(name or text.replace("&", ""))
    made.clicked.connect(slot)
    return made


def edit(name: str, placeholder: str = "", width: int | None = None) -> QLineEdit:
    made = QLineEdit()
    made.setAccessibleName(name)
    made.setPlaceholderText(placeholder)
    if width:
        made.setMaximumWidth(text_field_width(made, placeholder, width))
    return made


MESSAGE_LINES = 2  # room kept for a box's message, so one appearing moves no field


def message_label(name: str) -> QLabel:
    """A box's message line ("Dose added.", a refused time): its room is kept while it is
    empty, so a message appearing or going moves nothing below it and a click lands where
    it was aimed. A longer message (a translation) wraps onto more lines, never clipped."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * MESSAGE_LINES)
    label.setAccessibleName(name)
    return label
