"""Pieces shared by the chart panels: sizes, markers near the view, titles, helpers."""

from __future__ import annotations

import html
import math
import types

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QFontInfo, QFontMetrics, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsRectItem

from taper_desktop.domain import measures
from taper_desktop.ui import locale_format, translations
from taper_desktop.ui.charts.data import DAY_SECONDS
from taper_desktop.ui.charts.style import ChartColours

HALF_DAY = DAY_SECONDS / 2
LEFT_AXIS_WIDTH = 140  # wide enough for item names; equal on every panel so dates line up
RIGHT_AXIS_WIDTH = 56
MIN_CUTS = 2  # a day's mean after a cut is drawn only when this many cuts have a value
MEASURE_STYLES = {  # line style and marker, so no measure is told apart by colour alone
    "craving": (Qt.PenStyle.SolidLine, "o"),
    "pain": (Qt.PenStyle.DashLine, "s"),
    "mood": (Qt.PenStyle.DotLine, "t"),
    "sleep_quality": (Qt.PenStyle.DashDotLine, "d"),
}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return translations.tr(text, disambiguation, n)


def measure_label(name: str) -> str:
    """The translated name of a charted measure (domain/measures.py declares them).

    Written out as literal tr() calls because the catalogue tool reads only literals;
    tests check each equals the domain's label."""
    return {
        "craving": tr("Craving"),
        "pain": tr("Pain"),
        "mood": tr("Mood"),
        "sleep_quality": tr("Sleep quality"),
    }[measures.measure(name).key]


