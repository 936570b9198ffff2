"""Chart colours: the Okabe-Ito colour-blind-safe set, fitted to a light or dark palette.

Okabe M, Ito K. Color Universal Design (2002/2008). Each series also differs in line
style or marker shape, so no reading depends on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """a blended toward b by t (0..1)."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def with_alpha(colour: QColor | str, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


@dataclass(frozen=True)
class ChartColours:
    dark: bool
    background: QColor
    foreground: QColor
    muted: QColor  # secondary text, markers of steps
    grid: QColor
    total: QColor
    mean: QColor
    planned: QColor
    taken: QColor
    partial: QColor
    hold: QColor
    bands: tuple[QColor, ...]  # mild, moderate, severe shading: translucent, faint to stronger
    hover: QColor
    measures: dict[str, QColor]
    heatmap: tuple[QColor, ...]  # item score 0..4: one hue rising in contrast to the background

    def hex(self, name: str) -> str:
        return getattr(self, name).name()


def heat_ramp(background: QColor, dark: bool) -> tuple[QColor, ...]:
    """Five steps of one blue, from a faint tint of the background (score 0, still
    distinct from a blank, unanswered cell) to the strongest contrast (score 4)."""
    blue, sky = QColor(BLUE), QColor(SKY_BLUE)
    if dark:
        return (
            mix(background, blue, 0.25),
            mix(background, blue, 0.6),
            blue,
            sky,
            QColor("#DDF1FC"),
        )
    return (
        mix(background, sky, 0.18),
        mix(background, sky, 0.55),
        blue,
        mix(blue, QColor("#000000"), 0.35),
        QColor("#001A33"),
    )


def colours_for(palette: QPalette) -> ChartColours:
    """Chart colours for a widget palette: its background and text, Okabe-Ito series."""
    background = palette.color(QPalette.ColorRole.Base)
    foreground = palette.color(QPalette.ColorRole.Text)
    dark = background.lightness() < 128
    muted = mix(foreground, background, 0.45)
    return ChartColours(
        dark=dark,
        background=background,
        foreground=foreground,
        muted=muted,
        grid=with_alpha(foreground, 40),
        total=QColor(SKY_BLUE if dark else BLUE),
        mean=QColor(ORANGE),
        planned=QColor(GREEN if not dark else "#2BC49A"),
        taken=QColor(PURPLE),
        partial=QColor(PURPLE),
        hold=with_alpha(YELLOW if dark else ORANGE, 45 if dark else 40),
        bands=tuple(with_alpha(foreground, a) for a in ((9, 18, 27) if not dark else (10, 20, 30))),
        hover=with_alpha(foreground, 110),
        measures={
            "craving": QColor(PURPLE),
            "pain": QColor(VERMILLION if not dark else ORANGE),
            "mood": QColor(SKY_BLUE if dark else BLUE),
            "sleep_quality": QColor(GREEN if not dark else "#2BC49A"),
        },
        heatmap=heat_ramp(background, dark),
    )
