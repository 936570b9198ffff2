"""What a day's cell in the month grid carries, and how its texts and marks fit: the
rows that fit, the variant of a label that fits, the band's shade and the drawn marks
(flag, note, pencil). The month grid (month_view.py) paints with these."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen, QPolygonF


@dataclass
class DayCell:
    """What one day's cell shows; texts are already translated and formatted."""

    planned: str = ""  # e.g. "7.2 g"; empty before the plan
    taken: str | None = None  # e.g. "7.7 g"; None = not logged
    over_plan: str = ""  # e.g. "+0.5 g", shown factually
    withdrawal: str = ""  # e.g. "12" (SOWS) or "Gossop 7"; "" when no check-in
    band: str = ""  # conventional band name, "" when none (Gossop, partial)
    band_level: int = -1  # 0..3 for shading the marker; -1 no shading
    partial: bool = False
    step: bool = False  # the planned dose changes on this day
    revision: bool = False  # a new plan revision takes effect on this day
    held: bool = False
    visit: str = ""  # e.g. "10:30" or "visit"
    flagged: bool = False  # flagged for the provider: a small flag
    note: bool = False  # the day has a note: a small note mark
    draft: bool = False  # a check-in typed but not saved: a small pencil mark
    future: bool = False
    description: str = ""  # spoken summary for screen readers and the tooltip


def cell_rows(cell: DayCell, room: int) -> list[str]:
    """The rows a cell shows, top to bottom, as many as fit in room lines.

    With large text or a small window not every row fits: the check-in marker and the dose
    taken stay longest, the plan and "on hold" (the cell is shaded) go first; the day panel
    and the tooltip still say everything.
    """
    rows = []
    if cell.planned:
        rows.append("plan")
    if cell.taken is not None:
        rows.append("took")
    elif not cell.future:
        rows.append("not_logged")
    if cell.withdrawal or cell.partial:
        rows.append("marker")
    if cell.held:
        rows.append("hold")
    for dropped in ("hold", "not_logged", "plan", "took", "marker"):
        if len(rows) <= max(room, 0):
            break
        if dropped in rows:
            rows.remove(dropped)
    return rows


def fitting(variants: list[str], fm: QFontMetrics, width: float) -> str:
    """The first of variants (longest first, each keeping the number) that fits width;
    the last one elided if none does. Labels shorten before any number is cut."""
    for text in variants:
        if fm.horizontalAdvance(text) <= width:
            return text
    return fm.elidedText(variants[-1], Qt.TextElideMode.ElideRight, int(width))


def number_only(value: str) -> str:
    """'3.5 g' -> '3.5': the unit goes before the number does."""
    return value.split(" ")[0] if value else value


def band_shade(level: int, palette: QPalette) -> QColor:
    """The marker's colour: one calm blue-grey that stands out more from the cell the higher
    the band, in a light theme (darker) and a dark one (lighter) alike."""
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    ink = QColor(175, 195, 225) if dark else QColor(90, 110, 140)
    weight = (0.3, 0.5, 0.72, 0.95)[level] if 0 <= level <= 3 else 0.55
    return QColor(
        *(
            round(b + (i - b) * weight)
            for b, i in (
                (base.red(), ink.red()),
                (base.green(), ink.green()),
                (base.blue(), ink.blue()),
            )
        )
    )


def paint_mark(p: QPainter, kind: str, r: QRectF, text: QColor, highlight: QColor) -> None:
    """A flag (flagged for the provider), a note (lines on a sheet) or a pencil (an
    unsaved draft): drawn, so they need no glyph from the font."""
    p.save()
    pen = QPen(text, max(1.0, r.width() / 9))
    p.setPen(pen)
    if kind == "flag":
        pole = r.left() + r.width() * 0.2
        p.drawLine(QPointF(pole, r.top()), QPointF(pole, r.bottom()))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(highlight)
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(pole, r.top()),
                    QPointF(r.right(), r.top() + r.height() * 0.27),
                    QPointF(pole, r.top() + r.height() * 0.55),
                ]
            )
        )
    elif kind == "note":
        p.setBrush(Qt.BrushStyle.NoBrush)
        sheet = r.adjusted(r.width() * 0.12, 0, -r.width() * 0.12, 0)
        p.drawRect(sheet)
        for f in (0.33, 0.55, 0.77):
            y = sheet.top() + sheet.height() * f
            p.drawLine(QPointF(sheet.left() + 2, y), QPointF(sheet.right() - 2, y))
    else:  # draft: a slanted pencil
        p.setPen(QPen(highlight, max(1.5, r.width() / 5)))
        p.drawLine(QPointF(r.left() + 1, r.bottom() - 1), QPointF(r.right() - 1, r.top() + 1))
        p.setPen(QPen(text, 1))
        p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.left() + r.width() * 0.3, r.bottom()))
    p.restore()
