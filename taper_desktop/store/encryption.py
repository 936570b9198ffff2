"""Protecting a data folder with a passphrase, and taking the protection off again.

Each conversion writes the whole database into a new file with SQLCipher's
sqlcipher_export, fsyncs it, and renames it over the old one, so a kill at any moment
leaves either the old store or the new one, whole. Backups (and any damaged copies set
aside) are converted the same way, or deleted when they cannot be read; the caller is
told which. Order matters for crash safety:

- encrypt: new encrypted file, key file, rename; then the backups. A plaintext backup
  left by a kill is converted the next time the folder is unlocked (sweep).
- decrypt: backups first (while the key file still exists), then the new plaintext
  file, rename, and only then the key file goes. A key file beside a plaintext
  database is stale and open_store removes it.
- a new passphrase or recovery code rewrites only the key file, atomically.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.privatefile import fsync_folder
from taper_desktop.store import keyfile
from taper_desktop.store.db import (
    BACKUP_DIR,
    DB_NAME,
    KEY_NAME,
    Store,
    StoreError,
    create_private_file,
    db_errors,
    inspect,
    is_encrypted_file,
    open_store,
)
from taper_desktop.store.keyfile import KeyFileError, WrongSecret

__all__ = [
    "KeyFileError",
    "WrongSecret",
    "Converted",
    "folder_state",
    "unlock",
    "encrypt",
    "decrypt",
    "change_passphrase",
    "new_recovery_code",
    "sweep",
    "key_file",
]

NONE, PLAIN, ENCRYPTED = "none", "plain", "encrypted"
TEMP_SUFFIX = ".converting"
NOT_PROTECTED = QT_TRANSLATE_NOOP("store", "the diary is not protected with a passphrase")
_SIDE_COPY = re.compile(re.escape(DB_NAME) + r"\.(damaged-\d{8}-\d{6}(-\d+)?|restoring)$")


@dataclass
class Converted:
    """What a conversion did to the copies beside the database."""

    recovery_code: str = ""
    converted: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)  # unreadable copies, deleted


def key_file(data_dir: Path) -> Path:
    return Path(data_dir) / KEY_NAME


def folder_state(data_dir: Path) -> str:
    """NONE (no database yet), PLAIN or ENCRYPTED (a file that is not plain SQLite, with a
    key file beside it). A non-SQLite file without a key file counts as PLAIN: opening it
    then fails with a message naming the missing key file."""
    path = Path(data_dir) / DB_NAME
    if not path.exists() or path.stat().st_size == 0:
        return NONE
    return ENCRYPTED if is_encrypted_file(path) and key_file(data_dir).exists() else PLAIN


def check_key_file(data_dir: Path) -> keyfile.KeyFile:
    """The folder's key file, checked against its database (no secret needed)."""
    kf = keyfile.load(key_file(data_dir))
    kf.check_database(Path(data_dir) / DB_NAME)
    return kf


def unlock(data_dir: Path, secret: str) -> bytes:
    """The database key for the folder, from its passphrase or recovery code.

    Reads files only. WrongSecret for a wrong or empty secret; KeyFileError for a
    missing, damaged or foreign key file."""
    kf = check_key_file(data_dir)
    key = kf.unlock(secret)
    try:
        inspect(Path(data_dir) / DB_NAME, key)
    except StoreError:
        raise KeyFileError(
            QT_TRANSLATE_NOOP(
                "store",
                "the key file %1 does not open the diary in %2; it may come from another folder",
            ),
            KEY_NAME,
            data_dir,
        ) from None
    return key


def key_opens(data_dir: Path, key: bytes) -> bool:
    """True when key (e.g. remembered in the keyring) still opens the folder's database."""
    try:
        check_key_file(data_dir)
        inspect(Path(data_dir) / DB_NAME, key)
    except StoreError:
        return False
    return True


# ---- the conversion itself --------------------------------------------------------
def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    fsync_folder(folder)  # the one folder fsync, shared with every private-file write


def _key_sql(key: bytes | None) -> str:
    return f"\"x'{key.hex()}'\"" if key is not None else "''"


def export(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None) -> None:
    """Write source's whole content to the new file target (encrypted with target_key,
    or plaintext without one), fsynced, and check it opens and passes quick_check."""
    from sqlcipher3 import dbapi2

    target.unlink(missing_ok=True)
    Path(str(target) + "-journal").unlink(missing_ok=True)
    create_private_file(target)
    try:
        conn = dbapi2.connect(str(source), isolation_level=None)
        try:
            if source_key is not None:
                conn.execute(f"PRAGMA key = {_key_sql(source_key)}")
                conn.execute("PRAGMA cipher_compatibility = 4")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            conn.execute(f"ATTACH DATABASE ? AS target KEY {_key_sql(target_key)}", (str(target),))
            if target_key is not None:
                conn.execute("PRAGMA target.cipher_compatibility = 4")
            conn.execute("PRAGMA target.journal_mode = DELETE")
            conn.execute("SELECT sqlcipher_export('target')")
            conn.execute(f"PRAGMA target.user_version = {int(version)}")
            conn.execute(f"PRAGMA target.application_id = {int(app_id)}")
            conn.execute("DETACH DATABASE target")
        finally:
            conn.close()
        _fsync(target)
        if inspect(target, target_key)[1] != version:
            raise StoreError(
                QT_TRANSLATE_NOOP("store", "the new copy %1 does not read back"), target.name
            )
    except db_errors() + (StoreError, OSError) as exc:
        target.unlink(missing_ok=True)
        raise StoreError(
            QT_TRANSLATE_NOOP("store", "%1 could not be converted: %2"), source.name, exc
        ) from None


