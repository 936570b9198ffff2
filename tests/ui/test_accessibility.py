"""Every interactive control of the window (all tabs) and of every dialog has a name.

The name is what a screen reader announces: the accessible name when set, otherwise what
Qt derives (a button's text, a field's buddy label). Add new dialogs to DIALOG_FACTORIES.
"""

import pytest
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from taper_desktop.store import settings as settings_store
from taper_desktop.ui.settings_dialog import SettingsDialog
from taper_desktop.ui.welcome import WelcomeDialog

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QTabBar,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QCalendarWidget,
)
# Controls whose inner parts (a spin box's line edit, a tab bar's scroll arrows, a
# calendar's grid) are announced through the outer control.
COMPOSITE = (QAbstractSpinBox, QComboBox, QTabBar, QCalendarWidget, QAbstractItemView)
NOT_CONTROLS = (QScrollBar,)  # scroll bars are reached with the wheel and keys, not Tab


def _demo_plan(store):
    import datetime as dt

    from taper_desktop.demo import fill_demo
    from taper_desktop.store import plans

    if plans.current_plan(store) is None:
        fill_demo(store, dt.date(2026, 6, 1))
    return plans.current_plan(store)


def _plan_dialog(store, with_plan: bool):
    from taper_desktop.ui.plan_dialog import PlanDialog

    return PlanDialog(_demo_plan(store) if with_plan else None)


def _hold_dialog(store):
    import datetime as dt

    from taper_desktop.ui.hold_dialog import HoldDialog

    return HoldDialog(dt.date(2026, 6, 1))


def _plan_history(store):
    from taper_desktop.ui.plan_history import PlanHistoryDialog

    return PlanHistoryDialog(_demo_plan(store))


def _report_dialog(store):
    import datetime as dt

    from taper_desktop.ui.report_dialog import ReportDialog

    return ReportDialog(dt.date(2026, 5, 1), dt.date(2026, 5, 31), "A. Person", "Dr. B")


def _restore_dialog(store):
    from taper_desktop.store import backups
    from taper_desktop.ui.restore_dialog import RestoreDialog

    _demo_plan(store)
    backups.backup_before(store, "restore")
    return RestoreDialog(backups.list_backups(store.data_dir))


def _delete_dialog(store):
    from taper_desktop.ui.delete_data_dialog import DeleteDataDialog

    return DeleteDataDialog(store.data_dir)


# Each factory takes the store and returns a dialog (not shown) to walk.
DIALOG_FACTORIES = {
    "settings": lambda store: SettingsDialog(
        settings_store.get_all(store), True, delete_data=lambda dialog: False
    ),
    "settings without tray": lambda store: SettingsDialog(settings_store.get_all(store), False),
    "welcome": lambda store: WelcomeDialog(),
    "new plan": lambda store: _plan_dialog(store, False),
    "change plan": lambda store: _plan_dialog(store, True),
    "hold": _hold_dialog,
    "plan history": _plan_history,
    "report": _report_dialog,
    "restore from backup": _restore_dialog,
    "delete all my data": _delete_dialog,
}


def spoken_name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface else "").replace("&", "").strip()


def _inside_composite(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITE):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Describe every interactive widget under root (and root) that has no name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, NOT_CONTROLS):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own parts, e.g. a menu bar's ">>"
            continue
        if _inside_composite(widget, root) or spoken_name(widget):
            continue
        path, parent = [], widget
        while parent is not None:
            path.append(parent.objectName() or type(parent).__name__)
            parent = parent.parentWidget()
        found.append(" < ".join(path))
    return found


def test_the_walk_catches_an_unnamed_control(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    bare = QLineEdit(host)
    bare.setObjectName("bare")
    assert unnamed_controls(host) == ["bare < QWidget"]
    bare.setAccessibleName("Dose")
    assert unnamed_controls(host) == []


def test_every_control_of_every_tab_is_named(window, qtbot):
    for index in range(window.tabs.count()):  # tabs may build their content when first shown
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda i=index: window.tabs.widget(i).isVisible())
    assert unnamed_controls(window) == []


@pytest.mark.parametrize("name", list(DIALOG_FACTORIES))
def test_every_control_of_every_dialog_is_named(name, store, qtbot):
    dialog = DIALOG_FACTORIES[name](store)
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []


@pytest.fixture
def large_font(qapp):
    normal = qapp.font()
    big = QFont(normal)
    big.setPointSizeF(normal.pointSizeF() * 1.6)
    qapp.setFont(big)
    yield
    qapp.setFont(normal)


@pytest.mark.parametrize("name", list(DIALOG_FACTORIES))
def test_dialogs_fit_the_screen_with_large_text(name, store, qtbot, large_font):
    dialog = DIALOG_FACTORIES[name](store)
    qtbot.addWidget(dialog)
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert dialog.minimumSizeHint().height() <= room.height()


def test_window_fits_the_screen_with_large_text(store, qtbot, large_font):
    from taper_desktop.app import build_window

    window = build_window(store)
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert room.contains(window.geometry())
