"""The frozen bundle's pieces agree: the spec, the build script, the install scripts and the
one function that finds resources (issue: standalone bundle).

The full build (tools/build_bundle.py --smoke) is too slow for the suite; these checks
catch the usual ways a bundle breaks: a resource the code loads but the spec does not
list, a path that depends on the working directory, or an installer that loses data.
"""

import ast
import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import taper_desktop
from taper_desktop.resources import RUNTIME_PATTERNS, resource_path, resource_root

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "taper-desktop.spec"
LINUX = ROOT / "packaging" / "linux"
PACKAGE = ROOT / "taper_desktop"


def _resource_calls() -> list[tuple[str, tuple[str, ...]]]:
    """Every resource_path("a", "b") call in the package whose arguments are literals."""
    calls = []
    for source in PACKAGE.rglob("*.py"):
        tree = ast.parse(source.read_text("utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "resource_path"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                parts = tuple(a.value for a in node.args if isinstance(a, ast.Constant))
                calls.append((str(source.relative_to(ROOT)), parts))
    return calls


def _matches_a_pattern(relative: Path) -> bool:
    return any(relative.match(pattern) for pattern in RUNTIME_PATTERNS)


def test_every_file_the_app_loads_is_listed_for_the_bundle():
    calls = _resource_calls()
    assert calls, "no resource_path calls found"
    for where, parts in calls:
        target = resource_path(*parts)
        assert target.exists(), f"{where}: {target} does not exist"
        files = [target] if target.is_file() else [p for p in target.iterdir() if p.is_file()]
        for path in files:
            relative = path.relative_to(resource_root())
            if path.suffix == ".ts" or path.name.startswith("."):  # sources, not loaded
                continue
            assert _matches_a_pattern(relative), (
                f"{where} loads {relative}, which RUNTIME_PATTERNS (and so the spec) omits"
            )


def test_fonts_named_by_the_report_are_bundled():
    from taper_desktop.report import fonts

    for name in fonts._FILES.values():
        assert _matches_a_pattern(Path("fonts") / name), name
        assert (fonts.FONT_DIR / name).exists()


def test_no_resource_path_is_built_from_the_working_directory_or_file_location():
    offenders = []
    for source in PACKAGE.rglob("*.py"):
        text = source.read_text("utf-8")
        if source.name == "resources.py":
            continue
        if '"resources"' in text and "__file__" in text:
            offenders.append(str(source.relative_to(ROOT)))
    assert not offenders, f"resources found by hand instead of resource_path: {offenders}"


def test_resources_are_found_from_any_working_directory(tmp_path):
    code = (
        "from taper_desktop.resources import resource_path as r; "
        "print(r('fonts', 'DejaVuSans.ttf').is_file(), r('icons').is_dir())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        check=True,
    )
    assert out.stdout.split() == ["True", "True"]


def test_frozen_base_path_is_used_when_frozen(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resource_root.cache_clear()
    try:
        assert resource_path("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"
    finally:
        resource_root.cache_clear()


def test_spec_collects_the_resource_patterns_and_every_command_module():
    text = SPEC.read_text("utf-8")
    assert "from taper_desktop.resources import FOLDER, RUNTIME_PATTERNS" in text
    assert 'collect_submodules("taper_desktop")' in text  # commands are imported by name
    assert 'copy_metadata("taper-desktop")' in text  # --version reads the metadata
    build = (ROOT / "tools" / "build_bundle.py").read_text("utf-8")
    assert 'SPEC = ROOT / "packaging" / "taper-desktop.spec"' in build
    assert "build_translations.py" in build  # the .qm files exist before freezing


def test_version_comes_from_the_package_metadata():
    from importlib.metadata import version

    assert taper_desktop.__version__ == version("taper-desktop")
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == f"taper-desktop {version('taper-desktop')}"


# ---- install.sh / uninstall.sh ------------------------------------------------------
def _fake_bundle(folder: Path) -> Path:
    """An unpacked archive whose app is a copy of `sleep` (so it can be 'running')."""
    app = folder / "app"
    internal = app / "_internal" / "resources"
    (internal / "icons").mkdir(parents=True)
    shutil.copy(shutil.which("sleep"), app / "taper-desktop")
    shutil.copy(ROOT / "resources" / "taper-desktop.desktop", internal)
    for icon in (ROOT / "resources" / "icons").iterdir():
        shutil.copy(icon, internal / "icons")
    for script in ("install.sh", "uninstall.sh", "README.txt"):
        shutil.copy(LINUX / script, folder / script)
    return folder


def _run(script: Path, home: Path, check: bool = True) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    return subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True, check=check)


@pytest.fixture
def home(tmp_path):
    folder = tmp_path / "home of José Müller"
    folder.mkdir()
    return folder


def test_install_puts_app_command_and_menu_entry_in_place(tmp_path, home):
    bundle = _fake_bundle(tmp_path / "taper-desktop-1-linux")
    out = _run(bundle / "install.sh", home).stdout
    opt = home / ".local" / "opt" / "taper-desktop"
    assert (opt / "taper-desktop").is_file() and (opt / "uninstall.sh").is_file()
    assert (home / ".local" / "bin" / "taper-desktop").resolve() == (opt / "taper-desktop")
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(home / ".local/share/applications/taper-desktop.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"] == f'"{opt / "taper-desktop"}"'
    assert entry["Desktop Entry"]["TryExec"] == str(opt / "taper-desktop")
    assert (home / ".local/share/icons/hicolor/48x48/apps/taper-desktop.png").is_file()
    assert (home / ".local/share/icons/hicolor/scalable/apps/taper-desktop.svg").is_file()
    assert str(opt) in out


def test_installing_twice_replaces_the_old_copy(tmp_path, home):
    bundle = _fake_bundle(tmp_path / "b")
    _run(bundle / "install.sh", home)
    opt = home / ".local" / "opt" / "taper-desktop"
    (opt / "stale-file").write_text("old")
    _run(bundle / "install.sh", home)
    assert not (opt / "stale-file").exists()
    assert sorted(p.name for p in (home / ".local" / "opt").iterdir()) == ["taper-desktop"]


def test_install_and_uninstall_refuse_while_the_app_runs(tmp_path, home):
    bundle = _fake_bundle(tmp_path / "b")
    _run(bundle / "install.sh", home)
    opt = home / ".local" / "opt" / "taper-desktop"
    running = subprocess.Popen([str(opt / "taper-desktop"), "60"])
    try:
        again = _run(bundle / "install.sh", home, check=False)
        assert again.returncode == 1 and "is running" in again.stderr
        gone = _run(opt / "uninstall.sh", home, check=False)
        assert gone.returncode == 1 and (opt / "taper-desktop").exists()
    finally:
        running.kill()
        running.wait()


def test_uninstall_leaves_the_data_folder_and_says_where_it_is(tmp_path, home):
    bundle = _fake_bundle(tmp_path / "b")
    _run(bundle / "install.sh", home)
    data = home / ".local" / "share" / "taper-desktop"
    data.mkdir(parents=True)
    (data / "taper.sqlite3").write_bytes(b"diary")
    out = _run(home / ".local/opt/taper-desktop/uninstall.sh", home).stdout
    assert not (home / ".local" / "opt" / "taper-desktop").exists()
    assert not (home / ".local" / "bin" / "taper-desktop").exists()
    assert not (home / ".local/share/applications/taper-desktop.desktop").exists()
    assert (data / "taper.sqlite3").read_bytes() == b"diary"
    assert str(data) in out
