"""Keyboard only, through the dialogs: a plan set up from an empty diary, a report, an
export and an import, and the settings, each reached and answered with keys alone.

The file choosers are the only thing replaced (their ask/choose functions return a path,
as the other tests do); every other step is a key press on the widget that has the focus.
"""

import datetime as dt
import json
import time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QWidget

from taper_desktop.store import checkins, doses, plans
from taper_desktop.store import settings as settings_store

# the offscreen platform's notes on what it cannot do (sizes, raising, grabbing the keys)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focused(), key, modifier)


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(_focused(), text)


def _activate(qtbot, window) -> None:
    """The offscreen platform can leave a closed menu as the active window, where a desktop
    gives the activation back to the main window: ask for it as the desktop would."""
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _tab_to(qtbot, widget: QWidget, key=Qt.Key.Key_Tab, limit: int = 40) -> None:
    """Tab (or Shift+Tab) until widget has the focus; fails if it is never reached."""
    for _ in range(limit):
        if widget.hasFocus():
            return
        _key(qtbot, key)
    assert widget.hasFocus(), f"{widget.accessibleName() or widget} is never reached by {key}"


def _menu_key(qtbot, window, menu_letter, item_letter) -> None:
    """Alt+letter opens a menu of the menu bar; a letter picks its item."""
    _activate(qtbot, window)
    qtbot.keyClick(window, menu_letter, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), item_letter)


class _WhenShown:
    """Runs act(dialog) once a modal dialog of the given type shows (its exec() is running
    then, so the test cannot wait for it in line). On a failure, or when no such dialog
    came within the time, it records the error and from then on closes every modal
    dialog that opens, so the test ends instead of hanging; check() raises the error in
    the test."""

    def __init__(self, kind: type, act, seconds: float = 30, after: "_WhenShown | None" = None):
        """after: a dialog that must be answered first. Create every watcher of a flow
        before the key that starts it: a dialog shown from inside another's exec() (or
        from a worker's result while the test waits) finds its watcher already running."""
        self.kind, self.act, self.done, self.error = kind, act, False, None
        self.after = after
        self.deadline = time.monotonic() + seconds
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        if self.after is not None and self.error is None:
            if self.after.error is not None:
                self.error = AssertionError(f"an earlier dialog failed: {self.after.error}")
            elif not self.after.done:
                self.deadline = time.monotonic() + 30  # counts from the earlier answer
                return
        dialog = QApplication.activeModalWidget()
        if self.error is None and time.monotonic() > self.deadline:
            self.error = AssertionError(f"no {self.kind.__name__} came up, {dialog} did")
        if self.error is not None:
            if isinstance(dialog, QDialog):
                dialog.reject()
            return
        if not isinstance(dialog, self.kind):
            return
        if QApplication.activeWindow() is not dialog:
            # The offscreen platform can leave a closed menu active where a desktop
            # activates the new dialog: ask for it as the desktop would.
            dialog.windowHandle().requestActivate()
            return  # keys reach a dialog once it is the active window
        self.timer.stop()
        try:
            self.act(dialog)
            self.done = True
        except BaseException as exc:  # raised by check(), in the test
            self.error = exc
            self.timer.start()  # closes this dialog and any that follows it

    def check(self, qtbot, timeout: int = 40000) -> None:
        """Wait for the dialog to be answered (a mnemonic clicks its button after a short
        animation, so the dialog opens a moment after the key), then report."""
        qtbot.waitUntil(lambda: self.done or self.error is not None, timeout=timeout)
        self.timer.stop()
        if self.error is not None:
            raise self.error
        assert self.done, f"no {self.kind.__name__} was shown"


def _tab_order(qtbot, dialog, until: QWidget, limit: int = 40) -> list[QWidget]:
    """The widgets Tab visits in the dialog, from the one focused now until it comes to
    until again."""
    seen = [_focused()]
    for _ in range(limit):
        if len(seen) > 1 and seen[-1] is until:
            break
        _key(qtbot, Qt.Key.Key_Tab)
        widget = _focused()
        assert dialog.isAncestorOf(widget), "Tab left the dialog"
        if widget is not seen[-1]:  # a date field takes Tab for its day, month and year
            seen.append(widget)
    return seen


