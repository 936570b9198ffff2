"""The plot panels: totals against the dose steps, companion measures, the item
heatmap (these three share a date axis) and the after-step profile."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QFontInfo
from PySide6.QtWidgets import QGraphicsRectItem

from taper_desktop.domain import scales
from taper_desktop.ui.charts.common import (
    HALF_DAY, MEASURE_STYLES, MIN_CUTS, WindowedPoints, plain_plot, flat_rect, finite,
    ENTRY_GAP, keep_end_labels, measure_label, nb, set_title, step_line, swatch, tr,
)
from taper_desktop.ui.charts.data import (
    AFTER_STEP_DAYS, DAY_SECONDS, MEASURES, ChartData, day_x,
)
from taper_desktop.ui.charts.style import ChartColours, with_alpha
from taper_desktop.ui.translations import scale_text


class MainPanel:
    """Daily total (points and line with gaps), 7-day mean, conventional bands, the
    planned dose as a step line and the dose taken as bars on a second axis."""

    def __init__(self, plot: pg.PlotItem):
        self.plot = plot
        plain_plot(plot, dates=False)
        self.doses = pg.ViewBox(enableMenu=False)
        self.doses.setMouseEnabled(x=False, y=False)
        plot.scene().addItem(self.doses)
        plot.getAxis("right").linkToView(self.doses)
        self.doses.setXLink(plot.vb)
        self.doses.setZValue(plot.vb.zValue() - 1)
        plot.vb.sigResized.connect(self._sync_doses)

        self.bands = [flat_rect(Qt.GlobalColor.transparent) for _ in range(3)]
        self.band_labels = [pg.TextItem(anchor=(0, 0.5)) for _ in range(3)]
        for band, label in zip(self.bands, self.band_labels):
            plot.addItem(band, ignoreBounds=True)
            plot.addItem(label, ignoreBounds=True)
            band.setZValue(-20)
            label.setZValue(-19)  # under the data
        self.holds: list[QGraphicsRectItem] = []
        self.hold_labels: list[pg.TextItem] = []
        self.steps = pg.PlotCurveItem(connect="pairs")
        self.taken = pg.ScatterPlotItem(symbol="d", size=7)
        self.taken_points = WindowedPoints(self.taken)
        self.planned = pg.PlotCurveItem(connect="finite")
        self.doses.addItem(self.planned)
        self.doses.addItem(self.taken)  # over the plan line: a dose taken as planned shows
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
        self.unit = ""

    def _sync_doses(self) -> None:
        self.doses.setGeometry(self.plot.vb.sceneBoundingRect())
        self.doses.linkedViewChanged(self.plot.vb, self.doses.XAxis)

    def _place_labels(self) -> None:
        left = self.plot.vb.viewRange()[0][0]
        for label in self.band_labels:
            label.setPos(left, label.pos().y())
        (x0, x1), (_y0, y1) = self.plot.vb.viewRange()
        for label in self.hold_labels:
            label.setPos(max(label.start, x0), y1)
            label.setVisible(label.start < x1 and label.end > x0)

    def set_data(self, data: ChartData, key: str) -> None:
        """Draw one instrument's totals; never the two instruments on one axis."""
        self.key, self.unit = key, data.unit
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
        for i, (rect, label) in enumerate(zip(self.bands, self.band_labels)):
            if i < len(shown):
                band = shown[i]
                lo, hi = band.low - 0.5, min(band.high + 0.5, ymax)
                rect.setRect(QRectF(x0, lo, x1 - x0, hi - lo))
                label.setText(tr("conventional: %s") % scale_text(band.name))
                label.setPos(x[0], (lo + min(hi, ymax)) / 2)
                rect.setVisible(lo < ymax)
                label.setVisible(lo < ymax)
            else:
                rect.hide()
                label.hide()
        # doses on the right axis, zero lined up with the totals' zero
        dmax = np.nanmax(np.concatenate([data.planned, data.taken, [0.0]]))
        dmax = float(dmax * 1.15) if dmax > 0 else 1.0
        self.doses.setYRange(-dmax * pad / ymax, dmax, padding=0)
        self.planned.setData(*step_line(x, data.planned))
        tx, ty = finite(x, data.taken)
        self.taken_points.set_data(tx, ty)
        cuts = [day_x(d) - HALF_DAY for d, _dose in data.step_changes[1:]]
        sx = np.repeat(np.array(cuts, dtype=float), 2)
        sy = np.tile([0.0, ymax], len(cuts))
        self.steps.setData(sx, sy)
        for item in self.holds + self.hold_labels:
            self.plot.removeItem(item)
        self.holds, self.hold_labels = [], []
        for start, end in data.holds:
            rect = flat_rect(Qt.GlobalColor.transparent)
            a, b = day_x(start) - HALF_DAY, day_x(end) + HALF_DAY
            rect.setRect(QRectF(a, -pad, b - a, ymax + pad))
            rect.setZValue(-15)
            label = pg.TextItem(tr("hold"), anchor=(0, 0))
            label.start, label.end = a, b
            self.plot.addItem(rect, ignoreBounds=True)
            self.plot.addItem(label, ignoreBounds=True)
            self.holds.append(rect)
            self.hold_labels.append(label)
        self.plot.setLabel("left", tr("%s total") % key)
        if self.colours:
            self._colour_holds(self.colours)
            self._set_title(self.colours)
        self._place_labels()

    def show_window(self, x0: float, x1: float) -> None:
        for markers in (self.total_markers, self.taken_points, self.partial_markers):
            markers.show_window(x0, x1)

    def _colour_holds(self, c: ChartColours) -> None:
        for rect in self.holds:
            rect.setBrush(QBrush(c.hold))
        for label in self.hold_labels:
            label.setColor(c.muted)

    def set_colours(self, c: ChartColours) -> None:
        self.colours = c
        for rect, colour in zip(self.bands, c.bands):
            rect.setBrush(QBrush(colour))
        for label in self.band_labels:
            label.setColor(c.muted)

        self._colour_holds(c)
        self.steps.setPen(pg.mkPen(c.muted, width=1, style=Qt.PenStyle.DashLine))
        self.taken_points.set_style(brush=pg.mkBrush(c.taken),
                                    pen=pg.mkPen(c.background, width=0.6))
        self.planned.setPen(pg.mkPen(c.planned, width=2.5))
        self.total_line.setPen(pg.mkPen(with_alpha(c.total, 150), width=1.2))
        self.total_markers.set_style(brush=pg.mkBrush(c.total),
                                     pen=pg.mkPen(c.background, width=0.8))
        self.mean.setPen(pg.mkPen(c.mean, width=3))
        self.partial_markers.set_style(brush=pg.mkBrush(None),
                                       pen=pg.mkPen(c.partial, width=1.6))
        self.hover.setPen(pg.mkPen(c.hover, width=1))
        self._set_title(c)

    def _set_title(self, c: ChartColours) -> None:
        key = self.key or scales.SOWS
        unit = f" ({self.unit}) \u2192" if self.unit else " \u2192"
        parts = [
            f"<b>{key}</b>",
            f"{swatch(c.total)}&nbsp;{nb(tr('daily total'))}",
            f"{swatch(c.mean, '&#9473;')}&nbsp;{nb(tr('7-day mean'))}",
            f"{swatch(c.partial, '&#9651;')}&nbsp;{nb(tr('partial, no total'))}",
            f"{swatch(c.planned, '&#9473;')}&nbsp;{nb(tr('planned dose') + unit)}",
            f"{swatch(c.taken, '&#9670;')}&nbsp;{nb(tr('dose taken') + unit)}",
            f"<span style='color:{c.muted.name()}'>&#9482;</span>&nbsp;{nb(tr('step'))}",
        ]
        set_title(self.plot, ENTRY_GAP.join(parts), c)


