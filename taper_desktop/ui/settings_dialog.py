"""Edit > Settings: a form generated from domain.settings.FIELDS, one widget per field type.

The editors per field type are in ui/setting_editors.py. Values are
checked with domain.settings.validate and a problem is shown under its own field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from taper_desktop.domain import settings as fields
from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.wording import fill
from taper_desktop.store import settings as settings_store
from taper_desktop.ui.setting_editors import Editor, editor_for, label_text
from taper_desktop.ui.validation import validation_text


class SettingsDialog(QDialog):
    """Collects settings; accept() only when every value passes domain validation."""

    def __init__(
        self,
        values: dict[str, Any],
        tray_available: bool,
        parent=None,
        delete_data: Callable[[QWidget], bool] | None = None,
        privacy: Callable[[QWidget], QWidget] | None = None,
    ):
        super().__init__(parent)
        self._delete_data = delete_data
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}

        form_host = QWidget()
        host_layout = QVBoxLayout(form_host)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        grid.setHorizontalSpacing(16)
        host_layout.addLayout(grid)
        host_layout.addStretch(1)
        section = None
        for field in fields.visible_fields():
            if field.section and field.section != section:
                section = field.section
                heading = self._heading(label_text(section), first=grid.rowCount() <= 1)
                grid.addWidget(heading, grid.rowCount(), 0, 1, 2)
            editor = editor_for(field)
            widget = editor.widget
            widget.setObjectName(f"setting_{field.key}")
            widget.setAccessibleName(label_text(field.label))
            if field.help:
                widget.setAccessibleDescription(label_text(field.help))
                widget.setToolTip(label_text(field.help))
            editor.write(values.get(field.key, fields.default(field.key)))
            self.editors[field.key] = editor

            row = grid.rowCount()
            if not isinstance(widget, QCheckBox):  # a check box carries its own label
                label = QLabel(label_text(field.label) + ":")
                label.setBuddy(widget)
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(
                    label,
                    row,
                    0,
                    Qt.AlignmentFlag.AlignTop
                    if isinstance(widget, QListWidget)
                    else Qt.AlignmentFlag(0),
                )
            grid.addWidget(widget, row, 1)
            notes = []
            if field.help and not isinstance(widget, QComboBox | QCheckBox):
                notes.append(label_text(field.help))
            if field.key in ("reminder_enabled", "keep_in_tray") and not tray_available:
                notes.append(self._no_tray_text(field.key))
            for text in notes:
                grid.addWidget(self._note(text), grid.rowCount(), 1)
            error = QLabel()
            error.setObjectName(f"error_{field.key}")
            error.setWordWrap(True)
            font = error.font()
            font.setBold(True)
            error.setFont(font)
            error.setVisible(False)
            error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(error, grid.rowCount(), 1)
            self.errors[field.key] = error
            self._watch(field.key, widget)
            grid.setRowMinimumHeight(grid.rowCount(), 6)  # air between fields

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_host)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        if privacy is not None:  # the passphrase part (ui.protection); acts at once
            layout.addWidget(privacy(self))
        if delete_data is not None:
            layout.addWidget(self._delete_section())
        layout.addWidget(self.buttons)
        hint = form_host.sizeHint()
        room = self.screen().availableGeometry()
        self.resize(
            min(max(hint.width() + 60, 720), room.width()),
            min(hint.height() + 90, int(room.height() * 0.9)),
        )

    def _delete_section(self) -> QWidget:
        """Set apart under a line, away from Save, so it is not pressed by mistake."""
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 6, 0, 6)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        box_layout.addWidget(line)
        row = QHBoxLayout()
        row.addWidget(
            self._note(
                self.tr(
                    "Remove everything Taper Desktop keeps on this computer. You will be asked "
                    "to confirm."
                )
            ),
            1,
        )
        self.delete_button = QPushButton(self.tr("Delete all my data..."))
        self.delete_button.setObjectName("delete_all_data")
        self.delete_button.setAccessibleName(self.tr("Delete all my data"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self._delete_clicked)
        row.addWidget(self.delete_button)
        box_layout.addLayout(row)
        return box

    def _delete_clicked(self) -> None:
        """The confirmation opens over this dialog; once confirmed, nothing is saved."""
        if self._delete_data is not None and self._delete_data(self):
            self.reject()

    def _heading(self, text: str, first: bool) -> QLabel:
        heading = QLabel(text)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        if not first:
            heading.setContentsMargins(0, 10, 0, 0)
        return heading

    def _note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        font = note.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        note.setFont(font)
        return note

    def _no_tray_text(self, key: str) -> str:
        if key == "reminder_enabled":
            return self.tr(
                "This desktop has no system tray, so the reminder cannot appear "
                "while Taper Desktop is closed. It will remind you the next time "
                "you open it."
            )
        return self.tr(
            "This desktop has no system tray, so closing the window quits Taper Desktop."
        )

    def _watch(self, key: str, widget: QWidget) -> None:
        """Re-check a field whose problem is shown as soon as its input changes."""
        for name in (
            "textChanged",
            "currentIndexChanged",
            "valueChanged",
            "toggled",
            "itemChanged",
        ):
            signal = getattr(widget, name, None)
            if signal is not None:
                signal.connect(lambda *_: self._recheck(key))
                return

    def _recheck(self, key: str) -> None:
        """A problem goes as soon as the value is valid; its room stays, so nothing moves."""
        error = self.errors[key]
        if error.isHidden() or not error.text():
            return
        try:
            fields.validate(key, self.editors[key].read())
        except ValidationError:
            return
        error.setMinimumHeight(error.height())
        error.clear()

    def values(self) -> dict[str, Any]:
        """The value of every shown field, as the widgets hold it (not yet validated)."""
        return {key: editor.read() for key, editor in self.editors.items()}

    def checked_values(self) -> dict[str, Any] | None:
        """Validated values, or None after showing each problem under its field."""
        good, first_bad = {}, None
        for key, value in self.values().items():
            error = self.errors[key]
            try:
                good[key] = fields.validate(key, value)
            except ValidationError as exc:
                label = label_text(fields.FIELDS_BY_KEY[key].label)
                problem = exc.problem if isinstance(exc, fields.SettingError) else exc
                error.setText(fill(self.tr("%1: %2"), label, validation_text(problem)))
                error.setVisible(True)
                first_bad = first_bad or key
            else:
                error.clear()
                error.setVisible(False)
        if first_bad:
            self.editors[first_bad].widget.setFocus()
            return None
        return good

    def accept(self) -> None:
        if self.checked_values() is not None:
            super().accept()


def ask_settings(
    parent,
    values: dict[str, Any],
    tray_available: bool,
    delete_data: Callable[[QWidget], bool] | None = None,
    privacy: Callable[[QWidget], QWidget] | None = None,
) -> dict[str, Any] | None:
    """Show the dialog modally; the validated values, or None when cancelled."""
    dialog = SettingsDialog(values, tray_available, parent, delete_data, privacy)
    try:
        return dialog.checked_values() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def edit_settings(
    parent,
    store,
    events,
    tray_available: bool,
    ask=None,
    delete_data: Callable[[QWidget], bool] | None = None,
    privacy: Callable[[QWidget], QWidget] | None = None,
) -> bool:
    """Ask, save every value in one transaction and tell the app; True when saved.

    delete_data(dialog) runs the Delete all my data flow over the dialog; True when done."""
    values = settings_store.get_all(store)
    if ask is None:
        chosen = ask_settings(parent, values, tray_available, delete_data, privacy)
    else:
        chosen = ask(parent, values, tray_available)
    if chosen is None:
        return False
    settings_store.put_many(store, chosen)
    events.settings_changed.emit()
    if chosen.get("language", values.get("language")) != values.get("language") and hasattr(
        parent, "statusBar"
    ):
        parent.statusBar().showMessage(
            QCoreApplication.translate(
                "settings", "The new language is used from the next time you start Taper Desktop."
            ),
            20000,
        )
    return True