def finite(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    keep = np.isfinite(y)
    return x[keep], y[keep]


def step_line(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A per-day value as flat segments covering each day, joined where days touch."""
    xs = np.repeat(x, 2)
    xs[0::2] -= HALF_DAY
    xs[1::2] += HALF_DAY
    return xs, np.repeat(y, 2)


ENTRY_GAP = "&nbsp;&nbsp; "  # between legend entries: a title wraps here, never inside one


def nb(text: str) -> str:
    """Plain text as HTML that does not wrap inside (a legend entry stays on one line)."""
    return html.escape(text).replace(" ", "&nbsp;").replace("-", "\u2011")


def soft(text: str) -> str:
    """Plain text as HTML that may wrap between words, never inside a hyphenated one: a
    long legend entry that may not fit a narrow plot on one line."""
    return html.escape(text).replace("-", "\u2011")


def swatch(colour, symbol: str = "\u25cf") -> str:
    return f"<span style='color:{colour.name()}'>{symbol}</span>"


def set_title(plot: pg.PlotItem, html: str, c: ChartColours) -> None:
    """A centred title that wraps onto a second line rather than being cut off, and
    never forces the plot wider than its widget."""
    label = plot.titleLabel
    if "updateMin" not in vars(label):
        # LabelItem makes its text width its minimum width (again on every resize), so a
        # long legend line would push the plot past the widget's edge.
        label.updateMin = types.MethodType(_update_min_height_only, label)
        label.resizeEvent = types.MethodType(_resize_wrapping, label)
        label.item.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))
    label.plot_item = plot
    plot.setTitle(html, color=c.foreground.name(), size=f"{title_points():.1f}pt")
    _fit_title_row(label)


def _fit_title_row(label: pg.LabelItem) -> None:
    """pyqtgraph gives the title row a fixed 30 px: give it the wrapped text's height."""
    plot = getattr(label, "plot_item", None)
    if plot is None:
        return
    height = math.ceil(label.item.boundingRect().height()) + 2
    if plot.layout.rowMinimumHeight(0) != height:
        label.setMaximumHeight(height)
        plot.layout.setRowFixedHeight(0, height)


def title_points() -> float:
    """Legend titles follow the app's font (and so the large-text option)."""
    return QFontInfo(QFont()).pointSizeF()


def wrap(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """text in lines no wider than width where the words allow (a longer word stays whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [text]


def _resize_wrapping(label: pg.LabelItem, event) -> None:
    width = label.rect().width()
    if width > 40 and abs(label.item.textWidth() - width) > 0.5:
        label.item.setTextWidth(width)  # wrap at the plot's width
        label.updateMin()  # and take the height of the wrapped lines
        _fit_title_row(label)
    pg.LabelItem.resizeEvent(label, event)


def _update_min_height_only(label: pg.LabelItem) -> None:
    height = label.itemRect().height()
    label.setMinimumWidth(10)
    label.setMinimumHeight(height)
    label._sizeHint = {
        Qt.SizeHint.MinimumSize: (10, height),
        Qt.SizeHint.PreferredSize: (10, height),
        Qt.SizeHint.MaximumSize: (-1, -1),
        Qt.SizeHint.MinimumDescent: (0, 0),
    }
    label.updateGeometry()


def keep_end_labels(plot: pg.PlotItem, low: float, high: float) -> None:
    """Show low..high on the y axis with room for half a tick label beyond each end, so
    the labels at the ends are not dropped (pyqtgraph hides labels that pass the axis
    ends), however large the font."""
    first = not hasattr(plot, "label_span")
    plot.label_span = (low, high)
    if first:
        plot.vb.sigResized.connect(lambda *_: _fit_span(plot))
    _fit_span(plot)


def _fit_span(plot: pg.PlotItem) -> None:
    low, high = plot.label_span
    text = QFontMetrics(plot.getAxis("left").style["tickFont"] or QFont()).height()
    room = text / 2 + 2
    height = plot.vb.height()
    pad = room / max(height - 2 * room, 1.0) * (high - low) if height > 0 else 0.0
    plot.setYRange(low - pad, high + pad, padding=0)


def flat_rect(brush) -> QGraphicsRectItem:
    item = QGraphicsRectItem()
    item.setPen(QPen(Qt.PenStyle.NoPen))
    item.setBrush(QBrush(brush))
    return item


class ValueAxis(pg.AxisItem):
    """A value axis that writes the numbers as recorded, with the language's decimal sign:
    0.6 g is "0.6" in English and "0,6" in Spanish, never "600" with "(x0.001)"."""

    def __init__(self, orientation: str = "left") -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):
        return [locale_format.decimal(text) for text in super().tickStrings(values, scale, spacing)]


def plain_plot(plot: pg.PlotItem, dates: bool = True) -> None:
    """Common set-up; dates=False hides the date labels of a panel above another."""
    plot.setAxisItems({"left": ValueAxis("left")})
    plot.setMenuEnabled(False)
    if not dates:
        plot.getAxis("bottom").setStyle(showValues=False)
        plot.getAxis("bottom").setHeight(6)
    plot.hideButtons()
    plot.setMouseEnabled(x=True, y=False)
    plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)
    plot.showAxis("right")
    plot.getAxis("right").setWidth(RIGHT_AXIS_WIDTH)


class WindowedPoints:
    """Markers for one series, handed to pyqtgraph only for the days around the view.

    A ScatterPlotItem restyles every spot on each setData; ten years of daily markers
    cost tens of milliseconds, and at that zoom single days cannot be told apart anyway.
    Lines stay complete; markers show when the view spans at most MAX_DAYS days.
    """

    MAX_DAYS = 400

    def __init__(self, item: pg.ScatterPlotItem, limit: bool = True):
        self.item, self.limit = item, limit
        self.x = self.y = np.empty(0)
        self.style: dict = {}
        self.window: tuple[float, float] | None = None

    def set_data(self, x: np.ndarray, y: np.ndarray) -> None:
        self.x, self.y = finite(x, y)
        self._apply()

    def set_style(self, **style) -> None:
        self.style = style
        self._apply()

    def show_window(self, x0: float, x1: float) -> None:
        self.window = (x0, x1)
        self._apply()

    def _apply(self) -> None:
        x, y = self.x, self.y
        if self.limit and self.window is not None:
            x0, x1 = self.window
            span = x1 - x0
            if span > self.MAX_DAYS * DAY_SECONDS:
                x, y = x[:0], y[:0]
            else:
                lo, hi = np.searchsorted(x, [x0 - span, x1 + span])
                x, y = x[lo:hi], y[lo:hi]
        self.item.setData(x, y, **self.style)
