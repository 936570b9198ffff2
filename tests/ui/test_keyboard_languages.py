"""Keyboard only, in English, Spanish and German: on each tab and in each menu, no two Alt+letter
keys share a letter, so each opens what it names (a shared letter only moves the focus
between the two)."""

import datetime as dt

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence

from taper_desktop.domain.models import Dose, PlanRevision, Substance
from taper_desktop.store import doses, plans
from taper_desktop.ui.translations import apply_language
from tests.ui.test_mnemonics import _clashes


@pytest.fixture(params=["en", "es", "de"])
def language(request, qapp):
    before = QLocale()
    translators = apply_language(qapp, request.param, [])
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def translated_window(language, qtbot, store):
    from taper_desktop.app import build_window

    window = build_window(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_no_letter_is_shared_on_any_tab(translated_window, language):
    window = translated_window
    if language != "en":
        assert window.menuBar().actions()[0].text() != "&File"  # the translation is in use
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert _clashes(window) == {}, (language, window.tabs.tabText(index))


def test_no_letter_is_shared_with_a_plan_doses_and_a_dose_being_edited(
    translated_window, language, store, today
):
    window = translated_window
    plans.create_plan(
        store,
        Substance("Kratom leaf powder", "kratom", "g"),
        PlanRevision(today - dt.timedelta(days=3), "percent", 8, 10, 7, 0.1),
    )
    doses.add(store, Dose(today, 2.0, "g", "08:00"))
    window.events.plan_changed.emit()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert _clashes(window) == {}, (language, window.tabs.tabText(index))
    window.tabs.setCurrentIndex(0)
    panel = window.calendar_tab.day_panel
    panel.doses.edit_selected_dose()
    assert panel.doses.editing is not None
    assert _clashes(window) == {}, (language, "editing a dose")


def test_no_letter_is_shared_in_a_menu(translated_window, language):
    """Within each menu, every item has a letter of its own (a disabled one counts too:
    Qt does not skip it)."""
    for menu_action in translated_window.menuBar().actions():
        seen: dict[str, list[str]] = {}
        for action in menu_action.menu().actions():
            key = QKeySequence.mnemonic(action.text())
            if action.isSeparator() or key.isEmpty():
                continue
            seen.setdefault(key.toString().lower(), []).append(action.text())
        clashes = {k: v for k, v in seen.items() if len(v) > 1}
        assert clashes == {}, (language, menu_action.text())


def _dialog_clashes(dialog) -> dict[str, list[str]]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    seen: dict[str, list[str]] = {}
    texts = [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisibleTo(dialog)]
    texts += [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    for text in texts:
        key = QKeySequence.mnemonic(text)
        if not key.isEmpty():
            seen.setdefault(key.toString().lower(), []).append(text)
    return {k: v for k, v in seen.items() if len(v) > 1}


def test_no_letter_is_shared_in_the_report_dialog(language, qtbot):
    from taper_desktop.ui.report_dialog import ReportDialog

    dialog = ReportDialog(dt.date(2026, 3, 2), dt.date(2026, 3, 20))
    qtbot.addWidget(dialog)
    assert _dialog_clashes(dialog) == {}, language
