"""Opening, checking and migrating the database file.

The file is <data dir>/taper.sqlite3: WAL journal, foreign keys on, synchronous FULL
(a save is on disk when it returns), application_id "TAPR", schema version in
PRAGMA user_version. Files are created owner-only (0600).

A folder protected with a passphrase holds an SQLCipher 4 database instead, opened
through ``sqlcipher3`` with a raw 32-byte key (store.keyfile keeps that key wrapped);
everything else (pragmas, schema, migrations, queries) is the same. Only this package
knows which kind is open.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from taper_desktop.domain.errors import WordedError
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.store.schema import APPLICATION_ID, MIGRATIONS, USER_VERSION

DB_NAME = "taper.sqlite3"
KEY_NAME = DB_NAME + ".key"
BACKUP_DIR = "backups"
SQLITE_HEADER = b"SQLite format 3\x00"


CONTEXT = "store"
CANNOT_OPEN = QT_TRANSLATE_NOOP("store", "cannot open %1: %2")


class StoreError(WordedError):
    """A problem with the database file, worded for the person who owns it: an English
    text marked ``QT_TRANSLATE_NOOP("store", ...)`` with %1..%9 and its values
    (domain.errors.WordedError), translated where it is shown."""

    context = CONTEXT


class Locked(StoreError):
    """The database is encrypted and no key was given: unlock it first."""


def db_errors() -> tuple[type[Exception], ...]:
    """The exception classes either driver raises (sqlcipher3 only once it is loaded)."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error,) if cipher is None else (sqlite3.Error, cipher.Error)


def is_encrypted_file(path: Path) -> bool:
    """True for a non-empty file that does not start with SQLite's plaintext header."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    return len(head) > 0 and head != SQLITE_HEADER


def now_text() -> str:
    """Local time with offset, to the second: when something was saved."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def create_private_file(path: Path) -> None:
    """Create path empty with mode 0600 if it does not exist."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)


def _connect(path: Path, readonly: bool = False, key: bytes | None = None) -> sqlite3.Connection:
    """A connection in autocommit mode: stdlib sqlite3, or sqlcipher3 when a key is given."""
    driver: Any = sqlite3
    if key is not None:
        from sqlcipher3 import dbapi2  # loaded only for encrypted folders

        driver = dbapi2
    conn: sqlite3.Connection  # sqlcipher3's connection has the same interface
    if readonly:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = driver.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
    else:
        conn = driver.connect(str(path), isolation_level=None, check_same_thread=True)
    if key is not None:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
    conn.row_factory = driver.Row
    return conn


def unreadable(path: Path) -> StoreError:
    """Why a file that is not plain SQLite cannot be opened without a key."""
    key_file = path.with_name(KEY_NAME)
    if key_file.exists():
        return StoreError(
            QT_TRANSLATE_NOOP(
                "store", "%1 is encrypted; it opens with its passphrase or recovery code"
            ),
            path,
        )
    return StoreError(
        QT_TRANSLATE_NOOP(
            "store",
            "%1 is not a readable Taper Desktop database: it is damaged, or it is "
            "encrypted and its key file %2 is missing from %3. Nothing was changed",
        ),
        path,
        key_file.name,
        path.parent,
    )


def cipher_version() -> str:
    """The SQLCipher library's version (loads sqlcipher3)."""
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()


