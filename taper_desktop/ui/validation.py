"""Refused input (domain.errors.ValidationError) in the person's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from taper_desktop.domain.errors import CONTEXT, ValidationError


def _translate(context: str, text: str) -> str:
    """Look a text up where lupdate filed it: an error's own text under "validation", a
    marked value (domain.errors.Term) under its own context, such as "scales"."""
    if context == CONTEXT:
        return QCoreApplication.translate("validation", text)
    return QCoreApplication.translate(context, text)


def validation_text(error: ValidationError) -> str:
    """The error's text translated, with its values filled (translated where marked)."""
    return error.translated(_translate)
