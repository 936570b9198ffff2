"""Encrypted store against the plaintext store, in the same run on the same data.

Ten years of daily data (bench/datagen.py) in a plaintext folder and in a copy of it
encrypted with a passphrase (SQLCipher, as `taper-desktop encrypt` does). Measured:

- save: one check-in saved (one transaction, synchronous FULL), median ms;
- charts full reload: chart data rebuilt from the store (ui/charts/data.load), median ms;
- start-up: process start to the first paint, of the window (plaintext) and of the unlock
  screen (encrypted), as bench/startup.py measures it;
- unlock: one KDF run (scrypt) plus opening and checking the encrypted database.

Targets (design.md, issue 12): save and charts reload at most 1.5x plaintext, start-up to
the unlock screen at most 1.3x plaintext start-up, unlock about 0.5 s or less.
Run from the repository root: `.venv/bin/python bench/encrypted.py`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

if "--onscreen" not in sys.argv:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.datagen import generate  # noqa: E402
from bench.startup import time_to_line  # noqa: E402


def time_to_paint(argv: list[str], env: dict) -> float:
    return time_to_line(argv, env, "painted")


from taper_desktop.domain.models import CheckIn  # noqa: E402
from taper_desktop.domain.scales import SOWS_INSTRUMENT  # noqa: E402
from taper_desktop.store import checkins, encryption, open_store  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def median_ms(action, runs: int) -> float:
    action()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def interleaved(actions: dict, runs: int) -> dict[str, float]:
    """Median ms of each action, the actions taking turns run after run."""
    for action in actions.values():
        action()  # warm-up
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            start = time.perf_counter()
            action()
            times[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(t) for name, t in times.items()}


def saver(store):
    """Each call saves a check-in for the next day after the data (a new row each time)."""
    day = [dt.date.today() + dt.timedelta(days=1)]

    def save() -> None:
        items = {k: (day[0].toordinal() + i) % 4 for i, k in enumerate(SOWS_INSTRUMENT.item_keys)}
        checkins.save(store, CheckIn(day[0], "SOWS", items, craving=3, note="bench"))
        day[0] += dt.timedelta(days=1)

    return save


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--startup-runs", type=int, default=7)
    parser.add_argument("--onscreen", action="store_true")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from taper_desktop.ui.charts import data as chart_data

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None  # the charts data needs a QApplication
    with tempfile.TemporaryDirectory(prefix="taper-bench-encrypted-") as tmp:
        plain, secret = Path(tmp) / "plain", Path(tmp) / "encrypted"
        start = time.perf_counter()
        generate(plain, args.years)
        print(
            f"generated {args.years} years in {time.perf_counter() - start:.1f} s "
            f"({(plain / 'taper.sqlite3').stat().st_size / 1e6:.1f} MB)"
        )
        shutil.copytree(plain, secret)
        store = open_store(secret)
        start = time.perf_counter()
        encryption.encrypt(store, PASSPHRASE)
        print(
            f"encrypted the copy in {time.perf_counter() - start:.2f} s "
            "(export, fsync, rename, key file)"
        )
        store.close()

        unlock_ms = median_ms(lambda: encryption.unlock(secret, PASSPHRASE), runs=5)
        key = encryption.unlock(secret, PASSPHRASE)

        def open_checked():
            open_store(secret, key=key).close()

        open_ms = median_ms(open_checked, runs=5)
        plain_open_ms = median_ms(lambda: open_store(plain).close(), runs=5)

        # Both stores open at once and timed in turn, so that load on the shared machine
        # falls on both alike.
        stores = {"plaintext": open_store(plain), "encrypted": open_store(secret, key=key)}
        try:
            saves = {name: saver(s) for name, s in stores.items()}
            results = interleaved({f"save {n}": f for n, f in saves.items()}, args.runs)
            results.update(
                interleaved(
                    {f"load {n}": (lambda s=s: chart_data.load(s)) for n, s in stores.items()}, 9
                )
            )
        finally:
            for s in stores.values():
                s.close()

        env = dict(os.environ, TAPER_DESKTOP_EXIT_AFTER_PAINT="1")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        plain_argv = [sys.executable, "main.py", "--data-dir", str(plain)]
        secret_argv = [sys.executable, "main.py", "--data-dir", str(secret)]
        time_to_paint(plain_argv, env)  # warm caches
        time_to_paint(secret_argv, env)
        plain_paint, secret_paint = [], []
        for _ in range(args.startup_runs):
            plain_paint.append(time_to_paint(plain_argv, env))
            secret_paint.append(time_to_paint(secret_argv, env))

    p_save, e_save = results["save plaintext"], results["save encrypted"]
    p_load, e_load = results["load plaintext"], results["load encrypted"]
    p_start, e_start = statistics.median(plain_paint), statistics.median(secret_paint)
    print(
        f"save a check-in:     plaintext {p_save:7.2f} ms   encrypted {e_save:7.2f} ms   "
        f"ratio {e_save / p_save:4.2f}x   (target <= 1.5x)"
    )
    print(
        f"charts full reload:  plaintext {p_load:7.1f} ms   encrypted {e_load:7.1f} ms   "
        f"ratio {e_load / p_load:4.2f}x   (target <= 1.5x)"
    )
    print(
        f"start-up to paint:   plaintext {p_start * 1000:7.0f} ms   unlock screen "
        f"{e_start * 1000:7.0f} ms   ratio {e_start / p_start:4.2f}x   (target <= 1.3x)"
    )
    print(
        f"unlock: KDF + key check {unlock_ms:5.0f} ms (target about 500 ms or less); then "
        f"opening and quick check {open_ms:5.0f} ms (plaintext {plain_open_ms:5.0f} ms)"
    )


if __name__ == "__main__":
    main()
