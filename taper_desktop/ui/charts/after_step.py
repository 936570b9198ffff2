"""The after-step profile: the mean total on each day of a step after a dose cut."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QTextOption

from taper_desktop.domain.wording import fill
from taper_desktop.ui.charts.common import (
    ENTRY_GAP,
    MIN_CUTS,
    ValueAxis,
    finite,
    keep_end_labels,
    set_title,
    soft,
    swatch,
    tr,
)
from taper_desktop.ui.charts.data import AFTER_STEP_DAYS, ChartData
from taper_desktop.ui.charts.style import ChartColours, mix, with_alpha


class StepDayAxis(pg.AxisItem):
    """The day axis under the after-step profile. Its label wraps onto more lines when
    the axis is narrower than the label (a narrow side column, large text), and the axis
    grows to hold every line; pyqtgraph keeps a label on one line, cut at both ends."""

    NUDGE = 5  # pyqtgraph draws a bottom label this far below the axis's own height
    rewrapped = Signal()  # the label now takes another number of lines

    def __init__(self) -> None:
        super().__init__("bottom")
        self.label.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))

    def resizeEvent(self, ev=None) -> None:
        width = self.size().width()
        if self.label is not None and width > 40 and abs(self.label.textWidth() - width) > 0.5:
            lines = self.label.boundingRect().height()
            self.label.setTextWidth(width)
            self._updateHeight()
            if self.label.boundingRect().height() != lines:
                self.rewrapped.emit()
        super().resizeEvent(ev)

    def _updateHeight(self) -> None:  # pyqtgraph's, then room for every line of the label
        super()._updateHeight()
        label = self.label  # None once the axis is closed
        if (
            self.fixedHeight is None
            and self.isVisible()
            and label is not None
            and label.isVisible()
        ):
            lines = label.boundingRect().height()  # pyqtgraph counted 0.8 of it
            height = self.maximumHeight() + 0.2 * lines - self.NUDGE
            self.setMaximumHeight(height)
            self.setMinimumHeight(height)


class AfterStepPanel:
    """Mean total on days 0..14 after each dose cut, each cut as a thin line behind it."""

    def __init__(self, plot: pg.PlotItem):
        self.plot = plot
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.vb.disableAutoRange()
        self.day_axis = StepDayAxis()
        plot.setAxisItems({"bottom": self.day_axis, "left": ValueAxis("left")})
        plot.setLabel("bottom", tr("day of the step (the step day is day 1)"))
        self._day_fit: tuple[int, float] | None = None
        self.cuts = pg.PlotCurveItem(connect="finite")
        self.mean = pg.PlotCurveItem(connect="finite")
        self.mean_points = pg.ScatterPlotItem(size=6)
        plot.addItem(self.cuts)
        plot.addItem(self.mean)
        plot.addItem(self.mean_points)
        self.message = pg.TextItem(anchor=(0.5, 0.5))  # wrapped to the plot's width
        self.message.textItem.document().setDefaultTextOption(
            QTextOption(Qt.AlignmentFlag.AlignHCenter)
        )
        plot.addItem(self.message, ignoreBounds=True)
        self.count = 0
        self.means: list[float | None] = []
        self.key: str | None = None
        plot.vb.sigResized.connect(self._fit_days)
        self._fit_days()

    def _fit_days(self) -> None:
        """Days 0..14 with room for half a tick label beyond each end (pyqtgraph drops a
        label that passes the axis's end), labelled every 2nd day, or every 7th when the
        labels would crowd (large text, a narrow column); the message wraps to fit."""
        axis = self.plot.getAxis("bottom")
        metrics = QFontMetrics(axis.style["tickFont"] or QFont())
        label = metrics.horizontalAdvance(str(AFTER_STEP_DAYS + 1))
        width = self.plot.vb.width()
        self.message.setTextWidth(max(width - 16, 60))
        room = label / 2 + 2
        pad = max(0.3, room / max(width - 2 * room, 1.0) * AFTER_STEP_DAYS) if width > 0 else 0.3
        self.plot.setXRange(-pad, AFTER_STEP_DAYS + pad, padding=0)
        per_day = width / (AFTER_STEP_DAYS + 2 * pad)
        step = 2 if per_day * 2 >= label + metrics.horizontalAdvance("0") else 7
        if self._day_fit == (step, pad):
            return
        self._day_fit = (step, pad)
        # One day count everywhere (domain.schedule.day_of_step): the step day is day 1, so
        # offset d after the cut is "day d + 1 of the step".
        axis.setTicks(
            [
                [(d, str(d + 1)) for d in range(0, AFTER_STEP_DAYS + 1, step)],
                [(d, "") for d in range(AFTER_STEP_DAYS + 1)],
            ]
        )

    def set_data(self, data: ChartData, key: str) -> None:
        self.key = key
        per_step, means = data.after_step(key)
        self.means = means
        # cuts with at least one total after them: the ones drawn and counted
        per_step = [row for row in per_step if any(v is not None for v in row)]
        self.count = len(per_step)
        days = np.arange(AFTER_STEP_DAYS + 1, dtype=float)
        xs: list[np.ndarray] = []
        ys: list[np.ndarray] = []
        for row in per_step:
            xs.append(days)
            ys.append(np.array([np.nan if v is None else v for v in row], dtype=float))
            xs.append(np.array([np.nan]))
            ys.append(np.array([np.nan]))
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
        self.plot.setLabel("left", fill(tr("%1 total"), key))
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
            where = tr("on day 1 (the day of the cut)") if k == 0 else fill(tr("on day %1"), k + 1)
            return f"{v:.0f} {where}"

        parts = [at(*first)]
        if peak[0] not in (first[0], last[0]):
            parts.append(fill(tr("highest %1"), at(*peak)))
        elif peak[0] == first[0] and peak[0] != last[0]:
            parts[0] = fill(tr("highest %1"), parts[0])
        if last[0] != first[0]:
            highest = tr("(highest)")
            parts.append(at(*last) + (" " + highest if peak[0] == last[0] else ""))
        return fill(tr("Mean %1 total after a cut: %2."), self.key, ", ".join(parts))

    def set_colours(self, c: ChartColours) -> None:
        alpha = int(max(25, min(90, 900 / max(self.count, 1))))  # fainter when there are many
        self.cuts.setPen(pg.mkPen(with_alpha(c.total, alpha), width=1))
        self.mean.setPen(pg.mkPen(c.mean, width=3))
        self.mean_points.setBrush(c.mean)
        self.mean_points.setPen(pg.mkPen(c.background, width=1))
        self.message.setColor(c.muted)
        self.message.setFont(QFont())  # the app's, so it follows the text size
        # the legend in the title, as on the other panels (none before the first cut);
        # in a narrow column even one entry may wrap, rather than spill out of the plot
        parts = [
            f"<b>{soft(tr('After each dose cut'))}</b>",
            f"<span style='color:{c.muted.name()}'>{soft(self._count_text())}</span>",
        ]
        if self.count:
            mean = soft(tr("mean of 2 or more cuts"))
            each = soft(tr("each cut, until the next"))
            parts.append(f"{swatch(c.mean, '&#9473;')}&nbsp;{mean}")
            parts.append(f"{swatch(mix(c.total, c.background, 0.35), '&#9472;')}&nbsp;{each}")
        set_title(
            self.plot,
            ENTRY_GAP.join(parts),
            c,
        )

    def _count_text(self) -> str:
        return fill(tr("%1 total, %n cut(s)", None, self.count), self.key or "")
