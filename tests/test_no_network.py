"""No network, ever: a window session that saves a check-in and exports opens no socket.

`no_network_session` is the hook to extend: pass more `steps` (e.g. the check-in tab's
keyboard flow, the PDF report export) and the same guard covers them.
"""

import datetime as dt
import socket
from collections.abc import Callable, Iterable

import pytest
from PySide6.QtCore import QCoreApplication

from taper_desktop.app import build_window
from taper_desktop.domain.models import CheckIn, Dose
from taper_desktop.exchange import day_csv, full_json
from taper_desktop.store import checkins, doses, open_store


class NetworkUsed(AssertionError):
    pass


def guard_sockets(monkeypatch) -> list[tuple]:
    """Make every way of opening a Python socket record the attempt and fail."""
    attempts: list[tuple] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append((name, args))
            raise NetworkUsed(f"{name} called: the app must never use the network")

        return blocked

    class GuardedSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            attempts.append(("socket.socket", args))
            raise NetworkUsed("socket.socket opened: the app must never use the network")

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    for name in ("create_connection", "create_server", "getaddrinfo", "socketpair", "fromfd"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    return attempts


def inet_sockets() -> set[str]:
    """Inodes of this process's open TCP/UDP sockets (Linux), native ones included:
    Qt's own sockets never pass through Python's socket module."""
    from pathlib import Path

    mine = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = fd.readlink().name
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    inet = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        try:
            lines = Path(f"/proc/self/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        inet.update(line.split()[9] for line in lines if len(line.split()) > 9)
    return mine & inet


def no_network_session(
    qtbot, monkeypatch, data_dir, steps: Iterable[Callable[[object], None]]
) -> list[tuple]:
    """Open a window on data_dir, run each step(window), close; returns socket attempts."""
    attempts = guard_sockets(monkeypatch)
    before = inet_sockets()
    store = open_store(data_dir)
    try:
        window = build_window(store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        for step in steps:
            step(window)
        QCoreApplication.processEvents()  # queued redraws run under the guard too
        attempts.extend(("native socket", inode) for inode in inet_sockets() - before)
        window.close()
    finally:
        store.close()
    return attempts


def save_checkin_step(window) -> None:
    """Save a check-in the way the check-in tab does: store, then the event."""
    day = dt.date.today()
    checkins.save(window.store, CheckIn(day, "SOWS", items={"anxious": 1}, note="calm"))
    doses.add(window.store, Dose(day, 2.0, "g", "09:00"))
    window.events.checkin_saved.emit(day)
    window.events.doses_changed.emit(day)


def export_steps(folder):
    def export_data(window) -> None:
        # The keyboard check-in is on the diary day (the day before, before 04:00).
        assert day_csv.export_csv(window.store, folder / "days.csv") >= 1
        full_json.export_json(window.store, folder / "all.json")

    return export_data


def keyboard_checkin_step(qtbot):
    """A whole check-in typed into the real check-in tab, saved with Ctrl+S."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    def step(window) -> None:
        window.tabs.setCurrentWidget(window.checkin_tab)
        window.activateWindow()
        tab = window.checkin_tab
        qtbot.waitUntil(lambda: tab.item_rows[0].hasFocus())
        for _ in tab.item_rows:
            qtbot.keyClick(QApplication.focusWidget(), "1")
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
        saved = checkins.get(window.store, tab.day)
        assert saved is not None and saved.total == len(tab.item_rows)

    return step


def report_export_step(folder, monkeypatch, qtbot):
    """File > Export report, with the dialogs answered and the viewer replaced."""
    from taper_desktop.ui import report_dialog

    target = folder / "report.pdf"
    monkeypatch.setattr(
        report_dialog,
        "ask",
        lambda parent, first, last, *a, **k: report_dialog.ReportOptions(
            first, last, patient="Test Person"
        ),
    )
    monkeypatch.setattr(report_dialog, "choose_path", lambda parent, suggested: str(target))
    monkeypatch.setattr(report_dialog, "open_file", lambda path: True)

    def export(window) -> None:
        with qtbot.waitSignal(window.events.settings_changed, timeout=20000):
            window.export_report_action.trigger()  # written on a worker, then remembered
        assert target.exists() and target.stat().st_size > 1000

    return export


def test_guard_sees_a_native_socket():
    import socket as real_socket

    before = inet_sockets()
    probe = real_socket.socket(real_socket.AF_INET, real_socket.SOCK_DGRAM)
    probe.bind(("127.0.0.1", 0))  # an unbound socket is not listed yet
    try:
        assert inet_sockets() - before
    finally:
        probe.close()


def test_guard_catches_a_socket(monkeypatch):
    attempts = guard_sockets(monkeypatch)
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80))
    with pytest.raises(NetworkUsed):
        socket.socket()
    assert len(attempts) == 2


def test_window_session_with_checkin_and_export_opens_no_socket(
    qtbot, monkeypatch, data_dir, tmp_path
):
    attempts = no_network_session(
        qtbot,
        monkeypatch,
        data_dir,
        [
            keyboard_checkin_step(qtbot),
            save_checkin_step,
            report_export_step(tmp_path, monkeypatch, qtbot),
            export_steps(tmp_path),
        ],
    )
    assert attempts == []
    assert (tmp_path / "days.csv").exists() and (tmp_path / "all.json").exists()
