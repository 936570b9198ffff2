"""Clinical words: every one in the translation catalogue, the published SOWS statements,
kratom wording only for kratom, no double 'trouble sleeping', no drug named as an example."""

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from taper_desktop.domain import safety, scales
from taper_desktop.domain.models import PlanRevision, Substance
from taper_desktop.domain.substances import MME_CAVEAT
from taper_desktop.store import plans, settings

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "taper_desktop_en.ts"


def _catalogue() -> dict[str, set[str]]:
    text = CATALOGUE.read_text(encoding="utf-8")
    found = {}
    for context in re.findall(r"<context>(.*?)</context>", text, re.S):
        name = re.search(r"<name>(.*?)</name>", context).group(1)
        sources = re.findall(r"<source>(.*?)</source>", context, re.S)
        found[name] = {
            s.replace("&quot;", '"')
            .replace("&apos;", "'")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            for s in sources
        }
    return found


def test_every_clinical_string_is_in_the_catalogue_under_its_context():
    cat = _catalogue()
    wanted = set()
    for inst in scales.INSTRUMENTS.values():
        wanted |= {
            inst.title,
            inst.band_note,
            inst.kratom_note,
            *inst.anchors,
            *(label for _k, label in inst.items),
            *inst.statements,
            *(b.name for b in inst.bands),
        }
    wanted |= {label for _k, label in scales.EXTRA_SYMPTOMS}
    wanted |= {b.name for b in scales.COWS_BANDS}
    wanted |= {label for label, *_ in scales.COMPANION_MEASURES.values()}
    assert wanted - cat["scales"] == set()
    assert MME_CAVEAT in cat["substances"]
    marked = {v for k, v in vars(safety).items() if k.isupper() and isinstance(v, str) and " " in v}
    assert len(marked) == 18  # every sentence constant of domain/safety.py
    assert marked - cat["safety"] == set()


def test_sows_shows_the_published_first_person_statements():
    inst = scales.SOWS_INSTRUMENT
    assert inst.statements[0] == "I feel anxious"
    assert inst.statement("yawning") == "I feel like yawning"
    assert inst.statement("stomach_cramps") == "I have cramps in my stomach"
    assert inst.statement("feel_like_using") == "I feel like using now"
    assert len(inst.statements) == 16
    assert scales.GOSSOP_INSTRUMENT.statement("feeling_sick") == "Feeling sick"


def test_no_unsourced_statements_remain():
    for inst in scales.INSTRUMENTS.values():
        assert "NIDA" not in inst.band_note and "2-4" not in inst.band_note
        assert "kratom" not in inst.band_note  # kratom wording only where the plan is kratom
    assert "a scale validated for opioid withdrawal (not for kratom)" in " ".join(
        (ROOT / "README.md").read_text(encoding="utf-8").split()
    )


def test_gossop_does_not_offer_the_extra_trouble_sleeping():
    assert "trouble_sleeping" in dict(scales.extra_symptoms_for(scales.SOWS))
    assert "trouble_sleeping" not in dict(scales.extra_symptoms_for(scales.GOSSOP))


def _open(window, qtbot):
    window.tabs.setCurrentWidget(window.checkin_tab)
    tab = window.checkin_tab
    qtbot.waitUntil(lambda: tab.item_rows[0].hasFocus())
    return tab


def test_check_in_rows_and_extras(window, store, qtbot):
    settings.put(store, "extra_symptoms", [k for k, _ in scales.EXTRA_SYMPTOMS])
    window.events.settings_changed.emit()
    tab = _open(window, qtbot)
    assert tab.item_rows[1].label.text() == "2. I feel like yawning"
    assert tab.item_rows[1].label.toolTip() == "Yawning"  # the short label as a visual aid
    assert "trouble_sleeping" in [r.key for r in tab.extra_rows]
    assert "loperamide" not in tab.meds.name.placeholderText()


def test_gossop_check_in_hides_the_extra_trouble_sleeping(window, store, qtbot):
    settings.put(store, "extra_symptoms", [k for k, _ in scales.EXTRA_SYMPTOMS])
    settings.put(store, "instrument", scales.GOSSOP)
    window.events.settings_changed.emit()
    tab = _open(window, qtbot)
    assert [r.key for r in tab.item_rows][-1] == "trouble_sleeping"
    assert "trouble_sleeping" not in [r.key for r in tab.extra_rows]  # rated once only
    assert len(tab.extra_rows) == 4


@pytest.mark.parametrize("kind, said", [("kratom", True), ("opioid", False)])
def test_kratom_wording_only_for_a_kratom_plan(window, store, qtbot, today, kind, said):
    plans.create_plan(
        store,
        Substance("X", kind, "mg"),
        PlanRevision(today - dt.timedelta(days=3), "linear", 40, 5, 7, 5),
    )
    window.events.plan_changed.emit()
    tab = _open(window, qtbot)
    assert ("not been validated for kratom" in tab.band_note.text()) is said
    assert ("kratom" in tab.extras_toggle.toolTip()) is said
    assert "kratom" not in tab.extras_toggle.text()
    assert "not validated" in tab.band_note.text()  # the bands' caveat stays for all
    QApplication.processEvents()


@pytest.mark.parametrize("kind", ["kratom", "opioid"])
def test_the_footer_says_what_sows_is_validated_for_once(window, store, qtbot, today, kind):
    plans.create_plan(
        store,
        Substance("X", kind, "mg"),
        PlanRevision(today - dt.timedelta(days=3), "linear", 40, 5, 7, 5),
    )
    window.events.plan_changed.emit()
    tab = _open(window, qtbot)
    note = tab.band_note.text()
    assert note.startswith("Bands are conventional, not validated.")
    assert note.count("opioid withdrawal") == 1
