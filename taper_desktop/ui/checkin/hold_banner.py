"""A quiet, dismissible banner inside the check-in tab (never a modal dialog)
suggesting the person consider discussing a hold with their provider.

The rule is domain/hold_prompt.py; this gathers its inputs from the store, shows
the outcome, remembers a dismissal per step, and records a hold on request.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from taper_desktop.domain import hold_prompt, safety, scales
from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.models import Hold
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.domain.wording import fill
from taper_desktop.store import checkins, drafts, plans, settings
from taper_desktop.ui.translations import safety_sentence
from taper_desktop.ui.validation import validation_text

DISMISSED_KEY = "hold_prompt:dismissed"  # the step day whose suggestion was dismissed
HOLD_REASON = "Recorded from the check-in's suggestion after a dose step"


def hold_check(store, schedule: PlanSchedule, today: dt.date) -> hold_prompt.HoldCheck:
    """The hold-prompt rule for today, with the instrument and threshold in the settings."""
    key = settings.get(store, "instrument")
    threshold = settings.get(
        store, "hold_threshold_sows" if key == scales.SOWS else "hold_threshold_gossop"
    )
    steps = schedule.step_changes()
    step = hold_prompt.last_step(today, steps)
    found = []
    if step is not None:  # only the days the rule reads: a week before the step, the last few
        found = checkins.between(
            store, step - dt.timedelta(days=hold_prompt.BASELINE_DAYS), step - dt.timedelta(days=1)
        )
        recent_from = max(step, today - dt.timedelta(days=hold_prompt.RECENT_DAYS - 1))
        found += checkins.between(store, recent_from, today)
    return hold_prompt.check(today, steps, found, key, threshold, schedule.is_held(today))


class HoldBanner(QFrame):
    hold_recorded = Signal()
    message = Signal(str)

    def __init__(self, store, today: Callable[[], dt.date], parent=None):
        super().__init__(parent)
        self.store, self.today = store, today
        self.check: hold_prompt.HoldCheck | None = None
        self.setObjectName("holdBanner")
        self.setAccessibleName(self.tr("Suggestion about a hold"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        texts = QVBoxLayout()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        texts.addWidget(self.text)
        texts.addWidget(self.detail)
        layout.addLayout(texts, 1)
        self.hold_button = QPushButton(self.tr("Rec&ord a hold from today"))
        self.hold_button.setAccessibleName(self.tr("Record a hold from today"))
        self.hold_button.setToolTip(
            self.tr(
                "Pauses the steps from today until you end the hold; later steps move on by "
                "the days held. Plan to confirm with your provider."
            )
        )
        self.hold_button.clicked.connect(self.record_hold)
        self.dismiss_button = QPushButton(self.tr("Not now"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss this suggestion"))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout.addWidget(self.hold_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def paintEvent(self, event) -> None:
        """A soft rounded panel in the palette in force, so a theme switch repaints it (a
        style sheet's palette() colours were fixed when set: light on light in dark)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.end()

    def refresh(self, schedule: PlanSchedule | None) -> None:
        """Show the banner when the rule suggests it and it was not dismissed for this step."""
        self.check = None if schedule is None else hold_check(self.store, schedule, self.today())
        check = self.check
        if (
            check is None
            or not check.suggest
            or check.step_day is None
            or drafts.get(self.store, DISMISSED_KEY) == check.step_day.isoformat()
        ):
            self.hide()
            return
        key = settings.get(self.store, "instrument")
        main, detail = [], []
        for line in safety.hold_texts(check, key):
            text = html.escape(safety_sentence(line))
            if line.template in (safety.HOLD_COUNTS, safety.BAND_SOURCE):
                detail.append(text)
            elif line.template == safety.HOLD_SUGGEST:
                main.append(f"<b>{text}</b>")
            else:
                main.append(text)
        self.text.setText(" ".join(main))
        self.detail.setText("<small>" + " ".join(detail) + "</small>" if detail else "")
        self.detail.setVisible(bool(detail))
        self.setAccessibleDescription(
            " ".join(safety_sentence(line) for line in safety.hold_texts(check, key))
        )
        self.show()

    def dismiss(self) -> None:
        if self.check is not None and self.check.step_day is not None:
            drafts.put(self.store, DISMISSED_KEY, self.check.step_day.isoformat())
        self.hide()

    def record_hold(self) -> None:
        plan = plans.current_plan(self.store)
        if plan is None or plan.id is None:
            return
        try:
            plans.add_hold(self.store, plan.id, Hold(self.today(), None, HOLD_REASON))
        except ValidationError as exc:
            self.message.emit(fill(self.tr("No hold recorded: %1"), validation_text(exc)))
            return
        self.hide()
        self.message.emit(
            self.tr(
                "A hold from today is recorded; the steps pause until you "
                "end it. Plan to confirm with your provider."
            )
        )
        self.hold_recorded.emit()
