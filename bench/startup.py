"""Start-up benchmark: time from process start until the check-in is ready for the first
keystroke (the window painted, the form built, an item row holding the keyboard focus and
the event loop free), with ten years of daily data, against a bare PySide6 window's first
paint, started the same way in the same run.

A third program is measured beside them as a reference, the floor: the least any PySide6
check-in on this diary does. It opens the same database with the app's own `open_store`
(schema check and SQLite quick check), builds a window with three tabs and a form of 16
items of five checkable answers each (the check-in's size, with no texts from the
catalogue, no day's data, no notices), and reports once that form has painted and the
event loop is free. It shows how much of the distance to the target is the app's own work
and how much any widget check-in on this stack pays (the `Qt` namespace's enums, opening
the store, building and painting 96 widgets).

All three are started as fresh processes (`python -c ...` / `python main.py`) and report
on stdout ("painted" / "ready"); the time is measured by this script from spawn to that
line, in turn within each round. Prints the median of N runs of each and the ratios.
Target (design.md): at most 1.3x.
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

FLOOR = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (QApplication, QButtonGroup, QGridLayout, QLabel, QMainWindow,
    QPushButton, QScrollArea, QTabWidget, QWidget)
from taper_desktop.store.db import open_store
app = QApplication(sys.argv)
store = open_store(Path(sys.argv[1]), create=False)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            o.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
        return False
w = QMainWindow(); w.setWindowTitle("floor"); w.resize(1200, 800)
tabs = QTabWidget(); w.setCentralWidget(tabs)
form = QWidget(); grid = QGridLayout(form); groups = []
for row in range(16):
    grid.addWidget(QLabel(f"Item {row + 1}", wordWrap=True), row, 0)
    group = QButtonGroup(form); groups.append(group)
    for value in range(5):
        b = QPushButton(f"{value} answer"); b.setCheckable(True)
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus); group.addButton(b, value)
        grid.addWidget(b, row, value + 1)
area = QScrollArea(); area.setWidget(form); area.setWidgetResizable(True)
for page, name in ((area, "Check-in"), (QWidget(), "Calendar"), (QWidget(), "Charts")):
    tabs.addTab(page, name)
f = F(w); w.installEventFilter(f); w.show(); groups[0].button(0).setFocus(); app.exec()
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
        floor_argv = [sys.executable, "-c", FLOOR, str(data)]
        time_to_line(app_argv, env, "ready")  # warm the file cache for all three
        time_to_line(bare_argv, env, "painted")
        time_to_line(floor_argv, env, "ready")
        bare, floor, app = [], [], []
        for _ in range(args.runs):
            bare.append(time_to_line(bare_argv, env, "painted"))
            floor.append(time_to_line(floor_argv, env, "ready"))
            app.append(time_to_line(app_argv, env, "ready"))
    b, f, a = (statistics.median(runs) for runs in (bare, floor, app))
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs}")
    print(f"bare PySide6 window, first paint:      {b * 1000:.0f} ms (median)")
    print(f"floor: least PySide6 check-in, ready:  {f * 1000:.0f} ms (median), {f / b:.2f}x")
    print(f"Taper Desktop, check-in ready:         {a * 1000:.0f} ms (median)")
    print(f"ratio: {a / b:.2f}x (target <= 1.3x); {a / f:.2f}x the floor")


if __name__ == "__main__":
    main()
