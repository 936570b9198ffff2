"""Start-up: build the store, the events and the window in one place and run them."""

from __future__ import annotations

import datetime as dt
import gc
import os
import signal
import sys

from PySide6.QtCore import QEvent, QLockFile, QObject, QSettings, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from taper_desktop import APP_NAME, APP_TITLE, paths
from taper_desktop.domain.clock import Clock
from taper_desktop.domain.wording import fill
from taper_desktop.paths import data_dir as resolve_data_dir
from taper_desktop.store import Store, StoreError
from taper_desktop.store import settings as settings_store
from taper_desktop.store.db import prepare_data_dir
from taper_desktop.ui import text_size
from taper_desktop.ui.accessibility import install_roles
from taper_desktop.ui.events import DataEvents
from taper_desktop.ui.icons import app_icon
from taper_desktop.ui.main_window import WINDOW_STATE_FILE, MainWindow
from taper_desktop.ui.theme import ThemeManager
from taper_desktop.ui.translations import apply_language, install_translators
from taper_desktop.ui.tray import ReminderController
from taper_desktop.ui.validation import error_text

LOCK_NAME = paths.LOCK_NAME
# The language chosen in Settings, copied into the window's state file (window.ini) so
# that what is said before the diary is open (the unlock screen, "already open") is said
# in it too.
LANGUAGE_KEY = "language"
# Benchmarks set these: print "ready" and quit once the check-in takes keys (bench/startup.py),
# or print "painted" and quit at the window's first paint (tools/build_bundle.py).
EXIT_WHEN_READY = "TAPER_DESKTOP_EXIT_WHEN_READY"
EXIT_AFTER_PAINT = "TAPER_DESKTOP_EXIT_AFTER_PAINT"


def _qapp() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the window needs a QApplication"
    return app


def ensure_app() -> QApplication:
    if QApplication.instance() is None:
        QApplication(sys.argv)
    app = _qapp()
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setDesktopFileName(APP_NAME)  # matches resources/taper-desktop.desktop
    app.setWindowIcon(app_icon())
    return app


def build_window(
    store: Store,
    clock=None,
    has_tray: bool | None = None,
    reminders: ReminderController | None = None,
) -> MainWindow:
    """Wire one window to an open store; used by run_window and the tests.

    clock: the one Clock every part asks for "now" and the diary day (or a function
    returning now, which tests use to move time); the system clock when None.
    reminders: the tray controller kept from before a lock (ui.session), else a new one."""
    if reminders is not None:
        clock = reminders.clock
    elif not isinstance(clock, Clock):
        clock = settings_store.diary_clock(store, clock or dt.datetime.now)
    install_roles()
    app = _qapp()
    language = settings_store.get(store, "language")
    apply_language(app, language)
    text_size.apply(app, settings_store.get(store, "text_size"))  # before any widget
    events = DataEvents()
    kept = reminders is not None
    if reminders is not None:
        reminders.unlock(store, events)
    else:
        reminders = ReminderController(store, events, clock=clock, has_tray=has_tray)
    window = MainWindow(store, events, reminders, clock=clock)
    window.ui_state.setValue(LANGUAGE_KEY, language)  # for the next start's first words
    events.setParent(window)
    if not kept:
        reminders.setParent(window)
    theme = ThemeManager(app)
    theme.apply(settings_store.get(store, "theme"))
    events.settings_changed.connect(lambda: theme.apply(settings_store.get(store, "theme")))
    events.settings_changed.connect(
        lambda: text_size.apply(app, settings_store.get(store, "text_size"))
    )
    if not kept:
        reminders.start()
    return window


def show_failure(heading: str, message: str) -> None:
    """A calm dialog that names the problem. Replaced in tests."""
    from PySide6.QtWidgets import QMessageBox  # only when something went wrong

    box = QMessageBox()
    box.setWindowTitle(APP_TITLE)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setText(heading)
    box.setInformativeText(message)
    box.exec()


def _fail(message: str, heading: str = "") -> int:
    """One line on stderr and a dialog; exit status 1."""
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    text = message[:1].upper() + message[1:]
    show_failure(
        heading or QApplication.translate("App", "Taper Desktop cannot start."),
        text if text.endswith(".") else text + ".",
    )
    return 1


class _FirstPaint(QObject):
    """Benchmarks only: at the window's first paint prints 'painted' and quits; with ready
    set, waits after that paint until the check-in is ready for a key, prints 'ready' and
    quits (what a person feels: the form drawn, an item focused, the event loop free)."""

    def __init__(self, window, ready: bool):
        super().__init__(window)
        self.window, self.ready = window, ready

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            if self.ready:
                QTimer.singleShot(0, self._when_ready)
            else:
                print("painted", flush=True)
                QTimer.singleShot(0, QApplication.quit)
        return False

    def _when_ready(self) -> None:
        checkin = getattr(self.window, "checkin_tab", None)  # the unlock screen has none
        if checkin is not None and not checkin.ready_for_keys():
            QTimer.singleShot(1, self._when_ready)
            return
        print("ready", flush=True)
        QApplication.quit()


class _AfterFirstPaint(QObject):
    """Calls back once, a moment after the widget's first paint, when the form has had
    its focus and the first keys (or after LATEST_MS, should the widget not paint)."""

    AFTER_MS = 250
    LATEST_MS = 1500

    def __init__(self, widget, callback):
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)
        QTimer.singleShot(self.LATEST_MS, self, self._call)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(self.AFTER_MS, self, self._call)
        return False

    def _call(self) -> None:
        if self.callback is not None:
            callback, self.callback = self.callback, None
            callback()


