"""The charts tab: series match the store (gaps included), instruments stay apart,
updates arrive after a save, range buttons, hover details, PNG export, colours."""

import datetime as dt
import math

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPalette

from taper_desktop.domain import scales
from taper_desktop.domain.models import CheckIn, Dose, Hold, PlanRevision, Substance
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.store import checkins, doses, plans
from taper_desktop.ui.charts import data as chart_data
from taper_desktop.ui.charts import export as chart_export
from taper_desktop.ui.charts.data import DAY_SECONDS, day_x, x_day

SOWS_KEYS = scales.SOWS_INSTRUMENT.item_keys
GOSSOP_KEYS = scales.GOSSOP_INSTRUMENT.item_keys


def sows(value=1, **overrides):
    items = {k: value for k in SOWS_KEYS}
    items.update(overrides)
    return items


@pytest.fixture
def first(today):
    return today - dt.timedelta(days=9)


@pytest.fixture
def seeded(store, first):
    """Ten days ending today: totals, a gap, a partial, a zero, one SOWS-Gossop day."""
    day = lambda n: first + dt.timedelta(days=n)  # noqa: E731
    substance = Substance("Kratom leaf powder", "kratom", "g")
    revision = PlanRevision(day(0), "linear", 4.0, 1.0, 3, 0.5, 0.0)
    plan = plans.create_plan(store, substance, revision)
    plans.add_hold(store, plan.id, Hold(day(4), day(5)))
    checkins.save(
        store, CheckIn(day(0), scales.SOWS, sows(1), craving=5, pain=2, mood=6, sleep_quality=7)
    )
    checkins.save(store, CheckIn(day(1), scales.SOWS, sows(2), craving=6))
    # day 2: no check-in at all
    checkins.save(store, CheckIn(day(3), scales.SOWS, {k: 3 for k in SOWS_KEYS[:5]}))
    checkins.save(store, CheckIn(day(4), scales.SOWS, sows(0), craving=0))
    checkins.save(store, CheckIn(day(5), scales.GOSSOP, {k: 1 for k in GOSSOP_KEYS}))
    checkins.save(store, CheckIn(day(6), scales.SOWS, sows(1, anxious=4), mood=3))
    for n, amounts in ((0, (2.0, 2.0)), (1, (4.0,)), (3, (3.0, 0.5)), (6, (2.0,))):
        for amount in amounts:
            doses.add(store, Dose(day(n), amount, "g", None, "", substance.id))
    return store


def test_series_match_the_store_with_gaps(seeded, first, today):
    data = chart_data.load(seeded, today=today)
    assert data.first == first and data.last == today and len(data.rows) == 10
    assert np.array_equal(data.x, [day_x(first) + n * DAY_SECONDS for n in range(10)])
    nan = math.nan
    s = data.instruments[scales.SOWS]
    np.testing.assert_array_equal(s.total, [16, 32, nan, nan, 0, nan, 19, nan, nan, nan])
    assert s.partial.tolist() == [False, False, False, True] + [False] * 6
    assert s.answered[3] == 5
    g = data.instruments[scales.GOSSOP]
    np.testing.assert_array_equal(g.total, [nan] * 5 + [10] + [nan] * 4)
    np.testing.assert_array_equal(data.taken, [4, 4, nan, 3.5, nan, nan, 2, nan, nan, nan])
    np.testing.assert_array_equal(
        data.measures["craving"], [5, 6, nan, nan, 0, nan, nan, nan, nan, nan]
    )
    np.testing.assert_array_equal(data.measures["mood"][[0, 6]], [6, 3])
    schedule = PlanSchedule(plans.current_plan(seeded).revisions, plans.current_plan(seeded).holds)
    expected = [schedule.planned(first + dt.timedelta(days=n)) for n in range(10)]
    np.testing.assert_array_equal(data.planned, expected)
    # the hold (days 4-5) shifts the second cut from day 6 to day 8
    assert [d for d, _ in data.step_changes[:3]] == [
        first,
        first + dt.timedelta(days=3),
        first + dt.timedelta(days=8),
    ]
    assert data.holds == [(first + dt.timedelta(days=4), first + dt.timedelta(days=5))]
    # heatmap: item rows by day, NaN where not answered
    anxious = SOWS_KEYS.index("anxious")
    np.testing.assert_array_equal(s.items[anxious, :7], [1, 2, nan, 3, 0, nan, 4])
    assert np.isnan(s.items[SOWS_KEYS.index("feel_like_using"), 3])


