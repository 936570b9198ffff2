"""The charts tab: symptom totals against the dose steps, companion measures, the item
heatmap and the after-step profile, redrawn whenever data are saved."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from taper_desktop.ui import locale_format
from taper_desktop.ui.charts import data as chart_data
from taper_desktop.ui.charts.common import (
    HALF_DAY,
    LEFT_AXIS_WIDTH,
    RIGHT_AXIS_WIDTH,
    measure_label,
)
from taper_desktop.ui.charts.data import DAY_SECONDS, MEASURES, ChartData, day_x, x_day
from taper_desktop.ui.charts.date_axis import DateAxis
from taper_desktop.ui.charts.panels import (
    AfterStepPanel,
    DosePanel,
    HeatmapPanel,
    MainPanel,
    MeasuresPanel,
)
from taper_desktop.ui.charts.style import colours_for
from taper_desktop.ui.empty_state import EmptyState
from taper_desktop.ui.translations import scale_text, tr

RANGES = (("2w", 14), ("1m", 31), ("3m", 92), ("all", None))


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


def _set_bold(widget: QWidget, bold: bool) -> None:
    font = widget.font()
    font.setBold(bold)
    widget.setFont(font)


def _title_height(plot: pg.PlotItem, width: int) -> int:
    """Height of a panel's legend title once wrapped to width."""
    document = plot.titleLabel.item.document().clone()
    document.setTextWidth(max(width, 100))
    return round(document.size().height())


def tell(parent: QWidget, text: str) -> None:
    """Show a short note. Tests replace this."""
    QMessageBox.information(parent, parent.window().windowTitle(), text)


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{locale_format.decimal(text)} {unit}".strip()


