"""The plan sheet: one page, parsed back with pypdf; text from the plan, fonts embedded."""

import datetime as dt
import os

import pytest
from pypdf import PdfReader

from taper_desktop.cli import main
from taper_desktop.demo import fill_demo
from taper_desktop.domain.models import Hold, PlanRevision, Substance
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.report.i18n import date as report_date
from taper_desktop.report.plan_sheet import write_plan_sheet
from taper_desktop.report.plan_sheet_parts import NEXT_STEPS
from taper_desktop.store import plans, settings

TODAY = dt.date(2026, 11, 29)


def text_of(path):
    reader = PdfReader(path)
    return reader, " ".join(page.extract_text() for page in reader.pages)


def embedded_fonts(reader):
    found, missing = set(), set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"]).split("+")[-1]
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                found.add(name)
            else:
                missing.add(name)
    return found, missing


def test_demo_plan_sheet_from_the_command_line(store, tmp_path, capsys):
    fill_demo(store, today=TODAY)
    out = tmp_path / "sheet.pdf"
    code = main(["report", "--plan-sheet", "--out", str(out), "--paper", "A4"])
    stdout, err = capsys.readouterr()
    assert code == 0, err
    assert "Plan sheet written" in stdout
    assert oct(os.stat(out).st_mode & 0o777) == "0o600"
    reader, text = text_of(out)
    assert len(reader.pages) == 1
    found, missing = embedded_fonts(reader)
    assert "DejaVuSans" in found and not missing
    assert "Kratom leaf powder" in text and "Dr. Rivera" in text
    assert "Tolerance falls during a taper" in text
    assert "naloxone" not in text  # kratom: the opioid line is not added
    assert "Provider's signature" in text and "Date" in text
    plan = plans.current_plan(store)
    schedule = PlanSchedule(plan.revisions, plan.holds)
    today = settings.diary_today(store)
    ahead = [r for r in schedule.rows()[1:] if r.day > today][:NEXT_STEPS]
    assert ahead
    for row in ahead:
        assert report_date(row.day) in text
        assert f"{row.dose:g} g per day" in text
    hold = plan.holds[0]
    assert f"{report_date(hold.start_day)} to {report_date(hold.end_day)}" in text


def test_fentanyl_patch_open_hold_and_non_latin_text(store, tmp_path):
    substance = Substance("Fentanyl transdermal patch", "opioid", "mcg/hr", mme_factor=2.4)
    start = TODAY - dt.timedelta(days=20)
    plan = plans.create_plan(
        store,
        substance,
        PlanRevision(
            start, "linear", 50, 12.5, 14, 12.5, 0, reason="Обсудили 😊", agreed_by="李医生"
        ),
    )
    plans.add_hold(store, plan.id, Hold(TODAY - dt.timedelta(days=2), reason="Больно"))
    out = tmp_path / "sheet.pdf"
    write_plan_sheet(store, out, paper="Letter", today=TODAY)
    reader, text = text_of(out)
    assert len(reader.pages) == 1
    assert reader.pages[0].mediabox.width == pytest.approx(612)
    assert "37.5 mcg/h" in text and "per day" not in text
    assert "no end date" in text and "Больно" in text and "李医生" in text
    # The clock is stopped: steps are counted from the day the hold ends.
    assert "11 days after the hold" in text and "25 mcg/h" in text
    assert "naloxone" in text  # opioid: the naloxone line is part of the note
    found, missing = embedded_fonts(reader)
    assert "DroidSansFallback" in found and not missing


def test_long_plan_stays_on_one_page(store, tmp_path):
    substance = Substance("Kratom " * 60, "other", "g")
    plan = plans.create_plan(
        store,
        substance,
        PlanRevision(
            TODAY, "percent", 30, 2, 3, 0.1, 0, reason="r " * 300, agreed_by="Dr. A " * 50
        ),
    )
    for n in range(6):
        day = TODAY - dt.timedelta(days=100 - 10 * n)
        plans.add_hold(store, plan.id, Hold(day, day + dt.timedelta(days=2), reason="x" * 200))
    out = tmp_path / "sheet.pdf"
    write_plan_sheet(store, out, paper="A4", today=TODAY)
    reader, text = text_of(out)
    assert len(reader.pages) == 1
    assert "more steps" in text and "earlier holds" in text


def test_no_plan_says_so_instead_of_failing(store, tmp_path):
    out = tmp_path / "sheet.pdf"
    write_plan_sheet(store, out, paper="A4", today=TODAY)
    reader, text = text_of(out)
    assert len(reader.pages) == 1 and "No taper plan is recorded" in text


def test_report_without_dates_or_plan_sheet_is_a_usage_error(store, tmp_path, capsys):
    code = main(["report", "--out", str(tmp_path / "r.pdf")])
    _out, err = capsys.readouterr()
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--from and --to" in err


def test_unwritable_path_exits_1_with_one_line(store, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code = main(["report", "--plan-sheet", "--out", str(blocker / "s.pdf")])
    _out, err = capsys.readouterr()
    assert code == 1 and len(err.strip().splitlines()) == 1 and "s.pdf" in err


def test_the_plan_sheet_speaks_the_reports_language(store, tmp_path):
    """In Spanish (the report's language) the sheet's heads, table and footer are Spanish,
    with the language's dates; in English the same plan prints the English words."""
    fill_demo(store, today=TODAY)
    es = write_plan_sheet(store, tmp_path / "es.pdf", paper="A4", today=TODAY, language="es")
    _, text = text_of(es)
    assert "Plan de reducción" in text and "Próximos pasos" in text
    assert "Firma del profesional de salud" in text and "Taper plan" not in text
    assert "2026-11-29" not in text  # dates in the Spanish form
    en = write_plan_sheet(store, tmp_path / "en.pdf", paper="A4", today=TODAY, language="en")
    _, text = text_of(en)
    assert "Taper plan" in text and "Next steps" in text and "Plan de reducción" not in text


def test_the_plan_sheet_follows_the_language_setting(store, tmp_path):
    fill_demo(store, today=TODAY)
    settings.put(store, "language", "de")
    _, text = text_of(write_plan_sheet(store, tmp_path / "de.pdf", paper="A4", today=TODAY))
    assert "Reduktionsplan" in text and "Nächste Schritte" in text
