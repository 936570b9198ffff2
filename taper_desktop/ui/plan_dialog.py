"""The plan editor: the provider's rule and its parameters, checked at each field, with a
live preview table and chart of the proposed schedule. Saving makes a plan revision."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)


from taper_desktop.domain.days import parse_day
from taper_desktop.domain.models import CustomStep, Hold, Plan, PlanRevision, Substance
from taper_desktop.domain.schedule import CUSTOM, LINEAR, PERCENT, PlanSchedule
from taper_desktop.domain.substances import CATALOGUE, MME_CAVEAT, SubstanceType, mme_per_day
from taper_desktop.ui.sizing import resize_within_screen
from taper_desktop.ui import locale_format
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
    return locale_format.decimal(f"{value:.6g}")


@dataclass
class PlanChoice:
    """What the dialog returns; the caller stores it."""

    substance: Substance
    revision: PlanRevision


class PlanDialog(QDialog):
    def __init__(self, plan: Plan | None = None, holds: list[Hold] | None = None,
                 today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.holds = list(holds or (plan.holds if plan else []))
        self.today = today or dt.date.today()
        self.result_choice: PlanChoice | None = None
        self.setWindowTitle(self.tr("Change the taper plan") if plan else
                            self.tr("Set up your taper plan"))
        self.setMinimumSize(640, 460)
        resize_within_screen(self, 980, 680)
        self.errors: dict[str, QLabel] = {}

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._form_side())
        splitter.addWidget(self._preview_side())
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save plan") if plan is None else
                                 self.tr("Save as a new revision"))
        self.save_button.setAccessibleName(self.save_button.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel"))
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
    def _field(self, form: QFormLayout, key: str, label: str, widget: QWidget,
               help_text: str = "") -> QWidget:
        widget.setAccessibleName(label)
        if help_text:
            widget.setToolTip(help_text)
        error = QLabel()
        error.setWordWrap(True)
        error.setVisible(False)
        error.setAccessibleName(self.tr("%s problem") % label)
        font = error.font()
        font.setItalic(True)
        error.setFont(font)
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

    def _form_side(self) -> QWidget:
        side = QWidget()
        v = QVBoxLayout(side)
        v.setContentsMargins(0, 0, 6, 0)
        if self.plan is not None:
            note = QLabel(self.tr(
                "Saving adds a new revision. The current plan stays in the history and days "
                "before the date in force keep the schedule they had."))
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
        self.other_unit.textChanged.connect(lambda _text: self._label_units())

        self.effective = QDateEdit()
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.effective.dateChanged.connect(self.update_preview)
        self._field(form, "effective", self.tr("Starts on") if self.plan is None
                    else self.tr("In force from"), self.effective,
                    self.tr("Days before this date keep the schedule they had."))

        self.rule = QComboBox()
        self.rule.addItem(self.tr("Proportional: a percentage of the most recent dose"), PERCENT)
        self.rule.addItem(self.tr("Linear: the same amount each step"), LINEAR)
        self.rule.addItem(self.tr("Custom: dated steps from a paper schedule"), CUSTOM)
        self.rule.currentIndexChanged.connect(self._rule_changed)
        self._field(form, "rule", self.tr("Rule"), self.rule)

        self.start = self._field(form, "start", self.tr("Start dose per day"), QLineEdit())
        self.step = self._field(form, "step", self.tr("Percent per step"), QLineEdit())
        self.step_label = form.labelForField(self.step.parentWidget())
        self.interval = self._field(form, "interval", self.tr("Step every (days)"), QLineEdit())
        self.resolution = self._field(
            form, "resolution", self.tr("Round doses to"), QLineEdit(),
            self.tr("The smallest amount you can measure: scale resolution, half tablet, mL."))
        self.target = self._field(form, "target", self.tr("Target dose"), QLineEdit())
        v.addLayout(form)

        self.custom_box = QGroupBox(self.tr("Custom steps (date and new daily dose)"))
        cv = QVBoxLayout(self.custom_box)
        self.custom_table = QTableWidget(0, 3)
        self.custom_table.setHorizontalHeaderLabels([
            self.tr("Date (YYYY-MM-DD)"), self.tr("Dose"),
            self.tr("Increase agreed with provider")])
        header = self.custom_table.horizontalHeader()
        # Date and dose share the room (the dose is what is typed); the check box column
        # needs only its heading.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
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
        self.custom_error = QLabel()
        self.custom_error.setWordWrap(True)
        italic = self.custom_error.font()
        italic.setItalic(True)
        self.custom_error.setFont(italic)
        self.custom_error.setVisible(False)
        self.custom_error.setAccessibleName(self.tr("Custom steps problem"))
        cv.addWidget(self.custom_error)
        self.errors["custom"] = self.custom_error
        form.addRow(self.custom_box)

        self.reason = self._field(form, "reason", self.tr("Reason"), QLineEdit())
        self.reason.setPlaceholderText(self.tr("e.g. slower steps agreed at the visit"))
        self.agreed_by = self._field(form, "agreed_by", self.tr("Agreed with"), QLineEdit())
        self.agreed_by.setPlaceholderText(self.tr("e.g. Dr. Rivera"))
        v.addStretch(1)
        return side

    def _preview_side(self) -> QWidget:
        side = QWidget()
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
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        v.addWidget(self.preview, 3)
        import pyqtgraph as pg  # on use: loading pyqtgraph would slow the app's start

        self.chart = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.chart.setBackground(self.palette().color(self.backgroundRole()))
        self.chart.setMenuEnabled(False)
        self.chart.setMouseEnabled(False, False)
        self.chart.hideButtons()
        self.chart.setMinimumHeight(150)
        self.chart.setAccessibleName(self.tr("Schedule chart"))
        v.addWidget(self.chart, 2)
        self.mme_note = QLabel(substance_text(MME_CAVEAT))
        self.mme_note.setWordWrap(True)
        v.addWidget(self.mme_note)
        return side

    # ---- loading -------------------------------------------------------------------
    def _load(self) -> None:
        latest = self.plan.revisions[-1] if self.plan and self.plan.revisions else None
        if self.plan is not None:
            substance = self.plan.substance
            index = next((i for i, e in enumerate(CATALOGUE)
                          if e.name == substance.name and e.unit == substance.unit), -1)
            if index < 0:
                index = self.substance.findData("other")
                self.other_name.setText(substance.name)
                self.other_unit.setText(substance.unit)
            self.substance.setCurrentIndex(index)
            self.substance.setEnabled(False)
            self.other_name.setEnabled(False)
            self.other_unit.setEnabled(False)
        self.effective.setDate(QDate(self.today.year, self.today.month, self.today.day))
        entry = self.substance_type()
        if latest is not None:
            schedule = PlanSchedule(self.plan.revisions, self.holds)
            current = schedule.planned(self.today) or latest.start_dose
            self.rule.setCurrentIndex(self.rule.findData(latest.rule))
            self.start.setText(_fmt(current))
            self.step.setText(_fmt(latest.step) if latest.step is not None else "")
            self.interval.setText(str(latest.interval_days or 7))
            self.resolution.setText(_fmt(latest.resolution))
            self.target.setText(_fmt(latest.target))
            self.agreed_by.setText(latest.agreed_by)
        else:
            self.step.setText("10")
            self.interval.setText("7")
            self.resolution.setText(_fmt(entry.default_resolution))
            self.target.setText("0")
            self.reason.setText(self.tr("Plan agreed with my provider"))
        self._substance_changed()
        self._rule_changed()

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
        if self.plan is None and not self.resolution.isModified():
            self.resolution.setText(_fmt(entry.default_resolution))
        self.mme_note.setVisible(entry.mme_factor is not None)
        self.update_preview()

    def _label_units(self) -> None:
        """Put the unit in the labels of the amounts, e.g. 'Start dose per day (g)'."""
        unit = self.unit()
        suffix = f" ({unit})" if unit else ""
        for edit, text in ((self.start, self.tr("Start dose per day")),
                           (self.resolution, self.tr("Round doses to")),
                           (self.target, self.tr("Target dose"))):
            label = self.form.labelForField(edit.parentWidget())
            if label is not None:
                label.setText(text + suffix)
        if self.step_label is not None:
            percent = self.rule.currentData() == PERCENT
            self.step_label.setText(self.tr("Percent per step") if percent
                                    else self.tr("Amount per step") + suffix)

    def _rule_changed(self) -> None:
        rule = self.rule.currentData()
        custom = rule == CUSTOM
        for w in (self.step, self.interval):
            self.form.setRowVisible(w.parentWidget(), not custom)
        self.custom_box.setVisible(custom)
        self._label_units()
        self.step.setAccessibleName(self.step_label.text() if self.step_label else "")
        if custom and self.custom_table.rowCount() == 0:
            self.add_custom_step()
        self.update_preview()

    def add_custom_step(self, day: dt.date | None = None, dose: float | None = None,
                        increase: bool = False) -> None:
        table = self.custom_table
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        if day is None:
            effective = self.effective_date()
            day = effective + dt.timedelta(days=7 * (row + 1))
        table.setItem(row, 0, QTableWidgetItem(day.isoformat()))
        table.setItem(row, 1, QTableWidgetItem("" if dose is None else _fmt(dose)))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                       | Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(Qt.CheckState.Checked if increase else Qt.CheckState.Unchecked)
        table.setItem(row, 2, check)
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

    def read(self) -> tuple[PlanChoice | None, dict[str, str]]:
        """The plan the fields describe, or the problems found, keyed by field."""
        problems: dict[str, str] = {}
        entry = self.substance_type()
        rule = self.rule.currentData()

        def number(key: str, edit: QLineEdit, what: str) -> float | None:
            try:
                return _number(edit.text())
            except ValueError:
                text = edit.text().strip()
                problems[key] = (self.tr("Type the %s.") % what if not text else
                                 self.tr("%s is not a number.") % text)
                return None

        if entry.key == "other":
            if not self.other_name.text().strip():
                problems["other_name"] = self.tr("Type the substance's name.")
            if not self.other_unit.text().strip():
                problems["other_unit"] = self.tr("Type the unit, e.g. mg or tablets.")
        start = number("start", self.start, self.tr("start dose"))
        if start is not None and not start > 0:
            problems["start"] = self.tr("The start dose must be greater than 0.")
        resolution = number("resolution", self.resolution, self.tr("rounding amount"))
        if resolution is not None and not resolution > 0:
            problems["resolution"] = self.tr("Rounding must be greater than 0.")
        target = number("target", self.target, self.tr("target dose (0 to stop)"))
        if target is not None and target < 0:
            problems["target"] = self.tr("The target cannot be below 0.")
        elif target is not None and start is not None and start > 0 and target >= start:
            problems["target"] = self.tr("The target must be below the start dose.")
        step = interval = None
        steps: list[CustomStep] = []
        if rule != CUSTOM:
            step = number("step", self.step, self.tr("step size"))
            if step is not None and rule == PERCENT and not 0 < step <= 50:
                problems["step"] = self.tr("The percent per step must be above 0 and at most 50.")
            if step is not None and rule == LINEAR:
                if not step > 0:
                    problems["step"] = self.tr("The amount per step must be greater than 0.")
                elif start is not None and step > start:
                    problems["step"] = self.tr(
                        "The amount per step cannot be more than the start dose.")
            text = self.interval.text().strip()
            if not text.isdigit() or int(text) < 1:
                problems["interval"] = self.tr("Type a whole number of days, at least 1.")
            else:
                interval = int(text)
        else:
            steps = self._read_custom(problems, start)
        effective = self.effective_date()
        if self.plan is not None and self.plan.revisions:
            first = self.plan.revisions[0].effective_date
            if effective < first:
                problems["effective"] = self.tr(
                    "A change cannot start before the plan itself (%s).") % first.isoformat()
        if problems:
            return None, problems
        unit = self.unit()
        name = self.other_name.text().strip() if entry.key == "other" else entry.name
        substance = self.plan.substance if self.plan else Substance(
            name=name, kind=entry.kind, unit=unit, mme_factor=entry.mme_factor)
        revision = PlanRevision(effective, rule, start, step, interval, resolution, target,
                                reason=self.reason.text().strip(),
                                agreed_by=self.agreed_by.text().strip(), custom_steps=steps)
        try:
            # A schedule that cannot reach its target (e.g. tiny percent) is caught here.
            PlanSchedule([revision]).step_changes()
        except ValueError as exc:
            return None, {"step": str(exc)}
        return PlanChoice(substance, revision), {}

    def _read_custom(self, problems: dict[str, str], start: float | None) -> list[CustomStep]:
        steps: list[CustomStep] = []
        effective = self.effective_date()
        previous_day, previous_dose = effective, start
        for row in range(self.custom_table.rowCount()):
            date_item, dose_item = self.custom_table.item(row, 0), self.custom_table.item(row, 1)
            increase = self.custom_table.item(row, 2).checkState() == Qt.CheckState.Checked
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
            if day <= previous_day:
                problems["custom"] = self.tr(
                    "%s: dates must be in order, each after the one before and after the "
                    "start date.") % where
                return steps
            if dose < 0:
                problems["custom"] = self.tr("%s: the dose cannot be below 0.") % where
                return steps
            if previous_dose is not None and dose > previous_dose and not increase:
                problems["custom"] = self.tr(
                    "%s raises the dose. Tick 'increase agreed with provider' only if that "
                    "is what you agreed.") % where
                return steps
            steps.append(CustomStep(day, dose, increase))
            previous_day, previous_dose = day, dose
        if not steps:
            problems["custom"] = self.tr("Add at least one dated step.")
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
        headers = [self.tr("Date"), self.tr("Dose (%s)") % unit, self.tr("Lasts")]
        if entry.mme_factor is not None:
            headers.append(self.tr("MME/day"))
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.chart.setVisible(choice is not None)
        if choice is None:
            self.preview.setRowCount(0)
            self.chart.clear()
            self.end_label.setText(self.tr(
                "The schedule appears here once the fields marked on the left are complete."))
            return
        holds = [h for h in self.holds if h.end_day is None
                 or h.end_day >= choice.revision.effective_date]
        schedule = PlanSchedule([choice.revision], holds)
        rows = schedule.rows()[:MAX_PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        for i, row in enumerate(rows):
            lasts = self.tr("target") if row.days is None else (
                self.tr("%d days") % row.days if row.days != 1 else self.tr("1 day"))
            if row.days is None and row.dose > choice.revision.target:
                lasts = self.tr("until changed")
            cells = [row.day.isoformat(), _fmt(row.dose), lasts]
            if entry.mme_factor is not None:
                cells.append(_fmt(round(mme_per_day(row.dose, entry.mme_factor), 1)))
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.preview.setItem(i, col, item)
        end = schedule.projected_end()
        if end is not None:
            weeks = (end - choice.revision.effective_date).days / 7
            self.end_label.setText(self.tr("Projected end: %s (about %s weeks), if every step "
                                           "goes as planned.") % (end.isoformat(),
                                                                  _fmt(round(weeks, 1))))
        elif any(h.end_day is None for h in holds):
            self.end_label.setText(self.tr("Steps are paused by an open hold; the end date "
                                           "moves once you resume."))
        else:
            self.end_label.setText(self.tr("These steps do not reach the target dose."))
        self._draw(rows)

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
