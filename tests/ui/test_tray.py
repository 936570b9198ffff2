"""The tray menu (check in now, open, quit) and keep-in-tray on close."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from taper_desktop.app import build_window
from taper_desktop.store import settings as settings_store

# A fake tray on the offscreen platform makes Qt warn about a signal only real trays have.
pytestmark = pytest.mark.qt_log_ignore("systemTrayWindowChanged")


@pytest.fixture
def tray_window(qtbot, store, monkeypatch):
    # The offscreen platform has no tray; pretend one exists to drive the menu.
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    now = [dt.datetime(2026, 3, 10, 12, 0)]
    window = build_window(store, clock=lambda: now[0], has_tray=True)
    window.now = now  # the test moves the clock
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_tray_menu_checks_in_opens_and_quits(tray_window, qtbot):
    reminders = tray_window.reminders
    assert reminders.tray is not None
    actions = {a.text().replace("&", ""): a for a in reminders.menu_actions() if a.text()}
    assert list(actions) == ["Check in now", "Open Taper Desktop", "Quit"]
    tray_window.tabs.setCurrentIndex(0)
    actions["Check in now"].trigger()
    assert tray_window.tabs.currentWidget() is tray_window.checkin_tab
    tray_window.hide()
    actions["Open Taper Desktop"].trigger()
    assert tray_window.isVisible()


def test_close_keeps_running_in_the_tray_only_when_asked(tray_window, store, qtbot):
    settings_store.put(store, "keep_in_tray", True)
    tray_window.events.settings_changed.emit()
    assert tray_window.reminders.keeps_running()
    tray_window.close()
    assert not tray_window.isVisible()
    assert tray_window.reminders.tray.isVisible()  # the reminder goes on
    tray_window.bring_to_front()
    settings_store.put_many(store, {"keep_in_tray": False, "reminder_enabled": False})
    tray_window.events.settings_changed.emit()
    assert not tray_window.reminders.keeps_running()
    assert not tray_window.reminders.tray.isVisible()  # nothing left to do in the tray


def test_due_reminder_shows_a_tray_notification(tray_window, monkeypatch):
    shown = []
    tray = tray_window.reminders.tray
    monkeypatch.setattr(tray, "supportsMessages", lambda: True)
    monkeypatch.setattr(tray, "showMessage", lambda *args: shown.append(args))
    assert tray_window.reminders.check() is None
    tray_window.now[0] = dt.datetime(2026, 3, 10, 20, 5)
    assert tray_window.reminders.check() == dt.date(2026, 3, 10)
    assert len(shown) == 1 and "No check-in yet today" in shown[0][1]
    assert tray_window.reminder_notice.isVisible()  # and quietly in the window too
