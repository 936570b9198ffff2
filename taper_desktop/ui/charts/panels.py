"""The panels over time that share a date axis: totals against the dose steps, the
doses, and the companion measures (the item heatmap is in heatmap.py)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QGraphicsRectItem

from taper_desktop.domain import scales
from taper_desktop.domain.wording import fill
from taper_desktop.ui import locale_format
from taper_desktop.ui.charts.common import (
    ENTRY_GAP,
    HALF_DAY,
    MEASURE_STYLES,
    WindowedPoints,
    finite,
    flat_rect,
    keep_end_labels,
    measure_label,
    nb,
    plain_plot,
    set_title,
    soft,
    step_line,
    swatch,
    tr,
)
from taper_desktop.ui.charts.data import (
    DAY_SECONDS,
    MEASURES,
    ChartData,
    day_x,
)
from taper_desktop.ui.charts.style import ChartColours, with_alpha
from taper_desktop.ui.translations import scale_text


def _hold_regions(
    plot: pg.PlotItem, data: ChartData, low: float, high: float, old: list, labelled: bool
) -> tuple[list, list]:
    """Shade each hold from low to high (a day wide at each end); labelled: 'hold' on top."""
    for item in old:
        plot.removeItem(item)
    rects, labels = [], []
    for start, end in data.holds:
        rect = flat_rect(Qt.GlobalColor.transparent)
        a, b = day_x(start) - HALF_DAY, day_x(end) + HALF_DAY
        rect.setRect(QRectF(a, low, b - a, high - low))
        rect.setZValue(-15)
        plot.addItem(rect, ignoreBounds=True)
        rects.append(rect)
        if labelled:
            label = pg.TextItem(tr("hold"), anchor=(0, 0))
            label.start, label.end = a, b
            plot.addItem(label, ignoreBounds=True)
            labels.append(label)
    return rects, labels


def _step_lines(data: ChartData, low: float, high: float) -> tuple[np.ndarray, np.ndarray]:
    cuts = [day_x(d) - HALF_DAY for d, _dose in data.step_changes[1:]]
    return np.repeat(np.array(cuts, dtype=float), 2), np.tile([low, high], len(cuts))


class MainPanel:
    """Daily total (points and line with gaps), 7-day mean and the conventional bands as
    a faint background, named on the right axis, clear of the data. The doses have a
    panel of their own (DosePanel) just below."""

    def __init__(self, plot: pg.PlotItem):
        self.plot = plot
        plain_plot(plot, dates=False)
        band_axis = plot.getAxis("right")
        band_axis.setStyle(tickLength=0)
        self.bands = [flat_rect(Qt.GlobalColor.transparent) for _ in range(3)]
        self.band_names: list[tuple[float, str]] = []  # (middle of the band, its name)
        for band in self.bands:
            plot.addItem(band, ignoreBounds=True)
            band.setZValue(-20)
        self.holds: list[QGraphicsRectItem] = []
        self.hold_labels: list[pg.TextItem] = []
        self.steps = pg.PlotCurveItem(connect="pairs")
        plot.addItem(self.steps, ignoreBounds=True)
        self.total_line = pg.PlotCurveItem(connect="finite")
        self.total_points = pg.ScatterPlotItem(size=6)
        self.mean = pg.PlotCurveItem(connect="finite")
        self.partial = pg.ScatterPlotItem(symbol="t1", size=9)
        self.total_markers = WindowedPoints(self.total_points)
        self.partial_markers = WindowedPoints(self.partial, limit=False)
        for item in (self.total_line, self.mean, self.total_points, self.partial):
            plot.addItem(item)
        self.hover = pg.InfiniteLine(angle=90, movable=False)
        plot.addItem(self.hover, ignoreBounds=True)
        self.hover.hide()
        plot.sigXRangeChanged.connect(self._place_labels)
        self.colours: ChartColours | None = None
        self.key: str | None = None

    def _place_labels(self) -> None:
        (x0, x1), (_y0, y1) = self.plot.vb.viewRange()
        for label in self.hold_labels:
            label.setPos(max(label.start, x0), y1)
            label.setVisible(label.start < x1 and label.end > x0)

    def set_data(self, data: ChartData, key: str) -> None:
        """Draw one instrument's totals; never the two instruments on one axis."""
        self.key = key
        series = data.instruments[key]
        scale = series.scale
        x = data.x
        top = np.nanmax(series.total) if np.isfinite(series.total).any() else 0.0
        floor = 12 if scale.bands else 8
        ymax = float(min(scale.max_total, max(floor, math.ceil(top * 1.2 + 2))))
        pad = ymax * 0.08
        self.plot.setYRange(-pad, ymax, padding=0)
        self.total_line.setData(x, series.total)
        self.total_markers.set_data(x, series.total)
        self.mean.setData(x, series.mean)
        px = x[series.partial]
        self.partial_markers.set_data(px, np.full(len(px), -pad / 2))
        x0, x1 = x[0] - 400 * DAY_SECONDS, x[-1] + 400 * DAY_SECONDS
        shown = [b for b in scale.bands if b.low > 0]
        self.band_names = []
        for i, rect in enumerate(self.bands):
            if i < len(shown) and shown[i].low - 0.5 < ymax:
                band = shown[i]
                lo, hi = band.low - 0.5, min(band.high + 0.5, ymax)
                rect.setRect(QRectF(x0, lo, x1 - x0, hi - lo))
                rect.show()
                self.band_names.append(((lo + hi) / 2, scale_text(band.name)))
            else:
                rect.hide()
        self.plot.getAxis("right").setTicks([self.band_names, []])
        self.steps.setData(*_step_lines(data, 0.0, ymax))
        self.holds, self.hold_labels = _hold_regions(
            self.plot, data, -pad, ymax, self.holds + self.hold_labels, labelled=True
        )
        self.plot.setLabel("left", fill(tr("%1 total"), key))
        if self.colours:
            self._colour_holds(self.colours)
            self._set_title(self.colours)
        self._place_labels()

    def show_window(self, x0: float, x1: float) -> None:
        for markers in (self.total_markers, self.partial_markers):
            markers.show_window(x0, x1)

    def _colour_holds(self, c: ChartColours) -> None:
        for rect in self.holds:
            rect.setBrush(QBrush(c.hold))
        for label in self.hold_labels:
            label.setColor(c.muted)
            label.setFont(QFont())  # the app's, so it follows the text size

    def set_colours(self, c: ChartColours) -> None:
        self.colours = c
        for rect, colour in zip(self.bands, c.bands, strict=False):
            rect.setBrush(QBrush(colour))
        self.plot.getAxis("right").setTextPen(pg.mkPen(c.muted))
        self._colour_holds(c)
        self.steps.setPen(pg.mkPen(c.muted, width=1, style=Qt.PenStyle.DashLine))
        self.total_line.setPen(pg.mkPen(with_alpha(c.total, 150), width=1.2))
        self.total_markers.set_style(
            brush=pg.mkBrush(c.total), pen=pg.mkPen(c.background, width=0.8)
        )
        self.mean.setPen(pg.mkPen(c.mean, width=3))
        self.partial_markers.set_style(brush=pg.mkBrush(None), pen=pg.mkPen(c.partial, width=1.6))
        self.hover.setPen(pg.mkPen(c.hover, width=1))
        self._set_title(c)

    def _set_title(self, c: ChartColours) -> None:
        key = self.key or scales.SOWS
        parts = [
            f"<b>{key}</b>",
            f"{swatch(c.total)}&nbsp;{nb(tr('daily total'))}",
            f"{swatch(c.mean, '&#9473;')}&nbsp;{nb(tr('7-day mean'))}",
            f"{swatch(c.partial, '&#9651;')}&nbsp;{nb(tr('partial, no total'))}",
            f"<span style='color:{c.muted.name()}'>&#9482;</span>&nbsp;{nb(tr('step'))}",
        ]
        if self.band_names:
            parts.append(
                f"<span style='color:{c.muted.name()}'>&#9617;&nbsp;"
                f"{soft(tr('shading: conventional bands, named at the right'))}</span>"
            )
        set_title(self.plot, ENTRY_GAP.join(parts), c)


