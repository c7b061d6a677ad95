"""The app's look: two palettes, the text-size steps, and the style sheet built from them."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from string import Template

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from sterkblijven import resources

BASE_TEXT_PX = 19  # about 14 pt at 96 dpi: the smallest body text (ux.md)
MIN_TARGET_PX = 48


@dataclass(frozen=True, slots=True)
class Colours:
    """Every colour the style sheet uses, named for its role."""

    window: str
    surface: str
    text: str
    muted: str
    border: str
    hover: str
    primary: str
    primary_border: str
    on_primary: str
    selected: str
    selected_border: str
    on_selected: str
    focus: str
    error_text: str
    error_background: str
    notice_background: str
    notice_border: str
    disabled_text: str
    disabled_background: str


# Checked in tests/ui/test_theme.py: text 7:1 or more on its background, borders and focus 3:1.
STANDARD = Colours(
    window="#F5F1E8",
    surface="#FFFFFF",
    text="#1A1A1A",
    muted="#3B3B3B",
    border="#5C5C5C",
    hover="#EAE4D6",
    primary="#0B4A82",
    primary_border="#062E52",
    on_primary="#FFFFFF",
    selected="#0B4A82",
    selected_border="#062E52",
    on_selected="#FFFFFF",
    focus="#B33C00",
    error_text="#8A0F0F",
    error_background="#FFFFFF",
    notice_background="#FFF6D6",
    notice_border="#8A5A00",
    disabled_text="#3B3B3B",
    disabled_background="#E6E1D6",
)

HIGH_CONTRAST = Colours(
    window="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted="#FFFFFF",
    border="#FFFFFF",
    hover="#1F1F1F",
    primary="#FFE34D",
    primary_border="#FFFFFF",
    on_primary="#000000",
    selected="#FFE34D",
    selected_border="#FFFFFF",
    on_selected="#000000",
    focus="#00E5FF",
    error_text="#FFB3B3",
    error_background="#000000",
    notice_background="#000000",
    notice_border="#FFE34D",
    disabled_text="#FFFFFF",
    disabled_background="#333333",
)


@dataclass(frozen=True, slots=True)
class Theme:
    """A palette at a text size."""

    colours: Colours
    text_scale: int  # percent

    def px(self, base: float) -> int:
        """Return a size in px scaled by the text-size setting."""
        return round(base * self.text_scale / 100)

    @property
    def body_px(self) -> int:
        """Return the size of body text in px."""
        return self.px(BASE_TEXT_PX)

    def style_sheet(self) -> str:
        """Return the app's style sheet for this theme."""
        sizes = {
            "body": self.body_px,
            "heading": self.px(BASE_TEXT_PX * 1.3),
            "title": self.px(BASE_TEXT_PX * 1.7),
            # The count and its button grow with the text, but stay within what fits a
            # window of about 800 px high at 200 %, with the information above them.
            "count": min(self.px(BASE_TEXT_PX * 4), 110),
            "counter": max(MIN_TARGET_PX, min(self.px(130), 170)),
            # Targets stay at least 48 px at the smallest text size and grow with the text,
            # only as far as a line of text needs: wrapped text makes a button taller anyway,
            # and more choices then fit on a screen at 200 %.
            "control": max(MIN_TARGET_PX, min(self.px(56), 84)),
            "big_control": max(MIN_TARGET_PX, min(self.px(72), 100)),
            "scrollbar": max(24, self.px(28)),
            # Wide enough for about 40 characters a line, and still inside a small screen.
            "message": min(self.px(440), 600),
        }
        values = {**asdict(self.colours), **{k: str(v) for k, v in sizes.items()}}
        return Template(resources.style_template("app.qss")).substitute(values)

    def picture_px(self) -> int:
        """Return the width of an exercise picture in px: larger with the text, within reason."""
        # Two pictures side by side must still fit a window of about 900 px at 200 %.
        return min(self.px(240), 360)


def theme_for(text_scale: int, high_contrast: bool) -> Theme:
    """Return the theme for the chosen preferences."""
    return Theme(HIGH_CONTRAST if high_contrast else STANDARD, text_scale)


def apply(app: QApplication, theme: Theme) -> None:
    """Apply a theme to the whole app; every open window follows at once."""
    sheet = theme.style_sheet()
    palette = _palette(theme.colours)
    if (
        app.styleSheet() == sheet
        and app.font().pixelSize() == theme.body_px
        and app.palette() == palette
    ):
        # In force already. Setting a style sheet restyles every widget, a noticeable moment
        # that a start would otherwise spend up to four times on the same theme.
        return
    font = QFont(app.font())
    font.setPixelSize(theme.body_px)
    app.setFont(font)
    app.setPalette(palette)
    app.setStyleSheet(sheet)


def _palette(colours: Colours) -> QPalette:
    # The palette backs what style sheets do not reach, such as Qt's own dialogs. Its selection
    # colours replace Fusion's, which reach only 3.7:1.
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: colours.window,
        QPalette.ColorRole.Base: colours.surface,
        QPalette.ColorRole.AlternateBase: colours.window,
        QPalette.ColorRole.Text: colours.text,
        QPalette.ColorRole.WindowText: colours.text,
        QPalette.ColorRole.Button: colours.surface,
        QPalette.ColorRole.ButtonText: colours.text,
        QPalette.ColorRole.Highlight: colours.selected,
        QPalette.ColorRole.HighlightedText: colours.on_selected,
        QPalette.ColorRole.ToolTipBase: colours.surface,
        QPalette.ColorRole.ToolTipText: colours.text,
        QPalette.ColorRole.PlaceholderText: colours.muted,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def relative_luminance(colour: str) -> float:
    """Return the WCAG relative luminance of a #RRGGBB colour."""
    channels = []
    for index in (1, 3, 5):
        value = int(colour[index : index + 2], 16) / 255
        channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """Return the WCAG contrast ratio between two #RRGGBB colours."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
