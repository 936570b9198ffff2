"""Load the compiled translation (.qm) matching the user's locale, if one was built.

Sources are resources/translations/taper_desktop_<lang>.ts; tools/build_translations.py
compiles them (setup.py runs it when the package is built). A translator adds a language
by adding a .ts file: no code names the languages.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from taper_desktop.domain.wording import numerus
from taper_desktop.resources import resource_path

TRANSLATIONS = resource_path("translations")
CATALOGUE = "taper_desktop"


def install_translators(
    app: QApplication, locale: QLocale | None = None, folder=TRANSLATIONS
) -> list[QTranslator]:
    """Install Qt's own and the app's translators for locale; keep the list alive."""
    locale = locale or QLocale()
    installed = []
    qt_own = QTranslator(app)
    if qt_own.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    ours = QTranslator(app)
    if ours.load(locale, CATALOGUE, "_", str(folder)):
        app.installTranslator(ours)
        installed.append(ours)
    _LAST[:] = installed
    return installed


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a string written as a bare ``tr("...")`` call outside a Qt class's ``self.tr``.

    pyside6-lupdate files such calls under the empty context, so they are looked up
    there; a named context here would never match the catalogue. With n, the text is a
    plural form ("%n day(s)"): a translation's own forms, else the English rule.
    """
    if n < 0:
        return QCoreApplication.translate("", text, disambiguation)
    return numerus(QCoreApplication.translate("", text, disambiguation, n), n)


def scale_text(text: str) -> str:
    """A scale's item, anchor, band or note, marked in domain/scales.py under "scales"."""
    return QCoreApplication.translate("scales", text) if text else ""


def safety_text(text: str) -> str:
    """A safety message template, marked in domain/safety.py under "safety"."""
    return QCoreApplication.translate("safety", text) if text else ""


def safety_count_text(text: str, n: int) -> str:
    """A safety template with a count (marked as a plural message in domain/safety.py):
    the language's plural form, else the English rule, as tr does."""
    return numerus(QCoreApplication.translate("safety", text, None, n), n)


def safety_sentence(line) -> str:
    """A safety sentence (domain/safety.py Text or Note) in the window: translated, its
    counts in the language's plural forms, its dates and numbers in the locale's form."""
    from taper_desktop.ui import locale_format

    return line.render(safety_text, safety_count_text, locale_format.value)


def unit_plural(text: str, n: int) -> str:
    """A counted unit's form for n (domain/formatting.py COUNTED_UNITS), else the English
    rule."""
    return numerus(QCoreApplication.translate("units", text, None, n), n)


def substance_name(name: str) -> str:
    """A plan's substance in the window: a catalogue name in the person's language, a name
    typed for "Other" as typed (domain/substances.py shown_name)."""
    from taper_desktop.domain.substances import shown_name

    return shown_name(name, substance_text)


def substance_text(text: str) -> str:
    """A substance text such as the MME caveat, marked in domain/substances.py."""
    return QCoreApplication.translate("substances", text) if text else ""


def apply_language(
    app: QApplication, setting: str, installed: list[QTranslator] | None = None
) -> list[QTranslator]:
    """Use the language chosen in Settings ("system": the computer's): the catalogue and
    the locale of dates, numbers and the first day of the week. installed: the
    translators to replace (default: those install_translators put in last). Returns the
    translators now installed; they stay alive as children of app."""
    if installed is None:
        installed = list(_LAST)
    if setting in ("", "system"):
        return installed
    for translator in installed:
        app.removeTranslator(translator)
    locale = QLocale(setting)
    QLocale.setDefault(locale)
    return install_translators(app, locale)


_LAST: list[QTranslator] = []  # what install_translators put in last


def current_language() -> str:
    """The language code the window speaks (en, es, de), for the report's default."""
    code = QLocale().name().split("_")[0]
    return code if (TRANSLATIONS / f"{CATALOGUE}_{code}.ts").exists() else "en"
