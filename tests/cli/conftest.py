"""The command line speaks the environment's language: tests run in English unless a test
sets another one."""

import pytest


@pytest.fixture(autouse=True)
def english_environment(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
