"""Start-up: open the database, and when it is damaged or unreadable, explain and let
the person choose the newest good backup or a fresh start. The damaged file is always
kept, renamed beside the database; nothing is deleted. Also the daily backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from taper_desktop import APP_TITLE
from taper_desktop.domain.wording import fill
from taper_desktop.store import Store, StoreError, backups, encryption, open_store
from taper_desktop.store.backups import Backup
from taper_desktop.store.db import DB_NAME, Locked, inspect
from taper_desktop.store.schema import USER_VERSION
from taper_desktop.ui import locale_format, translations
from taper_desktop.ui.validation import error_text

BACKUP, FRESH, QUIT = "backup", "fresh", "quit"
DAILY_BACKUP_DELAY_MS = 1500  # after the window is up, so start-up stays quick


def tr(text: str) -> str:
    return translations.tr(text)


def _headline(problem: str) -> str:
    """What went wrong, in the person's words: another program's file is not damage."""
    if "key file" in problem and "is missing" in problem:
        return tr(
            "Your diary is encrypted, but its key file is missing from the data "
            "folder, so it cannot be opened. If you have a copy of the key file, put it "
            "back and start again."
        )
    if "of another program" in problem:
        return tr(
            "The diary file in the data folder belongs to another program, so Taper "
            "Desktop cannot use it."
        )
    return tr(
        "Your diary file could not be opened. It may have been damaged, for "
        "example by a crash or a full disk."
    )


def ask_recovery(problem: str, backup: Backup | None) -> str:
    """BACKUP, FRESH or QUIT. Replaced in tests."""
    box = QMessageBox()
    box.setWindowTitle(APP_TITLE)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setText(_headline(problem))
    options = [tr("Nothing will be deleted: the file is kept, renamed, in the same folder.")]
    if backup is not None:
        options.insert(
            0,
            fill(
                tr("The newest good backup is from %1 (%2 check-ins, %3 doses)."),
                locale_format.date_time(backup.made),
                (backup.counts or {}).get("checkin", 0),
                (backup.counts or {}).get("dose", 0),
            ),
        )
    else:
        options.insert(0, tr("There is no usable backup."))
    box.setInformativeText(" ".join(options))
    box.setDetailedText(problem)
    use = None
    if backup is not None:
        use = box.addButton(tr("Use the &backup"), QMessageBox.ButtonRole.AcceptRole)
        use.setAccessibleName(tr("Start from the newest good backup"))
    fresh = box.addButton(tr("Start &fresh"), QMessageBox.ButtonRole.DestructiveRole)
    fresh.setAccessibleName(tr("Start with an empty diary, keeping the damaged file"))
    quit_button = box.addButton(tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(use or quit_button)
    box.exec()
    clicked = box.clickedButton()
    return BACKUP if use is not None and clicked is use else FRESH if clicked is fresh else QUIT


def show_message(text: str, detail: str = "") -> None:
    """Replaced in tests."""
    box = QMessageBox()
    box.setWindowTitle(APP_TITLE)
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(text)
    if detail:
        box.setDetailedText(detail)
    box.exec()


def _newer_version(folder: Path, key: bytes | None = None) -> int | None:
    try:
        version = inspect(folder / DB_NAME, key)[1]
    except StoreError:
        return None
    return version if version > USER_VERSION else None


def open_or_recover(folder: Path, key: bytes | None = None) -> Store | None:
    """The open store, after recovery if needed; None when the person chose to quit.

    key opens a folder protected with a passphrase (its backups too)."""
    try:
        store = open_store(folder, key=key)
    except Locked:
        raise  # not damage: the caller asks for the passphrase
    except StoreError as exc:
        problem = error_text(exc)
    else:
        if store.can_write():
            return store
        store.close()
        show_message(
            fill(
                tr(
                    "Your diary file can be read but not saved to: the file or its "
                    "folder is read-only. Taper Desktop closes so that nothing you "
                    "enter is lost; the file is unchanged. Check the permissions of "
                    "%1 and start again."
                ),
                folder / DB_NAME,
            )
        )
        return None
    version = _newer_version(folder, key)
    if version is not None:
        show_message(
            tr(
                "Your diary was saved by a newer version of Taper Desktop. Please "
                "update the app to open it; the file is unchanged."
            ),
            problem,
        )
        return None
    best = backups.newest_good(folder, key)
    choice = ask_recovery(problem, best)
    if choice == QUIT:
        return None
    aside = backups.set_aside_damaged(folder)
    if choice == BACKUP and best is not None:
        backups.start_from_backup(folder, best.path, key)
    store = open_store(folder, key=key)  # a fresh start in a protected folder stays encrypted
    if key is not None:
        encryption.rebind_key_file(folder)
    if choice == BACKUP and best is not None:
        start = fill(
            tr("Your diary continues from the backup of %1."),
            locale_format.date_time(best.made),
        )
    else:
        start = tr("You start with an empty diary.")
    if aside is not None:
        start += " " + fill(
            tr("The file that could not be opened is kept as %1, in %2."), aside.name, folder
        )
    show_message(start)
    return store


def make_daily_backup(window) -> None:
    """The first start of the day copies the database to backups/ (quietly)."""
    try:
        made = backups.daily_backup(window.store)
    except (OSError, StoreError) as exc:
        window.statusBar().showMessage(
            fill(tr("Today's backup could not be made: %1"), error_text(exc)), 15000
        )
        return
    if made is not None:
        window.statusBar().showMessage(tr("Today's backup is saved."), 4000)


def schedule_daily_backup(window) -> None:
    QTimer.singleShot(DAILY_BACKUP_DELAY_MS, window, lambda: make_daily_backup(window))
