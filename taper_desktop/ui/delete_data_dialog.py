"""Delete all my data (File menu and Settings): removes the database, its backups and
drafts, and the window state (which holds the names typed for reports) after the person
types a word to confirm. The deletion happens as the app quits, once the database is no
longer open; files the app did not write are left alone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from taper_desktop.domain.wording import fill
from taper_desktop.store import backups
from taper_desktop.ui.sizing import fit_wrapped

CONFIRM_WORD = "DELETE"  # in English; each language has its own word (confirm_word)


def confirm_word() -> str:
    """The word to type, in the window's language: DELETE, BORRAR, LÖSCHEN."""
    return QCoreApplication.translate(
        "DeleteDataDialog", "DELETE", "the word typed to confirm deleting all data"
    )


class DeleteDataDialog(QDialog):
    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.word_to_type = confirm_word()
        self.setWindowTitle(self.tr("Delete all my data"))
        text = QLabel(
            fill(
                self.tr(
                    "This removes everything Taper Desktop keeps on this computer: your plan, "
                    "doses, check-ins, notes, drafts, the names typed for reports and all "
                    "backups, in %1. It cannot be undone. "
                    "Consider exporting a copy first (File > Export data).\n\n"
                    "Taper Desktop then quits. To go ahead, type %2 below."
                ),
                data_dir,
                self.word_to_type,
            )
        )
        text.setWordWrap(True)
        self.word = QLineEdit()
        self.word.setAccessibleName(fill(self.tr("Type %1 to confirm"), self.word_to_type))
        self.word.setPlaceholderText(self.word_to_type)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = self.buttons.addButton(
            self.tr("&Delete everything"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.delete_button.setAccessibleName(self.tr("Delete all my data"))
        self.delete_button.setEnabled(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.word.textChanged.connect(self._typed)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.word)
        layout.addWidget(self.buttons)
        fit_wrapped(self, 560)  # the whole text shows, at any text size
        self.word.setFocus()

    def _typed(self, text: str) -> None:
        """Enter deletes only once the word is typed; until then it cancels."""
        ok = self.confirmed(text)
        self.delete_button.setEnabled(ok)
        self.delete_button.setDefault(ok)
        self.cancel_button.setDefault(not ok)

    def confirmed(self, text: str) -> bool:
        """The word of the window's language, in any case ("borrar" as "BORRAR")."""
        return text.strip().casefold() == self.word_to_type.casefold()

    def _accept(self) -> None:
        if self.confirmed(self.word.text()):
            self.accept()


def ask_confirm(parent, data_dir: Path) -> bool:
    """True when the person typed the word and pressed Delete. Replaced in tests."""
    return DeleteDataDialog(data_dir, parent).exec() == QDialog.DialogCode.Accepted


def delete_all_data(window, parent=None) -> bool:
    """Ask; on yes mark the window so the app deletes the data as it ends, and quit.

    Quits rather than closes: with "keep running in the tray" a close only hides the
    window and the app (and the data) would stay."""
    if not ask_confirm(parent or window, window.store.data_dir):
        return False
    window.delete_data_on_exit = True
    window.quit_app()
    return True


def finish(data_dir: Path) -> list[Path]:
    """Called by the app after the store is closed: remove the files the app wrote
    (the key file of a protected diary too, and its key in the keyring)."""
    from taper_desktop.store.db import KEY_NAME

    if (Path(data_dir) / KEY_NAME).exists():
        from taper_desktop.ui import remember

        remember.forget(data_dir)
    return backups.delete_all_data(data_dir)
