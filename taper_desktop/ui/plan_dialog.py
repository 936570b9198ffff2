"""The plan editor: the provider's rule and its parameters, checked at each field, with a
live preview table and chart of the proposed schedule. Saving makes a plan revision."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from taper_desktop.domain import plan_rules
from taper_desktop.domain.days import parse_day
from taper_desktop.domain.formatting import (
    MME_ROUNDING,
    format_amount,
    format_mme,
    is_rate,
)
from taper_desktop.domain.models import CustomStep, Hold, Plan, PlanRevision, Substance
from taper_desktop.domain.schedule import CUSTOM, LINEAR, PERCENT, PlanSchedule
from taper_desktop.domain.substances import CATALOGUE, MME_CAVEAT, SubstanceType, mme_per_day
from taper_desktop.ui import locale_format
from taper_desktop.ui.plan_rule_text import problem_text
from taper_desktop.ui.sizing import resize_within_screen
from taper_desktop.ui.translations import substance_text

MAX_PREVIEW_ROWS = 400


def _number(text: str) -> float:
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        raise ValueError("missing")
    value = float(cleaned)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("not finite")
    return value


def _fmt(value: float) -> str:
    return locale_format.decimal(format_amount(value))


@dataclass
class PlanChoice:
    """What the dialog returns; the caller stores it."""

    substance: Substance
    revision: PlanRevision


class PlanDialog(QDialog):
    def __init__(
        self,
        plan: Plan | None = None,
        holds: list[Hold] | None = None,
        today: dt.date | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.plan = plan
        self.holds = list(holds or (plan.holds if plan else []))
        self.today = today or dt.date.today()
        self.result_choice: PlanChoice | None = None
        self._prefilled = ""  # the start dose text filled in from the plan, while untouched
        self.setWindowTitle(
            self.tr("Change the taper plan") if plan else self.tr("Set up your taper plan")
        )
        self.setMinimumSize(640, 460)
        resize_within_screen(self, 1040, 700)
        self.errors: dict[str, QLabel] = {}

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._form_side())
        splitter.addWidget(self._preview_side())
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(
            self.tr("Save plan") if plan is None else self.tr("Save as a new revision")
        )
        self.save_button.setAccessibleName(self.save_button.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self._load()
        self.update_preview()
        self.start.setFocus()
        self.start.selectAll()

    # ---- building ------------------------------------------------------------------
    def _error_label(self, name: str) -> QLabel:
        error = QLabel()
        error.setWordWrap(True)
        error.setVisible(False)
        error.setAccessibleName(name)
        font = error.font()
        font.setItalic(True)
        error.setFont(font)
        return error

    def _field(
        self, form: QFormLayout, key: str, label: str, widget: QWidget, help_text: str = ""
    ) -> QWidget:
        widget.setAccessibleName(label)
        if help_text:
            widget.setToolTip(help_text)
        error = self._error_label(self.tr("%s problem") % label)
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        v.addWidget(error)
        self.errors[key] = error
        form.addRow(label, holder)
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(self.update_preview)
        return widget

    def _note(self) -> QLabel:
        note = QLabel()
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        font = note.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        note.setFont(font)
        note.setVisible(False)
        return note

    def _form_side(self) -> QWidget:
        side = QWidget()
        v = QVBoxLayout(side)
        v.setContentsMargins(0, 0, 6, 0)
        if self.plan is not None:
            note = QLabel(
                self.tr(
                    "Saving adds a new revision. The current plan stays in the history and days "
                    "before the date in force keep the schedule they had."
                )
            )
            note.setWordWrap(True)
            v.addWidget(note)
        form = self.form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.substance = QComboBox()
        for entry in CATALOGUE:
            label = entry.name if not entry.unit else f"{entry.name} ({entry.unit})"
            self.substance.addItem(self.tr(label), entry.key)
        self._field(form, "substance", self.tr("Substance"), self.substance)
        self.substance.currentIndexChanged.connect(self._substance_changed)
        self.other_name = self._field(form, "other_name", self.tr("Name"), QLineEdit())
        self.other_unit = self._field(form, "other_unit", self.tr("Unit"), QLineEdit())
        self.other_unit.setPlaceholderText(self.tr("e.g. mg or tablets"))
        self.other_unit.textChanged.connect(lambda _text: self._label_units())

        self.effective = QDateEdit()
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat(locale_format.date_pattern())
        self.effective.dateChanged.connect(self._effective_changed)
        self._field(
            form,
            "effective",
            self.tr("Starts on") if self.plan is None else self.tr("In force from"),
            self.effective,
            self.tr("Days before this date keep the schedule they had."),
        )

        self.rule = QComboBox()
        self.rule.addItem(self.tr("Proportional: a percentage of the most recent dose"), PERCENT)
        self.rule.addItem(self.tr("Linear: the same amount each step"), LINEAR)
        self.rule.addItem(self.tr("Custom: dated steps from a paper schedule"), CUSTOM)
        self.rule.currentIndexChanged.connect(self._rule_changed)
        self._field(form, "rule", self.tr("Rule"), self.rule)
        self.rule_note = self._note()
        self.rule_note.setAccessibleName(self.tr("About this rule"))
        form.addRow("", self.rule_note)

        self.start = self._field(form, "start", self.tr("Start dose per day"), QLineEdit())
        self.start.textChanged.connect(lambda _text: self._start_typed())
        self.start_note = self._note()
        self.start_note.setAccessibleName(self.tr("Where the start dose comes from"))
        form.addRow("", self.start_note)
        self.step = self._field(form, "step", self.tr("Percent per step"), QLineEdit())
        self.step_label = form.labelForField(self.step.parentWidget())
        self.interval = self._field(form, "interval", self.tr("Step every (days)"), QLineEdit())
        self.resolution = self._field(
            form,
            "resolution",
            self.tr("Round doses to"),
            QLineEdit(),
            self.tr("The smallest amount you can measure: scale resolution, half tablet, mL."),
        )
        self.target = self._field(form, "target", self.tr("Target dose"), QLineEdit())
        self.target.setToolTip(self.tr("0 to stop, or the dose the taper ends at."))
        v.addLayout(form)

        self.custom_box = QGroupBox(self.tr("Custom steps (date and new daily dose)"))
        cv = QVBoxLayout(self.custom_box)
        self.custom_table = QTableWidget(0, 2)
        self.custom_table.setHorizontalHeaderLabels([self.tr("Date (YYYY-MM-DD)"), self.tr("Dose")])
        header = self.custom_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.custom_table.setAccessibleName(self.tr("Custom steps"))
        self.custom_table.itemChanged.connect(self.update_preview)
        self.custom_table.setMinimumHeight(110)
        cv.addWidget(self.custom_table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add step"))
        add.setAccessibleName(self.tr("Add custom step"))
        add.clicked.connect(lambda: self.add_custom_step())
        remove = QPushButton(self.tr("Remove step"))
        remove.setAccessibleName(self.tr("Remove selected custom step"))
        remove.clicked.connect(self._remove_custom_step)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        cv.addLayout(row)
        self.custom_error = self._error_label(self.tr("Custom steps problem"))
        cv.addWidget(self.custom_error)
        self.errors["custom"] = self.custom_error
        form.addRow(self.custom_box)

        self.reason = self._field(form, "reason", self.tr("Reason"), QLineEdit())
        self.reason.setPlaceholderText(self.tr("e.g. slower steps agreed at the visit"))
        self.agreed_by = self._field(form, "agreed_by", self.tr("Agreed with"), QLineEdit())
        self.agreed_by.setPlaceholderText(self.tr("optional, e.g. Dr. Rivera"))
        v.addWidget(self._increase_box())
        v.addStretch(1)
        return side

    def _increase_box(self) -> QGroupBox:
        """Shown only when the plan raises the dose: an increase is never silent."""
        box = self.increase_box = QGroupBox(self.tr("This plan raises the dose"))
        box.setAccessibleName(self.tr("Dose increase"))
        v = QVBoxLayout(box)
        self.increase_label = QLabel()
        self.increase_label.setWordWrap(True)
        self.increase_label.setAccessibleName(self.tr("Dose increase"))
        v.addWidget(self.increase_label)
        self.increase_check = QCheckBox(self.tr("My provider agreed to this &increase"))
        self.increase_check.setAccessibleName(self.tr("My provider agreed to this increase"))
        self.increase_check.toggled.connect(self.update_preview)
        v.addWidget(self.increase_check)
        row = QHBoxLayout()
        name_label = QLabel(self.tr("Provider's &name"))
        self.increase_name = QLineEdit()
        self.increase_name.setAccessibleName(
            self.tr("Name of the provider who agreed the increase")
        )
        self.increase_name.setPlaceholderText(self.tr("e.g. Dr. Rivera"))
        self.increase_name.textChanged.connect(self.update_preview)
        name_label.setBuddy(self.increase_name)
        row.addWidget(name_label)
        row.addWidget(self.increase_name, 1)
        v.addLayout(row)
        self.increase_error = self._error_label(self.tr("Dose increase problem"))
        v.addWidget(self.increase_error)
        self.errors["increase"] = self.increase_error
        box.setVisible(False)
        return box

    def _preview_side(self) -> QWidget:
        side = self.preview_side = QWidget()
        v = QVBoxLayout(side)
        v.setContentsMargins(6, 0, 0, 0)
        title = QLabel(self.tr("Proposed schedule: a plan to confirm with your provider"))
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        v.addWidget(title)
        self.end_label = QLabel()
        self.end_label.setWordWrap(True)
        self.end_label.setAccessibleName(self.tr("Projected end date"))
        v.addWidget(self.end_label)
        self.preview = QTableWidget(0, 3)
        self.preview.setAccessibleName(self.tr("Schedule preview"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        header = self.preview.horizontalHeader()
        # Every column as wide as its text (dates and "Dose (capsules)" are never cut);
        # the last one takes what is left.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        v.addWidget(self.preview, 3)
        self.cut_note = self._note()
        self.cut_note.setAccessibleName(self.tr("Steps made larger by rounding"))
        v.addWidget(self.cut_note)
        self.last_note = self._note()
        self.last_note.setAccessibleName(self.tr("How long the last dose lasts"))
        v.addWidget(self.last_note)
        self.pace_note = self._note()
        self.pace_note.setAccessibleName(self.tr("Pace of the schedule"))
        self.pace_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.addWidget(self.pace_note)
        import pyqtgraph as pg  # on use: loading pyqtgraph would slow the app's start

        self.chart = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.chart.setBackground(self.palette().color(self.backgroundRole()))
        self.chart.setMenuEnabled(False)
        self.chart.setMouseEnabled(False, False)
        self.chart.hideButtons()
        self.chart.setMinimumHeight(130)
        self.chart.setAccessibleName(self.tr("Schedule chart"))
        v.addWidget(self.chart, 2)
        self.mme_note = self._note()
        self.mme_note.setText(substance_text(MME_CAVEAT) + " " + self.tr(MME_ROUNDING))
        v.addWidget(self.mme_note)
        return side

    # ---- loading -------------------------------------------------------------------
    def _load(self) -> None:
        latest = self.plan.revisions[-1] if self.plan and self.plan.revisions else None
        if self.plan is not None:
            substance = self.plan.substance
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
            self.substance.setEnabled(False)
            self.other_name.setEnabled(False)
            self.other_unit.setEnabled(False)
        self.effective.blockSignals(True)
        self.effective.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.effective.blockSignals(False)
        if latest is not None:
            # The plan's own rule carries on; only the start follows the plan (see below).
            self.rule.setCurrentIndex(self.rule.findData(latest.rule))
            self.step.setText(_fmt(latest.step) if latest.step is not None else "")
            self.interval.setText(str(latest.interval_days) if latest.interval_days else "")
            self.resolution.setText(_fmt(latest.resolution))
            self.target.setText(_fmt(latest.target))
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
        except ValueError:
            return None

    def _prefill_start(self) -> None:
        """A revision starts where the plan stands: the dose planned for its in-force date."""
        day = self.effective_date()
        planned = self._planned_on(day)
        if planned is None:
            self.start_note.setVisible(False)
            return
        self._prefilled = ""
        self.start.setText(_fmt(planned))
        self._prefilled = _fmt(planned)
        self.start_note.setText(
            self.tr(
                "Filled in from your plan: %1 is planned for %2. Change it only if your provider "
                "agreed another dose."
            )
            .replace("%1", locale_format.dose(planned, self.unit()))
            .replace("%2", day.isoformat())
        )
        self.start_note.setVisible(True)

    def _start_typed(self) -> None:
        if self._prefilled and self.start.text().strip() != self._prefilled:
            self._prefilled = ""
            self.start_note.setVisible(False)

    def _effective_changed(self) -> None:
        if self.plan is not None and (self._prefilled or not self.start.text().strip()):
            self._prefill_start()
        self.update_preview()

    def substance_type(self) -> SubstanceType:
        return CATALOGUE[max(self.substance.currentIndex(), 0)]

    def unit(self) -> str:
        entry = self.substance_type()
        return self.other_unit.text().strip() if entry.key == "other" else entry.unit

    def _substance_changed(self) -> None:
        entry = self.substance_type()
        other = entry.key == "other"
        for w in (self.other_name, self.other_unit):
            self.form.setRowVisible(w.parentWidget(), other)
        self._label_units()
        self._placeholders()
        self.mme_note.setVisible(entry.mme_factor is not None)
        self.update_preview()

    def _placeholders(self) -> None:
        """Examples, never values: the fields stay empty until the person types."""
        entry = self.substance_type()
        example = _fmt(entry.default_resolution) if entry.key != "other" else "1"
        self.resolution.setPlaceholderText(self.tr("e.g. %1").replace("%1", example))
        self.start.setPlaceholderText(self.tr("the dose agreed with your provider"))
        self.interval.setPlaceholderText(self.tr("e.g. %1").replace("%1", "7"))
        self.target.setPlaceholderText(self.tr("e.g. %1 (to stop)").replace("%1", "0"))
        percent = self.rule.currentData() == PERCENT
        self.step.setPlaceholderText(self.tr("e.g. %1").replace("%1", "10" if percent else example))

    def _label_units(self) -> None:
        """Put the unit in the labels of the amounts, e.g. 'Start dose per day (g)'; a
        patch's dose is a rate: 'Start dose (mcg/h)'."""
        unit = self.unit()
        suffix = f" ({unit})" if unit else ""
        start_text = self.tr("Start dose") if is_rate(unit) else self.tr("Start dose per day")
        for edit, text in (
            (self.start, start_text),
            (self.resolution, self.tr("Round doses to")),
            (self.target, self.tr("Target dose")),
        ):
            label = self.form.labelForField(edit.parentWidget())
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
        for w in (self.step, self.interval):
            self.form.setRowVisible(w.parentWidget(), not custom)
        self.custom_box.setVisible(custom)
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
        if custom and self.custom_table.rowCount() == 0:
            self.add_custom_step()
        self.update_preview()

    def add_custom_step(
        self, day: dt.date | None = None, dose: float | None = None, increase: bool = False
    ) -> None:
        """A dated step; ``increase`` is kept for callers of the earlier dialog (a rise is
        now confirmed once for the whole revision, with the provider's name)."""
        table = self.custom_table
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        if day is None:
            effective = self.effective_date()
            day = effective + dt.timedelta(days=7 * (row + 1))
        table.setItem(row, 0, QTableWidgetItem(day.isoformat()))
        table.setItem(row, 1, QTableWidgetItem("" if dose is None else _fmt(dose)))
        table.blockSignals(False)
        self.update_preview()

    def _remove_custom_step(self) -> None:
        row = self.custom_table.currentRow()
        if row < 0:
            row = self.custom_table.rowCount() - 1
        if row >= 0:
            self.custom_table.removeRow(row)
            self.update_preview()

    def effective_date(self) -> dt.date:
        q = self.effective.date()
        return dt.date(q.year(), q.month(), q.day())

    # ---- validation -----------------------------------------------------------------
    def _show(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            text = problems.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))

    def _before(self, effective: dt.date) -> float | None:
        """The dose planned for the day before a revision taking effect on effective."""
        if self.plan is None or not self.plan.revisions:
            return None
        try:
            return plan_rules.planned_before(self.plan.revisions, self.holds, effective)
        except ValueError:
            return None

    def read(self) -> tuple[PlanChoice | None, dict[str, str]]:
        """The plan the fields describe, or the problems found, keyed by field.

        Typing problems are found here; every plan rule comes from domain/plan_rules.py,
        the same checker the store, the import and the command line use."""
        problems: dict[str, str] = {}
        entry = self.substance_type()
        rule = self.rule.currentData()

        def number(key: str, edit: QLineEdit, what: str) -> float | None:
            try:
                return _number(edit.text())
            except ValueError:
                text = edit.text().strip()
                problems[key] = (
                    self.tr("Type the %s.") % what
                    if not text
                    else self.tr("%s is not a number.") % text
                )
                return None

        if entry.key == "other":
            if not self.other_name.text().strip():
                problems["other_name"] = self.tr("Type the substance's name.")
            if not self.other_unit.text().strip():
                problems["other_unit"] = self.tr("Type the unit, e.g. mg or tablets.")
        start = number("start", self.start, self.tr("start dose"))
        resolution = number("resolution", self.resolution, self.tr("rounding amount"))
        target = number("target", self.target, self.tr("target dose (0 to stop)"))
        step = interval = None
        steps: list[CustomStep] = []
        if rule != CUSTOM:
            step = number("step", self.step, self.tr("step size"))
            text = self.interval.text().strip()
            if not text.isdigit() or int(text) < 1:
                problems["interval"] = self.tr("Type a whole number of days, at least 1.")
            else:
                interval = int(text)
        else:
            steps = self._read_custom(problems)
        effective = self.effective_date()
        self.rises = []
        if None in (start, resolution, target) or (rule != CUSTOM and step is None):
            self.increase_box.setVisible(False)
            return None, problems
        revision = PlanRevision(
            effective,
            rule,
            start,
            step,
            interval or 1,
            resolution,
            target,
            reason=self.reason.text().strip(),
            agreed_by=self.agreed_by.text().strip(),
            custom_steps=steps,
        )
        if interval is None:
            revision.interval_days = None if rule == CUSTOM else 0
        before = self._before(effective)
        self.rises = plan_rules.increases(revision, before) if not problems.get("custom") else []
        self._show_increase(self.rises)
        if self.rises and self.increase_check.isChecked():
            revision.increase_agreed_with = self.increase_name.text().strip()
            revision.increase_agreed_on = self.today
            previous = revision.start_dose
            for s in revision.custom_steps:
                s.increase_agreed = s.dose > previous
                previous = s.dose
        for problem in plan_rules.check_new_revision(self.plan, revision, self.holds):
            key = problem.field if problem.field in self.errors else "start"
            if problem.field == "interval" and "interval" in problems:
                continue
            if problem.code == plan_rules.INCREASE_NOT_CONFIRMED:
                # the box above already states the rise; say what is missing
                problems["increase"] = (
                    self.tr("Type the name of the provider who agreed it.")
                    if self.increase_check.isChecked()
                    else self.tr(
                        "Tick the box only if your provider agreed this increase, and "
                        "type their name."
                    )
                )
                continue
            problems.setdefault(key, problem_text(problem, self.unit()))
        if problems:
            return None, problems
        unit = self.unit()
        name = self.other_name.text().strip() if entry.key == "other" else entry.name
        substance = (
            self.plan.substance
            if self.plan
            else Substance(name=name, kind=entry.kind, unit=unit, mme_factor=entry.mme_factor)
        )
        return PlanChoice(substance, revision), {}

    def _show_increase(self, rises) -> None:
        self.increase_box.setVisible(bool(rises))
        if not rises:
            return
        unit = self.unit()
        lines = [
            self.tr("On %1 the dose rises from %2 to %3.")
            .replace("%1", day.isoformat())
            .replace("%2", locale_format.dose(frm, unit))
            .replace("%3", locale_format.dose(to, unit))
            for day, frm, to in rises
        ]
        lines.append(
            self.tr(
                "An increase is saved only when your provider agreed it; their "
                "name is kept with this revision and shown in the plan history "
                "and the report."
            )
        )
        self.increase_label.setText(" ".join(lines))
        self.increase_name.setEnabled(self.increase_check.isChecked())

    def _read_custom(self, problems: dict[str, str]) -> list[CustomStep]:
        steps: list[CustomStep] = []
        for row in range(self.custom_table.rowCount()):
            date_item, dose_item = self.custom_table.item(row, 0), self.custom_table.item(row, 1)
            where = self.tr("Step %d") % (row + 1)
            try:
                day = parse_day((date_item.text() if date_item else "").strip())
            except ValueError:
                problems["custom"] = self.tr("%s: the date must be YYYY-MM-DD.") % where
                return steps
            try:
                dose = _number(dose_item.text() if dose_item else "")
            except ValueError:
                problems["custom"] = self.tr("%s: type the dose (0 to stop).") % where
                return steps
            steps.append(CustomStep(day, dose))
        return steps

    # ---- preview ----------------------------------------------------------------------
    def update_preview(self) -> None:
        if not hasattr(self, "preview"):
            return
        choice, problems = self.read()
        self._show(problems)
        self.save_button.setEnabled(choice is not None)
        self.result_choice = choice
        unit = self.unit()
        entry = self.substance_type()
        headers = [
            self.tr("Date"),
            self.tr("Dose (%s)") % unit if unit else self.tr("Dose"),
            self.tr("Lasts"),
        ]
        if entry.mme_factor is not None:
            headers.append(self.tr("MME/day"))
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.chart.setVisible(choice is not None)
        for note in (self.cut_note, self.last_note, self.pace_note):
            note.setVisible(False)
        if choice is None:
            self.preview.setRowCount(0)
            self.chart.clear()
            self.end_label.setText(
                self.tr(
                    "The schedule appears here once the fields marked on the left are complete."
                )
            )
            self._fit_preview()
            return
        revision = choice.revision
        holds = [h for h in self.holds if h.end_day is None or h.end_day >= revision.effective_date]
        schedule = PlanSchedule([revision], holds)
        rows = schedule.rows()[:MAX_PREVIEW_ROWS]
        big = (
            {c.index: c for c in plan_rules.big_cuts([r.dose for r in rows], revision.step)}
            if revision.rule == PERCENT
            else {}
        )
        self.preview.setRowCount(len(rows))
        for i, row in enumerate(rows):
            lasts = (
                self.tr("target")
                if row.days is None
                else (self.tr("%d days") % row.days if row.days != 1 else self.tr("1 day"))
            )
            if row.days is None and row.dose > revision.target:
                lasts = self.tr("until changed")
            dose = _fmt(row.dose)
            cells = [row.day.isoformat(), ("\u25b2 " + dose) if i in big else dose, lasts]
            if entry.mme_factor is not None:
                mme = mme_per_day(row.dose, entry.mme_factor)
                cells.append(locale_format.decimal(format_mme(mme)))
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if i in big:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(
                        self.tr("This step cuts %1% because of rounding.").replace(
                            "%1", f"{big[i].percent:.0f}"
                        )
                    )
                self.preview.setItem(i, col, item)
        end = schedule.projected_end()
        if end is not None:
            weeks = (end - revision.effective_date).days / 7
            self.end_label.setText(
                self.tr("Projected end: %s (about %s weeks), if every step goes as planned.")
                % (end.isoformat(), _fmt(round(weeks, 1)))
            )
        elif any(h.end_day is None for h in holds):
            self.end_label.setText(
                self.tr("Steps are paused by an open hold; the end date moves once you resume.")
            )
        else:
            self.end_label.setText(self.tr("These steps do not reach the target dose."))
        self._explain(rows, revision, big, end)
        self._fit_preview()
        self._draw(rows)

    def _explain(self, rows, revision: PlanRevision, big: dict, end: dt.date | None) -> None:
        """The notes under the table: rounding's big cuts, the last dose, the pace."""
        unit = self.unit()
        if big:
            cuts = ", ".join(
                f"{rows[i].day.isoformat()} ({c.percent:.0f}%)" for i, c in sorted(big.items())
            )
            self.cut_note.setText(
                self.tr("\u25b2 Rounding to %1 makes these steps cut more than twice %2%: %3.")
                .replace("%1", locale_format.dose(revision.resolution, unit))
                .replace("%2", _fmt(revision.step))
                .replace("%3", cuts)
            )
            self.cut_note.setVisible(True)
        if end is not None and len(rows) >= 2 and rows[-2].days is not None:
            last = rows[-2]
            days = (
                self.tr("1 day")
                if last.days == 1
                else self.tr("%1 days").replace("%1", str(last.days))
            )
            text = (
                self.tr("The last dose before the stop, %1, lasts %2.")
                if revision.target <= 0
                else self.tr("The last dose before the target, %1, lasts %2.")
            )
            self.last_note.setText(
                text.replace("%1", locale_format.dose(last.dose, unit)).replace("%2", days)
            )
            self.last_note.setVisible(True)
        if end is not None and len(rows) >= 2:
            pace = plan_rules.weekly_pace(
                rows[0].dose, rows[-1].dose, (rows[-1].day - rows[0].day).days
            )
            if pace is not None:
                text = self.tr("Average cut: %1% of the start dose per week.").replace(
                    "%1", f"{pace:.1f}"
                )
                if plan_rules.pace_is_fast(pace):
                    text += " " + self.tr(
                        "That is faster than 10% per week. The CDC 2022 opioid guideline "
                        "(Recommendation 5) calls 10% per week a faster option for people "
                        "who have used opioids for weeks to months, and says 10% per month "
                        "is better tolerated after a year or more. Consider discussing the "
                        "pace with your provider."
                    )
                self.pace_note.setText(text)
                self.pace_note.setVisible(True)

    def _fit_preview(self) -> None:
        """The preview side is at least as wide as the table's columns: nothing clipped."""
        table = self.preview
        width = (
            table.horizontalHeader().length()
            + 2 * table.frameWidth()
            + table.verticalScrollBar().sizeHint().width()
            + 8
        )
        table.setMinimumWidth(min(width, 520))

    def _draw(self, rows) -> None:
        self.chart.clear()
        if not rows:
            return
        xs, ys = [], []
        for row in rows:
            t = dt.datetime.combine(row.day, dt.time(12)).timestamp()
            xs.append(t)
            ys.append(row.dose)
        last = rows[-1].day + dt.timedelta(days=max(7, rows[-1].days or 7))
        xs.append(dt.datetime.combine(last, dt.time(12)).timestamp())
        colour = self.palette().color(self.palette().ColorRole.Highlight)
        # xs are the edges of each dose's span, so one more x than y.
        import pyqtgraph as pg

        self.chart.plot(xs, ys, stepMode="center", pen=pg.mkPen(colour, width=2))
        self.chart.setLabel("left", self.unit())

    # ---- result -----------------------------------------------------------------------
    def accept(self) -> None:
        choice, problems = self.read()
        self._show(problems)
        if choice is None:
            return
        self.result_choice = choice
        super().accept()


def ask(parent, plan: Plan | None, today: dt.date | None = None) -> PlanChoice | None:
    """Show the editor; the caller stores what it returns. Tests replace this."""
    dialog = PlanDialog(plan, today=today, parent=parent)
    try:
        return dialog.result_choice if dialog.exec() else None
    finally:
        dialog.deleteLater()
