"""The language chosen in Settings: dates, numbers and the week in the window follow it,
and changing it says that it takes effect at the next start."""

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from taper_desktop.store import settings as settings_store
from taper_desktop.ui import locale_format
from taper_desktop.ui.translations import apply_language, current_language


@pytest.fixture
def restore_locale(qapp):
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_system_keeps_the_computer_locale(qapp, restore_locale):
    before = QLocale().name()
    assert apply_language(qapp, "system", []) == []
    assert QLocale().name() == before


def test_a_chosen_language_sets_the_window_formats(qapp, restore_locale):
    translators = apply_language(qapp, "de", [])
    try:
        assert current_language() == "de"
        day = dt.date(2026, 3, 4)
        assert locale_format.date(day) == "04.03.2026"
        assert locale_format.long_date(day) == "Mittwoch, 4. März 2026"
        assert locale_format.decimal("7.5") + " g" == "7,5 g"
        assert QLocale().firstDayOfWeek().value == 1  # Monday
        translators = apply_language(qapp, "es", translators)
        assert locale_format.date(day) == "4/3/2026"
        assert "marzo" in locale_format.long_date(day)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_window_shows_dates_in_the_chosen_language(qapp, restore_locale, store, qtbot):
    from taper_desktop.app import build_window

    QLocale.setDefault(QLocale("es"))
    window = build_window(store)
    qtbot.addWidget(window)
    day = window.checkin_tab.day
    assert locale_format.long_date(day).split(",")[0] in window.checkin_tab.day_label.text()
    assert window.calendar_tab.month.first_weekday == 0  # Monday first in Spain


def test_changing_the_language_says_it_takes_effect_at_the_next_start(window, store):
    from taper_desktop.ui import settings_dialog

    def choose(_parent, values, _tray):
        return {**values, "language": "es"}

    assert settings_dialog.edit_settings(window, store, window.events, True, ask=choose)
    assert settings_store.get(store, "language") == "es"
    assert "next time you start" in window.statusBar().currentMessage()


def test_safety_sentences_write_dates_and_numbers_as_the_window_does(qapp, restore_locale):
    """The hold banner and the day's notes: translated, the date and the mean in the
    language's forms (Spanish: 10/3/2026, 20,5), never ISO or a decimal point."""
    from taper_desktop.domain import safety
    from taper_desktop.ui.translations import safety_sentence

    line = safety.Text(
        safety.HOLD_UP, ("SOWS", 2, safety.Amount(20.5), safety.Amount(9), dt.date(2026, 3, 10)), 2
    )
    translators = apply_language(qapp, "es", [])
    try:
        text = safety_sentence(line)
        assert "20,5" in text and "10/3/2026" in text and "2026-03-10" not in text
        assert text.startswith("Su ")  # the Spanish catalogue, with its plural forms
        assert "2 días" in text
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize(
    "language, one, two",
    [
        ("en", "over the last 1 day is", "over the last 2 days is"),
        ("es", "del último día es", "en los últimos 2 días es"),
        ("de", "des letzten Tages ist", "der letzten 2 Tage ist"),
    ],
)
def test_the_hold_days_are_a_plural_message_in_every_language(
    qapp, restore_locale, language, one, two
):
    """The day count of the hold sentences is a plural message in the catalogue (marked
    with domain.marks.translate): each language's own forms, never the English text."""
    from taper_desktop.domain import safety
    from taper_desktop.ui.translations import safety_sentence

    def line(days: int):
        values = ("SOWS", days, safety.Amount(20), safety.Amount(9), dt.date(2026, 3, 10))
        return safety.Text(safety.HOLD_UP, values, days)

    translators = apply_language(qapp, language, []) if language != "en" else []
    try:
        assert one in safety_sentence(line(1))
        assert two in safety_sentence(line(2))
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_substances_are_named_in_the_language_chosen(qapp, restore_locale, qtbot):
    """The plan dialog's list and the plan's name: catalogue names in Spanish, the stored
    name unchanged (files keep the English name)."""
    from taper_desktop.ui.plan_dialog import PlanDialog
    from taper_desktop.ui.translations import substance_name

    translators = apply_language(qapp, "es", [])
    try:
        dialog = PlanDialog(today=dt.date(2026, 11, 29))
        qtbot.addWidget(dialog)
        names = [dialog.substance.itemText(i) for i in range(dialog.substance.count())]
        assert "Oxicodona (mg)" in names and "Kratom en polvo de hoja (g)" in names
        assert not any("Oxycodone" in name for name in names)
        dialog.substance.setCurrentIndex(dialog.substance.findData("oxycodone"))
        assert dialog.fields.substance_type().name == "Oxycodone"  # what a plan stores
        assert substance_name("Oxycodone") == "Oxicodona"
        assert substance_name("Tintura casera") == "Tintura casera"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_counted_units_are_words_of_the_language(qapp, restore_locale):
    translators = apply_language(qapp, "es", [])
    try:
        assert locale_format.dose(4, "capsules") == "4 cápsulas"
        assert locale_format.dose(1, "capsules") == "1 cápsula"
        assert locale_format.dose(0.5, "tablets") == "0,5 comprimidos"
        assert locale_format.unit("capsules") == "cápsulas" and locale_format.unit("g") == "g"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert locale_format.dose(4, "capsules") == "4 capsules"  # English once it is gone
