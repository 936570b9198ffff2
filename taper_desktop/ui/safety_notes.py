"""Calm, non-modal safety notes (domain/safety.py decides when and what), each one
dismissible for the day it is about. Used by the check-in, the calendar's day panel and
the calendar's plan line.

A note is a soft panel in the palette's colours, never red and never a dialog; its text
takes the keyboard focus (Tab reaches it, a screen reader reads it) and so does its
Dismiss button. A dismissal is kept in the store per day and note, so it survives a
restart and the same note comes back on another day.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from taper_desktop.domain import safety
from taper_desktop.domain.models import CheckIn, Plan
from taper_desktop.store import checkins, drafts
from taper_desktop.store.db import Store
from taper_desktop.ui.translations import safety_sentence

DISMISSED_PREFIX = "dismissed-note:"  # + ISO day -> the keys of the notes dismissed that day
_SOURCES = (safety.BAND_SOURCE, safety.TOLERANCE_SOURCE)


def day_notes(
    store, plan: Plan | None, checkin: CheckIn | None, today: dt.date
) -> list[safety.Note]:
    """The notes a saved check-in calls for, with the plan's start and kind from the store."""
    if checkin is None:
        return []
    start = plan.revisions[0].effective_date if plan is not None and plan.revisions else None
    kind = plan.substance.kind if plan is not None else None
    others = safety.OtherTotals(0, False)
    if start is not None and checkin.total is not None and checkin.day >= start:
        others = safety.OtherTotals(
            *checkins.other_totals(
                store,
                checkin.instrument,
                start,
                checkin.day,
                checkin.total,
                safety.HIGHEST_MIN_TOTALS - 1,
            )
        )
    return safety.checkin_notes(checkin, others, start, kind, today)


def dismissed(store, day: dt.date) -> list[str]:
    return list(drafts.get(store, DISMISSED_PREFIX + day.isoformat()) or [])


def dismiss(store, note: safety.Note) -> None:
    keys = dismissed(store, note.day)
    if note.key not in keys:
        drafts.put(store, DISMISSED_PREFIX + note.day.isoformat(), keys + [note.key])


def note_html(note: safety.Note) -> str:
    """The note as rich text: the facts, then its source in smaller type."""
    said = [
        html.escape(safety_sentence(line)) for line in note.lines if line.template not in _SOURCES
    ]
    sources = [
        html.escape(safety_sentence(line)) for line in note.lines if line.template in _SOURCES
    ]
    text = " ".join(said)
    if sources:
        text += "<br><small>" + " ".join(sources) + "</small>"
    return text


class NoteCard(QFrame):
    """One note: its text and a Dismiss button."""

    dismissed = Signal(object)  # the safety.Note

    def __init__(self, note: safety.Note, parent=None):
        super().__init__(parent)
        self.note = note
        self.setObjectName("safetyNote")
        self.setAccessibleName(self.tr("Safety note"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        self.text = QLabel(note_html(note))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it
        plain = safety_sentence(note)
        self.text.setAccessibleName(self.tr("Safety note"))
        self.text.setAccessibleDescription(plain)
        layout.addWidget(self.text, 1)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss this note for the day"))
        self.dismiss_button.setToolTip(self.tr("Hide this note for this day"))
        self.dismiss_button.clicked.connect(lambda: self.dismissed.emit(self.note))
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)

    def paintEvent(self, event) -> None:
        """A soft rounded panel in the palette in force (as the hold banner): calm in both
        themes, never an alarm colour."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.end()


class SafetyNotes(QWidget):
    """The notes for one place (a check-in, a day panel, the plan line)."""

    changed = Signal()  # notes shown or dismissed: the owner may fit its layout

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.cards: list[NoteCard] = []
        self.setAccessibleName(self.tr("Safety notes"))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(6)
        self.hide()

    def show_notes(self, notes: list[safety.Note]) -> None:
        """Show the notes not dismissed for their day; hide the widget when none is left."""
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for note in notes:
            if note.key in dismissed(self.store, note.day):
                continue
            card = NoteCard(note)
            card.dismissed.connect(self._dismiss)
            self.layout_.addWidget(card)
            self.cards.append(card)
        self.setVisible(bool(self.cards))
        self.changed.emit()

    def notes(self) -> list[safety.Note]:
        return [card.note for card in self.cards]

    def texts(self) -> list[str]:
        """The plain text of each note shown (what a screen reader reads)."""
        return [safety_sentence(card.note) for card in self.cards]

    def _dismiss(self, note: safety.Note) -> None:
        dismiss(self.store, note)
        self.show_notes([card.note for card in self.cards])
        if self.cards:  # the keyboard stays among the notes rather than jumping away
            self.cards[0].dismiss_button.setFocus(Qt.FocusReason.OtherFocusReason)
