"""The word typed to confirm deleting all data is the window language's word, in any case."""

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel

from taper_desktop.ui.delete_data_dialog import DeleteDataDialog
from taper_desktop.ui.translations import apply_language


@pytest.fixture
def language(qapp):
    before = QLocale()
    installed = []

    def use(code: str) -> None:
        installed.extend(apply_language(qapp, code, []))

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, showing a dialog
@pytest.mark.parametrize(
    ("code", "word", "typed", "english"),
    [("es", "BORRAR", "borrar", "DELETE"), ("de", "LÖSCHEN", "Löschen", "DELETE")],
)
def test_the_word_to_type_is_translated(qtbot, tmp_path, language, code, word, typed, english):
    language(code)
    dialog = DeleteDataDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.word.placeholderText() == word
    assert word in dialog.word.accessibleName()
    assert any(word in label.text() for label in dialog.findChildren(QLabel))
    qtbot.keyClicks(dialog.word, english)  # the English word is not this language's
    assert not dialog.delete_button.isEnabled()
    dialog.word.clear()
    dialog.word.insert(typed)  # any case (QTest types ASCII keys only)
    assert dialog.delete_button.isEnabled()
    qtbot.keyClick(dialog.word, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_english_accepts_delete_in_any_case(qtbot, tmp_path):
    dialog = DeleteDataDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.confirmed(" Delete ")
    assert not dialog.confirmed("DELET")
