"""Start-up benchmark: time from process start until the check-in is ready for the first
keystroke (the window painted, the form built, an item row holding the keyboard focus and
the event loop free), with ten years of daily data, against a bare PySide6 window's first
paint, started the same way in the same run.

Both are started as fresh processes (`python -c ...` / `python main.py`) and report on
stdout ("painted" / "ready"); the time is measured by this script from spawn to that line.
Prints the median of N runs of each and their ratio. Target (design.md): at most 1.3x.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.datagen import generate  # noqa: E402

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            o.removeEventFilter(self); print("painted", flush=True); QTimer.singleShot(0, app.quit)
        return False
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1200, 800)
f = F(w); w.installEventFilter(f); w.show(); app.exec()
"""


def time_to_line(argv: list[str], env: dict, expected: str) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.communicate(timeout=60)
    if line.strip() != expected:
        raise SystemExit(f"{argv} did not report {expected!r}: {line!r} {proc.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    env = dict(os.environ, TAPER_DESKTOP_EXIT_WHEN_READY="1")
    # A person's Python caches compiled modules after the first start; measure that start
    # (the warm-up run below writes the cache) even where this shell disables the cache.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        t0 = time.perf_counter()
        generate(data, args.years)
        print(
            f"generated {args.years} years of daily data in {time.perf_counter() - t0:.1f} s "
            f"({(data / 'taper.sqlite3').stat().st_size / 1e6:.1f} MB)"
        )
        app_argv = [sys.executable, "main.py", "--data-dir", str(data)]
        bare_argv = [sys.executable, "-c", BARE]
        time_to_line(app_argv, env, "ready")  # warm the file cache for both
        time_to_line(bare_argv, env, "painted")
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(time_to_line(bare_argv, env, "painted"))
            app.append(time_to_line(app_argv, env, "ready"))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs}")
    print(f"bare PySide6 window, first paint:  {b * 1000:.0f} ms (median)")
    print(f"Taper Desktop, check-in ready:     {a * 1000:.0f} ms (median)")
    print(f"ratio: {a / b:.2f}x (target <= 1.3x)")


if __name__ == "__main__":
    main()
