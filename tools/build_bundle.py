"""Build the standalone Linux bundle of Taper Desktop, and smoke-test it.

    python3 tools/build_bundle.py            build dist/taper-desktop-<version>-linux-<arch>.tar.gz
    python3 tools/build_bundle.py --smoke    run the built app as a user would (builds first
                                             when dist/ holds no bundle)

The build runs in its own environment, build/bundle-venv: it installs PyInstaller and the
app itself (a regular, non-editable install) there, compiles the translations, freezes the
app with packaging/taper-desktop.spec into one folder, and packs that folder with
install.sh and uninstall.sh. It prints the bundle's size unpacked, the archive's size, and
the frozen app's start-up time against the installed app's, measured in the same run.
Only the Python running this script (3.11+) and the package index are needed.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
VENV = BUILD / "bundle-venv"
DIST = ROOT / "dist"
SPEC = ROOT / "packaging" / "taper-desktop.spec"
LINUX = ROOT / "packaging" / "linux"
PYINSTALLER = "pyinstaller>=6.10"
NAME = "taper-desktop"
SIZE_GOAL_MB, ARCHIVE_GOAL_MB = 250, 100


def say(text: str) -> None:
    print(f"build_bundle: {text}", flush=True)


def run(argv: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in argv], check=True, **kwargs)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def bundle_stem() -> str:
    return f"{NAME}-{version()}-linux-{platform.machine()}"


def archive_path() -> Path:
    return DIST / f"{bundle_stem()}.tar.gz"


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def prepare_environment() -> None:
    if not venv_python().exists():
        say(f"creating the build environment {VENV.relative_to(ROOT)}")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    say("installing PyInstaller and the app into the build environment")
    run([venv_python(), "-m", "pip", "install", "-q", "--upgrade", PYINSTALLER])
    run(
        [venv_python(), "-m", "pip", "install", "-q", "--force-reinstall", "--no-deps", "."],
        cwd=ROOT,
    )
    run([venv_python(), "-m", "pip", "install", "-q", "."], cwd=ROOT)  # its dependencies
    run([venv_python(), ROOT / "tools" / "build_translations.py"], cwd=ROOT)


def freeze() -> Path:
    work = BUILD / "pyinstaller"
    frozen = BUILD / "frozen"
    shutil.rmtree(frozen, ignore_errors=True)
    say("freezing the app with PyInstaller (a few minutes)")
    run(
        [
            venv_python(),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            frozen,
            "--workpath",
            work,
            SPEC,
        ],
        cwd=ROOT,
    )
    return frozen / NAME


def pack(app: Path) -> tuple[Path, Path]:
    stage = DIST / bundle_stem()
    shutil.rmtree(stage, ignore_errors=True)
    DIST.mkdir(exist_ok=True)
    shutil.copytree(app, stage / "app", symlinks=True)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(LINUX / script, stage / script)
        (stage / script).chmod(0o755)
    shutil.copy2(LINUX / "README.txt", stage / "README.txt")
    archive = archive_path()
    tmp = archive.with_suffix(".tmp")
    with tarfile.open(tmp, "w:gz", compresslevel=9) as tar:
        tar.add(stage, arcname=stage.name)
    os.replace(tmp, archive)
    return stage, archive


def _time_to_paint(argv: list[str], data_dir: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TAPER_DESKTOP_EXIT_AFTER_PAINT="1")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [*argv, "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    _, err = proc.communicate(timeout=120)
    if line.strip() != "painted":
        raise SystemExit(f"build_bundle: {argv[0]} reported no first paint: {err.strip()}")
    return elapsed


def compare_startup(frozen: Path, runs: int = 5) -> tuple[float, float]:
    """Median time to the first painted window: frozen app against the installed app."""
    installed = VENV / ("Scripts" if os.name == "nt" else "bin") / NAME
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        run([installed, "--data-dir", data, "demo"], stdout=subprocess.DEVNULL)
        for argv in ([installed], [frozen]):  # warm-up: caches and the page cache
            _time_to_paint([str(a) for a in argv], data)
        frozen_times, installed_times = [], []
        for _ in range(runs):
            installed_times.append(_time_to_paint([str(installed)], data))
            frozen_times.append(_time_to_paint([str(frozen)], data))
    return statistics.median(frozen_times), statistics.median(installed_times)


def build() -> Path:
    prepare_environment()
    app = freeze()
    stage, archive = pack(app)
    unpacked, packed = folder_size(stage), archive.stat().st_size
    say(f"bundle folder: {stage.relative_to(ROOT)}")
    say(f"archive: {archive.relative_to(ROOT)}")
    say(f"size unpacked: {mb(unpacked)} (goal under {SIZE_GOAL_MB} MB)")
    say(f"archive size: {mb(packed)} (goal under {ARCHIVE_GOAL_MB} MB)")
    frozen_s, installed_s = compare_startup(stage / "app" / NAME)
    say(
        f"start-up to first paint, median of 5: frozen {frozen_s * 1000:.0f} ms, "
        f"installed {installed_s * 1000:.0f} ms ({frozen_s / installed_s:.2f}x)"
    )
    return stage


# ---- smoke test ---------------------------------------------------------------------
def _check(name: str, argv: list[str], env: dict, expect_in_stdout: str = "") -> str:
    proc = subprocess.run(
        [str(a) for a in argv], env=env, capture_output=True, text=True, timeout=300
    )
    if proc.returncode != 0 or expect_in_stdout not in proc.stdout:
        raise SystemExit(
            f"build_bundle: smoke test failed at '{name}' (exit "
            f"{proc.returncode}): {proc.stderr.strip() or proc.stdout.strip()}"
        )
    say(f"smoke: {name}: ok")
    return proc.stdout


def _fonts_embedded(pdf: Path) -> list[str]:
    """Names of fonts the PDF uses without embedding them (empty: all embedded)."""
    from pypdf import PdfReader  # installed in the build environment for this check

    missing = set()
    for page in PdfReader(pdf).pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            targets = [d.get_object() for d in descendants] if descendants else [font]
            for target in targets:
                desc = target.get("/FontDescriptor")
                desc = desc.get_object() if desc is not None else {}
                if not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    missing.add(str(font.get("/BaseFont")))
    return sorted(missing)


def missing_libraries(app: Path) -> list[str]:
    """Shared libraries that some bundled library needs and that cannot be found."""
    internal = app / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    missing = set()
    for lib in [app / NAME, *internal.rglob("*.so*")]:
        if not lib.is_file() or lib.is_symlink():
            continue
        out = subprocess.run(["ldd", str(lib)], env=env, capture_output=True, text=True).stdout
        missing |= {
            f"{lib.name} needs {line.split()[0]}"
            for line in out.splitlines()
            if "not found" in line
        }
    return sorted(missing)


def smoke(stage: Path) -> None:
    binary = stage / "app" / NAME
    gaps = missing_libraries(stage / "app")
    if gaps:
        raise SystemExit(
            "build_bundle: smoke test failed: libraries missing from the "
            "bundle: " + "; ".join(gaps[:10])
        )
    say("smoke: every bundled library finds what it links to: ok")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("TAPER_DESKTOP_DATA_DIR", None)
    with tempfile.TemporaryDirectory(prefix="taper smoke ä ") as tmp:
        data = Path(tmp) / "data"
        out = _check("--version", [binary, "--version"], env, version())
        say(f"smoke: the frozen app says {out.strip()}")
        _check("demo", [binary, "--data-dir", data, "demo"], env)
        _check("check-db", [binary, "--data-dir", data, "check-db"], env)
        installed = VENV / "bin" / NAME
        _check(
            "the installed app reads the frozen app's folder",
            [installed, "--data-dir", data, "check-db"],
            env,
        )
        other = Path(tmp) / "made by the installed app"
        run([installed, "--data-dir", other, "demo"], stdout=subprocess.DEVNULL, env=env)
        _check(
            "the frozen app reads the installed app's folder",
            [binary, "--data-dir", other, "check-db"],
            env,
        )
        pdf = Path(tmp) / "report.pdf"
        _check(
            "report",
            [
                binary,
                "--data-dir",
                data,
                "report",
                "--from",
                "2026-01-01",
                "--to",
                "2026-12-31",
                "--out",
                pdf,
            ],
            env,
        )
        run([venv_python(), "-m", "pip", "install", "-q", "pypdf>=4.0"])
        check = subprocess.run(
            [
                str(venv_python()),
                "-c",
                "import sys; sys.path.insert(0, sys.argv[1]); import build_bundle as b; "
                "print(','.join(b._fonts_embedded(__import__('pathlib').Path(sys.argv[2]))))",
                str(Path(__file__).parent),
                str(pdf),
            ],
            capture_output=True,
            text=True,
        )
        if check.returncode != 0 or check.stdout.strip():
            raise SystemExit(
                "build_bundle: smoke test failed at 'fonts embedded': "
                f"{check.stdout.strip() or check.stderr.strip()}"
            )
        say("smoke: every font in the report is embedded: ok")
        spanish = Path(tmp) / "informe.pdf"
        _check(
            "report in Spanish (catalogue and CLDR data bundled)",
            [
                binary,
                "--data-dir",
                data,
                "report",
                "--from",
                "2026-01-01",
                "--to",
                "2026-12-31",
                "--out",
                spanish,
            ],
            dict(env, LANGUAGE="es"),
        )
        text = subprocess.run(
            [
                str(venv_python()),
                "-c",
                "import sys; from pypdf import PdfReader; "
                "print(PdfReader(sys.argv[1]).pages[0].extract_text())",
                str(spanish),
            ],
            capture_output=True,
            text=True,
        ).stdout
        if "Resumen" not in text:
            raise SystemExit(
                "build_bundle: smoke test failed at 'report in Spanish': page 1 is not in Spanish"
            )
        say("smoke: the Spanish report reads in Spanish: ok")
        csv = Path(tmp) / "days.csv"
        _check("export-csv", [binary, "--data-dir", data, "export-csv", csv], env)
        if not csv.read_text("utf-8").startswith("date,"):
            raise SystemExit("build_bundle: smoke test failed at 'export-csv': no header")
        _check(
            "export-fhir",
            [binary, "--data-dir", data, "export-fhir", Path(tmp) / "clinic.json"],
            env,
        )
        _check(
            "export-ics", [binary, "--data-dir", data, "export-ics", Path(tmp) / "plan.ics"], env
        )
        secret = Path(tmp) / "passphrase.txt"
        secret.write_text("correct horse battery staple\n", encoding="utf-8")
        _check(
            "encrypt (SQLCipher and the key file)",
            [binary, "--data-dir", data, "encrypt", "--new-passphrase-file", secret],
            env,
            "Recovery code: ",
        )
        _check(
            "check-db on the encrypted folder",
            [binary, "--data-dir", data, "--passphrase-file", secret, "check-db"],
            env,
        )
        paint = dict(env, TAPER_DESKTOP_EXIT_AFTER_PAINT="1")
        _check(
            "window opened offscreen until its first paint (unlock screen)",
            [binary, "--data-dir", data],
            paint,
            "painted",
        )
    say("smoke test passed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="run the built app as a user would (builds first if needed)",
    )
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        parser.exit(2, "build_bundle: builds the Linux bundle only; see packaging/README.md\n")
    stage = DIST / bundle_stem()
    if not args.smoke or not (stage / "app" / NAME).exists():
        stage = build()
    if args.smoke:
        smoke(stage)
    return 0


if __name__ == "__main__":
    sys.exit(main())
