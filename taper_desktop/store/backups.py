"""Backup copies of the database in <data dir>/backups/, made with the SQLite backup API.

- A daily copy on the first start of each day (daily-YYYY-MM-DD.sqlite3); the last
  14 are kept. The first daily copy of each ISO week is also kept as a weekly copy
  (weekly-YYYY-MM-DD.sqlite3); the last 8 are kept.
- A copy of the current file before every restore (before-restore-...) and before an
  import replaces days (before-import-..., last 5 kept). Copies made before a schema
  migration (before-migration-..., db.py) are never removed automatically.
- Recovery from a damaged file renames it beside the database, never deletes it.
- In a folder protected with a passphrase every copy is encrypted with the database's
  own key (functions take it as key=; store.encryption converts copies of the other kind).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.store import records
from taper_desktop.store import settings as settings_store
from taper_desktop.store.db import (
    BACKUP_DIR,
    DB_NAME,
    KEY_NAME,
    Store,
    StoreError,
    _connect,
    _migrate,
    create_private_file,
    db_errors,
    inspect,
    is_encrypted_file,
    quick_check,
)
from taper_desktop.store.schema import APPLICATION_ID, USER_VERSION

CANNOT_RESTORE = QT_TRANSLATE_NOOP("store", "the backup %1 cannot be restored: it is %2")
KEEP_DAILY = 14
KEEP_WEEKLY = 8
KEEP_BEFORE_IMPORT = 5
SUFFIX = ".sqlite3"
_NAME = re.compile(
    r"^(daily|weekly|before-restore|before-import|before-migration-v\d+)-"
    r"(\d{4}-\d{2}-\d{2}|\d{8}-\d{6})\.sqlite3$"
)


@dataclass
class Backup:
    """One backup file: its kind, when it was made, and what it holds."""

    path: Path
    kind: str  # daily | weekly | before-restore | before-import | before-migration
    made: dt.datetime
    counts: dict[str, int] | None = None  # None when the file cannot be read
    problem: StoreError | None = None  # why it cannot be restored, if it cannot

    @property
    def good(self) -> bool:
        return self.problem is None


def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def _stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")


def _copy(store: Store, target: Path) -> Path:
    """Back store up to target via a temporary name, so no half-written copy is ever seen."""
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    try:
        store.backup_to(tmp)
        # A copy of a WAL database is marked WAL too; readers would then leave -wal/-shm
        # files beside it. A backup is a single self-contained file.
        conn = _connect(tmp, key=store.key)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except db_errors() as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(
            QT_TRANSLATE_NOOP("store", "the backup copy %1 could not be made: %2"), target.name, exc
        ) from None
    os.replace(tmp, target)
    return target


def daily_backup(store: Store, today: dt.date | None = None) -> Path | None:
    """The day's backup, made on the first start of the day; None if it already exists.

    Also keeps one copy per ISO week and prunes copies beyond KEEP_DAILY/KEEP_WEEKLY.
    """
    today = today or dt.date.today()
    folder = backup_dir(store.data_dir)
    daily = folder / f"daily-{today.isoformat()}{SUFFIX}"
    if daily.exists():
        return None
    _copy(store, daily)
    week = today.isocalendar()[:2]
    if not any(b.made.date().isocalendar()[:2] == week for b in _scan(folder, "weekly")):
        weekly = folder / f"weekly-{today.isoformat()}{SUFFIX}"
        tmp = weekly.with_name(weekly.name + ".tmp")
        create_private_file(tmp)
        shutil.copyfile(daily, tmp)
        os.replace(tmp, weekly)
    _prune(folder, "daily", KEEP_DAILY)
    _prune(folder, "weekly", KEEP_WEEKLY)
    return daily


def backup_before(store: Store, what: str, now: dt.datetime | None = None) -> Path:
    """A copy of the current file before a restore or an import that replaces days."""
    if what not in ("restore", "import"):
        raise ValueError(what)
    path = _copy(store, backup_dir(store.data_dir) / f"before-{what}-{_stamp(now)}{SUFFIX}")
    if what == "import":
        _prune(backup_dir(store.data_dir), "before-import", KEEP_BEFORE_IMPORT)
    return path


def _scan(folder: Path, kind: str | None = None) -> list[Backup]:
    """Backup files in folder (newest first), without opening them."""
    found: list[Backup] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        m = _NAME.match(path.name)
        if not m:
            continue
        name, when = m.groups()
        if len(when) == 10:  # daily/weekly: the date in the name, the time it was written
            day = dt.date.fromisoformat(when)
            written = dt.datetime.fromtimestamp(path.stat().st_mtime)
            made = written if written.date() == day else dt.datetime.combine(day, dt.time())
        else:
            made = dt.datetime.strptime(when, "%Y%m%d-%H%M%S")
        found_kind = "before-migration" if name.startswith("before-migration") else name
        if kind is None or found_kind == kind:
            found.append(Backup(path, found_kind, made))
    found.sort(key=lambda b: (b.made, b.kind == "daily", b.path.name), reverse=True)
    return found


def _prune(folder: Path, kind: str, keep: int) -> None:
    for old in _scan(folder, kind)[keep:]:
        for suffix in ("", "-wal", "-shm"):
            old.path.with_name(old.path.name + suffix).unlink(missing_ok=True)


def examine(
    path: Path, key: bytes | None = None
) -> tuple[dict[str, int] | None, StoreError | None]:
    """(counts, problem) of a backup file: problem is None when it can be restored.

    key is the folder's database key when it is protected with a passphrase."""
    if is_encrypted_file(path) and key is None:
        return None, StoreError(
            QT_TRANSLATE_NOOP(
                "store",
                "unreadable (%1 is not a plain database: it is damaged, or encrypted "
                "with a key this diary does not have)",
            ),
            path,
        )
    if key is not None and not is_encrypted_file(path):
        return None, StoreError(
            QT_TRANSLATE_NOOP("store", "unreadable (%1 is not encrypted, unlike this diary)"),
            path,
        )
    try:
        app_id, version, tables = inspect(path, key)
        if app_id != APPLICATION_ID:
            return None, StoreError(QT_TRANSLATE_NOOP("store", "not a Taper Desktop database"))
        if version > USER_VERSION:
            return None, StoreError(
                QT_TRANSLATE_NOOP("store", "from a newer version of Taper Desktop")
            )
        conn = _connect(path, readonly=True, key=key)
        try:
            problems = quick_check(conn)
            if problems:
                return None, StoreError(QT_TRANSLATE_NOOP("store", "damaged (%1)"), problems[0])
            counts = records.counts(Store(conn, path, key))
        finally:
            conn.close()
    except db_errors() + (StoreError,) as exc:
        return None, StoreError(QT_TRANSLATE_NOOP("store", "unreadable (%1)"), exc)
    return counts, None


