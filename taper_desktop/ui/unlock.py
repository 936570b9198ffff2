"""The unlock screen of a diary protected with a passphrase: no data, no name, no counts.

A wrong passphrase says so and keeps the window; unlocking only reads files. The
passphrase or the recovery code is accepted in the same field.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taper_desktop import APP_TITLE
from taper_desktop.store import StoreError
from taper_desktop.ui import translations
from taper_desktop.ui.icons import app_icon
from taper_desktop.ui.validation import error_text, sentence


def tr(text: str) -> str:
    return translations.tr(text)


class UnlockWindow(QWidget):
    """Emits unlocked(key, remember) once the passphrase or recovery code opens the folder."""

    unlocked = Signal(bytes, bool)
    quit_requested = Signal()

    def __init__(self, data_dir: Path, unlock, parent=None):
        """unlock(data_dir, secret) -> key raises WrongSecret or StoreError."""
        super().__init__(parent)
        self.data_dir, self._unlock = Path(data_dir), unlock
        self.setWindowTitle(APP_TITLE)
        self.setWindowIcon(app_icon())
        self.setAccessibleName(tr("Unlock your diary"))
        self.setMinimumSize(520, 420)

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(tr("Your diary is locked"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(
            tr("Type your passphrase. If you have forgotten it, type your recovery code instead.")
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(tr("Passphrase or recovery code"))
        self.field.setPlaceholderText(tr("Passphrase or recovery code"))
        self.field.setMinimumWidth(340)
        self.field.returnPressed.connect(self.try_unlock)
        self.unlock_button = QPushButton(tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.show_box = QCheckBox(tr("S&how what I type"))
        self.show_box.toggled.connect(
            lambda on: self.field.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.remember_box = QCheckBox(tr("&Remember on this computer"))
        self.remember_box.setAccessibleDescription(
            tr(
                "Keep the key in this computer's keyring, so the diary opens without the "
                "passphrase for this account"
            )
        )
        self.remember_box.setEnabled(False)  # until the keyring has been looked at
        self.remember_note = QLabel()
        self.remember_note.setWordWrap(True)
        self.remember_note.setObjectName("remember_note")
        note_font = self.remember_note.font()
        note_font.setPointSizeF(note_font.pointSizeF() * 0.92)
        self.remember_note.setFont(note_font)
        self.error = QLabel()
        self.error.setObjectName("unlock_error")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        error_font = self.error.font()
        error_font.setBold(True)
        self.error.setFont(error_font)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setVisible(False)
        self.quit_button = QPushButton(tr("&Quit"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.quit_requested.emit)
        QShortcut(QKeySequence.StandardKey.Quit, self, self.quit_requested.emit)

        entry = QHBoxLayout()
        entry.addWidget(self.field, 1)
        entry.addWidget(self.unlock_button)
        box = QVBoxLayout()
        box.setSpacing(10)
        box.addWidget(icon)
        box.addWidget(heading)
        box.addWidget(intro)
        box.addSpacing(6)
        box.addLayout(entry)
        box.addWidget(self.show_box)
        box.addWidget(self.remember_box)
        box.addWidget(self.remember_note)
        box.addWidget(self.error)
        column = QWidget()
        column.setLayout(box)
        column.setMaximumWidth(560)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.quit_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 16)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(column, 4)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)
        outer.addLayout(bottom)
        self.field.setFocus()

    def set_remember_available(self, reason: str | None, remembered: bool = False) -> None:
        """Enable the option, or disable it with a one-line reason."""
        self.remember_box.setEnabled(reason is None)
        self.remember_box.setChecked(reason is None and remembered)
        self.remember_note.setText(
            tr(
                "Not available: no keyring service (such as GNOME Keyring or KWallet) was found "
                "on this computer."
            )
            if reason
            else ""
        )
        self.remember_note.setVisible(bool(reason))

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def try_unlock(self) -> bool:
        from taper_desktop.store.encryption import WrongSecret

        secret = self.field.text()
        if not secret:
            self.say(tr("Type your passphrase or your recovery code first."))
            self.field.setFocus()
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            key = self._unlock(self.data_dir, secret)
        except WrongSecret as exc:  # the store's words, as the command line says them
            self.say(sentence(error_text(exc)) + " " + tr("Nothing was changed; please try again."))
            self.field.selectAll()
            self.field.setFocus()
            return False
        except StoreError as exc:
            self.say(sentence(error_text(exc)))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.field.clear()
        self.say("")
        self.unlocked.emit(key, self.remember_box.isChecked())
        return True

    def clear(self) -> None:
        self.field.clear()
        self.say("")
        self.field.setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.field.setFocus)


def place_like(window: QWidget, data_dir: Path, state_file: str) -> None:
    """Open where the main window was (its geometry is not health data)."""
    geometry = QSettings(str(Path(data_dir) / state_file), QSettings.Format.IniFormat).value(
        "geometry"
    )
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(900, 640)
