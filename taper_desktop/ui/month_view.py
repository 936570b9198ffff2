"""A painted month grid: each day's plan, what was taken, the check-in marker and tags.

Painted rather than built from QCalendarWidget because each cell carries five short
lines; keyboard: arrows move a day or a week, PageUp/PageDown a month, Home today,
Enter opens the day.
"""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QLocale, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from taper_desktop.ui import locale_format
from taper_desktop.ui.month_cells import (
    DayCell,
    band_shade,
    cell_rows,
    fitting,
    number_only,
    paint_mark,
)

ROWS, COLS = 6, 7

__all__ = ["DayCell", "MonthView", "band_shade", "cell_rows", "fitting"]  # callers' names


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


class MonthView(QWidget):
    selected_changed = Signal(object)  # datetime.date
    activated = Signal(object)  # datetime.date (Enter or double-click)
    month_changed = Signal(int, int)  # year, month

    def __init__(self, today: dt.date, parent=None):
        super().__init__(parent)
        self.today = today  # the diary day, from the app's clock (set again as it moves)
        self.selected = self.today
        self.year, self.month = self.today.year, self.today.month
        self.cells: dict[dt.date, DayCell] = {}
        self.first_weekday = 0  # Monday; set from the locale by the caller if wanted
        self.labels = {
            "plan": "Plan",
            "took": "Took",
            "not_logged": "not logged",
            "step": "Step",
            "visit": "Visit",
            "hold": "On hold",
            "partial": "partial",
            "today": "Today",
            "plan_short": "P",
            "took_short": "T",
            "step_short": "S",
            "visit_short": "V",
        }
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName("Month calendar")

    # ---- state ----------------------------------------------------------------------
    def set_cells(self, cells: dict[dt.date, DayCell]) -> None:
        self.cells = cells
        self._describe()
        self.update()

    def visible_days(self) -> list[dt.date]:
        first = dt.date(self.year, self.month, 1)
        back = (first.weekday() - self.first_weekday) % 7
        start = first - dt.timedelta(days=back)
        return [start + dt.timedelta(days=i) for i in range(ROWS * COLS)]

    def set_selected(self, day: dt.date) -> None:
        month_moved = (day.year, day.month) != (self.year, self.month)
        self.selected = day
        self.year, self.month = day.year, day.month
        if month_moved:
            self.month_changed.emit(self.year, self.month)
        self._describe()
        self.update()
        self.selected_changed.emit(day)

    def move_months(self, months: int) -> None:
        self.set_selected(_add_months(self.selected, months))

    def _describe(self) -> None:
        cell = self.cells.get(self.selected)
        text = locale_format.long_date(self.selected)
        if cell and cell.description:
            text += ". " + cell.description
        self.setAccessibleDescription(text)
        self.setToolTip("")

    # ---- geometry -----------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(7 * 130, 6 * 100 + 24)

    def minimumSizeHint(self) -> QSize:
        """Room in every cell for the day number, the dose and the score, whatever the
        font size: the page scrolls before a number is cut."""
        small = QFontMetrics(self._small_font())
        row = QFontMetrics(self.font()).height() + 2 * small.height() + 10
        col = max(56, small.horizontalAdvance("P 00.00") + 14)
        return QSize(COLS * col, self._header_height() + ROWS * row + 1)

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, self.font().pointSizeF() * 0.9))
        return small

    def _header_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def cell_rect(self, index: int) -> QRectF:
        header = self._header_height()
        w = (self.width() - 1) / COLS
        h = (self.height() - header - 1) / ROWS
        row, col = divmod(index, COLS)
        return QRectF(col * w, header + row * h, w, h)

    def day_at(self, x: float, y: float) -> dt.date | None:
        for index, day in enumerate(self.visible_days()):
            if self.cell_rect(index).contains(x, y):
                return day
        return None

    # ---- input ----------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key = event.key()
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in moves:
            self.set_selected(self.selected + dt.timedelta(days=moves[key]))
        elif key == Qt.Key.Key_PageUp:
            self.move_months(-1)
        elif key == Qt.Key.Key_PageDown:
            self.move_months(1)
        elif key == Qt.Key.Key_Home:
            self.set_selected(self.today)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.selected)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        day = self.day_at(event.position().x(), event.position().y())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_selected(day)

    def mouseDoubleClickEvent(self, event) -> None:
        day = self.day_at(event.position().x(), event.position().y())
        if day is not None:
            self.activated.emit(day)

    def mouseMoveEvent(self, event) -> None:
        day = self.day_at(event.position().x(), event.position().y())
        cell = self.cells.get(day) if day else None
        self.setToolTip(cell.description if cell else "")

    # ---- painting -------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
        mid = pal.color(QPalette.ColorRole.Mid)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        p.fillRect(self.rect(), base)
        small = self._small_font()
        bold = QFont(self.font())
        bold.setBold(True)

        header = self._header_height()
        names = [
            QLocale().dayName((self.first_weekday + i) % 7 + 1, QLocale.FormatType.ShortFormat)
            for i in range(COLS)
        ]
        p.setPen(text)
        for col, name in enumerate(names):
            r = self.cell_rect(col)
            p.drawText(QRectF(r.x(), 0, r.width(), header), Qt.AlignmentFlag.AlignCenter, name)

        for index, day in enumerate(self.visible_days()):
            self._paint_cell(p, self.cell_rect(index), day, small, bold, text, mid, highlight)

        if self.hasFocus():
            r = self.cell_rect(self.visible_days().index(self.selected)).adjusted(3, 3, -3, -3)
            pen = QPen(highlight, 1, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(r)
        p.end()

    def _paint_cell(self, p, r: QRectF, day, small, bold, text, mid, highlight) -> None:
        in_month = day.month == self.month
        cell = self.cells.get(day) if in_month else None
        if cell and cell.held:
            p.fillRect(r, self._hold_colour())
            # Soft diagonal lines as well: the shade alone nearly vanishes in a dark theme,
            # and with large text the "On hold" line may not fit.
            lines = QColor(text)
            lines.setAlpha(40)
            p.fillRect(r, QBrush(lines, Qt.BrushStyle.BDiagPattern))
        if day == self.selected:
            fill = QColor(highlight)
            fill.setAlpha(45)
            p.fillRect(r, fill)
        p.setPen(QPen(mid, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(r)
        if day == self.today:
            p.setPen(QPen(highlight, 3))
            p.drawRect(r.adjusted(1.5, 1.5, -1.5, -1.5))

        dim = QColor(text)
        dim.setAlpha(110)
        inner = r.adjusted(5, 3, -5, -3)
        line_h = QFontMetrics(small).height()
        number_font = bold if day == self.today else self.font()
        p.setFont(number_font)
        p.setPen(text if in_month else dim)
        number = str(day.day)
        number_w = QFontMetrics(number_font).horizontalAdvance(number)
        marks = self._marks(cell) if cell else []
        tags = self._tags(cell) if cell else []
        fm = QFontMetrics(small)
        mark_w = line_h * 0.75
        # The day number is never covered: marks and tags take only the room beside it.
        room = inner.width() - number_w - 6
        if day == self.today:
            today_w = QFontMetrics(number_font).horizontalAdvance("  " + self.labels["today"])
            if (
                today_w
                + len(marks) * (mark_w + 3)
                + sum(fm.horizontalAdvance(t[0]) + 11 for t in tags)
                <= room
            ):
                number += "  " + self.labels["today"]
                room -= today_w
        p.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, number)
        if cell is None:
            return
        x_right = inner.right()
        top_h = QFontMetrics(self.font()).height()
        for kind in marks:  # flag, note, draft: small drawn marks at the top right
            if room < mark_w:
                break
            paint_mark(
                p,
                kind,
                QRectF(x_right - mark_w, inner.top() + (top_h - mark_w) / 2, mark_w, mark_w),
                text,
                highlight,
            )
            x_right -= mark_w + 3
            room -= mark_w + 3
        p.setFont(small)
        # Step, Visit badges: all in short forms when the full ones do not all fit.
        short_forms = sum(fm.horizontalAdvance(full) + 11 for full, _ in tags) > room
        for full, short in reversed(tags):
            tag = short if short_forms else full
            w = fm.horizontalAdvance(tag) + 8
            if w + 3 > room:
                break
            tag_rect = QRectF(x_right - w, inner.top(), w, min(line_h + 2, top_h))
            p.setPen(QPen(highlight, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(tag_rect, 4, 4)
            p.setPen(text)
            p.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, tag)
            x_right -= w + 3
            room -= w + 3

        y = inner.top() + top_h + 1
        width = int(inner.width())

        def line(value: str | list[str], colour: QColor, italic: bool = False) -> None:
            nonlocal y
            if y + line_h > inner.bottom() + 2:
                return
            font = QFont(small)
            font.setItalic(italic)
            p.setFont(font)
            p.setPen(colour)
            variants = [value] if isinstance(value, str) else value
            shown = fitting(variants, QFontMetrics(font), width)
            p.drawText(
                QRect(int(inner.left()), int(y), width, line_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
            y += line_h

        room = int((inner.bottom() + 2 - y) // line_h)
        for row in cell_rows(cell, room):
            if row == "plan":
                plan, short = self.labels["plan"], self.labels["plan_short"]
                bare = number_only(cell.planned)
                line([f"{plan} {cell.planned}", f"{plan} {bare}", f"{short} {bare}", bare], text)
            elif row == "took":
                took, short = self.labels["took"], self.labels["took_short"]
                bare = number_only(cell.taken or "")
                variants = [f"{took} {cell.taken}", f"{took} {bare}", f"{short} {bare}", bare]
                if cell.over_plan:
                    variants.insert(0, f"{took} {cell.taken} ({cell.over_plan})")
                line(variants, text)
            elif row == "not_logged":
                line(self.labels["not_logged"], dim, italic=True)
            elif row == "marker":
                self._paint_marker(
                    p, QRectF(inner.left(), y, inner.width(), line_h), cell, small, text
                )
                y += line_h
            elif row == "hold":
                line(self.labels["hold"], text)

    def _paint_marker(self, p, r: QRectF, cell: DayCell, font, text) -> None:
        """A small dot shaded by the conventional band, then the total and band name."""
        fm = QFontMetrics(font)
        size = fm.height() * 0.6
        dot = QRectF(r.left(), r.center().y() - size / 2, size, size)
        if cell.partial:
            p.setPen(QPen(text, 1, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            label = cell.withdrawal or self.labels["partial"]
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(band_shade(cell.band_level, self.palette()))
            label = cell.withdrawal + (f" {cell.band}" if cell.band else "")
        p.drawEllipse(dot)
        p.setFont(font)
        p.setPen(text)
        rest = QRectF(dot.right() + 4, r.top(), r.width() - size - 4, r.height())
        # "25" reads better than "25 sev..."; the dot keeps the band. "SOWS-Gossop 7"
        # shortens to "Gossop 7", then "G 7", then "7": the score itself is never cut.
        variants = [label]
        if cell.band:
            variants.append(cell.withdrawal)
        elif " " in cell.withdrawal:  # an instrument's name before its total
            name, number = cell.withdrawal.rsplit(" ", 1)
            name = name.split("-")[-1]
            variants += [f"{name} {number}", f"{name[:1]} {number}", number]
        p.drawText(
            rest,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fitting(variants, fm, rest.width()),
        )

    def _marks(self, cell: DayCell) -> list[str]:
        """The small marks a cell shows, right to left."""
        return [
            kind
            for kind, on in (("flag", cell.flagged), ("note", cell.note), ("draft", cell.draft))
            if on
        ]

    def _tags(self, cell: DayCell) -> list[tuple[str, str]]:
        tags = []
        if cell.revision:
            tags.append(
                (self.labels.get("revision", "Plan change"), self.labels.get("revision_short", "P"))
            )
        if cell.step:
            tags.append((self.labels["step"], self.labels["step_short"]))
        if cell.visit:
            tags.append((self.labels["visit"], self.labels["visit_short"]))
        return tags

    def _hold_colour(self) -> QColor:
        colour = QColor(self.palette().color(QPalette.ColorRole.AlternateBase))
        if colour == self.palette().color(QPalette.ColorRole.Base):
            colour = QColor(235, 238, 242)
        return colour
