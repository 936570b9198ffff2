"""Start-up with a damaged file, and the window's import, export, restore and delete."""

import datetime as dt
import json
import os

import pytest
from PySide6.QtCore import Qt

from taper_desktop.app import build_window
from taper_desktop.demo import fill_demo
from taper_desktop.domain.models import CheckIn
from taper_desktop.exchange import day_csv
from taper_desktop.store import backups, checkins, open_store, records
from taper_desktop.store.db import DB_NAME
from taper_desktop.store.schema import USER_VERSION
from taper_desktop.ui import (
    delete_data_dialog,
    import_export,
    locale_format,
    recovery,
    restore_dialog,
)

DAY = dt.date(2025, 3, 3)


def damaged_with_backup(data_dir):
    store = open_store(data_dir)
    checkins.save(store, CheckIn(DAY, "SOWS", note="in the backup"))
    backups.daily_backup(store, DAY)
    store.close()
    junk = os.urandom(8192)
    (data_dir / DB_NAME).write_bytes(junk)
    return junk


@pytest.fixture
def said(monkeypatch):
    shown = []
    monkeypatch.setattr(recovery, "show_message", lambda text, detail="": shown.append(text))
    return shown


def test_damaged_file_start_from_newest_good_backup(data_dir, monkeypatch, said):
    junk = damaged_with_backup(data_dir)
    asked = []
    monkeypatch.setattr(
        recovery,
        "ask_recovery",
        lambda problem, backup: asked.append((problem, backup)) or recovery.BACKUP,
    )
    store = recovery.open_or_recover(data_dir)
    problem, offered = asked[0]
    assert "not a readable Taper Desktop database" in problem
    assert offered.kind in ("daily", "weekly") and offered.counts["checkin"] == 1
    assert checkins.get(store, DAY).note == "in the backup"
    store.close()
    kept = list(data_dir.glob(f"{DB_NAME}.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == junk
    assert kept[0].name in said[0] and "continues from the backup" in said[0]


def test_damaged_file_fresh_start_keeps_it(data_dir, monkeypatch, said):
    junk = damaged_with_backup(data_dir)
    monkeypatch.setattr(recovery, "ask_recovery", lambda problem, backup: recovery.FRESH)
    store = recovery.open_or_recover(data_dir)
    assert records.is_empty(store)
    store.close()
    [kept] = data_dir.glob(f"{DB_NAME}.damaged-*")
    assert kept.read_bytes() == junk
    assert len(backups.list_backups(data_dir)) == 2  # backups untouched


def test_quit_changes_nothing_and_truncated_file_is_caught(data_dir, monkeypatch, said):
    store = open_store(data_dir)
    fill_demo(store)
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    path = data_dir / DB_NAME
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    before = path.read_bytes()
    offered = []
    monkeypatch.setattr(
        recovery, "ask_recovery", lambda problem, backup: offered.append(backup) or recovery.QUIT
    )
    assert recovery.open_or_recover(data_dir) is None
    assert offered == [None]  # no backup yet: only a fresh start or quit
    assert path.read_bytes() == before


def test_newer_schema_is_explained_and_left_alone(data_dir, monkeypatch, said):
    store = open_store(data_dir)
    store.execute(f"PRAGMA user_version = {USER_VERSION + 1}")
    store.close()
    before = (data_dir / DB_NAME).read_bytes()
    monkeypatch.setattr(recovery, "ask_recovery", lambda *a: pytest.fail("not damaged"))
    assert recovery.open_or_recover(data_dir) is None
    assert "newer version" in said[0]
    assert (data_dir / DB_NAME).read_bytes() == before


def test_daily_backup_from_the_window(window, data_dir):
    recovery.make_daily_backup(window)
    assert (data_dir / "backups" / f"daily-{dt.date.today().isoformat()}.sqlite3").exists()


# ---- import / export in the window --------------------------------------------------


def test_window_export_then_import_with_conflict(window, qtbot, tmp_path, monkeypatch):
    checkins.save(window.store, CheckIn(DAY, "SOWS", items={"anxious": 2}, note="mine"))
    out = tmp_path / "days.csv"
    monkeypatch.setattr(import_export, "ask_save_path", lambda parent: (str(out), "csv"))
    with qtbot.waitSignal(import_export.export_data(window).ended) as ended:
        pass
    assert ended.args == [True]
    assert "Exported 1 day" in window.statusBar().currentMessage()
    text = out.read_text().replace("mine", "from file")
    out.write_text(text)

    messages, asked = [], []
    monkeypatch.setattr(import_export, "ask_open_path", lambda parent: str(out))
    monkeypatch.setattr(
        import_export, "show_message", lambda parent, text, warning=False: messages.append(text)
    )
    monkeypatch.setattr(
        import_export, "ask_conflict", lambda parent, c: asked.append(c.days) or None
    )
    with qtbot.waitSignal(import_export.import_data(window).ended) as ended:
        pass
    assert ended.args == [False]  # cancelled at the question
    assert asked == [[DAY]] and checkins.get(window.store, DAY).note == "mine"

    monkeypatch.setattr(import_export, "ask_conflict", lambda parent, c: "replace")
    with qtbot.waitSignal(window.events.data_replaced, timeout=5000):
        assert import_export.import_data(window)
    assert checkins.get(window.store, DAY).note == "from file"
    assert "Replaced 1 day" in messages[-1]
    assert [b.kind for b in backups.list_backups(window.store.data_dir)] == ["before-import"]


def test_window_import_problems_are_shown_and_nothing_changes(window, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "bad.csv"
    bad.write_text(",".join(day_csv.COLUMNS) + "\n2025-03-01,,x,g" + "," * 36 + "\n")
    shown = []
    monkeypatch.setattr(import_export, "ask_open_path", lambda parent: str(bad))
    monkeypatch.setattr(import_export, "show_problems", lambda parent, exc: shown.append(exc))
    with qtbot.waitSignal(import_export.import_data(window).ended) as ended:
        pass
    assert ended.args == [False]
    assert shown[0].problems[0].column == "dose_taken" and shown[0].problems[0].line == 2
    assert records.is_empty(window.store)


def test_window_json_export_import_in_a_fresh_window(window, qtbot, tmp_path, monkeypatch):
    fill_demo(window.store)
    out = tmp_path / "all"
    monkeypatch.setattr(import_export, "ask_save_path", lambda parent: (str(out) + ".json", "json"))
    with qtbot.waitSignal(import_export.export_data(window).ended):
        pass
    assert json.loads((tmp_path / "all.json").read_text())["format"] == "taper-desktop-data"
    other = open_store(tmp_path / "other")
    second = build_window(other)
    qtbot.addWidget(second)
    monkeypatch.setattr(import_export, "ask_open_path", lambda parent: str(out) + ".json")
    monkeypatch.setattr(import_export, "show_message", lambda *a, **k: None)
    with qtbot.waitSignal(import_export.import_data(second).ended, timeout=10000) as ended:
        pass
    assert ended.args == [True]
    assert records.counts(other) == records.counts(window.store)
    second.close()
    other.close()


def test_file_menu_has_restore_and_delete(window):
    texts = [a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()]
    assert "Restore from backup..." in texts and "Delete all my data..." in texts


def test_restore_from_the_window(window, qtbot, monkeypatch):
    checkins.save(window.store, CheckIn(DAY, "SOWS", note="old"))
    backups.daily_backup(window.store, DAY)
    checkins.save(window.store, CheckIn(DAY, "SOWS", note="new"))
    monkeypatch.setattr(
        restore_dialog,
        "ask_backup",
        lambda parent, found: next(b for b in found if b.kind == "daily"),
    )
    monkeypatch.setattr(restore_dialog, "confirm", lambda parent, b: True)
    with qtbot.waitSignal(window.events.data_replaced, timeout=2000):
        assert restore_dialog.restore_from_backup(window)
    assert checkins.get(window.store, DAY).note == "old"
    kinds = [b.kind for b in backups.list_backups(window.store.data_dir)]
    assert "before-restore" in kinds


def test_restore_dialog_lists_backups_with_counts(qtbot, store, data_dir):
    checkins.save(store, CheckIn(DAY, "SOWS"))
    backups.daily_backup(store, DAY)
    (data_dir / "backups" / "daily-2025-03-04.sqlite3").write_bytes(b"broken")
    dialog = restore_dialog.RestoreDialog(backups.list_backups(data_dir))
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.topLevelItemCount() == 2  # the weekly copy of DAY is the daily one's twin
    first = table.topLevelItem(0)
    day = locale_format.date(dt.date(2025, 3, 4))  # the window's date format, not ISO
    assert first.text(0) == day and first.text(5) == "cannot be used: unreadable"
    assert str(data_dir) in first.toolTip(5)  # the full reason is one hover away
    assert table.topLevelItem(1).text(1) == "Daily and weekly"
    assert table.topLevelItem(1).text(2) == "1"
    assert dialog.restore_button.isEnabled()  # the newest good one is preselected
    dialog.restore_button.click()
    assert dialog.chosen.good and dialog.chosen.made.date() == DAY


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, showing a dialog
def test_delete_dialog_needs_the_word(qtbot, data_dir):
    dialog = delete_data_dialog.DeleteDataDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClicks(dialog.word, "delet")  # not yet the whole word
    assert not dialog.delete_button.isEnabled()
    dialog.word.clear()
    qtbot.keyClicks(dialog.word, delete_data_dialog.CONFIRM_WORD)
    assert dialog.delete_button.isEnabled()
    qtbot.keyClick(dialog.word, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_delete_all_my_data_from_the_window(qtbot, data_dir, monkeypatch):
    store = open_store(data_dir)
    checkins.save(store, CheckIn(DAY, "SOWS"))
    backups.daily_backup(store, DAY)
    window = build_window(store)
    qtbot.addWidget(window)
    monkeypatch.setattr(delete_data_dialog, "ask_confirm", lambda parent, folder: False)
    assert not delete_data_dialog.delete_all_data(window)
    assert not getattr(window, "delete_data_on_exit", False)
    monkeypatch.setattr(delete_data_dialog, "ask_confirm", lambda parent, folder: True)
    assert delete_data_dialog.delete_all_data(window)
    assert window.delete_data_on_exit and not window.isVisible()
    store.close()  # what run_window does when the loop ends
    delete_data_dialog.finish(data_dir)
    assert not (data_dir / DB_NAME).exists() and not (data_dir / "backups").exists()


def _settings_delete(qtbot, window, monkeypatch, confirm: bool):
    """Open Edit > Settings and press its Delete all my data button; what happened."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen = {"quit": 0}
    monkeypatch.setattr(
        QApplication, "quit", staticmethod(lambda: seen.__setitem__("quit", seen["quit"] + 1))
    )

    def confirm_over(parent, folder):
        seen["parent"] = parent
        return confirm

    monkeypatch.setattr(delete_data_dialog, "ask_confirm", confirm_over)

    def press():
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = dialog
        dialog.delete_button.click()
        seen["still_open"] = dialog.isVisible()
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, press)
    window.settings_action.trigger()
    return seen


@pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged")  # offscreen
def test_delete_all_my_data_from_settings_quits_even_when_kept_in_tray(
    qtbot, store, data_dir, monkeypatch
):
    from PySide6.QtWidgets import QSystemTrayIcon

    from taper_desktop.store import settings as settings_store

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    settings_store.put(store, "keep_in_tray", True)
    window = build_window(store, has_tray=True)
    qtbot.addWidget(window)
    window.show()
    assert window.reminders.keeps_running()
    seen = _settings_delete(qtbot, window, monkeypatch, confirm=True)
    assert seen["parent"] is seen["dialog"]  # the confirmation opens over the settings
    assert not seen["still_open"]
    assert window.delete_data_on_exit and seen["quit"] == 1  # quits, not hidden in the tray
    assert not window.isVisible()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, showing a dialog
def test_cancelled_delete_from_settings_leaves_settings_open(qtbot, window, monkeypatch):
    seen = _settings_delete(qtbot, window, monkeypatch, confirm=False)
    assert seen["still_open"] and seen["quit"] == 0
    assert not getattr(window, "delete_data_on_exit", False) and window.isVisible()
    assert seen["dialog"].delete_button.accessibleName() == "Delete all my data"


def test_read_only_database_is_seen_and_left_unchanged(data_dir, said, monkeypatch):
    from taper_desktop.store import Store
    from taper_desktop.store.db import _connect

    store = open_store(data_dir)
    checkins.save(store, CheckIn(DAY, "SOWS", note="kept"))
    assert store.can_write()
    store.close()
    before = (data_dir / DB_NAME).read_bytes()
    read_only = Store(_connect(data_dir / DB_NAME, readonly=True), data_dir / DB_NAME)
    assert not read_only.can_write()
    read_only.close()
    # A write-protected file opens read-only; the app then explains and stops.
    monkeypatch.setattr(Store, "can_write", lambda self: False)
    assert recovery.open_or_recover(data_dir) is None
    assert "read-only" in said[0] and str(data_dir / DB_NAME) in said[0]
    assert (data_dir / DB_NAME).read_bytes() == before
    assert not list(data_dir.glob(f"{DB_NAME}.damaged-*"))


def test_many_import_problems_are_counted_capped_and_scroll(qtbot, tmp_path):
    from taper_desktop.exchange.problems import MAX_REPORTED, ImportFailed, Problem

    problems = [Problem(n, "craving", "x", "is not a whole number") for n in range(2, 122)]
    dialog = import_export.ProblemsDialog(ImportFailed(tmp_path / "diary.csv", problems))
    qtbot.addWidget(dialog)
    shown = dialog.listing.toPlainText().splitlines()
    assert len(shown) == MAX_REPORTED + 1 and shown[-1] == f"... and {120 - MAX_REPORTED} more"
    assert shown[0] == "line 2, column craving: is not a whole number (value 'x')"
    texts = " ".join(
        w.text() for w in dialog.findChildren(type(dialog.findChild(import_export.QLabel)))
    )
    assert "120 problems were found in diary.csv" in texts
    assert dialog.listing.isReadOnly() and dialog.listing.verticalScrollBar().maximum() > 0
    assert dialog.height() <= dialog.screen().availableGeometry().height()


def test_another_programs_file_is_not_called_damaged(data_dir, monkeypatch):
    import sqlite3

    data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("CREATE TABLE theirs (x)")
    conn.commit()
    conn.close()
    before = (data_dir / DB_NAME).read_bytes()
    asked = []
    monkeypatch.setattr(
        recovery, "ask_recovery", lambda problem, backup: asked.append(problem) or recovery.QUIT
    )
    assert recovery.open_or_recover(data_dir) is None
    assert "another program" in recovery._headline(asked[0])
    assert "damaged" in recovery._headline("x is damaged: page 3")
    assert (data_dir / DB_NAME).read_bytes() == before


def test_restore_confirmation_names_everything_it_replaces_settings_included(window):
    from taper_desktop.store import settings as settings_store

    checkins.save(window.store, CheckIn(DAY, "SOWS", note="old"))
    copy = backups.daily_backup(window.store, DAY)  # made with the SOWS scale
    settings_store.put_many(window.store, {"instrument": "SOWS-Gossop", "theme": "dark"})
    checkins.save(window.store, CheckIn(DAY + dt.timedelta(days=1), "SOWS", note="new"))
    preview = backups.preview_restore(window.store, copy)
    question, details = restore_dialog.restore_text("2025-03-04", preview)
    assert "Replace everything" in question and "2025-03-04" in question
    for part in ("check-ins and notes", "doses", "the plan", "holds", "settings"):
        assert part in details
    assert "Now: 2 check-ins" in details and "In the copy: 1 check-in," in details
    assert "Symptom scale: SOWS (now SOWS-Gossop)" in details
    assert "Theme: Follow the system (now Dark)" in details
    assert "backup first" in details


def test_restore_from_a_file_checks_it_before_anything_is_replaced(
    window, qtbot, tmp_path, monkeypatch
):
    from taper_desktop.store import settings as settings_store

    checkins.save(window.store, CheckIn(DAY, "SOWS", note="on the stick"))
    stick = tmp_path / "usb"
    monkeypatch.setattr(
        restore_dialog,
        "ask_backup_target",
        lambda parent, name: str(stick / name.removesuffix(".sqlite3")),
    )
    saved = restore_dialog.back_up_now(window)
    assert saved.parent == stick and saved.suffix == ".sqlite3"
    assert (saved.stat().st_mode & 0o777) == 0o600
    assert str(saved) in window.statusBar().currentMessage()
    checkins.save(window.store, CheckIn(DAY, "SOWS", note="changed since"))
    settings_store.put(window.store, "instrument", "SOWS-Gossop")

    # a file that is not a backup: named, and nothing is asked or replaced
    junk = tmp_path / "holiday.sqlite3"
    junk.write_bytes(b"not a database at all")
    said = []
    monkeypatch.setattr(restore_dialog, "show_message", lambda parent, text: said.append(text))
    monkeypatch.setattr(
        restore_dialog, "confirm", lambda parent, b: pytest.fail("asked to restore a bad file")
    )
    monkeypatch.setattr(restore_dialog, "ask_backup_file", lambda parent: str(junk))
    assert not restore_dialog.restore_from_file(window)
    assert "holiday.sqlite3 cannot be restored" in said[0] and "Nothing was changed" in said[0]
    assert checkins.get(window.store, DAY).note == "changed since"

    # the good copy: confirmed, restored, settings included, the app told
    monkeypatch.setattr(restore_dialog, "confirm", lambda parent, b: True)
    monkeypatch.setattr(restore_dialog, "ask_backup_file", lambda parent: str(saved))
    with qtbot.waitSignal(window.events.settings_changed, timeout=2000):
        assert restore_dialog.restore_from_file(window)
    assert checkins.get(window.store, DAY).note == "on the stick"
    assert settings_store.get(window.store, "instrument") == "SOWS"
    kinds = [b.kind for b in backups.list_backups(window.store.data_dir)]
    assert "before-restore" in kinds


def test_file_menu_offers_back_up_now_and_restore_from_a_file(window):
    texts = [a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()]
    assert "Back up now..." in texts and "Restore from a file..." in texts


def test_file_dialogs_start_in_documents_then_where_the_person_last_chose(tmp_path, monkeypatch):
    from taper_desktop.ui import file_dialogs

    monkeypatch.setattr(file_dialogs, "_last_folder", [])
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    first = file_dialogs.start_folder()
    assert first == str(home / "Documents") and (home / "Documents").is_dir()
    stick = tmp_path / "stick"
    stick.mkdir()
    file_dialogs.remember(stick / "report.pdf")
    assert file_dialogs.suggested("x.pdf") == str(stick / "x.pdf")
    file_dialogs.remember("")  # a cancelled dialog changes nothing
    assert file_dialogs.start_folder() == str(stick)
