"""Long work on a worker thread: results, errors and cancelling come back to the window,
the worker has its own connection, and a cancelled import leaves the diary unchanged."""

import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from taper_desktop.domain.models import CheckIn
from taper_desktop.exchange import day_csv
from taper_desktop.store import backups, checkins, open_store, records
from taper_desktop.ui.worker import Flow, Task, run_with_progress

DAY = __import__("datetime").date(2025, 3, 1)


def test_the_result_comes_back_on_the_gui_thread(qtbot, store):
    checkins.save(store, CheckIn(DAY, "SOWS", items={"anxious": 2}))
    gui = threading.get_ident()
    seen = {}

    def work(w):
        seen["worker"] = threading.get_ident()
        seen["own connection"] = w.store is not store and w.store.conn is not store.conn
        return checkins.get(w.store, DAY).items

    task = Task(work, store=store)
    task.succeeded.connect(lambda result: seen.update(result=result, slot=threading.get_ident()))
    with qtbot.waitSignal(task.finished):
        task.start()
    assert seen["result"] == {"anxious": 2}
    assert seen["worker"] != gui and seen["slot"] == gui
    assert seen["own connection"]


def test_an_error_comes_back_as_failed(qtbot):
    task = Task(lambda w: 1 / 0)
    with qtbot.waitSignal(task.failed) as failed:
        task.start()
    assert isinstance(failed.args[0], ZeroDivisionError)


def _import(parsed, gate=None):
    """An import of parsed rows (as File > Import writes them), starting once gate opens."""

    def work(w):
        assert gate is None or gate.wait(10)
        return day_csv.import_days(
            w.store, parsed, "replace", lambda s: backups.backup_before(s, "import")
        )

    return work


def test_a_cancelled_import_leaves_the_store_unchanged(qtbot, store, tmp_path):
    checkins.save(store, CheckIn(DAY, "SOWS", items={"anxious": 2}, note="mine"))
    source = open_store(tmp_path / "source")  # sixty days, the first one over "mine"
    for n in range(60):
        checkins.save(
            source,
            CheckIn(
                DAY.fromordinal(DAY.toordinal() + n), "SOWS", items={"anxious": 1}, note=f"note {n}"
            ),
        )
    day_csv.export_csv(source, tmp_path / "many.csv")
    source.close()
    parsed = day_csv.parse_csv((tmp_path / "many.csv").read_text(), "many.csv")
    before = records.counts(store)
    gate = threading.Event()
    task = Task(_import(parsed, gate), store=store)
    with qtbot.waitSignal(task.cancelled):
        task.start()
        task.cancel()  # while the worker waits at the gate: the import then starts cancelled
        gate.set()
    assert records.counts(store) == before
    assert checkins.get(store, DAY).note == "mine"

    # the same import, not cancelled, does change the store: the check above can fail
    done = Task(_import(parsed), store=store)
    with qtbot.waitSignal(done.succeeded):
        done.start()
    assert checkins.get(store, DAY).note == "note 0"
    assert records.counts(store) != before


def test_progress_dialog_appears_for_long_work_and_cancel_stops_it(qtbot, store):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    go_on = threading.Event()

    def work(w):
        w.progress(3, 10)
        while not go_on.wait(0.01):
            w.check()  # raises Cancelled once Cancel is pressed
        return "finished"

    task = Task(work, store=store)
    dialog = run_with_progress(parent, "Working...", task, cancellable=True, show_after_ms=50)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.maximum() == 10)
    assert dialog.value() == 3
    cancel = dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    with qtbot.waitSignal(task.cancelled):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_short_work_shows_no_dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    task = Task(lambda w: 42)
    shown = []
    dialog = run_with_progress(parent, "Quick", task, show_after_ms=10_000)
    dialog.installEventFilter(parent)  # keep the dialog's lifetime tied to the check below
    task.succeeded.connect(lambda r: shown.append(dialog.isVisible()))
    with qtbot.waitSignal(task.finished):
        pass
    assert shown == [False]


def test_a_flow_ends_once():
    flow = Flow()
    ended = []
    flow.ended.connect(ended.append)
    flow.end(True)
    flow.end(False)
    assert ended == [True] and flow.ok is True


@pytest.mark.parametrize("cancel", [False, True])
def test_window_import_through_the_menu_path(window, qtbot, tmp_path, monkeypatch, cancel):
    from taper_desktop.ui import import_export

    checkins.save(window.store, CheckIn(DAY, "SOWS", items={"anxious": 2}, note="mine"))
    out = tmp_path / "days.csv"
    day_csv.export_csv(window.store, out)
    out.write_text(out.read_text().replace("mine", "from file"))
    messages = []
    monkeypatch.setattr(import_export, "ask_open_path", lambda parent: str(out))
    monkeypatch.setattr(
        import_export, "show_message", lambda parent, text, warning=False: messages.append(text)
    )

    def answer(parent, conflicts):
        if cancel:  # Cancel pressed while the write runs: here, before it starts
            monkeypatch.setattr(import_export, "Task", _cancelled_at_start)
        return "replace"

    monkeypatch.setattr(import_export, "ask_conflict", answer)
    with qtbot.waitSignal(import_export.import_data(window).ended, timeout=10_000) as ended:
        pass
    assert ended.args == [not cancel]
    note = checkins.get(window.store, DAY).note
    if cancel:
        assert note == "mine" and "unchanged" in messages[-1]
    else:
        assert note == "from file" and "Replaced 1 day" in messages[-1]


class _cancelled_at_start(Task):
    def start(self, pool=None):
        self.cancel()
        return super().start(pool)


def test_a_stopped_connection_rolls_back_instead_of_committing(store):
    other = store.open_another()
    stop = []
    other.stop_when(lambda: bool(stop))
    try:
        # the COMMIT is refused
        with pytest.raises(sqlite3.DatabaseError), other.transaction():
            checkins.save(other, CheckIn(DAY, "SOWS", items={"anxious": 3}))
            stop.append(True)  # cancelled after the writes, before the commit
        assert checkins.get(store, DAY) is None
        assert not other.conn.in_transaction
    finally:
        other.close()


@pytest.fixture(params=["en", "es", "de"])
def language(request, qapp):
    from PySide6.QtCore import QLocale

    from taper_desktop.ui.translations import apply_language

    before, name = QLocale(), qapp.applicationDisplayName()
    qapp.setApplicationDisplayName("Taper Desktop")  # as the app has it: in the title too
    translators = apply_language(qapp, request.param, [])
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    qapp.setApplicationDisplayName(name)


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, showing a dialog
@pytest.mark.parametrize(
    "text", ["Writing the report...", "Saving the calendar file...", "Checking the file..."]
)
def test_progress_dialog_is_wide_enough_for_its_title_and_text(qtbot, language, text):
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QLabel

    from taper_desktop.ui.translations import tr

    label = tr(text)
    assert language == "en" or label != text  # the translation is in use
    parent = QWidget()
    qtbot.addWidget(parent)
    go_on = threading.Event()
    task = Task(lambda w: go_on.wait(5))
    dialog = run_with_progress(parent, label, task, cancellable=True, show_after_ms=0)
    try:
        qtbot.waitUntil(dialog.isVisible)
        bold = QFont(dialog.font())
        bold.setBold(True)
        title = f"{label} \u2014 Taper Desktop"
        assert dialog.width() >= QFontMetrics(bold).horizontalAdvance(title) + 100, title
        shown = dialog.findChild(QLabel)
        assert shown.width() >= shown.sizeHint().width()  # the text whole, not cut
    finally:
        with qtbot.waitSignal(task.finished):
            go_on.set()