class MeasuresPanel:
    """Craving, pain, sleep quality and mood (0-10): daily points and a 7-day mean each."""

    def __init__(self, plot: pg.PlotItem):
        self.plot = plot
        plain_plot(plot, dates=False)
        keep_end_labels(plot, 0, 10)
        plot.getAxis("left").setTicks([[(v, str(v)) for v in (0, 5, 10)]])
        plot.getAxis("right").setTicks([[(v, str(v)) for v in (0, 5, 10)]])
        plot.setLabel("left", tr("0-10"))
        self.points = {m: pg.ScatterPlotItem(size=5, symbol=MEASURE_STYLES[m][1])
                       for m in MEASURES}
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
            self.markers[m].set_style(brush=pg.mkBrush(with_alpha(colour, 110)),
                                      pen=pg.mkPen(None))
            self.means[m].setPen(pg.mkPen(colour, width=2.4, style=MEASURE_STYLES[m][0]))
            parts.append(f"{swatch(colour)}&nbsp;{nb(measure_label(m))}")
        parts.append(f"<span style='color:{c.muted.name()}'>"
                     f"{nb(tr('(points: each day; lines: 7-day mean)'))}</span>")
        set_title(self.plot, ENTRY_GAP.join(parts), c)
        self.hover.setPen(pg.mkPen(c.hover, width=1))


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
        plot.vb.sigResized.connect(self._fit_labels)
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
        self.image.setImage(series.items.T, levels=(-0.5, scale.max_item + 0.5),
                            autoLevels=False)
        self.image.setRect(QRectF(data.x[0] - HALF_DAY, 0, len(data.x) * DAY_SECONDS, n_items))
        self.labels = [scale_text(label) for _k, label in scale.items]
        self._label_fit = None
        self._fit_labels()
        self.plot.getAxis("right").setTicks([[], []])
        self.plot.setYRange(0, n_items, padding=0)
        if self.colours:
            self.set_colours(self.colours)

    def _fit_labels(self) -> None:
        """Item names in a font that fits one row each; when rows are too thin even for
        a small font, every second name (the row order is the scale's)."""
        if not self.labels:
            return
        row = self.plot.vb.height() / len(self.labels)
        size = max(8, min(round(QFontInfo(QFont()).pixelSize() * 0.85), int(row)))
        every = max(1, math.ceil(size / max(row, 1.0)))
        if self._label_fit == (size, every):
            return
        self._label_fit = (size, every)
        font = QFont()
        font.setPixelSize(size)
        axis = self.plot.getAxis("left")
        axis.setStyle(tickFont=font)
        axis.setTicks([[(i + 0.5, label) for i, label in enumerate(self.labels)
                        if i % every == 0], []])

    def set_colours(self, c: ChartColours) -> None:
        self.colours = c
        scale = scales.instrument(self.key or scales.SOWS)
        # one colour per score: the ramp's ends and evenly spaced steps between them
        ramp = c.heatmap
        steps = [ramp[round(i * (len(ramp) - 1) / scale.max_item)]
                 for i in range(scale.max_item + 1)]
        self.image.setLookupTable(np.array([[q.red(), q.green(), q.blue(), 255] for q in steps],
                                            dtype=np.ubyte))
        self.image.setLevels((-0.5, scale.max_item + 0.5))
        keys = "&nbsp;".join(f"{swatch(q, '&#9632;')}{i}" for i, q in enumerate(steps))
        set_title(self.plot, ENTRY_GAP.join([
            f"<b>{nb(tr('Items by day'))}&nbsp;({scale.key})</b>",
            f"{nb(scale_text(scale.anchors[0]))}&nbsp;{keys}&nbsp;"
            f"{nb(scale_text(scale.anchors[-1]))}",
            f"<span style='color:{c.muted.name()}'>{nb(tr('blank: not answered'))}</span>"]), c)
        self.hover.setPen(pg.mkPen(c.hover, width=1))


