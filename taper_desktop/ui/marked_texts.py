"""Texts that the code translates inside f-strings, listed for the catalogue.

pyside6-lupdate does not read calls inside f-strings, so a ``tr('daily total')`` written
there would never reach the catalogue and would stay English in every language. Each
such text is listed here once, marked as the bare ``tr()`` calls are (context ""), and
tests/test_translations_complete.py fails when a text used that way is missing.
"""


def QT_TR_NOOP(text: str) -> str:
    """Mark text for translation without translating it."""
    return text


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    """Mark text for translation under a class's context (its self.tr calls)."""
    return text


TEXTS = (
    QT_TR_NOOP("daily total"),
    QT_TR_NOOP("7-day mean"),
    QT_TR_NOOP("partial, no total"),
    QT_TR_NOOP("step"),
    QT_TR_NOOP("shading: conventional bands, named at the right"),
    QT_TR_NOOP("Dose"),
    QT_TR_NOOP("planned dose"),
    QT_TR_NOOP("dose taken"),
    QT_TR_NOOP("hold"),
    QT_TR_NOOP("How you felt"),
    QT_TR_NOOP("(points: each day; lines: 7-day mean)"),
    QT_TR_NOOP("Items by day"),
    QT_TR_NOOP("blank: not answered"),
    QT_TR_NOOP("After each dose cut"),
    QT_TR_NOOP("Taper Desktop data (*.json *.csv)"),
)
