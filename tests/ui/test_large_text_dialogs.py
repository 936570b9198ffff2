"""At the large-text setting (200%), the delete-data question shows its whole text and the
backup list shows every column: nothing is cut."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from taper_desktop.store.backups import Backup
from taper_desktop.ui import text_size
from taper_desktop.ui.delete_data_dialog import DeleteDataDialog
from taper_desktop.ui.restore_dialog import RestoreDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note


@pytest.fixture
def large_text(qapp):
    text_size.apply(qapp, 200)
    yield
    text_size.apply(qapp, 100)


def test_the_delete_question_is_never_cut(large_text, qtbot, tmp_path):
    dialog = DeleteDataDialog(tmp_path / "a folder with a rather long name" / "taper")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    text = next(w for w in dialog.findChildren(QLabel) if "cannot be undone" in w.text())
    assert text.height() >= text.heightForWidth(text.width())  # every line shows
    assert text.geometry().bottom() < dialog.word.geometry().top()


def test_every_backup_column_shows(large_text, qtbot, tmp_path):
    found = [
        Backup(tmp_path / "a.sqlite3", "daily", dt.datetime(2026, 3, 2, 8, 30), {"checkin": 85}),
        Backup(tmp_path / "b.sqlite3", "weekly", dt.datetime(2026, 3, 1), None, "not readable"),
    ]
    dialog = RestoreDialog(found)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    columns = sum(  # what each column needs for its title and its cells
        max(table.header().sectionSizeHint(c), table.sizeHintForColumn(c))
        for c in range(table.columnCount())
    )
    room = dialog.screen().availableGeometry().width() - 40
    # as wide as every column needs, or as wide as the screen allows
    assert table.viewport().width() >= columns or dialog.width() >= room
    assert QApplication.font().pointSizeF() > 0
