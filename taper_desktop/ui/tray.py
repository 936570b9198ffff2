"""The tray icon and the daily check-in reminder (the rule itself is domain.reminders).

The controller only asks "is a reminder due now?" on a timer, with a clock the caller can
replace, so tests drive time instead of waiting for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from taper_desktop import APP_TITLE
from taper_desktop.domain import reminders
from taper_desktop.domain.clock import Clock
from taper_desktop.domain.days import logical_day, parse_hhmm
from taper_desktop.store import checkins, day_table
from taper_desktop.store import settings as settings_store
from taper_desktop.ui.icons import app_icon

CHECK_EVERY_MS = 60_000  # a cheap query once a minute; survives sleep and clock changes


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class ReminderController(QObject):
    """Owns the tray icon (where the desktop has one) and decides when to remind."""

    reminder_due = Signal(object)  # datetime.date of the diary day with no check-in yet
    check_in_requested = Signal()
    open_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        store,
        events,
        clock: Clock | Callable[[], dt.datetime] | None = None,
        has_tray: bool | None = None,
        parent=None,
    ):
        super().__init__(parent)
        if not isinstance(clock, Clock):  # a bare function returning now (tests)
            clock = settings_store.diary_clock(store, clock or dt.datetime.now)
        self.store, self.events, self.clock = store, events, clock
        self.has_tray = tray_available() if has_tray is None else has_tray
        self.reminded: dt.date | None = None
        self.tray: QSystemTrayIcon | None = None
        self.last_notice: str | None = None  # the "still running" notice, once said
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        events.settings_changed.connect(self.refresh)

    # ---- settings ---------------------------------------------------------------
    _LOCK_KEYS = ("reminder_enabled", "reminder_time", "day_boundary", "keep_in_tray")

    def _get(self, key: str):
        if self.store is None:  # locked: what was known when the diary was locked
            return self._locked_values[key]
        return settings_store.get(self.store, key)

    def _times(self) -> tuple[dt.time, dt.time]:
        return parse_hhmm(self._get("reminder_time")), parse_hhmm(self._get("day_boundary"))

    def enabled(self) -> bool:
        return bool(self._get("reminder_enabled"))

    def keeps_running(self) -> bool:
        """True when closing the window should leave the app running in the tray."""
        return self.tray is not None and self.tray.isVisible() and bool(self._get("keep_in_tray"))

    def today(self) -> dt.date:
        """The diary day now, under the day-boundary setting."""
        if self.store is None:
            return logical_day(self.clock.now(), parse_hhmm(self._get("day_boundary")))
        return self.clock.today()

    def _has_checkin(self, day: dt.date) -> bool:
        if self.store is None:
            return day in self._locked_checked
        return bool(checkins.days_with_checkin(self.store, day, day))

    # ---- lock ---------------------------------------------------------------------
    def lock(self) -> None:
        """The diary is being locked: keep reminding from the reminder settings and
        whether today had a check-in, kept in memory. The store is not used while
        locked, and the reminder shows no health data."""
        if self.store is None:
            return
        self._locked_values = {key: settings_store.get(self.store, key) for key in self._LOCK_KEYS}
        today = self.today()
        self._locked_checked = {today} if self._has_checkin(today) else set()
        self.store = None

    def unlock(self, store, events) -> None:
        """Back on the reopened store and the new window's events."""
        self.store, self.events = store, events
        events.settings_changed.connect(self.refresh)
        self.refresh()

    # ---- life cycle -------------------------------------------------------------
    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def refresh(self) -> None:
        """Show the tray icon when a reminder or keep-in-tray wants it; hide it otherwise."""
        wanted = self.has_tray and (self.enabled() or bool(self._get("keep_in_tray")))
        if wanted and self.tray is None:
            self.tray = self._build_tray()
        if self.tray is not None:
            self.tray.setVisible(wanted)

    def _build_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip(APP_TITLE)
        menu = QMenu()
        self._menu = menu  # QSystemTrayIcon does not take ownership of its menu
        for text, signal in (
            (self.tr("&Check in now"), self.check_in_requested),
            (self.tr("&Open Taper Desktop"), self.open_requested),
            ("", None),  # a separator
            (self.tr("&Quit"), self.quit_requested),
        ):
            if signal is None:
                menu.addSeparator()
                continue
            action = QAction(text, menu)
            action.triggered.connect(signal.emit)
            menu.addAction(action)
        tray.setContextMenu(menu)
        tray.activated.connect(self._activated)
        tray.messageClicked.connect(self.check_in_requested.emit)
        return tray

    def _activated(self, reason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def menu_actions(self) -> list[QAction]:
        return [] if self.tray is None else self.tray.contextMenu().actions()

    # ---- the reminder -------------------------------------------------------------
    def check(self) -> dt.date | None:
        """Remind now if due (once per diary day); the day reminded about, or None."""
        if not self.enabled():
            return None
        at, boundary = self._times()
        day = reminders.due_day(self.clock.now(), at, boundary, self._has_checkin, self.reminded)
        if day is not None:
            self.reminded = day
            self._notify()
            self.reminder_due.emit(day)
        return day

    def missed_on_start(self) -> dt.date | None:
        """The day to mention at start: nothing could remind while the app was closed."""
        if not self.enabled():
            return None
        at, boundary = self._times()
        day = reminders.missed_on_start(
            self.clock.now(), at, boundary, self._has_checkin, day_table.diary_start(self.store)
        )
        if day is not None:
            self.reminded = day
        return day

    def tell_still_running(self) -> str | None:
        """Once (per data folder): say through the tray that closing the window left the
        app running. The text said, or None when it was said before."""
        if settings_store.get(self.store, "tray_notice_shown"):
            return None
        text = self.tr(
            "Taper Desktop is still running here, so the daily reminder can "
            "appear. Click this icon to open it again; quit from its menu."
        )
        if self.tray is not None:
            self.tray.showMessage(APP_TITLE, text, app_icon(), 15_000)
        settings_store.put(self.store, "tray_notice_shown", True)
        self.last_notice = text
        return text

    def _notify(self) -> None:
        if self.tray is not None and self.tray.isVisible() and self.tray.supportsMessages():
            self.tray.showMessage(
                APP_TITLE,
                self.tr("No check-in yet today. It takes under a minute when you are ready."),
                app_icon(),
                20_000,
            )
