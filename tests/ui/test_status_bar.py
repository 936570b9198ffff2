"""The status bar: a long message never runs under the data-file label; the label gives
way while it shows, and a message longer than the bar is shortened in the middle."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from taper_desktop.ui import text_size

LONG = "Chart saved to /home/someone/Documents/Taper Desktop/exports/charts-2026-11-29.png"


@pytest.fixture
def wide_text_window(window, qtbot):
    app = QApplication.instance()
    before = text_size.current_percent(app)
    text_size.apply(app, 200)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    yield window
    text_size.apply(app, before)


def _drawn_end(bar) -> int:
    """Where the drawn message ends (Qt draws it 6 px in from the left)."""
    from PySide6.QtWidgets import QStatusBar

    drawn = QStatusBar.currentMessage(bar)
    return 6 + bar.fontMetrics().horizontalAdvance(drawn)


def test_short_message_shows_beside_the_label(wide_text_window):
    bar, label = wide_text_window.status_bar, wide_text_window.data_label
    label.set_full_text("Data: taper.sqlite3")  # a short path (the test folder's is long)
    bar.showMessage("Saved.", 5000)
    assert label.isVisible()
    assert _drawn_end(bar) < label.x()


@pytest.mark.parametrize("message", [LONG[:60], LONG + " " + LONG])
def test_long_message_never_runs_under_the_label(wide_text_window, message):
    bar, label = wide_text_window.status_bar, wide_text_window.data_label
    bar.showMessage(message, 5000)
    end = label.x() if label.isVisible() else bar.width()
    assert _drawn_end(bar) <= end
    assert bar.currentMessage() == message  # the whole text is still what the bar says
    bar.clearMessage()
    assert label.isVisible()  # back once the message goes


def test_long_message_is_shortened_in_the_middle(wide_text_window):
    bar = wide_text_window.status_bar
    bar.showMessage(LONG * 3, 5000)
    from PySide6.QtWidgets import QStatusBar

    drawn = QStatusBar.currentMessage(bar)
    assert drawn.startswith("Chart saved to") and "…" in drawn
    assert bar.toolTip() == LONG * 3


def test_a_notice_and_its_buttons_are_never_pushed_off_by_the_data_label(
    window, store, qtbot, today
):
    """Large text on a small screen, with the reminder's two buttons: the data label is
    shortened in the middle and ends inside the window; the whole path stays on hover."""
    app = QApplication.instance()
    before = text_size.current_percent(app)
    text_size.apply(app, 200)
    try:
        window.resize(1024, 600)
        window.show()
        qtbot.waitExposed(window)
        window.show_reminder(today - dt.timedelta(days=1))
        bar, label, notice = window.status_bar, window.data_label, window.reminder_notice
        assert notice.isVisible()
        qtbot.waitUntil(lambda: notice.geometry().right() <= label.x())
        assert label.geometry().right() <= bar.width()
        assert notice.dismiss_button.width() >= notice.dismiss_button.sizeHint().width()
        assert "…" in label.text() or label.text() == label.full_text()
        assert label.toolTip() == str(store.path)
    finally:
        text_size.apply(app, before)