def list_backups(data_dir: Path, check: bool = True, key: bytes | None = None) -> list[Backup]:
    """Every backup, newest first; with check, each is opened for its counts and soundness."""
    found = _scan(backup_dir(data_dir))
    if check:
        for b in found:
            b.counts, b.problem = examine(b.path, key)
    return found


def newest_good(data_dir: Path, key: bytes | None = None) -> Backup | None:
    for b in _scan(backup_dir(data_dir)):
        b.counts, b.problem = examine(b.path, key)
        if b.good:
            return b
    return None


def restore(store: Store, backup: Path) -> Path:
    """Replace the open store's content with backup's, after copying the current file
    to before-restore-...; returns that copy. The store stays open and usable."""
    counts, problem = examine(backup, store.key)
    if problem:
        raise StoreError(CANNOT_RESTORE, backup.name, problem)
    before = backup_before(store, "restore")
    src = _connect(backup, readonly=True, key=store.key)
    try:
        version = src.execute("PRAGMA user_version").fetchone()[0]
        src.backup(store.conn)
    finally:
        src.close()
    store.conn.execute("PRAGMA journal_mode = WAL")
    _migrate(store.conn, store.path, version, store.key)
    return before


def backup_to_file(store: Store, target: Path) -> Path:
    """A copy of the whole store at a place the person chose (a USB stick, say): complete
    or not there at all, readable by the owner only. Restore from a file takes it back."""
    return _copy(store, Path(target))


