"""The main window: three tabs, the menus and the status bar."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

from taper_desktop import APP_TITLE
from taper_desktop.domain.clock import Clock
from taper_desktop.domain.wording import fill
from taper_desktop.store import Store
from taper_desktop.store.settings import diary_clock
from taper_desktop.ui.checkin_tab import CheckInTab
from taper_desktop.ui.draft_notice import DraftNotice
from taper_desktop.ui.events import DataEvents
from taper_desktop.ui.icons import app_icon
from taper_desktop.ui.reminder_notice import ReminderNotice
from taper_desktop.ui.status_bar import FittingLabel, StatusBar
from taper_desktop.ui.tray import ReminderController
from taper_desktop.ui.window_menus import build_menus

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

WINDOW_STATE_FILE = "window.ini"
# The frame and title bar around the window before the window manager has told their size
# (left, top, right, bottom, in pixels): more than most window managers draw.
FRAME_GUESS = (8, 40, 8, 8)


class MainWindow(QMainWindow):
    lock_requested = Signal()  # File > Lock; the app's session locks (ui.session)
    protection_changed = Signal()  # the passphrase protection was turned on or off

    # The menus' entries, made by ui.window_menus.build_menus.
    export_report_action: QAction
    export_chart_action: QAction
    plan_sheet_action: QAction
    export_fhir_action: QAction
    export_calendar_action: QAction
    remind_evening_action: QAction
    import_action: QAction
    export_data_action: QAction
    restore_action: QAction
    backup_now_action: QAction
    restore_file_action: QAction
    lock_action: QAction
    delete_data_action: QAction
    quit_action: QAction
    save_checkin_action: QAction
    settings_action: QAction
    tab_actions: list[QAction]
    about_action: QAction

    def __init__(
        self,
        store: Store,
        events: DataEvents,
        reminders: ReminderController | None = None,
        parent=None,
        clock: Clock | None = None,
    ):
        super().__init__(parent)
        self._fitted_framed = False  # fitted to the screen with the real window frame
        self.store, self.events = store, events
        self.clock = clock or (reminders.clock if reminders else diary_clock(store))
        self._quitting = False
        self.reminders = reminders or ReminderController(
            store, events, self.clock, has_tray=False, parent=self
        )
        self.setWindowTitle(APP_TITLE)
        self.setWindowIcon(app_icon())
        self.setMinimumSize(720, 520)
        self.ui_state = QSettings(
            str(Path(store.data_dir) / WINDOW_STATE_FILE), QSettings.Format.IniFormat
        )

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Main sections"))
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the tab bar takes the focus
        self.checkin_tab = CheckInTab(store, events, self.clock)
        # The calendar and the charts are built when first wanted (the window opens on the
        # check-in), so start-up does not pay for them, nor load pyqtgraph and numpy.
        self._lazy: dict[str, QWidget] = {}
        self._calendar_page, self._charts_page = QWidget(), QWidget()
        self.tabs.addTab(self._calendar_page, self.tr("Taper &calendar"))
        self.tabs.addTab(self.checkin_tab, self.tr("Check-&in"))
        self.tabs.addTab(self._charts_page, self.tr("Cha&rts"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.tabBar().setAccessibleName(self.tr("Main sections"))
        self.setCentralWidget(self.tabs)

        build_menus(self)
        self.status_bar = StatusBar()
        self.setStatusBar(self.status_bar)
        self.data_label = FittingLabel(fill(self.tr("Data: %1"), store.path))
        self.data_label.setAccessibleName(self.tr("Data file"))
        self.data_label.setToolTip(str(store.path))
        self.statusBar().addPermanentWidget(self.data_label)
        self.status_bar.gives_way = self.data_label
        self.reminder_notice = ReminderNotice()
        self.statusBar().addWidget(self.reminder_notice)
        self.reminder_notice.check_in_requested.connect(self.go_to_checkin)
        self.draft_notice = DraftNotice()
        self.statusBar().addWidget(self.draft_notice)
        self.draft_notice.open_requested.connect(self.go_to_checkin)
        events.checkin_saved.connect(self.draft_notice.settled)
        events.draft_discarded.connect(self.draft_notice.settled)
        events.checkin_saved.connect(self.reminder_notice.checked_in)
        self.reminders.reminder_due.connect(self.show_reminder)
        self.reminders.check_in_requested.connect(self.go_to_checkin)
        self.reminders.open_requested.connect(self.bring_to_front)
        self.reminders.quit_requested.connect(self.quit_app)
        self.statusBar().showMessage(self.tr("Ready. Your data stays on this computer."), 5000)
        self._restore_geometry()

    @property
    def calendar_tab(self):
        def build():
            from taper_desktop.ui.calendar_tab import CalendarTab

            tab = CalendarTab(self.store, self.events, self.clock)
            tab.open_checkin.connect(self.go_to_checkin)
            return tab

        return self._built("calendar", self._calendar_page, build)

    @property
    def charts_tab(self):
        def build():
            from taper_desktop.ui.charts_tab import ChartsTab

            return ChartsTab(self.store, self.events, clock=self.clock)

        return self._built("charts", self._charts_page, build)

    def _built(self, name: str, placeholder: QWidget, build) -> QWidget:
        """The tab called name, built on first use and put in place of its placeholder."""
        if name not in self._lazy:
            from PySide6.QtGui import QGuiApplication

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                tab = self._lazy[name] = build()
                index = self.tabs.indexOf(placeholder)
                current = self.tabs.currentIndex() == index
                text = self.tabs.tabText(index)
                self.tabs.blockSignals(True)
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, tab, text)
                if current:
                    self.tabs.setCurrentIndex(index)
                self.tabs.blockSignals(False)
                placeholder.deleteLater()
            finally:
                QGuiApplication.restoreOverrideCursor()
        return self._lazy[name]

    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self._calendar_page and "calendar" not in self._lazy:
            self.calendar_tab  # noqa: B018 - builds the calendar on first visit
        elif page is self._charts_page and "charts" not in self._lazy:
            self.charts_tab  # noqa: B018 - builds the charts on first visit

    # ---- settings, reminders, first run ---------------------------------------------
    def protect(self) -> bool:
        """Offer the passphrase protection (welcome, Settings)."""
        from taper_desktop.ui import protection

        return protection.protect(self)

    def detach_reminders(self) -> None:
        """Before this window goes (a lock): the tray controller outlives it."""
        for signal, slot in (
            (self.reminders.reminder_due, self.show_reminder),
            (self.reminders.check_in_requested, self.go_to_checkin),
            (self.reminders.open_requested, self.bring_to_front),
            (self.reminders.quit_requested, self.quit_app),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)

    def encryption_changed(self) -> None:
        """After protection was turned on or off: Lock is offered only when it is on."""
        self.lock_action.setEnabled(self.store.encrypted)
        self.protection_changed.emit()

    def delete_all_data(self, parent_dialog=None) -> bool:
        """Ask, and on yes quit and delete the data; True when confirmed."""
        from taper_desktop.ui.delete_data_dialog import delete_all_data

        return delete_all_data(self, parent_dialog)

    def first_run(self, ask=None) -> str | None:
        """The welcome on the first start; acts on the choice made there."""
        from taper_desktop.ui import welcome

        choice = welcome.first_run(self, self.store, ask or welcome.ask_welcome)
        if isinstance(choice, tuple):  # (choice, protect with a passphrase)
            choice, wants_protection = choice
            if wants_protection:
                self.protect()
        if choice == welcome.SET_UP_PLAN:
            self.start_plan_setup()
        if choice is not None:  # the plan set up (or not), then today's check-in
            self.go_to_checkin()
        return choice

    def start_plan_setup(self) -> None:
        """Go to the calendar and open its plan set-up, where the calendar offers one."""
        self.tabs.setCurrentWidget(self.calendar_tab)
        self.calendar_tab.edit_plan()

    def go_to_checkin(self, day: dt.date | None = None) -> None:
        self.bring_to_front()
        self.tabs.setCurrentWidget(self.checkin_tab)
        if day is not None:
            self.checkin_tab.open_day(day)

    def show_reminder(self, day: dt.date) -> None:
        self.statusBar().clearMessage()  # a temporary message would be drawn over the notice
        self.reminder_notice.show_for(day, self.reminders.today())
        self._fit_status()

    def start_up(self, ask=None) -> None:
        """After the first paint: the welcome on a first run, else a missed reminder."""
        if self.first_run(ask) is None:
            self.remind_missed()
            self.mention_drafts()

    def mention_drafts(self) -> None:
        """At start: say that a check-in on another day was typed and not saved."""
        from taper_desktop.store import drafts

        today = self.clock.today()
        self.statusBar().clearMessage()  # a temporary message would be drawn over the notice
        self.draft_notice.show_for(
            sorted(d for d in drafts.checkin_draft_days(self.store) if d != today and d <= today)
        )
        self._fit_status()

    def _fit_status(self) -> None:
        """A notice in a narrow status bar: the data file shows by its name only (the
        whole path on hover), shortened further if need be, so the notice is never cut."""
        notices = sum(
            w.sizeHint().width() + 12
            for w in (self.reminder_notice, self.draft_notice)
            if w.isVisible()
        )
        full = fill(self.tr("Data: %1"), self.store.path)
        room = self.statusBar().width() - notices - 40
        fits = self.data_label.fontMetrics().horizontalAdvance(full) <= room
        self.data_label.set_full_text(
            full if fits or not notices else fill(self.tr("Data: %1"), Path(self.store.path).name)
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_status()

    def remind_missed(self) -> None:
        """At start: mention a day whose reminder passed while the app was closed."""
        day = self.reminders.missed_on_start()
        if day is not None:
            self.show_reminder(day)

    def bring_to_front(self) -> None:
        """Show the window (from the tray, or minimized) above the others."""
        if self.isMinimized():
            self.showNormal()
        elif not self.isVisible():
            self.show()
        if QApplication.platformName() not in ("offscreen", "minimal"):  # no stacking there
            self.raise_()
        self.activateWindow()

    def quit_app(self) -> None:
        self._quitting = True
        self.close()
        QApplication.quit()

    def export_report(self):
        """File > Export report; the Flow writing it on a worker, or None if cancelled."""
        from taper_desktop.ui import report_dialog  # imported on use: reportlab is slow to load

        return report_dialog.export_report(self, self.store, self.events, today=self.clock.today())

    # ---- window state -----------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.ui_state.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 800)
        self._fit_to_screen()
        # Daily use starts at today's check-in (design.md, main flow 2), whatever tab was last.
        self.tabs.setCurrentWidget(self.checkin_tab)

    def _frame_margins(self) -> tuple[int, int, int, int]:
        """The window frame and title bar around the window (left, top, right, bottom):
        as the window manager drew it once shown, else a generous guess."""
        frame, inner = self.frameGeometry(), self.geometry()
        if frame != inner:
            return (
                inner.left() - frame.left(),
                inner.top() - frame.top(),
                frame.right() - inner.right(),
                frame.bottom() - inner.bottom(),
            )
        return FRAME_GUESS

    def _fit_to_screen(self) -> None:
        """Keep the window, frame and title bar included, within the screen's free room:
        large text, scaling or a smaller screen than last time shrinks the room."""
        room = self.screen().availableGeometry()
        left, top, right, bottom = self._frame_margins()
        room = room.adjusted(left, top, -right, -bottom)
        self.setMinimumSize(min(720, room.width()), min(520, room.height()))
        geo = self.geometry()
        width, height = min(geo.width(), room.width()), min(geo.height(), room.height())
        x = min(max(geo.x(), room.left()), room.right() + 1 - width)
        y = min(max(geo.y(), room.top()), room.bottom() + 1 - height)
        if (x, y, width, height) != (geo.x(), geo.y(), geo.width(), geo.height()):
            self.setGeometry(x, y, width, height)

    def moveEvent(self, event) -> None:
        super().moveEvent(event)
        # The window manager tells the frame's size only once the window is shown: fit
        # again then, with the real frame in place of the guess.
        if not self._fitted_framed and self.frameGeometry() != self.geometry():
            self._fitted_framed = True
            self._fit_to_screen()

    def save_state(self) -> None:
        self.ui_state.setValue("geometry", self.saveGeometry())
        self.ui_state.sync()

    def closeEvent(self, event) -> None:
        self.save_state()
        if not self._quitting and self.reminders.keeps_running():
            self.hide()  # keep in the tray: the reminder keeps working
            self.reminders.tell_still_running()
            event.ignore()
            return
        # Closed for good: no reminder check may run against a store about to close.
        self.reminders.timer.stop()
        super().closeEvent(event)
