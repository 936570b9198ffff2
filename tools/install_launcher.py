"""Add (or remove) the Taper Desktop launcher to the desktop menu of the current user.

    python tools/install_launcher.py              install for this user (no root needed)
    python tools/install_launcher.py --remove     take it away again

Copies resources/taper-desktop.desktop and the icons into the freedesktop.org locations
under $XDG_DATA_HOME (default ~/.local/share). Exec points at the taper-desktop command of
the Python running this script, so a launcher made from a virtual environment works.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "resources" / "taper-desktop.desktop"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def command() -> str:
    """The taper-desktop script beside this Python, else `python main.py` of this tree."""
    script = Path(sys.executable).parent / "taper-desktop"
    if script.exists():
        return str(script)
    return f"{sys.executable} {ROOT / 'main.py'}"


def targets(home: Path) -> list[Path]:
    icons = home / "icons" / "hicolor"
    return [
        home / "applications" / DESKTOP.name,
        icons / "scalable" / "apps" / "taper-desktop.svg",
    ] + [icons / f"{n}x{n}" / "apps" / "taper-desktop.png" for n in SIZES]


def install(home: Path) -> None:
    entry, svg, *pngs = targets(home)
    entry.parent.mkdir(parents=True, exist_ok=True)
    cmd = command()
    lines = []
    for line in DESKTOP.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={cmd}"
        elif line.startswith("TryExec="):
            line = f"TryExec={cmd.split(' ')[0]}"
        lines.append(line)
    entry.write_text("\n".join(lines) + "\n", encoding="utf-8")
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICONS / "taper-desktop.svg", svg)
    for size, png in zip(SIZES, pngs, strict=False):
        png.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ICONS / f"taper-desktop-{size}.png", png)
    _refresh(home)
    print(f"launcher installed: {entry}")


def remove(home: Path) -> None:
    for path in targets(home):
        path.unlink(missing_ok=True)
    _refresh(home)
    print("launcher removed")


def _refresh(home: Path) -> None:
    """Tell the menu and icon caches, where those tools exist (they are optional)."""
    for tool, arg in (
        ("update-desktop-database", home / "applications"),
        ("gtk-update-icon-cache", home / "icons" / "hicolor"),
    ):
        if shutil.which(tool) and arg.exists():
            subprocess.run(
                [tool, "-q", str(arg)] if tool.startswith("gtk") else [tool, str(arg)],
                check=False,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--remove", action="store_true", help="remove the launcher")
    args = parser.parse_args(argv)
    (remove if args.remove else install)(data_home())
    return 0


if __name__ == "__main__":
    sys.exit(main())
