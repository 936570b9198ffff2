"""Build hook: compile the translation catalogues (.ts -> .qm) whenever the package is
built, and carry the app's resources inside a built wheel.

Everything else about the package lives in pyproject.toml. In a source checkout (and an
editable install) the app reads the top-level ``resources/`` folder; a wheel has no such
folder, so the build copies the run-time files (taper_desktop.resources.RUNTIME_PATTERNS)
to ``taper_desktop/resources`` inside the package, where taper_desktop.resources finds them.
"""

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithResources(build_py):
    """build_py that first compiles the translations, then copies the resources."""

    def run(self):
        _load("build_translations", ROOT / "tools" / "build_translations.py").main([])
        super().run()
        if self.editable_mode:  # the checkout's own resources/ folder is used
            return
        patterns = _load(
            "taper_desktop_resources", ROOT / "taper_desktop" / "resources.py"
        ).RUNTIME_PATTERNS
        source = ROOT / "resources"
        target = Path(self.build_lib) / "taper_desktop" / "resources"
        for pattern in patterns:
            for path in sorted(source.glob(pattern)):
                dest = target / path.relative_to(source)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, dest)


setup(cmdclass={"build_py": BuildPyWithResources})
