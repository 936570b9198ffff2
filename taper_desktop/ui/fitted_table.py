"""A read-only table whose columns always fit its width: no column runs off the edge.

Short columns (dates, doses, counts) keep the width of their longest cell. The text
columns share the rest: each gets at least its heading and its longest word, then the
room left in proportion to what it lacks, and its text wraps onto more lines; each row
is as tall as its tallest cell. Only when even that does not fit (a very narrow window)
does a horizontal scroll bar appear.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

_PADDING = 12  # a cell's margins and the grid line, beside its text


class FittedTable(QTableWidget):
    def __init__(self, headers: list[str], wrapped: tuple[int, ...], parent=None):
        super().__init__(0, len(headers), parent)
        self.wrapped = wrapped
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setStretchLastSection(False)

    def natural_width(self) -> int:
        """The width of every column with each cell and heading on one line."""
        return sum(self._natural(col) for col in range(self.columnCount()))

    def _natural(self, col: int) -> int:
        return max(self.sizeHintForColumn(col), self.horizontalHeader().sectionSizeHint(col))

    def _least(self, col: int) -> int:
        """The narrowest a wrapped column gets: its heading, and its longest word."""
        words = [
            self.fontMetrics().horizontalAdvance(word) + _PADDING
            for row in range(self.rowCount())
            if (item := self.item(row, col)) is not None
            for word in item.text().split()
        ]
        return min(self._natural(col), max([self.horizontalHeader().sectionSizeHint(col), *words]))

    def fit_columns(self) -> None:
        """Share the table's width among its columns (see the module's note)."""
        natural = [self._natural(col) for col in range(self.columnCount())]
        least = [
            self._least(col) if col in self.wrapped else natural[col]
            for col in range(self.columnCount())
        ]
        widths = list(natural)
        room = self.viewport().width() - sum(
            natural[col] for col in range(self.columnCount()) if col not in self.wrapped
        )
        wanted = sum(natural[col] for col in self.wrapped)
        if wanted <= room:  # every text on one line; the spare room to the text columns
            spare = room - wanted
            for col in self.wrapped:
                widths[col] += spare // len(self.wrapped)
        else:
            floor = sum(least[col] for col in self.wrapped)
            spare = max(0, room - floor)
            lacking = sum(natural[col] - least[col] for col in self.wrapped) or 1
            for col in self.wrapped:
                widths[col] = least[col] + spare * (natural[col] - least[col]) // lacking
        for col, width in enumerate(widths):
            self.horizontalHeader().resizeSection(col, width)
        self.resizeRowsToContents()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()
