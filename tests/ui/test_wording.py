"""Wording: every message names a thing once, amounts carry their unit, plurals agree."""

import datetime as dt

import pytest

from taper_desktop.domain.days import parse_hhmm
from taper_desktop.domain.models import Dose, PlanRevision, Substance
from taper_desktop.store import doses, plans


def test_a_bad_time_is_named_without_a_second_time_prefix():
    with pytest.raises(ValueError) as caught:
        parse_hhmm("25:00")
    message = f"Time: {caught.value}."  # as the day panel shows it
    assert message == "Time: '25:00' is not a time in HH:MM (00:00-23:59)."


def test_doses_taken_carry_their_unit_inside_the_brackets(window, store, qtbot):
    tab = window.checkin_tab
    day = tab.today()
    substance = Substance("Kratom leaf powder", "kratom", "g")
    plans.create_plan(
        store, substance, PlanRevision(day - dt.timedelta(days=2), "percent", 8.0, 10.0, 7, 0.1)
    )
    doses.add(store, Dose(day, 6.0, "g", "08:54", "", substance.id))
    window.events.plan_changed.emit()
    window.events.doses_changed.emit(day)
    qtbot.waitUntil(lambda: "08:54" in tab.dose_strip.taken_label.text())
    # each dose is kept on one line with no-break spaces
    assert "(6\u00a0g\u00a0at\u00a008:54)" in tab.dose_strip.taken_label.text()


def test_plural_forms_agree_with_the_number():
    from taper_desktop.domain.wording import count, numerus

    assert numerus("Exported %n day(s) to x.", 1) == "Exported 1 day to x."
    assert numerus("Exported %n day(s) to x.", 89) == "Exported 89 days to x."
    assert (count(0, "dose"), count(1, "check-in")) == ("0 doses", "1 check-in")


def test_window_text_uses_qt_plural_forms(qapp):
    from taper_desktop.ui.translations import tr

    assert tr("Exported %n day(s) to %1.", None, 1) == "Exported 1 day to %1."
    assert tr("Exported %n day(s) to %1.", None, 89) == "Exported 89 days to %1."
    assert tr("plain %n", None) == "plain %n"  # no number: nothing replaced


def test_command_line_export_says_1_day_and_89_days(capsys, data_dir, today, tmp_path):
    from taper_desktop.cli import main
    from taper_desktop.domain import scales
    from taper_desktop.domain.models import CheckIn
    from taper_desktop.store import checkins, open_store

    store = open_store(data_dir)
    checkins.save(
        store, CheckIn(today, scales.SOWS, {k: 1 for k in scales.SOWS_INSTRUMENT.item_keys})
    )
    store.close()
    assert main(["export-csv", str(tmp_path / "one.csv")]) == 0
    out = capsys.readouterr().out
    assert "1 day" in out and "1 days" not in out
    store = open_store(data_dir)
    for n in range(1, 89):
        checkins.save(store, CheckIn(today - dt.timedelta(days=n), scales.SOWS, {}, note="x"))
    store.close()
    assert main(["export-csv", str(tmp_path / "many.csv")]) == 0
    assert "89 days" in capsys.readouterr().out


def test_plan_history_rule_reads_with_plural_days():
    from taper_desktop.domain.models import PlanRevision
    from taper_desktop.ui.plan_history import rule_text

    daily = PlanRevision(dt.date(2026, 1, 1), "linear", 8.0, 1.0, 1, 0.5, 0.0)
    weekly = PlanRevision(dt.date(2026, 1, 1), "linear", 8.0, 1.0, 7, 0.5, 0.0)
    assert rule_text(daily, "g") == "1 g every 1 day, rounded to 0.5 g"
    assert rule_text(weekly, "g") == "1 g every 7 days, rounded to 0.5 g"


def test_one_capsule_is_singular_everywhere_it_is_formatted(capsys):
    from taper_desktop.cli import main
    from taper_desktop.domain.formatting import format_dose

    assert (format_dose(1, "capsules"), format_dose(4, "capsules")) == ("1 capsule", "4 capsules")
    assert format_dose(1, "g") == "1 g"
    assert (
        main(
            [
                "schedule",
                "--start",
                "4",
                "--unit",
                "capsules",
                "--method",
                "linear",
                "--step",
                "1",
                "--every",
                "1",
                "--from",
                "2026-12-01",
                "--round",
                "1",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Every 1 day remove 1 capsule; doses rounded to 1 capsule;" in out
    assert "1 capsule   1 day" in out and "1 days" not in out and "1 capsules" not in out