class ChartsTab(QWidget):
    refreshed = Signal()  # the charts show the store's current data

    def __init__(self, store, events, parent=None, clock=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.clock = clock  # the app's one clock (None: the store's diary day)
        self.data: ChartData | None = None
        self._setting_range = False
        self.instrument: str | None = None
        self._instrument_picked = False
        self.range_key = "3m"
        self.hover_index: int | None = None
        self.marked_day: dt.date | None = None  # kept by date: a reload may move day 0
        self._changed_days: set[dt.date] | None = None  # None: read everything again
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)

        self.stack = QStackedWidget()
        self.empty = EmptyState(
            self.tr("No charts yet"),
            self.tr(
                "Trends of your symptoms against your dose steps will show here once "
                "you have saved a check-in."
            ),
        )
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_charts())
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
        top = QWidget()
        bar = self.top_layout = QHBoxLayout(top)
        bar.setContentsMargins(0, 0, 0, 0)
        self.show_label = QLabel(self.tr("Show:"))
        bar.addWidget(self.show_label)
        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[str, QPushButton] = {}
        labels = {
            "2w": self.tr("2 &weeks"),
            "1m": self.tr("1 &month"),
            "3m": self.tr("3 m&onths"),
            "all": self.tr("&All"),
        }
        for key, _days in RANGES:
            button = QPushButton(labels[key])
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Show %s") % labels[key].replace("&", ""))
            button.clicked.connect(lambda _=False, k=key: self.set_range(k))
            # The chosen range in bold too: a pressed button is barely darker in the dark
            # theme, and colour alone should not carry it.
            button.toggled.connect(lambda on, b=button: _set_bold(b, on))
            self.range_group.addButton(button)
            self.range_buttons[key] = button
            bar.addWidget(button)
        bar.addSpacing(16)
        self.instrument_label = QLabel(self.tr("&Scale:"))
        self.instrument_box = QComboBox()
        self.instrument_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.instrument_box.setAccessibleName(self.tr("Withdrawal scale shown"))
        self.instrument_label.setBuddy(self.instrument_box)
        self.instrument_box.activated.connect(self._instrument_chosen)
        bar.addWidget(self.instrument_label)
        bar.addWidget(self.instrument_box)
        bar.addSpacing(16)
        # the measure toggles move to a second row when one row would not fit
        self.measure_bar = QWidget()
        toggles = QHBoxLayout(self.measure_bar)
        toggles.setContentsMargins(0, 0, 0, 0)
        self.measure_boxes: dict[str, QCheckBox] = {}
        for m in MEASURES:
            box = QCheckBox(measure_label(m))
            box.setChecked(True)
            box.setAccessibleName(self.tr("Show %s") % measure_label(m))
            box.toggled.connect(lambda on, name=m: self.measures.set_visible(name, on))
            self.measure_boxes[m] = box
            toggles.addWidget(box)
        bar.addWidget(self.measure_bar)
        bar.addStretch(1)
        outer.addWidget(top)
        self.lower_bar = QWidget()
        self.lower_layout = QHBoxLayout(self.lower_bar)
        self.lower_layout.setContentsMargins(0, 0, 0, 0)
        self.lower_layout.addStretch(1)
        self.lower_bar.hide()
        outer.addWidget(self.lower_bar)

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
        self.plots_scroll = QScrollArea()
        self.plots_scroll.setWidgetResizable(True)
        self.plots_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.plots_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plots_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plots_scroll.setWidget(self.plots)
        self.chart_area.addWidget(self.plots_scroll)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.after_widget = pg.PlotWidget()
        self.after_widget.setMinimumHeight(QFontMetrics(self.font()).height() * 14)
        self.after_widget.setAccessibleName(self.tr("Mean total after each dose cut"))
        self.after = AfterStepPanel(self.after_widget.getPlotItem())
        side_layout.addWidget(self.after_widget, 3)
        self.after_summary = QLabel()
        self.after_summary.setAccessibleName(self.tr("Mean total after a cut, in words"))
        self.after_summary.setWordWrap(True)
        self.after_summary.setMargin(8)
        side_layout.addWidget(self.after_summary)
        self.details = QLabel()
        self.details.setAccessibleName(self.tr("Values of the day pointed at"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMargin(8)
        self.details.setAutoFillBackground(True)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        side_layout.addWidget(self.details, 2)
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.side_scroll.setWidget(side)
        self.chart_area.addWidget(self.side_scroll)
        self.chart_area.setStretchFactor(0, 7)
        self.chart_area.setStretchFactor(1, 3)
        outer.addWidget(self.chart_area, 1)
        return page

    def _one_row_width(self) -> int:
        """Width the range buttons, scale picker and measure toggles need on one row."""
        widgets = [self.show_label, *self.range_buttons.values(), self.measure_bar]
        if not self.instrument_box.isHidden():
            widgets += [self.instrument_label, self.instrument_box]
        spacing = max(self.top_layout.spacing(), 0)
        return sum(w.sizeHint().width() for w in widgets) + spacing * len(widgets) + 2 * 16 + 16

    def _place_toggles(self) -> None:
        two_rows = self._one_row_width() + 40 > self.width()  # margins, room to breathe
        if two_rows != self.lower_bar.isHidden():
            return
        if two_rows:
            self.top_layout.removeWidget(self.measure_bar)
            self.lower_layout.insertWidget(0, self.measure_bar)
        else:
            self.lower_layout.removeWidget(self.measure_bar)
            self.top_layout.insertWidget(self.top_layout.count() - 1, self.measure_bar)
        self.lower_bar.setVisible(two_rows)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_toggles()
        self._fit_axes()

    def _panel_plots(self) -> list[pg.PlotItem]:
        return [self.main.plot, self.dose.plot, self.measures.plot, self.heatmap.plot]

    def _fit_axes(self) -> None:
        """Side axes as wide as their text needs (equal on every panel, so the dates line
        up), and each panel as tall as its labels need; the charts scroll beyond that."""
        metrics = QFontMetrics(self.font())
        room = max(self.plots_scroll.viewport().width(), 300)
        left = max(
            LEFT_AXIS_WIDTH,
            metrics.height() * 2 + metrics.horizontalAdvance("00.0"),
            min(self.heatmap.label_width(), room // 4),
        )
        right = max(
            RIGHT_AXIS_WIDTH,
            max(metrics.horizontalAdvance(name) for _y, name in self.main.band_names or [(0, "")])
            + 14,
        )
        for plot in self._panel_plots():
            plot.getAxis("left").setWidth(left)
            plot.getAxis("right").setWidth(right)
        self.heatmap._fit_labels()
        line = metrics.height()
        rows = len(self.heatmap.labels) or 16
        lines = [6 * line, 4 * line, 4 * line, rows * self.heatmap.row_height(left) + 2 * line]
        needs = [
            _title_height(plot, room - left - right) + 6 + body
            for plot, body in zip(self._panel_plots(), lines, strict=False)
        ]
        for plot, need in zip(self._panel_plots(), needs, strict=False):
            plot.setMinimumHeight(need)
        # the heatmap grows a little past its need; the rest goes to the totals
        self.heatmap.plot.setMaximumHeight(needs[-1] + rows * line // 3)
        self.plots.setMinimumHeight(sum(needs) + 12)
        self.after_widget.setMinimumHeight(
            _title_height(self.after.plot, self.side_scroll.viewport().width()) + 12 * line
        )

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
                self.instrument = self.data.latest_instrument
            self.instrument_box.clear()
            for key in keys:
                self.instrument_box.addItem(key, key)
            self.instrument_box.setCurrentIndex(keys.index(self.instrument))
            several = len(keys) > 1
            self.instrument_box.setVisible(several)
            self.instrument_label.setVisible(several)
            self._place_toggles()
            self.redraw()
            self.stack.setCurrentIndex(1)
        self.refreshed.emit()

    def redraw(self) -> None:
        """Give every panel the cached arrays (no database access)."""
        data = self.data
        key, self._setting_range = self.range_key, True
        first, last = day_x(data.first), day_x(data.last)
        span = max(last - first, 30 * DAY_SECONDS)
        self.main.plot.vb.setLimits(
            xMin=first - span * 0.1 - DAY_SECONDS,
            xMax=last + span * 0.1 + DAY_SECONDS,
            minXRange=5 * DAY_SECONDS,
        )
        self.main.set_data(data, self.instrument)
        self.dose.set_data(data)
        self.measures.set_data(data)
        self.heatmap.set_data(data, self.instrument)
        self._fit_axes()
        self.after.set_data(data, self.instrument)
        self.after.set_colours(self.colours)
        self.after_summary.setText(self.after.summary())
        self.after_summary.setVisible(bool(self.after_summary.text()))
        self._setting_range = False
        if key is None:  # a view zoomed by hand stays where it was
            self._uncheck_ranges()
        self.set_range(key)
        index = None if self.marked_day is None else data.index(self.marked_day)
        self.show_day(index if index is not None else self._last_checkin_index())

    def _last_checkin_index(self) -> int:
        for i in range(len(self.data.rows) - 1, -1, -1):
            if self.data.rows[i].checkin is not None:
                return i
        return len(self.data.rows) - 1

    def _instrument_chosen(self, index: int) -> None:
        self.instrument = self.instrument_box.itemData(index)
        self._instrument_picked = True  # from now on, the person's choice over the latest
        self.redraw()

    def set_instrument(self, key: str) -> None:
        self.instrument_box.setCurrentIndex(self.instrument_box.findData(key))
        self._instrument_chosen(self.instrument_box.currentIndex())

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
        self.range_buttons[key].setChecked(True)

    def _range_moved(self) -> None:
        x0, x1 = self.main.plot.vb.viewRange()[0]
        self.main.show_window(x0, x1)
        self.dose.show_window(x0, x1)
        self.measures.show_window(x0, x1)
        if self._setting_range:
            return
        # a zoom or pan by mouse: no range button describes the view any more
        self.range_key = None
        self._uncheck_ranges()

    def _uncheck_ranges(self) -> None:
        self.range_group.setExclusive(False)
        for button in self.range_buttons.values():
            button.setChecked(False)
        self.range_group.setExclusive(True)

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
        """Left/Right step the marked day, Home/End jump to the first/last day."""
        if obj is self.plots and event.type() == QEvent.Type.KeyPress and self.data:
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
        data = self.data
        self.hover_index = index = min(max(index, 0), len(data.rows) - 1)
        self.marked_day = data.rows[index].day
        for panel in (self.main, self.dose, self.measures, self.heatmap):
            panel.hover.setPos(data.x[index])
            panel.hover.show()
        self.details.setText(self.day_html(index))

    def day_html(self, index: int) -> str:
        row = self.data.rows[index]
        not_logged = self.tr("not logged")
        lines = [f"<b>{locale_format.weekday_short(row.day)} {locale_format.date(row.day)}</b>"]
        if row.planned is not None:
            lines.append(self.tr("Planned dose: %s") % locale_format.dose(row.planned, row.unit))
        taken = locale_format.dose(row.taken, row.unit) if row.taken is not None else not_logged
        lines.append(self.tr("Dose taken: %s") % taken)
        if row.held:
            lines.append(self.tr("On hold (steps paused)"))
        for day, dose in self.data.step_changes[1:]:
            if day == row.day:
                lines.append(self.tr("Step to %s today") % locale_format.dose(dose, row.unit))
        since = self._days_since_cut(row.day)
        if since and since[0] > 0:  # one day count everywhere: the step day is day 1
            lines.append(
                self.tr("Day %d of the step down to %s")
                % (since[0] + 1, locale_format.dose(since[1], row.unit))
            )
        c = row.checkin
        if c is None:
            lines.append(self.tr("Check-in: %s") % not_logged)
        else:
            scale = c.scale
            if not c.rated:
                lines.append(self.tr("A note, no symptoms rated (not a check-in)"))
            elif c.total is None:
                lines.append(
                    self.tr("%s: partial check-in, %d of %d items answered (no total)")
                    % (c.instrument, scale.answered(c.items), len(scale.items))
                )
            else:
                band = scale.band(c.total)
                text = self.tr("%s total: %d") % (c.instrument, c.total)
                if band is not None:
                    text += " " + self.tr("(conventional band: %s)") % scale_text(band.name)
                lines.append(text)
            series = self.data.instruments.get(c.instrument)
            if series is not None and np.isfinite(series.mean[index]):
                lines.append(self.tr("7-day mean: %s") % _fmt(float(series.mean[index])))
            values = [(measure_label(m), getattr(c, m)) for m in MEASURES]
            if all(value is None for _label, value in values):
                lines.append(self.tr("Craving, pain, sleep quality, mood: %s") % not_logged)
            else:
                lines.append(
                    ", ".join(
                        f"{label} {not_logged if value is None else value}"
                        for label, value in values
                    )
                )
            if c.sleep_hours is not None:
                lines.append(self.tr("Slept %s hours") % _fmt(c.sleep_hours))
            if c.items:
                top = sorted(c.items.items(), key=lambda kv: -kv[1])[:3]
                top = [f"{scale_text(scale.label(k))} {v}" for k, v in top if v > 0]
                if top:
                    lines.append(self.tr("Highest items: %s") % ", ".join(top))
        return "<br>".join(lines)

    def _days_since_cut(self, day: dt.date) -> tuple[int, float] | None:
        """(days since the latest dose cut on or before day, the dose it cut to)."""
        found = None
        for (change, dose), (_before_day, before) in zip(
            self.data.step_changes[1:], self.data.step_changes, strict=False
        ):
            if change > day:
                break
            if dose < before:
                found = ((day - change).days, dose)
        return found

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
        charts = self.chart_area.grab()
        ratio = charts.devicePixelRatio()
        text = self.export_heading()
        metrics = QFontMetrics(self.font())
        header = metrics.height() + 12
        image = QPixmap(charts.width(), charts.height() + round(header * ratio))
        image.setDevicePixelRatio(ratio)
        image.fill(self.colours.background)
        painter = QPainter(image)
        painter.setPen(self.colours.foreground)
        painter.setFont(self.font())
        painter.drawText(8, 6 + metrics.ascent(), text)
        painter.drawPixmap(0, header, charts)
        painter.end()
        return image.save(path, "PNG")

    def export_heading(self) -> str:
        """'Taper Desktop charts: 14 Nov 2026 to 27 Nov 2026' for the days in view."""
        first, last = self.data.first, self.data.last
        x0, x1 = self.main.plot.vb.viewRange()[0]
        shown_first = min(max(x_day(x0 + HALF_DAY), first), last)
        shown_last = max(min(x_day(x1 - HALF_DAY), last), shown_first)
        return self.tr("Taper Desktop charts: %s to %s") % (
            locale_format.day_month_year(shown_first),
            locale_format.day_month_year(shown_last),
        )

    def export_png_dialog(self) -> str | None:
        if self._stale:
            self.refresh()
        if self.data is None:
            tell(
                self,
                self.tr("There is no chart to export yet. Charts appear once a check-in is saved."),
            )
            return None
        path = ask_png_path(self, f"taper-chart-{self.data.last.isoformat()}.png")
        if not path:
            return None
        if not path.lower().endswith(".png"):
            path += ".png"
        return path if self.export_png(path) else None
