"""The layers, guarded: nothing outside ui/ (and the app.py wiring) loads Qt or pyqtgraph,
and no widget module talks to SQLite itself (design.md, "Architecture")."""

import ast
import json
import subprocess
import sys
from pathlib import Path

import taper_desktop

PACKAGE = Path(taper_desktop.__file__).resolve().parent
GUI = ("PySide6", "pyqtgraph", "shiboken6")


def _modules(under: Path) -> list[str]:
    names = []
    for path in sorted(under.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def _is_qt_free(name: str) -> bool:
    # ui/ is the Qt layer; app.py wires the window (design.md: "app.py / cli.py wire
    # everything"); __main__ only calls the command line.
    return not (
        name.startswith("taper_desktop.ui")
        or name in ("taper_desktop.app", "taper_desktop.__main__")
    )


def test_every_module_outside_ui_imports_without_qt_or_pyqtgraph():
    names = [n for n in _modules(PACKAGE) if _is_qt_free(n)]
    assert "taper_desktop.domain.scales" in names and "taper_desktop.report.pdf" in names
    assert "taper_desktop.cli" in names and "taper_desktop.exchange.full_json" in names
    script = (
        "import importlib, json, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {GUI!r})))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PACKAGE.parent,
    )
    assert out.returncode == 0, out.stderr
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert loaded == [], f"Qt or pyqtgraph loaded outside ui/: {loaded}"


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_no_module_in_ui_imports_sqlite3():
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in sorted((PACKAGE / "ui").rglob("*.py"))
        if any(m.split(".")[0] == "sqlite3" for m in _imports(p))
    ]
    assert offenders == [], f"SQL belongs in store/, not in the widgets: {offenders}"


def test_the_sqlite3_check_sees_an_import_inside_a_function(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("def f():\n    import sqlite3.dbapi2\n    from sqlite3 import Row\n")
    assert {"sqlite3.dbapi2", "sqlite3"} <= _imports(probe)
