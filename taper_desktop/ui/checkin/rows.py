"""The scale's answer rows and the extra-symptom rows of the check-in, rebuilt when the
instrument or the extra symptoms change, with the form's keyboard order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from taper_desktop.domain import scales
from taper_desktop.ui.checkin.choice_row import ChoiceRow
from taper_desktop.ui.translations import scale_text

if TYPE_CHECKING:
    from taper_desktop.ui.checkin.view import CheckInView

# The widest the scale's statements run before they wrap, in average characters.
LABEL_CHARS = 26


class ScaleRows(QObject):
    def __init__(self, view: CheckInView):
        super().__init__(view)
        self.view = view
        self.items: list[ChoiceRow] = []
        self.extras: list[ChoiceRow] = []
        self._shape: tuple[str, tuple[str, ...]] | None = None

    def show(self, scale: scales.Instrument, extras: list[str]) -> None:
        """Item rows for scale and extra-symptom rows for extras (kept as they are when
        neither changed, so the keyboard focus stays put)."""
        shape = (scale.key, tuple(extras))
        if shape == self._shape:
            return
        self._shape = shape
        view = self.view
        for row in self.items + self.extras:
            row.setParent(None)
            row.deleteLater()
        self.items, self.extras = [], []
        view.scale_box.setTitle(scale_text(scale.title))
        ask = (
            self.tr("How do you feel <b>now</b>? ")
            if scale.key == scales.SOWS
            else self.tr("Rate each symptom. ")
        )
        view.scale_hint.setText(
            ask
            + self.tr(
                "Type a number to answer and move on; leave an item blank if you would "
                "rather not answer."
            )
        )
        anchors = tuple(scale_text(a) for a in scale.anchors)
        for number, (key, label) in enumerate(scale.items, start=1):
            # The scale's own wording (SOWS: the published first-person statements); the
            # short label stays as the row's tooltip.
            row = ChoiceRow(key, scale_text(scale.statement(key)), anchors, number)
            if scale.statement(key) != label:
                row.label.setToolTip(scale_text(label))
            row.changed.connect(view.edited)
            view.items_layout.addWidget(row)
            row.show()
            self.items.append(row)
        names = dict(scales.EXTRA_SYMPTOMS)
        extra_anchors = tuple(scale_text(a) for a in scales.EXTRA_SYMPTOM_ANCHORS)
        for key in extras:
            row = ChoiceRow(key, scale_text(names[key]), extra_anchors)
            row.changed.connect(view.edited)
            view.extras_layout.addWidget(row)
            row.show()
            self.extras.append(row)
        rows = self.items + self.extras
        width = max(r.label.fontMetrics().horizontalAdvance(r.label.text()) for r in rows) + 24
        # A long statement wraps onto a second line rather than pushing the other measures
        # under the scale (large text, longer languages).
        width = min(width, rows[0].label.fontMetrics().averageCharWidth() * LABEL_CHARS)
        for row in rows:
            row.set_label_width(width)
        height = max(row.sizeHint().height() for row in rows) + 12
        for row in rows:
            row.set_max_height(height)
        # The scale's column hugs its rows, so choices never drift far from their labels.
        view.left_column.setMaximumWidth(view.left_column.sizeHint().width() + 16)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Rows are rebuilt after the rest of the form, so the focus chain is set here:
        the day's buttons, the dose strip, the hold suggestion, then items, extra symptoms,
        measures, medications, note, flag, Save (reading order); the rarely used extras
        switch comes last so it never sits between items and measures."""
        view = self.view
        strip, banner = view.dose_strip, view.banner
        chain = [
            view.prev_button,
            view.next_button,
            view.today_button,
            strip.as_planned,
            strip.amount,
            strip.time,
            strip.log_button,
            banner.hold_button,
            banner.dismiss_button,
            *self.items,
            *self.extras,
            *view.measures.boxes.values(),
            view.meds.name,
            view.meds.amount,
            view.meds.unit,
            view.meds.add_button,
            view.note,
            view.flag,
            view.save_button,
            view.extras_toggle,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