def test_after_step_uses_cuts_inside_the_data(seeded, today):
    data = chart_data.load(seeded, today=today)
    per_step, means = data.after_step(scales.SOWS)
    # cuts on day 3 and day 8; day 3 is partial (no total), day 4 is 0, day 6 is 19
    assert per_step[0][:6] == [None, 0.0, None, 19.0, None, None]
    assert per_step[0][5:] == [None] * 10  # stops at the next cut (day 8)
    assert means[1] == 0.0 and means[3] == 19.0


def test_empty_store_shows_the_empty_state_then_charts_after_a_save(qtbot, window, today):
    tab = window.charts_tab
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        window.tabs.setCurrentWidget(tab)
    assert tab.stack.currentWidget() is tab.empty
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        checkins.save(window.store, CheckIn(today, scales.SOWS, sows(2)))
        window.events.checkin_saved.emit(today)
    assert tab.stack.currentWidget() is not tab.empty
    x, y = tab.main.total_points.getData()
    assert y.tolist() == [32.0]


def test_a_full_diary_is_never_called_empty_while_it_is_read(qtbot, seeded, window):
    """Before the data is read the tab says it is reading, not that there are no charts."""
    tab = window.charts_tab
    seen = []
    tab.stack.currentChanged.connect(lambda _i: seen.append(tab.stack.currentWidget()))
    assert tab.stack.currentWidget() is tab.loading
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        window.tabs.setCurrentWidget(tab)
        assert tab.stack.currentWidget() is tab.loading  # shown, not yet read
    assert tab.stack.currentWidget() is tab.charts_page
    assert tab.empty not in seen


@pytest.fixture
def tab(qtbot, seeded, window):
    """The charts tab of a shown main window, on the seeded data."""
    window.tabs.setCurrentWidget(window.charts_tab)
    with qtbot.waitSignal(window.charts_tab.refreshed, timeout=2000):
        window.events.data_replaced.emit()
    return window.charts_tab


def test_update_arrives_after_a_save(qtbot, tab, first):
    day7 = first + dt.timedelta(days=7)
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        checkins.save(tab.store, CheckIn(day7, scales.SOWS, sows(3)))
        tab.events.checkin_saved.emit(day7)
    _x, y = tab.main.total_points.getData()
    assert 48.0 in y.tolist()
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        doses.add(tab.store, Dose(day7, 1.5, "g"))
        tab.events.doses_changed.emit(day7)
    x, y = tab.dose.taken.getData()
    assert y[x.tolist().index(day_x(day7))] == 1.5


def test_a_hidden_tab_reloads_when_shown(qtbot, tab, window, first):
    window.tabs.setCurrentWidget(window.checkin_tab)
    day7 = first + dt.timedelta(days=7)
    checkins.save(tab.store, CheckIn(day7, scales.SOWS, sows(3)))
    window.events.checkin_saved.emit(day7)
    assert 48.0 not in tab.main.total_points.getData()[1].tolist()  # nobody is looking
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        window.tabs.setCurrentWidget(tab)
    assert 48.0 in tab.main.total_points.getData()[1].tolist()


def test_main_panel_draws_gaps_not_zeros_and_partials_apart(tab, first):
    x, y = tab.main.total_line.getData()
    assert np.isnan(y[2]) and np.isnan(y[3])  # not logged, partial: gaps
    assert y[4] == 0  # a real zero stays a zero
    px, py = tab.main.partial.getData()
    assert px.tolist() == [day_x(first + dt.timedelta(days=3))]
    assert py[0] < 0  # drawn below the axis, never at a partial sum
    _x, taken = tab.dose.taken.getData()
    assert 0 not in taken.tolist()


def test_instruments_are_never_drawn_on_one_axis(tab, first):
    assert tab.instrument == scales.SOWS  # the instrument of the latest check-in
    assert tab.controls.instrument_box.isVisible()
    _x, y = tab.main.total_points.getData()
    assert y.tolist() == [16, 32, 0, 19]
    tab.set_instrument(scales.GOSSOP)
    _x, y = tab.main.total_points.getData()
    assert y.tolist() == [10]
    assert tab.main.plot.getAxis("left").labelText.startswith(scales.GOSSOP)
    assert not any(b.isVisible() for b in tab.main.bands)  # no bands for SOWS-Gossop


