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
