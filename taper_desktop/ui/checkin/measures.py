"""Companion measures (clinical.md section 4): craving, pain, sleep and mood.

Each box starts blank ("not recorded"), which is distinct from 0: the lowest value
of every spin box is a sentinel one step below the real range.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.domain.scales import COMPANION_MEASURES
from taper_desktop.ui.checkin.blank_entry import type_over_blank
from taper_desktop.ui.translations import scale_text

# Marked for the catalogue under the box's context: MeasuresBox.tr looks them up.
HINTS = {
    "craving": QT_TRANSLATE_NOOP("MeasuresBox", "0 none – 10 strongest"),
    "pain": QT_TRANSLATE_NOOP("MeasuresBox", "0 none – 10 worst imaginable"),
    "sleep_hours": QT_TRANSLATE_NOOP("MeasuresBox", "in half hours, e.g. 6.5"),
    "sleep_quality": QT_TRANSLATE_NOOP("MeasuresBox", "0 very poor – 10 very good"),
    "mood": QT_TRANSLATE_NOOP("MeasuresBox", "0 very low – 10 very good"),
}


class MeasuresBox(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QSpinBox | QDoubleSpinBox] = {}
        for key, (label, low, high, step) in COMPANION_MEASURES.items():
            box: QSpinBox | QDoubleSpinBox
            if step == 1:
                box = QSpinBox()
                box.setRange(int(low) - 1, int(high))
                box.setValue(box.minimum())  # blank: not recorded
            else:
                box = QDoubleSpinBox()
                box.setDecimals(1)
                box.setRange(low - step, high)
                box.setSingleStep(step)
                box.setValue(box.minimum())  # blank: not recorded
                box.editingFinished.connect(lambda b=box, s=step: self._snap(b, s))
            box.setSpecialValueText(self.tr("not recorded"))
            type_over_blank(box)
            box.setAccessibleName(scale_text(label))
            box.setToolTip(self.tr(HINTS[key]))
            # Wide enough for "not recorded" at any text size, never narrower than before.
            box.setFixedWidth(max(130, box.sizeHint().width()))
            box.valueChanged.connect(lambda _v: self.changed.emit())
            hint = QLabel(self.tr(HINTS[key]))
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            hint.setWordWrap(True)  # large text: the hint wraps rather than widening the column
            form.addRow(scale_text(label) + ":", box)
            # Under its box, as a row of its own: the form gives a wrapped row the height
            # of all its lines (beside the box, a third line was cut off at large text).
            form.addRow("", hint)
            self.boxes[key] = box
        self.setToolTip("")

    @staticmethod
    def _snap(box: QDoubleSpinBox, step: float) -> None:
        """Sleep is kept in half hours: 7.3 becomes 7.5."""
        if box.value() > box.minimum():
            snapped = round(box.value() / step) * step
            if snapped != box.value():
                box.setValue(snapped)

    def values(self) -> dict[str, float | int | None]:
        out: dict[str, float | int | None] = {}
        for key, box in self.boxes.items():
            if box.value() <= box.minimum():
                out[key] = None
            elif isinstance(box, QSpinBox):
                out[key] = box.value()
            else:
                step = COMPANION_MEASURES[key][3]
                out[key] = round(box.value() / step) * step
        return out

    def set_values(self, values: dict) -> None:
        for key, box in self.boxes.items():
            value = values.get(key)
            box.blockSignals(True)
            if isinstance(box, QSpinBox):
                box.setValue(box.minimum() if value is None else int(value))
            else:
                box.setValue(box.minimum() if value is None else float(value))
            box.blockSignals(False)
