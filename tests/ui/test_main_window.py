"""The main window: tabs, menus, About, remembered geometry, the single-instance guard."""

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from taper_desktop import app as app_module
from taper_desktop.app import LOCK_NAME, build_window
from taper_desktop.store import open_store
from taper_desktop.store import settings as settings_store
from taper_desktop.ui import recovery
from taper_desktop.ui.about import about_html

ROOT = Path(__file__).resolve().parents[2]


def test_window_has_title_three_tabs_and_menus(window):
    assert window.windowTitle() == "Taper Desktop"
    names = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert names == ["Taper calendar", "Check-in", "Charts"]
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus[0] == "File" and menus[-1] == "Help"
    file_actions = [
        a.text().replace("&", "")
        for a in window.menuBar().actions()[0].menu().actions()
        if a.text()
    ]
    assert any("report" in t.lower() for t in file_actions)
    assert any("import" in t.lower() for t in file_actions)
    assert any(t.lower().startswith("export data") for t in file_actions)
    assert "Quit" in file_actions
    assert not window.windowIcon().isNull()
    assert str(window.store.path) in window.data_label.text()


def test_about_names_disclaimer_and_every_scale_citation():
    html = about_html()
    for needle in (
        "does not give medical",
        "Handelsman",
        "1987;13(3):293-308",
        "Gossop M",
        "1990;15(5):487-90",
        "Wesson",
        "2003;35(2):253-9",
        "conventional, not validated",
    ):
        assert needle in html


@pytest.fixture
def spanish_catalogue():
    """The Spanish catalogue compiled from the .ts as it is now (.qm files are built, not
    kept in git, so one left from an older build could lack a new text)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "tools" / "build_translations.py"
    )
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    if not build.compile_all([ROOT / "resources" / "translations" / "taper_desktop_es.ts"]):
        pytest.skip("lrelease not installed")


def test_about_speaks_the_chosen_language(qapp, spanish_catalogue):
    from PySide6.QtCore import QLocale

    from taper_desktop.ui import translations

    locale = QLocale()
    installed = translations.apply_language(qapp, "es", [])
    try:
        html = about_html()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
    assert "No es consejo médico." in html and "no diagnostica" in html
    assert "1987;13(3):293-308" in html  # citations as published


def _fits_with_frame(window) -> bool:
    """The window, with room for its frame and title bar, is within the free screen."""
    from taper_desktop.ui.main_window import FRAME_GUESS

    left, top, right, bottom = FRAME_GUESS
    room = window.screen().availableGeometry()
    outer = window.geometry().adjusted(-left, -top, right, bottom)
    return room.contains(outer)


def test_first_window_leaves_room_for_the_frame_and_title_bar(qtbot, store):
    window = build_window(store)  # no saved size: a first run
    qtbot.addWidget(window)
    assert _fits_with_frame(window)
    room = window.screen().availableGeometry()
    assert window.height() >= room.height() - 60  # and still uses the room there is


def test_saved_size_larger_than_the_screen_is_shrunk_to_fit(qtbot, store):
    first = build_window(store)
    qtbot.addWidget(first)
    room = first.screen().availableGeometry()
    first.setMinimumSize(0, 0)
    first.setGeometry(0, 0, room.width() + 400, room.height() + 300)  # a bigger screen then
    first.save_state()
    second = build_window(store)
    qtbot.addWidget(second)
    assert second.width() < room.width() and second.height() < room.height()
    assert _fits_with_frame(second)


def test_geometry_is_remembered_and_the_window_opens_on_the_checkin(qtbot, store):
    first = build_window(store)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(20, 30, 760, 540)
    first.tabs.setCurrentIndex(2)
    first.close()
    second = build_window(store)
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (760, 540)
    assert second.tabs.currentWidget() is second.checkin_tab


def test_second_copy_is_refused_with_a_message(data_dir, monkeypatch, capsys):
    data_dir.mkdir(mode=0o700)
    held = QLockFile(str(data_dir / LOCK_NAME))
    assert held.tryLock(0)
    shown = []
    monkeypatch.setattr(app_module, "show_failure", lambda heading, text: shown.append(text))
    try:
        assert app_module.run_window(str(data_dir)) == 1
    finally:
        held.unlock()
    assert "already open" in shown[0]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "already open" in err[0]


def test_a_second_start_speaks_the_language_chosen_in_settings(
    data_dir, monkeypatch, qapp, spanish_catalogue
):
    """Before the diary is open, the language comes from the window's state file."""
    from PySide6.QtCore import QLocale, QSettings

    from taper_desktop.ui import translations

    data_dir.mkdir(mode=0o700)
    state = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
    state.setValue(app_module.LANGUAGE_KEY, "es")
    state.sync()
    held = QLockFile(str(data_dir / LOCK_NAME))
    assert held.tryLock(0)
    shown = []
    monkeypatch.setattr(app_module, "show_failure", lambda *texts: shown.extend(texts))
    locale = QLocale()
    try:
        assert app_module.run_window(str(data_dir)) == 1
    finally:
        held.unlock()
        for translator in translations._LAST:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
    assert shown[0] == "Taper Desktop ya está abierto."
    assert "no respondió" in shown[1] and str(data_dir.name) in shown[1]


