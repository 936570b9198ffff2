"""The command line in the person's language, from the app's catalogues, without Qt.

Texts are marked ``tr("...")`` (plural texts ``tr("... %n ...", None, n)``), the same
call the window uses, so pyside6-lupdate collects them into the same catalogues
(resources/translations/*.ts); taper_desktop/catalogue.py reads them here. Values go into
%1..%9 with domain.wording.fill.

The language: the environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) when the command
starts, so --help and usage errors speak it; once a data folder is open, the app's
language setting (Settings; "system" is again the environment's). English otherwise.
Files written (CSV, JSON, FHIR, iCalendar) never depend on the language.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from taper_desktop import catalogue
from taper_desktop.catalogue import tr
from taper_desktop.domain.errors import ValidationError

__all__ = ["error_text", "follow_settings", "from_environment", "tr"]


def from_environment(environ: Mapping[str, str] = os.environ) -> str:
    """The language code the environment asks for, when it has a catalogue (else "en")."""
    return catalogue.resolve("system", environ)


def follow_settings(store: Any) -> None:
    """Speak the app's language setting from now on (the folder's store is open)."""
    from taper_desktop.store import settings

    catalogue.set_language(catalogue.resolve(settings.get(store, "language")))


def error_text(exc: BaseException) -> str:
    """An exception's message for the person: a refused input in their language."""
    if isinstance(exc, ValidationError):
        return exc.translated(lambda context, text: catalogue.translate(context, text))
    return str(exc)