def test_range_buttons_and_manual_zoom(qtbot, tab, today):
    tab.controls.range_buttons["2w"].click()
    (x0, x1), _ = tab.main.plot.vb.viewRange()
    assert x_day(x1) == today + dt.timedelta(days=1) or x_day(x1 - 1) == today
    assert round((x1 - x0) / DAY_SECONDS) == 14
    # the linked panels follow
    assert tab.heatmap.plot.vb.viewRange()[0] == pytest.approx([x0, x1])
    tab.controls.range_buttons["all"].click()
    (x0, x1), _ = tab.main.plot.vb.viewRange()
    assert round((x1 - x0) / DAY_SECONDS) == 10
    # the chosen range shows in bold, not by a shade alone (faint in the dark theme)
    assert [k for k, b in tab.controls.range_buttons.items() if b.font().bold()] == ["all"]
    tab.main.plot.vb.scaleBy(x=0.5)  # as a mouse wheel would
    assert tab.range_key is None
    assert not any(b.isChecked() for b in tab.controls.range_buttons.values())
    assert not any(b.font().bold() for b in tab.controls.range_buttons.values())


def test_hover_lists_the_day_and_says_not_logged(tab, first):
    tab.show_day(2)
    assert "not logged" in tab.details.text()
    assert "0" not in tab.details.text().split("</b>")[1].replace("2.0", "")  # no zeros
    tab.show_day(3)
    assert "partial check-in, 5 of 16 items answered" in tab.details.text()
    tab.show_day(0)
    text = tab.details.text()
    assert "SOWS total: 16" in text and "conventional band: moderate" in text
    # a dose keeps its number and unit on one line
    assert "Dose taken: 4\u00a0g" in text and "Planned dose: 4\u00a0g" in text
    assert "Craving 5, Pain 2, Sleep quality 7, Mood 6" in text
    tab.show_day(1)
    assert (
        "Craving 6, Pain not logged, Sleep quality not logged, Mood not logged"
        in tab.details.text()
    )
    tab.show_day(5)
    assert "Craving, pain, sleep quality, mood: not logged" in tab.details.text()
    assert all(t.isVisible() for t in (tab.main.hover, tab.heatmap.hover))


def test_arrow_keys_step_the_marked_day(qtbot, tab):
    tab.show_day(5)
    tab.plots.setFocus()
    qtbot.keyClick(tab.plots, Qt.Key.Key_Left)
    assert tab.hover_index == 4
    qtbot.keyClick(tab.plots, Qt.Key.Key_End)
    assert tab.hover_index == 9
    assert tab.day_html(9) == tab.details.text()


def test_measure_toggles_hide_a_measure(tab):
    tab.controls.measure_boxes["pain"].setChecked(False)
    assert not tab.measures.means["pain"].isVisible()
    assert tab.measures.means["craving"].isVisible()


