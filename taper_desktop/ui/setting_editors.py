"""The Settings dialog's editors: one widget per field type of domain.settings.FIELDS.

bool -> check box; str with choices -> combo box; list with choices -> checkable list;
int / float -> spin box within the field's bounds; any other str -> line edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from taper_desktop.domain import settings as fields

_CTX = fields.TR_CONTEXT


def label_text(text: str) -> str:
    """Translate a label declared in domain.settings (context "settings")."""
    return QCoreApplication.translate(_CTX, text) if text else ""


class Editor:
    """One field's widget with a way to read and write its value."""

    def __init__(self, widget: QWidget, read: Callable[[], Any], write: Callable[[Any], None]):
        self.widget, self.read, self.write = widget, read, write


class PlainDoubleSpinBox(QDoubleSpinBox):
    """A decimal as people write it: 0.1 and 0.25, not 0.100 and 0.250."""

    def textFromValue(self, value: float) -> str:
        text = super().textFromValue(value)
        point = self.locale().decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text


def editor_for(field: fields.Field) -> Editor:
    if field.kind is bool:
        box = QCheckBox(label_text(field.label))
        return Editor(box, box.isChecked, box.setChecked)
    if field.kind is str and field.choices:
        combo = QComboBox()
        for value, label in field.choices:
            combo.addItem(label_text(label), value)

        def set_choice(value: Any) -> None:
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))

        return Editor(combo, combo.currentData, set_choice)
    if field.kind is list and field.choices:
        listing = QListWidget()
        for value, label in field.choices:
            item = QListWidgetItem(QCoreApplication.translate("scales", label))
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            listing.addItem(item)
        rows = listing.sizeHintForRow(0) * len(field.choices) + 2 * listing.frameWidth() + 4
        listing.setFixedHeight(rows)
        listing.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        def checked() -> list:
            return [
                listing.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(listing.count())
                if listing.item(i).checkState() == Qt.CheckState.Checked
            ]

        def set_checked(values: Any) -> None:
            for i in range(listing.count()):
                item = listing.item(i)
                on = item.data(Qt.ItemDataRole.UserRole) in values
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

        return Editor(listing, checked, set_checked)
    if field.kind in (int, float):
        low, high = field.bounds or (-1e9, 1e9)
        spin: QSpinBox | PlainDoubleSpinBox
        if field.kind is int:
            whole = QSpinBox()
            whole.setRange(int(low), int(high))
            if field.key == "auto_lock_minutes":
                whole.setSpecialValueText(QCoreApplication.translate("settings", "Never"))
            if field.step:
                whole.setSingleStep(int(field.step))
            spin = whole
        else:
            decimal = PlainDoubleSpinBox()
            decimal.setDecimals(3)
            decimal.setRange(low, high)
            if field.step:
                decimal.setSingleStep(field.step)
            spin = decimal
        if field.suffix:
            spin.setSuffix(field.suffix)
        return Editor(spin, spin.value, spin.setValue)
    edit = QLineEdit()
    if fields.takes_time(field):
        edit.setPlaceholderText("HH:MM")
        edit.setMaxLength(5)
    return Editor(edit, edit.text, lambda v: edit.setText(str(v)))