@dataclass
class RestorePreview:
    """What a restore would replace: row counts now and in the copy, and each setting
    whose value differs (key, value now, value in the copy)."""

    counts_now: dict[str, int]
    counts_then: dict[str, int]
    settings: list[tuple[str, Any, Any]]


def preview_restore(store: Store, backup: Path) -> RestorePreview:
    """Check backup and list what restoring it would replace; StoreError naming the
    problem when it cannot be restored (nothing is changed either way)."""
    counts, problem = examine(backup, store.key)
    if problem:
        raise StoreError(CANNOT_RESTORE, backup.name, problem)
    conn = _connect(backup, readonly=True, key=store.key)
    try:
        then = settings_store.get_all(Store(conn, backup, store.key))
    finally:
        conn.close()
    now = settings_store.get_all(store)
    changed = [(key, now[key], then[key]) for key in now if now[key] != then.get(key)]
    return RestorePreview(records.counts(store), counts or {}, changed)


def set_aside_damaged(data_dir: Path, now: dt.datetime | None = None) -> Path | None:
    """Rename the database (and its -wal/-shm) to taper.sqlite3.damaged-<stamp>, beside
    it; returns the new name. Nothing is deleted."""
    path = Path(data_dir) / DB_NAME
    if not path.exists():
        return None
    target = path.with_name(f"{DB_NAME}.damaged-{_stamp(now)}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{DB_NAME}.damaged-{_stamp(now)}-{n}")
    for suffix in ("-wal", "-shm"):
        side = path.with_name(DB_NAME + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    os.replace(path, target)
    return target


def start_from_backup(data_dir: Path, backup: Path, key: bytes | None = None) -> None:
    """Make a copy of backup the database file (the damaged one must be set aside first).

    In a folder protected with a passphrase, key is its database key; the key file is
    then bound to the new file."""
    path = Path(data_dir) / DB_NAME
    if path.exists():
        raise StoreError(QT_TRANSLATE_NOOP("store", "%1 still exists; set it aside first"), path)
    counts, problem = examine(backup, key)
    if problem:
        raise StoreError(CANNOT_RESTORE, backup.name, problem)
    tmp = path.with_name(DB_NAME + ".restoring")
    tmp.unlink(missing_ok=True)
    create_private_file(tmp)
    src, dest = _connect(backup, readonly=True, key=key), _connect(tmp, key=key)
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()
    if key is not None:
        from taper_desktop.store import keyfile

        kf = keyfile.load(Path(data_dir) / KEY_NAME)
        kf.database_salt = keyfile.database_salt(tmp)
        kf.save()  # bound to the new file before it takes the database's name
    os.replace(tmp, path)


# What the app itself writes in the data folder. Delete all my data removes exactly these,
# never a file that merely sits there (the person's own notes, another program's files).
_OWN_DB_FILE = re.compile(
    re.escape(DB_NAME) + r"(-wal|-shm|-journal|\.key|\.converting(-journal)?|\.restoring(-journal)?"
    r"|\.damaged-\d{8}-\d{6}(-\d+)?(-wal|-shm|\.converting(-journal)?)?)?$"
)
_OWN_BACKUP_FILE = re.compile(
    _NAME.pattern[:-1] + r"(-wal|-shm|-journal|\.(tmp|converting)(-journal)?)?$"
)
OWN_EXTRA_FILES = ("window.ini", "window.ini.lock")  # window state and report names


def delete_all_data(data_dir: Path, extra_names: tuple[str, ...] = OWN_EXTRA_FILES) -> list[Path]:
    """Remove the database, its backups, damaged copies and extra_names from data_dir.

    Only files the app wrote (matched by name) are removed; backups/ goes too once
    nothing else is left in it. The store must be closed. Only called after the
    person confirmed it. Returns what was removed.
    """
    data_dir = Path(data_dir)
    removed = []

    def remove(path: Path) -> None:
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)

    if data_dir.is_dir():
        for path in sorted(data_dir.iterdir()):
            if _OWN_DB_FILE.match(path.name) or path.name in extra_names:
                remove(path)
    folder = backup_dir(data_dir)
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if _OWN_BACKUP_FILE.match(path.name):
                remove(path)
        if not any(folder.iterdir()):
            folder.rmdir()
            removed.append(folder)
    return removed
