"""The charts as a PNG file: the panels as shown, under a line naming the days in view
(the date axis leaves the year out)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from taper_desktop.domain.wording import fill
from taper_desktop.ui import locale_format
from taper_desktop.ui.charts.common import HALF_DAY, tr
from taper_desktop.ui.charts.data import ChartData, x_day
from taper_desktop.ui.charts.style import ChartColours

if TYPE_CHECKING:
    from taper_desktop.ui.charts_tab import ChartsTab


def ask_png_path(parent: QWidget, name: str = "taper-chart.png") -> str:
    """Ask where to save the chart (where the last file was chosen, else Documents); ''
    when cancelled. Tests replace this."""
    from taper_desktop.ui import file_dialogs
    from taper_desktop.ui.protection import export_title

    title = export_title(tr("Export chart as PNG"), getattr(parent, "store", None))
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, file_dialogs.suggested(name), tr("PNG images (*.png)")
    )
    file_dialogs.remember(path)
    return path


def tell(parent: QWidget, text: str) -> None:
    """Show a short note. Tests replace this."""
    QMessageBox.information(parent, parent.window().windowTitle(), text)


def heading(data: ChartData, x0: float, x1: float) -> str:
    """'Taper Desktop charts: 14 Nov 2026 to 27 Nov 2026' for the days from x0 to x1."""
    first, last = data.first, data.last
    shown_first: dt.date = min(max(x_day(x0 + HALF_DAY), first), last)
    shown_last: dt.date = max(min(x_day(x1 - HALF_DAY), last), shown_first)
    return fill(
        tr("Taper Desktop charts: %1 to %2"),
        locale_format.day_month_year(shown_first),
        locale_format.day_month_year(shown_last),
    )


def save_png(charts: QWidget, text: str, colours: ChartColours, font: QFont, path: str) -> bool:
    """Save what charts shows now to a PNG file at path, under a line of text."""
    shot = charts.grab()
    ratio = shot.devicePixelRatio()
    metrics = QFontMetrics(font)
    header = metrics.height() + 12
    image = QPixmap(shot.width(), shot.height() + round(header * ratio))
    image.setDevicePixelRatio(ratio)
    image.fill(colours.background)
    painter = QPainter(image)
    painter.setPen(colours.foreground)
    painter.setFont(font)
    painter.drawText(8, 6 + metrics.ascent(), text)
    painter.drawPixmap(0, header, shot)
    painter.end()
    return image.save(path, "PNG")


def export_dialog(tab: ChartsTab) -> str | None:
    """Ask for a file and save the tab's charts there: the path saved, or None (nothing
    to export yet, cancelled, or not written)."""
    data = tab.current_data()
    if data is None:
        tell(tab, tr("There is no chart to export yet. Charts appear once a check-in is saved."))
        return None
    path = ask_png_path(tab, f"taper-chart-{data.last.isoformat()}.png")
    if not path:
        return None
    if not path.lower().endswith(".png"):
        path += ".png"
    return path if tab.export_png(path) else None
