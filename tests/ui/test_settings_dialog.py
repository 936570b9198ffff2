"""The settings dialog is generated from FIELDS and saves through the store in one go."""

import importlib.util
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QSpinBox,
)

from taper_desktop.domain import settings as fields
from taper_desktop.store import settings as settings_store
from taper_desktop.ui.events import DataEvents
from taper_desktop.ui.settings_dialog import SettingsDialog, edit_settings
from taper_desktop.ui.translations import TRANSLATIONS, install_translators

TOOLS = Path(__file__).resolve().parents[2] / "tools"


@pytest.fixture
def dialog(qtbot, store):
    d = SettingsDialog(settings_store.get_all(store), tray_available=True)
    qtbot.addWidget(d)
    return d


def test_one_widget_per_visible_field_chosen_by_type(dialog):
    assert set(dialog.editors) == {f.key for f in fields.visible_fields()}
    expected = {
        "day_boundary": QLineEdit,
        "instrument": QComboBox,
        "extra_symptoms": QListWidget,
        "hold_threshold_sows": QSpinBox,
        "theme": QComboBox,
        "keep_in_tray": QCheckBox,
    }
    for key, kind in expected.items():
        assert isinstance(dialog.editors[key].widget, kind), key
    assert dialog.editors["hold_threshold_sows"].widget.maximum() == 64
    assert dialog.findChild(QLineEdit, "setting_first_run_done") is None
    assert dialog.findChild(QLineEdit, "setting_last_report_to") is None


def test_shows_stored_values_and_returns_them_unchanged(store, qtbot):
    settings_store.put_many(
        store, {"theme": "dark", "extra_symptoms": ["irritability"], "reminder_time": "07:45"}
    )
    d = SettingsDialog(settings_store.get_all(store), tray_available=True)
    qtbot.addWidget(d)
    assert d.editors["theme"].widget.currentData() == "dark"
    assert d.editors["reminder_time"].widget.text() == "07:45"
    values = d.checked_values()
    assert values == {k: v for k, v in settings_store.get_all(store).items() if k in d.editors}


def test_bad_time_is_named_at_its_field_and_nothing_saved(store, qtbot):
    events = DataEvents()

    def ask(parent, values, tray_available):
        d = SettingsDialog(values, tray_available)
        qtbot.addWidget(d)
        d.editors["reminder_time"].widget.setText("25:61")
        d.accept()
        assert d.result() != d.DialogCode.Accepted
        error = d.errors["reminder_time"]
        assert not error.isHidden() and "25:61" in error.text()
        assert d.errors["day_boundary"].isHidden()
        return None  # the person cancels

    with qtbot.assertNotEmitted(events.settings_changed):
        assert edit_settings(None, store, events, True, ask=ask) is False
    assert settings_store.get(store, "reminder_time") == "20:00"


def test_save_writes_all_values_and_tells_the_app(store, qtbot):
    events = DataEvents()

    def ask(parent, values, tray_available):
        d = SettingsDialog(values, tray_available)
        qtbot.addWidget(d)
        d.editors["theme"].widget.setCurrentIndex(d.editors["theme"].widget.findData("light"))
        d.editors["hold_threshold_sows"].widget.setValue(10)
        d.editors["keep_in_tray"].widget.setChecked(True)
        extras = d.editors["extra_symptoms"].widget
        extras.item(0).setCheckState(Qt.CheckState.Checked)
        d.editors["day_boundary"].widget.setText("03:00")
        return d.checked_values()

    with qtbot.waitSignal(events.settings_changed):
        assert edit_settings(None, store, events, True, ask=ask) is True
    saved = settings_store.get_all(store)
    assert saved["theme"] == "light" and saved["hold_threshold_sows"] == 10
    assert saved["keep_in_tray"] is True and saved["day_boundary"] == "03:00"
    assert saved["extra_symptoms"] == ["diarrhoea"]
    assert saved["first_run_done"] is False  # internal fields are left alone


