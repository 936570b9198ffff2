"""Companion measures (clinical.md section 4): craving, pain, sleep and mood.

Each box starts blank ("not recorded"), which is distinct from 0: the lowest value
of every spin box is a sentinel one step below the real range.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.domain.scales import COMPANION_MEASURES
from taper_desktop.ui.checkin.blank_entry import type_over_blank
from taper_desktop.ui.checkin.choice_row import QWIDGETSIZE_MAX
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
        form.setVerticalSpacing(10)
        # Large text in a narrow column: a name goes above its box rather than widening it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.boxes: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self._names: dict[str, QLabel] = {}
        for key, (label_text, low, high, step) in COMPANION_MEASURES.items():
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
            box.setAccessibleName(scale_text(label_text))
            box.setToolTip(self.tr(HINTS[key]))
            box.valueChanged.connect(lambda _v: self.changed.emit())
            hint = QLabel(self.tr(HINTS[key]))
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            hint.setWordWrap(True)  # large text: the hint wraps rather than widening the column
            # The hint under its box, both one field of the form: every row is then a box
            # and its hint, and the form's one spacing separates the rows evenly (hints as
            # rows of their own left a gap that varied with their wrapping).
            field = QWidget()
            pair = QVBoxLayout(field)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.setSpacing(2)
            pair.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)
            pair.addWidget(hint)
            label = QLabel(scale_text(label_text) + ":")
            label.setBuddy(box)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.addRow(label, field)
            self._names[key] = label
            self.boxes[key] = box
        self.setToolTip("")
        self._fit_font()

    def _fit_font(self) -> None:
        """Boxes wide enough for "not recorded" (never narrower than 130 px), and each name
        level with its box's text, at the current text size."""
        for key, box in self.boxes.items():
            box.setMinimumWidth(0)
            box.setMaximumWidth(QWIDGETSIZE_MAX)
            box.setFixedWidth(max(130, box.sizeHint().width()))
            name = self._names[key]
            top = (box.sizeHint().height() - name.fontMetrics().height()) // 2
            name.setContentsMargins(0, max(0, top), 0, 0)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size setting
            self._fit_font()

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
