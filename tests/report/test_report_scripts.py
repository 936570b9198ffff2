"""Notes in six scripts: shaped as HarfBuzz shapes them, right to left where they read so,
and every font in the PDF embedded and subset."""

import re
import shutil
import subprocess

import pytest
import uharfbuzz as hb
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from taper_desktop.domain.models import CheckIn
from taper_desktop.domain.scales import SOWS_INSTRUMENT
from taper_desktop.report import fonts, write_report
from taper_desktop.store import checkins
from tests.report.test_report import d, options, seed

# day -> (font, note); the notes are plain first-person diary lines.
NOTES = {
    1: (fonts.ARABIC, "أشعر بالقلق اليوم وأنا متعب جدا ولا أستطيع النوم جيدا في الليل"),
    2: (fonts.HEBREW, "אני מרגיש חרדה היום ולא ישנתי טוב בלילה"),
    3: (fonts.DEVANAGARI, "मुझे आज चिंता हो रही है और नींद नहीं आई"),
    4: (fonts.THAI, "วันนี้ฉันรู้สึกกังวลและนอนไม่หลับ"),
    6: (fonts.FALLBACK, "夜里睡不着，很焦虑"),
    8: (fonts.REGULAR, "Ночь без сна, walked twice."),
}


def _report(store, tmp_path):
    seed(store)
    for n, (_font, note) in NOTES.items():
        checkins.save(
            store,
            CheckIn(
                day=d(n),
                instrument="SOWS",
                items={k: 1 for k in SOWS_INSTRUMENT.item_keys},
                note=note,
            ),
        )
    out = tmp_path / "scripts.pdf"
    write_report(store, options(patient="سارة أحمد", provider='ד"ר כהן'), out)
    return out


def _harfbuzz_word(font_name: str, word: str) -> str:
    """The glyphs HarfBuzz gives for word, as the characters the PDF maps them to; a
    glyph with no character of its own is any private-use character."""
    ttf = pdfmetrics.getFont(font_name)
    font = hb.Font(hb.Face(hb.Blob(ttf.face._ttf_data)))
    buf = hb.Buffer()
    buf.add_str(word)
    buf.guess_segment_properties()
    hb.shape(font, buf, {"kern": True, "liga": True})
    out = []
    for info in buf.glyph_infos:
        chars = ttf.face.glyphToChar.get(info.codepoint)
        out.append(re.escape(chr(chars[0])) if chars else "[\ue000-\uf8ff]")
    return "".join(out)


def _text_by_font(reader: PdfReader, page: int) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}

    def visit(text, _cm, _tm, font_dict, _size):
        if font_dict and text.strip():
            name = str(font_dict["/BaseFont"]).split("+")[-1].removesuffix("-Regular")
            found.setdefault(name, []).append(text.strip())

    reader.pages[page].extract_text(visitor_text=visit)
    return found


def test_notes_come_out_as_harfbuzz_shapes_them(store, tmp_path):
    reader = PdfReader(str(_report(store, tmp_path)))
    found = _text_by_font(reader, 1)  # the daily table
    for font_name in fonts.SCRIPT_FONTS:
        note = next(n for f, n in NOTES.values() if f == font_name)
        words = note.split(" ")
        shaped = [_harfbuzz_word(font_name, w) for w in words]
        if font_name in fonts.RTL_FONTS:
            # HarfBuzz gives each word's glyphs right to left; pypdf reads right-to-left
            # text back in reading order, so each word's glyphs come back reversed.
            shaped = ["".join(reversed(re.findall(r"\[.*?\]|\\.|.", s))) for s in shaped]
        pattern = r"\s+".join(shaped)
        text = " ".join(found[font_name])
        assert re.search(pattern, text), (font_name, text)


def test_right_to_left_lines_read_from_the_right(store, tmp_path):
    """A wrapped Hebrew note: the first line holds the first words, drawn right to left,
    and is right-aligned like the last line."""
    reader = PdfReader(str(_report(store, tmp_path)))
    lines = []

    def visit(text, cm, tm, font_dict, _size):
        if font_dict and "NotoSansHebrew" in str(font_dict["/BaseFont"]) and text.strip():
            lines.append((cm[5] + tm[5], text.strip()))

    reader.pages[1].extract_text(visitor_text=visit)
    lines.sort(reverse=True)  # top of the page first
    words = " ".join(t for _y, t in lines).split()
    # in the daily table, then in full under "Notes"
    assert words == NOTES[2][1].split() * 2
    assert len(lines) >= 3  # it wrapped in the table


def test_every_font_is_embedded_and_subset(store, tmp_path):
    reader = PdfReader(str(_report(store, tmp_path)))
    names = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            base = str(font["/BaseFont"])
            names.add(base.split("+")[-1].removesuffix("-Regular"))
            assert re.fullmatch(r"/[A-Z]{6}\+.+", base), f"{base} is not a subset"
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), f"{base} not embedded"
    assert {fonts.REGULAR, fonts.BOLD, fonts.FALLBACK, *fonts.SCRIPT_FONTS} <= names
    assert not any("Helvetica" in n for n in names)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_lists_no_unembedded_font(store, tmp_path):
    out = subprocess.run(
        ["pdffonts", str(_report(store, tmp_path))], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert out and all(line.split()[-5:-3] == ["yes", "yes"] for line in out), out


def test_mixed_words_and_missing_glyphs_never_break_the_report(store, tmp_path):
    """A word that switches script without a space, and a character no font has."""
    seed(store)
    checkins.save(
        store, CheckIn(day=d(1), instrument="SOWS", items={}, note='abcأبج ש"ס ok\U0001f600 देखो123')
    )
    out = tmp_path / "mixed.pdf"
    write_report(store, options(), out)
    assert PdfReader(str(out)).pages


def test_runs_pick_the_script_font_and_keep_words_whole():
    assert fonts.runs("Dr. כהן, 12") == [
        (fonts.REGULAR, "Dr. "),
        (fonts.HEBREW, "כהן"),
        (fonts.REGULAR, ", 12"),
    ]
    # Arabic digits and punctuation stay in the Arabic run; a Devanagari word keeps its
    # vowel signs.
    assert fonts.runs("نمت 5 ساعات.") == [(fonts.ARABIC, "نمت 5 ساعات.")]
    assert fonts.runs("नींद") == [(fonts.DEVANAGARI, "नींद")]
    assert fonts.is_rtl('ד"ר כהן') and not fonts.is_rtl("Dr. כהן")