def test_without_a_tray_the_dialog_says_so(store, qtbot):
    d = SettingsDialog(settings_store.get_all(store), tray_available=False)
    qtbot.addWidget(d)
    texts = " ".join(label.text() for label in d.findChildren(type(d.errors["theme"])))
    assert "no system tray" in texts and "next time you open it" in texts
    d2 = SettingsDialog(settings_store.get_all(store), tray_available=True)
    qtbot.addWidget(d2)
    assert "no system tray" not in " ".join(
        label.text() for label in d2.findChildren(type(d2.errors["theme"]))
    )


def test_tab_order_follows_reading_order(dialog):
    chain, widget = [], dialog.editors["day_boundary"].widget
    editors = {e.widget for e in dialog.editors.values()}
    for _ in range(100):
        if widget in editors and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    tops = [w.mapTo(dialog, w.rect().topLeft()).y() for w in chain]
    assert len(chain) == len(editors) and tops == sorted(tops)


def test_the_retired_default_resolution_is_not_offered(dialog):
    """It did nothing; a plan's rounding step is typed in the plan dialog."""
    assert "default_resolution" not in dialog.editors


def test_text_size_setting_scales_the_app_font(qtbot, window):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    dialog = SettingsDialog(settings_store.get_all(window.store), True)
    qtbot.addWidget(dialog)
    spin = dialog.editors["text_size"].widget
    assert (spin.minimum(), spin.maximum(), spin.suffix()) == (100, 200, "%")
    base = app.font().pointSizeF()
    heading = window.checkin_tab.day_label  # a widget with a larger font of its own
    ratio = heading.font().pointSizeF() / base

    def ask(parent, values, tray_available):
        return {**values, "text_size": 150}

    try:
        assert edit_settings(window, window.store, window.events, True, ask=ask)
        assert app.font().pointSizeF() == pytest.approx(base * 1.5)
        assert heading.font().pointSizeF() == pytest.approx(base * 1.5 * ratio)
    finally:
        settings_store.put(window.store, "text_size", 100)
        window.events.settings_changed.emit()
    assert app.font().pointSizeF() == pytest.approx(base)


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, showing a dialog
def test_a_problem_clears_as_soon_as_the_input_is_valid_without_moving_fields(qtbot, store):
    d = SettingsDialog(settings_store.get_all(store), tray_available=True)
    qtbot.addWidget(d)
    d.show()
    edit = d.editors["reminder_time"].widget
    edit.setText("25:61")
    assert d.checked_values() is None
    error = d.errors["reminder_time"]
    assert "25:61" in error.text()
    below = d.editors["theme"].widget
    qtbot.waitUntil(lambda: error.height() > 0)
    y = below.mapTo(d, below.rect().topLeft()).y()
    edit.setText("21:")  # still not a time: the problem stays
    assert error.text()
    edit.setText("21:15")
    assert error.text() == ""
    assert below.mapTo(d, below.rect().topLeft()).y() == y


def test_a_refused_setting_is_named_in_the_person_s_language(store, qtbot, qapp, tmp_path):
    """Spanish app: the problem under the field is Spanish, label and message alike."""
    spec = importlib.util.spec_from_file_location(
        "build_translations", TOOLS / "build_translations.py"
    )
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    if build.qt_tool("lrelease") is None:
        pytest.skip("lrelease not installed")
    shutil.copy(TRANSLATIONS / "taper_desktop_es.ts", tmp_path)
    build.compile_all([tmp_path / "taper_desktop_es.ts"])
    translators = install_translators(qapp, QLocale("es"), tmp_path)
    try:
        d = SettingsDialog(settings_store.get_all(store), tray_available=True)
        qtbot.addWidget(d)
        d.editors["day_boundary"].widget.setText("25:00")
        assert d.checked_values() is None
        shown = d.errors["day_boundary"].text()
        assert (
            shown == "El día empieza a las: '25:00' no es una hora en formato HH:MM (00:00-23:59)"
        )
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
