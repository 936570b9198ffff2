"""Embedded fonts for the report, chosen per run of text by script and glyph coverage.

DejaVu Sans covers Latin, Greek, Cyrillic and more; Noto Sans Arabic, Hebrew,
Devanagari and Thai cover those scripts; Droid Sans Fallback covers Chinese,
Japanese and Korean. Every font is embedded and subset (resources/fonts, with
their licences), so a name or note in any of these scripts prints the same on
every computer.

Text in a script that needs shaping (joined Arabic letters, Devanagari conjuncts,
Thai marks) is shaped with HarfBuzz (reportlab's shaping, through uharfbuzz).
Right-to-left text that is all in one direction is laid out right to left here:
HarfBuzz orders the glyphs inside each word, and this module orders the words.
Text that mixes directions inside one paragraph would need the Unicode bidi
algorithm (reportlab's rlbidi), which is not available: see resources/fonts/README.md.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from taper_desktop.resources import resource_path

FONT_DIR = resource_path("fonts")
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FALLBACK = "DroidSansFallback"
ARABIC = "NotoSansArabic"
HEBREW = "NotoSansHebrew"
DEVANAGARI = "NotoSansDevanagari"
THAI = "NotoSansThai"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    FALLBACK: "DroidSansFallbackFull.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    HEBREW: "NotoSansHebrew-Regular.ttf",
    DEVANAGARI: "NotoSansDevanagari-Regular.ttf",
    THAI: "NotoSansThai-Regular.ttf",
}

# Unicode blocks drawn with a script font whatever DejaVu covers (DejaVu has Arabic and
# Hebrew letters but not the shaping tables that join and place them well).
_SCRIPT_BLOCKS = (
    (0x0590, 0x05FF, HEBREW),
    (0xFB1D, 0xFB4F, HEBREW),
    (0x0600, 0x06FF, ARABIC),
    (0x0750, 0x077F, ARABIC),
    (0x0870, 0x08FF, ARABIC),
    (0xFB50, 0xFDFF, ARABIC),
    (0xFE70, 0xFEFF, ARABIC),
    (0x0900, 0x097F, DEVANAGARI),
    (0xA8E0, 0xA8FF, DEVANAGARI),
    (0x0E00, 0x0E7F, THAI),
)
SCRIPT_FONTS = (ARABIC, HEBREW, DEVANAGARI, THAI)
RTL_FONTS = (ARABIC, HEBREW)

# reportlab shapes with discretionary ligatures on, which turns Hebrew yod-vav into the
# Yiddish ligature U+05F1 and changes the word: shape with the font's default features
# plus kerning and standard ligatures only.
ttfonts.shapeFragWord.__defaults__ = (dict(kern=True, liga=True), False)


def _register(name: str) -> TTFont:
    if name in pdfmetrics.getRegisteredFontNames():  # getFont would search for AFM files
        return pdfmetrics.getFont(name)
    font = TTFont(name, str(FONT_DIR / _FILES[name]))
    pdfmetrics.registerFont(font)
    font.hbFont()  # reportlab sets up a font's private glyph table here; shaping needs it
    if name not in (REGULAR, BOLD):
        for bold in (0, 1):  # one weight each: bold markup keeps the regular face
            for italic in (0, 1):
                addMapping(name, bold, italic, name)
    return font


def register_base() -> None:
    """Register DejaVu Sans regular and bold as one family (so <b> works in paragraphs)."""
    _register(REGULAR)
    _register(BOLD)
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, name)


@lru_cache(maxsize=1)
def _base_chars() -> dict[int, int]:
    chars: dict[int, int] = _register(REGULAR).face.charToGlyph
    return chars


@lru_cache(maxsize=1)
def _fallback_chars() -> dict[int, int]:
    chars: dict[int, int] = _register(FALLBACK).face.charToGlyph  # registered when needed (4 MB)
    return chars


def script_font(ch: str) -> str | None:
    """The script font a character belongs to (Arabic, Hebrew, Devanagari, Thai), or None."""
    code = ord(ch)
    for low, high, name in _SCRIPT_BLOCKS:
        if low <= code <= high:
            return name
    return None


def _covers(font: str, ch: str) -> bool:
    return ord(ch) in _register(font).face.charToGlyph


def _font_for(ch: str, current: str = REGULAR) -> str | None:
    """The font a character needs, or None when the current one will do: spaces,
    combining marks and joiners stay with the letter they belong to, and digits and
    punctuation stay in the current font when it has them (so a word is not split
    between fonts, which shaping could not join)."""
    category = unicodedata.category(ch)
    if ch.isspace() or category in ("Mn", "Me", "Cf"):
        return None
    if category[0] in "PNSZ" and current in SCRIPT_FONTS and _covers(current, ch):
        return None
    script = script_font(ch)
    if script is not None:
        _register(script)
        return script
    code = ord(ch)
    if code in _base_chars():
        return REGULAR
    if code in _fallback_chars():
        return FALLBACK
    return REGULAR  # none has it: DejaVu draws its missing-glyph box


def runs(text: str) -> list[tuple[str, str]]:
    """Split text into (font, chunk) runs, switching font only where coverage requires."""
    out: list[tuple[str, str]] = []
    current = REGULAR
    chunk = ""
    for ch in text:
        font = _font_for(ch, current) or current
        if font != current and chunk:
            out.append((current, chunk))
            chunk = ""
        current = font
        chunk += ch
    if chunk:
        out.append((current, chunk))
    return out


def needs_shaping(text: str) -> bool:
    return not text.isascii() and any(script_font(ch) for ch in text)


def is_rtl(text: str) -> bool:
    """True when every letter of text reads right to left (Arabic or Hebrew only)."""
    strong = [unicodedata.bidirectional(ch) for ch in text]
    strong = [d for d in strong if d in ("L", "R", "AL")]
    return bool(strong) and all(d in ("R", "AL") for d in strong)


def _visual(text: str) -> str:
    """A one-direction right-to-left text with its words in drawing order (left to right);
    HarfBuzz orders the letters inside each word."""
    if not is_rtl(text):
        return text
    return " ".join(reversed(text.split(" ")))


def markup(text: str, reorder: bool = True) -> str:
    """Paragraph markup for untrusted text: escaped, with <font> tags where a run needs
    another font. reorder: lay out an all right-to-left text right to left (right for a
    text that fits on one line; RtlParagraph orders the words of wrapped lines)."""
    if text.isascii():
        return escape(text)
    if reorder:
        text = _visual(text)
    parts = []
    for font, chunk in runs(text):
        if font == REGULAR:
            parts.append(escape(chunk))
        else:
            parts.append(f'<font name="{font}">{escape(chunk)}</font>')
    return "".join(parts)


def _reverse_words(s: str) -> str:
    """s with its space-separated words in reverse order, keeping shaping data."""
    starts = [i for i, ch in enumerate(s) if ch == " "]
    if not starts:
        return s
    words: list[tuple[str, str]] = []
    prev = 0
    for i in starts:
        words.append((s[prev:i], s[i : i + 1]))
        prev = i + 1
    last = s[prev:]
    out = last
    for word, space in reversed(words):
        out = out + (space + word if word else space)
    return out


class RtlParagraph(Paragraph):  # type: ignore[misc]  # reportlab ships no type hints
    """A paragraph of right-to-left text only: lines break in reading order, then each
    line is drawn with its words from right to left, right-aligned."""

    def drawPara(self, debug: int = 0) -> None:
        lines = self.blPara.lines
        saved = list(lines)
        try:
            for n, line in enumerate(lines):
                if hasattr(line, "words"):  # a line of fragments
                    frags = list(reversed(line.words))
                    for frag in frags:
                        frag.text = _reverse_words(frag.text)
                    line.words = frags
                else:  # (extra space, words)
                    lines[n] = (line[0], list(reversed(line[1])))
            super().drawPara(debug)
        finally:
            for n, line in enumerate(saved):
                if hasattr(line, "words"):
                    for frag in line.words:
                        frag.text = _reverse_words(frag.text)
                    line.words = list(reversed(line.words))
                lines[n] = line


def _shaped_style(style: ParagraphStyle, rtl: bool) -> ParagraphStyle:
    key = (style.name, rtl)
    if key not in _SHAPED:
        extra = {"alignment": TA_RIGHT} if rtl else {}
        _SHAPED[key] = ParagraphStyle(
            f"{style.name}-shaped{'-rtl' if rtl else ''}", parent=style, shaping=1, **extra
        )
    return _SHAPED[key]


_SHAPED: dict[tuple[str, bool], ParagraphStyle] = {}


def paragraph(markup_text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of markup; shaped when it holds a script that needs shaping (other
    paragraphs skip HarfBuzz, which keeps a long report fast)."""
    if needs_shaping(markup_text):
        return Paragraph(markup_text, _shaped_style(style, False))
    return Paragraph(markup_text, style)


