"""The plan dialog asks the one plan checker and explains the proposed schedule: rules
inline with Save disabled, the start of a revision, increases, big cuts, pace, units."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from taper_desktop.domain.models import PlanRevision, Substance
from taper_desktop.store import plans
from taper_desktop.ui.plan_dialog import PlanDialog

D = dt.date(2026, 11, 29)


def fill(dialog, **fields):
    for name, value in fields.items():
        getattr(dialog, name).setText(value)


def cell(dialog, row: int, column: int) -> str:
    """A cell of the schedule preview, as its model shows it."""
    return dialog.preview_model.index(row, column).data()


def heading(dialog, column: int) -> str:
    return dialog.preview_model.headerData(column, Qt.Orientation.Horizontal)


def bold(dialog, row: int) -> bool:
    font = dialog.preview_model.index(row, 1).data(Qt.ItemDataRole.FontRole)
    return font is not None and font.bold()


@pytest.fixture
def new(qtbot):
    dialog = PlanDialog(today=D)
    qtbot.addWidget(dialog)
    return dialog


def pick(dialog, key, rule="percent"):
    dialog.substance.setCurrentIndex(dialog.substance.findData(key))
    dialog.rule.setCurrentIndex(dialog.rule.findData(rule))


def test_a_new_plan_offers_no_values_only_examples(new):
    for edit in (new.start, new.step, new.interval, new.resolution, new.target, new.reason):
        assert edit.text() == "", edit.accessibleName()
    assert new.step.placeholderText() == "e.g. 10"
    assert new.resolution.placeholderText() == "e.g. 0.1"  # kratom powder's scale
    assert not new.save_button.isEnabled()
    assert "Horowitz & Taylor, Lancet Psychiatry 2019" in new.rule_note.text()
    assert "antidepressants" in new.rule_note.text()


@pytest.mark.parametrize(
    "start, resolution, key, words",
    [
        ("5", "10", "resolution", "The rounding step (10 g) must be smaller than the start dose"),
        ("2.9", "0.5", "start", "The start dose (2.9 g) is not a multiple of the rounding step"),
        ("15", "10", "start", "The start dose (15 g) is not a multiple"),
    ],
)
def test_rounding_rules_show_inline_and_disable_save(new, start, resolution, key, words):
    fill(new, start=start, step="10", interval="7", resolution=resolution, target="0")
    assert words in new.errors[key].text()
    assert not new.errors[key].isHidden()
    assert not new.save_button.isEnabled()
    new.resolution.setText("0.1")
    assert new.errors[key].isHidden() and new.save_button.isEnabled()
    assert cell(new, 0, 1) == start  # the first row is the start as typed


def test_a_target_off_the_rounding_step_is_refused(new):
    fill(new, start="8", step="10", interval="7", resolution="0.5", target="0.25")
    assert "0 or a multiple of the rounding step (0.5 g)" in new.errors["target"].text()
    assert not new.save_button.isEnabled()


def test_a_custom_step_on_the_effective_date_is_refused(new):
    pick(new, "oxycodone", "custom")
    fill(new, start="30", resolution="5", target="0")
    new.custom_table.item(0, 0).setText(D.isoformat())
    new.custom_table.item(0, 1).setText("25")
    assert "date it after the day the plan takes effect" in new.errors["custom"].text()
    assert not new.save_button.isEnabled()


def oxy_plan(store):
    return plans.create_plan(
        store,
        Substance("Oxycodone", "opioid", "mg", mme_factor=1.5),
        PlanRevision(D, "percent", 60, 10, 14, 5),
    )


def test_a_revision_starts_where_the_plan_stands_and_says_so(qtbot, store):
    plan = oxy_plan(store)
    dialog = PlanDialog(plan, today=D + dt.timedelta(days=14))
    qtbot.addWidget(dialog)
    assert dialog.start.text() == "55"
    assert not dialog.start_note.isHidden()
    assert "55 mg is planned for 13 Dec 2026" in dialog.start_note.text()
    dialog.effective.setDate(dialog.effective.date().addDays(14))
    assert dialog.start.text() == "50"  # follows the date while untouched
    assert not dialog.increase_box.isVisibleTo(dialog)
    dialog.step.setText("5")
    assert dialog.save_button.isEnabled()


def test_the_plan_in_force_unchanged_offers_no_save(qtbot, store):
    """Opened mid-step and saved untouched, a revision would only restart the count of
    days to the next cut: Save waits for a change, and the dialog says why."""
    plan = oxy_plan(store)
    dialog = PlanDialog(plan, today=D + dt.timedelta(days=20))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.start.text() == "55"
    assert not dialog.save_button.isEnabled()
    assert dialog.unchanged_note.isVisible()
    assert "already in force" in dialog.unchanged_note.text()
    dialog.accept()
    assert dialog.result() == 0 and dialog.isVisible()
    dialog.step.setText("5")
    assert dialog.save_button.isEnabled() and not dialog.unchanged_note.isVisible()
    dialog.step.setText("10")
    dialog.reason.setText("Reviewed at the visit")  # words alone change no dose or day
    assert not dialog.save_button.isEnabled()


def test_an_increase_needs_confirmation_with_the_providers_name(qtbot, store):
    plan = oxy_plan(store)
    dialog = PlanDialog(plan, today=D + dt.timedelta(days=28))
    qtbot.addWidget(dialog)
    dialog.start.selectAll()
    qtbot.keyClicks(dialog.start, "60")
    assert dialog.start_note.isHidden()
    assert dialog.increase_box.isVisibleTo(dialog)
    assert "On 27 Dec 2026 the dose rises from 55 mg to 60 mg." in dialog.increase_label.text()
    assert not dialog.save_button.isEnabled()
    assert "only if your provider agreed this increase" in dialog.errors["increase"].text()
    assert not dialog.increase_name.isEnabled()
    dialog.increase_check.setChecked(True)
    assert dialog.increase_name.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.errors["increase"].text() == "Type the name of the provider who agreed it."
    dialog.increase_name.setText("Dr Rivera")
    assert dialog.save_button.isEnabled()
    dialog.accept()
    revision = dialog.result_choice.revision
    assert (revision.increase_agreed_with, revision.increase_agreed_on) == (
        "Dr Rivera",
        D + dt.timedelta(days=28),
    )
    plans.add_revision(store, plan.id, revision)  # the store accepts what the dialog saved


def test_rounding_that_hides_a_big_cut_is_marked_with_the_last_dose(new):
    pick(new, "kratom_capsules")
    fill(new, start="4", step="10", interval="7", resolution="1", target="0")
    doses = [cell(new, r, 1) for r in range(new.preview_model.rowCount())]
    assert doses == ["4", "\u25b2 3", "\u25b2 2", "\u25b2 1", "\u25b2 0"]
    assert bold(new, 1)
    text = new.schedule.cut_note.text()
    assert "Rounding to 1 capsule makes these steps cut more than twice 10%" in text
    assert "(25%)" in text and "(33%)" in text and "(50%)" in text and "(100%)" in text
    assert (
        new.schedule.last_note.text() == "The last dose before the stop, 1 capsule, lasts 70 days."
    )


def test_a_step_within_twice_the_percent_is_not_marked(new):
    fill(new, start="8", step="10", interval="7", resolution="0.1", target="0")
    assert cell(new, 1, 1) == "7.2"  # a 10% cut
    last = new.preview_model.rowCount() - 1
    assert cell(new, last, 1) == "\u25b2 0"  # 0.1 g to 0 is a 100% cut
    assert "(100%)" in new.schedule.cut_note.text() and "(9%)" not in new.schedule.cut_note.text()


def test_the_pace_line_is_quiet_and_sourced_only_when_fast(new):
    fill(new, start="8", step="10", interval="7", resolution="0.1", target="0")
    assert new.schedule.pace_note.text().startswith("Average cut: ")
    assert "CDC" not in new.schedule.pace_note.text()
    new.rule.setCurrentIndex(new.rule.findData("linear"))
    fill(new, step="2")  # 8 g to 0 in 4 weeks: 25% per week
    text = new.schedule.pace_note.text()
    assert "Average cut: 25.0% of the start dose per week." in text
    assert "CDC 2022 opioid guideline (Recommendation 5)" in text
    assert "10% per month" in text and "discussing the pace with your provider" in text
    assert new.save_button.isEnabled()  # never blocks


def test_the_patch_is_a_rate_in_mcg_per_hour(new):
    pick(new, "fentanyl_patch")
    fill(new, start="50", step="25", interval="14", resolution="12.5", target="0")
    label = new.form.labelForField(new.start.parentWidget()).text()
    assert label == "Start dose (mcg/h)"
    assert heading(new, 1) == "Dose (mcg/h)"
    assert cell(new, 0, 3) == "120"  # 50 mcg/h x 2.4


def test_dates_and_unit_headers_are_not_clipped_beside_the_mme_column(new):
    pick(new, "oxycodone")
    fill(new, start="60", step="10", interval="14", resolution="2.5", target="0")
    QApplication.processEvents()
    header = new.preview.horizontalHeader()
    metrics = new.preview.fontMetrics()
    assert header.sectionSize(0) >= metrics.horizontalAdvance("13 Dec 2026")
    assert header.sectionSize(1) >= metrics.horizontalAdvance("Dose (mg)")
    pick(new, "kratom_capsules")
    fill(new, start="4", resolution="1")
    QApplication.processEvents()
    assert header.sectionSize(1) >= metrics.horizontalAdvance("Dose (capsules)")


def test_the_schedule_model_passes_the_model_tester(new, qtmodeltester):
    qtmodeltester.check(new.preview_model)  # empty: headers only
    pick(new, "oxycodone")
    fill(new, start="60", step="10", interval="14", resolution="2.5", target="0")
    assert new.preview_model.columnCount() == 4
    qtmodeltester.check(new.preview_model)
    pick(new, "kratom_capsules")
    fill(new, start="4", resolution="1")  # big cuts: bold rows with a tooltip
    assert "because of rounding" in new.preview_model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(new.preview_model)


def _field_places(dialog):
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    fields = [
        dialog.effective,
        dialog.rule,
        dialog.start,
        dialog.step,
        dialog.interval,
        dialog.resolution,
        dialog.target,
        dialog.reason,
        dialog.agreed_by,
    ]
    return [(f.mapTo(dialog, f.rect().topLeft()), f.size()) for f in fields]


def test_messages_coming_and_going_move_no_field(new, qtbot):
    new.show()
    qtbot.waitExposed(new)
    fill(new, start="8", step="10", interval="7", resolution="0.1", target="0")
    assert all(label.isHidden() for label in new.errors.values())
    before = _field_places(new)
    cases = (("start", ""), ("step", "x"), ("interval", "0"), ("target", ""))
    for key, bad in cases:
        edit = getattr(new, key)
        good = edit.text()
        edit.setText(bad)  # "Type the start dose.", "x is not a number.", ...
        assert new.errors[key].isVisible()
        assert _field_places(new) == before
        edit.setText(good)
        assert _field_places(new) == before


def test_the_filled_in_note_keeps_its_room_when_typed_over(qtbot, store):
    plan = oxy_plan(store)
    dialog = PlanDialog(plan, today=D + dt.timedelta(days=14))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.start_note.isVisible()
    before = _field_places(dialog)
    dialog.start.selectAll()
    qtbot.keyClicks(dialog.start, "50")
    assert dialog.start_note.isHidden()
    assert _field_places(dialog) == before


@pytest.mark.parametrize(
    "language, one, many",
    [("en", "1 day", "7 days"), ("es", "1 día", "7 días"), ("de", "1 Tag", "7 Tage")],
)
def test_how_long_a_dose_lasts_is_a_proper_plural(qtbot, qapp, language, one, many):
    from PySide6.QtCore import QLocale

    from taper_desktop.ui.translations import apply_language

    before = QLocale()
    translators = apply_language(qapp, language, []) if language != "en" else []
    try:
        dialog = PlanDialog(today=D)
        qtbot.addWidget(dialog)
        pick(dialog, "oxycodone", "custom")
        fill(dialog, start="30", resolution="5", target="0")
        dialog.custom_table.item(0, 0).setText((D + dt.timedelta(days=1)).isoformat())
        dialog.custom_table.item(0, 1).setText("25")
        dialog.add_custom_step(D + dt.timedelta(days=8), 0)
        assert [cell(dialog, r, 2) for r in range(2)] == [one, many]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_the_schedule_chart_writes_small_doses_as_they_are(qtbot, store):
    plan = plans.create_plan(
        store,
        Substance("Kratom leaf powder", "kratom", "g"),
        PlanRevision(D, "percent", 0.6, 10, 14, 0.1),
    )
    dialog = PlanDialog(plan, today=D + dt.timedelta(days=3))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    axis = dialog.schedule.chart.getAxis("left")
    qtbot.waitUntil(lambda: 0.6 < axis.range[1] < 0.9)  # the axis spans the doses
    assert ">g <" in axis.labelString() and "x0.001" not in axis.labelString()
    assert axis.autoSIPrefixScale == 1.0
