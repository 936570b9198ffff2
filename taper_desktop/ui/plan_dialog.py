"""The plan editor: the provider's rule and its parameters, checked at each field, with a
live preview table and chart of the proposed schedule. Saving makes a plan revision.

The fields are plan_form.PlanForm, the preview schedule_preview.SchedulePreview; this
module reads the fields into a revision and asks the one plan checker about it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from taper_desktop.domain import plan_rules
from taper_desktop.domain.models import CustomStep, Hold, Plan, PlanRevision, Substance
from taper_desktop.domain.plan_rules import CUSTOM
from taper_desktop.domain.wording import fill
from taper_desktop.ui.plan_form import PlanForm
from taper_desktop.ui.plan_parts import number
from taper_desktop.ui.plan_rule_text import problem_text
from taper_desktop.ui.schedule_preview import SchedulePreview
from taper_desktop.ui.sizing import resize_within_screen


class _FieldsScroll(QScrollArea):
    """Scrolls the fields up and down only: never narrower than the fields need, whatever
    the language's labels (a narrower side would cut the fields off)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        fields = self.widget()
        if fields is None:
            return hint
        width = fields.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width + 2 * self.frameWidth(), hint.height())


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
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.plan = plan
        self.holds = list(holds or (plan.holds if plan else []))
        self.today = today or dt.date.today()
        self.result_choice: PlanChoice | None = None
        self.rises: list[tuple[dt.date, float, float]] = []
        self.setWindowTitle(
            self.tr("Change the taper plan") if plan else self.tr("Set up your taper plan")
        )
        self.setMinimumSize(640, 460)

        fields = self.fields = PlanForm(plan, self.holds, self.today)
        # The fields by name, for the callers that fill them (plan history, tests).
        self.form, self.errors = fields.form, fields.errors
        self.substance, self.other_name, self.other_unit = (
            fields.substance,
            fields.other_name,
            fields.other_unit,
        )
        self.effective, self.rule, self.rule_note = fields.effective, fields.rule, fields.rule_note
        self.start, self.start_note, self.step = fields.start, fields.start_note, fields.step
        self.interval, self.resolution, self.target = (
            fields.interval,
            fields.resolution,
            fields.target,
        )
        self.reason, self.agreed_by = fields.reason, fields.agreed_by
        self.custom_box, self.custom_table = fields.steps, fields.steps.table
        self.increase_box = fields.increase
        self.increase_label, self.increase_check, self.increase_name = (
            fields.increase.label,
            fields.increase.check,
            fields.increase.name,
        )
        self.schedule = SchedulePreview()
        self.preview, self.preview_model = self.schedule.table, self.schedule.model

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._form_side())
        splitter.addWidget(self.schedule)
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

        # Saving the plan in force again would only restart the count to the next cut.
        self.unchanged_note = QLabel(
            self.tr(
                "These fields give the plan already in force. Change the dose, the rule, "
                "the pace or the dated steps to save a new revision. To pause the steps, "
                "use Pause steps (hold) in the calendar."
            )
        )
        self.unchanged_note.setWordWrap(True)
        self.unchanged_note.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.unchanged_note)
        layout.addWidget(self.buttons)
        fields.load()
        fields.changed.connect(self.update_preview)
        self.update_preview()
        # As wide as the fields and the table need in this language, as the screen allows.
        resize_within_screen(self, max(1040, self.minimumSizeHint().width() + 80), 700)
        self.start.setFocus()
        self.start.selectAll()

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
        # The fields scroll, rather than squeeze, when the screen is short for them
        # (large text): every field keeps its message line (plan_parts.message_label).
        scroll = _FieldsScroll()
        scroll.setWidget(self.fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        v.addWidget(scroll, 1)
        return side

    def add_custom_step(
        self, day: dt.date | None = None, dose: float | None = None, increase: bool = False
    ) -> None:
        """A dated step; ``increase`` is kept for callers of the earlier dialog (a rise is
        now confirmed once for the whole revision, with the provider's name)."""
        self.fields.steps.add_step(day, dose)

    def effective_date(self) -> dt.date:
        return self.fields.effective_date()

    def unit(self) -> str:
        return self.fields.unit()

    # ---- reading ----------------------------------------------------------------------
    def _before(self, effective: dt.date) -> float | None:
        """The dose planned for the day before a revision taking effect on effective."""
        if self.plan is None or not self.plan.revisions:
            return None
        try:
            return plan_rules.planned_before(self.plan.revisions, self.holds, effective)
        except ValueError:  # a stored plan the rules no longer accept: nothing to compare
            return None

    def read(self) -> tuple[PlanChoice | None, dict[str, str]]:
        """The plan the fields describe, or the problems found, keyed by field.

        Typing problems are found here; every plan rule comes from domain/plan_rules.py,
        the same checker the store, the import and the command line use."""
        f = self.fields
        problems: dict[str, str] = {}
        entry = f.substance_type()
        rule = f.rule.currentData()

        def amount(key: str, edit: QLineEdit, what: str) -> float | None:
            try:
                return number(edit.text())
            except ValueError:
                text = edit.text().strip()
                problems[key] = (
                    fill(self.tr("Type the %1."), what)
                    if not text
                    else fill(self.tr("%1 is not a number."), text)
                )
                return None

        if entry.key == "other":
            if not f.other_name.text().strip():
                problems["other_name"] = self.tr("Type the substance's name.")
            if not f.other_unit.text().strip():
                problems["other_unit"] = self.tr("Type the unit, e.g. mg or tablets.")
        start = amount("start", f.start, self.tr("start dose"))
        resolution = amount("resolution", f.resolution, self.tr("rounding amount"))
        target = amount("target", f.target, self.tr("target dose (0 to stop)"))
        step = None
        interval = None
        steps: list[CustomStep] = []
        if rule != CUSTOM:
            step = amount("step", f.step, self.tr("step size"))
            text = f.interval.text().strip()
            if not text.isdigit() or int(text) < 1:
                problems["interval"] = self.tr("Type a whole number of days, at least 1.")
            else:
                interval = int(text)
        else:
            steps = f.steps.read(problems)
        effective = f.effective_date()
        self.rises = []
        if (
            start is None
            or resolution is None
            or target is None
            or (rule != CUSTOM and step is None)
        ):
            f.increase.setVisible(False)
            return None, problems
        revision = PlanRevision(
            effective,
            rule,
            start,
            step,
            interval or 1,
            resolution,
            target,
            reason=f.reason.text().strip(),
            agreed_by=f.agreed_by.text().strip(),
            custom_steps=steps,
        )
        if interval is None:
            revision.interval_days = None if rule == CUSTOM else 0
        before = self._before(effective)
        self.rises = plan_rules.increases(revision, before) if not problems.get("custom") else []
        f.increase.show_rises(self.rises, f.unit())
        if self.rises and f.increase.check.isChecked():
            revision.increase_agreed_with = f.increase.name.text().strip()
            revision.increase_agreed_on = self.today
            previous = revision.start_dose
            for s in revision.custom_steps:
                s.increase_agreed = s.dose > previous
                previous = s.dose
        for problem in plan_rules.check_new_revision(self.plan, revision, self.holds):
            key = problem.field if problem.field in f.errors else "start"
            if problem.field == "interval" and "interval" in problems:
                continue
            if problem.code == plan_rules.INCREASE_NOT_CONFIRMED:
                # the box above already states the rise; say what is missing
                problems["increase"] = f.increase.problem()
                continue
            problems.setdefault(key, problem_text(problem, f.unit()))
        if problems:
            return None, problems
        name = f.other_name.text().strip() if entry.key == "other" else entry.name
        substance = (
            self.plan.substance
            if self.plan
            else Substance(name=name, kind=entry.kind, unit=f.unit(), mme_factor=entry.mme_factor)
        )
        return PlanChoice(substance, revision), {}

    # ---- preview ----------------------------------------------------------------------
    def update_preview(self) -> None:
        choice, problems = self.read()
        self.fields.show_problems(problems)
        unchanged = choice is not None and plan_rules.continues_unchanged(
            self.plan, choice.revision
        )
        self.unchanged_note.setVisible(unchanged)
        self.save_button.setEnabled(choice is not None and not unchanged)
        self.result_choice = choice
        factor = self.fields.substance_type().mme_factor
        if choice is None:
            self.schedule.show_nothing(self.unit(), factor)
        else:
            self.schedule.show_schedule(choice.revision, self.holds, self.unit(), factor)

    # ---- result -----------------------------------------------------------------------
    def accept(self) -> None:
        choice, problems = self.read()
        self.fields.show_problems(problems)
        if choice is None or plan_rules.continues_unchanged(self.plan, choice.revision):
            return
        self.result_choice = choice
        super().accept()


def ask(
    parent: QWidget | None, plan: Plan | None, today: dt.date | None = None
) -> PlanChoice | None:
    """Show the editor; the caller stores what it returns. Tests replace this."""
    dialog = PlanDialog(plan, today=today, parent=parent)
    try:
        return dialog.result_choice if dialog.exec() else None
    finally:
        dialog.deleteLater()
