"""The check-in's draft: what is typed is written to store/drafts shortly after each
change, and at once on a flush (hide, close, quit, another day), so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from taper_desktop.domain.checkin_form import CheckInForm
from taper_desktop.store import drafts
from taper_desktop.store.db import Store

DRAFT_DELAY_MS = 300


def draft_key(day: dt.date) -> str:
    return drafts.checkin_key(day)


class CheckInDraft(QObject):
    """One day's draft. `unsaved`: the form differs from what is saved (a draft exists or
    is about to); `pending`: a change not written to the draft yet."""

    def __init__(self, store: Store, form: Callable[[], CheckInForm], parent=None):
        super().__init__(parent)
        self.store, self.form = store, form
        self.day: dt.date | None = None
        self.unsaved = False
        self.pending = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.flush)

    def load(self, day: dt.date) -> CheckInForm | None:
        """Follow day: its kept draft, or None when there is none."""
        self.day = day
        stored = drafts.get(self.store, draft_key(day))
        self.unsaved = bool(stored)
        self.pending = False
        return CheckInForm.from_dict(stored) if stored else None

    def changed(self) -> None:
        """The form changed: write it soon."""
        self.unsaved = self.pending = True
        self.timer.start()

    def flush(self) -> None:
        """Write the pending change to the draft now."""
        self.timer.stop()
        if self.pending and self.day is not None:
            self.pending = False
            drafts.put(self.store, draft_key(self.day), self.form().to_dict())

    def hold(self) -> None:
        """Stop a pending write (the form is about to be saved or shown again)."""
        self.timer.stop()
        self.pending = False

    def keep(self) -> None:
        """Saving failed: write what is typed to the draft at once."""
        self.pending = True
        self.flush()

    def settled(self) -> None:
        """The form was saved; the draft went with it in the same transaction."""
        self.unsaved = self.pending = False

    def discard(self) -> None:
        """Throw this day's draft away."""
        self.hold()
        if self.day is not None:
            drafts.delete(self.store, draft_key(self.day))
