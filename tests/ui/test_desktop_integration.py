"""The .desktop launcher is well formed and the installer puts it where menus look."""

import configparser
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "install_launcher", ROOT / "tools" / "install_launcher.py"
)
launcher = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(launcher)


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_names_the_command_and_an_existing_icon():
    entry = _entry(ROOT / "resources" / "taper-desktop.desktop")
    assert entry["Type"] == "Application" and entry["Name"] == "Taper Desktop"
    assert entry["Exec"] == "taper-desktop" and entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").exists()


def test_installer_adds_and_removes_the_launcher(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert launcher.main([]) == 0
    installed = tmp_path / "applications" / "taper-desktop.desktop"
    exec_line = _entry(installed)["Exec"]
    assert Path(exec_line.split(" ")[0]).is_absolute()
    assert (tmp_path / "icons/hicolor/48x48/apps/taper-desktop.png").exists()
    assert launcher.main(["--remove"]) == 0
    assert not installed.exists()
    assert not (tmp_path / "icons/hicolor/48x48/apps/taper-desktop.png").exists()
