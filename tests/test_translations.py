"""Translations: the English catalogue lists every tr() string; a compiled .qm is loaded."""

import importlib.util
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from taper_desktop.ui.translations import install_translators

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"

_spec = importlib.util.spec_from_file_location("build_translations",
                                               ROOT / "tools" / "build_translations.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

needs_tools = pytest.mark.skipif(build.qt_tool("lrelease") is None
                                 or build.qt_tool("lupdate") is None,
                                 reason="lupdate/lrelease not installed")


def _sources(ts: Path) -> set[tuple[str, str]]:
    text = ts.read_text(encoding="utf-8")
    found = set()
    for context in re.findall(r"<context>(.*?)</context>", text, re.S):
        name = re.search(r"<name>(.*?)</name>", context).group(1)
        found |= {(name, s) for s in re.findall(r"<source>(.*?)</source>", context, re.S)}
    return found


@needs_tools
def test_english_catalogue_is_up_to_date(tmp_path):
    fresh = tmp_path / "taper_desktop_en.ts"
    build.update([fresh])
    missing = _sources(fresh) - _sources(TRANSLATIONS / "taper_desktop_en.ts")
    assert not missing, ("strings missing from the catalogue; run "
                         "python tools/build_translations.py --update: "
                         f"{sorted(missing)[:5]}")


@needs_tools
def test_a_language_is_loaded_from_its_compiled_file(tmp_path, qapp, qtbot, store):
    shutil.copy(TRANSLATIONS / "taper_desktop_de.ts", tmp_path)
    build.compile_all([tmp_path / "taper_desktop_de.ts"])
    assert (tmp_path / "taper_desktop_de.qm").exists()
    translators = install_translators(qapp, QLocale(QLocale.Language.German), tmp_path)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
        assert QCoreApplication.translate("settings", "Theme") == "Farbschema"
        from taper_desktop.app import build_window

        window = build_window(store)
        qtbot.addWidget(window)
        assert window.menuBar().actions()[0].text() == "&Datei"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_no_language_file_means_english(tmp_path, qapp):
    installed = install_translators(qapp, QLocale(QLocale.Language.Finnish), tmp_path)
    try:
        assert not any(str(tmp_path) in t.filePath() for t in installed)
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
