"""The passphrase in the window: welcome offer, recovery code, lock and unlock, auto-lock,
the tray while locked, Settings actions and the plaintext note on exports."""

import datetime as dt
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from taper_desktop import app as app_module
from taper_desktop.app import build_window
from taper_desktop.domain.models import CheckIn
from taper_desktop.store import checkins, drafts, encryption, keyfile, open_store
from taper_desktop.store import settings as settings_store
from taper_desktop.store.db import KEY_NAME
from taper_desktop.ui import passphrase_dialogs, protection, recovery, remember
from taper_desktop.ui.session import Session

ROOT = Path(__file__).resolve().parents[2]
PASS, OTHER = "quiet morning walk", "another long passphrase"
NOTE = "Secret note about a hard night"


@pytest.fixture(autouse=True)
def cheap_kdf_and_no_keyring(monkeypatch):
    monkeypatch.setattr(keyfile, "SCRYPT_N", 2**10)
    monkeypatch.setattr(remember, "unavailable_reason", lambda: "No keyring here.")
    monkeypatch.setattr(remember, "recall", lambda folder: None)
    monkeypatch.setattr(remember, "keep", lambda folder, key: False)
    monkeypatch.setattr(remember, "forget", lambda folder: None)


@pytest.fixture
def told(monkeypatch):
    """Messages, and the recovery codes shown, instead of dialogs."""
    seen = {"messages": [], "codes": []}
    monkeypatch.setattr(
        protection,
        "show_message",
        lambda parent, text, warning=False: seen["messages"].append(text),
    )
    monkeypatch.setattr(
        passphrase_dialogs, "show_recovery_code", lambda parent, code: seen["codes"].append(code)
    )
    monkeypatch.setattr(
        recovery, "show_message", lambda text, detail="": seen["messages"].append(text)
    )
    return seen