def inspect(path: Path, key: bytes | None = None) -> tuple[int, int, int]:
    """(application_id, user_version, table count) of an existing file, read only.

    Raises StoreError for a file that is not a readable SQLite database, and Locked for
    an encrypted one when no key is given."""
    if key is None and is_encrypted_file(path):
        raise unreadable(path)
    try:
        conn = _connect(path, readonly=True, key=key)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
        finally:
            conn.close()
    except db_errors() as exc:
        if key is not None:
            raise StoreError(
                QT_TRANSLATE_NOOP("store", "%1 does not open with this key (%2)"), path, exc
            ) from None
        raise StoreError(
            QT_TRANSLATE_NOOP("store", "%1 is not a readable Taper Desktop database (%2)"),
            path,
            exc,
        ) from None
    return app_id, version, tables


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """Problems found by SQLite's quick check; empty when the file is sound."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
    except db_errors() as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


class Store:
    """One connection to the database, used from one thread."""

    def __init__(self, conn: sqlite3.Connection, path: Path, key: bytes | None = None):
        self.conn = conn
        self.path = path
        self.key = key  # the SQLCipher key when the file is encrypted; never written out

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action = one transaction: all of it is stored or none of it."""
        if self.conn.in_transaction:  # nested: the outer transaction decides
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:  # a failed COMMIT too: none of it is stored
                self.conn.execute("ROLLBACK")
            raise

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def quick_check(self) -> list[str]:
        return quick_check(self.conn)

    def backup_to(self, target: Path) -> Path:
        """Copy the whole database to target with the SQLite backup API (safe in WAL)."""
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        create_private_file(target)
        dest = _connect(target, key=self.key)  # a copy of an encrypted file is encrypted
        try:
            self.conn.backup(dest)
        finally:
            dest.close()
        return target

    def can_write(self) -> bool:
        """False when SQLite opened the file read-only (write-protected file or disk).

        Writes the header's own value inside a transaction that is rolled back, so the
        file is never changed."""
        version = self.schema_version()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.execute(f"PRAGMA user_version = {int(version)}")
            finally:
                self.conn.execute("ROLLBACK")
        except db_errors() as exc:
            if (
                getattr(exc, "sqlite_errorcode", 0) & 0xFF
            ) == sqlite3.SQLITE_READONLY or "readonly" in str(exc):
                return False
            raise
        return True

    def open_another(self) -> Store:
        """A second connection to the same file, for work on another thread (a SQLite
        connection belongs to the thread that made it); the caller closes it."""
        try:
            conn = _connect(self.path, key=self.key)
            _configure(conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(CANNOT_OPEN, self.path, exc) from None
        return Store(conn, self.path, self.key)

    def stop_when(self, cancelled: Callable[[], bool]) -> None:
        """Once cancelled() is true, this connection commits nothing more: the statement
        running is interrupted (once, so the rollback can run) and every statement
        prepared afterwards is refused, ROLLBACK excepted. COMMIT is prepared afresh on a
        new connection, so a transaction under way is rolled back. For a connection made
        with open_another for one piece of work."""
        interrupted: list[bool] = []

        def progress() -> int:
            if cancelled() and not interrupted:
                interrupted.append(True)
                return 1
            return 0

        def authorize(action: int, arg1: str | None, *_rest: str | None) -> int:
            if cancelled() and not (action == sqlite3.SQLITE_TRANSACTION and arg1 == "ROLLBACK"):
                return sqlite3.SQLITE_DENY
            return sqlite3.SQLITE_OK

        self.conn.set_progress_handler(progress, 1000)
        self.conn.set_authorizer(authorize)

    def close(self) -> None:
        self.conn.close()


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")


def _migrate(conn: sqlite3.Connection, path: Path, version: int, key: bytes | None = None) -> None:
    if 0 < version < USER_VERSION:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.parent / BACKUP_DIR / f"before-migration-v{version}-{stamp}.sqlite3"
        Store(conn, path, key).backup_to(backup)
    while version < USER_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _split(MIGRATIONS[version]):
                conn.execute(statement)
            if version == 0:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        version += 1


def _split(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError("migration script ends with an incomplete statement")
    return statements


def prepare_data_dir(data_dir: Path) -> Path:
    """Create the data directory owner-only (0700) and check it can be written."""
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("store", "cannot create the data folder %1: %2"),
            data_dir,
            exc.strerror,
        ) from None
    if not data_dir.is_dir():
        raise StoreError(QT_TRANSLATE_NOOP("store", "the data folder %1 is not a folder"), data_dir)
    if not os.access(data_dir, os.W_OK | os.X_OK):
        raise StoreError(QT_TRANSLATE_NOOP("store", "the data folder %1 is not writable"), data_dir)
    return data_dir


def open_store(
    data_dir: Path, *, create: bool = True, check: bool = True, key: bytes | None = None
) -> Store:
    """Open (creating or migrating as needed) the database in data_dir.

    Refuses, with StoreError and without altering the file, a file that is not a
    Taper Desktop database, one from a newer version of the app, or one that fails
    SQLite's quick check. An encrypted file needs its key (store.encryption.unlock);
    without it Locked is raised. A key given for a plaintext file is not used.
    """
    path = Path(data_dir) / DB_NAME
    exists = path.exists() and path.stat().st_size > 0
    if exists and not is_encrypted_file(path):
        key = None
        # A key file beside a plaintext database is what a stopped conversion leaves.
        Path(data_dir, KEY_NAME).unlink(missing_ok=True)
    if exists:
        if key is None and is_encrypted_file(path):
            if not Path(data_dir, KEY_NAME).exists():
                raise unreadable(path)
            raise Locked(
                QT_TRANSLATE_NOOP("store", "the diary in %1 is protected with a passphrase"),
                data_dir,
            )
        app_id, version, tables = inspect(path, key)
        if app_id != APPLICATION_ID and (app_id != 0 or version != 0 or tables != 0):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "store", "%1 is a SQLite file of another program, not Taper Desktop"
                ),
                path,
            )
        if version > USER_VERSION:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "store",
                    "%1 was written by a newer Taper Desktop (schema version %2; "
                    "this version reads up to %3). Please update the app.",
                ),
                path,
                version,
                USER_VERSION,
            )
        if check:
            ro = _connect(path, readonly=True, key=key)
            try:
                problems = quick_check(ro)
            finally:
                ro.close()
            if problems:
                raise StoreError(QT_TRANSLATE_NOOP("store", "%1 is damaged: %2"), path, problems[0])
    elif not create:
        raise StoreError(QT_TRANSLATE_NOOP("store", "there is no database in %1"), data_dir)
    else:
        prepare_data_dir(Path(data_dir))
        try:
            create_private_file(path)
        except OSError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP("store", "cannot create %1: %2"), path, exc.strerror
            ) from None
        version = 0
    try:
        conn = _connect(path, key=key)
        _configure(conn)
        _migrate(conn, path, version, key)
    except db_errors() as exc:
        raise StoreError(CANNOT_OPEN, path, exc) from None
    return Store(conn, path, key)
