"""Colours meet WCAG AAA text contrast and 3:1 for borders and focus, in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from sterkblijven.domain.preferences import TEXT_SCALES
from sterkblijven.ui.common.theme import (
    HIGH_CONTRAST,
    STANDARD,
    Colours,
    apply,
    contrast_ratio,
    theme_for,
)

TEXT_PAIRS = [
    ("text", "window"),
    ("text", "surface"),
    ("text", "hover"),
    ("muted", "window"),
    ("muted", "surface"),
    ("on_primary", "primary"),
    ("on_selected", "selected"),
    ("error_text", "error_background"),
    ("error_text", "window"),
    ("text", "notice_background"),
    ("disabled_text", "disabled_background"),
]
BORDER_PAIRS = [
    ("border", "window"),
    ("border", "surface"),
    ("focus", "window"),
    ("focus", "surface"),
    ("primary", "window"),
    ("selected_border", "window"),
    ("notice_border", "notice_background"),
]


def below(colours: Colours, pairs: list[tuple[str, str]], minimum: float) -> dict[str, float]:
    """Return the colour pairs whose contrast is below the minimum, with their ratio."""
    ratios = {
        f"{fg} on {bg}": contrast_ratio(getattr(colours, fg), getattr(colours, bg))
        for fg, bg in pairs
    }
    return {pair: round(ratio, 2) for pair, ratio in ratios.items() if ratio < minimum}


@pytest.mark.parametrize("colours", [STANDARD, HIGH_CONTRAST], ids=["standard", "high-contrast"])
def test_text_contrast_is_at_least_7_to_1(colours: Colours) -> None:
    """Every text colour on its background reaches 7:1 (WCAG 1.4.6)."""
    assert below(colours, TEXT_PAIRS, 7) == {}


@pytest.mark.parametrize("colours", [STANDARD, HIGH_CONTRAST], ids=["standard", "high-contrast"])
def test_borders_and_focus_reach_3_to_1(colours: Colours) -> None:
    """Control borders and the focus ring stand out 3:1 against the background around them."""
    assert below(colours, BORDER_PAIRS, 3) == {}


def test_contrast_ratio_matches_wcag_examples() -> None:
    """Black on white is 21:1 and a colour on itself 1:1."""
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)


def test_sizes_grow_with_the_text_and_targets_never_shrink_below_48() -> None:
    """Body text is at least 14 pt (19 px) and every target size is 48 px or more."""
    sheets = [theme_for(scale, False) for scale in TEXT_SCALES]
    assert sheets[0].body_px >= 19
    assert [t.body_px for t in sheets] == sorted(t.body_px for t in sheets)
    for theme in sheets:
        sheet = theme.style_sheet()
        assert "$" not in sheet
        sizes = [int(part.split("px")[0]) for part in sheet.split("min-height: ")[1:]]
        assert min(sizes) >= 48


class _StyleChanges(QObject):
    """Counts the style changes a widget is told of."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Count a style change; let every event through."""
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False


def test_applying_the_theme_in_force_restyles_nothing(qapp: QApplication, qtbot: QtBot) -> None:
    """The theme already in force is not set again; another text size restyles every widget."""
    apply(qapp, theme_for(100, high_contrast=False))
    label = QLabel("Hallo")
    qtbot.addWidget(label)
    label.show()
    changes = _StyleChanges()
    label.installEventFilter(changes)
    apply(qapp, theme_for(100, high_contrast=False))
    assert changes.count == 0
    apply(qapp, theme_for(150, high_contrast=False))
    assert changes.count > 0
    assert qapp.font().pixelSize() == theme_for(150, high_contrast=False).body_px
    apply(qapp, theme_for(100, high_contrast=False))  # as the other tests expect it
