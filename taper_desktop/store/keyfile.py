"""The key file beside an encrypted database: the database key, wrapped once per slot.

The database key is 32 random bytes, given to SQLCipher as a raw key. It is stored only
wrapped: for each slot (the passphrase, the recovery code) a key is derived from the
secret with scrypt (memory-hard) and the database key is sealed with AES-256-GCM. Both
come from the ``cryptography`` package; nothing here is home-made crypto.

The file is JSON with a format name and version. It is bound to its database by the
16-byte salt SQLCipher writes at the start of the encrypted file, so a key file copied
from another folder is recognised before anyone types a secret. Every write is atomic
(privatefile.write_private), so a kill leaves the old file or the new one.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.privatefile import WriteError, fsync_folder, write_private
from taper_desktop.store.db import StoreError

FORMAT = "taper-desktop-key"
VERSION = 1
KEY_BYTES = 32
PASSPHRASE, RECOVERY = "passphrase", "recovery"
SLOTS = (PASSPHRASE, RECOVERY)
# scrypt cost: 2**16 x 8 x 1 needs 64 MiB and takes about 0.2-0.4 s here (bench/README.md).
# The cost is stored per slot, so a later version can raise it without breaking files.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**16, 8, 1
MIN_PASSPHRASE = 8
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: easy to copy by hand
_RECOVERY_GROUPS, _RECOVERY_GROUP = 6, 5


class KeyFileError(StoreError):
    """The key file is missing, damaged, from another folder, or the secret is wrong."""


class WrongSecret(KeyFileError):
    """Neither slot opens with the secret given; nothing was changed."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_code() -> str:
    """About 150 bits in six groups of five letters and digits, e.g. 'K7QDX-...'."""
    chars = "".join(
        secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_GROUPS * _RECOVERY_GROUP)
    )
    return "-".join(chars[i : i + _RECOVERY_GROUP] for i in range(0, len(chars), _RECOVERY_GROUP))


def normalise_recovery_code(text: str) -> str:
    """The code as generated, whatever the case, spaces or dashes it was typed with."""
    chars = re.sub(r"[\s\-]", "", text).upper()
    return "-".join(chars[i : i + _RECOVERY_GROUP] for i in range(0, len(chars), _RECOVERY_GROUP))


def looks_like_recovery_code(text: str) -> bool:
    chars = normalise_recovery_code(text).replace("-", "")
    return len(chars) == _RECOVERY_GROUPS * _RECOVERY_GROUP and all(
        c in _RECOVERY_ALPHABET for c in chars
    )


class PassphraseProblem(StoreError):
    """Why a new passphrase is not accepted (the window's dialog, the command line and
    store.encryption check the same rules, and say them in these words)."""


def passphrase_problem(passphrase: str) -> PassphraseProblem | None:
    """Why a new passphrase is not accepted, or None."""
    if len(passphrase) < MIN_PASSPHRASE:
        return PassphraseProblem(
            QT_TRANSLATE_NOOP("store", "a passphrase needs at least %1 characters"),
            MIN_PASSPHRASE,
        )
    if passphrase != passphrase.strip():
        return PassphraseProblem(
            QT_TRANSLATE_NOOP("store", "a passphrase cannot start or end with a space")
        )
    return None


def _secret_bytes(slot: str, secret: str) -> bytes:
    if slot == RECOVERY:
        secret = normalise_recovery_code(secret)
    return secret.encode("utf-8")


def _derive(secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret)


def _aad(slot: str) -> bytes:
    return f"{FORMAT}/{VERSION}/{slot}".encode("ascii")


