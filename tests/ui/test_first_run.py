"""The welcome appears on the first start only, and the window acts on the choice."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from taper_desktop.store import settings as settings_store
from taper_desktop.ui.welcome import SET_UP_PLAN, SKIP, WelcomeDialog, first_run


def test_shows_once_per_data_folder(store):
    shown = []

    def ask(parent):
        shown.append(parent)
        return SKIP

    assert first_run(None, store, ask=ask) == SKIP
    assert first_run(None, store, ask=ask) is None
    assert len(shown) == 1
    assert settings_store.get(store, "first_run_done") is True


def test_window_goes_to_plan_setup_then_to_checkin(window, store, monkeypatch):
    from taper_desktop.ui import plan_dialog

    opened = []

    def ask(*args):
        opened.append(window.tabs.currentWidget())

    monkeypatch.setattr(plan_dialog, "ask", ask)
    window.tabs.setCurrentWidget(window.charts_tab)
    assert window.first_run(ask=lambda parent: SET_UP_PLAN) == SET_UP_PLAN
    assert opened == [window.calendar_tab]  # the plan dialog opens over the calendar
    assert window.tabs.currentWidget() is window.checkin_tab  # then today's check-in
    assert window.first_run(ask=lambda parent: SKIP) is None  # already shown


def test_skipping_goes_to_todays_checkin(window):
    window.tabs.setCurrentWidget(window.charts_tab)
    assert window.first_run(ask=lambda parent: SKIP) == SKIP
    assert window.tabs.currentWidget() is window.checkin_tab


def test_welcome_says_what_it_does_and_does_not_and_returns_the_choice(qtbot):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "does not give medical advice" in text
    assert "stays on this computer" in text
    assert dialog.choice == SKIP  # closing without choosing is "later"
    qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == SET_UP_PLAN
    assert dialog.result() == dialog.DialogCode.Accepted


def test_start_up_welcomes_first_and_reminds_only_later(window, monkeypatch):
    reminded = []
    monkeypatch.setattr(window, "remind_missed", lambda: reminded.append(True))
    window.start_up(ask=lambda parent: SKIP)
    assert reminded == []  # no reminder on top of the welcome
    window.start_up(ask=lambda parent: SKIP)
    assert reminded == [True]