class DosePanel:
    """The planned dose as a step line and each day's dose taken, on an axis of their own
    below the symptom totals, so the dose never reads as part of a severity band."""

    def __init__(self, plot: pg.PlotItem):
        self.plot = plot
        plain_plot(plot, dates=False)
        plot.getAxis("right").setStyle(showValues=False)
        self.holds: list[QGraphicsRectItem] = []
        self.steps = pg.PlotCurveItem(connect="pairs")
        plot.addItem(self.steps, ignoreBounds=True)
        self.planned = pg.PlotCurveItem(connect="finite")
        self.taken = pg.ScatterPlotItem(symbol="d", size=7)
        self.taken_points = WindowedPoints(self.taken)
        plot.addItem(self.planned)
        plot.addItem(self.taken)  # over the plan line: a dose taken as planned shows
        self.hover = pg.InfiniteLine(angle=90, movable=False)
        plot.addItem(self.hover, ignoreBounds=True)
        self.hover.hide()
        self.colours: ChartColours | None = None
        self.unit = ""
        self.data: ChartData | None = None
        self.top = 1.0

    def set_data(self, data: ChartData) -> None:
        self.unit = data.unit
        self.data = data
        x = data.x
        dmax = np.nanmax(np.concatenate([data.planned, data.taken, [0.0]]))
        top = float(dmax * 1.15) if dmax > 0 else 1.0
        self.top = top
        keep_end_labels(self.plot, 0, top)
        self.planned.setData(*step_line(x, data.planned))
        self.taken_points.set_data(*finite(x, data.taken))
        self.steps.setData(*_step_lines(data, 0.0, top))
        self.holds, _labels = _hold_regions(
            self.plot, data, -top, 2 * top, self.holds, labelled=False
        )
        self.plot.setLabel(
            "left",
            fill(tr("Dose (%1)"), locale_format.unit(data.unit)) if data.unit else tr("Dose"),
        )
        if self.colours:
            self.set_colours(self.colours)

    def show_window(self, x0: float, x1: float) -> None:
        """The days in view: their markers, and the dose axis fitted to the doses in view,
        so 0.6 g late in a taper is not a flat line under the 8 g of its start."""
        self.taken_points.show_window(x0, x1)
        data = self.data
        if data is None or not len(data.x):
            return
        shown = (data.x >= x0 - DAY_SECONDS) & (data.x <= x1 + DAY_SECONDS)
        # the plan line entering the view from the left counts too
        before = np.flatnonzero(data.x < x0)
        if len(before):
            shown[before[-1]] = True
        values = np.concatenate([data.planned[shown], data.taken[shown], [0.0]])
        dmax = float(np.nanmax(values))
        top = dmax * 1.15 if dmax > 0 else self.top
        if getattr(self.plot, "label_span", None) != (0, top):
            keep_end_labels(self.plot, 0, top)

    def set_colours(self, c: ChartColours) -> None:
        self.colours = c
        for rect in self.holds:
            rect.setBrush(QBrush(c.hold))
        self.steps.setPen(pg.mkPen(c.muted, width=1, style=Qt.PenStyle.DashLine))
        self.taken_points.set_style(
            brush=pg.mkBrush(c.taken), pen=pg.mkPen(c.background, width=0.6)
        )
        self.planned.setPen(pg.mkPen(c.planned, width=2.5))
        self.hover.setPen(pg.mkPen(c.hover, width=1))
        unit = f" ({locale_format.unit(self.unit)})" if self.unit else ""
        set_title(
            self.plot,
            ENTRY_GAP.join(
                [
                    f"<b>{nb(tr('Dose') + unit)}</b>",
                    f"{swatch(c.planned, '&#9473;')}&nbsp;{nb(tr('planned dose'))}",
                    f"{swatch(c.taken, '&#9670;')}&nbsp;{nb(tr('dose taken'))}",
                    f"{swatch(with_alpha(c.hold, 255), '&#9632;')}&nbsp;{nb(tr('hold'))}",
                ]
            ),
            c,
        )


