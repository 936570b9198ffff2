"""kill -9 during encrypt, decrypt and change-passphrase, at random moments: the folder
always holds a whole store that opens with the right secret (the old one or the new)."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from taper_desktop.demo import fill_demo
from taper_desktop.store import backups, encryption, open_store, records
from taper_desktop.store.db import KEY_NAME

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]
PASS, OTHER = "first passphrase here", "second passphrase here"


def _start(data_dir: Path, *argv: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), TAPER_DESKTOP_DATA_DIR=str(data_dir))
    return subprocess.Popen(
        [sys.executable, "-m", "taper_desktop", *argv],
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _kill_at(proc: subprocess.Popen, seconds: float) -> bool:
    """SIGKILL after seconds unless it ended first; True when it was killed."""
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=60)
    if proc.returncode != -signal.SIGKILL:
        assert proc.returncode == 0, err
        return False
    return True


def _whole(data_dir: Path, secrets: list[str], counts: dict) -> str | None:
    """Open the folder with whichever secret works; the secret that did (None: plain)."""
    if encryption.folder_state(data_dir) == encryption.PLAIN:
        store, used = open_store(data_dir, create=False), None
    else:
        used = None
        for secret in secrets:
            try:
                key = encryption.unlock(data_dir, secret)
            except encryption.WrongSecret:
                continue
            used = secret
            break
        assert used is not None, "no secret opens the folder"
        store = open_store(data_dir, create=False, key=key)
        encryption.sweep(store)
    try:
        assert store.quick_check() == []
        assert records.counts(store) == counts
        for backup in backups.list_backups(data_dir, key=store.key):
            assert backup.good, backup
    finally:
        store.close()
    return used


def test_kill_during_conversions_always_leaves_a_whole_store(data_dir, tmp_path):
    rng = random.Random(12)
    store = open_store(data_dir)
    fill_demo(store)
    backups.daily_backup(store)
    counts = records.counts(store)
    store.close()
    files = {}
    for name, text in (("a", PASS), ("b", OTHER)):
        files[text] = tmp_path / name
        files[text].write_text(text + "\n")
    current = None  # the secret that opens the folder; None while it is plaintext
    took: dict[str, float] = {}  # how long each command takes when left to finish
    killed = 0
    for step in range(12):
        if current is None:
            op, argv = "encrypt", ["encrypt", "--new-passphrase-file", str(files[PASS])]
        elif step % 2:
            new = OTHER if current == PASS else PASS
            op, argv = (
                "change",
                [
                    "change-passphrase",
                    "--passphrase-file",
                    str(files[current]),
                    "--new-passphrase-file",
                    str(files[new]),
                ],
            )
        else:
            op, argv = "decrypt", ["decrypt", "--yes", "--passphrase-file", str(files[current])]
        if op not in took:  # first time: let it finish, to learn when to cut it short
            started = time.perf_counter()
            assert not _kill_at(_start(data_dir, *argv), 120)
            took[op] = time.perf_counter() - started
        else:
            killed += _kill_at(_start(data_dir, *argv), rng.uniform(0.2, 0.97) * took[op])
        used = _whole(data_dir, [PASS, OTHER], counts)
        if used is None:
            assert not (data_dir / KEY_NAME).exists()
        current = used
    assert killed >= 3  # the random moments did interrupt some conversions
