"""The item heatmap: item scores by day, one row per item of the shown instrument,
under the other panels on the same date axis."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics

from taper_desktop.domain import scales
from taper_desktop.ui.charts.common import (
    ENTRY_GAP,
    HALF_DAY,
    nb,
    plain_plot,
    set_title,
    swatch,
    tr,
    wrap,
)
from taper_desktop.ui.charts.data import DAY_SECONDS, ChartData
from taper_desktop.ui.charts.style import ChartColours
from taper_desktop.ui.translations import scale_text


class HeatmapPanel:
    """Item scores by day, one row per item of the shown instrument, so it is visible
    which symptoms drive the total. Blank cells: not answered."""

    def __init__(self, plot: pg.PlotItem):
        self.plot = plot
        plain_plot(plot)
        plot.invertY(True)
        plot.getAxis("left").setStyle(tickLength=0)
        self.labels: list[str] = []
        self._label_fit: tuple[int, int] | None = None
        plot.getAxis("left").geometryChanged.connect(self._fit_labels)
        self.image = pg.ImageItem(axisOrder="col-major")
        plot.addItem(self.image)
        self.hover = pg.InfiniteLine(angle=90, movable=False)
        plot.addItem(self.hover, ignoreBounds=True)
        self.hover.hide()
        self.key: str | None = None
        self.colours: ChartColours | None = None

    def set_data(self, data: ChartData, key: str) -> None:
        self.key = key
        series = data.instruments[key]
        scale = series.scale
        n_items = len(scale.items)
        self.image.setImage(series.items.T, levels=(-0.5, scale.max_item + 0.5), autoLevels=False)
        self.image.setRect(QRectF(data.x[0] - HALF_DAY, 0, len(data.x) * DAY_SECONDS, n_items))
        self.labels = [scale_text(label) for _k, label in scale.items]
        self._label_fit = None
        self._fit_labels()
        self.plot.getAxis("right").setTicks([[], []])
        self.plot.setYRange(0, n_items, padding=0)
        if self.colours:
            self.set_colours(self.colours)

    def label_font(self) -> QFont:
        """The item names' font: a little smaller than the app's, never below 8 px."""
        font = QFont()
        font.setPixelSize(max(8, round(QFontInfo(QFont()).pixelSize() * 0.85)))
        return font

    def label_width(self) -> int:
        """Width the longest item name needs on one line, with the gap to the cells."""
        metrics = QFontMetrics(self.label_font())
        return max((metrics.horizontalAdvance(t) for t in self.labels), default=0) + 14

    def row_height(self, axis_width: int) -> int:
        """Pixels one row needs so that every name shows, wrapped to axis_width."""
        metrics = QFontMetrics(self.label_font())
        lines = max((len(wrap(t, metrics, axis_width - 14)) for t in self.labels), default=1)
        return lines * metrics.height()

    def _fit_labels(self) -> None:
        """Every item name, in a readable font, wrapped onto a second line when the axis
        is narrower than the name (the tab gives the rows the height this needs)."""
        if not self.labels:
            return
        axis = self.plot.getAxis("left")
        width = int(axis.fixedWidth or axis.size().width())
        font = self.label_font()
        fit = (font.pixelSize(), width)
        if self._label_fit == fit:
            return
        self._label_fit = fit
        metrics = QFontMetrics(font)
        axis.setStyle(tickFont=font)
        axis.setTicks(
            [
                [
                    (i + 0.5, "\n".join(wrap(label, metrics, width - 14)))
                    for i, label in enumerate(self.labels)
                ],
                [],
            ]
        )

    def set_colours(self, c: ChartColours) -> None:
        self.colours = c
        scale = scales.instrument(self.key or scales.SOWS)
        # one colour per score: the ramp's ends and evenly spaced steps between them
        ramp = c.heatmap
        steps = [
            ramp[round(i * (len(ramp) - 1) / scale.max_item)] for i in range(scale.max_item + 1)
        ]
        self.image.setLookupTable(
            np.array([[q.red(), q.green(), q.blue(), 255] for q in steps], dtype=np.ubyte)
        )
        self.image.setLevels((-0.5, scale.max_item + 0.5))
        keys = "&nbsp;".join(f"{swatch(q, '&#9632;')}{i}" for i, q in enumerate(steps))
        set_title(
            self.plot,
            ENTRY_GAP.join(
                [
                    f"<b>{nb(tr('Items by day'))}&nbsp;({scale.key})</b>",
                    # may break beside the boxes, in a narrow plot with large text
                    f"{nb(scale_text(scale.anchors[0]))} {keys} "
                    f"{nb(scale_text(scale.anchors[-1]))}",
                    f"<span style='color:{c.muted.name()}'>{nb(tr('blank: not answered'))}</span>",
                ]
            ),
            c,
        )
        self.hover.setPen(pg.mkPen(c.hover, width=1))
