"""One way to write a file the person asked for: whole or not at all, readable by them only.

Every export (PDF, CSV, JSON and the rest) and every other file the app writes outside
the database goes through :func:`write_private`, so a crash, a full disk or a kill never
leaves half a file under the real name, and nothing is ever readable by other accounts.
No Qt here: the command line uses it headless.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from taper_desktop.domain.errors import WordedError
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP

CONTEXT = "files"
CANNOT_WRITE = QT_TRANSLATE_NOOP("files", "%1: cannot write there (%2)")


class WriteError(WordedError, OSError):
    """The file could not be written; the message names the path and the reason (a marked
    text, translated where it is shown: domain.errors.WordedError)."""

    context = CONTEXT


def fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (a no-op where folders cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_private(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write data to path atomically with mode 0600 and return the path.

    The bytes go to a temporary file in the same folder (created 0600), which is flushed
    and fsynced, renamed over the target, and then the folder is fsynced. On any failure
    the temporary file is removed, an existing file at path is left as it was, and
    :class:`WriteError` names the path and the reason.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise WriteError(QT_TRANSLATE_NOOP("files", "%1: is a folder, not a file name"), target)
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise WriteError(CANNOT_WRITE, target, exc.strerror or exc) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise WriteError(CANNOT_WRITE, target, exc.strerror or exc) from None
        raise
    fsync_folder(folder)
    return target
