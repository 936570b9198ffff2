"""The diary encrypted at rest: key file, unlocking, converting, backups, and the command line."""

import datetime as dt
import hashlib
import json
import shutil
import time
from pathlib import Path

import pytest

from taper_desktop.cli import common as cli_common
from taper_desktop.cli import main
from taper_desktop.demo import fill_demo
from taper_desktop.store import backups, db, encryption, keyfile, open_store, records
from taper_desktop.store.db import KEY_NAME, Locked, StoreError

PASS, OTHER = "correct horse battery", "another long passphrase"
# What a search of the folder must never find once it is encrypted.
SECRETS = [
    b"SQLite format 3",
    b"Kratom",
    b"kratom",
    b"Dr. Rivera",
    b"Slept badly",
    "Kratom".encode("utf-16-le"),
]


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    """Keep the tests fast: the cost is stored per slot, so unlocking follows it."""
    monkeypatch.setattr(keyfile, "SCRYPT_N", 2**10)


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def digest(folder: Path) -> dict[str, str]:
    return {k: hashlib.sha256(v).hexdigest() for k, v in folder_bytes(folder).items()}


def assert_no_plaintext(folder: Path) -> None:
    files = folder_bytes(folder)
    assert files, "nothing to search"
    for name, data in files.items():
        for secret in SECRETS:
            assert secret not in data, f"{secret!r} found in {name}"


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    """A demo folder, plain and encrypted with PASS, made once for the module (copied per
    test: filling the demo is the slow part)."""
    import pytest as _pytest

    patch = _pytest.MonkeyPatch()
    patch.setattr(keyfile, "SCRYPT_N", 2**10)
    root = tmp_path_factory.mktemp("templates")
    store = open_store(root / "plain")
    fill_demo(store)
    backups.daily_backup(store)
    store.close()
    shutil.copytree(root / "plain", root / "encrypted")
    store = open_store(root / "encrypted")
    code = encryption.encrypt(store, PASS).recovery_code
    store.close()
    patch.undo()
    return root, code


@pytest.fixture
def demo_store(templates, data_dir):
    def make(folder: Path = data_dir):
        shutil.copytree(templates[0] / "plain", folder)
        return open_store(folder)

    return make


@pytest.fixture
def encrypted_folder(templates, data_dir):
    """A demo folder encrypted with PASS; returns the recovery code."""

    def make(folder: Path = data_dir) -> str:
        shutil.copytree(templates[0] / "encrypted", folder)
        return templates[1]

    return make


# ---- the store ------------------------------------------------------------------
def test_encrypting_keeps_every_record_and_leaves_no_plaintext_in_the_folder(data_dir, demo_store):
    store = demo_store(data_dir)
    before = records.counts(store)
    done = encryption.encrypt(store, PASS)
    assert store.encrypted and records.counts(store) == before  # same object, still open
    assert len(done.converted) == 2  # the daily and the weekly copy
    assert {p.parent.name for p in done.converted} == {"backups"} and not done.removed
    store.close()
    assert_no_plaintext(data_dir)
    assert (
        not (data_dir / "taper.sqlite3-wal").exists()
        or b"SQLite format 3" not in (data_dir / "taper.sqlite3-wal").read_bytes()
    )
    key = encryption.unlock(data_dir, PASS)
    store = open_store(data_dir, key=key)
    try:
        assert records.counts(store) == before
        assert store.quick_check() == []
        assert store.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert store.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA512"
    finally:
        store.close()
    assert_no_plaintext(data_dir)


def test_an_encrypted_store_cannot_be_opened_without_its_key(data_dir, encrypted_folder):
    encrypted_folder(data_dir)
    with pytest.raises(Locked):
        open_store(data_dir)
    (data_dir / KEY_NAME).unlink()
    before = digest(data_dir)
    with pytest.raises(StoreError, match="key file taper.sqlite3.key is missing"):
        open_store(data_dir)
    assert digest(data_dir) == before


def test_recovery_code_opens_as_typed_in_any_case_and_spacing(data_dir, encrypted_folder):
    code = encrypted_folder(data_dir)
    key = encryption.unlock(data_dir, PASS)
    assert encryption.unlock(data_dir, code) == key
    assert encryption.unlock(data_dir, " " + code.lower().replace("-", " ") + " ") == key


