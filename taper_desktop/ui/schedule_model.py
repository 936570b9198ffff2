"""The proposed schedule as a table model: one row per dose, with its date, the dose,
how long it lasts and, for a substance with an MME factor, the MME per day.

A step that rounding makes cut more than twice the stated percent is marked: a ▲ before
the dose, the row in bold, and a tooltip with the cut (domain/plan_rules.py big_cuts).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from taper_desktop.domain.formatting import format_mme
from taper_desktop.domain.models import PlanRevision
from taper_desktop.domain.plan_rules import Cut
from taper_desktop.domain.schedule import ScheduleRow
from taper_desktop.domain.substances import mme_per_day
from taper_desktop.domain.wording import fill
from taper_desktop.ui import locale_format
from taper_desktop.ui.plan_parts import days_text, fmt

BIG_CUT = "\u25b2"  # before the dose of a step made larger by rounding

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_TOP = QModelIndex()  # the invisible root: a table's rows have no parent


@dataclass(frozen=True)
class PreviewRow:
    """One row as shown: texts already translated and formatted."""

    day: str
    dose: str
    lasts: str
    mme: str = ""
    cut: str = ""  # the tooltip of a step made larger by rounding, else ""


class ScheduleModel(QAbstractTableModel):
    """Read-only rows of the schedule preview; columns Date, Dose (unit), Lasts and,
    when the substance has an MME factor, MME/day."""

    DATE, DOSE, LASTS, MME = range(4)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._headers: list[str] = self._header_texts("", with_mme=False)
        self._bold = QFont()
        self._bold.setBold(True)

    # ---- filling ---------------------------------------------------------------------
    def _header_texts(self, unit: str, with_mme: bool) -> list[str]:
        headers = [
            self.tr("Date"),
            fill(self.tr("Dose (%1)"), locale_format.unit(unit)) if unit else self.tr("Dose"),
            self.tr("Lasts"),
        ]
        if with_mme:
            headers.append(self.tr("MME/day"))
        return headers

    def clear(self, unit: str, mme_factor: float | None) -> None:
        """No schedule (fields incomplete): the headers only."""
        self._set(self._header_texts(unit, mme_factor is not None), [])

    def show_schedule(
        self,
        rows: list[ScheduleRow],
        revision: PlanRevision,
        unit: str,
        mme_factor: float | None,
        big: dict[int, Cut],
    ) -> None:
        """The schedule's rows; big maps a row's index to its big cut."""
        out = []
        for i, row in enumerate(rows):
            dose = fmt(row.dose)
            cut = big.get(i)
            out.append(
                PreviewRow(
                    day=locale_format.date(row.day),
                    dose=f"{BIG_CUT} {dose}" if cut else dose,
                    lasts=self._lasts(row, revision),
                    mme=(
                        locale_format.decimal(format_mme(mme_per_day(row.dose, mme_factor) or 0))
                        if mme_factor is not None
                        else ""
                    ),
                    cut=(
                        fill(
                            self.tr("This step cuts %1% because of rounding."), f"{cut.percent:.0f}"
                        )
                        if cut
                        else ""
                    ),
                )
            )
        self._set(self._header_texts(unit, mme_factor is not None), out)

    def _lasts(self, row: ScheduleRow, revision: PlanRevision) -> str:
        if row.days is None:
            return self.tr("until changed") if row.dose > revision.target else self.tr("target")
        return days_text(row.days)

    def _set(self, headers: list[str], rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self._headers, self._rows = headers, rows
        self.endResetModel()

    # ---- QAbstractTableModel ---------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _TOP) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _TOP) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (row.day, row.dose, row.lasts, row.mme)
            return values[column] if 0 <= column < len(self._headers) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column == self.DATE else _RIGHT
        if role == Qt.ItemDataRole.FontRole and row.cut:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and row.cut:
            return row.cut
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
