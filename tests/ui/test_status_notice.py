"""The two status-bar notices share one base: one action, Not now, gone once settled."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from taper_desktop.ui.draft_notice import DraftNotice
from taper_desktop.ui.reminder_notice import ReminderNotice
from taper_desktop.ui.status_notice import StatusNotice

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def notices(qtbot):
    host = QWidget()  # in a (hidden) status bar, as in the window: never a window of its own
    qtbot.addWidget(host)
    yield DraftNotice(host), ReminderNotice(host)


def _show(notice):
    if isinstance(notice, DraftNotice):
        notice.show_for([DAY])
    else:
        notice.show_for(DAY, DAY)


def test_both_notices_are_one_kind(notices):
    draft, reminder = notices
    assert isinstance(draft, StatusNotice) and isinstance(reminder, StatusNotice)
    assert draft.open_button is draft.action_button
    assert reminder.check_in_button is reminder.action_button
    assert draft.dismiss_button.text() == reminder.dismiss_button.text() == "Not now"


@pytest.mark.parametrize("index", [0, 1])
def test_the_action_asks_for_the_day_and_hides(notices, qtbot, index):
    notice = notices[index]
    _show(notice)
    assert not notice.isHidden()
    signal = notice.open_requested if index == 0 else notice.check_in_requested
    with qtbot.waitSignal(signal) as asked:
        qtbot.mouseClick(notice.action_button, Qt.MouseButton.LeftButton)
    assert asked.args == [DAY] and notice.isHidden()


@pytest.mark.parametrize("index", [0, 1])
def test_not_now_and_a_settled_day_hide_it(notices, qtbot, index):
    notice = notices[index]
    _show(notice)
    qtbot.mouseClick(notice.dismiss_button, Qt.MouseButton.LeftButton)
    assert notice.isHidden()
    _show(notice)
    notice.settled(DAY - dt.timedelta(days=1))  # another day: it stays
    assert not notice.isHidden()
    notice.settled(DAY)
    assert notice.isHidden()


def test_more_drafts_are_counted_in_words_that_agree(notices):
    draft = notices[0]
    days = [DAY - dt.timedelta(days=n) for n in range(3)]
    draft.show_for(days)
    assert draft.day == DAY
    assert draft.label.text().endswith("(and 2 more days)")
    assert "2 more days have drafts" in draft.label.accessibleName()
    draft.show_for(days[:2])
    assert draft.label.text().endswith("(and 1 more day)")
    assert "One more day has a draft" in draft.label.accessibleName()
