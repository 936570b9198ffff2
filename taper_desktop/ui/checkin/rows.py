"""The scale's answer rows and the extra-symptom rows of the check-in, rebuilt when the
instrument or the extra symptoms change, with the form's keyboard order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, QObject
from PySide6.QtWidgets import QWidget

from taper_desktop.domain import scales
from taper_desktop.ui.checkin.choice_row import QWIDGETSIZE_MAX, ChoiceRow
from taper_desktop.ui.translations import scale_text

if TYPE_CHECKING:
    from taper_desktop.ui.checkin.view import CheckInView

# The widest the scale's statements run before they wrap, in average characters.
LABEL_CHARS = 26
# The narrowest they wrap to (large text) before going on a line of their own above the
# choices.
NARROWEST_CHARS = 16


class ScaleRows(QObject):
    def __init__(self, view: CheckInView):
        super().__init__(view)
        self.view = view
        self.items: list[ChoiceRow] = []
        self.extras: list[ChoiceRow] = []
        self._shape: tuple[str, tuple[str, ...]] | None = None
        self._natural = self._narrowest = self._choices = 0
        self._arranged: tuple[int | None, str] | None = None

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
        self._arranged = None
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
        self.measure()
        view._fit_layout()  # where the rows' statements go, and the columns
        self._set_tab_order()

    # ---- widths ---------------------------------------------------------------------
    def measure(self) -> None:
        """What the rows need at the current font: the statements' natural width (capped
        at LABEL_CHARS), the narrowest they may wrap to (NARROWEST_CHARS) and the width
        of the widest row of choices."""
        rows = self.items + self.extras
        if not rows:
            return
        for row in rows:
            row.fit_choices()
        metrics = rows[0].label.fontMetrics()
        chars = metrics.averageCharWidth()
        words = max(
            metrics.horizontalAdvance(word) for r in rows for word in r.label.text().split()
        )
        natural = max(metrics.horizontalAdvance(r.label.text()) for r in rows) + 24
        # A long statement wraps onto a second line rather than pushing the other measures
        # under the scale (large text, longer languages).
        self._natural = min(natural, chars * LABEL_CHARS)
        self._narrowest = min(self._natural, max(chars * NARROWEST_CHARS, words + 8))
        self._choices = max(r.choices_width() for r in rows)

    def needed(self, label_width: int | None) -> int:
        """The scale column's width with statements label_width wide beside their
        choices, or (None) on a line of their own above them."""
        view = self.view
        chrome = 0
        for widget in (view.left_column, view.scale_box):
            margins = widget.contentsMargins()
            chrome += margins.left() + margins.right()
            inner = widget.layout()
            if inner is not None:
                margins = inner.contentsMargins()
                chrome += margins.left() + margins.right()
        row = self._row_width(label_width)
        left = view.left_column.layout()
        outer = left.contentsMargins() if left is not None else QMargins()
        titles = max(  # a box's title is on one line: the box is at least as wide
            box.fontMetrics().horizontalAdvance(box.title() + " ") + 24
            for box in (view.scale_box, view.extras_box)
        )
        titles += outer.left() + outer.right()
        return max(chrome + row, titles)

    def _row_width(self, label_width: int | None) -> int:
        row = ChoiceRow.MARGINS * 2 + self._choices
        if label_width is not None:
            row += label_width + ChoiceRow.SPACING
        return row

    def label_width_for(self, room: int) -> int | None | bool:
        """The statements' width that lets the scale column fit room: the natural width,
        else as narrow as needed down to the narrowest, else None (above the choices), else
        False when even that does not fit."""
        if not self.items:
            return False
        if self.needed(self._natural) <= room:
            return self._natural
        spare = room - self.needed(0)
        if spare >= self._narrowest:
            return spare
        if self.needed(None) <= room:
            return None
        return False

    def arrange(self, label_width: int | None) -> None:
        """Statements label_width wide beside their choices, or (None) above them."""
        rows = self.items + self.extras
        if not rows or self._arranged == (label_width, self.view.font().key()):
            return
        self._arranged = (label_width, self.view.font().key())
        for row in rows:
            row.set_label_width(label_width)
        for row in rows:
            row.set_max_height(QWIDGETSIZE_MAX)
        # Rows may grow a little on a tall screen, all by the same measure.
        width = self._row_width(label_width)
        height = max(max(row.heightForWidth(width), row.sizeHint().height()) for row in rows)
        height += 12
        for row in rows:
            row.set_max_height(height)

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
