"""The README's promises that tools rely on stay true to the code."""

import re
from pathlib import Path

from taper_desktop.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def code_blocks():
    return re.findall(r"```sh\n(.*?)```", README, flags=re.S)


def test_readme_opens_with_the_two_commands():
    first, second = code_blocks()[:2]
    assert "pip install -e ." in first and first.strip().endswith(".venv/bin/taper-desktop")
    assert "'.[test]'" in second and "pytest" in second


def test_ci_runs_exactly_the_readme_test_command():
    test_command = code_blocks()[1].strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_every_registered_command_is_documented():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:
        assert f"taper-desktop {name}" in README, name