# ---- a plan, from an empty diary -------------------------------------------------------
def _fill_plan(qtbot, dialog) -> None:
    """Kratom capsules, linear, 12 a day, 1 less every 7 days, rounded to 1, to 0: chosen
    and typed field by field with Tab; Enter saves."""
    qtbot.waitUntil(dialog.start.hasFocus)  # the dialog opens on the start dose
    _tab_to(qtbot, dialog.substance, Qt.Key.Key_Backtab)  # back up to the substance
    _key(qtbot, Qt.Key.Key_Home)
    _key(qtbot, Qt.Key.Key_Down)  # the second entry: kratom capsules
    _tab_to(qtbot, dialog.rule)  # past the start date (Tab walks its day, month, year)
    _key(qtbot, Qt.Key.Key_End)
    _key(qtbot, Qt.Key.Key_Up)  # the middle entry: linear
    _key(qtbot, Qt.Key.Key_Tab)
    # start, amount per step, days, rounding, target: each typed, then Tab
    for edit, value in (
        (dialog.start, "12"),
        (dialog.step, "1"),
        (dialog.interval, "7"),
        (dialog.resolution, "1"),
        (dialog.target, "0"),
    ):
        assert edit.hasFocus(), edit.accessibleName()
        _type(qtbot, value)
        _key(qtbot, Qt.Key.Key_Tab)
    assert dialog.reason.hasFocus()
    _type(qtbot, "Agreed at the visit")
    _key(qtbot, Qt.Key.Key_Tab)
    assert dialog.agreed_by.hasFocus()
    _type(qtbot, "Dr. Rivera")
    _key(qtbot, Qt.Key.Key_Return)  # Save plan, the default button


def _assert_the_typed_plan(store) -> None:
    plan = plans.current_plan(store)
    assert plan is not None
    assert (plan.substance.name, plan.substance.unit) == ("Kratom capsules", "capsules")
    revision = plan.revisions[-1]
    assert (revision.rule, revision.start_dose, revision.step) == ("linear", 12.0, 1.0)
    assert (revision.interval_days, revision.resolution, revision.target) == (7, 1.0, 0.0)
    assert (revision.reason, revision.agreed_by) == ("Agreed at the visit", "Dr. Rivera")


def test_a_plan_from_an_empty_diary_with_keys_alone(window, qtbot, store):
    """Ctrl+1 shows the calendar; Alt+T opens the plan set-up; the values are typed field
    by field with Tab; Enter saves."""
    from taper_desktop.ui.plan_dialog import PlanDialog

    assert plans.current_plan(store) is None
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.tabs.currentWidget() is window.calendar_tab
    dialog = _WhenShown(PlanDialog, lambda d: _fill_plan(qtbot, d))
    qtbot.keyClick(window, Qt.Key.Key_T, ALT)
    dialog.check(qtbot)
    _assert_the_typed_plan(store)


def test_a_plan_from_the_first_start_welcome_with_keys_alone(window, qtbot, store):
    """The first start: in the welcome, Alt+P unticks the passphrase and Enter chooses
    Set up my taper plan; the plan is typed as above; then today's check-in shows."""
    from taper_desktop.ui.plan_dialog import PlanDialog
    from taper_desktop.ui.welcome import WelcomeDialog

    def welcome(dialog: WelcomeDialog) -> None:
        assert dialog.plan_button.hasFocus()
        _key(qtbot, Qt.Key.Key_P, ALT)  # &Protect my diary...: unticked
        qtbot.waitUntil(lambda: not dialog.protect_box.isChecked())  # an animated click
        _key(qtbot, Qt.Key.Key_S, ALT)  # &Set up my taper plan

    first = _WhenShown(WelcomeDialog, welcome)
    second = _WhenShown(PlanDialog, lambda d: _fill_plan(qtbot, d))
    _activate(qtbot, window)
    window.start_up()  # what the app does after its first paint
    first.check(qtbot)
    second.check(qtbot)
    _assert_the_typed_plan(store)
    assert window.tabs.currentWidget() is window.checkin_tab
    assert not store.encrypted


