"""Build hook: compile the translation catalogues (.ts -> .qm) whenever the package is built.

Everything else about the package lives in pyproject.toml.
"""

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildPyWithTranslations(build_py):
    """build_py that first runs tools/build_translations.py (also for editable installs)."""

    def run(self):
        spec = importlib.util.spec_from_file_location(
            "build_translations", ROOT / "tools" / "build_translations.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.main([])
        super().run()


setup(cmdclass={"build_py": BuildPyWithTranslations})
