"""The daily reminder: due at the reminder time when the diary day has no check-in."""

import datetime as dt

from PySide6.QtCore import Qt

from taper_desktop.domain import reminders
from taper_desktop.domain.models import CheckIn
from taper_desktop.store import checkins
from taper_desktop.store import settings as settings_store
from taper_desktop.ui.tray import ReminderController

AT, BOUNDARY = dt.time(20, 0), dt.time(4, 0)
DAY = dt.date(2026, 3, 10)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, moment: dt.datetime):
        self.now = moment

    def __call__(self) -> dt.datetime:
        return self.now


def test_rule_due_only_from_reminder_time_until_day_boundary():
    never = lambda day: False  # noqa: E731
    assert reminders.due_day(dt.datetime(2026, 3, 10, 19, 59), AT, BOUNDARY, never) is None
    assert reminders.due_day(dt.datetime(2026, 3, 10, 20, 0), AT, BOUNDARY, never) == DAY
    # After midnight but before the boundary it is still the 10th's evening.
    assert reminders.due_day(dt.datetime(2026, 3, 11, 2, 0), AT, BOUNDARY, never) == DAY
    assert reminders.due_day(dt.datetime(2026, 3, 11, 4, 0), AT, BOUNDARY, never) is None


def test_rule_reminder_time_after_midnight_belongs_to_the_evening_before():
    at = dt.time(1, 30)
    assert reminders.reminder_moment(DAY, at, BOUNDARY) == dt.datetime(2026, 3, 11, 1, 30)
    never = lambda day: False  # noqa: E731
    assert reminders.due_day(dt.datetime(2026, 3, 10, 23, 0), at, BOUNDARY, never) is None
    assert reminders.due_day(dt.datetime(2026, 3, 11, 1, 30), at, BOUNDARY, never) == DAY


def test_rule_not_due_with_a_checkin_or_when_already_reminded():
    now = dt.datetime(2026, 3, 10, 21, 0)
    assert reminders.due_day(now, AT, BOUNDARY, lambda day: day == DAY) is None
    assert reminders.due_day(now, AT, BOUNDARY, lambda day: False, already_reminded=DAY) is None


def test_missed_on_start_names_today_after_the_time_else_yesterday():
    never = lambda day: False  # noqa: E731
    evening = dt.datetime(2026, 3, 10, 21, 0)
    morning = dt.datetime(2026, 3, 11, 9, 0)
    assert reminders.missed_on_start(evening, AT, BOUNDARY, never) == DAY
    assert reminders.missed_on_start(morning, AT, BOUNDARY, never) == DAY
    assert reminders.missed_on_start(morning, AT, BOUNDARY, lambda day: day == DAY) is None


def _controller(store, qtbot, clock):
    from taper_desktop.ui.events import DataEvents

    events = DataEvents()
    controller = ReminderController(store, events, clock=clock, has_tray=False)
    return controller, events


def test_controller_fires_once_when_due_and_not_after_a_checkin(store, qtbot):
    clock = Clock(dt.datetime(2026, 3, 10, 19, 0))
    controller, _events = _controller(store, qtbot, clock)
    with qtbot.assertNotEmitted(controller.reminder_due):
        assert controller.check() is None  # before the reminder time
    clock.now = dt.datetime(2026, 3, 10, 20, 1)
    with qtbot.waitSignal(controller.reminder_due) as blocker:
        controller.check()
    assert blocker.args == [DAY]
    with qtbot.assertNotEmitted(controller.reminder_due):
        controller.check()  # once per day, not every minute
    # Next evening, with the check-in already done: quiet.
    checkins.save(store, CheckIn(day=DAY + dt.timedelta(days=1), instrument="SOWS"))
    clock.now = dt.datetime(2026, 3, 11, 20, 30)
    with qtbot.assertNotEmitted(controller.reminder_due):
        assert controller.check() is None


def test_controller_follows_reminder_settings(store, qtbot):
    clock = Clock(dt.datetime(2026, 3, 10, 20, 30))
    controller, _events = _controller(store, qtbot, clock)
    settings_store.put_many(store, {"reminder_enabled": False})
    assert controller.check() is None
    settings_store.put_many(store, {"reminder_enabled": True, "reminder_time": "21:00"})
    assert controller.check() is None
    clock.now = dt.datetime(2026, 3, 10, 21, 0)
    assert controller.check() == DAY


def test_timer_drives_the_check(store, qtbot):
    clock = Clock(dt.datetime(2026, 3, 10, 20, 30))
    controller, _events = _controller(store, qtbot, clock)
    controller.timer.setInterval(1)
    with qtbot.waitSignal(controller.reminder_due, timeout=2000):
        controller.start()
    controller.timer.stop()


def test_window_shows_a_quiet_notice_and_goes_to_checkin(qtbot, store):
    from taper_desktop.app import build_window

    clock = Clock(dt.datetime(2026, 3, 11, 9, 0))  # morning after a day with no check-in
    window = build_window(store, clock=clock, has_tray=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.remind_missed()
    notice = window.reminder_notice
    assert notice.isVisible()
    assert "Yesterday" in notice.label.text()
    window.tabs.setCurrentIndex(0)
    qtbot.mouseClick(notice.check_in_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.checkin_tab
    assert not notice.isVisible()


def test_saving_the_days_checkin_clears_the_notice(qtbot, store):
    """Checking in from the tab (not the notice's button) also takes the notice away."""
    from taper_desktop.app import build_window

    clock = Clock(dt.datetime(2026, 3, 10, 21, 0))
    window = build_window(store, clock=clock, has_tray=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_reminder(DAY)
    notice = window.reminder_notice
    assert notice.isVisible()
    window.events.checkin_saved.emit(DAY - dt.timedelta(days=1))  # another day: stays
    assert notice.isVisible()
    window.events.checkin_saved.emit(DAY)
    assert not notice.isVisible()


def test_a_simulated_week_reminds_only_on_days_without_a_checkin(store, qtbot):
    clock = Clock(dt.datetime(2026, 3, 9, 8, 0))
    controller, _events = _controller(store, qtbot, clock)
    checked_in = {DAY + dt.timedelta(days=n) for n in (0, 1, 3, 6)}
    for day in checked_in:
        checkins.save(store, CheckIn(day=day, instrument="SOWS"))
    reminded = []
    controller.reminder_due.connect(reminded.append)
    for minute in range(0, 7 * 24 * 60, 15):  # the timer, every quarter of an hour
        clock.now = dt.datetime(2026, 3, 10, 8, 0) + dt.timedelta(minutes=minute)
        controller.check()
    week = {DAY + dt.timedelta(days=n) for n in range(7)}
    assert reminded == sorted(week - checked_in)
