"""Two boxes of the plan editor: the custom rule's dated steps, and the confirmation an
increase needs (the provider's agreement and name)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from taper_desktop.domain.days import parse_day
from taper_desktop.domain.models import CustomStep
from taper_desktop.domain.wording import fill
from taper_desktop.ui import locale_format
from taper_desktop.ui.plan_parts import fmt, message_label, number


class CustomStepsBox(QGroupBox):
    """Dated steps typed from a paper schedule: a date and the new daily dose each."""

    changed = Signal()

    def __init__(self, first_day: Callable[[], dt.date], parent: QWidget | None = None):
        super().__init__(self.tr("Custom steps (date and new daily dose)"), parent)
        self._first_day = first_day  # the date in force: new steps follow it a week apart
        v = QVBoxLayout(self)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Date (YYYY-MM-DD)"), self.tr("Dose")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Custom steps"))
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.setMinimumHeight(110)
        v.addWidget(self.table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add step"))
        add.setAccessibleName(self.tr("Add custom step"))
        add.clicked.connect(lambda: self.add_step())
        remove = QPushButton(self.tr("Remove step"))
        remove.setAccessibleName(self.tr("Remove selected custom step"))
        remove.clicked.connect(self.remove_step)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        v.addLayout(row)
        self.error = message_label(self.tr("Custom steps problem"))
        v.addWidget(self.error)

    def add_step(self, day: dt.date | None = None, dose: float | None = None) -> None:
        table = self.table
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        if day is None:
            day = self._first_day() + dt.timedelta(days=7 * (row + 1))
        table.setItem(row, 0, QTableWidgetItem(day.isoformat()))
        table.setItem(row, 1, QTableWidgetItem("" if dose is None else fmt(dose)))
        table.blockSignals(False)
        self.changed.emit()

    def remove_step(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def read(self, problems: dict[str, str]) -> list[CustomStep]:
        """The steps as typed; the first typing problem goes into problems["custom"]."""
        steps: list[CustomStep] = []
        for row in range(self.table.rowCount()):
            date_item, dose_item = self.table.item(row, 0), self.table.item(row, 1)
            where = fill(self.tr("Step %1"), row + 1)
            try:
                day = parse_day((date_item.text() if date_item else "").strip())
            except ValueError:
                problems["custom"] = fill(self.tr("%1: the date must be YYYY-MM-DD."), where)
                return steps
            try:
                dose = number(dose_item.text() if dose_item else "")
            except ValueError:
                problems["custom"] = fill(self.tr("%1: type the dose (0 to stop)."), where)
                return steps
            steps.append(CustomStep(day, dose))
        return steps


class IncreaseBox(QGroupBox):
    """Shown only when the plan raises the dose: an increase is never silent."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("This plan raises the dose"), parent)
        self.setAccessibleName(self.tr("Dose increase"))
        v = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Dose increase"))
        v.addWidget(self.label)
        self.check = QCheckBox(self.tr("My provider agreed to this &increase"))
        self.check.setAccessibleName(self.tr("My provider agreed to this increase"))
        self.check.toggled.connect(lambda _on: self.changed.emit())
        v.addWidget(self.check)
        row = QHBoxLayout()
        name_label = QLabel(self.tr("Provider's &name"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the provider who agreed the increase"))
        self.name.setPlaceholderText(self.tr("e.g. Dr. Rivera"))
        self.name.textChanged.connect(lambda _text: self.changed.emit())
        name_label.setBuddy(self.name)
        row.addWidget(name_label)
        row.addWidget(self.name, 1)
        v.addLayout(row)
        self.error = message_label(self.tr("Dose increase problem"))
        v.addWidget(self.error)
        self.setVisible(False)

    def show_rises(self, rises: list[tuple[dt.date, float, float]], unit: str) -> None:
        """Each rise from one dose to a higher one, and what saving it needs."""
        self.setVisible(bool(rises))
        if not rises:
            return
        lines = [
            fill(
                self.tr("On %1 the dose rises from %2 to %3."),
                locale_format.date(day),
                locale_format.dose(frm, unit),
                locale_format.dose(to, unit),
            )
            for day, frm, to in rises
        ]
        lines.append(
            self.tr(
                "An increase is saved only when your provider agreed it; their "
                "name is kept with this revision and shown in the plan history "
                "and the report."
            )
        )
        self.label.setText(" ".join(lines))
        self.name.setEnabled(self.check.isChecked())

    def problem(self) -> str:
        """What a needed confirmation still lacks."""
        if self.check.isChecked():
            return self.tr("Type the name of the provider who agreed it.")
        return self.tr(
            "Tick the box only if your provider agreed this increase, and type their name."
        )
