"""The main window's menus (File, Edit, Go, Help) and what their entries open.

The dialogs and exports behind the entries are imported when first used, so start-up
does not pay for them (reportlab, the exchange formats, the settings dialog...). The
texts keep the main window's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from taper_desktop.domain.wording import fill
from taper_desktop.store import settings

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from taper_desktop.ui.main_window import MainWindow


def _action(window: MainWindow, menu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(window: MainWindow) -> None:
    """The menu bar's entries, kept as attributes of the window (window.lock_action...)."""
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    window.export_report_action = _action(
        window,
        file_menu,
        translate("MainWindow", "Export &report (PDF)..."),
        window.export_report,
        QKeySequence("Ctrl+E"),
        translate("MainWindow", "Make a PDF summary to bring to your provider"),
    )
    window.export_chart_action = _action(
        window,
        file_menu,
        translate("MainWindow", "Export &chart as PNG..."),
        lambda: export_chart(window),
        tip=translate("MainWindow", "Save the charts as shown to an image file"),
    )
    window.plan_sheet_action = _action(
        window,
        file_menu,
        translate("MainWindow", "Print &plan sheet (PDF)..."),
        lambda: print_plan_sheet(window),
        tip=QCoreApplication.translate(
            "MainWindow", "One page of the plan ahead, to pin up or show a pharmacist"
        ),
    )
    file_menu.addSeparator()
    window.export_fhir_action = _action(
        window,
        file_menu,
        translate("MainWindow", "Export for a clinic &system (FHIR)..."),
        lambda: export_fhir(window),
        tip=QCoreApplication.translate(
            "MainWindow", "Save your diary in the format clinic record systems read"
        ),
    )
    window.export_calendar_action = _action(
        window,
        file_menu,
        translate("MainWindow", "Export cale&ndar (iCalendar)..."),
        lambda: export_calendar(window),
        tip=QCoreApplication.translate(
            "MainWindow", "Save the step days, holds and appointments for your calendar app"
        ),
    )
    window.remind_evening_action = _action(
        window,
        file_menu,
        translate("MainWindow", "Calendar: remind the e&vening before each step"),
        lambda checked: settings.put(window.store, "ics_remind_evening_before", bool(checked)),
        tip=QCoreApplication.translate(
            "MainWindow", "Exported calendars get a reminder at 20:00 the evening before each step"
        ),
    )
    window.remind_evening_action.setCheckable(True)
    window.remind_evening_action.setChecked(
        bool(settings.get(window.store, "ics_remind_evening_before"))
    )
    file_menu.addSeparator()
    window.import_action = _action(
        window,
        file_menu,
        translate("MainWindow", "&Import data..."),
        lambda: import_data(window),
    )
    window.export_data_action = _action(
        window,
        file_menu,
        translate("MainWindow", "E&xport data..."),
        lambda: export_data(window),
    )
    window.restore_action = _action(
        window,
        file_menu,
        translate("MainWindow", "Restore from &backup..."),
        lambda: restore_backup(window),
        tip=translate("MainWindow", "Go back to a daily backup copy of your data"),
    )
    window.backup_now_action = _action(
        window,
        file_menu,
        translate("MainWindow", "Back &up now..."),
        lambda: back_up_now(window),
        tip=QCoreApplication.translate(
            "MainWindow",
            "Save a complete copy of your data where you choose, a USB stick for example",
        ),
    )
    window.restore_file_action = _action(
        window,
        file_menu,
        translate("MainWindow", "Restore from a &file..."),
        lambda: restore_from_file(window),
        tip=QCoreApplication.translate(
            "MainWindow", "Go back to a backup copy saved anywhere; it is checked first"
        ),
    )
    file_menu.addSeparator()
    window.lock_action = _action(
        window,
        file_menu,
        translate("MainWindow", "&Lock"),
        window.lock_requested.emit,
        QKeySequence("Ctrl+L"),
        QCoreApplication.translate(
            "MainWindow", "Hide your diary until the passphrase is typed again"
        ),
    )
    window.lock_action.setEnabled(window.store.encrypted)
    window.delete_data_action = _action(
        window,
        file_menu,
        translate("MainWindow", "&Delete all my data..."),
        lambda: window.delete_all_data(),
    )
    file_menu.addSeparator()
    window.quit_action = _action(
        window,
        file_menu,
        translate("MainWindow", "&Quit"),
        window.quit_app,
        QKeySequence.StandardKey.Quit,
    )
    edit_menu = window.menuBar().addMenu(translate("MainWindow", "&Edit"))
    # Shown here so the key is discoverable; it works while the check-in is showing.
    window.save_checkin_action = _action(
        window,
        edit_menu,
        translate("MainWindow", "Save check-&in"),
        window.checkin_tab.save,
        QKeySequence.StandardKey.Save,
        translate("MainWindow", "Save the check-in shown"),
    )
    window.tabs.currentChanged.connect(
        lambda _i: window.save_checkin_action.setEnabled(
            window.tabs.currentWidget() is window.checkin_tab
        )
    )
    edit_menu.addSeparator()
    window.settings_action = _action(
        window,
        edit_menu,
        translate("MainWindow", "&Settings..."),
        lambda: open_settings(window),
        QKeySequence("Ctrl+,"),
    )
    go_menu = window.menuBar().addMenu(translate("MainWindow", "&Go"))
    window.tab_actions = [
        _action(
            window,
            go_menu,
            window.tabs.tabText(i),
            lambda _=False, i=i: window.tabs.setCurrentIndex(i),
            QKeySequence(f"Ctrl+{i + 1}"),
        )
        for i in range(window.tabs.count())
    ]
    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    window.about_action = _action(
        window,
        help_menu,
        translate("MainWindow", "&About Taper Desktop"),
        lambda: show_about(window),
        QKeySequence("F1"),
    )


