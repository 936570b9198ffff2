"""Where the person's data lives: --data-dir, else TAPER_DESKTOP_DATA_DIR, else the
platform's user data directory (platformdirs, app name 'taper-desktop')."""

from __future__ import annotations

import os
from pathlib import Path

from taper_desktop import APP_NAME

ENV_VAR = "TAPER_DESKTOP_DATA_DIR"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    import platformdirs  # only when no folder was named: it is slow to import

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
