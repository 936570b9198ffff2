"""The main window: three tabs, the menus and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget

from taper_desktop import APP_TITLE
from taper_desktop.store import Store
from taper_desktop.ui import import_export
from taper_desktop.ui.about import show_about
from taper_desktop.ui.calendar_tab import CalendarTab
from taper_desktop.ui.charts_tab import ChartsTab
from taper_desktop.ui.checkin_tab import CheckInTab
from taper_desktop.ui.delete_data_dialog import delete_all_data
from taper_desktop.ui.events import DataEvents
from taper_desktop.ui.icons import app_icon
from taper_desktop.ui.restore_dialog import restore_from_backup

WINDOW_STATE_FILE = "window.ini"


class MainWindow(QMainWindow):
    def __init__(self, store: Store, events: DataEvents, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.setWindowTitle(APP_TITLE)
        self.setWindowIcon(app_icon())
        self.setMinimumSize(720, 520)
        self.ui_state = QSettings(str(Path(store.data_dir) / WINDOW_STATE_FILE),
                                  QSettings.Format.IniFormat)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Main sections"))
        self.calendar_tab = CalendarTab(store, events)
        self.checkin_tab = CheckInTab(store, events)
        self.charts_tab = ChartsTab(store, events)
        self.tabs.addTab(self.calendar_tab, self.tr("Taper &calendar"))
        self.tabs.addTab(self.checkin_tab, self.tr("Check-&in"))
        self.tabs.addTab(self.charts_tab, self.tr("C&harts"))
        self.setCentralWidget(self.tabs)

        self._build_menus()
        self.data_label = QLabel(self.tr("Data: %s") % store.path)
        self.data_label.setAccessibleName(self.tr("Data file"))
        self.statusBar().addPermanentWidget(self.data_label)
        self.statusBar().showMessage(self.tr("Ready. Your data stays on this computer."), 5000)
        self._restore_geometry()

    # ---- menus --------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.export_report_action = self._action(
            file_menu, self.tr("Export &report (PDF)..."), self.export_report,
            QKeySequence("Ctrl+E"), self.tr("Make a PDF summary to bring to your provider"))
        file_menu.addSeparator()
        self.import_action = self._action(file_menu, self.tr("&Import data..."), self.import_data)
        self.export_data_action = self._action(file_menu, self.tr("E&xport data..."),
                                               self.export_data)
        self.restore_action = self._action(
            file_menu, self.tr("Restore from &backup..."), lambda: restore_from_backup(self),
            tip=self.tr("Go back to a daily backup copy of your data"))
        file_menu.addSeparator()
        self.delete_data_action = self._action(
            file_menu, self.tr("&Delete all my data..."), lambda: delete_all_data(self))
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, self.tr("&Quit"), self.close,
                                        QKeySequence.StandardKey.Quit)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = self._action(help_menu, self.tr("&About Taper Desktop"),
                                         lambda: show_about(self), QKeySequence("F1"))

    def not_yet(self, what: str) -> None:
        QMessageBox.information(self, APP_TITLE,
                                self.tr("%s is not available in this version yet.") % what)

    def export_report(self) -> None:
        self.not_yet(self.tr("Exporting a report"))

    def import_data(self) -> None:
        import_export.import_data(self)

    def export_data(self) -> None:
        import_export.export_data(self)

    # ---- window state -----------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.ui_state.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 800)
        index = self.ui_state.value("tab", 0, type=int)
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def save_state(self) -> None:
        self.ui_state.setValue("geometry", self.saveGeometry())
        self.ui_state.setValue("tab", self.tabs.currentIndex())
        self.ui_state.sync()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.save_state()
        super().closeEvent(event)
