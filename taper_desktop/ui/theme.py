"""System, light and dark themes, applied through QApplication.setPalette.

Going through the application palette means every widget gets a PaletteChange event, so
charts and the calendar re-style themselves without knowing this module exists.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# QStyle and QProxyStyle are loaded only when a theme other than "system" is applied:
# their Python types (and QStyle's many enums) cost milliseconds at every start.

THEMES = ("system", "light", "dark")

# Calm, low-contrast-at-the-edges colours: no saturated reds or greens anywhere.
_LIGHT = {
    "Window": "#f3f3f1",
    "WindowText": "#1f2124",
    "Base": "#ffffff",
    "AlternateBase": "#f0f0ee",
    "ToolTipBase": "#fbfbf8",
    "ToolTipText": "#1f2124",
    "PlaceholderText": "#6b6f75",
    "Text": "#1f2124",
    "Button": "#ecebe8",
    "ButtonText": "#1f2124",
    "BrightText": "#ffffff",
    "Light": "#ffffff",
    "Midlight": "#e4e3df",
    "Mid": "#c4c3bf",
    "Dark": "#9d9c98",
    "Shadow": "#6f6e6a",
    "Highlight": "#3f6fa8",
    "HighlightedText": "#ffffff",
    "Link": "#2f5f9a",
    "LinkVisited": "#5b4f95",
}
# Fields sit a little lighter than the window: Fusion outlines check boxes with a shade
# darker than the window, which would vanish on a field darker than the window.
_DARK = {
    "Window": "#2a2c2f",
    "WindowText": "#e4e4e2",
    "Base": "#3a3d42",
    "AlternateBase": "#34373b",
    "ToolTipBase": "#34373b",
    "ToolTipText": "#e4e4e2",
    "PlaceholderText": "#9a9ea4",
    "Text": "#e8e8e6",
    "Button": "#3a3d42",
    "ButtonText": "#e4e4e2",
    "BrightText": "#ffffff",
    "Light": "#4b4f55",
    "Midlight": "#43464b",
    "Mid": "#303236",
    "Dark": "#1c1d1f",
    "Shadow": "#0f1011",
    "Highlight": "#5a86bd",
    "HighlightedText": "#ffffff",
    "Link": "#8fb4e3",
    "LinkVisited": "#b3a6e0",
}
_DISABLED_TEXT = {"light": "#8d9096", "dark": "#868a90"}


def palette_for(name: str) -> QPalette:
    """The palette of a theme; "system" is an empty palette, which resolves to the platform's."""
    if name not in ("light", "dark"):
        return QPalette()
    colours = _LIGHT if name == "light" else _DARK
    palette = QPalette()
    for role_name, colour in colours.items():
        palette.setColor(getattr(QPalette.ColorRole, role_name), QColor(colour))
    disabled = QColor(_DISABLED_TEXT[name])
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


_DARK_INDICATOR_EDGE = "#c4c7cc"


@cache
def _app_style_class() -> type:
    """The app's proxy style (defined on first use, see above)."""
    from PySide6.QtWidgets import QProxyStyle, QStyle

    grown = (
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_IndicatorHeight,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    )

    class AppStyle(QProxyStyle):
        """A style with two changes the person's settings ask for:

        - clear_edges (light and dark themes, on Fusion): check box and radio button
          outlines in a shade lighter than the field. Fusion derives the outline from the
          window colour, darker, which all but vanishes on a dark theme's field. The tick
          and the label keep the theme's text colours.
        - scale (the text size setting): check box and radio button marks grow with the
          text, so a 200% label never sits beside a mark sized for 100%.
        """

        def __init__(self, base: str, clear_edges: bool, scale: float) -> None:
            super().__init__(base)
            self.clear_edges, self.scale = clear_edges, scale

        def pixelMetric(self, metric, option=None, widget=None):
            value = super().pixelMetric(metric, option, widget)
            return round(value * self.scale) if metric in grown else value

        def drawPrimitive(self, element, option, painter, widget=None):
            if (
                self.clear_edges
                and element
                in (
                    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
                )
                and is_dark(option.palette)
            ):
                option = type(option)(option)
                # the outline is Window.darker(140): a light window gives a clear grey edge
                option.palette.setColor(QPalette.ColorRole.Window, QColor(_DARK_INDICATOR_EDGE))
            super().drawPrimitive(element, option, painter, widget)

    return AppStyle


def restyle(app: QApplication) -> None:
    """Give the app the style its theme and text size ask for: the platform's own style
    for "system" at 100% (nothing to load at start), else the app's proxy style over
    Fusion (themes) or over the platform's style (large text alone)."""
    from taper_desktop.ui import text_size

    theme = app.property("taper_theme") or "system"
    scale = text_size.current_percent(app) / 100
    if app.property("taper_system_style") is None:  # still the platform's own
        app.setProperty("taper_system_style", app.style().name())
    system_style = app.property("taper_system_style")
    from PySide6.QtWidgets import QProxyStyle, QStyleFactory

    styles = [k.lower() for k in QStyleFactory.keys()]  # noqa: SIM118 - not a dict
    themed = theme != "system" and "fusion" in styles
    base = "fusion" if themed else system_style
    if not themed and scale == 1:
        if isinstance(app.style(), QProxyStyle) or (
            _style_name(app.style()).lower() != base.lower() and base.lower() in styles
        ):
            app.setStyle(base)
        return
    app_style = _app_style_class()
    current = app.style()
    if (
        isinstance(current, app_style)
        and _style_name(current).lower() == base.lower()
        and (getattr(current, "clear_edges", None), getattr(current, "scale", None))
        == (themed, scale)
    ):
        return
    app.setStyle(app_style(base, themed, scale))
    if themed:  # a new style brings its own palette back: the theme's stays
        app.setPalette(palette_for(theme))


def _style_name(style) -> str:
    from PySide6.QtWidgets import QProxyStyle

    base = style.baseStyle() if isinstance(style, QProxyStyle) else style
    return base.name()


def is_dark(palette: QPalette) -> bool:
    """True when text is lighter than the window: a helper for widgets that draw their own."""
    return (
        palette.color(QPalette.ColorRole.WindowText).lightness()
        > palette.color(QPalette.ColorRole.Window).lightness()
    )


class ThemeManager:
    """Applies a theme to the application and returns to the platform style for "system".

    The platform style's name and the current theme live on the QApplication itself, so a
    second window (or a test) sees what the first one did.
    """

    def __init__(self, app: QApplication):
        self.app = app
        if app.property("taper_theme") is None:
            app.setProperty("taper_theme", "system")  # the platform style is kept as is

    @property
    def current(self) -> str:
        return self.app.property("taper_theme")

    def apply(self, name: str) -> None:
        if name not in THEMES:
            name = "system"
        if name == self.current:
            return
        # Platform styles (Windows, macOS) ignore custom palettes; Fusion honours them.
        self.app.setProperty("taper_theme", name)
        restyle(self.app)
        self.app.setPalette(palette_for(name))
