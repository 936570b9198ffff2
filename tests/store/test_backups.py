"""Daily/weekly backups (the date is driven, never waited for), listing, restore."""

import datetime as dt
import os

import pytest

from taper_desktop.domain.models import CheckIn
from taper_desktop.store import StoreError, backups, checkins, open_store, records
from taper_desktop.store.db import DB_NAME

MONDAY = dt.date(2025, 3, 3)


def names(data_dir, kind):
    return sorted(
        b.path.name for b in backups.list_backups(data_dir, check=False) if b.kind == kind
    )


def test_first_start_of_a_day_makes_one_copy(store, data_dir):
    checkins.save(store, CheckIn(MONDAY, "SOWS", items={"anxious": 1}))
    made = backups.daily_backup(store, MONDAY)
    assert made.name == "daily-2025-03-03.sqlite3"
    assert backups.daily_backup(store, MONDAY) is None  # second start, same day
    assert oct(made.stat().st_mode & 0o777) == "0o600"
    [listed, weekly] = sorted(backups.list_backups(data_dir), key=lambda b: b.kind)
    assert listed.good and listed.counts["checkin"] == 1
    assert weekly.kind == "weekly"


def test_rotation_keeps_14_daily_and_8_weekly(store, data_dir):
    for n in range(80):
        backups.daily_backup(store, MONDAY + dt.timedelta(days=n))
    daily = names(data_dir, "daily")
    weekly = names(data_dir, "weekly")
    last = MONDAY + dt.timedelta(days=79)
    assert len(daily) == 14
    assert daily[-1] == f"daily-{last.isoformat()}.sqlite3"
    assert daily[0] == f"daily-{(last - dt.timedelta(days=13)).isoformat()}.sqlite3"
    assert len(weekly) == 8
    weeks = {dt.date.fromisoformat(n[7:17]).isocalendar()[:2] for n in weekly}
    assert len(weeks) == 8
    backups.list_backups(data_dir)  # opening every copy leaves no -wal/-shm files behind
    assert all(p.name.endswith(".sqlite3") for p in (data_dir / "backups").iterdir())


def test_migration_and_restore_copies_are_never_pruned(store, data_dir):
    keep = data_dir / "backups" / "before-migration-v1-20240101-000000.sqlite3"
    backups.daily_backup(store, MONDAY)
    keep.write_bytes((data_dir / "backups" / "daily-2025-03-03.sqlite3").read_bytes())
    for n in range(1, 30):
        backups.daily_backup(store, MONDAY + dt.timedelta(days=n))
    assert keep.exists()


def test_restore_backs_up_current_file_first(store, data_dir):
    checkins.save(store, CheckIn(MONDAY, "SOWS", note="old"))
    daily = backups.daily_backup(store, MONDAY)
    checkins.save(store, CheckIn(MONDAY, "SOWS", note="new"))
    checkins.save(store, CheckIn(MONDAY + dt.timedelta(days=1), "SOWS"))
    before = backups.restore(store, daily)
    assert checkins.get(store, MONDAY).note == "old"
    assert records.counts(store)["checkin"] == 1
    assert store.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # the store keeps working, and the copy from before the restore has the new data
    checkins.save(store, CheckIn(MONDAY + dt.timedelta(days=2), "SOWS"))
    store.close()
    copy = [b for b in backups.list_backups(data_dir) if b.path == before][0]
    assert copy.kind == "before-restore" and copy.counts["checkin"] == 2
    reopened = open_store(data_dir)
    assert records.counts(reopened)["checkin"] == 2
    reopened.close()


def test_damaged_backup_is_listed_but_refused(store, data_dir):
    checkins.save(store, CheckIn(MONDAY, "SOWS", note="mine"))
    daily = backups.daily_backup(store, MONDAY)
    raw = bytearray(daily.read_bytes())
    raw[100:4000] = os.urandom(3900)
    daily.write_bytes(bytes(raw))
    listed = {b.path: b for b in backups.list_backups(data_dir)}
    assert not listed[daily].good
    with pytest.raises(StoreError, match="cannot be restored"):
        backups.restore(store, daily)
    assert checkins.get(store, MONDAY).note == "mine"
    assert backups.newest_good(data_dir).kind == "weekly"


def test_set_aside_and_start_from_backup(store, data_dir):
    checkins.save(store, CheckIn(MONDAY, "SOWS", note="kept"))
    daily = backups.daily_backup(store, MONDAY)
    store.close()
    (data_dir / DB_NAME).write_bytes(b"garbage" * 100)
    aside = backups.set_aside_damaged(data_dir)
    assert aside.read_bytes() == b"garbage" * 100 and not (data_dir / DB_NAME).exists()
    backups.start_from_backup(data_dir, daily)
    fresh = open_store(data_dir)
    assert checkins.get(fresh, MONDAY).note == "kept"
    fresh.close()


def test_delete_all_data_removes_database_backups_and_damaged_copies(store, data_dir):
    checkins.save(store, CheckIn(MONDAY, "SOWS"))
    backups.daily_backup(store, MONDAY)
    store.close()
    (data_dir / f"{DB_NAME}.damaged-20250101-000000").write_bytes(b"x")
    (data_dir / "unrelated.txt").write_text("not ours")
    removed = backups.delete_all_data(data_dir)
    assert removed
    left = sorted(p.name for p in data_dir.iterdir())
    assert left == ["unrelated.txt"]


def test_delete_all_data_removes_window_state_but_never_foreign_files(store, data_dir):
    """window.ini holds the names typed for reports; files the app did not write stay."""
    backups.daily_backup(store, MONDAY)
    store.close()
    (data_dir / "window.ini").write_text("[report]\npatient=A. Person\n")
    (data_dir / f"{DB_NAME}-wal").write_bytes(b"")
    (data_dir / f"{DB_NAME}.my-own-copy").write_bytes(b"mine")
    (data_dir / "backups" / "daily-2025-01-01.sqlite3.tmp").write_bytes(b"half")
    (data_dir / "backups" / "my notes.txt").write_text("mine")
    backups.delete_all_data(data_dir)
    assert sorted(p.name for p in data_dir.iterdir()) == ["backups", f"{DB_NAME}.my-own-copy"]
    assert [p.name for p in (data_dir / "backups").iterdir()] == ["my notes.txt"]


def test_a_failed_copy_is_a_store_error_and_leaves_no_partial_file(store, monkeypatch):
    """The window reports backup failures as StoreError; SQLite's own errors stay in store/."""
    import sqlite3

    from taper_desktop.store.db import Store

    def broken(self, target):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"half")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Store, "backup_to", broken)
    with pytest.raises(StoreError, match="disk I/O error"):
        backups.daily_backup(store)
    assert list(backups.backup_dir(store.data_dir).iterdir()) == []
