"""No network, ever: a window session that saves a check-in and exports opens no socket.

`no_network_session` is the hook to extend: pass more `steps` (e.g. the check-in tab's
keyboard flow, the PDF report export) and the same guard covers them.
"""

import datetime as dt
import socket
from typing import Callable, Iterable

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


def no_network_session(qtbot, monkeypatch, data_dir,
                       steps: Iterable[Callable[[object], None]]) -> list[tuple]:
    """Open a window on data_dir, run each step(window), close; returns socket attempts."""
    attempts = guard_sockets(monkeypatch)
    store = open_store(data_dir)
    try:
        window = build_window(store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        for step in steps:
            step(window)
        QCoreApplication.processEvents()  # queued redraws run under the guard too
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
        assert day_csv.export_csv(window.store, folder / "days.csv") == 1
        full_json.export_json(window.store, folder / "all.json")

    return export_data


def test_guard_catches_a_socket(monkeypatch):
    attempts = guard_sockets(monkeypatch)
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80))
    with pytest.raises(NetworkUsed):
        socket.socket()
    assert len(attempts) == 2


def test_window_session_with_checkin_and_export_opens_no_socket(qtbot, monkeypatch, data_dir,
                                                                tmp_path):
    attempts = no_network_session(qtbot, monkeypatch, data_dir,
                                  [save_checkin_step, export_steps(tmp_path)])
    assert attempts == []
    assert (tmp_path / "days.csv").exists() and (tmp_path / "all.json").exists()
