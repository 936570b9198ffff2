"""Alt+letter keys: on each tab, no two visible controls share a letter.

A shared letter only moves the focus between the two (Qt treats it as ambiguous), so
Alt+E focused the dose's Edit button instead of opening the Edit menu, and Alt+I put
the focus on "Open check-in" instead of opening it.
"""

import datetime as dt

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox

from taper_desktop.domain.models import Dose, PlanRevision, Substance
from taper_desktop.store import doses, plans


def _letter(text: str) -> str:
    key = QKeySequence.mnemonic(text)
    return key.toString().split("+")[-1].lower() if not key.isEmpty() else ""


def _letters(window) -> dict[str, list[str]]:
    """Mnemonic letter -> the texts using it: menus, tabs and the visible controls."""
    seen: dict[str, list[str]] = {}
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    page = window.tabs.currentWidget()
    texts += [w.text() for w in page.findChildren(QAbstractButton) if w.isVisibleTo(window)]
    texts += [
        w.title() for w in page.findChildren(QGroupBox) if w.isVisibleTo(window) and w.isCheckable()
    ]
    for text in texts:
        letter = _letter(text)
        if letter:
            seen.setdefault(letter, []).append(text)
    return seen


def _clashes(window) -> dict[str, list[str]]:
    return {k: v for k, v in _letters(window).items() if len(v) > 1}


def test_no_letter_is_shared_on_any_tab(window, qtbot):
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert _clashes(window) == {}, window.tabs.tabText(index)


def test_no_letter_is_shared_with_a_plan_doses_and_a_dose_being_edited(window, store, today):
    plans.create_plan(
        store,
        Substance("Kratom leaf powder", "kratom", "g"),
        PlanRevision(today - dt.timedelta(days=3), "percent", 8, 10, 7, 0.1),
    )
    doses.add(store, Dose(today, 2.0, "g", "08:00"))
    window.events.plan_changed.emit()
    window.tabs.setCurrentIndex(0)
    panel = window.calendar_tab.day_panel
    panel.doses.edit_selected_dose()
    assert panel.doses.editing is not None
    assert _clashes(window) == {}
    window.tabs.setCurrentIndex(1)
    assert _clashes(window) == {}
