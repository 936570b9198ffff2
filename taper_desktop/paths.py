"""Where the person's data lives: --data-dir, else TAPER_DESKTOP_DATA_DIR, else the
platform's user data directory (platformdirs, app name 'taper-desktop')."""

from __future__ import annotations

import os
from pathlib import Path

from taper_desktop import APP_NAME

ENV_VAR = "TAPER_DESKTOP_DATA_DIR"
LOCK_NAME = "taper-desktop.lock"  # held by the open window (a QLockFile: pid on line one)


def data_dir(override: str | os.PathLike | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    import platformdirs  # only when no folder was named: it is slow to import

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def window_is_open(folder: Path) -> bool:
    """True when a Taper Desktop window holds the folder's lock (its process is alive)."""
    try:
        pid = int((Path(folder) / LOCK_NAME).read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False  # a stale lock left by a crash
    except (PermissionError, OSError):
        return True
    return True