def test_the_window_keeps_the_language_for_the_next_start(store, qtbot, qapp):
    from PySide6.QtCore import QLocale, QSettings

    from taper_desktop.ui import translations

    settings_store.put(store, "language", "de")
    locale = QLocale()
    try:
        window = build_window(store, has_tray=False)
        qtbot.addWidget(window)
        window.save_state()
    finally:
        for translator in translations._LAST:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
    state = QSettings(str(store.data_dir / "window.ini"), QSettings.Format.IniFormat)
    assert state.value(app_module.LANGUAGE_KEY) == "de"


def test_unreadable_database_is_refused_in_the_window(data_dir, monkeypatch):
    data_dir.mkdir(mode=0o700)
    db = data_dir / "taper.sqlite3"
    db.write_bytes(os.urandom(8192))
    before = db.read_bytes()
    shown = []
    # The recovery dialog (tests/ui/test_recovery.py) explains; choosing Quit changes nothing.
    monkeypatch.setattr(
        recovery, "ask_recovery", lambda problem, backup: shown.append(problem) or recovery.QUIT
    )
    assert app_module.run_window(str(data_dir)) == 1
    assert "not a readable Taper Desktop database" in shown[0]
    assert db.read_bytes() == before


@pytest.mark.slow
def test_real_program_starts_offscreen_and_quits_cleanly(data_dir):
    seeded = open_store(data_dir)  # not a first run: no welcome dialog on the offscreen screen
    settings_store.put(seeded, "first_run_done", True)
    seeded.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lock = data_dir / LOCK_NAME
        # The lock is taken before the window opens; the database exists once it has.
        deadline_polls = 0
        while not (lock.exists() and (data_dir / "taper.sqlite3").exists()):
            assert proc.poll() is None, proc.communicate()
            deadline_polls += 1
            assert deadline_polls < 600, "the program did not start"
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=0.05)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert err == ""
    assert not lock.exists()
    assert (data_dir / "window.ini").exists()
    store = open_store(data_dir, create=False)
    from taper_desktop.store.schema import USER_VERSION

    assert store.schema_version() == USER_VERSION
    store.close()


@pytest.mark.slow
def test_start_up_leaves_the_calendar_and_charts_for_later(data_dir):
    """The window opens on the check-in; pyqtgraph and the other tabs load on first visit."""
    script = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from taper_desktop.app import build_window
from taper_desktop.store import open_store
window = build_window(open_store({str(data_dir)!r}))
window.show()
app.processEvents()
assert window.tabs.currentWidget() is window.checkin_tab
assert "pyqtgraph" not in sys.modules and "taper_desktop.ui.calendar_tab" not in sys.modules
window.tabs.setCurrentIndex(0)
assert window.tabs.currentWidget() is window.calendar_tab
window.tabs.setCurrentIndex(2)
assert window.tabs.currentWidget() is window.charts_tab and "pyqtgraph" in sys.modules
assert [window.tabs.tabText(i) for i in range(3)] == ["Taper &calendar", "Check-&in", "Cha&rts"]
print("ok")
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_work_left_for_after_the_first_paint_runs_once_after_it(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    app_module._after_first_paint(widget, lambda: calls.append(widget.isVisible()))
    assert calls == []  # not while the window is being built
    widget.show()
    qtbot.waitUntil(lambda: calls == [True])
    widget.update()  # a later paint does not call again
    qtbot.waitExposed(widget)
    assert calls == [True]


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, showing a dialog
@pytest.mark.parametrize("percent", [100, 200])
def test_about_fits_the_screen_with_ok_in_reach(qtbot, window, percent):
    from PySide6.QtWidgets import QApplication

    from taper_desktop.ui import text_size
    from taper_desktop.ui.about import AboutDialog

    app = QApplication.instance()
    before = text_size.current_percent(app)
    text_size.apply(app, percent)
    try:
        dialog = AboutDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        room = dialog.screen().availableGeometry()
        assert dialog.height() <= room.height() - 60  # room for the title bar too
        assert dialog.width() <= room.width()
        ok = dialog.ok_button
        assert ok.isVisible() and dialog.rect().contains(ok.geometry())
        assert "Not medical advice." in dialog.text.toPlainText()
        if percent == 200:  # longer than the room: the text scrolls, OK stays put
            assert dialog.text.verticalScrollBar().maximum() > 0
    finally:
        text_size.apply(app, before)
