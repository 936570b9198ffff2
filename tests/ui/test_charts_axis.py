"""The date axis: calendar steps that fit their labels at every range, never clock times."""

import datetime as dt

from taper_desktop.ui.charts.data import DAY_SECONDS, day_x
from taper_desktop.ui.charts.date_axis import DateAxis, calendar_ticks


def test_weeks_start_on_monday_and_months_on_the_first():
    first, last = dt.date(2025, 3, 5), dt.date(2025, 4, 30)
    weeks = calendar_ticks("week", 1, first, last)
    assert weeks[0] == dt.date(2025, 3, 10) and all(d.weekday() == 0 for d in weeks)
    months = calendar_ticks("month", 1, first, last)
    assert months == [dt.date(2025, 4, 1)]
    assert calendar_ticks("year", 1, dt.date(2015, 6, 1), dt.date(2018, 2, 1)) == [
        dt.date(2016, 1, 1),
        dt.date(2017, 1, 1),
        dt.date(2018, 1, 1),
    ]


def test_step_grows_with_the_range_so_labels_never_crowd(qtbot):
    axis = DateAxis()
    steps = [axis.choose_step(days * DAY_SECONDS, 700) for days in (14, 31, 92, 365, 3650)]
    assert steps[0][0] == "day"
    assert steps[2][0] in ("week", "month")
    assert steps[-1][0] == "year"
    order = ["day", "week", "month", "year"]
    assert [order.index(u) for u, _ in steps] == sorted(order.index(u) for u, _ in steps)
    # the chosen ticks are at least as far apart as their widest label
    for days in (14, 31, 92, 365, 3650):
        start = day_x(dt.date(2020, 1, 1))
        levels = axis.tickValues(start, start + days * DAY_SECONDS, 700)
        majors = levels[0][1]
        labels = axis.tickStrings(majors, 1, levels[0][0])
        px = 700 / (days * DAY_SECONDS)
        widest = max(axis._metrics().horizontalAdvance(t) for t in labels)
        gaps = [(b - a) * px for a, b in zip(majors, majors[1:], strict=False)]
        assert not gaps or min(gaps) > widest, (days, labels)


def test_labels_are_dates_with_the_year_where_it_changes(qtbot):
    axis = DateAxis()
    start = day_x(dt.date(2024, 11, 1))
    levels = axis.tickValues(start, start + 120 * DAY_SECONDS, 700)
    labels = axis.tickStrings(levels[0][1], 1, levels[0][0])
    assert sum("2025" in t for t in labels) == 1  # on the first tick of the new year
    start = day_x(dt.date(2024, 9, 1))
    levels = axis.tickValues(start, start + 365 * DAY_SECONDS, 700)
    labels = axis.tickStrings(levels[0][1], 1, levels[0][0])
    assert "Jan 2025" in labels and labels[0].endswith("2024")
    start = day_x(dt.date(2025, 3, 1))
    levels = axis.tickValues(start, start + 14 * DAY_SECONDS, 700)
    labels = axis.tickStrings(levels[0][1], 1, levels[0][0])
    assert labels[0] in ("1 Mar", "2 Mar") and not any(":" in t for t in labels)  # day first


def test_small_doses_keep_their_own_numbers_on_the_axis(qtbot):
    """0.6 g is written 0.6 on the dose axis, never 600 with a '(x0.001)' scale."""
    import pyqtgraph as pg

    from taper_desktop.ui.charts.panels import DosePanel

    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    plot = widget.addPlot(row=0, col=0, axisItems={"bottom": DateAxis()})
    DosePanel(plot)
    plot.plot([0, 1, 2], [0.6, 0.5, 0.4])
    plot.setLabel("left", "Dose (g)")
    axis = plot.getAxis("left")
    axis.setRange(0.0, 0.7)
    assert "x0.001" not in axis.labelString() and axis.autoSIPrefixScale == 1.0
    ticks = axis.tickStrings([0.2, 0.4, 0.6], 1.0, 0.2)
    assert ticks == ["0.2", "0.4", "0.6"]


def test_value_axes_write_the_languages_decimal_sign(qtbot):
    from PySide6.QtCore import QLocale

    from taper_desktop.ui.charts.common import ValueAxis

    before = QLocale()
    QLocale.setDefault(QLocale("es"))
    try:
        assert ValueAxis().tickStrings([0.2, 0.4], 1.0, 0.2) == ["0,2", "0,4"]
    finally:
        QLocale.setDefault(before)
    assert ValueAxis().tickStrings([0.2, 0.4], 1.0, 0.2) == ["0.2", "0.4"]