def wrap(key: bytes, slot: str, secret: str) -> dict[str, Any]:
    """One slot: the key sealed under a key derived from secret."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kek = _derive(_secret_bytes(slot, secret), salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    sealed = AESGCM(kek).encrypt(nonce, key, _aad(slot))
    return {
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "sealed": _b64(sealed),
    }


def _unwrap(slot_data: dict[str, Any], slot: str, secret: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = _derive(
        _secret_bytes(slot, secret),
        _unb64(slot_data["salt"]),
        int(slot_data["n"]),
        int(slot_data["r"]),
        int(slot_data["p"]),
    )
    try:
        key = AESGCM(kek).decrypt(
            _unb64(slot_data["nonce"]), _unb64(slot_data["sealed"]), _aad(slot)
        )
    except InvalidTag:
        return None
    return key if len(key) == KEY_BYTES else None


@dataclass
class KeyFile:
    """The parsed key file: both slots and the salt of the database it belongs to."""

    path: Path
    database_salt: bytes
    slots: dict[str, dict[str, Any]]

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "database_salt": self.database_salt.hex(),
            "slots": self.slots,
        }
        return (json.dumps(data, indent=1, sort_keys=True) + "\n").encode("ascii")

    def save(self) -> None:
        try:
            write_private(self.path, self.to_bytes())
        except WriteError as exc:
            raise KeyFileError("%1", exc) from None  # WriteError names the file and why

    def unlock(self, secret: str) -> bytes:
        """The database key, from whichever slot the secret opens (one KDF run for the
        usual case: a recovery code is tried on the recovery slot first)."""
        if not secret:
            raise WrongSecret(QT_TRANSLATE_NOOP("store", "no passphrase was given"))
        order = (
            (RECOVERY, PASSPHRASE) if looks_like_recovery_code(secret) else (PASSPHRASE, RECOVERY)
        )
        for slot in order:
            if slot in self.slots:
                key = _unwrap(self.slots[slot], slot, secret)
                if key is not None:
                    return key
        raise WrongSecret(
            QT_TRANSLATE_NOOP("store", "the passphrase or recovery code is not right")
        )

    def check_database(self, database: Path) -> None:
        """Raise KeyFileError when the key file belongs to another database."""
        salt = database_salt(database)
        if salt != self.database_salt:
            raise KeyFileError(
                QT_TRANSLATE_NOOP(
                    "store",
                    "the key file %1 belongs to another diary, not to %2; put back the "
                    "key file that was made with this diary",
                ),
                self.path.name,
                database,
            )


def database_salt(database: Path) -> bytes:
    """The 16 random bytes SQLCipher writes at the start of an encrypted file."""
    with open(database, "rb") as fh:
        return fh.read(16)


def create(path: Path, key: bytes, database: Path, passphrase: str, recovery_code: str) -> KeyFile:
    """A new key file object for database (not yet saved)."""
    return KeyFile(
        path,
        database_salt(database),
        {
            PASSPHRASE: wrap(key, PASSPHRASE, passphrase),
            RECOVERY: wrap(key, RECOVERY, recovery_code),
        },
    )


def load(path: Path) -> KeyFile:
    """Read and check the key file; KeyFileError names what is wrong."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(
            QT_TRANSLATE_NOOP(
                "store",
                "the key file %1 is missing from %2; without it the encrypted diary "
                "cannot be opened. Nothing was changed. If you have a copy of %1, put it "
                "back in that folder",
            ),
            path.name,
            path.parent,
        ) from None
    except OSError as exc:
        raise KeyFileError(
            QT_TRANSLATE_NOOP("store", "the key file %1 cannot be read: %2"), path, exc.strerror
        ) from None
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a Taper Desktop key file")
        if data.get("version") != VERSION:
            raise ValueError(
                f"key file version {data.get('version')!r} is not known to "
                f"this version of the app (it reads version {VERSION})"
            )
        salt = bytes.fromhex(data["database_salt"])
        slots = data["slots"]
        if not isinstance(slots, dict) or not slots or not set(slots) <= set(SLOTS):
            raise ValueError("its slots are not readable")
        for slot in slots.values():
            if slot.get("kdf") != "scrypt":
                raise ValueError("unknown key derivation")
            for name in ("salt", "nonce", "sealed"):
                _unb64(slot[name])
            for name in ("n", "r", "p"):
                if not isinstance(slot[name], int) or slot[name] <= 0:
                    raise ValueError(f"bad {name}")
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise KeyFileError(
            QT_TRANSLATE_NOOP("store", "the key file %1 is damaged (%2); nothing was changed"),
            path,
            exc,
        ) from None
    return KeyFile(path, salt, slots)


def remove(path: Path) -> None:
    """Delete the key file durably (it is useless without an encrypted database)."""
    path.unlink(missing_ok=True)
    fsync_folder(path.parent)