def user_paragraph(text: str, style: ParagraphStyle, prefix: str = "") -> Paragraph:
    """A paragraph holding one piece of user text (after optional markup prefix): an
    all right-to-left text is laid out right to left on every line."""
    if is_rtl(text) and not prefix:
        return RtlParagraph(markup(text, reorder=False), _shaped_style(style, True))
    return paragraph(prefix + markup(text), style)


def _pieces(text: str, font: str) -> list[tuple[str, str]]:
    if text.isascii():
        return [(font, text)]
    return [(font if f == REGULAR else f, chunk) for f, chunk in runs(_visual_segments(text))]


def _visual_segments(text: str) -> str:
    """For one line drawn on the canvas: each all right-to-left stretch (between LTR
    words) has its words put in drawing order."""
    words = text.split(" ")
    out: list[str] = []
    stretch: list[str] = []
    for word in words:
        if is_rtl(word):
            stretch.append(word)
            continue
        out.extend(reversed(stretch))
        stretch = []
        out.append(word)
    out.extend(reversed(stretch))
    return " ".join(out)


def _width(chunk: str, font: str, size: float) -> float:
    if font in SCRIPT_FONTS:
        data = getattr(ttfonts.shapeStr(chunk, font, size), "__shapeData__", None)
        if data:
            return float(sum(d.x_advance for d in data) * size / 1000)
    return float(pdfmetrics.stringWidth(chunk, font, size))


def text_width(text: str, font: str, size: float) -> float:
    return sum(_width(c, f, size) for f, c in _pieces(text, font))


def fit(text: str, font: str, size: float, width: float) -> str:
    """text, shortened with an ellipsis so that one line fits in width."""
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fitting_size(text: str, font: str, size: float, width: float, smallest: float = 6) -> float:
    """size, or a smaller one (not below smallest) at which text fits on one line of width:
    a page footer that is longer in another language."""
    wide = text_width(text, font, size)
    return size if wide <= width else max(smallest, size * width / wide)


def draw_string(
    canvas: Any, x: float, y: float, text: str, font: str, size: float, align: str = "left"
) -> None:
    """Draw one line on a canvas, switching font where needed and shaping the scripts
    that need it."""
    pieces = _pieces(text, font)
    widths = [_width(c, f, size) for f, c in pieces]
    width = sum(widths)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    for (f, chunk), w in zip(pieces, widths, strict=False):
        canvas.setFont(f, size)
        # canvas.drawString's own shaping goes through rlbidi, which is not installed:
        # draw the string HarfBuzz shaped instead.
        canvas.drawString(x, y, ttfonts.shapeStr(chunk, f, size) if f in SCRIPT_FONTS else chunk)
        x += w
