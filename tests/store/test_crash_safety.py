"""Killed at random moments (SIGKILL), the database stays sound and keeps every save
that had returned; an import is there entirely or not at all."""

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from taper_desktop.exchange import day_csv
from taper_desktop.store import open_store

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]

SAVER = textwrap.dedent("""
    import datetime as dt, sys
    from pathlib import Path
    from taper_desktop.domain.models import CheckIn, Dose
    from taper_desktop.store import checkins, doses, open_store
    store = open_store(Path(sys.argv[1]))
    n = int(sys.argv[2])
    while True:
        day = dt.date(2020, 1, 1) + dt.timedelta(days=n)
        checkins.save(store, CheckIn(day, "SOWS", items={"anxious": n % 5}, note=f"save {n}"))
        doses.add(store, Dose(day, 1.5, "g", "08:00"))
        print(n, flush=True)  # only after both commits returned
        n += 1
""")

IMPORTER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from taper_desktop.exchange import day_csv
    from taper_desktop.exchange.problems import read_text
    from taper_desktop.store import open_store
    store = open_store(Path(sys.argv[1]))
    files = [day_csv.parse_csv(read_text(p)) for p in sys.argv[2:]]
    n = 0
    while True:
        day_csv.import_days(store, files[n % 2], "replace")
        print(n % 2, flush=True)
        n += 1
""")


def _run_and_kill(args, rng) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-c", *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = []
    try:
        wanted = rng.randint(1, 25)
        while len(lines) < wanted:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line.strip())
        for _ in range(rng.randint(0, 20000)):  # a random moment inside the next save
            pass
        proc.send_signal(signal.SIGKILL)
        rest, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == -signal.SIGKILL, err
    return lines + rest.split()


def _integrity(data_dir: Path) -> None:
    conn = sqlite3.connect(data_dir / "taper.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_saves_survive_sigkill(data_dir):
    rng = random.Random(20250301)
    open_store(data_dir).close()
    next_n = 0
    for _ in range(20):
        printed = [int(x) for x in _run_and_kill([SAVER, str(data_dir), str(next_n)], rng)]
        _integrity(data_dir)
        store = open_store(data_dir)
        try:
            notes = {r[0] for r in store.execute("SELECT note FROM checkin")}
            dose_days = {r[0] for r in store.execute("SELECT day FROM dose")}
        finally:
            store.close()
        for n in printed:
            assert f"save {n}" in notes
            assert (dt.date(2020, 1, 1) + dt.timedelta(days=n)).isoformat() in dose_days
        next_n = (max(printed) + 1 if printed else next_n) + 1


def _day_file(path: Path, letter: str, score: int) -> Path:
    header = ",".join(day_csv.COLUMNS)
    rows = []
    for d in range(60):
        cells = dict.fromkeys(day_csv.COLUMNS, "")
        cells.update(
            date=f"2021-{1 + d // 28:02d}-{1 + d % 28:02d}",
            dose_taken=str(score),
            dose_unit="g",
            instrument="SOWS",
            note=f"file {letter}",
            flag_for_provider="0",
        )
        rows.append(",".join(cells[c] for c in day_csv.COLUMNS))
    path.write_text("\n".join([header, *rows]) + "\n")
    return path


def test_import_is_all_or_nothing_under_sigkill(data_dir, tmp_path):
    rng = random.Random(7)
    a, b = _day_file(tmp_path / "a.csv", "A", 2), _day_file(tmp_path / "b.csv", "B", 3)
    store = open_store(data_dir)
    day_csv.import_csv(store, a)
    store.close()
    for _ in range(15):
        _run_and_kill([IMPORTER, str(data_dir), str(a), str(b)], rng)
        _integrity(data_dir)
        store = open_store(data_dir)
        try:
            notes = [r[0] for r in store.execute("SELECT note FROM checkin")]
            amounts = [r[0] for r in store.execute("SELECT amount FROM dose")]
        finally:
            store.close()
        assert len(notes) == 60 and len(set(notes)) == 1, set(notes)
        assert len(amounts) == 60
        assert set(amounts) == {2.0 if notes[0] == "file A" else 3.0}
