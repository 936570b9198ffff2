"""Where file dialogs open: the folder the person last chose while the app runs, else
the Documents folder (QStandardPaths), made if the desktop has none yet, else home."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

_last_folder: list[str] = []  # the folder of the last file chosen in any dialog


def documents() -> str:
    """The person's Documents folder (created when missing), or home if it cannot be."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder:
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
            return folder
        except OSError:
            pass
    return str(Path.home())


def start_folder() -> str:
    """Where the next file dialog opens."""
    if _last_folder and Path(_last_folder[-1]).is_dir():
        return _last_folder[-1]
    return documents()


def suggested(name: str) -> str:
    """A file name in the folder the next dialog opens in."""
    return str(Path(start_folder()) / name)


def remember(path: str | Path | None) -> None:
    """Note the folder of a file the person chose, for the next dialog."""
    if path:
        _last_folder[:] = [str(Path(path).expanduser().resolve().parent)]