def test_the_plan_dialog_tabs_in_reading_order(qtbot):
    """Down the form, then the schedule preview beside it, then the buttons; from the
    last button Tab comes round to the first field."""
    from taper_desktop.ui.plan_dialog import PlanDialog

    dialog = PlanDialog(today=dt.date(2026, 3, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.start.hasFocus()  # it opens where typing starts
    _tab_to(qtbot, dialog.substance, Qt.Key.Key_Backtab)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    expected = [
        dialog.substance,
        dialog.effective,
        dialog.rule,
        dialog.start,
        dialog.step,
        dialog.interval,
        dialog.resolution,
        dialog.target,
        dialog.reason,
        dialog.agreed_by,
        dialog.preview,
        *([dialog.save_button] if dialog.save_button.isEnabled() else []),
        cancel,
        dialog.substance,
    ]
    assert _tab_order(qtbot, dialog, until=dialog.substance) == expected


# ---- a report ---------------------------------------------------------------------------
def _seed_days(store, today: dt.date, days: int = 5) -> None:
    from taper_desktop.domain.models import CheckIn, Dose, PlanRevision, Substance
    from taper_desktop.domain.scales import SOWS_INSTRUMENT

    substance = Substance("Kratom leaf powder", "kratom", "g")
    plans.create_plan(
        store,
        substance,
        PlanRevision(today - dt.timedelta(days=days), "percent", 8.0, 10.0, 7, 0.1),
    )
    for n in range(days):
        day = today - dt.timedelta(days=n)
        doses.add(store, Dose(day, 7.5, "g", "08:00", substance_id=substance.id))
        checkins.save(
            store,
            CheckIn(day=day, instrument="SOWS", items={k: 1 for k in SOWS_INSTRUMENT.item_keys}),
        )


def test_a_report_with_keys_alone(window, qtbot, store, tmp_path, monkeypatch, today):
    """Ctrl+E opens the report dialog; the names are typed, Alt+N unticks the notes, and
    Enter saves: a real PDF is written and reads back."""
    from taper_desktop.ui import report_dialog
    from taper_desktop.ui.report_dialog import ReportDialog

    _seed_days(store, today)
    window.events.plan_changed.emit()
    target = tmp_path / "visit.pdf"
    monkeypatch.setattr(report_dialog, "choose_path", lambda parent, suggested: str(target))
    monkeypatch.setattr(report_dialog, "open_file", lambda path: True)  # no viewer in tests

    def answer(dialog: ReportDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_P, ALT)  # &Patient name
        assert dialog.patient_edit.hasFocus()
        _type(qtbot, "Sam Lee")
        _key(qtbot, Qt.Key.Key_R, ALT)  # P&rovider name
        assert dialog.provider_edit.hasFocus()
        _type(qtbot, "Dr. Okafor")
        _key(qtbot, Qt.Key.Key_N, ALT)  # Include my &notes: toggled off
        qtbot.waitUntil(lambda: not dialog.notes_box.isChecked())  # an animated click
        assert dialog.notes_box.hasFocus()
        _key(qtbot, Qt.Key.Key_S, ALT)  # &Save PDF...

    dialog = _WhenShown(ReportDialog, answer)
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    dialog.check(qtbot)
    qtbot.waitUntil(lambda: settings_store.get(store, "last_report_to") != "", timeout=20000)
    text = "".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Sam Lee" in text and "Dr. Okafor" in text
    assert settings_store.get(store, "last_report_to") == today.isoformat()


def test_the_report_dialog_tabs_in_reading_order(qtbot):
    from taper_desktop.ui.report_dialog import ReportDialog

    dialog = ReportDialog(dt.date(2026, 3, 2), dt.date(2026, 3, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.from_edit.hasFocus()  # it opens on the first field
    expected = [
        dialog.from_edit,
        dialog.to_edit,
        dialog.patient_edit,
        dialog.provider_edit,
        dialog.language_box,
        dialog.table_box,
        dialog.notes_box,
        dialog.ok_button,
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
        dialog.from_edit,
    ]
    assert _tab_order(qtbot, dialog, until=dialog.from_edit) == expected


# ---- export and import ------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_then_import_with_keys_alone(
    window, qtbot, store, tmp_path, monkeypatch, today, fmt
):
    """Alt+F, X exports the diary; Alt+F, I imports the file back; the question about days
    already in the diary and the closing message are answered with Enter."""
    from taper_desktop.ui import import_export

    _seed_days(store, today, days=3)
    window.events.plan_changed.emit()
    out = tmp_path / f"copy.{fmt}"
    monkeypatch.setattr(import_export, "ask_save_path", lambda parent: (str(out), fmt))
    monkeypatch.setattr(import_export, "ask_open_path", lambda parent: str(out))

    _menu_key(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_X)  # File > E&xport data...
    qtbot.waitUntil(lambda: out.exists() and "Exported" in window.statusBar().currentMessage())
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        assert json.loads(text)  # a full copy
    else:
        assert text.count(today.isoformat()) == 1  # one row a day

    answers = []

    def keep_mine(box: QMessageBox) -> None:
        answers.append(box.text())
        _key(qtbot, Qt.Key.Key_Return)  # the default: keep my entries

    def close_message(box: QMessageBox) -> None:
        answers.append(box.text())
        _key(qtbot, Qt.Key.Key_Return)

    first = _WhenShown(QMessageBox, keep_mine)
    # made before the import starts: the closing message comes from the worker's result,
    # possibly while the test still waits for the first answer
    second = _WhenShown(QMessageBox, close_message, after=first)
    _menu_key(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_I)  # File > &Import data...
    first.check(qtbot)
    second.check(qtbot)
    assert "already have entries" in answers[0]
    assert "Kept your entries for 3 days" in answers[1]
    assert len(doses.on_day(store, today)) == 1  # kept, not doubled


def test_a_csv_import_into_an_empty_diary_with_keys_alone(
    window, qtbot, store, tmp_path, monkeypatch, today
):
    from taper_desktop.exchange import day_csv
    from taper_desktop.store import open_store
    from taper_desktop.ui import import_export

    other = open_store(tmp_path / "other")
    try:
        _seed_days(other, today, days=2)
        source = tmp_path / "days.csv"
        day_csv.export_csv(other, source)
    finally:
        other.close()
    monkeypatch.setattr(import_export, "ask_open_path", lambda parent: str(source))

    said = []

    def close_message(box: QMessageBox) -> None:
        said.append(box.text())
        _key(qtbot, Qt.Key.Key_Return)

    message = _WhenShown(QMessageBox, close_message)
    _menu_key(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_I)
    message.check(qtbot)
    assert said and "Imported" in said[0]
    assert checkins.get(store, today) is not None
    assert sum(d.amount for d in doses.on_day(store, today)) == pytest.approx(7.5)


# ---- settings ---------------------------------------------------------------------------
def test_settings_changed_and_saved_with_keys_alone(window, qtbot, store):
    """Ctrl+, opens Settings; Tab reaches the reminder time, a new time is typed, and Enter
    saves it."""
    from taper_desktop.ui.settings_dialog import SettingsDialog

    before = settings_store.get(store, "reminder_time")
    new = "21:15" if before != "21:15" else "20:45"

    def change(dialog: SettingsDialog) -> None:
        field = dialog.editors["reminder_time"].widget
        _tab_to(qtbot, field, limit=60)
        _key(qtbot, Qt.Key.Key_A, CTRL)
        _type(qtbot, new)
        _key(qtbot, Qt.Key.Key_Return)

    dialog = _WhenShown(SettingsDialog, change)
    _activate(qtbot, window)
    with qtbot.waitSignal(window.events.settings_changed):
        qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
        dialog.check(qtbot)
    assert settings_store.get(store, "reminder_time") == new
