"""First run: what the app does and does not do, then an offer to set up the plan and
to protect the diary with a passphrase (recommended, can be left unticked).

Shown once; the choice is returned and the main window acts on it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from taper_desktop import APP_TITLE
from taper_desktop.domain.wording import fill
from taper_desktop.store import settings as settings_store

SET_UP_PLAN = "plan"
SKIP = "skip"


class WelcomeDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.choice = SKIP
        self.setWindowTitle(fill(self.tr("Welcome to %1"), APP_TITLE))
        self.setAccessibleName(self.windowTitle())
        heading = QLabel(fill(self.tr("Welcome to %1"), APP_TITLE))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(
            self.tr(
                "<p>This app keeps the taper plan you agreed with your provider, a daily "
                "symptom check-in that takes under a minute, and charts of how you are doing. "
                "Before a visit it can print a summary to bring along.</p>"
                "<p><b>It records and summarizes; it does not give medical advice.</b> It does "
                "not diagnose or prescribe. Any schedule it shows is a plan to confirm with "
                "your provider.</p>"
                "<p>Your data stays on this computer. The app never uses the network, and it "
                "exports or prints only when you ask.</p>"
                "<p>In an emergency, call your local emergency number.</p>"
            )
        )
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setMinimumWidth(420)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.protect_box = QCheckBox(self.tr("&Protect my diary with a passphrase (recommended)"))
        self.protect_box.setChecked(True)
        self.protect_box.setAccessibleName(self.tr("Protect my diary with a passphrase"))
        self.protect_box.setAccessibleDescription(
            self.tr("Encrypt the diary on this computer; you choose the passphrase next")
        )
        protect_note = QLabel(
            self.tr(
                "Encrypts your diary on this computer, so that anyone who can read your files "
                "cannot read it. You can also do this later in Settings."
            )
        )
        protect_note.setWordWrap(True)
        protect_note.setContentsMargins(24, 0, 0, 0)

        self.plan_button = QPushButton(self.tr("&Set up my taper plan"))
        self.plan_button.setAccessibleName(self.tr("Set up my taper plan"))
        self.plan_button.setAccessibleDescription(
            self.tr("Enter the plan you agreed with your provider")
        )
        self.skip_button = QPushButton(self.tr("&Later, go to today's check-in"))
        self.skip_button.setAccessibleName(self.tr("Later, go to today's check-in"))
        self.plan_button.setDefault(True)
        self.plan_button.clicked.connect(lambda: self._choose(SET_UP_PLAN))
        self.skip_button.clicked.connect(lambda: self._choose(SKIP))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading)
        layout.addSpacing(6)
        layout.addWidget(body)
        layout.addSpacing(4)
        layout.addWidget(self.protect_box)
        layout.addWidget(protect_note)
        layout.addSpacing(10)
        layout.addLayout(buttons)
        self.plan_button.setFocus()
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask_welcome(parent) -> tuple[str, bool]:
    """Show the welcome modally; (SET_UP_PLAN or SKIP, protect with a passphrase). Closing
    it counts as SKIP without protection."""
    dialog = WelcomeDialog(parent)
    try:
        closed = dialog.exec() != QDialog.DialogCode.Accepted
        return dialog.choice, dialog.protect_box.isChecked() and not closed
    finally:
        dialog.deleteLater()


def first_run(parent, store, ask=ask_welcome) -> str | tuple[str, bool] | None:
    """Show the welcome once per data folder; the choice, or None when shown before."""
    if settings_store.get(store, "first_run_done"):
        return None
    choice = ask(parent)
    settings_store.put(store, "first_run_done", True)
    return choice
