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

_spec = importlib.util.spec_from_file_location(
    "build_translations", ROOT / "tools" / "build_translations.py"
)
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

needs_tools = pytest.mark.skipif(
    build.qt_tool("lrelease") is None or build.qt_tool("lupdate") is None,
    reason="lupdate/lrelease not installed",
)


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
    assert not missing, (
        "strings missing from the catalogue; run "
        "python tools/build_translations.py --update: "
        f"{sorted(missing)[:5]}"
    )


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


def test_every_catalogue_context_is_one_the_app_looks_up():
    """A string filed under a context the app never asks for would never be translated:
    bare tr("...") calls go under "" (ui.translations.tr), self.tr under the class name,
    translate("X", ...) under X, settings labels under domain.settings.TR_CONTEXT, the texts
    of a domain.errors.WordedError under its class's CONTEXT = "X" ("validation", "store")."""
    from taper_desktop.domain.settings import TR_CONTEXT

    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "taper_desktop").rglob("*.py"))
    text = (TRANSLATIONS / "taper_desktop_en.ts").read_text(encoding="utf-8")
    for context in re.findall(r"<context>\s*<name>(.*?)</name>", text, re.S):
        assert (
            context in ("", TR_CONTEXT)
            or f"class {context}(" in code
            or f'translate("{context}"' in code
            or f'CONTEXT = "{context}"' in code
        ), context


def test_a_bare_tr_call_is_translated_from_the_catalogue(qapp, tmp_path):
    """ui.translations.tr looks strings up where pyside6-lupdate files them."""
    from PySide6.QtCore import QTranslator

    from taper_desktop.ui.translations import tr

    lrelease = build.qt_tool("lrelease")
    if lrelease is None:
        pytest.skip("lrelease not installed")
    ts = tmp_path / "t_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
        'language="xx"><context><name></name><message><source>hold</source>'
        "<translation>pause</translation></message></context></TS>",
        encoding="utf-8",
    )
    import subprocess

    subprocess.run(
        [lrelease, str(ts), "-qm", str(tmp_path / "t_xx.qm")], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(tmp_path / "t_xx.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert tr("hold") == "pause"
    finally:
        QCoreApplication.removeTranslator(translator)
