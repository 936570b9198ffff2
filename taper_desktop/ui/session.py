"""The running app's life cycle: unlock screen or window, locking and auto-lock.

A folder protected with a passphrase starts at the unlock screen, which shows no data.
Locking (File > Lock, or no use for the auto-lock time) saves the check-in draft, drops
the whole window (and with it the data in every widget) and closes the connection. The
tray reminder lives on while locked, from what it kept in memory (ui.tray).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from taper_desktop.domain.wording import fill
from taper_desktop.store import Store, StoreError, encryption
from taper_desktop.store import settings as settings_store
from taper_desktop.store.db import Locked
from taper_desktop.ui import recovery, remember, translations
from taper_desktop.ui.main_window import WINDOW_STATE_FILE
from taper_desktop.ui.validation import error_text

if TYPE_CHECKING:
    from taper_desktop.ui.main_window import MainWindow
    from taper_desktop.ui.tray import ReminderController
    from taper_desktop.ui.unlock import UnlockWindow

_ACTIVITY = (
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
)
RETRY_LOCK_MS = 30_000  # a dialog is open: try again a little later


def tr(text: str) -> str:
    return translations.tr(text)


def _app() -> QCoreApplication:
    app = QApplication.instance()
    assert app is not None, "a session runs inside the application"
    return app


class Session(QObject):
    """Holds the one Store object; the window exists only while the diary is unlocked."""

    def __init__(
        self,
        folder: Path,
        build_window: Callable,
        fail: Callable[[str], int],
        on_first_show: Callable | None = None,
        background: bool = True,
        parent=None,
    ):
        super().__init__(parent)
        self.folder = Path(folder)
        self._build, self._fail, self._on_first_show = build_window, fail, on_first_show
        self._background = background  # daily backup and start-up prompts (not in benchmarks)
        self.store: Store | None = None
        self.window: MainWindow | None = None
        self.unlock_window: UnlockWindow | None = None
        self.reminders: ReminderController | None = None
        self.delete_data_on_exit = False
        self._opened = False
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.auto_lock)
        self._watching = False  # the app-wide activity filter is installed
        _app().aboutToQuit.connect(self._about_to_quit)

    # ---- start ----------------------------------------------------------------------
    def start(self) -> int | None:
        """Show the first screen; an exit status when the app should stop at once."""
        if encryption.folder_state(self.folder) == encryption.ENCRYPTED:
            try:
                encryption.check_key_file(self.folder)  # missing or foreign: say so now
            except StoreError as exc:
                return self._fail(error_text(exc))
            self.show_unlock()
            if self._background:
                QTimer.singleShot(0, self._look_at_keyring)
            return None
        try:
            store = recovery.open_or_recover(self.folder)  # a damaged file: ask, never delete
        except Locked:
            self.show_unlock()
            return None
        except (StoreError, OSError) as exc:
            return self._fail(error_text(exc))
        if store is None:
            return 1
        self._open(store)
        return None

    def show_unlock(self) -> None:
        unlock = self.unlock_window
        if unlock is None:
            from taper_desktop.ui.unlock import UnlockWindow, place_like

            unlock = self.unlock_window = UnlockWindow(self.folder, encryption.unlock)
            unlock.unlocked.connect(self._unlocked)
            unlock.quit_requested.connect(QApplication.quit)
            place_like(unlock, self.folder, WINDOW_STATE_FILE)
            if self._on_first_show is not None and not self._opened:
                self._on_first_show(unlock)
        unlock.clear()
        unlock.show()
        unlock.activateWindow()

    def _look_at_keyring(self) -> None:
        """After the unlock screen is up: offer 'remember', or (at start only, never
        after a lock) open with a remembered key."""
        if self.unlock_window is None or self.window is not None:
            return
        reason = remember.unavailable_reason()
        key = remember.recall(self.folder) if reason is None else None
        if key is not None and not self._opened and encryption.key_opens(self.folder, key):
            self._unlocked(key, True)
            return
        self.unlock_window.set_remember_available(reason, remembered=key is not None)

    def _unlocked(self, key: bytes, keep: bool) -> None:
        unlock = self.unlock_window
        assert unlock is not None, "only the unlock screen unlocks"
        try:
            store = recovery.open_or_recover(self.folder, key)
        except (StoreError, OSError) as exc:
            unlock.say(error_text(exc))
            return
        if store is None:
            QApplication.quit()
            return
        if unlock.remember_box.isEnabled():
            remember.keep(self.folder, key) if keep else remember.forget(self.folder)
        if self.store is None:
            self.store = store
        else:  # the same Store object: the clock and the tray stay bound to it
            self.store.conn, self.store.key, self.store.path = store.conn, store.key, store.path
        done = encryption.sweep(self.store)
        unlock.hide()
        self._open(self.store)
        if done.removed:
            text = tr(
                "These copies could not be read, so they were deleted "
                "rather than left unprotected: %1."
            )
            recovery.show_message(fill(text, ", ".join(p.name for p in done.removed)))

    def _open(self, store: Store) -> None:
        self.store = store
        window = self._build(store, reminders=self.reminders)
        if self.reminders is None:
            reminders = self.reminders = window.reminders
            reminders.setParent(self)  # outlives the window: it reminds while locked
            reminders.open_requested.connect(self._tray_open)
            reminders.check_in_requested.connect(self._tray_open)
            reminders.quit_requested.connect(self._tray_quit)
        self.window = window
        window.lock_requested.connect(self.lock)
        window.protection_changed.connect(self.arm_idle)
        window.events.settings_changed.connect(self.arm_idle)
        first = not self._opened
        if first and self._on_first_show is not None and self.unlock_window is None:
            self._on_first_show(window)
        self._opened = True
        if self._background:
            recovery.schedule_daily_backup(window)
        window.show()
        if self._background:
            if first:
                QTimer.singleShot(0, window.start_up)
            else:
                window.go_to_checkin()
        self.arm_idle()

    # ---- lock -----------------------------------------------------------------------
    def arm_idle(self) -> None:
        """(Re)start the auto-lock timer from the setting; stopped when not encrypted."""
        minutes = 0
        if self.window is not None and self.store is not None and self.store.encrypted:
            minutes = settings_store.get(self.store, "auto_lock_minutes")
        if minutes <= 0:
            self.idle.stop()
        else:
            self.idle.start(minutes * 60_000)
        self._watch_activity(minutes > 0)

    def _watch_activity(self, on: bool) -> None:
        """The app-wide activity filter, installed only while the auto-lock counts: a
        Python filter on every event makes PySide6 build the Python type of each internal
        Qt object it meets, which costs tens of milliseconds as the window is built."""
        if on != self._watching:
            app = _app()
            if on:
                app.installEventFilter(self)
            else:
                app.removeEventFilter(self)
            self._watching = on

    def eventFilter(self, obj, event) -> bool:
        if event.type() in _ACTIVITY and self.idle.isActive():
            self.idle.start()  # any use restarts the idle time
        return False

    def auto_lock(self) -> None:
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
            self.idle.start(RETRY_LOCK_MS)  # never pull the window from under a dialog
            return
        self.lock(by_hand=False)

    def lock(self, by_hand: bool = True) -> bool:
        """Save the draft, drop the window and its data, close the connection."""
        window = self.window
        if window is None or self.store is None or not self.store.encrypted:
            return False
        in_tray = not window.isVisible()  # closed to the tray: stay out of sight
        window.checkin_tab.flush_draft()
        window.save_state()
        window.reminders.lock()  # the session's own: kept from the first window on
        window.detach_reminders()
        self.window = None
        self.idle.stop()
        self._watch_activity(False)
        window.hide()
        window.deleteLater()
        self.store.close()
        if in_tray:
            return True  # the tray's Open shows the unlock screen
        self.show_unlock()
        QTimer.singleShot(0, self._look_at_keyring)
        return True

    def _tray_open(self) -> None:
        if self.window is None:
            self.show_unlock()
            QTimer.singleShot(0, self._look_at_keyring)

    def _tray_quit(self) -> None:
        if self.window is None:
            QApplication.quit()

    # ---- end ------------------------------------------------------------------------
    def _about_to_quit(self) -> None:
        if self.window is not None:
            self.window.save_state()

    def close(self) -> None:
        """As the app ends: put the window away, close the store, note whether the data
        is to be deleted. The window is hidden while the store is still open: hiding
        writes a pending draft, which Python's teardown would otherwise try later,
        against a closed database."""
        self._watch_activity(False)
        window = self.window
        if window is not None:
            self.delete_data_on_exit = getattr(window, "delete_data_on_exit", False)
            window.reminders.timer.stop()
            window.hide()
        if self.store is not None:
            with contextlib.suppress(Exception):  # already closed by a lock
                self.store.close()