def _replace(tmp: Path, path: Path) -> None:
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _close(store: Store) -> None:
    """Checkpoint and close, so no -wal holds data the new file lacks."""
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(store.path) + suffix).unlink(missing_ok=True)


def _reopen(store: Store, key: bytes | None) -> None:
    fresh = open_store(store.data_dir, create=False, key=key)
    store.conn, store.key = fresh.conn, fresh.key


def _copies(data_dir: Path) -> list[Path]:
    """Every other copy of the data in the folder: backups and damaged files set aside."""
    found = []
    folder = Path(data_dir) / BACKUP_DIR
    if folder.is_dir():
        found += sorted(p for p in folder.iterdir() if p.is_file() and p.name.endswith(".sqlite3"))
    found += sorted(p for p in Path(data_dir).iterdir() if _SIDE_COPY.match(p.name))
    return found


def _leftovers(data_dir: Path) -> list[Path]:
    """Temporary files a stopped backup or conversion may have left."""
    found = [
        p
        for p in Path(data_dir).iterdir()
        if p.name.endswith(TEMP_SUFFIX) or p.name.endswith(TEMP_SUFFIX + "-journal")
    ]
    folder = Path(data_dir) / BACKUP_DIR
    if folder.is_dir():
        found += [
            p
            for p in folder.iterdir()
            if p.name.endswith((".tmp", ".tmp-journal", TEMP_SUFFIX, "-journal"))
        ]
    return found


def _convert_copies(
    data_dir: Path, source_key: bytes | None, target_key: bytes | None, done: Converted
) -> None:
    """Bring every copy not yet of the target kind to it; delete those that cannot be."""
    for leftover in _leftovers(data_dir):
        leftover.unlink(missing_ok=True)
    want_encrypted = target_key is not None
    for path in _copies(data_dir):
        is_enc = is_encrypted_file(path)
        if is_enc == want_encrypted and path.stat().st_size > 0:
            continue
        tmp = path.with_name(path.name + TEMP_SUFFIX)
        try:
            export(path, source_key if is_enc else None, tmp, target_key)
        except StoreError:
            path.unlink(missing_ok=True)  # unreadable: it must not stay as plaintext
            for suffix in ("-wal", "-shm", "-journal"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            done.removed.append(path)
            continue
        _replace(tmp, path)
        done.converted.append(path)


def sweep(store: Store) -> Converted:
    """After opening: finish what a stopped conversion left (copies of the other kind,
    temporary files). Cheap when there is nothing to do."""
    done = Converted()
    _convert_copies(store.data_dir, store.key, store.key, done)
    return done


def encrypt(store: Store, passphrase: str) -> Converted:
    """Protect the open plaintext store with passphrase; the store stays open (now
    encrypted). Returns the recovery code, shown to the person once."""
    problem = keyfile.passphrase_problem(passphrase)
    if problem:
        raise problem
    if store.encrypted:
        raise StoreError(
            QT_TRANSLATE_NOOP("store", "the diary is already protected with a passphrase")
        )
    data_dir, path = store.data_dir, store.path
    key, code = keyfile.new_key(), keyfile.new_recovery_code()
    tmp = path.with_name(DB_NAME + TEMP_SUFFIX)
    _close(store)
    try:
        export(path, None, tmp, key)
        keyfile.create(key_file(data_dir), key, tmp, passphrase, code).save()
        _replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        _reopen(store, None)
        raise
    _reopen(store, key)
    done = Converted(recovery_code=code)
    _convert_copies(data_dir, None, key, done)
    return done


def decrypt(store: Store) -> Converted:
    """Take the protection off the open, unlocked store; it stays open, plaintext."""
    if not store.encrypted:
        raise StoreError(NOT_PROTECTED)
    data_dir, path, key = store.data_dir, store.path, store.key
    done = Converted()
    _convert_copies(data_dir, key, None, done)
    tmp = path.with_name(DB_NAME + TEMP_SUFFIX)
    _close(store)
    try:
        export(path, key, tmp, None)
        _replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        _reopen(store, key)
        raise
    keyfile.remove(key_file(data_dir))
    _reopen(store, None)
    return done


def change_passphrase(store: Store, passphrase: str) -> None:
    """Rewrap the key under a new passphrase; the database is not rewritten."""
    problem = keyfile.passphrase_problem(passphrase)
    if problem:
        raise problem
    kf, key = _own_key_file(store)
    kf.slots[keyfile.PASSPHRASE] = keyfile.wrap(key, keyfile.PASSPHRASE, passphrase)
    kf.save()


def new_recovery_code(store: Store) -> str:
    """A new recovery code; the old one stops working. Returns it to show once."""
    kf, key = _own_key_file(store)
    code = keyfile.new_recovery_code()
    kf.slots[keyfile.RECOVERY] = keyfile.wrap(key, keyfile.RECOVERY, code)
    kf.save()
    return code


def _own_key_file(store: Store) -> tuple[keyfile.KeyFile, bytes]:
    """The open diary's key file and its key."""
    if store.key is None:
        raise StoreError(NOT_PROTECTED)
    return check_key_file(store.data_dir), store.key


def rebind_key_file(data_dir: Path) -> None:
    """After the database file was replaced by a copy (start from a backup): the key
    file now belongs to the new file. The key itself is unchanged."""
    path = key_file(data_dir)
    if path.exists() and is_encrypted_file(Path(data_dir) / DB_NAME):
        kf = keyfile.load(path)
        kf.database_salt = keyfile.database_salt(Path(data_dir) / DB_NAME)
        kf.save()


__all__ += ["NONE", "PLAIN", "ENCRYPTED", "check_key_file", "key_opens", "rebind_key_file"]
