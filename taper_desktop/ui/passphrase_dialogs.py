"""Dialogs for the passphrase: choose a new one, retype the current one, and show the
recovery code once (with save to a file and print). They collect and return; the caller
(ui.protection) acts. Each has a small ask_* function that tests replace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taper_desktop import APP_TITLE
from taper_desktop.domain.wording import fill
from taper_desktop.store.keyfile import MIN_PASSPHRASE, passphrase_problem
from taper_desktop.ui import translations
from taper_desktop.ui.validation import error_text, sentence, validation_text


def tr(text: str) -> str:
    return translations.tr(text)


def no_recovery_text() -> str:
    """The plain statement, said wherever protection is turned on."""
    return tr(
        "Without your passphrase and your recovery code, nobody can recover the "
        "diary: not you, not your provider, not the makers of Taper Desktop."
    )


def _wrapped(text: str, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(320)
    return field


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice; accept() only when it is good and both agree."""

    def __init__(self, title: str, intro: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.first = _password_field(tr("New passphrase"))
        self.second = _password_field(tr("New passphrase again"))
        self.error = _wrapped("", bold=True)
        self.error.setObjectName("passphrase_error")
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(tr("&New passphrase:"), self.first)
        form.addRow(tr("&Again:"), self.second)
        hint = _wrapped(
            fill(
                tr(
                    "At least %1 characters. A few unrelated words are easy to "
                    "remember and hard to guess."
                ),
                MIN_PASSPHRASE,
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(intro))
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.ok_button.setDefault(True)  # Enter continues; Escape cancels
        self.first.setFocus()

    def problem(self) -> str | None:
        first, second = self.first.text(), self.second.text()
        problem = passphrase_problem(first)
        if problem:  # the store's own rule, in the same words as on the command line
            return sentence(validation_text(problem))
        if first != second:
            return tr("The two passphrases differ. Please type the same one twice.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.setVisible(True)
            self.second.clear()
            (self.first if passphrase_problem(self.first.text()) else self.second).setFocus()
            return
        super().accept()


def ask_new_passphrase(parent, title: str, intro: str) -> str | None:
    dialog = NewPassphraseDialog(title, intro, parent)
    try:
        return dialog.first.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class CurrentPassphraseDialog(QDialog):
    """Retype the current passphrase (or the recovery code) before a change."""

    def __init__(
        self,
        title: str,
        intro: str,
        action: str,
        parent=None,
        check: Callable[[str], str | None] | None = None,
    ):
        super().__init__(parent)
        self._check = check
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.field = _password_field(tr("Current passphrase or recovery code"))
        self.error = _wrapped("", bold=True)
        self.error.setObjectName("passphrase_error")
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(tr("&Passphrase or recovery code:"), self.field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(intro))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.ok_button.setDefault(True)
        self.field.setFocus()

    def accept(self) -> None:
        """Closes only once check(secret) finds nothing wrong; else says what is."""
        problem = self._check(self.field.text()) if self._check is not None else None
        if problem:
            self.error.setText(problem)
            self.error.setVisible(True)
            self.field.selectAll()
            self.field.setFocus()
            return
        super().accept()


def ask_current_passphrase(parent, title: str, intro: str, action: str, check) -> str | None:
    """The secret once check(secret) returns None (else its message is shown); None when
    cancelled."""
    dialog = CurrentPassphraseDialog(title, intro, action, parent, check)
    try:
        return dialog.field.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class RecoveryCodeDialog(QDialog):
    """The recovery code, shown once, with Save to a file and Print."""

    def __init__(self, code: str, parent=None):
        super().__init__(parent)
        self.code = code
        self.saved_to: Path | None = None
        title = tr("Your recovery code")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        heading = _wrapped(
            tr(
                "Write down this recovery code, or save or print it, and keep "
                "it apart from this computer."
            ),
            bold=True,
        )
        self.code_label = QLabel(code)
        self.code_label.setObjectName("recovery_code")
        self.code_label.setAccessibleName(tr("Recovery code"))
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.5)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setContentsMargins(8, 12, 8, 12)
        self.code_label.setMinimumHeight(self.code_label.sizeHint().height())
        body = _wrapped(
            tr(
                "It opens your diary if you forget your passphrase. It is shown "
                "only now; you can make a new one later in Settings (the old "
                "one then stops working)."
            )
        )
        warning = _wrapped(no_recovery_text(), bold=True)
        self.save_button = QPushButton(tr("&Save to a file..."))
        self.print_button = QPushButton(tr("&Print..."))
        self.done_button = QPushButton(tr("I have &kept it"))
        self.done_button.setDefault(True)
        self.save_button.setAutoDefault(False)
        self.print_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_to_file)
        self.print_button.clicked.connect(self.print_code)
        self.done_button.clicked.connect(self.accept)
        self.status = _wrapped("")
        self.status.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(heading)
        layout.addWidget(self.code_label)
        layout.addWidget(body)
        layout.addWidget(warning)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.setMinimumWidth(560)
        self.done_button.setDefault(True)

    def text(self) -> str:
        return (
            tr("Taper Desktop recovery code")
            + "\n\n"
            + self.code
            + "\n\n"
            + tr("It opens your diary if you forget your passphrase.")
            + "\n"
        )

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(True)
        self.adjustSize()  # room for the line without squeezing the code

    def save_to_file(self) -> Path | None:
        path = choose_code_file(self)
        if not path:
            return None
        from taper_desktop.privatefile import WriteError, write_private

        try:
            self.saved_to = write_private(path, self.text().encode("utf-8"))
        except WriteError as exc:
            QMessageBox.warning(
                self, APP_TITLE, fill(tr("The code was not saved: %1"), error_text(exc))
            )
            return None
        self.say(
            fill(
                tr(
                    "Saved to %1. Keep that file somewhere other than this computer, such "
                    "as a USB stick."
                ),
                path,
            )
        )
        return self.saved_to

    def print_code(self) -> bool:
        try:
            from PySide6.QtGui import QTextDocument
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        except ImportError:
            self.say(
                tr("Printing is not available here; save the code to a file or write it down.")
            )
            return False
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        document = QTextDocument()
        document.setPlainText(self.text())
        document.print_(printer)
        self.say(tr("Sent to the printer."))
        return True


def choose_code_file(parent: QWidget) -> str:
    """Replaced in tests."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        tr("Save the recovery code"),
        str(Path.home() / "taper-desktop-recovery-code.txt"),
        tr("Text files (*.txt)"),
    )
    return path


def show_recovery_code(parent, code: str) -> None:
    """Replaced in tests."""
    dialog = RecoveryCodeDialog(code, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
