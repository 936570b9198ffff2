"""Every test runs offscreen, with its own data folder and its own SQLite file."""

import atexit
import os
import shutil
import tempfile

# Tests never touch the real home folder: HOME and the XDG folders point at a
# temporary folder for the whole session, set before Qt is imported.
_HOME = tempfile.mkdtemp(prefix="taper-test-home-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
os.environ["HOME"] = _HOME
for _name, _sub in (
    ("XDG_CONFIG_HOME", ".config"),
    ("XDG_DATA_HOME", ".local/share"),
    ("XDG_CACHE_HOME", ".cache"),
    ("XDG_STATE_HOME", ".local/state"),
    ("XDG_DOCUMENTS_DIR", "Documents"),
):
    os.environ[_name] = os.path.join(_HOME, _sub)

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import
os.environ.pop("TAPER_DESKTOP_EXIT_AFTER_PAINT", None)
os.environ.pop("TAPER_DESKTOP_EXIT_WHEN_READY", None)

import datetime as dt  # noqa: E402

import pytest  # noqa: E402

from taper_desktop.store import open_store  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """A fresh data folder per test; the environment points every command at it."""
    folder = tmp_path / "data"
    monkeypatch.setenv("TAPER_DESKTOP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store(data_dir):
    s = open_store(data_dir)
    yield s
    s.close()


@pytest.fixture
def today():
    """Today as the diary counts it (default day boundary 04:00), as the app does."""
    from taper_desktop.domain.days import logical_day

    return logical_day(dt.datetime.now())


@pytest.fixture
def window(qtbot, store):
    from taper_desktop.app import build_window

    w = build_window(store)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w
