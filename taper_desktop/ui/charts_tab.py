"""The charts tab: symptom totals against the dose steps, companion measures, the item
heatmap and the after-step profile, redrawn whenever data are saved."""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from taper_desktop.domain.clock import Clock
from taper_desktop.store import Store
from taper_desktop.ui.charts import data as chart_data
from taper_desktop.ui.charts import export as chart_export
from taper_desktop.ui.charts import fit
from taper_desktop.ui.charts.after_step import AfterStepPanel
from taper_desktop.ui.charts.common import HALF_DAY
from taper_desktop.ui.charts.controls import RANGES, ChartControls
from taper_desktop.ui.charts.data import DAY_SECONDS, ChartData, day_x, x_day
from taper_desktop.ui.charts.date_axis import DateAxis
from taper_desktop.ui.charts.day_details import DayDetails
from taper_desktop.ui.charts.heatmap import HeatmapPanel
from taper_desktop.ui.charts.panels import DosePanel, MainPanel, MeasuresPanel
from taper_desktop.ui.charts.style import colours_for
from taper_desktop.ui.empty_state import EmptyState
from taper_desktop.ui.events import DataEvents


class ChartsTab(QWidget):
    refreshed = Signal()  # the charts show the store's current data

    def __init__(
        self,
        store: Store,
        events: DataEvents,
        parent: QWidget | None = None,
        clock: Clock | None = None,
    ):
        super().__init__(parent)
        self.store, self.events = store, events
        self.clock = clock  # the app's one clock (None: the store's diary day)
        self.data: ChartData | None = None
        self._setting_range = False
        self.instrument: str | None = None
        self._instrument_picked = False
        self.range_key: str | None = "3m"  # None: zoomed or moved by hand
        self.hover_index: int | None = None
        self.marked_day: dt.date | None = None  # kept by date: a reload may move day 0
        self._changed_days: set[dt.date] | None = None  # None: read everything again
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)

        self.stack = QStackedWidget()
        # Until the diary is read, a neutral word: never "no charts" when there is data.
        self.loading = QLabel(self.tr("Reading your diary..."))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setAccessibleName(self.loading.text())
        self.stack.addWidget(self.loading)
        self.empty = EmptyState(
            self.tr("No charts yet"),
            self.tr(
                "Trends of your symptoms against your dose steps will show here once "
                "you have saved a check-in."
            ),
        )
        self.stack.addWidget(self.empty)
        self.charts_page = self._build_charts()
        self.stack.addWidget(self.charts_page)
        self.stack.setCurrentWidget(self.loading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        events.checkin_saved.connect(self._checkin_saved)
        events.doses_changed.connect(self._day_changed)
        for signal in (events.plan_changed, events.data_replaced):
            signal.connect(self.schedule_refresh)
        self.apply_colours()
        self._stale = True  # loaded when first shown: start-up need not read years of data

    # ---- layout -------------------------------------------------------------------
    def _build_charts(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(8, 6, 8, 4)
        self.controls = ChartControls()
        self.controls.range_clicked.connect(self.set_range)
        self.controls.instrument_chosen.connect(self._instrument_chosen)
        self.controls.measure_toggled.connect(self._measure_toggled)
        outer.addWidget(self.controls)

        self.chart_area = QSplitter(Qt.Orientation.Horizontal)
        self.chart_area.setChildrenCollapsible(False)
        self.plots = pg.GraphicsLayoutWidget()
        self.plots.setAccessibleName(self.tr("Charts over time"))
        self.plots.setToolTip(
            self.tr(
                "Drag to move in time, scroll to zoom; point at a day "
                "(or use the arrow keys) to see its values"
            )
        )
        self.plots.ci.setSpacing(2)
        main_plot = self.plots.addPlot(row=0, col=0, axisItems={"bottom": DateAxis()})
        dose_plot = self.plots.addPlot(row=1, col=0, axisItems={"bottom": DateAxis()})
        measure_plot = self.plots.addPlot(row=2, col=0, axisItems={"bottom": DateAxis()})
        heat_plot = self.plots.addPlot(row=3, col=0, axisItems={"bottom": DateAxis()})
        layout = self.plots.ci.layout
        for row, stretch in ((0, 6), (1, 2), (2, 3), (3, 2)):
            layout.setRowStretchFactor(row, stretch)
        self.main = MainPanel(main_plot)
        self.dose = DosePanel(dose_plot)
        self.measures = MeasuresPanel(measure_plot)
        self.heatmap = HeatmapPanel(heat_plot)
        for plot in (dose_plot, measure_plot, heat_plot):
            plot.setXLink(main_plot)
        self.plots.scene().sigMouseMoved.connect(self._mouse_moved)
        self.plots.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plots.installEventFilter(self)
        main_plot.vb.sigXRangeChanged.connect(self._range_moved)
        # With large text or a small window the panels keep the height their labels need
        # and the charts scroll, rather than dropping or shrinking item names.
        self.plots_scroll = fit.scroll_area(self.plots)
        self.chart_area.addWidget(self.plots_scroll)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.after_widget = pg.PlotWidget()
        self.after_widget.setMinimumHeight(QFontMetrics(self.font()).height() * 14)
        self.after_widget.setAccessibleName(self.tr("Mean total after each dose cut"))
        self.after = AfterStepPanel(self.after_widget.getPlotItem())
        self.after.day_axis.rewrapped.connect(self._fit_side)
        side_layout.addWidget(self.after_widget, 3)
        self.after_summary = QLabel()
        self.after_summary.setAccessibleName(self.tr("Mean total after a cut, in words"))
        self.after_summary.setWordWrap(True)
        self.after_summary.setMargin(8)
        side_layout.addWidget(self.after_summary)
        self.details = DayDetails()
        side_layout.addWidget(self.details, 2)
        self.side_scroll = fit.scroll_area(side)
        self.side_scroll.viewport().installEventFilter(self)  # its width wraps the titles
        self.chart_area.addWidget(self.side_scroll)
        self.chart_area.setStretchFactor(0, 7)
        self.chart_area.setStretchFactor(1, 3)
        outer.addWidget(self.chart_area, 1)
        return page

    def _measure_toggled(self, name: str, on: bool) -> None:
        self.measures.set_visible(name, on)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.controls.place_toggles(self.width())
        self._fit_axes()

    def _panel_plots(self) -> list[pg.PlotItem]:
        return [self.main.plot, self.dose.plot, self.measures.plot, self.heatmap.plot]

    def _fit_axes(self) -> None:
        """Each panel as tall as its labels need; the charts scroll beyond that."""
        room = max(self.plots_scroll.viewport().width(), 300)
        fit.fit_panels(self.plots, self.main, self.heatmap, self._panel_plots(), self.font(), room)
        self._fit_side()

    def _fit_side(self) -> None:
        width = self.side_scroll.viewport().width()
        self.after_widget.setMinimumHeight(fit.after_step_height(self.after, width, self.font()))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_colours()
        elif event.type() == QEvent.Type.FontChange:
            self.apply_colours()  # the legends' size follows the app font
            self._fit_axes()
        super().changeEvent(event)

    # ---- data ----------------------------------------------------------------------
    def schedule_refresh(self, *_args) -> None:
        """Read everything again (a plan change, an import) on the next turn of the event
        loop, or when the tab is next shown."""
        self._changed_days = None
        self._refresh_later()

    def _refresh_later(self) -> None:
        """Coalesce a burst of saves into one reload on the next turn of the event loop;
        while the tab is hidden, wait until it is shown (a reload of years of data takes
        a noticeable moment, and nobody is looking)."""
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def _checkin_saved(self, day: dt.date) -> None:
        """Mark the day just saved, so its values are the ones listed."""
        self.marked_day = day
        self._day_changed(day)

    def _day_changed(self, day: dt.date) -> None:
        """Only this day's check-in or doses changed: the next reload reads just them."""
        if self._changed_days is not None:
            self._changed_days.add(day)
        self._refresh_later()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._timer.start()

    def refresh(self) -> None:
        """Reload the per-day arrays from the store and redraw every panel."""
        self._stale = False
        changed, self._changed_days = self._changed_days, set()
        self.data = chart_data.reload(
            self.store, self.data, changed, self.clock.today() if self.clock else None
        )
        if self.data is None:
            self.stack.setCurrentWidget(self.empty)
        else:
            keys = list(self.data.instruments)
            if self.instrument not in keys or not self._instrument_picked:
                self.instrument = self.data.latest_instrument or keys[0]
            self.controls.set_instruments(keys, self._instrument())
            self.controls.place_toggles(self.width())
            self.redraw()
            self.stack.setCurrentWidget(self.charts_page)
        self.refreshed.emit()

    def redraw(self) -> None:
        """Give every panel the cached arrays (no database access)."""
        data, instrument = self._data(), self._instrument()
        key, self._setting_range = self.range_key, True
        first, last = day_x(data.first), day_x(data.last)
        span = max(last - first, 30 * DAY_SECONDS)
        self.main.plot.vb.setLimits(
            xMin=first - span * 0.1 - DAY_SECONDS,
            xMax=last + span * 0.1 + DAY_SECONDS,
            minXRange=5 * DAY_SECONDS,
        )
        self.main.set_data(data, instrument)
        self.dose.set_data(data)
        self.measures.set_data(data)
        self.heatmap.set_data(data, instrument)
        self.after.set_data(data, instrument)
        self.after.set_colours(self.colours)
        self._fit_axes()  # after every title is set: their height counts
        self.after_summary.setText(self.after.summary())
        self.after_summary.setVisible(bool(self.after_summary.text()))
        self._setting_range = False
        if key is None:  # a view zoomed by hand stays where it was
            self.controls.uncheck_ranges()
        self.set_range(key)
        index = None if self.marked_day is None else data.index(self.marked_day)
        self.show_day(index if index is not None else self._last_checkin_index())

    def _data(self) -> ChartData:
        """The data charted (only called once there are some)."""
        assert self.data is not None, "no chart data yet"
        return self.data

    def _instrument(self) -> str:
        """The instrument shown (chosen on each refresh that finds data)."""
        assert self.instrument is not None, "no instrument chosen yet"
        return self.instrument

    def _last_checkin_index(self) -> int:
        rows = self._data().rows
        for i in range(len(rows) - 1, -1, -1):
            if rows[i].checkin is not None:
                return i
        return len(rows) - 1

    def _instrument_chosen(self, key: str) -> None:
        self.instrument = key
        self._instrument_picked = True  # from now on, the person's choice over the latest
        self.redraw()

    def set_instrument(self, key: str) -> None:
        box = self.controls.instrument_box
        box.setCurrentIndex(box.findData(key))
        self._instrument_chosen(key)

    # ---- range and hover -------------------------------------------------------------
    def set_range(self, key: str | None) -> None:
        """Show the last 2 weeks, month, 3 months or all days (None: keep the view)."""
        if key is None or self.data is None:
            return
        self.range_key = key
        days = dict(RANGES)[key]
        last = day_x(self.data.last) + HALF_DAY
        if days is None:
            first = day_x(self.data.first) - HALF_DAY
        else:
            first = day_x(self.data.last - dt.timedelta(days=days - 1)) - HALF_DAY
        setting, self._setting_range = self._setting_range, True
        self.main.plot.setXRange(first, last, padding=0)
        self._setting_range = setting
        self.controls.check_range(key)

    def _range_moved(self) -> None:
        x0, x1 = self.main.plot.vb.viewRange()[0]
        self.main.show_window(x0, x1)
        self.dose.show_window(x0, x1)
        self.measures.show_window(x0, x1)
        if self._setting_range:
            return
        # a zoom or pan by mouse: no range button describes the view any more
        self.range_key = None
        self.controls.uncheck_ranges()

    def _mouse_moved(self, pos) -> None:
        if self.data is None:
            return
        for panel in (self.main, self.dose, self.measures, self.heatmap):
            if panel.plot.vb.sceneBoundingRect().contains(pos):
                x = panel.plot.vb.mapSceneToView(pos).x()
                index = self.data.index(x_day(x))
                if index is not None:
                    self.show_day(index)
                return

    def eventFilter(self, obj, event) -> bool:
        """Left/Right step the marked day, Home/End jump to the first/last day; a new
        width of the side column wraps its titles anew."""
        if obj is not self.plots:  # the side column's viewport
            if event.type() == QEvent.Type.Resize:
                self._fit_side()
        elif event.type() == QEvent.Type.KeyPress and self.data:
            key, index = event.key(), self.hover_index or 0
            moves = {
                Qt.Key.Key_Left: index - 1,
                Qt.Key.Key_Right: index + 1,
                Qt.Key.Key_Home: 0,
                Qt.Key.Key_End: len(self.data.rows) - 1,
            }
            if key in moves:
                self.show_day(moves[key])
                return True
        return super().eventFilter(obj, event)

    def show_day(self, index: int) -> None:
        """Mark a day on every panel and list its values beside the charts."""
        data = self._data()
        self.hover_index = index = min(max(index, 0), len(data.rows) - 1)
        self.marked_day = data.rows[index].day
        for panel in (self.main, self.dose, self.measures, self.heatmap):
            panel.hover.setPos(data.x[index])
            panel.hover.show()
        self.details.show_day(data, index)

    def day_html(self, index: int) -> str:
        """The values of day index as listed beside the charts."""
        return self.details.day_html(self._data(), index)

    # ---- colours -----------------------------------------------------------------------
    def apply_colours(self) -> None:
        """Style every panel from the widget palette (light or dark)."""
        self.colours = c = colours_for(self.palette())
        for widget in (self.plots, self.after_widget):
            widget.setBackground(c.background)
        plots = [*self._panel_plots(), self.after.plot]
        for plot in plots:
            for name in ("left", "bottom", "right"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(c.muted))
                axis.setTextPen(pg.mkPen(c.foreground))
            plot.showGrid(x=False, y=plot is not self.heatmap.plot, alpha=0.12)
        self.main.set_colours(c)
        self.dose.set_colours(c)
        self.measures.set_colours(c)
        self.heatmap.set_colours(c)
        self.after.set_colours(c)

    # ---- export ------------------------------------------------------------------------
    def export_png(self, path: str) -> bool:
        """Save the visible charts (as shown now) to a PNG file, under a line naming the
        days shown, since the date axis leaves the year out."""
        return chart_export.save_png(
            self.chart_area, self.export_heading(), self.colours, self.font(), path
        )

    def export_heading(self) -> str:
        """'Taper Desktop charts: 14 Nov 2026 to 27 Nov 2026' for the days in view."""
        x0, x1 = self.main.plot.vb.viewRange()[0]
        return chart_export.heading(self._data(), x0, x1)

    def current_data(self) -> ChartData | None:
        """The data charted, read now if they were waiting for the tab to be shown."""
        if self._stale:
            self.refresh()
        return self.data

    def export_png_dialog(self) -> str | None:
        """Ask for a file and save the charts there; the path saved, or None."""
        return chart_export.export_dialog(self)
