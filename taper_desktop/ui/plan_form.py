"""The plan editor's fields: substance, date in force, rule and its amounts, custom
steps, reason and agreement, each with its message line under it.

The form fills itself from the plan being changed and keeps labels, units and examples
in step with the substance and rule; reading it into a revision is plan_dialog's job.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from taper_desktop.domain.formatting import is_rate
from taper_desktop.domain.models import Hold, Plan
from taper_desktop.domain.plan_rules import CUSTOM, LINEAR, PERCENT
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.domain.substances import CATALOGUE, SubstanceType
from taper_desktop.domain.wording import fill
from taper_desktop.ui import locale_format
from taper_desktop.ui.plan_boxes import CustomStepsBox, IncreaseBox
from taper_desktop.ui.plan_parts import fmt, keep_room_when_hidden, message_label, note_label
from taper_desktop.ui.translations import substance_text


class PlanForm(QWidget):
    changed = Signal()  # any field changed: the editor reads the form again

    def __init__(
        self, plan: Plan | None, holds: list[Hold], today: dt.date, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.plan, self.holds, self.today = plan, holds, today
        self.errors: dict[str, QLabel] = {}
        self._prefilled = ""  # the start dose text filled in from the plan, while untouched
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        form = self.form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.substance = QComboBox()
        for entry in CATALOGUE:
            name = substance_text(entry.name)
            unit = locale_format.unit(entry.unit)
            self.substance.addItem(f"{name} ({unit})" if unit else name, entry.key)
        self._field("substance", self.tr("Substance"), self.substance, typed=False)
        self.substance.currentIndexChanged.connect(self._substance_changed)
        self.other_name = self._line("other_name", self.tr("Name"))
        self.other_unit = self._line("other_unit", self.tr("Unit"))
        self.other_unit.setPlaceholderText(self.tr("e.g. mg or tablets"))
        self.other_unit.textChanged.connect(lambda _text: self._label_units())

        self.effective = QDateEdit()
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat(locale_format.date_pattern())
        self.effective.dateChanged.connect(self._effective_changed)
        self._field(
            "effective",
            self.tr("Starts on") if plan is None else self.tr("In force from"),
            self.effective,
            self.tr("Days before this date keep the schedule they had."),
        )

        self.rule = QComboBox()
        self.rule.addItem(self.tr("Proportional: a percentage of the most recent dose"), PERCENT)
        self.rule.addItem(self.tr("Linear: the same amount each step"), LINEAR)
        self.rule.addItem(self.tr("Custom: dated steps from a paper schedule"), CUSTOM)
        self.rule.currentIndexChanged.connect(self._rule_changed)
        # The rule's whole name where there is room; where there is not (a long name in
        # another language, a small screen) it shortens in the field, whole in the list.
        self.rule.setMinimumWidth(self.rule.fontMetrics().averageCharWidth() * 30)
        self._field("rule", self.tr("Rule"), self.rule, typed=False)
        self.rule_note = note_label()
        self.rule_note.setAccessibleName(self.tr("About this rule"))
        form.addRow("", self.rule_note)

        self.start = self._line("start", self.tr("Start dose per day"))
        self.start.textChanged.connect(lambda _text: self._start_typed())
        self.start_note = note_label()
        self.start_note.setAccessibleName(self.tr("Where the start dose comes from"))
        # Typing over the filled-in dose hides the note but keeps its room: no field moves
        # (in a holder, as a form row drops a hidden widget's room).
        keep_room_when_hidden(self.start_note)
        note_holder = QWidget()
        holder_layout = QVBoxLayout(note_holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.start_note)
        form.addRow("", note_holder)
        self.step = self._line("step", self.tr("Percent per step"))
        self.step_label = self._label_of(self.step)
        self.interval = self._line("interval", self.tr("Step every (days)"))
        self.resolution = self._line(
            "resolution",
            self.tr("Round doses to"),
            self.tr("The smallest amount you can measure: scale resolution, half tablet, mL."),
        )
        self.target = self._line("target", self.tr("Target dose"))
        self.target.setToolTip(self.tr("0 to stop, or the dose the taper ends at."))
        v.addLayout(form)
        form.setRowVisible(note_holder, plan is not None)  # only a revision's is filled in

        self.steps = CustomStepsBox(self.effective_date)
        self.steps.changed.connect(self.changed)
        self.errors["custom"] = self.steps.error
        form.addRow(self.steps)

        self.reason = self._line("reason", self.tr("Reason"), typed=False)  # never refused
        self.reason.setPlaceholderText(self.tr("e.g. slower steps agreed at the visit"))
        self.agreed_by = self._line("agreed_by", self.tr("Agreed with"), typed=False)
        self.agreed_by.setPlaceholderText(self.tr("optional, e.g. Dr. Rivera"))
        self.increase = IncreaseBox()
        self.increase.changed.connect(self.changed)
        self.errors["increase"] = self.increase.error
        v.addWidget(self.increase)
        v.addStretch(1)

    # ---- building ------------------------------------------------------------------
    def _field(
        self, key: str, label: str, widget: QWidget, help_text: str = "", typed: bool = True
    ) -> None:
        """A row: the field with its message line under it (errors[key]). The line of a
        field whose value is typed or picked into a message keeps its room (typed)."""
        widget.setAccessibleName(label)
        if help_text:
            widget.setToolTip(help_text)
        error = message_label(fill(self.tr("%1 problem"), label), keep_room=typed)
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        v.addWidget(error)
        self.errors[key] = error
        self.form.addRow(label, holder)

    def _line(self, key: str, label: str, help_text: str = "", typed: bool = True) -> QLineEdit:
        edit = QLineEdit()
        self._field(key, label, edit, help_text, typed)
        edit.textChanged.connect(lambda _text: self.changed.emit())
        return edit

    def _holder(self, widget: QWidget) -> QWidget:
        holder = widget.parentWidget()
        assert holder is not None  # every field sits in its row's holder
        return holder

    def _label_of(self, widget: QWidget) -> QLabel | None:
        label = self.form.labelForField(self._holder(widget))
        return label if isinstance(label, QLabel) else None

    # ---- loading -------------------------------------------------------------------
    def load(self) -> None:
        """The plan being changed, or a new plan's empty fields."""
        plan = self.plan
        latest = plan.revisions[-1] if plan and plan.revisions else None
        if plan is not None:
            substance = plan.substance
            index = next(
                (
                    i
                    for i, e in enumerate(CATALOGUE)
                    if e.name == substance.name and e.unit == substance.unit
                ),
                -1,
            )
            if index < 0:
                index = self.substance.findData("other")
                self.other_name.setText(substance.name)
                self.other_unit.setText(substance.unit)
            self.substance.setCurrentIndex(index)
            for w in (self.substance, self.other_name, self.other_unit):
                w.setEnabled(False)
        self.effective.blockSignals(True)
        self.effective.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.effective.blockSignals(False)
        if latest is not None:
            # The plan's own rule carries on; only the start follows the plan (see below).
            self.rule.setCurrentIndex(self.rule.findData(latest.rule))
            self.step.setText(fmt(latest.step) if latest.step is not None else "")
            self.interval.setText(str(latest.interval_days) if latest.interval_days else "")
            self.resolution.setText(fmt(latest.resolution))
            self.target.setText(fmt(latest.target))
            self.agreed_by.setText(latest.agreed_by)
            self._prefill_start()
        # A new plan starts with empty rule fields: the examples are placeholders only,
        # so nothing the app shows reads as advice on a dose or a pace.
        self._substance_changed()
        self._rule_changed()

    def _planned_on(self, day: dt.date) -> float | None:
        if self.plan is None or not self.plan.revisions:
            return None
        try:
            return PlanSchedule(self.plan.revisions, self.holds).planned(day)
        except ValueError:  # a stored plan the rules no longer accept: no prefill
            return None

    def _prefill_start(self) -> None:
        """A revision starts where the plan stands: the dose planned for its in-force date."""
        day = self.effective_date()
        planned = self._planned_on(day)
        if planned is None:
            self.start_note.setVisible(False)
            return
        self._prefilled = ""
        self.start.setText(fmt(planned))
        self._prefilled = fmt(planned)
        self.start_note.setText(
            fill(
                self.tr(
                    "Filled in from your plan: %1 is planned for %2. Change it only if your "
                    "provider agreed another dose."
                ),
                locale_format.dose(planned, self.unit()),
                locale_format.date(day),
            )
        )
        self.start_note.setVisible(True)

    def _start_typed(self) -> None:
        if self._prefilled and self.start.text().strip() != self._prefilled:
            self._prefilled = ""
            self.start_note.setVisible(False)

    def _effective_changed(self) -> None:
        if self.plan is not None and (self._prefilled or not self.start.text().strip()):
            self._prefill_start()
        self.changed.emit()

    # ---- what the fields say ---------------------------------------------------------
    def substance_type(self) -> SubstanceType:
        return CATALOGUE[max(self.substance.currentIndex(), 0)]

    def unit(self) -> str:
        entry = self.substance_type()
        return self.other_unit.text().strip() if entry.key == "other" else entry.unit

    def effective_date(self) -> dt.date:
        return locale_format.pydate(self.effective.date())

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each field's message, or none; the message lines keep their room either way."""
        for key, label in self.errors.items():
            text = problems.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))

    # ---- following the substance and the rule ------------------------------------------
    def _substance_changed(self) -> None:
        other = self.substance_type().key == "other"
        for w in (self.other_name, self.other_unit):
            self.form.setRowVisible(self._holder(w), other)
        self._label_units()
        self._placeholders()
        self.changed.emit()

    def _placeholders(self) -> None:
        """Examples, never values: the fields stay empty until the person types."""
        entry = self.substance_type()
        example = fmt(entry.default_resolution) if entry.key != "other" else "1"
        self.resolution.setPlaceholderText(fill(self.tr("e.g. %1"), example))
        self.start.setPlaceholderText(self.tr("the dose agreed with your provider"))
        self.interval.setPlaceholderText(fill(self.tr("e.g. %1"), "7"))
        self.target.setPlaceholderText(fill(self.tr("e.g. %1 (to stop)"), "0"))
        percent = self.rule.currentData() == PERCENT
        self.step.setPlaceholderText(fill(self.tr("e.g. %1"), "10" if percent else example))

    def _label_units(self) -> None:
        """Put the unit in the labels of the amounts, e.g. 'Start dose per day (g)'; a
        patch's dose is a rate: 'Start dose (mcg/h)'."""
        unit = self.unit()
        suffix = f" ({locale_format.unit(unit)})" if unit else ""
        start_text = self.tr("Start dose") if is_rate(unit) else self.tr("Start dose per day")
        for edit, text in (
            (self.start, start_text),
            (self.resolution, self.tr("Round doses to")),
            (self.target, self.tr("Target dose")),
        ):
            label = self._label_of(edit)
            if label is not None:
                label.setText(text + suffix)
                edit.setAccessibleName(text + suffix)
        if self.step_label is not None:
            percent = self.rule.currentData() == PERCENT
            self.step_label.setText(
                self.tr("Percent per step") if percent else self.tr("Amount per step") + suffix
            )

    def _rule_changed(self) -> None:
        rule = self.rule.currentData()
        custom = rule == CUSTOM
        self.rule.setToolTip(self.rule.currentText())  # whole, where the field is narrow
        for w in (self.step, self.interval):
            self.form.setRowVisible(self._holder(w), not custom)
        self.steps.setVisible(custom)
        self._label_units()
        self._placeholders()
        self.step.setAccessibleName(self.step_label.text() if self.step_label else "")
        if rule == PERCENT:
            self.rule_note.setText(
                self.tr(
                    "Each step removes a fixed share of the most recent dose, so steps shrink as "
                    "the dose falls (Horowitz & Taylor, Lancet Psychiatry 2019). That paper is "
                    "about antidepressants; applying it to opioids or kratom is your provider's "
                    "decision."
                )
            )
        elif rule == LINEAR:
            self.rule_note.setText(
                self.tr(
                    "Each step removes the same amount, so the last steps are a large share of "
                    "what is left."
                )
            )
        self.rule_note.setVisible(not custom)
        if custom and self.steps.table.rowCount() == 0:
            self.steps.add_step()
        self.changed.emit()