def digest(folder: Path) -> dict:
    return {
        str(p): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def seeded(data_dir: Path) -> None:
    store = open_store(data_dir)
    settings_store.put(store, "first_run_done", True)
    checkins.save(
        store,
        CheckIn(dt.date.today() - dt.timedelta(days=1), "SOWS", items={"anxious": 2}, note=NOTE),
    )
    store.close()


@pytest.fixture
def session(qtbot, data_dir):
    made = []
    now = [dt.datetime.combine(dt.date.today(), dt.time(12, 0))]

    def build(store, reminders=None):
        window = build_window(store, clock=lambda: now[0], has_tray=False, reminders=reminders)
        qtbot.addWidget(window)
        return window

    def make():
        s = Session(data_dir, build, lambda message: pytest.fail(message), background=False)
        s.now = now
        made.append(s)
        return s

    yield make
    for s in made:
        s.close()
        if s.unlock_window is not None:
            s.unlock_window.close()
            s.unlock_window.deleteLater()
        s.deleteLater()


def protect_from_welcome(s, monkeypatch, told) -> str:
    monkeypatch.setattr(passphrase_dialogs, "ask_new_passphrase", lambda *a: PASS)
    assert s.window.first_run(ask=lambda parent: ("skip", True)) == "skip"
    assert s.store.encrypted and told["codes"]
    return told["codes"][-1]


def test_protect_from_the_welcome_lock_and_unlock_with_the_recovery_code(
    qtbot, session, data_dir, monkeypatch, told
):
    data_dir.mkdir(mode=0o700)
    s = session()
    assert s.start() is None and s.window is not None
    assert not s.window.lock_action.isEnabled()  # nothing to lock yet
    code = protect_from_welcome(s, monkeypatch, told)
    assert s.window.lock_action.isEnabled()
    assert "now encrypted" in told["messages"][-1]
    checkins.save(s.store, CheckIn(dt.date.today(), "SOWS", note=NOTE))

    s.window.lock_action.trigger()
    assert s.window is None
    unlock = s.unlock_window
    assert unlock.isVisible()
    texts = " ".join(label.text() for label in unlock.findChildren(QLabel))
    assert NOTE not in texts and "check-in" not in texts.lower()  # no data, no counts
    assert not unlock.remember_box.isEnabled() or unlock.remember_note.text()
    before = digest(data_dir)
    unlock.field.setText("not my passphrase")
    assert not unlock.try_unlock()
    assert "not right" in unlock.error.text() and unlock.error.isVisible()
    assert digest(data_dir) == before  # a wrong passphrase changes no byte

    unlock.field.setText(code.lower())
    with qtbot.waitSignal(unlock.unlocked, timeout=5000):
        assert unlock.try_unlock()
    assert s.window is not None and s.window.isVisible() and not unlock.isVisible()
    assert checkins.get(s.store, dt.date.today()).note == NOTE


def test_start_of_a_protected_folder_shows_only_the_unlock_screen(qtbot, session, data_dir, told):
    seeded(data_dir)
    store = open_store(data_dir)
    encryption.encrypt(store, PASS)
    store.close()
    s = session()
    assert s.start() is None
    assert s.window is None and s.unlock_window.isVisible()
    s.unlock_window.field.setText(PASS)
    with qtbot.waitSignal(s.unlock_window.unlocked, timeout=5000):
        s.unlock_window.try_unlock()
    assert s.window is not None
    assert checkins.get(s.store, dt.date.today() - dt.timedelta(days=1)).note == NOTE


def test_locking_saves_the_draft_drops_the_window_and_closes_the_connection(
    qtbot, session, data_dir, monkeypatch, told
):
    seeded(data_dir)
    s = session()
    s.start()
    protect_from_welcome_done = protect_after_start(s, monkeypatch, told)
    window = s.window
    window.checkin_tab.note.setFocus()
    qtbot.keyClicks(window.checkin_tab.note, "typed but not saved")
    store = s.store
    with qtbot.waitSignal(window.destroyed, timeout=5000):
        assert s.lock()
    with pytest.raises(Exception, match="closed"):
        store.execute("SELECT 1")  # the connection is closed
    s.unlock_window.field.setText(protect_from_welcome_done)
    s.unlock_window.try_unlock()
    draft = drafts.get(s.store, drafts.checkin_key(dt.date.today()))
    assert draft and "typed but not saved" in str(draft)


def protect_after_start(s, monkeypatch, told) -> str:
    monkeypatch.setattr(passphrase_dialogs, "ask_new_passphrase", lambda *a: PASS)
    assert protection.protect(s.window)
    return PASS


def test_auto_lock_follows_the_setting_and_never_pulls_a_dialog_away(
    qtbot, session, data_dir, monkeypatch, told
):
    seeded(data_dir)
    s = session()
    s.start()
    assert not s.idle.isActive()  # not encrypted: nothing to lock
    protect_after_start(s, monkeypatch, told)
    assert s.idle.isActive() and s.idle.interval() == 15 * 60_000  # the default
    settings_store.put(s.store, "auto_lock_minutes", 0)
    s.window.events.settings_changed.emit()
    assert not s.idle.isActive()  # "never"
    settings_store.put(s.store, "auto_lock_minutes", 2)
    s.window.events.settings_changed.emit()
    assert s.idle.interval() == 2 * 60_000
    s.idle.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer rounds remainingTime
    s.idle.start()
    qtbot.waitUntil(lambda: s.idle.remainingTime() < 2 * 60_000 - 300)
    qtbot.keyClick(s.window.checkin_tab.item_rows[0], Qt.Key.Key_Right)  # any use
    assert s.idle.remainingTime() > 2 * 60_000 - 250  # counts again from the start
    monkeypatch.setattr(QApplication, "activeModalWidget", staticmethod(lambda: object()))
    s.idle.timeout.emit()
    assert s.window is not None and s.idle.isActive()  # tried later instead
    monkeypatch.setattr(QApplication, "activeModalWidget", staticmethod(lambda: None))
    s.idle.timeout.emit()
    assert s.window is None and s.unlock_window.isVisible()


def test_the_tray_reminder_still_works_while_locked(qtbot, session, data_dir, monkeypatch, told):
    seeded(data_dir)
    s = session()
    s.start()
    protect_after_start(s, monkeypatch, told)
    reminders = s.reminders
    s.lock()
    assert reminders.store is None  # nothing reads the closed store
    s.now[0] = dt.datetime.combine(dt.date.today(), dt.time(21, 0))
    with qtbot.waitSignal(reminders.reminder_due, timeout=2000) as due:
        assert reminders.check() == dt.date.today()
    assert due.args == [dt.date.today()]
    reminders.open_requested.emit()
    assert s.unlock_window.isVisible() and s.window is None


def test_turn_off_needs_the_passphrase_again(qtbot, session, data_dir, monkeypatch, told):
    seeded(data_dir)
    s = session()
    s.start()
    protect_after_start(s, monkeypatch, told)
    answers = []

    def retype(parent, title, intro, action, check):
        answers.append(check("wrong one here"))
        answers.append(check(PASS))
        return PASS

    monkeypatch.setattr(passphrase_dialogs, "ask_current_passphrase", retype)
    monkeypatch.setattr(protection, "confirm_turn_off", lambda parent: True)
    assert protection.turn_off(s.window)
    assert "not right" in answers[0] and answers[1] is None
    assert not s.store.encrypted and not (data_dir / KEY_NAME).exists()
    assert not s.window.lock_action.isEnabled() and not s.idle.isActive()
    assert "no longer encrypted" in told["messages"][-1]
    assert checkins.get(s.store, dt.date.today() - dt.timedelta(days=1)).note == NOTE


def test_settings_change_passphrase_and_new_recovery_code(
    qtbot, session, data_dir, monkeypatch, told
):
    seeded(data_dir)
    s = session()
    s.start()
    protect_after_start(s, monkeypatch, told)
    first_code = told["codes"][-1]
    monkeypatch.setattr(
        passphrase_dialogs,
        "ask_current_passphrase",
        lambda parent, title, intro, action, check: PASS if check(PASS) is None else None,
    )
    monkeypatch.setattr(passphrase_dialogs, "ask_new_passphrase", lambda *a: OTHER)
    assert protection.change_passphrase(s.window)
    assert encryption.unlock(data_dir, OTHER) == s.store.key
    monkeypatch.setattr(
        passphrase_dialogs,
        "ask_current_passphrase",
        lambda parent, title, intro, action, check: OTHER if check(OTHER) is None else None,
    )
    assert protection.new_recovery_code(s.window)
    new_code = told["codes"][-1]
    assert new_code != first_code
    with pytest.raises(encryption.WrongSecret):
        encryption.unlock(data_dir, first_code)
    assert encryption.unlock(data_dir, new_code) == s.store.key


def test_settings_dialog_shows_the_passphrase_part(qtbot, window, monkeypatch):
    from taper_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog({}, False, privacy=lambda d: protection.privacy_section(window, d))
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QPushButton

    protect = dialog.findChild(QPushButton, "protect_button")
    off = dialog.findChild(QPushButton, "turn_off_button")
    assert protect.isVisibleTo(dialog) and not off.isVisibleTo(dialog)
    assert dialog.editors["auto_lock_minutes"].widget.specialValueText() == "Never"


def test_recovery_code_dialog_saves_a_private_file(qtbot, tmp_path, monkeypatch):
    target = tmp_path / "code.txt"
    monkeypatch.setattr(passphrase_dialogs, "choose_code_file", lambda parent: str(target))
    dialog = passphrase_dialogs.RecoveryCodeDialog("ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2-34567")
    qtbot.addWidget(dialog)
    assert dialog.save_to_file() == target
    assert "ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2-34567" in target.read_text()
    assert target.stat().st_mode & 0o077 == 0
    assert "nobody can recover" in " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_new_passphrase_dialog_refuses_short_or_different_ones(qtbot):
    dialog = passphrase_dialogs.NewPassphraseDialog("t", "i")
    qtbot.addWidget(dialog)
    dialog.first.setText("short")
    dialog.second.setText("short")
    dialog.accept()
    assert dialog.result() == 0 and "at least" in dialog.error.text()
    dialog.first.setText(PASS)
    dialog.second.setText(PASS + "x")
    dialog.accept()
    assert "differ" in dialog.error.text()
    dialog.second.setText(PASS)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_remember_is_offered_only_with_a_keyring(qtbot, data_dir, monkeypatch):
    from taper_desktop.ui.unlock import UnlockWindow

    unlock = UnlockWindow(data_dir, lambda folder, secret: b"k" * 32)
    qtbot.addWidget(unlock)
    unlock.set_remember_available("No keyring here.")
    assert not unlock.remember_box.isEnabled() and unlock.remember_note.text()
    unlock.set_remember_available(None, remembered=True)
    assert unlock.remember_box.isEnabled() and unlock.remember_box.isChecked()
    unlock.field.setText("anything")
    with qtbot.waitSignal(unlock.unlocked) as got:
        unlock.try_unlock()
    assert got.args == [b"k" * 32, True]


def test_exports_say_they_are_plaintext_when_the_diary_is_encrypted(
    qtbot, window, monkeypatch, told
):
    from taper_desktop.ui import import_export, report_dialog

    titles = []
    monkeypatch.setattr(
        import_export.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda parent, title, *a: titles.append(title) or ("", "")),
    )
    import_export.ask_save_path(window)
    assert "not encrypted" not in titles[-1]
    monkeypatch.setattr(passphrase_dialogs, "ask_new_passphrase", lambda *a: PASS)
    assert protection.protect(window)
    import_export.ask_save_path(window)
    assert "not encrypted" in titles[-1]
    hints = []
    monkeypatch.setattr(
        report_dialog,
        "ask",
        lambda parent, first, last, patient, provider, hint: hints.append((hint, patient)) or None,
    )
    window.ui_state.setValue("report/patient", "Jo Example")
    report_dialog.export_report(window, window.store)
    assert "not encrypted" in hints[-1][0] and hints[-1][1] == ""


