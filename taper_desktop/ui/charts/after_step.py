"""The after-step profile: the mean total on each day of a step after a dose cut."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg

from taper_desktop.ui.charts.common import (
    ENTRY_GAP,
    MIN_CUTS,
    finite,
    keep_end_labels,
    nb,
    set_title,
    title_points,
    tr,
)
from taper_desktop.ui.charts.data import AFTER_STEP_DAYS, ChartData
from taper_desktop.ui.charts.style import ChartColours, with_alpha


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
        plot.getAxis("bottom").setTicks(
            [
                [(d, str(d + 1)) for d in range(0, AFTER_STEP_DAYS + 1, 2)],
                [(d, "") for d in range(AFTER_STEP_DAYS + 1)],
            ]
        )
        plot.setLabel("bottom", tr("day of the step (the step day is day 1)"))
        self.cuts = pg.PlotCurveItem(connect="finite")
        self.mean = pg.PlotCurveItem(connect="finite")
        self.mean_points = pg.ScatterPlotItem(size=6)
        plot.addItem(self.cuts)
        plot.addItem(self.mean)
        plot.addItem(self.mean_points)
        self.legend = pg.LegendItem(offset=(-8, 8), labelTextSize=f"{title_points() * 0.9:.1f}pt")
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
        counts = [
            sum(1 for row in per_step if row[k] is not None) for k in range(AFTER_STEP_DAYS + 1)
        ]
        my = np.array(
            [
                np.nan if v is None or n < MIN_CUTS else v
                for v, n in zip(means, counts, strict=True)
            ],
            dtype=float,
        )
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
        shown = [
            (k, float(v)) for k, v in enumerate(getattr(self, "shown_means", [])) if np.isfinite(v)
        ]
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
        set_title(
            self.plot,
            f"<b>{nb(tr('After each dose cut'))}</b>{ENTRY_GAP}"
            f"<span style='color:{c.muted.name()}'>"
            f"{html.escape(self._count_text())}</span>",
            c,
        )

    def _count_text(self) -> str:
        return tr("%1 total, %n cut(s)", None, self.count).replace("%1", self.key or "")
