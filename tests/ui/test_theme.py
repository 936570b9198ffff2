"""Themes go through the application palette, so every widget (charts too) is told."""

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from taper_desktop.store import settings as settings_store
from taper_desktop.ui.theme import ThemeManager, is_dark


class PaletteWatch(QObject):
    """Counts PaletteChange events reaching a widget."""

    def __init__(self, widget):
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.PaletteChange:
            self.count += 1
        return False


@pytest.fixture
def themes(qapp):
    manager = ThemeManager(qapp)
    system_window = qapp.palette().color(QPalette.ColorRole.Window)
    yield manager, system_window
    manager.apply("system")  # never leak a theme into other tests


def test_light_dark_and_back_to_system(themes):
    manager, system_window = themes
    app = QApplication.instance()
    manager.apply("dark")
    assert is_dark(app.palette())
    manager.apply("light")
    assert not is_dark(app.palette())
    manager.apply("system")
    assert app.palette().color(QPalette.ColorRole.Window) == system_window
    assert manager.current == "system"


def test_settings_change_restyles_the_window_and_every_tab(window, store, themes, qtbot):
    watches = {
        name: PaletteWatch(getattr(window, name))
        for name in ("calendar_tab", "checkin_tab", "charts_tab")
    }
    settings_store.put(store, "theme", "dark")
    window.events.settings_changed.emit()
    qtbot.waitUntil(lambda: all(w.count for w in watches.values()))
    assert is_dark(window.charts_tab.palette())
    assert is_dark(window.palette())
    before = {name: w.count for name, w in watches.items()}
    settings_store.put(store, "theme", "light")
    window.events.settings_changed.emit()
    qtbot.waitUntil(lambda: all(w.count > before[n] for n, w in watches.items()))
    assert not is_dark(window.charts_tab.palette())


def test_unchanged_theme_does_not_repaint(window, store, themes, qtbot):
    watch = PaletteWatch(window.charts_tab)
    window.events.settings_changed.emit()  # theme still "system"
    QApplication.sendPostedEvents()  # deliver whatever the signal set in motion
    assert watch.count == 0
    # the same flush delivers a real change, so the zero above is not a missed event
    settings_store.put(store, "theme", "dark")
    window.events.settings_changed.emit()
    QApplication.sendPostedEvents()
    assert watch.count > 0


@pytest.mark.parametrize("name", ["light", "dark"])
def test_calendar_markers_stand_out_more_the_higher_the_band(name, qapp):
    """Higher bands differ more from the cell, so 'the stronger the dot' reads right in a dark
    theme too (a fixed dark blue-grey did the opposite on a dark cell)."""
    from taper_desktop.ui.month_view import band_shade
    from taper_desktop.ui.theme import palette_for

    palette = palette_for(name)
    base = palette.color(QPalette.ColorRole.Base)

    def distance(level):
        shade = band_shade(level, palette)
        return sum(abs(a - b) for a, b in zip(shade.getRgb()[:3], base.getRgb()[:3], strict=False))

    distances = [distance(level) for level in range(4)]
    assert distances == sorted(distances) and len(set(distances)) == 4
    assert distances[0] >= 30  # even "none" is visible on the cell


def test_hold_banner_follows_a_theme_switch(themes, store, qtbot, today):
    """The banner's background comes from the palette of the theme in force, not the one it
    was built under (its text would be light on light after switching to dark)."""
    from taper_desktop.ui.checkin.hold_banner import HoldBanner

    manager, _ = themes
    manager.apply("light")
    banner = HoldBanner(store, lambda: today)
    qtbot.addWidget(banner)
    banner.text.setText("Your symptoms are higher than before the step.")
    banner.resize(400, 80)
    app = QApplication.instance()

    def background():
        return banner.grab().toImage().pixelColor(banner.width() // 2, banner.height() - 4)

    assert background() == app.palette().color(QPalette.ColorRole.AlternateBase)
    manager.apply("dark")
    QApplication.processEvents()
    assert background() == app.palette().color(QPalette.ColorRole.AlternateBase)
    assert is_dark(banner.palette())


def test_held_days_stand_out_in_the_dark_theme_too(qtbot):
    """A held day differs visibly from a plain one even where AlternateBase is close to Base
    and the "On hold" line has no room."""
    import datetime as dt

    from taper_desktop.ui.month_view import DayCell, MonthView
    from taper_desktop.ui.theme import palette_for

    view = MonthView(dt.date(2026, 11, 27))
    qtbot.addWidget(view)
    view.setPalette(palette_for("dark"))
    view.labels = {**view.labels, "hold": ""}  # the shading alone, as when no line fits
    view.resize(700, 400)
    view.set_cells(
        {
            dt.date(2026, 11, 2): DayCell(held=True, future=True),
            dt.date(2026, 11, 3): DayCell(future=True),
        }
    )
    image = view.grab().toImage()
    days = view.visible_days()

    def ink(day):
        r = view.cell_rect(days.index(day)).adjusted(8, 30, -8, -4)
        base = view.palette().color(QPalette.ColorRole.Base)
        return sum(
            1
            for x in range(int(r.left()), int(r.right()))
            for y in range(int(r.top()), int(r.bottom()))
            if abs(image.pixelColor(x, y).lightness() - base.lightness()) >= 8
        )

    assert ink(dt.date(2026, 11, 3)) == 0
    assert ink(dt.date(2026, 11, 2)) > 20


def test_dark_theme_check_box_edge_stands_out_from_its_field(themes, qtbot):
    """An unchecked box in the dark theme has an edge clearly lighter than the field behind
    it (Fusion's own edge is darker than the field and all but vanishes)."""
    from PySide6.QtWidgets import QCheckBox

    manager, _ = themes
    manager.apply("dark")
    box = QCheckBox()
    qtbot.addWidget(box)
    box.resize(box.sizeHint())
    image = box.grab().toImage()
    base = QApplication.palette().color(QPalette.ColorRole.Base).lightness()
    lightest = max(
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
    )
    assert lightest - base > 60


@pytest.fixture
def sizes(qapp, themes):
    from taper_desktop.ui import text_size

    yield text_size
    text_size.apply(qapp, 100)  # never leak a size into other tests


def _mark(app, metric_name: str = "PM_IndicatorWidth") -> int:
    from PySide6.QtWidgets import QCheckBox, QStyle

    box = QCheckBox("x")
    try:
        return app.style().pixelMetric(getattr(QStyle.PixelMetric, metric_name), None, box)
    finally:
        box.deleteLater()


def test_check_marks_grow_with_the_text_size(qapp, sizes, themes):
    """At 200% a check box's mark is twice its size at 100%, in the platform style and in
    a theme; back at 100% under "system" the platform's own style returns."""
    from PySide6.QtWidgets import QProxyStyle

    manager, _ = themes
    assert not isinstance(qapp.style(), QProxyStyle)  # nothing loaded at 100%
    normal = _mark(qapp)
    round_normal = _mark(qapp, "PM_ExclusiveIndicatorHeight")
    sizes.apply(qapp, 200)
    assert _mark(qapp) == 2 * normal
    assert _mark(qapp, "PM_ExclusiveIndicatorHeight") == 2 * round_normal
    manager.apply("dark")
    assert _mark(qapp) == 2 * normal and is_dark(qapp.palette())
    sizes.apply(qapp, 150)
    assert _mark(qapp) == round(1.5 * normal)
    assert is_dark(qapp.palette())  # a new style keeps the theme's palette
    manager.apply("system")
    sizes.apply(qapp, 100)
    assert _mark(qapp) == normal and not isinstance(qapp.style(), QProxyStyle)