def test_export_writes_a_png_of_the_chart_size(tab, tmp_path):
    path = tmp_path / "chart.png"
    assert tab.export_png(str(path))
    assert path.stat().st_size > 1000
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    ratio = tab.chart_area.devicePixelRatioF()
    assert image.width() == round(tab.chart_area.width() * ratio)
    # the charts under a line naming the days shown (the date axis leaves the year out)
    heading = image.height() - round(tab.chart_area.height() * ratio)
    assert 0 < heading < 60 * ratio
    background = QColor(tab.colours.background).rgb()
    assert any(
        image.pixel(x, y) != background
        for x in range(0, image.width() // 2)
        for y in range(heading)
    )
    tab.controls.range_buttons["all"].click()
    assert tab.export_heading() == "Taper Desktop charts: {} to {}".format(
        f"{tab.data.first.day} {tab.data.first:%b %Y}",
        f"{tab.data.last.day} {tab.data.last:%b %Y}",
    )


def test_file_menu_exports_the_chart(window, tab, tmp_path, monkeypatch):
    window.tabs.setCurrentWidget(window.checkin_tab)
    target = tmp_path / "from-menu"
    offered = []
    monkeypatch.setattr(
        chart_export, "ask_png_path", lambda parent, name: offered.append(name) or str(target)
    )
    window.export_chart_action.trigger()
    assert window.tabs.currentWidget() is window.charts_tab
    assert (tmp_path / "from-menu.png").stat().st_size > 1000
    assert offered == [f"taper-chart-{tab.data.last.isoformat()}.png"]


def test_dark_palette_restyles_the_charts(tab):
    palette = QPalette(tab.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    tab.setPalette(palette)
    assert tab.colours.dark
    assert tab.plots.backgroundBrush().color().name() == "#1e1e1e"
    assert tab.main.mean.opts["pen"].color().name().lower() == "#e69f00"


def test_long_hovering_keeps_references_to_none(tab):
    """Hovering calls Qt thousands of times; a binding that leaks references to None
    (PySide6 6.12.0 on CPython 3.11: one per call returning nothing, so tens of thousands
    here) would abort the app after a while.

    The count of None moves whenever any object holding None is freed, so only this loop
    may run while it is measured: the collector is paused (it frees whole cycles) and
    workers left by earlier tests finish first (they run Python while Qt calls release
    the interpreter lock). A one-off free can still land in one run, never in both: the
    smaller loss of two runs is what counts."""
    import gc
    import sys

    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(10_000)  # bounded: never hangs the suite
    for i in range(20):  # first calls fill caches; not what is measured
        tab.show_day(i % 10)
    losses = []
    for _run in range(2):
        gc.collect()
        gc.disable()
        try:
            before = sys.getrefcount(None)
            for i in range(2000):
                tab.show_day(i % 10)
            after = sys.getrefcount(None)
        finally:
            gc.enable()
        losses.append(before - after)
    assert min(losses) < 1000  # a leak loses at least one per call: 2000 or more


def test_export_without_check_ins_says_so_and_writes_nothing(window, monkeypatch, tmp_path):
    notes = []
    monkeypatch.setattr(chart_export, "tell", lambda parent, text: notes.append(text))
    monkeypatch.setattr(
        chart_export,
        "ask_png_path",
        lambda *a: pytest.fail("asked for a file with nothing to export"),
    )
    window.export_chart_action.trigger()
    assert notes and "no chart" in notes[0]


def test_a_saved_check_in_is_the_day_listed_even_when_the_first_day_moves(qtbot, tab, first):
    tab.show_day(6)
    marked = first + dt.timedelta(days=6)
    earlier = first - dt.timedelta(days=3)
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        checkins.save(tab.store, CheckIn(earlier, scales.SOWS, sows(0)))
        tab.events.doses_changed.emit(earlier)  # the data now start 3 days earlier
    assert tab.data.first == earlier
    assert tab.data.rows[tab.hover_index].day == marked  # the same day, not the same index
    day8 = first + dt.timedelta(days=8)
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        checkins.save(tab.store, CheckIn(day8, scales.SOWS, sows(2)))
        tab.events.checkin_saved.emit(day8)
    assert tab.data.rows[tab.hover_index].day == day8
    assert "SOWS total: 32" in tab.details.text()


def test_hover_counts_days_after_the_cut_like_the_after_step_panel(tab, first):
    # steps of the seeded plan: 4 g on day 0, cut to 3 g on day 3 (the hold on days 4-5
    # stops the clock), to 2 g on day 8
    tab.show_day(3)
    assert "Step to 3\u00a0g today" in tab.details.text()
    assert "of the step down" not in tab.details.text()  # "Step to 3 g today" says it
    tab.show_day(6)
    # one day count everywhere: the step day is day 1, as "day N of this step" in the calendar
    assert "Day 4 of the step down to 3\u00a0g" in tab.details.text()
    tab.show_day(1)
    assert "of the step down" not in tab.details.text()  # before the first cut


def test_after_step_summary_in_words(qtbot, tab):
    panel = tab.after
    panel.shown_means = np.array([10.0, 20.0, 25.0, 14.0, np.nan])
    panel.key = scales.SOWS
    # one day count everywhere: the day of the cut is day 1 of the step
    assert panel.summary() == (
        "Mean SOWS total after a cut: 10 on day 1 (the day of the "
        "cut), highest 25 on day 3, 14 on day 4."
    )
    panel.shown_means = np.array([30.0, 20.0, np.nan])
    assert panel.summary() == (
        "Mean SOWS total after a cut: highest 30 on day 1 (the day of the cut), 20 on day 2."
    )
    panel.shown_means = np.array([np.nan, 5.0, 9.0])
    assert panel.summary() == "Mean SOWS total after a cut: 5 on day 2, 9 on day 3 (highest)."
    # the seeded data have no day with values after 2 cuts: no mean, nothing to say
    tab.redraw()
    assert tab.after.summary() == "" and tab.after_summary.isHidden()


def test_dose_taken_is_drawn_over_the_plan_line(tab):
    items = tab.dose.plot.items
    assert items.index(tab.dose.taken) > items.index(tab.dose.planned)


def drawn_labels(axis) -> list[str]:
    """The tick texts an axis actually paints (pyqtgraph silently drops one that does not
    fit inside the axis)."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text.replace("\n", " ") for _rect, _flags, text in specs[2]] if specs else []


def test_a_cramped_window_keeps_end_labels_titles_and_item_names_readable(qtbot, tab):
    tab.window().resize(820, 560)
    axis = tab.heatmap.plot.getAxis("left")
    # every item name, none dropped and none thinned out: the charts scroll instead
    qtbot.waitUntil(lambda: drawn_labels(axis) == tab.heatmap.labels, timeout=2000)
    rows = tab.heatmap.plot.vb.height() / len(tab.heatmap.labels)
    assert rows >= QFontMetrics(tab.heatmap.label_font()).height() - 0.5
    assert tab.plots.minimumHeight() > tab.plots_scroll.viewport().height()
    # the ends of 0-10 stay inside the axis with room for half a label
    (_x, (y0, y1)) = tab.measures.plot.vb.viewRange()
    assert y0 < 0 < 10 < y1
    # the long legend line wraps instead of being cut off
    title = tab.main.plot.titleLabel
    assert title.item.textWidth() == pytest.approx(title.rect().width(), abs=1)
    one_line = title.item.document().clone()
    one_line.setTextWidth(-1)
    assert one_line.idealWidth() > title.rect().width()  # it would not fit on one line
    assert title.item.document().size().height() > 1.5 * one_line.size().height()
    assert title.item.boundingRect().width() <= title.rect().width() + 1


def test_measure_toggles_move_to_a_second_row_when_one_row_does_not_fit(qtbot, tab):
    controls = tab.controls
    assert controls.instrument_box.isVisible()  # the seeded data use both scales
    hints = [w.sizeHint().width() for w in (controls.instrument_box, controls.measure_bar)]
    assert controls.one_row_width() > sum(hints)
    tab.window().resize(controls.one_row_width() + 200, 700)
    qtbot.waitUntil(lambda: controls.lower_bar.isHidden())
    assert controls.measure_bar.parentWidget() is not controls.lower_bar
    controls.one_row_width = lambda: tab.width() + 1  # as with a large font
    tab.window().resize(tab.window().width() - 10, 700)
    qtbot.waitUntil(lambda: controls.lower_bar.isVisible())
    assert controls.measure_bar.parentWidget() is controls.lower_bar
    assert all(box.isVisible() for box in controls.measure_boxes.values())
    del controls.one_row_width
    tab.window().resize(tab.window().width() + 10, 700)
    qtbot.waitUntil(lambda: controls.lower_bar.isHidden())
    assert controls.measure_bar.parentWidget() is not controls.lower_bar


def test_after_step_counts_only_cuts_with_totals_after_them(tab):
    tab.set_instrument(scales.GOSSOP)  # one SOWS-Gossop total, 2 days after the first cut
    assert tab.after.count == 1
    assert "total, 1 cut<" in tab.after.plot.titleLabel.text
    tab.set_instrument(scales.SOWS)
    assert tab.after.count == 1  # the cut on day 8 has no total after it yet


def _same_chart_data(a, b):
    assert (a.first, a.last, a.unit, a.latest_instrument) == (
        b.first,
        b.last,
        b.unit,
        b.latest_instrument,
    )
    assert a.step_changes == b.step_changes and a.holds == b.holds
    assert [(r.day, r.planned, r.taken, r.held, r.checkin) for r in a.rows] == [
        (r.day, r.planned, r.taken, r.held, r.checkin) for r in b.rows
    ]
    for name in ("x", "planned", "taken"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name))
    for m in chart_data.MEASURES:
        np.testing.assert_array_equal(a.measures[m], b.measures[m])
        np.testing.assert_array_equal(a.measure_means[m], b.measure_means[m])
    assert a.instruments.keys() == b.instruments.keys()
    for key, sa in a.instruments.items():
        sb = b.instruments[key]
        for name in ("total", "mean", "partial", "answered", "items"):
            np.testing.assert_array_equal(getattr(sa, name), getattr(sb, name))


def test_a_save_rereads_only_its_day_and_charts_the_same_as_a_full_load(
    qtbot, tab, first, monkeypatch
):
    full_loads = []
    real_load = chart_data.load
    monkeypatch.setattr(
        chart_data, "load", lambda *a, **k: full_loads.append(1) or real_load(*a, **k)
    )
    day2, day7 = first + dt.timedelta(days=2), first + dt.timedelta(days=7)
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        checkins.save(tab.store, CheckIn(day2, scales.GOSSOP, {k: 2 for k in GOSSOP_KEYS}, pain=4))
        tab.events.checkin_saved.emit(day2)
        doses.add(tab.store, Dose(day7, 1.5, "g"))
        tab.events.doses_changed.emit(day7)
    assert full_loads == []
    _same_chart_data(tab.data, real_load(tab.store))
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        checkins.delete(tab.store, day2)
        tab.events.checkin_saved.emit(day2)
    assert full_loads == []
    _same_chart_data(tab.data, real_load(tab.store))
    # a day before the first one moves the span: everything is read again
    earlier = first - dt.timedelta(days=1)
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        checkins.save(tab.store, CheckIn(earlier, scales.SOWS, sows(1)))
        tab.events.checkin_saved.emit(earlier)
    assert full_loads == [1]
    _same_chart_data(tab.data, real_load(tab.store))
    # a plan change reads everything again too
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        tab.events.plan_changed.emit()
    assert full_loads == [1, 1]


def test_every_gossop_item_is_labelled_including_muscle_spasms(qtbot, tab):
    tab.set_instrument(scales.GOSSOP)
    axis = tab.heatmap.plot.getAxis("left")
    qtbot.waitUntil(lambda: drawn_labels(axis) == tab.heatmap.labels, timeout=2000)
    assert "Muscle spasms or twitching" in drawn_labels(axis)


def test_bands_are_a_background_named_beside_the_data_and_dose_has_its_own_panel(tab):
    names = [name for _y, name in tab.main.plot.getAxis("right")._tickLevels[0]]
    assert names == ["mild", "moderate", "severe"]
    assert drawn_labels(tab.main.plot.getAxis("right")) == names
    assert all(band.zValue() < tab.main.total_line.zValue() for band in tab.main.bands)
    # the dose lines live in a panel of their own, on their own axis, not over the bands
    assert tab.dose.planned in tab.dose.plot.items and tab.dose.taken in tab.dose.plot.items
    assert tab.dose.planned not in tab.main.plot.items
    assert tab.dose.plot is not tab.main.plot and tab.dose.plot.getViewBox() is not tab.main.plot.vb
    assert tab.dose.plot.getAxis("left").labelText == "Dose (g)"
    assert tab.dose.plot.vb.viewRange()[0] == pytest.approx(tab.main.plot.vb.viewRange()[0])


def test_how_you_felt_points_are_solid(tab):
    for markers in tab.measures.markers.values():
        assert markers.style["brush"].color().alpha() == 255


def test_large_text_keeps_every_item_name_and_scales_the_legends(qtbot, tab):
    from PySide6.QtWidgets import QApplication

    from taper_desktop.ui import text_size

    app = QApplication.instance()
    small = tab.heatmap.label_font().pixelSize()
    title = float(tab.main.plot.titleLabel.opts["size"][:-2])
    try:
        text_size.apply(app, 200)
        qtbot.waitUntil(lambda: tab.heatmap.label_font().pixelSize() >= 1.8 * small, timeout=2000)
        axis = tab.heatmap.plot.getAxis("left")
        for key in (scales.GOSSOP, scales.SOWS):
            tab.set_instrument(key)
            qtbot.waitUntil(lambda: drawn_labels(axis) == tab.heatmap.labels, timeout=3000)
        assert float(tab.main.plot.titleLabel.opts["size"][:-2]) >= 1.9 * title
    finally:
        text_size.apply(app, 100)


def _fits_in(inner, outer) -> bool:
    return (
        inner.left() >= outer.left() - 1
        and inner.right() <= outer.right() + 1
        and inner.top() >= outer.top() - 1
        and inner.bottom() <= outer.bottom() + 1
    )


@pytest.mark.parametrize("size", [(1400, 900), (1024, 700)])
def test_at_200_percent_text_no_chart_text_is_cut(qtbot, tab, size):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from taper_desktop.ui import text_size

    app = QApplication.instance()
    try:
        text_size.apply(app, 200)
        tab.window().resize(*size)
        qtbot.waitUntil(lambda: tab.font().pointSizeF() == QFont().pointSizeF(), timeout=2000)
        after, day_axis = tab.after.plot, tab.after.day_axis
        # the after-step day label wraps inside its axis, which grows to hold every line
        qtbot.waitUntil(
            lambda: day_axis.label.textWidth() == pytest.approx(day_axis.width(), abs=1),
            timeout=2000,
        )
        label = day_axis.label.mapRectToParent(day_axis.label.boundingRect())
        inner = label.adjusted(0, 4, 0, -4)  # the text, inside the document's margins
        assert _fits_in(inner, day_axis.boundingRect())
        assert day_axis.label.boundingRect().width() <= after.vb.width() + 60
        # the first and last day of the step keep their tick labels
        labels = drawn_labels(day_axis)
        assert labels[0] == "1" and labels[-1] == "15"
        # the "hold" labels follow the text size too
        assert tab.main.hold_labels
        for hold in tab.main.hold_labels:
            assert hold.textItem.font().pointSizeF() == pytest.approx(QFont().pointSizeF())
        # the after-step legend is in its title; every title wraps inside its plot
        assert "mean of 2 or more cuts" in after.titleLabel.text
        for plot in [*tab._panel_plots(), after]:
            title = plot.titleLabel
            assert title.item.document().idealWidth() <= title.rect().width() + 1, title.text
        assert tab.after_widget.height() >= tab.after_widget.minimumHeight()
        # the panels over time fit in the scrolled widget: the last dates are not cut
        qtbot.waitUntil(
            lambda: tab.plots.ci.geometry().height() <= tab.plots.height() + 0.5, timeout=2000
        )
        dates = tab.heatmap.plot.getAxis("bottom")
        bottom = dates.mapRectToScene(dates.boundingRect()).bottom()
        assert bottom <= tab.plots.height() + 0.5
    finally:
        text_size.apply(app, 100)


def test_before_any_cut_the_after_step_panel_says_so_inside_the_plot(qtbot, window, today):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from taper_desktop.ui import text_size

    app = QApplication.instance()
    tab = window.charts_tab
    window.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        checkins.save(window.store, CheckIn(today, scales.SOWS, sows(2)))
        window.events.checkin_saved.emit(today)
    try:
        text_size.apply(app, 200)
        window.resize(1024, 700)
        qtbot.waitUntil(lambda: tab.font().pointSizeF() == QFont().pointSizeF(), timeout=2000)
        message, vb = tab.after.message, tab.after.plot.vb
        assert tab.after.count == 0 and message.isVisible()

        # the message wraps to the plot's width rather than being cut at both sides
        def inside() -> bool:
            text = message.textItem.mapRectToScene(message.textItem.boundingRect())
            return _fits_in(text, vb.mapRectToScene(vb.boundingRect()))

        qtbot.waitUntil(inside, timeout=2000)
        assert message.textItem.textWidth() <= vb.width() - 15
        # no legend for lines that are not drawn yet
        assert "mean of 2 or more cuts" not in tab.after.plot.titleLabel.text
    finally:
        text_size.apply(app, 100)


def test_the_dose_axis_fits_the_doses_in_view(qtbot, store, window, today):
    """Late in a taper the small doses in view fill the dose panel: 0.5 g is not a flat
    line under the 8 g the plan started from; "all" shows the whole span again."""
    start = today - dt.timedelta(days=110)
    substance = Substance("Kratom leaf powder", "kratom", "g")
    plans.create_plan(store, substance, PlanRevision(start, "linear", 8.0, 0.5, 7, 0.5, 0.0))
    checkins.save(store, CheckIn(start, scales.SOWS, sows(1)))
    checkins.save(store, CheckIn(today, scales.SOWS, sows(1)))
    tab = window.charts_tab
    window.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        window.events.data_replaced.emit()
    tab.controls.range_buttons["2w"].click()
    qtbot.waitUntil(lambda: tab.dose.plot.vb.viewRange()[1][1] < 3.0)  # not 8 g and more
    assert tab.dose.plot.vb.viewRange()[1][1] > 0.5  # the doses in view still fit
    tab.controls.range_buttons["all"].click()
    qtbot.waitUntil(lambda: tab.dose.plot.vb.viewRange()[1][1] > 8.0)
