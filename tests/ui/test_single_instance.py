"""One window per data folder: a second start brings the first to the front, even from
the tray; closing to the tray says once that the app still runs."""

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from taper_desktop.store import open_store
from taper_desktop.store import settings as settings_store
from taper_desktop.ui import single_instance

ROOT = Path(__file__).resolve().parents[2]


def _ask_from_another_process(folder) -> subprocess.Popen:
    code = (
        "import sys; from PySide6.QtCore import QCoreApplication; "
        "from taper_desktop.ui.single_instance import ask_running_to_show; "
        "app = QCoreApplication([]); "
        f"sys.exit(0 if ask_running_to_show({str(folder)!r}) else 3)"
    )
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)


def test_names_differ_per_folder_and_stay_short(tmp_path):
    a, b = single_instance.server_name(tmp_path / "a"), single_instance.server_name(tmp_path / "b")
    assert a != b and len(a) < 60
    assert single_instance.server_name(tmp_path / "a") == a


def test_a_second_start_brings_a_window_hidden_in_the_tray_to_the_front(qtbot, window, data_dir):
    from taper_desktop import app as app_module

    class Session:  # what run_window hands over: the window it opened
        unlock_window = None

    Session.window = window
    server = app_module._listen_for_second_start(data_dir, Session)
    try:
        assert server.listening
        window.hide()  # as closing to the tray does
        with qtbot.waitSignal(server.show_requested, timeout=5000):
            other = _ask_from_another_process(data_dir)
        qtbot.waitUntil(lambda: other.poll() is not None, timeout=5000)
        assert other.returncode == 0  # it heard back, so it ends without a dialog
        assert window.isVisible()
    finally:
        server.close()


def test_nobody_listening_means_no_answer(tmp_path, qapp):
    assert not single_instance.ask_running_to_show(tmp_path / "nobody", timeout_ms=200)


def test_the_real_second_start_says_where_the_window_is_and_ends(data_dir):
    seeded = open_store(data_dir)
    settings_store.put(seeded, "first_run_done", True)
    seeded.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    first = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        from taper_desktop.app import LOCK_NAME

        polls = 0
        while not (data_dir / LOCK_NAME).exists():  # the first holds the folder
            assert first.poll() is None, first.communicate()
            polls += 1
            assert polls < 600, "the first start did not take the folder"
            with contextlib.suppress(subprocess.TimeoutExpired):
                first.wait(timeout=0.05)
        second = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert "brought to the front" in second.stdout
    finally:
        first.terminate()
        first.communicate(timeout=30)


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # offscreen has no tray
def test_closing_to_the_tray_says_once_that_the_app_still_runs(qtbot, window):
    from PySide6.QtWidgets import QSystemTrayIcon

    from taper_desktop.ui.icons import app_icon

    settings_store.put(window.store, "keep_in_tray", True)
    reminders = window.reminders
    reminders.tray = QSystemTrayIcon(app_icon(), reminders)
    reminders.tray.setVisible(True)
    assert reminders.keeps_running()
    window.close()
    assert not window.isVisible()  # hidden in the tray, not quit
    assert "still running" in reminders.last_notice
    assert settings_store.get(window.store, "tray_notice_shown")
    reminders.last_notice = None
    window.bring_to_front()
    assert window.isVisible()
    window.close()
    assert reminders.last_notice is None  # said once only


def test_when_the_running_app_cannot_be_reached_the_path_is_kept_whole(monkeypatch, qapp, tmp_path):
    from taper_desktop import app as app_module

    shown = []
    monkeypatch.setattr(app_module, "show_failure", lambda heading, text: shown.append(text))
    monkeypatch.setattr(single_instance, "ask_running_to_show", lambda folder: False)
    folder = tmp_path / "data"
    assert app_module._already_open(folder) == 1
    text = shown[0]
    assert "/\u2060" in text  # no line break after a slash: never "/ tmp/..."
    assert text.replace("\u2060", "").count(str(folder)) == 1
