"""Turning the passphrase protection on and off from the window, changing the passphrase
and making a new recovery code. The dialogs collect (ui.passphrase_dialogs); the store
converts (store.encryption); this module connects the two and tells the person what
happened, including which backups were converted or deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taper_desktop import APP_TITLE
from taper_desktop.domain.wording import fill
from taper_desktop.store import StoreError, encryption
from taper_desktop.ui import passphrase_dialogs as dialogs
from taper_desktop.ui import remember, translations
from taper_desktop.ui.validation import error_text, sentence


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return translations.tr(text, disambiguation, n)


def plaintext_note(store) -> str:
    """One line for export dialogs: exports leave the encryption behind."""
    if not getattr(store, "encrypted", False):
        return ""
    return tr("The exported file is not encrypted, although your diary is.")


def export_title(title: str, store) -> str:
    """A save dialog's title; for a protected diary it says the file will be plaintext,
    short enough that a window title does not cut it (the sentence above would be)."""
    if not getattr(store, "encrypted", False):
        return title
    return fill(tr("%1 (the file is not encrypted)"), title)


def show_message(parent, text: str, warning: bool = False) -> None:
    """Replaced in tests."""
    if warning:
        QMessageBox.warning(parent, APP_TITLE, text)
    else:
        QMessageBox.information(parent, APP_TITLE, text)


def confirm_turn_off(parent) -> bool:
    """Replaced in tests."""
    answer = QMessageBox.question(
        parent,
        APP_TITLE,
        tr(
            "Store your diary unencrypted on this computer? Anyone who can read your files "
            "could then read it. Its backups are converted too."
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def _copies_text(done: encryption.Converted, encrypted: bool) -> str:
    parts = []
    if done.converted:
        count = len(done.converted)
        parts.append(
            tr("%n backup copy(s) were encrypted too.", None, count)
            if encrypted
            else tr("%n backup copy(s) were converted too.", None, count)
        )
    if done.removed:
        parts.append(
            fill(
                tr(
                    "These copies could not be read, so they were deleted rather than "
                    "left unprotected: %1."
                ),
                ", ".join(p.name for p in done.removed),
            )
        )
    return " ".join(parts)


def _busy(run):
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return run()
    finally:
        QGuiApplication.restoreOverrideCursor()


def protect(window, parent=None) -> bool:
    """Ask for a new passphrase, encrypt, and show the recovery code once."""
    parent = parent or window
    passphrase = dialogs.ask_new_passphrase(
        parent,
        tr("Protect my diary with a passphrase"),
        tr(
            "Your diary and its backups will be encrypted on this computer. You will type "
            "the passphrase each time you open Taper Desktop, and you get a recovery code "
            "in case you forget it."
        )
        + " "
        + dialogs.no_recovery_text(),
    )
    if passphrase is None:
        return False
    window.checkin_tab.flush_draft()
    try:
        done = _busy(lambda: encryption.encrypt(window.store, passphrase))
    except (StoreError, OSError) as exc:
        show_message(
            parent,
            fill(tr("Your diary was not encrypted; it is unchanged. %1"), error_text(exc)),
            warning=True,
        )
        return False
    # The names typed for reports sat in the plain window state file: not any more.
    window.ui_state.remove("report")
    window.ui_state.sync()
    dialogs.show_recovery_code(parent, done.recovery_code)
    window.encryption_changed()
    text = tr("Your diary is now encrypted.")
    copies = _copies_text(done, True)
    show_message(parent, text + (" " + copies if copies else ""))
    return True


def _check_current(window):
    def check(secret: str) -> str | None:
        try:
            key = encryption.unlock(window.store.data_dir, secret)
        except encryption.WrongSecret as exc:
            return sentence(error_text(exc))
        except StoreError as exc:
            return error_text(exc)
        return None if key == window.store.key else tr("That key does not open this diary.")

    return check


def _ask_current(window, parent, title: str, action: str) -> bool:
    return (
        dialogs.ask_current_passphrase(
            parent,
            title,
            tr("First type your current passphrase (or your recovery code)."),
            action,
            _check_current(window),
        )
        is not None
    )


def change_passphrase(window, parent=None) -> bool:
    parent = parent or window
    title = tr("Change passphrase")
    if not _ask_current(window, parent, title, tr("&Next")):
        return False
    passphrase = dialogs.ask_new_passphrase(
        parent, title, tr("Choose the new passphrase. Your recovery code stays the same.")
    )
    if passphrase is None:
        return False
    try:
        _busy(lambda: encryption.change_passphrase(window.store, passphrase))
    except StoreError as exc:
        show_message(
            parent, fill(tr("The passphrase was not changed. %1"), error_text(exc)), warning=True
        )
        return False
    show_message(parent, tr("Your passphrase is changed. The recovery code is the same."))
    return True


def new_recovery_code(window, parent=None) -> bool:
    parent = parent or window
    if not _ask_current(window, parent, tr("New recovery code"), tr("&Make a new code")):
        return False
    try:
        code = _busy(lambda: encryption.new_recovery_code(window.store))
    except StoreError as exc:
        show_message(parent, fill(tr("No new code was made. %1"), error_text(exc)), warning=True)
        return False
    dialogs.show_recovery_code(parent, code)
    return True


def turn_off(window, parent=None) -> bool:
    """After the passphrase is typed again: back to an unencrypted store."""
    parent = parent or window
    if not _ask_current(window, parent, tr("Turn off the passphrase"), tr("&Next")):
        return False
    if not confirm_turn_off(parent):
        return False
    window.checkin_tab.flush_draft()
    try:
        done = _busy(lambda: encryption.decrypt(window.store))
    except (StoreError, OSError) as exc:
        show_message(
            parent,
            fill(tr("Your diary is still encrypted; nothing was changed. %1"), error_text(exc)),
            warning=True,
        )
        return False
    remember.forget(window.store.data_dir)
    window.encryption_changed()
    copies = _copies_text(done, False)
    show_message(
        parent, tr("Your diary is no longer encrypted.") + (" " + copies if copies else "")
    )
    return True


def privacy_section(window, dialog: QWidget) -> QWidget:
    """The Settings dialog's passphrase part: what is on, and the buttons to change it."""
    box = QWidget()
    box.setObjectName("privacy_section")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 6, 0, 0)
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    layout.addWidget(line)
    state = QLabel()
    state.setWordWrap(True)
    state.setObjectName("privacy_state")
    layout.addWidget(state)
    row = QHBoxLayout()
    layout.addLayout(row)
    buttons: list[QPushButton] = []

    def button(text: str, act) -> QPushButton:
        b = QPushButton(text)
        b.setAutoDefault(False)
        b.setAccessibleName(text.replace("&", "").rstrip("."))

        def clicked() -> None:
            act(window, dialog)
            refresh()

        b.clicked.connect(clicked)
        row.addWidget(b)
        buttons.append(b)
        return b

    on = button(tr("&Protect with a passphrase..."), protect)
    on.setObjectName("protect_button")
    change = button(tr("Change &passphrase..."), change_passphrase)
    change.setObjectName("change_passphrase_button")
    code = button(tr("New recovery &code..."), new_recovery_code)
    code.setObjectName("new_recovery_code_button")
    off = button(tr("&Turn off..."), turn_off)
    off.setObjectName("turn_off_button")
    row.addStretch(1)

    def refresh() -> None:
        encrypted = window.store.encrypted
        state.setText(
            tr("Your diary is encrypted with a passphrase.")
            if encrypted
            else tr(
                "Your diary is not encrypted. Protecting it with a passphrase is "
                "recommended: anyone who can read your files cannot then read it."
            )
        )
        on.setVisible(not encrypted)
        for b in (change, code, off):
            b.setVisible(encrypted)

    refresh()
    return box