def _after_first_paint(widget, callback) -> None:
    _AfterFirstPaint(widget, callback)


def _quit_on_signals(app: QApplication) -> QSocketNotifier | None:
    """Quit cleanly on SIGTERM/SIGINT (the Qt loop would otherwise never see them)."""
    if not hasattr(signal, "SIGTERM") or os.name == "nt":
        return None
    read_fd, write_fd = os.pipe()
    os.set_blocking(write_fd, False)
    signal.set_wakeup_fd(write_fd)
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: None)
    notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, app)

    def woke() -> None:
        os.read(read_fd, 64)
        app.quit()

    notifier.activated.connect(woke)
    return notifier


def run_window(data_dir_override: str | None = None) -> int:
    """Open the window (or the unlock screen) on the data folder and run until it quits.

    The command line turns Python's cycle collector off before it imports the window
    (cli.main): everything made while starting lives as long as the window, so collecting
    would only cost time (about a tenth of start-up). It is on again once the window has
    painted."""
    try:
        return _run_window(data_dir_override)
    finally:
        gc.enable()


def _run_window(data_dir_override: str | None) -> int:
    app = ensure_app()
    translators = install_translators(app)  # noqa: F841 - kept alive while the app runs
    notifier = _quit_on_signals(app)  # noqa: F841 - kept alive for the loop
    folder = resolve_data_dir(data_dir_override)
    _use_last_language(app, folder)
    try:
        prepare_data_dir(folder)
    except StoreError as exc:
        text = QApplication.translate(
            "App",
            "%1. Nothing in it was changed. Check that the folder exists and that "
            "you may write to it (and that the disk is not full), then start again.",
        )
        return _fail(fill(text, error_text(exc)))
    lock = QLockFile(str(folder / LOCK_NAME))
    if not lock.tryLock(100):
        return _already_open(folder)
    session = None
    listener = []
    try:
        from taper_desktop.ui.session import Session

        bench = bool(os.environ.get(EXIT_WHEN_READY) or os.environ.get(EXIT_AFTER_PAINT))

        def first_paint(widget) -> None:
            if bench:
                widget.installEventFilter(
                    _FirstPaint(widget, ready=bool(os.environ.get(EXIT_WHEN_READY)))
                )
            # Not on the way to the first keystroke: a second start keeps asking for a
            # few seconds (single_instance.ask_running_to_show), so listening can wait.
            _after_first_paint(widget, gc.enable)
            _after_first_paint(
                widget, lambda: listener.append(_listen_for_second_start(folder, session))
            )

        session = Session(
            folder, build_window, _fail, on_first_show=first_paint, background=not bench
        )
        status = session.start()
        if status is not None:
            return status
        return app.exec()
    finally:
        for server in listener:
            server.close()
        if session is not None:
            session.close()
            if session.delete_data_on_exit:
                _delete_data(folder)  # asked and confirmed in the window
        lock.unlock()


def _use_last_language(app: QApplication, folder) -> None:
    """Speak the language last chosen in Settings on this folder from the first word."""
    state = QSettings(str(folder / WINDOW_STATE_FILE), QSettings.Format.IniFormat)
    language = state.value(LANGUAGE_KEY)
    if isinstance(language, str) and language:
        apply_language(app, language)


def _already_open(folder) -> int:
    """A second start on a folder in use: bring the running window to the front (even
    from the tray), or, when it cannot be reached, say so and stop."""
    from taper_desktop.ui import single_instance

    if single_instance.ask_running_to_show(folder):
        print(
            QApplication.translate(
                "App",
                "Taper Desktop is already open with this data folder; its window was "
                "brought to the front.",
            )
        )
        return 0
    # A path in a dialog may wrap at each "/": a word joiner after each keeps it whole.
    shown = str(folder).replace("/", "/\u2060").replace("\\", "\\\u2060")
    print(
        f"{APP_NAME}: Taper Desktop is already open with the data folder {folder}.", file=sys.stderr
    )
    show_failure(
        QApplication.translate("App", "Taper Desktop is already open."),
        fill(
            QApplication.translate(
                "App",
                "Taper Desktop is already open with the data folder %1 but "
                "did not answer. Switch to that window; a second copy could "
                "damage your data.",
            ),
            shown,
        ),
    )
    return 1


def _listen_for_second_start(folder, session):
    """Answer a second start on this folder by showing the window it would have opened."""
    from taper_desktop.ui import single_instance

    server = single_instance.InstanceServer(folder, QApplication.instance())

    def show() -> None:
        window = session.window or session.unlock_window
        if window is None:
            return
        if hasattr(window, "bring_to_front"):
            window.bring_to_front()
        else:
            window.showNormal() if window.isMinimized() else window.show()
            if QApplication.platformName() not in ("offscreen", "minimal"):
                window.raise_()
            window.activateWindow()

    server.show_requested.connect(show)
    return server


def _delete_data(folder) -> None:
    """Remove the person's data as the app ends; a file that cannot go is named."""
    try:
        from taper_desktop.ui import delete_data_dialog

        delete_data_dialog.finish(folder)
    except OSError as exc:
        text = QApplication.translate(
            "App", "%1 could not be removed (%2). Please remove it yourself."
        )
        _fail(
            fill(text, exc.filename, exc.strerror),
            QApplication.translate("App", "Not everything could be deleted."),
        )
