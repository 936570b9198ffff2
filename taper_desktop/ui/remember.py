"""'Remember on this computer': the database key kept in the OS keyring (keyring package).

Where no keyring backend exists the option is unavailable, with a one-line reason; there
is never a fallback to a file. keyring loads slowly, so it is loaded after the unlock
screen is painted.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from taper_desktop import APP_NAME


def _entry(data_dir: Path) -> str:
    return str(Path(data_dir).resolve())


def _backend():
    """The keyring backend, or None when there is none that can keep secrets."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return backend


def unavailable_reason() -> str | None:
    """None when a keyring can keep the key; else why not, in one line (untranslated
    key; the caller translates)."""
    return (
        None
        if _backend() is not None
        else ("No keyring service (such as GNOME Keyring or KWallet) was found on this computer.")
    )


def recall(data_dir: Path) -> bytes | None:
    backend = _backend()
    if backend is None:
        return None
    try:
        text = backend.get_password(APP_NAME, _entry(data_dir))
        return bytes.fromhex(text) if text else None
    except Exception:
        return None


def keep(data_dir: Path, key: bytes) -> bool:
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(APP_NAME, _entry(data_dir), key.hex())
    except Exception:
        return False
    return True


def forget(data_dir: Path) -> None:
    backend = _backend()
    if backend is None:
        return
    with contextlib.suppress(Exception):  # nothing kept, nothing to delete
        backend.delete_password(APP_NAME, _entry(data_dir))
