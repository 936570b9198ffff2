"""The check-in's layout: the day and dose strip on top, the notices, the scale beside the
other measures, medications and note, and the footer with the total and Save.

The view builds and arranges the widgets and shows what it is given; what they do (days,
drafts, saving) is ui/checkin_tab.py. Every edit in the form is announced by `edited`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from taper_desktop.domain import scales
from taper_desktop.domain.clock import Clock
from taper_desktop.domain.substances import KRATOM
from taper_desktop.domain.wording import fill
from taper_desktop.store.db import Store
from taper_desktop.ui import locale_format
from taper_desktop.ui.checkin.check_line import CheckLine
from taper_desktop.ui.checkin.choice_row import QWIDGETSIZE_MAX, ChoiceRow
from taper_desktop.ui.checkin.dose_strip import DoseStrip
from taper_desktop.ui.checkin.footer import CheckInFooter
from taper_desktop.ui.checkin.hold_banner import HoldBanner
from taper_desktop.ui.checkin.measures import MeasuresBox
from taper_desktop.ui.checkin.other_meds import OtherMedsBox
from taper_desktop.ui.checkin.rows import ScaleRows
from taper_desktop.ui.safety_notes import SafetyNotes
from taper_desktop.ui.translations import scale_text

# The other measures' column is never narrower than this (it grows with the text to what
# its names, boxes and hints need), and the gap between the two columns.
SIDE_MIN, SIDE_MAX = 340, 520
COLUMN_GAP = 16
# A window shorter than this many lines of text keeps a compact footer (_fit_footer).
SHORT_LINES = 28


class CheckInView(QWidget):
    edited = Signal()  # anything typed, ticked or answered in the form

    def __init__(self, store: Store, clock: Clock, parent=None):
        super().__init__(parent)
        self.store, self.clock = store, clock
        self.outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(8)
        outer.addLayout(self._build_header())
        self.banner = HoldBanner(store, self.today)
        self.banner.dismiss_button.clicked.connect(self._fit_notices)
        self.safety_notes = SafetyNotes(store)
        self.safety_notes.changed.connect(self._fit_notices)
        outer.addWidget(self._build_notices())
        outer.addWidget(self._build_body(), 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(line)
        self.footer = CheckInFooter()
        footer = self.footer
        self.total_label, self.total_hint = footer.total_label, footer.total_hint
        self.band_note, self.citation = footer.band_note, footer.citation
        self.status_label, self.message_label = footer.status_label, footer.message_label
        self.save_button, self.discard_button = footer.save_button, footer.discard_button
        outer.addWidget(footer)

    def today(self) -> dt.date:
        return self.clock.today()

    # ---- building ---------------------------------------------------------------
    def _build_header(self) -> QBoxLayout:
        """The day and its arrows, then the dose strip: side by side, or one above the other
        when the window is too narrow for both (large text, small screen)."""
        header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        header.setSpacing(32)
        self.header = header
        nav = QHBoxLayout()
        nav.setSpacing(8)
        self.header_nav = nav
        self.prev_button = QPushButton(self.tr("◀"))
        self.prev_button.setAccessibleName(self.tr("Previous day (Ctrl+Left)"))
        self.prev_button.setToolTip(self.tr("Previous day (Ctrl+Left)"))
        self.next_button = QPushButton(self.tr("▶"))
        self.next_button.setAccessibleName(self.tr("Next day (Ctrl+Right)"))
        self.next_button.setToolTip(self.tr("Next day (Ctrl+Right)"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(button.sizeHint().height() + 8)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Go to today"))
        self.day_label = QLabel()
        font = self.day_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.day_label.setFont(font)
        self.day_label.setAccessibleName(self.tr("Day of this check-in"))
        self.day_label.setMinimumWidth(
            self.day_label.fontMetrics().horizontalAdvance(
                "Wednesday 30 September 2026 · yesterday"
            )
            + 8
        )
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.day_label)
        nav.addWidget(self.next_button)
        nav.addWidget(self.today_button)
        nav.addStretch(1)
        header.addLayout(nav)
        self.dose_strip = DoseStrip(self.store, self.clock)
        self.dose_strip.typing.connect(self.edited)
        header.addWidget(self.dose_strip, 1)  # what was taken wraps only where it must
        return header

    def _build_notices(self) -> QScrollArea:
        """The hold suggestion and the safety notes above the form, in a strip of their own
        that scrolls once it would take more than about a third of the tab, so a small
        window keeps room for the items."""
        notices = QWidget()
        v = QVBoxLayout(notices)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(6)
        v.addWidget(self.banner)
        v.addWidget(self.safety_notes)
        self.notices_content = notices
        self.notices = QScrollArea()
        self.notices.setWidget(notices)
        self.notices.setWidgetResizable(True)
        self.notices.setFrameShape(QFrame.Shape.NoFrame)
        self.notices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notices.setAccessibleName(self.tr("Suggestions and notes"))
        self.notices.hide()
        return self.notices

    def _build_body(self) -> QScrollArea:
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 8, 0)
        body.setSpacing(10)
        self.body_layout = body
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.addLayout(columns)
        self.columns = columns
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(COLUMN_GAP)

        self.scale_box = QGroupBox()
        scale_layout = QVBoxLayout(self.scale_box)
        scale_layout.setSpacing(2)
        self.scale_hint = QLabel()
        self.scale_hint.setWordWrap(True)
        scale_layout.addWidget(self.scale_hint)
        self.items_layout = QVBoxLayout()
        self.items_layout.setSpacing(1)
        scale_layout.addLayout(self.items_layout)
        # The columns' own edges add no margin: at large text every pixel of the width
        # goes to the text (the view's margins frame the form).
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(10)
        left.addWidget(self.scale_box, 1)
        self.extras_box = QGroupBox(self.tr("Extra symptoms (kept apart from the scale total)"))
        extras_layout = QVBoxLayout(self.extras_box)
        extras_layout.setSpacing(1)
        self.extras_toggle = QCheckBox(self.tr("Track extra symptoms"))
        self.extras_toggle.setAccessibleName(self.tr("Track extra symptoms"))
        extras_layout.addWidget(self.extras_toggle)
        self.extras_layout = QVBoxLayout()
        self.extras_layout.setSpacing(1)
        extras_layout.addLayout(self.extras_layout)
        left.addWidget(self.extras_box)

        self.left_column = QWidget()
        self.left_column.setLayout(left)
        columns.addWidget(self.left_column, 3)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(10)
        measures_box = QGroupBox(self.tr("Other measures"))
        self.measures = MeasuresBox()
        self.measures.changed.connect(self.edited)
        QVBoxLayout(measures_box).addWidget(self.measures)
        side.addWidget(measures_box)

        meds_box = QGroupBox(self.tr("Other medications taken"))
        self.meds = OtherMedsBox(self.store)
        self.meds.changed.connect(self.edited)
        QVBoxLayout(meds_box).addWidget(self.meds)
        side.addWidget(meds_box)

        note_box = QGroupBox(self.tr("Note"))
        note_layout = QVBoxLayout(note_box)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Anything you want to remember about today"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.note.textChanged.connect(self.edited)
        note_layout.addWidget(self.note)
        flag = CheckLine(
            self.tr("Flag this day for my pro&vider"), self.tr("Flag this day for my provider")
        )
        self.flag = flag.box
        self.flag.toggled.connect(self.edited)
        note_layout.addWidget(flag)
        side.addWidget(note_box)
        side.addStretch(1)
        side_widget = QWidget()
        self.side_widget = side_widget
        side_widget.setLayout(side)
        side_widget.setMinimumWidth(SIDE_MIN)
        side_widget.setMaximumWidth(SIDE_MAX)
        columns.addWidget(side_widget, 2)
        columns.addStretch(0)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        self.scroll_area = scroll
        self.rows = ScaleRows(self)
        return scroll

    # ---- the scale's rows -------------------------------------------------------------
    @property
    def item_rows(self) -> list[ChoiceRow]:
        return self.rows.items

    @property
    def extra_rows(self) -> list[ChoiceRow]:
        return self.rows.extras

    def show_rows(self, scale: scales.Instrument, extras: list[str]) -> None:
        """Rows for scale's items and for extras (kept when neither changed)."""
        self.rows.show(scale, extras)

    def focus_first_blank(self) -> None:
        """Keyboard on the first unanswered item (else the first), scrolled into view: a
        digit typed next must answer a row the person can see."""
        row = next(
            (r for r in self.item_rows if r.value is None),
            self.item_rows[0] if self.item_rows else None,
        )
        if row is not None:
            row.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(row)

    def ready_for_keys(self) -> bool:
        """The form is shown and an item row has the keyboard: a digit typed now answers."""
        focused = QApplication.focusWidget()
        return (
            self.isVisible()
            and focused is not None
            and focused in self.item_rows
            and focused.isVisible()
        )

    # ---- showing ----------------------------------------------------------------------
    def day_text(self, day: dt.date, today: dt.date) -> str:
        text = locale_format.long_date(day)
        if day == today:
            return fill(self.tr("%1 · today"), text)
        if day == today - dt.timedelta(days=1):
            return fill(self.tr("%1 · yesterday"), text)
        return text

    def extras_tooltip(self, scale: scales.Instrument, plan_kind: str | None) -> str:
        names = ", ".join(scale_text(label) for _k, label in scales.extra_symptoms_for(scale.key))
        if plan_kind == KRATOM:
            return fill(
                self.tr(
                    "%1: symptoms reported with kratom but absent from SOWS (Singh et "
                    "al. 2014; Smith et al. 2022), scored 0-4, kept apart from the "
                    "total."
                ),
                names,
            )
        return fill(
            self.tr("%1: optional symptoms scored 0-4, kept apart from the scale total."), names
        )

    def _fit_notices(self) -> None:
        layout = self.notices_content.layout()
        assert layout is not None
        width = max(self.width() - 24, 200)
        height = (
            layout.heightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.sizeHint().height()
        )
        shown = not self.banner.isHidden() or not self.safety_notes.isHidden()
        if not shown:
            self.notices.hide()
            return
        cap = max(130, int(self.height() * 0.3))
        self.notices.setFixedHeight(min(height, cap))
        self.notices.show()

    def _fit_layout(self) -> None:
        """Side by side where both halves fit, else one above the other (large text, small
        screen): the day and the dose strip, and the scale and the other measures. Nothing is
        squeezed into clipped buttons or pushed off to the right.

        The scale and the other measures stand side by side first with the statements at
        their natural width, then wrapped narrower (to NARROWEST_CHARS), then on a line of
        their own above the choices; only when none of these fits do they stack. Measured
        with the default fonts, in English, German and Spanish: at 1400 px wide they stand
        side by side at every size from 100% to 200% (statements above their choices from
        180%); at 1024 px wide, side by side up to 110-140% depending on the language, one
        above the other beyond, with no sideways scrolling at any size."""
        margins = self.outer.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        needed = self.header_nav.sizeHint().width() + 32 + self.dose_strip.natural_width()
        self._set_direction(self.header, needed <= room, 32, 4)
        room -= self.scroll_area.verticalScrollBar().sizeHint().width() + 8
        side = max(self.side_widget.minimumSizeHint().width(), SIDE_MIN)
        # Side by side if the statements fit beside their choices (wrapping if need be) or
        # above them; else one above the other, the statements beside their choices where
        # they fit.
        label_width = self.rows.label_width_for(room - COLUMN_GAP - side)
        together = label_width is not False
        if not together:
            label_width = self.rows.label_width_for(room)
        label_width = None if label_width is False else label_width
        self.rows.arrange(label_width)
        # Side by side, the scale's column hugs its rows, so choices never drift far from
        # their statements, and the other measures stay compact. One above the other, each
        # takes the whole width: a box layout reckons a wrapped text's height at the
        # layout's width, and a narrower column would cut its last lines.
        if together:
            self.left_column.setMaximumWidth(self.rows.needed(label_width) + 16)
            self.side_widget.setMaximumWidth(SIDE_MAX)
        else:
            self.left_column.setMaximumWidth(QWIDGETSIZE_MAX)
            self.side_widget.setMaximumWidth(QWIDGETSIZE_MAX)
        self._set_direction(self.columns, together, COLUMN_GAP, 10)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size setting
            self.rows.measure()
            self._fit_layout()
            self._fit_footer()

    @staticmethod
    def _set_direction(layout: QBoxLayout, side_by_side: bool, wide: int, stacked: int) -> None:
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        if layout.direction() != direction:
            layout.setDirection(direction)
            layout.setSpacing(wide if side_by_side else stacked)

    def _fit_footer(self) -> None:
        """A short window for the text size (fewer than SHORT_LINES lines of text): the
        band note and the source move from the footer to under the form and scroll with
        it, and the footer keeps the total, the status and Save on a few lines, so the
        form keeps a fair share of the height (at 200% on a 1024 x 700 screen)."""
        short = self.height() < self.fontMetrics().lineSpacing() * SHORT_LINES
        notes = self.footer.notes
        if short == (notes.parentWidget() is not self.footer):
            return
        if short:
            self.footer.texts.removeWidget(notes)
            self.body_layout.addWidget(notes)
        else:
            self.body_layout.removeWidget(notes)
            self.footer.texts.addWidget(notes)
        notes.show()
        self.footer.set_compact(short)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_layout()
        self._fit_footer()
        self._fit_notices()
