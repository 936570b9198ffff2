"""Keyboard only: a check-in, a past day, the dialogs, and a focus order that follows
the reading order, with the focus always drawn."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from taper_desktop.domain.scales import SOWS_INSTRUMENT
from taper_desktop.store import checkins


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    qtbot.keyClick(widget, key, modifier)


def test_a_whole_check_in_with_digits_and_ctrl_s(window, qtbot, store):
    window.go_to_checkin()
    tab = window.checkin_tab
    tab.focus_first_blank()
    qtbot.waitUntil(tab.ready_for_keys)
    for _ in SOWS_INSTRUMENT.item_keys:
        _key(qtbot, Qt.Key.Key_2)
    _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = checkins.get(store, tab.day)
    assert saved is not None
    assert saved.items == {k: 2 for k in SOWS_INSTRUMENT.item_keys}


def test_a_past_day_with_ctrl_left(window, qtbot):
    window.go_to_checkin()
    tab = window.checkin_tab
    tab.focus_first_blank()
    today = tab.day
    _key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert tab.day == today - dt.timedelta(days=1)


def test_tab_moves_in_reading_order_and_the_focus_is_drawn(window, qtbot):
    """From the day's buttons, Tab reaches the dose strip before the first item, the
    items in their order, and each focused widget shows that it has the focus."""
    window.go_to_checkin()
    tab = window.checkin_tab
    tab.prev_button.setFocus()
    seen = []
    for _ in range(40):
        _key(qtbot, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    rows = [w for w in seen if w in tab.item_rows]
    assert rows[:3] == tab.item_rows[:3]  # items in their reading order
    assert all(w is not None and w.isVisible() for w in seen)  # never lost
    row = tab.item_rows[1]
    plain = row.grab().toImage()
    row.setFocus()
    qtbot.waitUntil(row.hasFocus)
    assert row.grab().toImage() != plain  # the focused row is drawn with its frame


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note
def test_dialogs_open_and_close_from_the_keyboard(window, qtbot, monkeypatch):
    """Ctrl+, opens Settings and Escape closes it with nothing changed."""
    from taper_desktop.store import settings as settings_store

    before = settings_store.get_all(window.store)
    opened = []

    def close_it():
        dialog = QApplication.activeModalWidget()
        opened.append(type(dialog).__name__ if dialog else None)
        if isinstance(dialog, QDialog):
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    for shortcut in (Qt.Key.Key_Comma,):
        QTimer.singleShot(0, close_it)
        window.activateWindow()
        qtbot.keyClick(window, shortcut, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["SettingsDialog"]
    assert settings_store.get_all(window.store) == before


def _luminance(color) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def _contrast(a, b) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_focused_answer_row_shows_a_visible_frame_in_each_theme(window, qtbot, theme):
    """The row a digit would answer draws a focus frame that stands out from the row
    around it (at least 3:1, the contrast asked of focus indicators), in the dark theme as
    in the light one."""
    from PySide6.QtGui import QColor

    from taper_desktop.ui.theme import ThemeManager

    themes = ThemeManager(QApplication.instance())
    themes.apply(theme)
    try:
        window.go_to_checkin()
        tab = window.checkin_tab
        row = tab.item_rows[1]
        tab.item_rows[0].setFocus()
        qtbot.waitUntil(tab.item_rows[0].hasFocus)
        plain = row.grab().toImage()
        row.setFocus()
        qtbot.waitUntil(row.hasFocus)
        focused = row.grab().toImage()
        assert focused.size() == plain.size()
        changed = [
            (x, y)
            for y in range(plain.height())
            for x in range(plain.width())
            if focused.pixel(x, y) != plain.pixel(x, y)
        ]
        assert changed, "the focused row looks the same as before"
        best = max(
            _contrast(QColor(focused.pixel(x, y)), QColor(plain.pixel(x, y))) for x, y in changed
        )
        assert best >= 3.0, f"the focus frame hardly shows in the {theme} theme ({best:.2f}:1)"
    finally:
        themes.apply("system")


def test_logging_a_dose_with_keys_alone(window, qtbot, store):
    """A plan in place: from the check-in form, Alt+P (Taken as planned) logs today's
    planned dose."""
    from taper_desktop.domain.models import PlanRevision, Substance
    from taper_desktop.store import doses, plans

    window.go_to_checkin()
    tab = window.checkin_tab
    today = tab.today()
    plans.create_plan(
        store,
        Substance("Kratom leaf powder", "kratom", "g"),
        PlanRevision(today - dt.timedelta(days=9), "percent", 8.0, 10.0, 7, 0.1),
    )
    window.events.plan_changed.emit()
    tab.focus_first_blank()
    qtbot.waitUntil(tab.ready_for_keys)
    _key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(doses.on_day(store, today)) == 1)
    assert doses.on_day(store, today)[0].amount == pytest.approx(7.2)
