"""Charts benchmark: ten years of daily data, a full redraw at "all" and a range switch,
each against setData of the same arrays on bare pyqtgraph plots in the same run.

Also the reload after a data change (store to per-day arrays) against fetching the same
rows as plain tuples. Run from the repository root: `.venv/bin/python bench/charts.py`
(offscreen unless DISPLAY is set and --onscreen is given). Prints medians in ms and the
ratios.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

if "--onscreen" not in sys.argv:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from taper_desktop.domain.models import CheckIn, Dose, Hold, PlanRevision, Substance
from taper_desktop.domain.scales import SOWS_INSTRUMENT
from taper_desktop.store import checkins, doses, open_store, plans
from taper_desktop.ui.charts import data as chart_data
from taper_desktop.ui.charts.common import step_line
from taper_desktop.ui.charts_tab import ChartsTab
from taper_desktop.ui.events import DataEvents

YEARS = 10
RUNS = 15


def generate(data_dir: Path, years: int = YEARS, seed: int = 3) -> None:
    """Daily check-ins and doses for `years`, steps every 14 days, gaps and partials."""
    rng = random.Random(seed)
    last = dt.date.today() - dt.timedelta(days=1)
    first = last - dt.timedelta(days=365 * years)
    store = open_store(data_dir)
    keys = SOWS_INSTRUMENT.item_keys
    try:
        with store.transaction():
            substance = Substance("Kratom leaf powder", "kratom", "g")
            plan = plans.create_plan(
                store, substance, PlanRevision(first, "percent", 20.0, 2.0, 14, 0.1)
            )
            for n in range(1, years):
                start = first + dt.timedelta(days=365 * n + 40)
                plans.add_hold(store, plan.id, Hold(start, start + dt.timedelta(days=6)))
            day = first
            while day <= last:
                if rng.random() > 0.03:
                    doses.add(store, Dose(day, round(rng.uniform(1, 20), 1), "g", "08:00"))
                if rng.random() > 0.05:
                    items = {k: rng.randint(0, 3) for k in keys}
                    if rng.random() < 0.03:
                        items = dict(list(items.items())[:8])
                    checkins.save(
                        store,
                        CheckIn(
                            day,
                            "SOWS",
                            items,
                            craving=rng.randint(0, 10),
                            pain=rng.randint(0, 10),
                            sleep_quality=rng.randint(0, 10),
                            mood=rng.randint(0, 10),
                        ),
                    )
                day += dt.timedelta(days=1)
    finally:
        store.close()


def bare_read(store) -> None:
    """The baseline of a reload: the same rows fetched as plain tuples, nothing built."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    cursor.execute("SELECT * FROM checkin ORDER BY day").fetchall()
    cursor.execute("SELECT checkin_id, item, score FROM checkin_item").fetchall()
    cursor.execute("SELECT day, sum(amount) FROM dose GROUP BY day").fetchall()


def median_ms(action, runs: int = RUNS) -> float:
    action()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class Bare(QWidget):
    """Bare pyqtgraph plots of the same size, fed the same arrays with setData."""

    def __init__(self, data: chart_data.ChartData):
        super().__init__()
        layout = QHBoxLayout(self)
        self.plots = pg.GraphicsLayoutWidget()
        self.after = pg.PlotWidget()
        layout.addWidget(self.plots, 7)
        layout.addWidget(self.after, 3)
        self.main = self.plots.addPlot(row=0, col=0, axisItems={"bottom": pg.DateAxisItem()})
        self.measures = self.plots.addPlot(row=1, col=0)
        self.heat = self.plots.addPlot(row=2, col=0)
        for plot in (self.measures, self.heat):
            plot.setXLink(self.main)
        self.curves = [self.main.plot() for _ in range(4)] + [
            self.measures.plot() for _ in range(8)
        ]
        self.image = pg.ImageItem()
        self.heat.addItem(self.image)
        self.after_curves = [self.after.plot(), self.after.plot()]
        self.data = data

    def set_all(self) -> None:
        d = self.data
        s = d.instruments["SOWS"]
        arrays = [(d.x, s.total), (d.x, s.mean), step_line(d.x, d.planned), (d.x, d.taken)]
        for m in chart_data.MEASURES:
            arrays += [(d.x, d.measures[m]), (d.x, d.measure_means[m])]
        for curve, (x, y) in zip(self.curves, arrays, strict=False):
            curve.setData(x, y, connect="finite")
        self.image.setImage(s.items.T, levels=(0, 4))
        per_step, means = d.after_step("SOWS")
        days = np.arange(15, dtype=float)
        self.after_curves[1].setData(
            days,
            np.array([np.nan if v is None else v for v in means], dtype=float),
            connect="finite",
        )
        self.main.setXRange(d.x[0], d.x[-1], padding=0)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="taper-bench-charts-") as folder:
        start = time.perf_counter()
        generate(Path(folder))
        print(f"generated {YEARS} years in {time.perf_counter() - start:.1f} s")
        store = open_store(Path(folder))
        load_ms = median_ms(lambda: chart_data.load(store), runs=7)
        read_ms = median_ms(lambda: bare_read(store), runs=7)
        tab = ChartsTab(store, DataEvents())
        tab.resize(1280, 720)
        tab.show()
        app.processEvents()
        data = tab.data
        saved_day = {data.last - dt.timedelta(days=3)}
        save_ms = median_ms(lambda: chart_data.reload(store, data, saved_day), runs=7)
        print(f"{len(data.rows)} days, {len(data.step_changes)} steps, {len(data.holds)} holds")
        bare = Bare(data)
        bare.resize(1280, 720)
        bare.show()
        app.processEvents()

        def full_redraw() -> None:
            tab.range_key = "all"
            tab.redraw()
            tab.plots.repaint()
            tab.after_widget.repaint()

        def bare_redraw() -> None:
            bare.set_all()
            bare.plots.repaint()
            bare.after.repaint()

        keys = iter(["2w", "all"] * (RUNS + 2))

        def range_switch() -> None:
            tab.set_range(next(keys))
            tab.plots.repaint()

        bare_spans = iter([(data.x[-14], data.x[-1]), (data.x[0], data.x[-1])] * (RUNS + 2))

        def bare_range() -> None:
            bare.main.setXRange(*next(bare_spans), padding=0)
            bare.plots.repaint()

        redraw_ms, bare_ms = median_ms(full_redraw), median_ms(bare_redraw)
        switch_ms, bare_switch_ms = median_ms(range_switch), median_ms(bare_range)
        print(
            f"reload after a data change: charts {load_ms:7.1f} ms   bare fetchall "
            f"{read_ms:7.1f} ms   ratio {load_ms / read_ms:4.2f}x"
        )
        print(
            f"reload after a save (one day re-read): {save_ms:7.1f} ms   ratio to bare "
            f"fetchall {save_ms / read_ms:4.2f}x"
        )
        print(
            f"full redraw at 'all':  charts {redraw_ms:7.1f} ms   bare setData "
            f"{bare_ms:7.1f} ms   ratio {redraw_ms / bare_ms:4.2f}x   (target well under 100 ms)"
        )
        print(
            f"range switch 2w/all:   charts {switch_ms:7.1f} ms   bare setXRange "
            f"{bare_switch_ms:7.1f} ms   ratio {switch_ms / bare_switch_ms:4.2f}x   "
            "(target under 50 ms)"
        )
        tab.close()
        bare.close()
        store.close()


if __name__ == "__main__":
    main()
