"""The foot of the check-in: the scale total with its band and source, the save status,
a message line, Discard changes and Save."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from taper_desktop.domain import scales
from taper_desktop.domain.models import CheckIn
from taper_desktop.domain.wording import fill
from taper_desktop.ui import locale_format
from taper_desktop.ui.translations import scale_text


def saved_time(saved_at: str, today: dt.date) -> str:
    """'14:32', or '3 Mar, 14:32' when it was saved on another calendar day."""
    try:
        moment = dt.datetime.fromisoformat(saved_at)
    except ValueError:
        return saved_at
    if moment.date() == today:
        return moment.strftime("%H:%M")
    return f"{locale_format.day_month(moment.date())}, {moment:%H:%M}"


class CheckInFooter(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        footer = QHBoxLayout(self)
        footer.setContentsMargins(0, 0, 0, 0)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.total_label = QLabel()
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.total_label.setFont(font)
        self.total_label.setAccessibleName(self.tr("Scale total"))
        self.total_hint = QLabel()
        self.total_hint.setWordWrap(True)
        total_row = QHBoxLayout()
        total_row.setSpacing(12)
        total_row.addWidget(self.total_label)
        total_row.addWidget(self.total_hint, 1)
        self.band_note = QLabel()
        self.band_note.setWordWrap(True)
        self.citation = QLabel()
        self.citation.setWordWrap(True)
        small = self.citation.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.band_note.setFont(small)
        self.citation.setFont(small)
        self.citation.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        texts.addLayout(total_row)
        for label in (self.total_label, self.total_hint, self.band_note, self.citation):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The band note and the source: here, or under the form in a short window
        # (CheckInView._fit_footer), where they scroll with it.
        self.notes = QWidget()
        notes = QVBoxLayout(self.notes)
        notes.setContentsMargins(0, 0, 0, 0)
        notes.setSpacing(2)
        notes.addWidget(self.band_note)
        notes.addWidget(self.citation)
        texts.addWidget(self.notes)
        self.texts = texts
        footer.addLayout(texts, 3)
        side = QVBoxLayout()
        side.setSpacing(4)
        self.status_label = QLabel()
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.status_label.setWordWrap(True)  # "saved at ... · changes not saved yet" is long
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.status_label.setAccessibleName(self.tr("Save status"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setMinimumWidth(self.message_label.fontMetrics().averageCharWidth() * 20)
        # Its own line above Save, two lines reserved so a message appearing moves nothing;
        # a longer one (a recorded hold, a translation) wraps onto more lines, never clipped.
        self.message_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._message_lines = 2
        self._fit_message()
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.save_button = QPushButton(self.tr("&Save check-in"))
        self.save_button.setAccessibleName(self.tr("Save check-in (Ctrl+S)"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.save_button.setMinimumWidth(160)
        status_row = QHBoxLayout()
        status_row.addStretch(1)
        status_row.addWidget(self.status_label)
        self.discard_button = QPushButton(self.tr("&Discard changes"))
        self.discard_button.setAccessibleName(self.tr("Discard the unsaved changes"))
        self.discard_button.setToolTip(self.tr("Go back to what is saved for this day"))
        self.discard_button.setFlat(True)
        status_row.addWidget(self.discard_button)
        side.addLayout(status_row)
        self.side, self.status_row = side, status_row
        side.addWidget(self.message_label)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        side.addLayout(save_row)
        footer.addLayout(side, 2)

    def _fit_message(self) -> None:
        label = self.message_label
        label.setMinimumHeight(label.fontMetrics().lineSpacing() * self._message_lines + 4)
        # QLabel keeps its size hints (which include that minimum) until its text or
        # wrapping changes: wrapping is set again to drop them.
        label.setWordWrap(False)
        label.setWordWrap(True)

    def set_compact(self, compact: bool) -> None:
        """A short window: the status under the total, one line kept for the message
        rather than two (a longer one still wraps); the view moves the notes under the
        form."""
        self._message_lines = 1 if compact else 2
        self._fit_message()
        # The save status under the total (on the left) rather than above the message.
        where = self.texts if compact else self.side
        if self.status_row.parent() is not where:
            self.status_row.parent().removeItem(self.status_row)
            if compact:
                self.texts.addLayout(self.status_row)
            else:
                self.side.insertLayout(0, self.status_row)
            self.status_label.setAlignment(
                Qt.AlignmentFlag.AlignLeft if compact else Qt.AlignmentFlag.AlignRight
            )
            spread = QSizePolicy.Policy.Fixed if compact else QSizePolicy.Policy.Expanding
            spacer = self.status_row.itemAt(0).spacerItem()
            assert spacer is not None
            spacer.changeSize(0, 0, spread, QSizePolicy.Policy.Minimum)
            self.status_row.invalidate()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size setting
            self._fit_message()

    def show_total(self, scale: scales.Instrument, items: dict, kratom: bool) -> None:
        """The total so far (or how many items are answered), its band and the source."""
        answered, count = scale.answered(items), len(scale.items)
        total = scale.total(items)
        if total is None:
            if answered == 0:
                self.total_label.setText(fill(self.tr("Total: not answered yet (0 of %1)"), count))
            else:
                self.total_label.setText(
                    fill(self.tr("Total: incomplete (%1 of %2)"), answered, count)
                )
        else:
            text = fill(self.tr("Total: %1 of %2"), total, scale.max_total)
            band = scale.band(total)
            if band is not None:
                text += fill(self.tr(" · %1 (conventional band)"), scale_text(band.name))
            self.total_label.setText(text)
        self.total_hint.setText(
            self.tr("A total needs every item; you can still save, and it is kept as partial.")
            if total is None and answered
            else ""
        )
        note = scale_text(scale.band_note)
        if kratom and scale.kratom_note:  # kratom wording for kratom only
            if scale.key == scales.SOWS:
                # The kratom note says what SOWS is validated for: the band note's own
                # sentence on that would say it twice.
                note = self.tr("Bands are conventional, not validated.")
            note += " " + scale_text(scale.kratom_note)
        self.band_note.setText(note)
        self.citation.setText(fill(self.tr("%1: %2"), scale.key, scale.citation))

    def show_status(
        self, saved: CheckIn | None, unsaved: bool, scale: scales.Instrument, today: dt.date
    ) -> None:
        """Saved when (and how), and whether changes wait in the draft."""
        if saved is not None:
            text = fill(self.tr("Saved at %1"), saved_time(saved.saved_at, today))
            if not saved.rated:
                text += self.tr(" · a note, no symptoms rated")
            elif not saved.complete:
                text += fill(
                    self.tr(" · partial (%1 of %2)"),
                    scale.answered(saved.items),
                    len(scale.items),
                )
            if unsaved:
                text += self.tr(" · changes not saved yet (kept as a draft)")
        elif unsaved:
            text = self.tr("Not saved yet (kept as a draft)")
        else:
            text = self.tr("Not saved yet")
        self.status_label.setText(text)
        self.discard_button.setVisible(unsaved)

    def say(self, text: str) -> None:
        self.message_label.setText(text)