class MeasuresPanel:
    """Craving, pain, sleep quality and mood (0-10): daily points and a 7-day mean each."""

    def __init__(self, plot: pg.PlotItem):
        self.plot = plot
        plain_plot(plot, dates=False)
        keep_end_labels(plot, 0, 10)
        plot.getAxis("left").setTicks([[(v, str(v)) for v in (0, 5, 10)]])
        plot.getAxis("right").setTicks([[(v, str(v)) for v in (0, 5, 10)]])
        plot.setLabel("left", tr("0-10"))
        self.points = {m: pg.ScatterPlotItem(size=7, symbol=MEASURE_STYLES[m][1]) for m in MEASURES}
        self.means = {m: pg.PlotCurveItem(connect="finite") for m in MEASURES}
        self.markers = {m: WindowedPoints(self.points[m]) for m in MEASURES}
        for m in MEASURES:
            plot.addItem(self.points[m])
            plot.addItem(self.means[m])
        self.hover = pg.InfiniteLine(angle=90, movable=False)
        plot.addItem(self.hover, ignoreBounds=True)
        self.hover.hide()
        self.shown = set(MEASURES)

    def set_data(self, data: ChartData) -> None:
        for m in MEASURES:
            self.markers[m].set_data(data.x, data.measures[m])
            self.means[m].setData(data.x, data.measure_means[m])

    def show_window(self, x0: float, x1: float) -> None:
        for markers in self.markers.values():
            markers.show_window(x0, x1)

    def set_visible(self, measure: str, visible: bool) -> None:
        if visible:
            self.shown.add(measure)
        else:
            self.shown.discard(measure)
        self.points[measure].setVisible(visible)
        self.means[measure].setVisible(visible)

    def set_colours(self, c: ChartColours) -> None:
        parts = [f"<b>{tr('How you felt')}</b>"]
        for m in MEASURES:
            colour = c.measures[m]
            # full colour with a thin rim of the background: clear, even where they overlap
            self.markers[m].set_style(
                brush=pg.mkBrush(colour), pen=pg.mkPen(c.background, width=0.8)
            )
            self.means[m].setPen(pg.mkPen(colour, width=2.4, style=MEASURE_STYLES[m][0]))
            parts.append(f"{swatch(colour)}&nbsp;{nb(measure_label(m))}")
        parts.append(
            f"<span style='color:{c.muted.name()}'>"
            f"{soft(tr('(points: each day; lines: 7-day mean)'))}</span>"
        )
        set_title(self.plot, ENTRY_GAP.join(parts), c)
        self.hover.setPen(pg.mkPen(c.hover, width=1))
