"""The bar above the charts: the range buttons, the scale picker and the measure toggles
(which move to a second row when one row would not fit)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taper_desktop.domain.wording import fill
from taper_desktop.ui.charts.common import measure_label
from taper_desktop.ui.charts.data import MEASURES

RANGES: tuple[tuple[str, int | None], ...] = (("2w", 14), ("1m", 31), ("3m", 92), ("all", None))


def _set_bold(widget: QWidget, bold: bool) -> None:
    font = widget.font()
    font.setBold(bold)
    widget.setFont(font)


class ChartControls(QWidget):
    range_clicked = Signal(str)  # a range button's key: "2w", "1m", "3m" or "all"
    instrument_chosen = Signal(str)  # the scale picked by the person
    measure_toggled = Signal(str, bool)  # a measure's key, shown or not

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        top = QWidget()
        bar = self.top_layout = QHBoxLayout(top)
        bar.setContentsMargins(0, 0, 0, 0)
        self.show_label = QLabel(self.tr("Show:"))
        bar.addWidget(self.show_label)
        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[str, QPushButton] = {}
        labels = {
            "2w": self.tr("2 &weeks"),
            "1m": self.tr("1 &month"),
            "3m": self.tr("3 m&onths"),
            "all": self.tr("&All"),
        }
        for key, _days in RANGES:
            button = QPushButton(labels[key])
            button.setCheckable(True)
            button.setAccessibleName(fill(self.tr("Show %1"), labels[key].replace("&", "")))
            button.clicked.connect(lambda _=False, k=key: self.range_clicked.emit(k))
            # The chosen range in bold too: a pressed button is barely darker in the dark
            # theme, and colour alone should not carry it.
            button.toggled.connect(lambda on, b=button: _set_bold(b, on))
            self.range_group.addButton(button)
            self.range_buttons[key] = button
            bar.addWidget(button)
        bar.addSpacing(16)
        self.instrument_label = QLabel(self.tr("&Scale:"))
        self.instrument_box = QComboBox()
        self.instrument_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.instrument_box.setAccessibleName(self.tr("Withdrawal scale shown"))
        self.instrument_label.setBuddy(self.instrument_box)
        self.instrument_box.activated.connect(
            lambda index: self.instrument_chosen.emit(self.instrument_box.itemData(index))
        )
        bar.addWidget(self.instrument_label)
        bar.addWidget(self.instrument_box)
        bar.addSpacing(16)
        self.measure_bar = QWidget()
        toggles = QHBoxLayout(self.measure_bar)
        toggles.setContentsMargins(0, 0, 0, 0)
        self.measure_boxes: dict[str, QCheckBox] = {}
        for m in MEASURES:
            box = QCheckBox(measure_label(m))
            box.setChecked(True)
            box.setAccessibleName(fill(self.tr("Show %1"), measure_label(m)))
            box.toggled.connect(lambda on, name=m: self.measure_toggled.emit(name, on))
            self.measure_boxes[m] = box
            toggles.addWidget(box)
        bar.addWidget(self.measure_bar)
        bar.addStretch(1)
        rows.addWidget(top)
        self.lower_bar = QWidget()
        self.lower_layout = QHBoxLayout(self.lower_bar)
        self.lower_layout.setContentsMargins(0, 0, 0, 0)
        self.lower_layout.addStretch(1)
        self.lower_bar.hide()
        rows.addWidget(self.lower_bar)

    def set_instruments(self, keys: list[str], current: str) -> None:
        """Offer these scales, current chosen; the picker shows only when there is a choice."""
        self.instrument_box.clear()
        for key in keys:
            self.instrument_box.addItem(key, key)
        self.instrument_box.setCurrentIndex(keys.index(current))
        several = len(keys) > 1
        self.instrument_box.setVisible(several)
        self.instrument_label.setVisible(several)

    def check_range(self, key: str) -> None:
        self.range_buttons[key].setChecked(True)

    def uncheck_ranges(self) -> None:
        """No range button describes the view (it was zoomed or moved by hand)."""
        self.range_group.setExclusive(False)
        for button in self.range_buttons.values():
            button.setChecked(False)
        self.range_group.setExclusive(True)

    def one_row_width(self) -> int:
        """Width the range buttons, scale picker and measure toggles need on one row."""
        widgets = [self.show_label, *self.range_buttons.values(), self.measure_bar]
        if not self.instrument_box.isHidden():
            widgets += [self.instrument_label, self.instrument_box]
        spacing = max(self.top_layout.spacing(), 0)
        return sum(w.sizeHint().width() for w in widgets) + spacing * len(widgets) + 2 * 16 + 16

    def place_toggles(self, width: int) -> None:
        """The measure toggles on the first row when it fits in width, else on a second."""
        two_rows = self.one_row_width() + 40 > width  # margins, room to breathe
        if two_rows != self.lower_bar.isHidden():
            return
        if two_rows:
            self.top_layout.removeWidget(self.measure_bar)
            self.lower_layout.insertWidget(0, self.measure_bar)
        else:
            self.lower_layout.removeWidget(self.measure_bar)
            self.top_layout.insertWidget(self.top_layout.count() - 1, self.measure_bar)
        self.lower_bar.setVisible(two_rows)
