"""The window and the command line say a problem in the same words: the store's passphrase
rule and an import file's problems, translated from the one marked text (issue 16)."""

import importlib.util
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from taper_desktop.exchange.day_csv import parse_csv
from taper_desktop.exchange.problems import ImportFailed
from taper_desktop.ui import import_export, passphrase_dialogs
from taper_desktop.ui.translations import install_translators

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "build_translations", ROOT / "tools" / "build_translations.py"
)
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)


@pytest.fixture
def german(tmp_path, qapp):
    if build.qt_tool("lrelease") is None:
        pytest.skip("lrelease not installed")
    ts = tmp_path / "taper_desktop_de.ts"
    shutil.copy(ROOT / "resources" / "translations" / ts.name, ts)
    build.compile_all([ts])
    translators = install_translators(qapp, QLocale("de"), tmp_path)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_passphrase_rule_reads_as_the_store_says_it(german, qtbot):
    dialog = passphrase_dialogs.NewPassphraseDialog("t", "i")
    qtbot.addWidget(dialog)
    dialog.first.setText("short")
    dialog.second.setText("short")
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error.text() == "Eine Passphrase braucht mindestens 8 Zeichen."
    dialog.first.setText(" long enough ")
    dialog.second.setText(" long enough ")
    dialog.accept()
    assert dialog.error.text() == (
        "Eine Passphrase darf nicht mit einem Leerzeichen beginnen oder enden."
    )


def test_an_import_files_problems_are_listed_in_the_persons_language(german, qtbot, tmp_path):
    from taper_desktop.exchange.day_csv import COLUMNS

    header = ",".join(COLUMNS)
    blank = "," * (len(COLUMNS) - 1)
    text = f"{header}\n2025-02-30{blank}\n2025-03-01,,abc,g{blank[3:]}\n"
    with pytest.raises(ImportFailed) as caught:
        parse_csv(text, tmp_path / "tage.csv")
    dialog = import_export.ProblemsDialog(caught.value)
    qtbot.addWidget(dialog)
    assert dialog.listing.toPlainText().splitlines() == [
        "Zeile 2, Spalte date: ist kein Datum der Form JJJJ-MM-TT (Wert '2025-02-30')",
        "Zeile 3, Spalte dose_taken: ist keine Zahl (mit Dezimalpunkt) (Wert 'abc')",
    ]


def test_the_unlock_screen_says_a_wrong_passphrase_as_the_store_does(
    german, qtbot, data_dir, monkeypatch
):
    from taper_desktop.store import encryption, keyfile, open_store
    from taper_desktop.ui.unlock import UnlockWindow

    monkeypatch.setattr(keyfile, "SCRYPT_N", 2**10)  # fast
    store = open_store(data_dir)
    encryption.encrypt(store, "correct horse battery")
    store.close()
    unlock = UnlockWindow(data_dir, encryption.unlock)
    qtbot.addWidget(unlock)
    unlock.field.setText("not my passphrase")
    assert not unlock.try_unlock()
    assert unlock.error.text() == (
        "Die Passphrase oder der Wiederherstellungscode ist nicht richtig. "
        "Nichts wurde geändert; bitte versuchen Sie es noch einmal."
    )
