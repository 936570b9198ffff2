"""The check-in at every text size (100-200%) on a 1024 x 700 and a 1400 x 900 screen:
nothing scrolls sideways or is cut, the form keeps a fair share of the height, and the
other measures' rows are evenly spaced."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QBoxLayout

from taper_desktop.app import build_window
from taper_desktop.domain.models import Dose, PlanRevision, Substance
from taper_desktop.store import doses, plans, settings
from taper_desktop.ui import text_size

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note


@pytest.fixture
def shown(store, qtbot):
    """A window showing the check-in, put back to 100% text afterwards."""
    app = QApplication.instance()
    windows = []

    def show(percent: int, size: tuple[int, int]):
        settings.put(store, "text_size", percent)
        window = build_window(store)
        qtbot.addWidget(window)
        window.show()
        window.tabs.setCurrentWidget(window.checkin_tab)
        window.resize(*size)
        qtbot.waitUntil(lambda: window.checkin_tab.width() >= size[0] - 40)
        QApplication.processEvents()
        windows.append(window)
        return window.checkin_tab

    yield show
    text_size.apply(app, 100)


def _whole(tab) -> None:
    """Nothing scrolls sideways, nothing is cut: the scale's heading, each statement's
    lines, each choice's text."""
    scroll = tab.scroll
    assert scroll.horizontalScrollBar().maximum() == 0
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    box = tab.view.scale_box
    assert box.fontMetrics().horizontalAdvance(box.title()) <= box.width()
    assert box.mapTo(scroll.viewport(), box.rect().topLeft()).x() >= 0
    for row in tab.item_rows:
        assert row.label.height() >= row.label.heightForWidth(row.label.width())
        for button in row.buttons:
            assert button.width() >= button.sizeHint().width()


def test_nothing_scrolls_sideways_at_1024_at_any_text_size(shown, qtbot):
    """Every size from 100% to 200%, changed while the window is open (as Settings
    does): the rows follow the new size."""
    tab = shown(100, (1024, 700))
    app = QApplication.instance()
    for percent in range(100, 201, 10):
        text_size.apply(app, percent)
        size = QApplication.font().pointSizeF()
        qtbot.waitUntil(lambda s=size: tab.view.font().pointSizeF() == s)  # the window follows
        qtbot.waitUntil(lambda: _whole(tab))  # once the layout has settled
    # the footer follows too: at 200% the window is short for the text
    assert tab.view.footer.notes.parentWidget() is tab.scroll.widget()


@pytest.mark.parametrize("percent", [160, 200])
def test_both_columns_side_by_side_at_1400_whole(shown, percent):
    tab = shown(percent, (1400, 900))
    assert tab.columns.direction() == QBoxLayout.Direction.LeftToRight
    assert tab.view.left_column.geometry().right() < tab.view.side_widget.geometry().left()
    _whole(tab)


def test_a_short_window_keeps_the_form_a_fair_share(shown):
    """200% on 1024 x 700: the band note and the source scroll with the form, the footer
    keeps the total and Save, and the form has most of what is left."""
    tab = shown(200, (1024, 700))
    footer = tab.view.footer
    assert footer.notes.parentWidget() is tab.scroll.widget()
    assert footer.save_button.isVisible() and footer.total_label.isVisible()
    assert tab.scroll.viewport().height() >= 3 * footer.height()
    _whole(tab)


def test_a_tall_window_keeps_the_notes_in_the_footer(shown):
    tab = shown(100, (1400, 900))
    assert tab.view.footer.notes.parentWidget() is tab.view.footer


def test_many_doses_wrap_within_the_window(store, shown):
    day = dt.date.today()
    plans.create_plan(
        store,
        Substance("Kratom leaf powder", "kratom", "g"),
        PlanRevision(day - dt.timedelta(days=9), "percent", 8.0, 10.0, 7, 0.1),
    )
    for time, amount in (("08:15", 3.5), ("11:40", 1.25), ("14:40", 3.25), ("18:05", 1.5)):
        doses.add(store, Dose(day, amount, "g", time))
    doses.add(store, Dose(day, 0.75, "g", "21:30"))
    tab = shown(150, (1400, 900))
    taken = tab.dose_strip.taken_label
    assert "21:30" in taken.text()
    right = taken.mapTo(tab, taken.rect().topRight()).x()
    assert right <= tab.width()
    assert taken.height() >= taken.heightForWidth(taken.width())


@pytest.mark.parametrize("percent", [100, 200])
def test_the_other_measures_are_evenly_spaced(shown, percent):
    """Each box with its hint under it, and the same gap between one hint and the next
    box, whatever the hints' wrapping."""
    tab = shown(percent, (1400, 900))
    measures = tab.view.measures
    boxes = list(measures.boxes.values())
    tops = [b.mapTo(measures, b.rect().topLeft()).y() for b in boxes]
    bottoms = [
        b.parentWidget().mapTo(measures, b.parentWidget().rect().bottomLeft()).y() for b in boxes
    ]
    gaps = {top - bottom for top, bottom in zip(tops[1:], bottoms[:-1], strict=True)}
    assert len(gaps) == 1 and 0 < gaps.pop() <= 16


def test_the_flag_wraps_and_still_ticks_by_click_and_key(window, qtbot):
    """The flag's words wrap in a narrow column; a click on them or Alt+V ticks it."""
    from PySide6.QtCore import Qt

    tab = window.checkin_tab
    window.tabs.setCurrentWidget(tab)
    line = tab.flag.parentWidget()
    assert line.words.wordWrap() and not tab.flag.isChecked()
    qtbot.mouseClick(line.words, Qt.MouseButton.LeftButton)
    assert tab.flag.isChecked() and tab.flag.hasFocus()
    with qtbot.waitSignal(tab.flag.toggled):
        qtbot.keyClick(tab.note, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert not tab.flag.isChecked()


@pytest.mark.parametrize("percent", [100, 200])
def test_a_medication_name_has_the_box_width(shown, percent):
    """The name of another medication has a line of its own in the side column, so a
    long name is readable at 1024 px and at large text; amount, unit and Add below."""
    tab = shown(percent, (1024, 700))
    meds = tab.meds
    assert meds.name.width() >= meds.width() - 4
    assert meds.name.y() < meds.amount.y() == meds.add_button.y()
    assert meds.add_button.width() >= meds.add_button.sizeHint().width()
