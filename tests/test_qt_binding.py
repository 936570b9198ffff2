"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 on CPython 3.11 dropped
one reference to None per call returning nothing, and the app aborted after a few
thousand calls (pyproject.toml excludes that release)."""

import sys

from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_keep_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50
