"""The daily check-in tab: the symptom scale, companion measures, doses and a note.

Built to be done in under a minute by keyboard: a digit answers the focused item
and moves on, Ctrl+S saves, Ctrl+Left/Right change the day. What is typed is kept
as a draft as it changes (store/drafts), so closing the window, switching tabs or a
crash loses nothing; Save makes it the day's check-in in one transaction.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
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
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from taper_desktop.domain import scales
from taper_desktop.domain.clock import Clock
from taper_desktop.domain.measures import MEASURE_KEYS
from taper_desktop.domain.models import CheckIn, OtherMedication
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.domain.substances import KRATOM
from taper_desktop.store import checkins, drafts, plans, settings
from taper_desktop.ui import dose_confirm, locale_format
from taper_desktop.ui.checkin.choice_row import ChoiceRow
from taper_desktop.ui.checkin.dose_strip import DoseStrip
from taper_desktop.ui.checkin.hold_banner import HoldBanner
from taper_desktop.ui.checkin.measures import MeasuresBox
from taper_desktop.ui.checkin.other_meds import OtherMedsBox
from taper_desktop.ui.safety_notes import SafetyNotes, day_notes
from taper_desktop.ui.translations import scale_text

DRAFT_DELAY_MS = 300
# The widest the scale's statements run before they wrap, in average characters.
LABEL_CHARS = 26


def draft_key(day: dt.date) -> str:
    return drafts.checkin_key(day)


def saved_time(saved_at: str, today: dt.date) -> str:
    """'14:32', or '3 Mar, 14:32' when it was saved on another calendar day."""
    try:
        moment = dt.datetime.fromisoformat(saved_at)
    except ValueError:
        return saved_at
    if moment.date() == today:
        return moment.strftime("%H:%M")
    return f"{locale_format.day_month(moment.date())}, {moment:%H:%M}"


class CheckInTab(QWidget):
    def __init__(self, store, events, clock: Clock | None = None, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.clock = clock or settings.diary_clock(store)
        self.day: dt.date | None = None
        self._opened_on: dt.date | None = None  # what "today" was when the day was opened
        self.instrument = scales.SOWS_INSTRUMENT
        self.saved: CheckIn | None = None
        self.item_rows: list[ChoiceRow] = []
        self.extra_rows: list[ChoiceRow] = []
        self._loading = False
        self._plan_kind: str | None = None  # the plan's substance kind, for its wording
        self._unsaved = False  # the form differs from what is saved (a draft exists)
        self._draft_pending = False  # a change not yet written to the draft
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush_draft)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(8)
        outer.addLayout(self._build_header())
        self.banner = HoldBanner(store, self.today)
        self.banner.message.connect(self.say)
        self.banner.hold_recorded.connect(events.plan_changed.emit)
        self.banner.dismiss_button.clicked.connect(self._fit_notices)
        self.safety_notes = SafetyNotes(store)
        self.safety_notes.changed.connect(self._fit_notices)
        outer.addWidget(self._build_notices())
        outer.addWidget(self._build_body(), 1)
        outer.addWidget(self._line())
        outer.addLayout(self._build_footer())
        self._build_shortcuts()

        events.doses_changed.connect(self._doses_changed)
        events.records_changed.connect(self._records_changed)
        events.draft_discarded.connect(self._draft_discarded)
        events.plan_changed.connect(self.refresh_context)
        events.data_replaced.connect(self.reload)
        events.settings_changed.connect(self.reload)
        app = QApplication.instance()
        if app is not None:  # a quit by signal never hides the window: flush then too
            app.aboutToQuit.connect(self.flush_draft)
        self.open_day(self.today())

    # ---- building ---------------------------------------------------------------
    @staticmethod
    def _line() -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

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
        self.prev_button.clicked.connect(lambda: self.step_day(-1))
        self.next_button = QPushButton(self.tr("▶"))
        self.next_button.setAccessibleName(self.tr("Next day (Ctrl+Right)"))
        self.next_button.setToolTip(self.tr("Next day (Ctrl+Right)"))
        self.next_button.clicked.connect(lambda: self.step_day(1))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(button.sizeHint().height() + 8)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Go to today"))
        self.today_button.clicked.connect(lambda: self.open_day(self.today()))
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
        self.dose_strip.logged.connect(self.events.doses_changed.emit)
        self.dose_strip.message.connect(self.say)
        self.dose_strip.typing.connect(self.form_changed)
        header.addWidget(self.dose_strip)
        header.addStretch(1)
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
        self.notices = QScrollArea()
        self.notices.setWidget(notices)
        self.notices.setWidgetResizable(True)
        self.notices.setFrameShape(QFrame.Shape.NoFrame)
        self.notices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notices.setAccessibleName(self.tr("Suggestions and notes"))
        self.notices.hide()
        return self.notices

    def _fit_notices(self) -> None:
        content = self.notices.widget()
        layout = content.layout()
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

    def _build_body(self) -> QScrollArea:
        content = QWidget()
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self.columns = columns
        columns.setContentsMargins(0, 0, 8, 0)
        columns.setSpacing(16)

        self.scale_box = QGroupBox()
        scale_layout = QVBoxLayout(self.scale_box)
        scale_layout.setSpacing(2)
        self.scale_hint = QLabel()
        self.scale_hint.setWordWrap(True)
        scale_layout.addWidget(self.scale_hint)
        self.items_layout = QVBoxLayout()
        self.items_layout.setSpacing(1)
        scale_layout.addLayout(self.items_layout)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.scale_box, 1)
        self.extras_box = QGroupBox(self.tr("Extra symptoms (kept apart from the scale total)"))
        extras_layout = QVBoxLayout(self.extras_box)
        extras_layout.setSpacing(1)
        self.extras_toggle = QCheckBox(self.tr("Track extra symptoms"))
        self.extras_toggle.setAccessibleName(self.tr("Track extra symptoms"))
        self.extras_toggle.toggled.connect(self._toggle_extras)
        extras_layout.addWidget(self.extras_toggle)
        self.extras_layout = QVBoxLayout()
        self.extras_layout.setSpacing(1)
        extras_layout.addLayout(self.extras_layout)
        left.addWidget(self.extras_box)

        self.left_column = QWidget()
        self.left_column.setLayout(left)
        columns.addWidget(self.left_column, 3)

        side = QVBoxLayout()
        side.setSpacing(10)
        measures_box = QGroupBox(self.tr("Other measures"))
        self.measures = MeasuresBox()
        self.measures.changed.connect(self.form_changed)
        QVBoxLayout(measures_box).addWidget(self.measures)
        side.addWidget(measures_box)

        meds_box = QGroupBox(self.tr("Other medications taken"))
        self.meds = OtherMedsBox(self.store)
        self.meds.changed.connect(self.form_changed)
        self.meds.message.connect(self.say)
        self.meds.records_changed.connect(self.events.records_changed.emit)
        QVBoxLayout(meds_box).addWidget(self.meds)
        side.addWidget(meds_box)

        note_box = QGroupBox(self.tr("Note"))
        note_layout = QVBoxLayout(note_box)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Anything you want to remember about today"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.note.textChanged.connect(self.form_changed)
        note_layout.addWidget(self.note)
        self.flag = QCheckBox(self.tr("Flag this day for my pro&vider"))
        self.flag.setAccessibleName(self.tr("Flag this day for my provider"))
        self.flag.toggled.connect(self.form_changed)
        note_layout.addWidget(self.flag)
        side.addWidget(note_box)
        side.addStretch(1)
        side_widget = QWidget()
        self.side_widget = side_widget
        side_widget.setLayout(side)
        side_widget.setMinimumWidth(340)
        side_widget.setMaximumWidth(520)
        columns.addWidget(side_widget, 2)
        columns.addStretch(0)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        self.scroll = scroll
        return scroll

    def _build_footer(self) -> QHBoxLayout:
        footer = QHBoxLayout()
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
        texts.addWidget(self.band_note)
        texts.addWidget(self.citation)
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
        self.message_label.setMinimumHeight(self.message_label.fontMetrics().lineSpacing() * 2 + 4)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.save_button = QPushButton(self.tr("&Save check-in"))
        self.save_button.setAccessibleName(self.tr("Save check-in (Ctrl+S)"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.save_button.setMinimumWidth(160)
        self.save_button.clicked.connect(self.save)
        status_row = QHBoxLayout()
        status_row.addStretch(1)
        status_row.addWidget(self.status_label)
        self.discard_button = QPushButton(self.tr("&Discard changes"))
        self.discard_button.setAccessibleName(self.tr("Discard the unsaved changes"))
        self.discard_button.setToolTip(self.tr("Go back to what is saved for this day"))
        self.discard_button.setFlat(True)
        self.discard_button.clicked.connect(self.discard_changes)
        status_row.addWidget(self.discard_button)
        side.addLayout(status_row)
        side.addWidget(self.message_label)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        side.addLayout(save_row)
        footer.addLayout(side, 2)
        return footer

    def _build_shortcuts(self) -> None:
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        # Ctrl+S is the main window's Edit > Save check-in, shown in its menu.
        for keys, slot in (
            (QKeySequence("Ctrl+Left"), lambda: self.step_day(-1)),
            (QKeySequence("Ctrl+Right"), lambda: self.step_day(1)),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(scope)
            shortcut.activated.connect(slot)

    def _rebuild_rows(self, extras: list[str]) -> None:
        """Item rows for the instrument in use and extra-symptom rows for extras
        (kept as they are when neither changed, so the keyboard focus stays put)."""
        self.extras_toggle.blockSignals(True)
        self.extras_toggle.setChecked(bool(settings.get(self.store, "extra_symptoms")))
        self.extras_toggle.blockSignals(False)
        shape = (self.instrument.key, tuple(extras))
        if shape == getattr(self, "_shape", None):
            return
        self._shape = shape
        for row in self.item_rows + self.extra_rows:
            row.setParent(None)
            row.deleteLater()
        self.item_rows, self.extra_rows = [], []
        scale = self.instrument
        self.scale_box.setTitle(scale_text(scale.title))
        ask = (
            self.tr("How do you feel <b>now</b>? ")
            if scale.key == scales.SOWS
            else self.tr("Rate each symptom. ")
        )
        self.scale_hint.setText(
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
            row.changed.connect(self.form_changed)
            self.items_layout.addWidget(row)
            row.show()
            self.item_rows.append(row)
        names = dict(scales.EXTRA_SYMPTOMS)
        extra_anchors = tuple(scale_text(a) for a in scales.EXTRA_SYMPTOM_ANCHORS)
        for key in extras:
            row = ChoiceRow(key, scale_text(names[key]), extra_anchors)
            row.changed.connect(self.form_changed)
            self.extras_layout.addWidget(row)
            row.show()
            self.extra_rows.append(row)
        rows = self.item_rows + self.extra_rows
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
        self.left_column.setMaximumWidth(self.left_column.sizeHint().width() + 16)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Rows are rebuilt after the rest of the form, so the focus chain is set here:
        items, extra symptoms, measures, medications, note, flag, Save; the rarely
        used extras switch comes last so it never sits between items and measures."""
        chain = [
            *self.item_rows,
            *self.extra_rows,
            *self.measures.boxes.values(),
            self.meds.name,
            self.meds.amount,
            self.meds.unit,
            self.meds.add_button,
            self.note,
            self.flag,
            self.save_button,
            self.extras_toggle,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _toggle_extras(self, on: bool) -> None:
        keys = [k for k, _ in scales.EXTRA_SYMPTOMS] if on else []  # the setting keeps all
        settings.put(self.store, "extra_symptoms", keys)
        self.events.settings_changed.emit()

    # ---- days ---------------------------------------------------------------------
    def today(self) -> dt.date:
        return self.clock.today()

    def step_day(self, delta: int) -> None:
        if self.day is not None:
            self.open_day(self.day + dt.timedelta(days=delta))

    def open_day(self, day: dt.date) -> None:
        """Show the check-in for day: its draft if one is kept, else what is saved.

        Future days cannot be opened; they stay on today."""
        today = self.today()
        if day > today:
            if self.day == today:
                self.say(self.tr("Future days cannot be filled in yet."))
                return
            day = today
        if self.day is not None:
            self.flush_draft()
        self.day, self._opened_on = day, today
        self.saved = checkins.get(self.store, day)
        draft = drafts.get(self.store, draft_key(day))
        source = draft if draft else (_form_from_checkin(self.saved) if self.saved else None)
        key = (source or {}).get("instrument") or settings.get(self.store, "instrument")
        try:
            self.instrument = scales.instrument(key)
        except ValueError:
            self.instrument = scales.SOWS_INSTRUMENT
        # Extra symptoms the scale already rates are not offered (Gossop's trouble sleeping).
        offered = [k for k, _ in scales.extra_symptoms_for(self.instrument.key)]
        extras = [k for k in settings.get(self.store, "extra_symptoms") if k in offered]
        for key in (source or {}).get("extras", {}):
            if key not in extras and key in dict(scales.EXTRA_SYMPTOMS):
                extras.append(key)  # never hide a score already given
        self._loading = True
        try:
            self._rebuild_rows(extras)
            self._set_form(source or {})
        finally:
            self._loading = False
        self._unsaved = bool(draft)
        self._draft_pending = False
        self.day_label.setText(self._day_text(day, today))
        self.next_button.setEnabled(day < today)
        self.today_button.setEnabled(day != today)
        self.message_label.clear()
        self.meds.show_day(day)
        self.refresh_context()
        self._update_total()
        self._update_status()
        if self.isVisible():
            self.focus_first_blank()

    def _day_text(self, day: dt.date, today: dt.date) -> str:
        text = locale_format.long_date(day)
        if day == today:
            return self.tr("%s · today") % text
        if day == today - dt.timedelta(days=1):
            return self.tr("%s · yesterday") % text
        return text

    def focus_first_blank(self) -> None:
        """Keyboard on the first unanswered item (else the first), scrolled into view: a
        digit typed next must answer a row the person can see."""
        row = next(
            (r for r in self.item_rows if r.value is None),
            self.item_rows[0] if self.item_rows else None,
        )
        if row is not None:
            row.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(row)

    def ready_for_keys(self) -> bool:
        """The form is shown and an item row has the keyboard: a digit typed now answers."""
        focused = QApplication.focusWidget()
        return (
            self.isVisible()
            and focused is not None
            and focused in self.item_rows
            and focused.isVisible()
        )

    def reload(self) -> None:
        """Settings or data changed elsewhere: show the same day again, keeping typing."""
        self.flush_draft()
        self.day, day = None, self.day
        self.open_day(day or self.today())

    # ---- the form -----------------------------------------------------------------
    def form_state(self) -> dict:
        """Everything typed in the form, as kept in the draft (blank items absent)."""
        return {
            "instrument": self.instrument.key,
            "items": {r.key: r.value for r in self.item_rows if r.value is not None},
            "extras": {r.key: r.value for r in self.extra_rows if r.value is not None},
            "measures": self.measures.values(),
            "note": self.note.toPlainText(),
            "flag": self.flag.isChecked(),
            "medication": self.meds.typed(),
            "dose": self.dose_strip.typed(),
        }

    def _set_form(self, state: dict) -> None:
        items, extras = state.get("items", {}), state.get("extras", {})
        for row in self.item_rows:
            row.set_value(items.get(row.key))
        for row in self.extra_rows:
            row.set_value(extras.get(row.key))
        self.measures.set_values(state.get("measures", {}))
        self.note.blockSignals(True)
        self.note.setPlainText(state.get("note", ""))
        self.note.blockSignals(False)
        self.flag.blockSignals(True)
        self.flag.setChecked(bool(state.get("flag", False)))
        self.flag.blockSignals(False)
        self.meds.set_typed(state.get("medication", {}))
        self.dose_strip.set_typed(state.get("dose", {}))

    def form_changed(self, *_args) -> None:
        if self._loading:
            return
        self._unsaved = True
        self._draft_pending = True
        self._draft_timer.start()
        self._update_total()
        self._update_status()

    def flush_draft(self) -> None:
        """Write the pending change to the draft now (also on hide, close and day change)."""
        self._draft_timer.stop()
        if self._draft_pending and self.day is not None:
            self._draft_pending = False
            drafts.put(self.store, draft_key(self.day), self.form_state())

    def collect(self) -> CheckIn:
        state = self.form_state()
        return CheckIn(
            day=self.day,
            instrument=self.instrument.key,
            items=state["items"],
            extras=state["extras"],
            note=state["note"].strip(),
            flag_for_provider=state["flag"],
            **state["measures"],
        )

    def _update_total(self) -> None:
        scale = self.instrument
        items = {r.key: r.value for r in self.item_rows}
        answered, count = scale.answered(items), len(scale.items)
        total = scale.total(items)
        if total is None:
            if answered == 0:
                self.total_label.setText(self.tr("Total: not answered yet (0 of %d)") % count)
            else:
                self.total_label.setText(
                    self.tr("Total: incomplete (%d of %d)") % (answered, count)
                )
        else:
            text = self.tr("Total: %d of %d") % (total, scale.max_total)
            band = scale.band(total)
            if band is not None:
                text += self.tr(" · %s (conventional band)") % scale_text(band.name)
            self.total_label.setText(text)
        self.total_hint.setText(
            self.tr("A total needs every item; you can still save, and it is kept as partial.")
            if total is None and answered
            else ""
        )
        note = scale_text(scale.band_note)
        if self._plan_kind == KRATOM and scale.kratom_note:  # kratom wording for kratom only
            note += " " + scale_text(scale.kratom_note)
        self.band_note.setText(note)
        self.citation.setText(self.tr("%s: %s") % (scale.key, scale.citation))

    def _update_status(self) -> None:
        if self.saved is not None:
            text = self.tr("Saved at %s") % saved_time(self.saved.saved_at, self.clock.now().date())
            if not self.saved.rated:
                text += self.tr(" · a note, no symptoms rated")
            elif not self.saved.complete:
                text += self.tr(" · partial (%d of %d)") % (
                    self.instrument.answered(self.saved.items),
                    len(self.instrument.items),
                )
            if self._unsaved:
                text += self.tr(" · changes not saved yet (kept as a draft)")
        elif self._unsaved:
            text = self.tr("Not saved yet (kept as a draft)")
        else:
            text = self.tr("Not saved yet")
        self.status_label.setText(text)
        self.discard_button.setVisible(self._unsaved)

    def discard_changes(self) -> None:
        """Drop this day's draft and show what is saved (or an empty form)."""
        if self.day is None:
            return
        self._draft_timer.stop()
        self._draft_pending = False
        drafts.delete(self.store, draft_key(self.day))
        day, self.day = self.day, None
        self.open_day(day)
        self.say(self.tr("Changes discarded."))

    def say(self, text: str) -> None:
        self.message_label.setText(text)

    # ---- saving -------------------------------------------------------------------
    def save(self) -> bool:
        """Make the form the day's check-in (one transaction); the draft goes with it."""
        if self.day is None:
            return False
        checkin = self.collect()
        typed_med = self.meds.typed()
        meds = []
        if typed_med["name"].strip():
            meds.append(
                OtherMedication(
                    self.day,
                    typed_med["name"].strip(),
                    typed_med["amount"],
                    typed_med["unit"].strip(),
                )
            )
        typed_dose = self.dose_strip.typed_dose()
        taken = [typed_dose] if typed_dose is not None else []
        measures = (
            checkin.craving,
            checkin.pain,
            checkin.sleep_hours,
            checkin.sleep_quality,
            checkin.mood,
        )
        if not (
            checkin.items
            or checkin.extras
            or checkin.note
            or checkin.flag_for_provider
            or meds
            or taken
            or any(m is not None for m in measures)
        ):
            self.say(self.tr("Nothing to save yet: answer an item or write a note first."))
            return False
        strip = self.dose_strip
        if typed_dose is not None and not dose_confirm.confirmed(
            self, typed_dose.amount, strip.planned, typed_dose.unit, self.day, strip.clock.today()
        ):
            # Save stores a typed dose too, so it asks the same question as Log.
            self.say(
                QCoreApplication.translate(
                    "DoseStrip", "Not logged; the amount is still there to change."
                )
            )
            strip.amount.setFocus()
            return False
        self._draft_timer.stop()
        try:
            checkins.save_from_form(self.store, checkin, draft_key(self.day), meds, taken)
        except ValueError as exc:
            self._draft_pending = True
            self.flush_draft()
            self.say(self.tr("Not saved: %s. What you typed is kept as a draft.") % exc)
            return False
        self.saved = checkin
        self._unsaved = self._draft_pending = False
        if meds:
            self.meds.set_typed({})
            self.meds.show_day(self.day)
            self.events.records_changed.emit(self.day)
        if taken:
            self.dose_strip.set_typed({})
            self.events.doses_changed.emit(self.day)
        self._update_status()
        if not checkin.rated:
            self.say(
                self.tr(
                    "Saved for %s as a note: no symptoms rated, so it does not count as a check-in."
                )
                % locale_format.day_month(self.day)
            )
        else:
            partial = "" if checkin.complete else self.tr(" as partial")
            self.say(
                self.tr("Check-in for %s saved%s.") % (locale_format.day_month(self.day), partial)
            )
        self.refresh_context()  # the hold suggestion and safety notes follow the saved totals
        self.events.checkin_saved.emit(self.day)
        return True

    # ---- plan and doses -----------------------------------------------
    def _draft_discarded(self, day) -> None:
        """The calendar threw this day's draft away: show what is saved again."""
        if day == self.day:
            self._draft_timer.stop()
            self._draft_pending = False
            self.day = None
            self.open_day(day)

    def _records_changed(self, day) -> None:
        """Other medications changed (perhaps in the calendar): show them at once."""
        if day == self.day:
            self.meds.show_day(day)

    def _doses_changed(self, day) -> None:
        if day == self.day:
            self.refresh_context()

    def refresh_context(self) -> None:
        """The dose strip and the hold banner, from the current plan."""
        if self.day is None:
            return
        plan = plans.current_plan(self.store)
        schedule = PlanSchedule(plan.revisions, plan.holds) if plan else None
        self.dose_strip.show_day(self.day, schedule, plan)
        self.banner.refresh(schedule)
        self._plan_kind = plan.substance.kind if plan else None
        self.extras_toggle.setToolTip(self._extras_tooltip())
        self.safety_notes.show_notes(day_notes(self.store, plan, self.saved, self.today()))
        self._update_total()
        self._fit_layout()
        self._fit_notices()

    def _extras_tooltip(self) -> str:
        names = ", ".join(
            scale_text(label) for _k, label in scales.extra_symptoms_for(self.instrument.key)
        )
        if self._plan_kind == KRATOM:
            return (
                self.tr(
                    "%s: symptoms reported with kratom but absent from SOWS (Singh et "
                    "al. 2014; Smith et al. 2022), scored 0-4, kept apart from the "
                    "total."
                )
                % names
            )
        return self.tr("%s: optional symptoms scored 0-4, kept apart from the scale total.") % names

    def _fit_layout(self) -> None:
        """Side by side where both halves fit, else one above the other (large text, small
        screen): the day and the dose strip, and the scale and the other measures. Nothing is
        squeezed into clipped buttons or pushed off to the right."""
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        needed = self.header_nav.sizeHint().width() + 32 + self.dose_strip.sizeHint().width()
        self._set_direction(self.header, needed <= room, 32, 4)
        room -= self.scroll.verticalScrollBar().sizeHint().width() + 8
        needed = (
            self.left_column.minimumSizeHint().width()
            + 16
            + max(self.side_widget.minimumSizeHint().width(), 340)
        )
        self._set_direction(self.columns, needed <= room, 16, 10)

    @staticmethod
    def _set_direction(layout: QBoxLayout, side_by_side: bool, wide: int, stacked: int) -> None:
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        if layout.direction() != direction:
            layout.setDirection(direction)
            layout.setSpacing(wide if side_by_side else stacked)

    # ---- Qt events --------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_layout()
        self._fit_notices()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        today = self.today()
        if self.day is not None and (
            self.day > today
            or (today != self._opened_on and self.day == self._opened_on and not self._unsaved)
        ):
            self.open_day(today)  # the app stayed open past the day boundary
        elif self.day is not None:
            self.day_label.setText(self._day_text(self.day, today))
            self.next_button.setEnabled(self.day < today)
        QTimer.singleShot(0, self._focus_if_nothing_focused)

    def _focus_if_nothing_focused(self) -> None:
        focused = self.focusWidget()
        if self.isVisible() and (focused is None or not self.isAncestorOf(focused)):
            self.focus_first_blank()

    def hideEvent(self, event) -> None:
        self.flush_draft()
        super().hideEvent(event)


def _form_from_checkin(checkin: CheckIn) -> dict:
    return {
        "instrument": checkin.instrument,
        "items": dict(checkin.items),
        "extras": dict(checkin.extras),
        "measures": {k: getattr(checkin, k) for k in MEASURE_KEYS},
        "note": checkin.note,
        "flag": checkin.flag_for_provider,
        "medication": {},
    }
