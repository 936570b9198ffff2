"""The tests never write into the real home folder."""

import os
import tempfile
from pathlib import Path


def test_the_documents_folder_of_the_tests_is_a_temporary_one(qtbot):
    from taper_desktop.ui.file_dialogs import documents

    temp = Path(tempfile.gettempdir()).resolve()
    home = Path(os.environ["HOME"]).resolve()
    assert temp in home.parents
    assert Path.home().resolve() == home
    folder = Path(documents()).resolve()
    assert home in folder.parents
    assert folder.is_dir()
