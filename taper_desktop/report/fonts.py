"""Embedded fonts for the report, chosen per run of text by glyph coverage.

DejaVu Sans covers Latin, Greek, Cyrillic and more; Droid Sans Fallback covers
Chinese, Japanese and Korean. A name in any of these scripts renders on every
computer because both are embedded (resources/fonts, with their licences).
"""

from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from taper_desktop.resources import resource_path

FONT_DIR = resource_path("fonts")
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FALLBACK = "DroidSansFallback"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          FALLBACK: "DroidSansFallbackFull.ttf"}


def _register(name: str) -> TTFont:
    if name in pdfmetrics.getRegisteredFontNames():  # getFont would search for AFM files
        return pdfmetrics.getFont(name)
    font = TTFont(name, str(FONT_DIR / _FILES[name]))
    pdfmetrics.registerFont(font)
    return font


def register_base() -> None:
    """Register DejaVu Sans regular and bold as one family (so <b> works in paragraphs)."""
    _register(REGULAR)
    _register(BOLD)
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, name)


@lru_cache(maxsize=1)
def _base_chars() -> dict[int, int]:
    return _register(REGULAR).face.charToGlyph


@lru_cache(maxsize=1)
def _fallback_chars() -> dict[int, int]:
    font = _register(FALLBACK)  # registered only when a text needs it (4 MB file)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FALLBACK, bold, italic, FALLBACK)
    return font.face.charToGlyph


def _font_for(ch: str) -> str | None:
    """The font a character needs, or None when either will do (spaces, punctuation)."""
    code = ord(ch)
    if ch.isspace():
        return None
    if code in _base_chars():
        return REGULAR
    if code in _fallback_chars():
        return FALLBACK
    return REGULAR  # neither has it: DejaVu draws its missing-glyph box


def runs(text: str) -> list[tuple[str, str]]:
    """Split text into (font, chunk) runs, switching font only where coverage requires."""
    out: list[tuple[str, str]] = []
    current = REGULAR
    chunk = ""
    for ch in text:
        font = _font_for(ch) or current
        if font != current and chunk:
            out.append((current, chunk))
            chunk = ""
        current = font
        chunk += ch
    if chunk:
        out.append((current, chunk))
    return out


def markup(text: str) -> str:
    """Paragraph markup for untrusted text: escaped, with <font> tags where a run needs
    the fallback font."""
    if text.isascii():
        return escape(text)
    parts = []
    for font, chunk in runs(text):
        if font == REGULAR:
            parts.append(escape(chunk))
        else:
            parts.append(f'<font name="{font}">{escape(chunk)}</font>')
    return "".join(parts)


def _pieces(text: str, font: str) -> list[tuple[str, str]]:
    if text.isascii():
        return [(font, text)]
    return [(font if f == REGULAR else f, chunk) for f, chunk in runs(text)]


def text_width(text: str, font: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(c, f, size) for f, c in _pieces(text, font))


def fit(text: str, font: str, size: float, width: float) -> str:
    """text, shortened with an ellipsis so that one line fits in width."""
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_string(canvas, x: float, y: float, text: str, font: str, size: float,
                align: str = "left") -> None:
    """Draw one line on a canvas, switching to the fallback font where needed."""
    pieces = _pieces(text, font)
    width = sum(pdfmetrics.stringWidth(c, f, size) for f, c in pieces)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    for f, chunk in pieces:
        canvas.setFont(f, size)
        canvas.drawString(x, y, chunk)
        x += pdfmetrics.stringWidth(chunk, f, size)
