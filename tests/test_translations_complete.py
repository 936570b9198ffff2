"""Spanish and German are complete: every string the code marks for translation has a
finished translation that keeps the placeholders, the markup and one shortcut key."""

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "de")

_spec = importlib.util.spec_from_file_location(
    "build_translations", ROOT / "tools" / "build_translations.py"
)
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%\d+|%[sdrn]|%\.\df|%[+]?\.\d+f")
TAG = re.compile(r"</?[a-z]+[^>]*>")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _text(message: ET.Element) -> str | None:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms[0] if forms else translation.text


@pytest.fixture(scope="module")
def code_strings(tmp_path_factory) -> set[tuple[str, str]]:
    """Every (context, source) the code marks today, read by lupdate from the sources."""
    if build.qt_tool("lupdate") is None:
        pytest.skip("lupdate not installed")
    fresh = tmp_path_factory.mktemp("ts") / "taper_desktop_xx.ts"
    build.update([fresh])
    return set(_messages(fresh))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_translated(language, code_strings):
    messages = _messages(TRANSLATIONS / f"taper_desktop_{language}.ts")
    untranslated = sorted(s for s in code_strings if s not in messages or not _text(messages[s]))
    assert not untranslated, (
        f"{len(untranslated)} strings have no {language} translation; add them to "
        f"resources/translations/taper_desktop_{language}.ts (first: {untranslated[:5]})"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_markup_and_one_shortcut(language):
    problems = []
    for (_context, source), message in _messages(
        TRANSLATIONS / f"taper_desktop_{language}.ts"
    ).items():
        text = _text(message)
        if not text:
            continue
        forms = [f.text or "" for f in message.iter("numerusform")] or [text]
        for form in forms:
            # A plural's singular form may write its count as a word ("del último día"):
            # %n must be in the last (plural) form, every numbered value in each form.
            wanted = PLACEHOLDER.findall(source)
            if form is not forms[-1]:
                wanted = [p for p in wanted if p != "%n"] + (["%n"] if "%n" in form else [])
            if sorted(wanted) != sorted(PLACEHOLDER.findall(form)):
                problems.append(f"placeholders differ: {source!r} -> {form!r}")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            problems.append(f"markup differs: {source!r} -> {text!r}")
        keys = len(re.findall(r"&(?!&|amp;|lt;|gt;|quot;)\w", source.replace("&&", "")))
        if keys != len(re.findall(r"&(?!&|amp;|lt;|gt;|quot;)\w", text.replace("&&", ""))):
            problems.append(f"shortcut key differs: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems[:10])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_scales_are_marked_as_unvalidated_translations(language):
    """clinical.md section 1: a translation without a published validation says so."""
    messages = {
        s: _text(m)
        for (_c, s), m in _messages(TRANSLATIONS / f"taper_desktop_{language}.ts").items()
    }
    marker = {"es": "traducción no validada", "de": "Übersetzung nicht validiert"}[language]
    for title in (
        "Subjective Opiate Withdrawal Scale (SOWS)",
        "Short Opiate Withdrawal Scale (SOWS-Gossop)",
    ):
        assert marker in messages[title]


def test_texts_translated_inside_f_strings_are_in_the_catalogue():
    """lupdate skips calls inside f-strings; such texts are listed in ui/marked_texts.py."""
    sources = {s for (_c, s) in _messages(TRANSLATIONS / "taper_desktop_en.ts")}
    missing = set()
    for path in (ROOT / "taper_desktop").rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not re.search(r"""\bf["']""", line):
                continue
            for _quote, text in re.findall(
                r"""\b(?:tr|translate)\((?:['"]\w*['"], )?(['"])(.+?)\1\)""", line
            ):
                if text not in sources:
                    missing.add(f"{path.name}: {text}")
    assert not missing, sorted(missing)


def test_every_text_uses_the_one_placeholder_style(code_strings):
    """%1..%9 and %n only (domain/wording.py): no %s, %d, %(name)s or {name}, whose
    order a translation cannot change and which mix two ways of filling a text."""
    old_style = re.compile(r"%(?:\(\w+\))?[-+ #0]*\d*(?:\.\d+)?[sdfr]|\{\w*\}")
    found = sorted(
        f"{context}: {source}"
        for context, source in code_strings
        if old_style.search(source.replace("%%", ""))
    )
    assert not found, f"{len(found)} texts use another placeholder style: {found[:10]}"
