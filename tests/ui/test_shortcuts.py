"""Keyboard paths shown in the menus: Ctrl+1/2/3 for the tabs (Go), Ctrl+S to save the
check-in and Ctrl+, for Settings (Edit)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from taper_desktop.store import checkins


def _menu(window, title):
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no {title} menu")


def test_go_menu_lists_the_tabs_with_ctrl_numbers(window, qtbot):
    go = _menu(window, "Go")
    shortcuts = [a.shortcut().toString() for a in go.actions()]
    assert shortcuts == ["Ctrl+1", "Ctrl+2", "Ctrl+3"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for index, key in ((1, Qt.Key.Key_2), (2, Qt.Key.Key_3), (0, Qt.Key.Key_1)):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == index


def test_settings_in_the_edit_menu_with_ctrl_comma(window, monkeypatch):
    settings = next(
        a for a in _menu(window, "Edit").actions() if a.text().replace("&", "") == "Settings..."
    )
    assert settings.text().replace("&", "") == "Settings..."
    assert settings.shortcut() == QKeySequence("Ctrl+,")
    opened = []
    from taper_desktop.ui import settings_dialog

    monkeypatch.setattr(
        settings_dialog, "edit_settings", lambda *args, **kwargs: opened.append(args)
    )
    settings.trigger()
    assert opened and opened[0][1] is window.store


def test_export_report_and_help_keep_their_keys(window):
    assert window.export_report_action.shortcut() == QKeySequence("Ctrl+E")
    assert window.about_action.shortcut() == QKeySequence("F1")


def test_ctrl_s_saves_the_checkin_and_is_shown_in_the_edit_menu(window, qtbot):
    save = next(
        a for a in _menu(window, "Edit").actions() if a.text().replace("&", "") == "Save check-in"
    )
    assert save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    tab = window.checkin_tab
    window.tabs.setCurrentWidget(tab)
    assert save.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.item_rows[0].setFocus()
    qtbot.keyClick(tab.item_rows[0], Qt.Key.Key_2)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = checkins.get(window.store, tab.day)
    assert saved is not None and saved.items == {"anxious": 2}
    window.tabs.setCurrentIndex(0)
    assert not save.isEnabled()  # only where a check-in is showing