class AfterStepPanel:
    """Mean total on days 0..14 after each dose cut, each cut as a thin line behind it."""

    def __init__(self, plot: pg.PlotItem):
        self.plot = plot
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.vb.disableAutoRange()
        plot.setXRange(-0.3, AFTER_STEP_DAYS + 0.3, padding=0)
        # One day count everywhere (domain.schedule.day_of_step): the step day is day 1, so
        # offset d after the cut is "day d + 1 of the step".
        plot.getAxis("bottom").setTicks([[(d, str(d + 1))
                                          for d in range(0, AFTER_STEP_DAYS + 1, 2)],
                                         [(d, "") for d in range(AFTER_STEP_DAYS + 1)]])
        plot.setLabel("bottom", tr("day of the step (the step day is day 1)"))
        self.cuts = pg.PlotCurveItem(connect="finite")
        self.mean = pg.PlotCurveItem(connect="finite")
        self.mean_points = pg.ScatterPlotItem(size=6)
        plot.addItem(self.cuts)
        plot.addItem(self.mean)
        plot.addItem(self.mean_points)
        self.legend = pg.LegendItem(offset=(-8, 8), labelTextSize="8pt")
        self.legend.setParentItem(plot.vb)
        self.legend.addItem(self.mean, tr("mean of 2 or more cuts"))
        self.legend.addItem(self.cuts, tr("each cut, until the next"))
        self.message = pg.TextItem(anchor=(0.5, 0.5))
        plot.addItem(self.message, ignoreBounds=True)
        self.count = 0
        self.means: list[float | None] = []
        self.key: str | None = None

    def set_data(self, data: ChartData, key: str) -> None:
        self.key = key
        per_step, means = data.after_step(key)
        self.means = means
        # cuts with at least one total after them: the ones drawn and counted
        per_step = [row for row in per_step if any(v is not None for v in row)]
        self.count = len(per_step)
        days = np.arange(AFTER_STEP_DAYS + 1, dtype=float)
        xs, ys = [], []
        for row in per_step:
            xs.append(days)
            ys.append(np.array([np.nan if v is None else v for v in row], dtype=float))
            xs.append([np.nan])
            ys.append([np.nan])
        if xs:
            self.cuts.setData(np.concatenate(xs), np.concatenate(ys))
        else:
            self.cuts.setData([], [])
        counts = [sum(1 for row in per_step if row[k] is not None)
                  for k in range(AFTER_STEP_DAYS + 1)]
        my = np.array([np.nan if v is None or n < MIN_CUTS else v
                       for v, n in zip(means, counts)], dtype=float)
        self.mean.setData(days, my)
        self.shown_means = my
        self.mean_points.setData(*finite(days, my))
        top = np.nanmax(np.concatenate(ys)) if ys and np.isfinite(np.concatenate(ys)).any() else 10
        keep_end_labels(self.plot, 0, float(top) * 1.1 + 1)
        self.plot.setLabel("left", tr("%s total") % key)
        if self.count == 0:
            self.message.setText(tr("No dose cut with check-ins after it yet."))
            self.message.setPos(AFTER_STEP_DAYS / 2, float(top) * 0.55)
            self.message.show()
        else:
            self.message.hide()

    def summary(self) -> str:
        """The drawn mean in words: its level on the first day, its peak and its last day."""
        shown = [(k, float(v)) for k, v in enumerate(getattr(self, "shown_means", []))
                 if np.isfinite(v)]
        if not shown:
            return ""
        first, last = shown[0], shown[-1]
        peak = max(shown, key=lambda kv: kv[1])

        def at(k: int, v: float) -> str:
            where = tr("on day 1 (the day of the cut)") if k == 0 else tr("on day %d") % (k + 1)
            return f"{v:.0f} {where}"

        parts = [at(*first)]
        if peak[0] not in (first[0], last[0]):
            parts.append(tr("highest %s") % at(*peak))
        elif peak[0] == first[0] and peak[0] != last[0]:
            parts[0] = tr("highest %s") % parts[0]
        if last[0] != first[0]:
            highest = tr("(highest)")
            parts.append(at(*last) + (" " + highest if peak[0] == last[0] else ""))
        return tr("Mean %s total after a cut: %s.") % (self.key, ", ".join(parts))

    def set_colours(self, c: ChartColours) -> None:
        alpha = int(max(25, min(90, 900 / max(self.count, 1))))  # fainter when there are many
        self.cuts.setPen(pg.mkPen(with_alpha(c.total, alpha), width=1))
        self.mean.setPen(pg.mkPen(c.mean, width=3))
        self.mean_points.setBrush(c.mean)
        self.mean_points.setPen(pg.mkPen(c.background, width=1))
        self.message.setColor(c.muted)
        self.legend.setLabelTextColor(c.foreground)
        self.legend.setBrush(with_alpha(c.background, 200))
        self.legend.setPen(pg.mkPen(None))
        set_title(self.plot, f"<b>{nb(tr('After each dose cut'))}</b>{ENTRY_GAP}"
                  f"<span style='color:{c.muted.name()}'>"
                  f"{nb(self._count_text())}</span>", c)

    def _count_text(self) -> str:
        if self.count == 1:
            return tr("%s total, 1 cut") % (self.key or "")
        return tr("%s total, %d cuts") % (self.key or "", self.count)