@pytest.mark.parametrize("secret", ["", "wrong passphrase", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF"])
def test_a_wrong_or_empty_secret_says_so_and_changes_no_byte(data_dir, secret, encrypted_folder):
    encrypted_folder(data_dir)
    before = digest(data_dir)
    with pytest.raises(encryption.WrongSecret):
        encryption.unlock(data_dir, secret)
    assert digest(data_dir) == before


def test_a_missing_key_file_is_named_and_nothing_is_altered(data_dir, encrypted_folder):
    encrypted_folder(data_dir)
    (data_dir / KEY_NAME).unlink()
    before = digest(data_dir)
    with pytest.raises(encryption.KeyFileError, match="key file taper.sqlite3.key is missing"):
        encryption.unlock(data_dir, PASS)
    assert digest(data_dir) == before


def test_a_corrupted_key_file_is_named_and_nothing_is_altered(data_dir, encrypted_folder):
    encrypted_folder(data_dir)
    path = data_dir / KEY_NAME
    data = json.loads(path.read_text())
    data["slots"]["passphrase"]["sealed"] = "not base64!"
    path.write_text(json.dumps(data))
    before = digest(data_dir)
    with pytest.raises(encryption.KeyFileError, match="is damaged"):
        encryption.unlock(data_dir, PASS)
    path.write_bytes(b"\x00garbage")
    with pytest.raises(encryption.KeyFileError, match="is damaged"):
        encryption.unlock(data_dir, PASS)
    assert {k: v for k, v in digest(data_dir).items() if k != KEY_NAME} == {
        k: v for k, v in before.items() if k != KEY_NAME
    }


def test_a_flipped_byte_in_a_sealed_key_does_not_open(data_dir, encrypted_folder):
    encrypted_folder(data_dir)
    path = data_dir / KEY_NAME
    data = json.loads(path.read_text())
    sealed = bytearray(keyfile._unb64(data["slots"]["passphrase"]["sealed"]))
    sealed[3] ^= 1
    data["slots"]["passphrase"]["sealed"] = keyfile._b64(bytes(sealed))
    path.write_text(json.dumps(data))
    with pytest.raises(encryption.WrongSecret):
        encryption.unlock(data_dir, PASS)


def test_a_key_file_from_another_folder_is_recognised_before_any_secret(
    data_dir, tmp_path, encrypted_folder
):
    encrypted_folder(data_dir)
    other = tmp_path / "other"
    store = open_store(other)
    encryption.encrypt(store, PASS)  # same passphrase, different key and database
    store.close()
    (data_dir / KEY_NAME).write_bytes((other / KEY_NAME).read_bytes())
    before = digest(data_dir)
    with pytest.raises(encryption.KeyFileError, match="belongs to another diary"):
        encryption.check_key_file(data_dir)
    with pytest.raises(encryption.KeyFileError, match="belongs to another diary"):
        encryption.unlock(data_dir, PASS)
    assert digest(data_dir) == before


def test_a_newer_key_file_format_is_refused_by_name(data_dir, encrypted_folder):
    encrypted_folder(data_dir)
    path = data_dir / KEY_NAME
    data = json.loads(path.read_text())
    data["version"] = 99
    path.write_text(json.dumps(data))
    with pytest.raises(encryption.KeyFileError, match="version 99"):
        encryption.unlock(data_dir, PASS)


def test_changing_the_passphrase_rewraps_the_key_only(data_dir, encrypted_folder):
    code = encrypted_folder(data_dir)
    key = encryption.unlock(data_dir, PASS)
    store = open_store(data_dir, key=key)
    store.close()
    database = (data_dir / "taper.sqlite3").read_bytes()
    store = open_store(data_dir, key=key)
    try:
        encryption.change_passphrase(store, OTHER)
        with pytest.raises(StoreError, match="at least 8"):
            encryption.change_passphrase(store, "short")
    finally:
        store.close()
    assert (data_dir / "taper.sqlite3").read_bytes() == database
    with pytest.raises(encryption.WrongSecret):
        encryption.unlock(data_dir, PASS)
    assert encryption.unlock(data_dir, OTHER) == key
    assert encryption.unlock(data_dir, code) == key


def test_a_new_recovery_code_retires_the_old_one(data_dir, encrypted_folder):
    old = encrypted_folder(data_dir)
    key = encryption.unlock(data_dir, PASS)
    store = open_store(data_dir, key=key)
    try:
        new = encryption.new_recovery_code(store)
    finally:
        store.close()
    assert new != old
    with pytest.raises(encryption.WrongSecret):
        encryption.unlock(data_dir, old)
    assert encryption.unlock(data_dir, new) == key == encryption.unlock(data_dir, PASS)


def test_decrypting_gives_back_a_plain_store_and_removes_the_key_file(data_dir, encrypted_folder):
    encrypted_folder(data_dir)
    store = open_store(data_dir, key=encryption.unlock(data_dir, PASS))
    counts = records.counts(store)
    done = encryption.decrypt(store)
    assert not store.encrypted and records.counts(store) == counts
    assert done.converted and not done.removed
    store.close()
    assert not (data_dir / KEY_NAME).exists()
    for path in [data_dir / "taper.sqlite3", *done.converted]:
        assert path.read_bytes().startswith(b"SQLite format 3\x00")
    assert all(b.good for b in backups.list_backups(data_dir))


def test_an_unreadable_backup_is_deleted_and_named_rather_than_left_in_plaintext(
    data_dir, demo_store
):
    store = demo_store(data_dir)
    bad = backups.backup_dir(data_dir) / "daily-2020-01-01.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"Kratom" * 50)
    done = encryption.encrypt(store, PASS)
    store.close()
    assert done.removed == [bad] and not bad.exists()
    assert_no_plaintext(data_dir)


def test_backups_restore_and_start_from_backup_stay_encrypted(data_dir, encrypted_folder):
    encrypted_folder(data_dir)
    key = encryption.unlock(data_dir, PASS)
    store = open_store(data_dir, key=key)
    try:
        copy = backups.backup_before(store, "import")
        listed = backups.list_backups(data_dir, key=key)
        assert listed and all(b.good for b in listed)
        assert not backups.list_backups(data_dir)[0].good  # no key: cannot be read
        store.execute("DELETE FROM checkin")
        backups.restore(store, copy)
        assert records.counts(store)["checkin"] == 85
    finally:
        store.close()
    assert_no_plaintext(data_dir)
    backups.set_aside_damaged(data_dir)
    backups.start_from_backup(data_dir, copy, key=key)
    assert encryption.unlock(data_dir, PASS) == key  # the key file follows the new file
    store = open_store(data_dir, key=key)
    try:
        assert records.counts(store)["checkin"] == 85
    finally:
        store.close()
    assert_no_plaintext(data_dir)


def test_a_migration_of_an_encrypted_store_keeps_everything_encrypted(
    data_dir, monkeypatch, encrypted_folder
):
    encrypted_folder(data_dir)
    key = encryption.unlock(data_dir, PASS)
    version = db.USER_VERSION
    monkeypatch.setattr(db, "USER_VERSION", version + 1)
    monkeypatch.setattr(
        db, "MIGRATIONS", {**db.MIGRATIONS, version: "CREATE TABLE probe (x INTEGER);"}
    )
    store = open_store(data_dir, key=key)
    try:
        assert store.schema_version() == version + 1
        assert records.counts(store)["checkin"] == 85
    finally:
        store.close()
    made = [b for b in backups.list_backups(data_dir, key=key) if b.kind == "before-migration"]
    assert made and made[0].good
    assert_no_plaintext(data_dir)


def test_a_plaintext_copy_left_by_a_stopped_conversion_is_encrypted_at_next_unlock(
    data_dir, demo_store, encrypted_folder
):
    encrypted_folder(data_dir)
    key = encryption.unlock(data_dir, PASS)
    plain = demo_store(data_dir / "elsewhere")
    stray = backups.backup_dir(data_dir) / "daily-2020-02-02.sqlite3"
    plain.backup_to(stray)
    plain.close()
    store = open_store(data_dir, key=key)
    try:
        done = encryption.sweep(store)
    finally:
        store.close()
    assert done.converted == [stray]
    shutil.rmtree(data_dir / "elsewhere")
    assert_no_plaintext(data_dir)


def test_a_stale_key_file_beside_a_plain_database_is_removed(data_dir, demo_store):
    store = demo_store(data_dir)
    store.close()
    (data_dir / KEY_NAME).write_text("{}")
    open_store(data_dir).close()
    assert not (data_dir / KEY_NAME).exists()


def test_delete_all_my_data_removes_the_key_file(data_dir, encrypted_folder):
    encrypted_folder(data_dir)
    removed = backups.delete_all_data(data_dir)
    assert data_dir / KEY_NAME in removed
    assert not any(data_dir.iterdir())


def test_key_file_is_private_and_versioned(data_dir, demo_store, encrypted_folder):
    encrypted_folder(data_dir)
    path = data_dir / KEY_NAME
    assert path.stat().st_mode & 0o077 == 0
    data = json.loads(path.read_text())
    assert data["format"] == keyfile.FORMAT and data["version"] == keyfile.VERSION
    assert set(data["slots"]) == {"passphrase", "recovery"}
    assert data["slots"]["passphrase"]["kdf"] == "scrypt"
    assert PASS.encode() not in path.read_bytes()


# ---- the command line -----------------------------------------------------------
def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def no_terminal(monkeypatch):
    monkeypatch.setattr(cli_common, "has_terminal", lambda: False)
    import taper_desktop.cli.change_passphrase as chg
    import taper_desktop.cli.decrypt as dec
    import taper_desktop.cli.encrypt as enc

    for module in (enc, dec, chg):
        monkeypatch.setattr(module, "has_terminal", lambda: False)


@pytest.fixture
def pw(tmp_path):
    def write(name: str, text: str) -> str:
        path = tmp_path / name
        path.write_text(text + "\nsecond line ignored\n")
        return str(path)

    return write


def cli_encrypt(capsys, pw, demo_store) -> str:
    demo_store().close()
    code, out, err = run(capsys, "encrypt", "--new-passphrase-file", pw("new", PASS))
    assert code == 0, err
    lines = [line for line in out.splitlines() if line.startswith("Recovery code: ")]
    assert len(lines) == 1 and out.count(lines[0][15:]) == 1
    return lines[0][len("Recovery code: ") :]


def test_cli_encrypt_prints_the_recovery_code_once_and_every_command_then_needs_the_secret(
    capsys, pw, no_terminal, data_dir, tmp_path, demo_store
):
    code = cli_encrypt(capsys, pw, demo_store)
    assert_no_plaintext(data_dir)
    started = time.monotonic()
    status, out, err = run(capsys, "check-db")
    assert status == 1 and out == "" and "--passphrase-file" in err
    assert len(err.strip().splitlines()) == 1
    assert time.monotonic() - started < 5  # fails at once, never waits for input
    status, out, err = run(capsys, "--passphrase-file", pw("p", PASS), "check-db")
    assert status == 0, err
    assert "encrypted:      yes" in out and "SQLCipher:      4." in out
    status, out, err = run(capsys, "check-db", "--passphrase-file", pw("c", code))
    assert status == 0 and "check-ins" in out
    target = tmp_path / "all.json"
    status, out, err = run(capsys, "export-json", str(target), "--passphrase-file", pw("p", PASS))
    assert status == 0, err
    assert target.stat().st_mode & 0o077 == 0
    last = dt.date.today()
    status, out, err = run(
        capsys,
        "report",
        "--from",
        str(last - dt.timedelta(days=6)),
        "--to",
        str(last),
        "--out",
        str(tmp_path / "r.pdf"),
        "--passphrase-file",
        pw("p", PASS),
    )
    assert status == 0, err
    assert_no_plaintext(data_dir)


def test_cli_wrong_secret_exits_1_and_changes_no_byte(
    capsys, pw, no_terminal, data_dir, tmp_path, demo_store
):
    cli_encrypt(capsys, pw, demo_store)
    before = digest(data_dir)
    for command in (
        ["check-db"],
        ["decrypt", "--yes"],
        ["change-passphrase", "--new-recovery-code"],
        ["export-csv", str(tmp_path / "out.csv")],
    ):
        status, out, err = run(capsys, *command, "--passphrase-file", pw("w", "wrong secret!"))
        assert status == 1 and "not right" in err and "nothing was changed" in err, command
    status, out, err = run(capsys, "check-db", "--passphrase-file", pw("e", ""))
    assert status == 1 and "no passphrase" in err
    assert digest(data_dir) == before


def test_cli_missing_key_file_is_named(capsys, pw, no_terminal, data_dir, demo_store):
    cli_encrypt(capsys, pw, demo_store)
    (data_dir / KEY_NAME).unlink()
    before = digest(data_dir)
    status, out, err = run(capsys, "check-db", "--passphrase-file", pw("p", PASS))
    assert status == 1 and "key file taper.sqlite3.key is missing" in err
    status, out, err = run(capsys, "check-db")  # named before asking for anything
    assert status == 1 and "key file taper.sqlite3.key is missing" in err
    assert len(err.strip().splitlines()) == 1
    assert digest(data_dir) == before


def test_cli_change_passphrase_decrypt_and_usage(capsys, pw, no_terminal, data_dir, demo_store):
    code = cli_encrypt(capsys, pw, demo_store)
    status, out, err = run(capsys, "change-passphrase", "--passphrase-file", pw("c", code))
    assert status == 1 and "--new-passphrase-file" in err
    status, out, err = run(
        capsys,
        "change-passphrase",
        "--passphrase-file",
        pw("c", code),
        "--new-passphrase-file",
        pw("n", OTHER),
    )
    assert status == 0, err
    status, out, err = run(
        capsys, "change-passphrase", "--new-recovery-code", "--passphrase-file", pw("n", OTHER)
    )
    assert status == 0 and out.count("Recovery code: ") == 1
    new_code = out.split("Recovery code: ")[1].strip()
    assert run(capsys, "check-db", "--passphrase-file", pw("c", code))[0] == 1
    assert run(capsys, "check-db", "--passphrase-file", pw("c", new_code))[0] == 0
    status, out, err = run(capsys, "decrypt", "--passphrase-file", pw("n", OTHER))
    assert status == 1 and "--yes" in err
    status, out, err = run(capsys, "decrypt", "--yes", "--passphrase-file", pw("n", OTHER))
    assert status == 0, err
    assert not (data_dir / KEY_NAME).exists()
    status, out, err = run(capsys, "check-db")
    assert status == 0 and "encrypted:      no" in out
    status, out, err = run(capsys, "encrypt", "--new-passphrase-file", pw("s", "short"))
    assert status == 1 and "at least 8" in err


def test_cli_encrypt_without_terminal_or_file_names_the_option_and_writes_nothing(
    capsys, no_terminal, data_dir
):
    assert run(capsys, "demo")[0] == 0
    before = digest(data_dir)
    status, out, err = run(capsys, "encrypt")
    assert status == 1 and "--new-passphrase-file" in err
    assert digest(data_dir) == before


def test_cli_asks_on_the_terminal_without_echo(capsys, monkeypatch, data_dir):
    answers = iter([PASS, PASS, PASS])
    monkeypatch.setattr(cli_common, "has_terminal", lambda: True)
    import taper_desktop.cli.encrypt as enc

    monkeypatch.setattr(enc, "has_terminal", lambda: True)
    monkeypatch.setattr(cli_common, "ask_hidden", lambda prompt: next(answers))
    monkeypatch.setattr(enc, "ask_hidden", lambda prompt: next(answers))
    assert run(capsys, "demo")[0] == 0
    status, out, err = run(capsys, "encrypt")
    assert status == 0 and "Recovery code: " in out
    status, out, err = run(capsys, "check-db")
    assert status == 0 and "encrypted:      yes" in out


def test_passphrase_is_never_taken_from_argv_or_the_environment(
    capsys, monkeypatch, no_terminal, encrypted_folder
):
    encrypted_folder()
    monkeypatch.setenv("TAPER_DESKTOP_PASSPHRASE", PASS)
    status, out, err = run(capsys, "check-db", "--passphrase", PASS)  # a file name at most
    assert status == 1 and out == ""


def test_cli_refuses_to_convert_under_an_open_window(capsys, pw, no_terminal, data_dir, demo_store):
    import os

    demo_store().close()
    (data_dir / "taper-desktop.lock").write_text(f"{os.getpid()}\ntaper-desktop\nhost\n")
    before = digest(data_dir)
    status, out, err = run(capsys, "encrypt", "--new-passphrase-file", pw("n", PASS))
    assert status == 1 and "close it first" in err
    assert digest(data_dir) == before
