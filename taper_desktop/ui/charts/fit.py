"""Sizes of the chart panels: side axes as wide as their text, each panel as tall as its
labels and wrapped legend need (with large text or a small window the charts scroll
rather than drop or shrink a label)."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from taper_desktop.ui.charts.after_step import AfterStepPanel
from taper_desktop.ui.charts.common import LEFT_AXIS_WIDTH, RIGHT_AXIS_WIDTH
from taper_desktop.ui.charts.heatmap import HeatmapPanel
from taper_desktop.ui.charts.panels import MainPanel


def title_height(plot: pg.PlotItem, width: int) -> int:
    """Height of a panel's legend title once wrapped to width."""
    document = plot.titleLabel.item.document().clone()
    document.setTextWidth(max(width, 100))
    return round(document.size().height())


def scroll_area(widget: QWidget) -> QScrollArea:
    """widget in a frameless area that scrolls up and down only (never takes the focus)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(widget)
    return area


def fit_panels(
    plots: pg.GraphicsLayoutWidget,
    main: MainPanel,
    heatmap: HeatmapPanel,
    panel_plots: list[pg.PlotItem],
    font: QFont,
    room: int,
) -> None:
    """Side axes as wide as their text needs (equal on every panel, so the dates line
    up), and each panel of plots as tall as its labels need, for a width of room."""
    metrics = QFontMetrics(font)
    left = max(
        LEFT_AXIS_WIDTH,
        metrics.height() * 2 + metrics.horizontalAdvance("00.0"),
        min(heatmap.label_width(), room // 4),
    )
    right = max(
        RIGHT_AXIS_WIDTH,
        max(metrics.horizontalAdvance(name) for _y, name in main.band_names or [(0, "")]) + 14,
    )
    for plot in panel_plots:
        plot.getAxis("left").setWidth(left)
        plot.getAxis("right").setWidth(right)
    heatmap._fit_labels()
    line = metrics.height()
    rows = len(heatmap.labels) or 16
    lines = [6 * line, 4 * line, 4 * line, rows * heatmap.row_height(left) + 2 * line]
    needs = [
        title_height(plot, room - left - right) + 6 + body
        for plot, body in zip(panel_plots, lines, strict=False)
    ]
    for plot, need in zip(panel_plots, needs, strict=False):
        plot.setMinimumHeight(need)
    # the heatmap grows a little past its need; the rest goes to the totals
    heatmap.plot.setMaximumHeight(needs[-1] + rows * line // 3)
    # and the panels' own margins and gaps, or the dates under the last panel are cut
    grid = plots.ci.layout
    _left, top, _right, bottom = grid.getContentsMargins()
    gaps = grid.verticalSpacing() * (len(needs) - 1)
    plots.setMinimumHeight(math.ceil(sum(needs) + top + bottom + gaps))


def after_step_height(after: AfterStepPanel, width: int, font: QFont) -> int:
    """Height the after-step panel needs for its wrapped title and day label at width."""
    line = QFontMetrics(font).height()
    day_label = after.day_axis.label.boundingRect().height()
    return title_height(after.plot, width) + 10 * line + math.ceil(day_label)