def test_a_missing_key_file_at_start_is_named_and_nothing_is_altered(data_dir, monkeypatch):
    seeded(data_dir)
    store = open_store(data_dir)
    encryption.encrypt(store, PASS)
    store.close()
    (data_dir / KEY_NAME).unlink()
    before = digest(data_dir)
    shown = []
    monkeypatch.setattr(
        recovery, "ask_recovery", lambda problem, backup: shown.append(problem) or recovery.QUIT
    )
    assert app_module.run_window(str(data_dir)) == 1
    assert "key file taper.sqlite3.key is missing" in shown[0]
    after = digest(data_dir)
    after.pop(str(data_dir / app_module.LOCK_NAME), None)
    before.pop(str(data_dir / app_module.LOCK_NAME), None)
    assert after == before


@pytest.mark.slow
def test_real_program_paints_the_unlock_screen(data_dir):
    seeded(data_dir)
    store = open_store(data_dir)
    encryption.encrypt(store, PASS)
    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TAPER_DESKTOP_EXIT_AFTER_PAINT="1")
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "painted" in done.stdout


def test_restore_from_the_window_in_a_protected_folder(qtbot, window, monkeypatch, told):
    from taper_desktop.store import backups
    from taper_desktop.ui import restore_dialog

    monkeypatch.setattr(passphrase_dialogs, "ask_new_passphrase", lambda *a: PASS)
    assert protection.protect(window)
    day = dt.date.today() - dt.timedelta(days=2)
    checkins.save(window.store, CheckIn(day, "SOWS", note="old"))
    backups.daily_backup(window.store, day)
    checkins.save(window.store, CheckIn(day, "SOWS", note="new"))
    offered = []
    monkeypatch.setattr(
        restore_dialog,
        "ask_backup",
        lambda parent, found: offered.extend(found) or next(b for b in found if b.kind == "daily"),
    )
    monkeypatch.setattr(restore_dialog, "confirm", lambda parent, b: True)
    with qtbot.waitSignal(window.events.data_replaced, timeout=2000):
        assert restore_dialog.restore_from_backup(window)
    assert offered and all(b.good for b in offered)
    assert checkins.get(window.store, day).note == "old"
    for path in window.store.data_dir.rglob("*.sqlite3"):
        assert not path.read_bytes().startswith(b"SQLite format 3")


def test_a_window_closed_to_the_tray_locks_out_of_sight(
    qtbot, session, data_dir, monkeypatch, told
):
    seeded(data_dir)
    s = session()
    s.start()
    protect_after_start(s, monkeypatch, told)
    s.window.hide()  # closed to the tray
    reminders = s.reminders
    assert s.lock(by_hand=False)
    assert s.window is None
    assert s.unlock_window is None or not s.unlock_window.isVisible()
    reminders.open_requested.emit()
    assert s.unlock_window.isVisible()


def test_save_dialog_titles_say_the_file_is_plaintext_without_being_cut():
    """The note rides in the file dialog's title: short, so the window manager does not
    elide it in the middle ("is not ...ted")."""
    from types import SimpleNamespace

    from taper_desktop.ui.protection import export_title

    assert (
        export_title("Save the plan sheet", SimpleNamespace(encrypted=False))
        == "Save the plan sheet"
    )
    title = export_title("Save the plan sheet", SimpleNamespace(encrypted=True))
    assert title == "Save the plan sheet (the file is not encrypted)"
    assert len(title) < 60
