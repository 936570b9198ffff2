"""Compile resources/translations/*.ts to .qm (run at build time by setup.py).

    python tools/build_translations.py            compile every .ts to a .qm beside it
    python tools/build_translations.py --update   first refresh every .ts from the sources

Qt loads only compiled .qm files, so they are built, not kept in git. The tools are the
lupdate/lrelease binaries shipped inside the PySide6 wheel (pyside6-lupdate/-lrelease).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ROOT / "taper_desktop"


def qt_tool(name: str) -> str | None:
    """The path of lupdate or lrelease: in the PySide6 package, else on PATH."""
    try:
        import PySide6
    except ImportError:
        PySide6 = None
    if PySide6 is not None:
        for candidate in (
            Path(PySide6.__file__).parent / name,
            Path(PySide6.__file__).parent / f"{name}.exe",
        ):
            if candidate.exists():
                return str(candidate)
    for candidate in (f"pyside6-{name}", name):
        found = shutil.which(candidate)
        if found:
            return found
    return None


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update(ts_files: list[Path]) -> None:
    """Refresh the .ts catalogues from every source file, keeping existing translations."""
    lupdate = qt_tool("lupdate")
    if lupdate is None:
        raise SystemExit("lupdate not found: install PySide6")
    subprocess.run(
        [lupdate, "-locations", "none", *source_files(), "-ts", *(str(t) for t in ts_files)],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def compile_all(ts_files: list[Path], out_dir: Path | None = None) -> list[Path]:
    """Compile each .ts to a .qm (beside it, or in out_dir); the .qm paths written."""
    lrelease = qt_tool("lrelease")
    if lrelease is None:
        print(
            "build_translations: lrelease not found; the app will run in English", file=sys.stderr
        )
        return []
    written = []
    for ts in ts_files:
        qm = (out_dir or ts.parent) / ts.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--update", action="store_true", help="refresh the .ts catalogues from the sources first"
    )
    args = parser.parse_args(argv)
    ts_files = sorted(TRANSLATIONS.glob("*.ts"))
    if args.update:
        update(ts_files)
    compile_all(ts_files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
