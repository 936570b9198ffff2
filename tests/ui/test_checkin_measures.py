"""The check-in's other measures: their hints speak the person's language."""

import importlib.util
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from taper_desktop.ui.checkin.measures import HINTS, MeasuresBox
from taper_desktop.ui.translations import install_translators

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "build_translations", ROOT / "tools" / "build_translations.py"
)
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)


@pytest.mark.skipif(build.qt_tool("lrelease") is None, reason="lrelease not installed")
@pytest.mark.parametrize(
    ("code", "sleep_hint"),
    [("es", "en medias horas, p. ej. 6,5"), ("de", "in halben Stunden, z. B. 6,5")],
)
def test_measure_hints_are_translated(tmp_path, qapp, qtbot, code, sleep_hint):
    ts = tmp_path / f"taper_desktop_{code}.ts"
    shutil.copy(ROOT / "resources" / "translations" / ts.name, ts)
    build.compile_all([ts])
    translators = install_translators(qapp, QLocale(code), tmp_path)
    try:
        box = MeasuresBox()
        qtbot.addWidget(box)
        shown = {label.text() for label in box.findChildren(QLabel)}
        english = set(HINTS.values())
        assert not shown & english  # no hint left in English
        assert sleep_hint in shown
        assert box.boxes["sleep_hours"].toolTip() == sleep_hint
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize("size", [(1400, 900), (1024, 700)])
def test_measure_hints_keep_every_line_at_the_largest_text(store, qtbot, qapp, size):
    from taper_desktop.app import build_window
    from taper_desktop.store import settings
    from taper_desktop.ui import text_size

    settings.put(store, "text_size", 200)
    try:
        window = build_window(store)
        qtbot.addWidget(window)
        window.show()
        tab = window.checkin_tab
        window.tabs.setCurrentWidget(tab)
        window.resize(*size)
        hints = [label for label in tab.view.measures.findChildren(QLabel) if label.wordWrap()]
        assert len(hints) == len(HINTS)
        qtbot.waitUntil(lambda: all(h.height() >= h.heightForWidth(h.width()) > 0 for h in hints))
    finally:
        text_size.apply(qapp, 100)
