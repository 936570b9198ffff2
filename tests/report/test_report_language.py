"""The report speaks the app's language (or the one chosen): words from the catalogue,
decimal comma and dates of the locale; files keep ISO dates and a decimal point."""

import csv
import datetime as dt

import pytest
from pypdf import PdfReader

from taper_desktop import catalogue
from taper_desktop.exchange.day_csv import export_csv
from taper_desktop.report import i18n, write_report
from taper_desktop.store import settings
from tests.report.test_report import D0, options, seed

CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context><name>Report</name>
<message><source>Daily table</source><translation>Tagestabelle</translation></message>
<message><source>Plan</source><translation type="unfinished">Plan (unfertig)</translation></message>
</context>
<context><name>scales</name>
<message><source>moderate</source><translation>mäßig</translation></message>
</context>
</TS>
"""


@pytest.fixture
def german(tmp_path, monkeypatch):
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "taper_desktop_de.ts").write_text(CATALOGUE, encoding="utf-8")
    (folder / "taper_desktop_en.ts").write_text(CATALOGUE.replace('"de"', '"en"'), encoding="utf-8")
    monkeypatch.setattr(catalogue, "TRANSLATIONS", folder)
    catalogue.clear_cache()
    yield
    catalogue.clear_cache()


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_a_report_in_german(store, tmp_path, german):
    seed(store)
    out = tmp_path / "de.pdf"
    write_report(store, options(language="de"), out, generated=dt.datetime(2026, 3, 23, 9, 30))
    text = _text(out)
    assert "Tagestabelle" in text  # a finished translation
    assert "Plan (unfertig)" not in text and "\nPlan" in text  # unfinished: English
    assert "mäßig" in text  # a band name filed by another layer
    assert "02.03.2026" in text and "2026-03-02" not in text  # the locale's dates
    assert "7,5 g" in text and "7.5 g" not in text  # decimal comma
    assert "23.03.2026 09:30" in text
    assert "translation that has not been validated" in text  # clinical.md section 1


def test_the_report_follows_the_language_setting(store, tmp_path, german):
    seed(store)
    settings.put(store, "language", "de")
    out = tmp_path / "setting.pdf"
    write_report(store, options(), out)
    assert "Tagestabelle" in _text(out)
    write_report(store, options(language="en"), out)  # the dialog's choice wins
    text = _text(out)
    assert "Daily table" in text and "2 Mar 2026" in text and "7.5 g" in text
    assert "translation that has not been validated" not in text


def test_files_keep_iso_dates_and_a_decimal_point(store, tmp_path, german):
    seed(store)
    settings.put(store, "language", "de")
    out = tmp_path / "days.csv"
    export_csv(store, out)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert rows[0]["date"] == D0.isoformat()
    assert any("." in row["sleep_hours"] for row in rows)
    assert not any("," in row["dose_taken"] for row in rows)


@pytest.mark.parametrize(
    "environ, setting, code",
    [
        ({"LANG": "es_MX.UTF-8"}, "system", "es"),
        ({"LANGUAGE": "de:en", "LANG": "es_ES"}, "system", "de"),
        ({"LANG": "C"}, "system", "en"),
        ({"LANG": "fi_FI.UTF-8"}, "system", "en"),  # no Finnish catalogue
        ({"LANG": "es_ES.UTF-8"}, "de", "de"),
    ],
)
def test_the_language_setting_resolves_to_a_catalogue(environ, setting, code):
    assert i18n.resolve(setting, environ) == code


def test_every_language_offered_has_a_catalogue():
    from taper_desktop.domain.settings import LANGUAGES

    assert {code for code, _ in LANGUAGES} == set(i18n.available())


def test_the_substance_is_named_in_the_reports_language(store, tmp_path):
    """A catalogue substance is stored by its English name (files keep it) and named in
    the report's language; the real Spanish catalogue is used here."""
    seed(store)
    out = tmp_path / "es.pdf"
    write_report(store, options(language="es"), out)
    text = _text(out)
    assert "Kratom en polvo de hoja (g)" in text and "Kratom leaf powder" not in text
    write_report(store, options(language="en"), out)
    assert "Kratom leaf powder (g)" in _text(out)


def test_a_name_typed_for_other_is_shown_as_typed():
    from taper_desktop.domain.substances import shown_name

    assert shown_name("Oxycodone", lambda text: "Oxicodona") == "Oxicodona"
    assert shown_name("My tincture", lambda text: "never asked") == "My tincture"


def test_counted_units_in_the_reports_language():
    from taper_desktop.report import words

    with catalogue.using("de"):
        assert words.dose(4, "capsules") == "4 Kapseln" and words.unit("capsules") == "Kapseln"
        assert words.dose(1.5, "g") == "1,5 g"
    assert words.dose(4, "capsules") == "4 capsules"
