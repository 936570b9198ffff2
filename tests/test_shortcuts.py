"""Keyboard paths: Ctrl+1/2/3 for the tabs (in the Go menu) and Ctrl+, for Settings."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence



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
    settings = _menu(window, "Edit").actions()[0]
    assert settings.text().replace("&", "") == "Settings..."
    assert settings.shortcut() == QKeySequence("Ctrl+,")
    opened = []
    from taper_desktop.ui import settings_dialog

    monkeypatch.setattr(settings_dialog, "edit_settings",
                        lambda *args, **kwargs: opened.append(args))
    settings.trigger()
    assert opened and opened[0][1] is window.store


def test_export_report_and_help_keep_their_keys(window):
    assert window.export_report_action.shortcut() == QKeySequence("Ctrl+E")
    assert window.about_action.shortcut() == QKeySequence("F1")