def show_about(window: MainWindow) -> None:
    # loaded on use: the version comes from the package metadata, slow to read at start
    from taper_desktop.ui.about import show_about

    show_about(window)


def open_settings(window: MainWindow) -> None:
    from taper_desktop.ui import protection, settings_dialog

    settings_dialog.edit_settings(
        window,
        window.store,
        window.events,
        window.reminders.has_tray,
        delete_data=lambda dialog: window.delete_all_data(dialog),
        privacy=lambda dialog: protection.privacy_section(window, dialog),
    )


def restore_backup(window: MainWindow) -> None:
    from taper_desktop.ui.restore_dialog import restore_from_backup

    restore_from_backup(window)


def back_up_now(window: MainWindow) -> None:
    from taper_desktop.ui import restore_dialog

    restore_dialog.back_up_now(window)


def restore_from_file(window: MainWindow) -> None:
    from taper_desktop.ui import restore_dialog

    restore_dialog.restore_from_file(window)


def export_chart(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.charts_tab)
    path = window.charts_tab.export_png_dialog()
    if path:
        window.statusBar().showMessage(
            fill(translate("MainWindow", "Chart saved to %1"), path), 5000
        )


def export_fhir(window: MainWindow) -> None:
    from taper_desktop.ui import clinic_exports

    clinic_exports.export_fhir(window)


def export_calendar(window: MainWindow) -> None:
    from taper_desktop.ui import clinic_exports

    clinic_exports.export_calendar(window, window.remind_evening_action.isChecked())


def print_plan_sheet(window: MainWindow) -> None:
    from taper_desktop.ui import clinic_exports

    clinic_exports.print_plan_sheet(window)


def import_data(window: MainWindow) -> None:
    from taper_desktop.ui import import_export

    import_export.import_data(window)


def export_data(window: MainWindow) -> None:
    from taper_desktop.ui import import_export

    import_export.export_data(window)
